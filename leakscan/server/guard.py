"""Bounds on what a client can hold: request bodies (size, time), request headers (size, time),
connections per worker, and no detail of a crash in an answer.

* :class:`GuardMiddleware` (ASGI) bounds every request body and turns any crash into a bare 500;
* :class:`GuardedHTTP` (uvicorn's HTTP protocol) bounds the request line and headers and the
  number of open connections;
* :func:`quiet_accept_errors` makes running out of file descriptors one warning a minute.
"""

from __future__ import annotations

import asyncio
import errno
import http
import json
import logging
import time
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from .config import ServerConfig
from .errors import error_response

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _BodyTooLarge(Exception):
    pass


class _BodyTooSlow(Exception):
    pass


class GuardMiddleware:
    """Bounds every request body (size and time) and turns any crash into a bare 500.

    * A ``Content-Length`` over the limit is answered 413 before the body is read; a
      chunked body is counted as it arrives and cut off at the limit (413).
    * A body that takes longer than ``body_timeout`` seconds to arrive is answered 408.
    * An answer that did not need the whole body (413, 415...) is sent at once; then what
      the client is still sending is read and dropped (at most ``DRAIN_BYTES``, for a few
      seconds) before the answer's last (empty) message lets the server close the
      connection: closing on unread data resets it, and the client could lose the answer.
      A request without a body (GET, HEAD) has nothing to drain: no answer ever waits.
    * An unexpected exception is logged by type and code location only (never its
      message, which could quote a value) and answered with a generic 500. A client that
      goes away mid-body is not an error: one DEBUG line.
    """

    #: Most bytes read and dropped after an early answer.
    DRAIN_BYTES = 64 * 1024 * 1024
    #: Longest time spent dropping them (seconds).
    DRAIN_SECONDS = 5.0

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, body_timeout: float):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        received = 0
        length = _content_length(scope)
        body_done = not _has_body(scope, length)

        async def send_tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", ()), *_SAFE_HEADERS]
            elif message["type"] == "http.response.body" and not message.get("more_body", False) and not body_done:
                # The whole answer goes out now; the server may close the connection only once
                # the rest of the request body is read (see the class docstring).
                await send({**message, "more_body": True})
                await drain()
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        async def drain() -> None:
            """Read and drop the rest of the request body (bounded in bytes and time)."""
            nonlocal body_done
            body_done = True
            if received == 0 and _expects_continue(scope):
                return  # the client sends nothing until told to go on
            if length is not None and length - received > self.DRAIN_BYTES:
                return  # too much to swallow: the connection is closed on it
            until = min(deadline, loop.time() + self.DRAIN_SECONDS)
            dropped = 0
            while dropped <= self.DRAIN_BYTES and (remaining := until - loop.time()) > 0:
                try:
                    message = await asyncio.wait_for(receive(), remaining)
                except asyncio.TimeoutError:
                    return
                if message["type"] != "http.request":
                    return
                dropped += len(message.get("body", b""))
                if not message.get("more_body", False):
                    return

        async def reply(status: int, code: str, message: str) -> None:
            response = error_response(status, code, message, headers={"Connection": "close"})
            await response(scope, receive, send_tracked)

        async def receive_guarded() -> Message:
            nonlocal received, body_done
            if body_done:
                return await receive()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise _BodyTooSlow
            try:
                message = await asyncio.wait_for(receive(), remaining)
            except asyncio.TimeoutError:
                raise _BodyTooSlow from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
                if not message.get("more_body", False):
                    body_done = True
            else:
                body_done = True
            return message

        too_large = f"the request body is over the limit of {self.max_body_bytes:,} bytes"
        try:
            if length is not None and length > self.max_body_bytes:
                await reply(413, "too_large", too_large)
            else:
                await self.app(scope, receive_guarded, send_tracked)
        except _BodyTooLarge:
            if not started:
                await reply(413, "too_large", too_large)
        except _BodyTooSlow:
            body_done = True  # nothing more is coming in time: do not wait for it
            if not started:
                await reply(408, "too_slow", f"the request body did not arrive within {self.body_timeout:g} seconds")
        except ClientDisconnect:  # the client went away mid-body: nobody to answer, nothing wrong here
            logger.debug("client went away before its request was read: %s %s", scope["method"], scope["path"])
        except Exception as exc:
            logger.error(
                "internal error on %s %s: %s\n%s",
                scope.get("method", "?"),
                scope.get("path", "?"),
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)).rstrip(),
            )
            if not started:
                await reply(500, "internal_error", "something went wrong on the server; the request was not checked")


def _has_body(scope: Scope, length: int | None) -> bool:
    """True when the request announces a body (``Content-Length`` over 0, or ``Transfer-Encoding``)."""
    if length is not None:
        return length > 0
    return any(k == b"transfer-encoding" for k, _ in scope.get("headers", ()))


def _expects_continue(scope: Scope) -> bool:
    """True when the client waits for ``100 Continue`` before sending its body (it never will)."""
    return any(k == b"expect" and v.lower() == b"100-continue" for k, v in scope.get("headers", ()))


_SAFE_HEADERS = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"))


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


# -- connections: header time and size, how many, out of file descriptors ----------------------------

#: Most bytes of a request's line and headers (uvicorn's httptools parser sets no limit).
MAX_HEADER_BYTES = 64 * 1024
#: Seconds a refused connection (408, 431) still reads and drops what the client sends before it is
#: closed: closing on unread data resets the connection, and the client could lose the answer.
_LINGER_SECONDS = 1.0
#: accept() errors that mean "out of file descriptors or memory", not a broken socket.
_OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
#: Where the lifespan hands the app's configuration to the connections (uvicorn's app state).
CONFIG_STATE = "leakscan_server_config"


