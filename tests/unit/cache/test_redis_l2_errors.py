"""RedisL2 error handling without a server: bad settings and programming errors are not cache outages."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest
import redis.asyncio as aioredis

from streams.cache.redis_l2 import RedisL2
from streams.errors import CacheError, ConfigError


def test_a_ttl_below_one_second_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="ttl_s"):
        RedisL2(aioredis.Redis.from_url("redis://127.0.0.1:1/0"), ttl_s=0)


async def test_a_programming_error_surfaces_instead_of_counting_as_an_outage(monkeypatch: pytest.MonkeyPatch) -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0")

    async def broken(*args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("get_connection() missing 1 required positional argument: 'command_name'")

    monkeypatch.setattr(client.connection_pool, "get_connection", broken)
    l2 = RedisL2(client, ttl_s=60)
    try:
        with pytest.raises(TypeError, match="command_name"):
            await l2.set_many([("k", b"v")])
        with pytest.raises(TypeError):
            await l2.mget(["k"])
    finally:
        await l2.close()


async def test_a_refused_connection_is_still_a_cache_error() -> None:
    l2 = RedisL2(aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2), ttl_s=60)
    try:
        with pytest.raises(CacheError, match="no connection"):
            await l2.mget(["k"])
    finally:
        await l2.close()
