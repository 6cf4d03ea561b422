"""Security settings reach the clients: aiokafka, faust, clickhouse-connect and redis-py.

TLS is proven on the wire: a throwaway CA signs a localhost certificate (openssl), and real TLS servers
on 127.0.0.1 (a Python TLS socket, a recording HTTPS server, redis-server's TLS port) accept exactly
the clients built from the settings. Secrets never reach logs or ``eleanor-streams config``.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import logging
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import clickhouse_connect
import faust
import pytest
import redis.asyncio as aioredis
from aiokafka import AIOKafkaProducer
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from redis.exceptions import AuthenticationError

from streams.config import CacheSettings, ClickHouseSettings, KafkaSettings, load_settings
from streams.errors import ConfigError
from streams.faust.app import faust_broker_kwargs
from streams.security import aiokafka_kwargs, clickhouse_kwargs, kafka_ssl_context, redis_kwargs
from streams.tools.devstack import start_redis
from streams.tools.devstack.probe import free_port, split_address

SECRET = "s3cr3t-Pa55-never-printed"


@dataclass(frozen=True)
class Certs:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    other_ca: Path  # a CA that signed nothing we serve


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


_EC_KEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")


def _issue(name: str, ca: str, cwd: Path, san: str) -> None:
    _openssl("req", *_EC_KEY, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}", cwd=cwd)
    (cwd / f"{name}.ext").write_text(f"subjectAltName={san}\n")
    signing = ("-CA", f"{ca}.pem", "-CAkey", f"{ca}.key", "-CAcreateserial", "-days", "2")
    _openssl("x509", "-req", "-in", f"{name}.csr", *signing, "-out", f"{name}.pem", "-extfile", f"{name}.ext", cwd=cwd)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    assert shutil.which("openssl"), "openssl is needed to make test certificates"
    d = tmp_path_factory.mktemp("tls")
    for ca in ("ca", "other"):
        root = ("-keyout", f"{ca}.key", "-out", f"{ca}.pem", "-days", "2", "-subj", f"/CN={ca}-root")
        _openssl("req", "-x509", *_EC_KEY, *root, cwd=d)
    _issue("server", "ca", d, "DNS:localhost,IP:127.0.0.1")
    _issue("client", "ca", d, "DNS:eleanor-worker")
    return Certs(
        ca=d / "ca.pem",
        server_cert=d / "server.pem",
        server_key=d / "server.key",
        client_cert=d / "client.pem",
        client_key=d / "client.key",
        other_ca=d / "other.pem",
    )


def _server_context(certs: Certs, require_client_cert: bool = False) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs.server_cert, certs.server_key)
    if require_client_cert:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(certs.ca)
    return context


class _TlsAcceptor:
    """A TLS listener on 127.0.0.1 that records the outcome of each handshake and the first bytes."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(10)
        self.port = self._sock.getsockname()[1]
        self._context = context
        self.outcome: str | None = None
        self.first_bytes = b""
        self._thread = threading.Thread(target=self._accept_once, daemon=True)
        self._thread.start()

    def _accept_once(self) -> None:
        conn, _ = self._sock.accept()
        conn.settimeout(10)
        try:
            with self._context.wrap_socket(conn, server_side=True) as tls:
                self.first_bytes = tls.recv(64)
                self.outcome = "ok"
        except (ssl.SSLError, OSError) as exc:
            self.outcome = f"failed: {exc}"

    def wait(self) -> str | None:
        self._thread.join(timeout=15)
        self._sock.close()
        return self.outcome


def _kafka(**fields: Any) -> KafkaSettings:
    return KafkaSettings(bootstrap="127.0.0.1:9093,broker-2:9093", **fields)


# -- Kafka: aiokafka ------------------------------------------------------------------------------


def test_plaintext_kafka_has_no_tls_or_sasl() -> None:
    kwargs = aiokafka_kwargs(_kafka())
    assert kwargs == {"bootstrap_servers": "127.0.0.1:9093,broker-2:9093", "security_protocol": "PLAINTEXT"}
    assert faust_broker_kwargs(_kafka()) == {
        "broker": "kafka://127.0.0.1:9093;kafka://broker-2:9093",
        "broker_credentials": None,
    }


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
async def test_sasl_reaches_the_aiokafka_client(mechanism: str, certs: Certs) -> None:
    kafka = _kafka(
        security_protocol="SASL_SSL",
        sasl_mechanism=mechanism,
        sasl_username="eleanor",
        sasl_password=SECRET,
        ssl_cafile=certs.ca,
    )
    kwargs = aiokafka_kwargs(kafka)
    producer = AIOKafkaProducer(**kwargs)
    try:
        client = producer.client
        assert client._security_protocol == "SASL_SSL"
        assert client._sasl_mechanism == mechanism
        assert client._sasl_plain_username == "eleanor"
        assert client._sasl_plain_password == SECRET
        assert client._ssl_context is kwargs["ssl_context"]
    finally:
        await producer.stop()