class _Sometimes:
    """A warning logged at most once a minute: a flood of the same event is one line."""

    def __init__(self, every: float = 60.0) -> None:
        self.every = every
        self._last = float("-inf")

    def warning(self, message: str, *args: Any) -> None:
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            logger.warning(message, *args)


_OUT_OF_FDS = _Sometimes()
_AT_CONNECTION_LIMIT = _Sometimes()


class GuardedHTTP(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
    """uvicorn's HTTP/1.1 protocol (httptools, else h11, as uvicorn picks) with the bounds it lacks.

    * A request's line and headers must arrive within ``header_timeout`` seconds of its first
      byte (of the connection, for the first request), or the answer is 408 and the connection
      is closed. uvicorn only times idle keep-alive connections: a client sending its headers a
      byte at a time held a connection, and a file descriptor, for ever.
    * They must fit in :data:`MAX_HEADER_BYTES`, or the answer is 431 and the connection closes.
    * A worker keeps at most ``max_connections`` connections: past it, the one that has waited
      longest for a request is closed to make room, so slow clients never hold out a prompt one
      (a client that is still waiting for an answer is never closed; when all are, the new
      connection is). The first time in a minute, one warning says so.

    The limits are the app's :class:`ServerConfig`, handed over in the lifespan state.
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._config: ServerConfig = self.app_state.get(CONFIG_STATE) or ServerConfig()
        self._header_timer: asyncio.TimerHandle | None = None
        self._header_bytes = 0  # of the request on its way: line and headers so far
        self._tail = b""  # its last bytes, for a blank line split between two reads
        self._refused = False
        self._waiting_since = self.loop.time()
        self._arm_header_timer()
        self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # lingering before the close: what still comes is dropped
        waiting = self._waiting()
        if waiting:
            if self._header_timer is None:  # the first byte of the next request on this connection
                self._arm_header_timer()
            # Checked before the parser sees the bytes: once the headers are in, the request is the app's.
            if self._header_bytes + _head_length(self._tail, data) > MAX_HEADER_BYTES:
                self._refuse_headers_too_large()
                return
        super().data_received(data)
        if not self._waiting():  # the headers are in: the request is the app's now
            self._disarm_header_timer()
        elif waiting:  # all of it was request line and headers
            self._header_bytes += len(data)
            self._tail = (self._tail + data)[-3:]
            if self._header_bytes > MAX_HEADER_BYTES and not self.transport.is_closing():
                self._refuse_headers_too_large()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._waiting_since = self.loop.time()

    def _waiting(self) -> bool:
        """True between requests: no request on this connection has its headers in and no answer."""
        return self.cycle is None or self.cycle.response_complete

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(self._config.header_timeout, self._header_time_up)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        self._header_bytes = 0
        self._tail = b""

    def _header_time_up(self) -> None:
        self._header_timer = None
        if not self._waiting() or self.transport.is_closing():
            return
        if self._header_bytes:
            seconds = self._config.header_timeout
            self._refuse(408, "too_slow", f"the request headers did not arrive within {seconds:g} seconds")
        else:  # connected, never a byte: nobody to answer
            self.transport.close()

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer ``status`` with a JSON error, then close (after a short linger: see above)."""
        body = json.dumps({"error": code, "message": message}).encode()
        head = (
            f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n"
            + "".join(f"{k.decode()}: {v.decode()}\r\n" for k, v in _SAFE_HEADERS)
            + "\r\n"
        )
        self._refused = True
        self._disarm_header_timer()
        self.transport.write(head.encode() + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(_LINGER_SECONDS, self.transport.close)

    def _refuse_headers_too_large(self) -> None:
        self._refuse(431, "headers_too_large", f"the request headers are over {MAX_HEADER_BYTES:,} bytes")

    def _make_room(self) -> None:
        """Past ``max_connections``, close the connection that has waited longest for a request."""
        open_ = [c for c in self.connections if not c.transport.is_closing()]
        if len(open_) <= self._config.max_connections:
            return
        _AT_CONNECTION_LIMIT.warning(
            "%d connections open, over the limit of %d (LEAKSCAN_MAX_CONNECTIONS): "
            "closing those that waited longest for a request",
            len(open_),
            self._config.max_connections,
        )
        waiting = [c for c in open_ if isinstance(c, GuardedHTTP) and c._waiting()]
        oldest = min(waiting, key=lambda c: c._waiting_since, default=self)  # all busy: the new one goes
        oldest.transport.close()


def _head_length(tail: bytes, data: bytes) -> int:
    """How much of ``data`` is request line and headers: up to the blank line that ends them
    (looked for in ``tail + data``, the last bytes before it), or all of it."""
    window = tail + data
    ends = [i + len(blank) for blank in (b"\r\n\r\n", b"\n\n") if (i := window.find(blank)) >= 0]
    return max(0, min(ends) - len(tail)) if ends else len(data)


def quiet_accept_errors(loop: asyncio.AbstractEventLoop) -> None:
    """Make running out of file descriptors one warning a minute, not a traceback per accept().

    asyncio reports each failed accept() to the loop's exception handler, which logs a traceback:
    with connections held open, that was thousands of lines a second ("Too many open files").
    """
    previous = loop.get_exception_handler()

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in _OUT_OF_RESOURCES and "accept" in context.get("message", ""):
            _OUT_OF_FDS.warning(
                "out of file descriptors (%s): new connections wait until some close; raise the open-file "
                "limit (ulimit -n) or lower LEAKSCAN_MAX_CONNECTIONS",
                errno.errorcode.get(exc.errno or 0, "?"),
            )
        elif previous is not None:
            previous(loop, context)
        else:
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
