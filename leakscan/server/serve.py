"""Running the service: uvicorn with the guarded protocol, logs that never show a query string,
one or several worker processes (``leakscan serve``)."""

from __future__ import annotations

import json
import logging
import os
import socket
from contextlib import suppress
from typing import Any

from .config import ServerConfig
from .guard import GuardedHTTP


class _PathOnly(logging.Filter):
    """Access-log filter: drop the query string (the path alone says which endpoint was hit)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config(access_log: bool, level: str = "info") -> dict[str, Any]:
    """uvicorn's logging setup: our own logger on, access log path-only (or off)."""
    import uvicorn.config

    cfg = json.loads(json.dumps(uvicorn.config.LOGGING_CONFIG))
    cfg["filters"] = {"path_only": {"()": "leakscan.server.serve._PathOnly"}}
    cfg["handlers"]["access"]["filters"] = ["path_only"]
    cfg["loggers"]["leakscan"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    if not access_log:
        cfg["loggers"]["uvicorn.access"] = {"handlers": [], "level": "CRITICAL", "propagate": False}
    return cfg


#: What every uvicorn running the app needs: the guarded protocol, and no WebSocket (none is served).
UVICORN_OPTIONS: dict[str, Any] = {"http": GuardedHTTP, "ws": "none"}


def run(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    workers: int = 1,
    config: ServerConfig | None = None,
    access_log: bool = False,
    log_level: str = "info",
) -> None:
    """Serve until stopped (Ctrl-C / SIGTERM). ``workers > 1`` starts that many processes."""
    import uvicorn

    config = config or ServerConfig.from_env()
    config.base_settings()  # fail now, in the parent, on a bad settings file
    os.environ.update(config.to_env())  # worker processes build their app from the environment
    options: dict[str, Any] = {
        "factory": True,
        "host": host,
        "port": port,
        "access_log": access_log,
        "log_config": log_config(access_log, log_level),
        "log_level": log_level,
        "server_header": False,
        "timeout_keep_alive": 5,
        "timeout_graceful_shutdown": 10,
        **UVICORN_OPTIONS,
    }
    if workers <= 1:
        uvicorn.run("leakscan.server:create_app", **options)
        return
    # uvicorn.run's multi-worker path, with the shared socket marked as TCP (see _tcp_listener)
    import inspect

    from uvicorn.supervisors import Multiprocess

    uv_config = uvicorn.Config("leakscan.server:create_app", workers=workers, **options)
    sock = _tcp_listener(uv_config.bind_socket())
    # older uvicorn versions take the worker's target; newer ones build it themselves
    params = inspect.signature(Multiprocess).parameters
    extra = {"target": uvicorn.Server(uv_config).run} if "target" in params else {}
    with suppress(KeyboardInterrupt):
        Multiprocess(uv_config, sockets=[sock], **extra).run()


def _tcp_listener(sock: socket.socket) -> socket.socket:
    """The listening socket, marked as TCP so asyncio sets TCP_NODELAY on every connection.

    uvicorn binds the shared socket of ``--workers N`` with ``proto`` 0; accepted sockets
    inherit it, and asyncio only turns Nagle's algorithm off when ``proto`` is TCP. Left on,
    every keep-alive response waits for the client's delayed ACK: +40 ms per request
    (uvicorn issue 3149).
    """
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.proto == 0:
        sock = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
        sock.set_inheritable(True)
    return sock


def main() -> None:  # pragma: no cover - ``python -m leakscan.server`` convenience
    """``python -m leakscan.server [PORT]``: serve on 127.0.0.1 with the environment's settings."""
    import sys

    run(port=int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