def test_kafka_tls_context_verifies_the_broker_with_the_configured_ca(certs: Certs) -> None:
    context = kafka_ssl_context(_kafka(security_protocol="SSL", ssl_cafile=certs.ca))
    assert context is not None
    server = _TlsAcceptor(_server_context(certs))
    with (
        socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as tls,
    ):
        tls.sendall(b"kafka-hello")
    assert server.wait() == "ok"
    assert server.first_bytes == b"kafka-hello"


def test_kafka_tls_context_rejects_a_broker_signed_by_another_ca(certs: Certs) -> None:
    context = kafka_ssl_context(_kafka(security_protocol="SSL", ssl_cafile=certs.other_ca))
    assert context is not None
    server = _TlsAcceptor(_server_context(certs))
    with (
        pytest.raises(ssl.SSLCertVerificationError),
        socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw,
    ):
        context.wrap_socket(raw, server_hostname="localhost")
    assert (server.wait() or "").startswith("failed")


def test_kafka_mutual_tls_presents_the_client_certificate(certs: Certs) -> None:
    settings = _kafka(
        security_protocol="SSL", ssl_cafile=certs.ca, ssl_certfile=certs.client_cert, ssl_keyfile=certs.client_key
    )
    for context, expected in ((kafka_ssl_context(settings), "ok"), (kafka_ssl_context(_kafka(
            security_protocol="SSL", ssl_cafile=certs.ca)), "failed")):  # fmt: skip
        assert context is not None
        server = _TlsAcceptor(_server_context(certs, require_client_cert=True))
        try:
            with (
                socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw,
                context.wrap_socket(raw, server_hostname="localhost") as tls,
            ):
                tls.sendall(b"x")
                tls.recv(1)  # TLS 1.3 reports a refused client certificate on the first read
        except (ssl.SSLError, OSError):
            pass
        assert (server.wait() or "").startswith(expected)


def test_kafka_tls_misconfiguration_is_a_clear_error(certs: Certs, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SSL_CAFILE set but ELEANOR_KAFKA__SECURITY_PROTOCOL is PLAINTEXT"):
        aiokafka_kwargs(_kafka(ssl_cafile=certs.ca))
    with pytest.raises(ConfigError, match="does not exist"):
        aiokafka_kwargs(_kafka(security_protocol="SSL", ssl_cafile=tmp_path / "missing.pem"))
    with pytest.raises(ConfigError, match="SSL_KEYFILE needs"):
        aiokafka_kwargs(_kafka(security_protocol="SSL", ssl_keyfile=certs.client_key))
    not_pem = tmp_path / "garbage.pem"
    not_pem.write_text("not a certificate")
    with pytest.raises(ConfigError, match="not a PEM CA bundle"):
        aiokafka_kwargs(_kafka(security_protocol="SSL", ssl_cafile=not_pem))


# -- Kafka: faust ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("protocol", "mechanism"),
    [("SASL_PLAINTEXT", "PLAIN"), ("SASL_SSL", "SCRAM-SHA-256"), ("SASL_SSL", "SCRAM-SHA-512"), ("SSL", None)],
)
def test_faust_hands_the_same_security_to_aiokafka(protocol: str, mechanism: str | None, certs: Certs) -> None:
    fields: dict[str, Any] = {"security_protocol": protocol}
    if mechanism:
        fields |= {"sasl_mechanism": mechanism, "sasl_username": "eleanor", "sasl_password": SECRET}
    if protocol.endswith("SSL"):
        fields["ssl_cafile"] = certs.ca
    kafka = _kafka(**fields)
    app = faust.App("security-test", **faust_broker_kwargs(kafka))
    # faust's own translation, used by its consumer and producer alike.
    auth = dict(credentials_to_aiokafka_auth(app.conf.broker_credentials))
    assert [str(url) for url in app.conf.broker] == ["kafka://127.0.0.1:9093", "kafka://broker-2:9093"]
    assert auth["security_protocol"] == protocol
    if mechanism:
        assert auth["sasl_mechanism"] == mechanism
        assert auth["sasl_plain_username"] == "eleanor"
        assert auth["sasl_plain_password"] == SECRET
    if protocol.endswith("SSL"):
        assert isinstance(auth["ssl_context"], ssl.SSLContext)
        assert auth["ssl_context"].verify_mode == ssl.CERT_REQUIRED
    else:
        assert auth["ssl_context"] is None
    assert SECRET not in repr(app.conf.broker_credentials)


# -- ClickHouse -----------------------------------------------------------------------------------


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]]

    def _record(self) -> None:
        self.seen.append({k.lower(): v for k, v in self.headers.items()})
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = b"Code: 516. DB::Exception: recorded by the test server. (AUTHENTICATION_FAILED)"
        self.send_response(403)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _record

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def https_recorder(certs: Certs) -> Iterator[tuple[int, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (_RecordingHandler,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.socket = _server_context(certs).wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def _credentials_sent(headers: dict[str, str]) -> tuple[str | None, str | None]:
    if "authorization" in headers:
        user, _, password = base64.b64decode(headers["authorization"].split()[1]).decode().partition(":")
        return user, password
    return headers.get("x-clickhouse-user"), headers.get("x-clickhouse-key")


def test_clickhouse_credentials_and_tls_reach_the_server(
    certs: Certs, https_recorder: tuple[int, list[dict[str, str]]]
) -> None:
    port, seen = https_recorder
    settings = ClickHouseSettings(username="grafana_ro", password=SECRET, ca_cert=certs.ca)
    kwargs = clickhouse_kwargs(settings, dsn=f"https://localhost:{port}")
    assert kwargs["secure"] is True
    assert kwargs["verify"] is True
    with pytest.raises(Exception, match=r"AUTHENTICATION_FAILED|516"):
        clickhouse_connect.get_client(**kwargs, connect_timeout=5, query_retries=0)
    # The request arrived over TLS verified with our CA, carrying the configured credentials.
    assert seen, "the client never completed a TLS request"
    assert _credentials_sent(seen[0]) == ("grafana_ro", SECRET)


def test_clickhouse_without_the_ca_refuses_the_server(
    certs: Certs, https_recorder: tuple[int, list[dict[str, str]]]
) -> None:
    port, seen = https_recorder
    kwargs = clickhouse_kwargs(ClickHouseSettings(username="u", password=SECRET), dsn=f"https://localhost:{port}")
    with pytest.raises(Exception, match=r"(?i)certificate|ssl"):
        clickhouse_connect.get_client(**kwargs, connect_timeout=5, query_retries=0)
    assert seen == []


def test_clickhouse_kwargs_per_dsn_kind(certs: Certs) -> None:
    plain = ClickHouseSettings(username="u", password=SECRET)
    assert clickhouse_kwargs(plain, dsn="http://ch:8123") == {
        "dsn": "http://ch:8123",
        "secure": False,
        "username": "u",
        "password": SECRET,
    }
    # The embedded engine has no users or transport: nothing but the DSN.
    assert clickhouse_kwargs(plain, dsn="chdb:///tmp/x") == {"dsn": "chdb:///tmp/x"}
    with pytest.raises(ConfigError, match="CA_CERT set but the DSN is not https"):
        clickhouse_kwargs(ClickHouseSettings(ca_cert=certs.ca), dsn="http://ch:8123")
    with pytest.raises(ConfigError, match="no ClickHouse DSN"):
        clickhouse_kwargs(ClickHouseSettings())
    unverified = clickhouse_kwargs(ClickHouseSettings(verify_tls=False), dsn="https://ch:9440")
    assert unverified["verify"] is False


# -- Redis ----------------------------------------------------------------------------------------


def _listening(address: str) -> bool:
    """Readiness for a TLS-only, password-protected server: a plain PING cannot tell, a TCP accept can."""
    try:
        socket.create_connection(split_address(address), timeout=0.2).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def tls_redis(certs: Certs, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    tls_only = ["--port", "0", "--tls-port", str(port), "--tls-cert-file", str(certs.server_cert),
                "--tls-key-file", str(certs.server_key), "--tls-ca-cert-file", str(certs.ca),
                "--tls-auth-clients", "no", "--requirepass", SECRET]  # fmt: skip
    # start_redis stops the server itself when it does not come up; stop() is SIGTERM, wait, then SIGKILL
    handle = start_redis(
        tmp_path_factory.mktemp("redis-tls"), startup_timeout=10.0, port=port, extra_args=tls_only, probe=_listening
    )
    try:
        yield port
    finally:
        handle.stop(timeout=10.0)


@pytest.mark.redis
async def test_redis_password_and_tls_reach_the_server(certs: Certs, tls_redis: int) -> None:
    cache = CacheSettings(redis_url=f"rediss://localhost:{tls_redis}/0", redis_password=SECRET, redis_ca_cert=certs.ca)
    client = aioredis.Redis.from_url(cache.redis_url, **redis_kwargs(cache))
    try:
        assert await client.set("eleanor:security", b"ok")
        assert await client.get("eleanor:security") == b"ok"
    finally:
        await client.aclose()


@pytest.mark.redis
async def test_redis_without_the_password_is_refused(certs: Certs, tls_redis: int) -> None:
    cache = CacheSettings(redis_url=f"rediss://localhost:{tls_redis}/0", redis_ca_cert=certs.ca)
    client = aioredis.Redis.from_url(cache.redis_url, **redis_kwargs(cache))
    try:
        with pytest.raises(AuthenticationError):
            await client.ping()
    finally:
        await client.aclose()


@pytest.mark.redis
async def test_redis_with_another_ca_refuses_the_server(certs: Certs, tls_redis: int) -> None:
    cache = CacheSettings(
        redis_url=f"rediss://localhost:{tls_redis}/0", redis_password=SECRET, redis_ca_cert=certs.other_ca
    )
    client = aioredis.Redis.from_url(cache.redis_url, **redis_kwargs(cache))
    try:
        with pytest.raises(Exception, match=r"(?i)certificate"):
            await asyncio.wait_for(client.ping(), timeout=5)
    finally:
        await client.aclose()


def test_redis_kwargs_errors(certs: Certs) -> None:
    with pytest.raises(ConfigError, match="REDIS_CA_CERT set but"):
        redis_kwargs(CacheSettings(redis_url="redis://127.0.0.1:6379/0", redis_ca_cert=certs.ca))
    with pytest.raises(ConfigError, match="L1 only"):
        redis_kwargs(CacheSettings())
    plain = redis_kwargs(CacheSettings(redis_url="redis://127.0.0.1:6379/0", redis_password=SECRET))
    assert plain["password"] == SECRET
    assert not any(key.startswith("ssl") for key in plain)


# -- Secrets never printed ------------------------------------------------------------------------


def _secret_env() -> dict[str, str]:
    return {
        "ELEANOR_KAFKA__SECURITY_PROTOCOL": "SASL_SSL",
        "ELEANOR_KAFKA__SASL_MECHANISM": "SCRAM-SHA-512",
        "ELEANOR_KAFKA__SASL_USERNAME": "eleanor",
        "ELEANOR_KAFKA__SASL_PASSWORD": SECRET,
        "ELEANOR_CLICKHOUSE__DSN": "https://clickhouse:8443",
        "ELEANOR_CLICKHOUSE__USERNAME": "eleanor_writer",
        "ELEANOR_CLICKHOUSE__PASSWORD": SECRET,
        "ELEANOR_CACHE__REDIS_URL": "rediss://redis:6380/0",
        "ELEANOR_CACHE__REDIS_PASSWORD": SECRET,
    }


def test_config_command_never_prints_secrets() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELEANOR_")} | _secret_env()
    out = subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", "config"], env=env, capture_output=True, text=True, check=True
    )
    assert SECRET not in out.stdout + out.stderr
    assert out.stdout.count("**********") == 3  # the three passwords, masked
    assert "eleanor_writer" in out.stdout  # user names are not secrets


def test_settings_repr_and_kwargs_logging_never_show_secrets(caplog: pytest.LogCaptureFixture) -> None:
    settings = load_settings(env=_secret_env())
    assert SECRET not in repr(settings)
    assert SECRET not in str(settings.redacted())
    caplog.set_level(logging.DEBUG)
    kwargs = faust_broker_kwargs(settings.kafka)
    redis_kwargs(settings.cache)
    clickhouse_kwargs(settings.clickhouse)
    assert SECRET not in caplog.text
    assert SECRET not in repr(kwargs["broker_credentials"])


def test_config_masks_passwords_embedded_in_urls() -> None:
    settings = load_settings(
        env={
            "ELEANOR_CACHE__REDIS_URL": f"redis://:{SECRET}@127.0.0.1:6379/0",
            "ELEANOR_CLICKHOUSE__DSN": f"http://writer:{SECRET}@127.0.0.1:8123",
        }
    )
    assert SECRET not in str(settings.redacted())
