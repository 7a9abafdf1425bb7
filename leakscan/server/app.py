"""The HTTP service apps call before a post goes out (``leakscan serve``), and the demo page.

Endpoints (all JSON errors look like ``{"error": "code", "message": "..."}``):

* ``POST /v1/check`` - a post (text and/or photos) -> verdict, findings with messages,
  redacted text, clean photo copies on request. JSON (photos as base64) or multipart.
* ``POST /v1/clean-image`` - one photo (raw body or multipart) -> the clean copy's bytes,
  with the findings in the ``X-Leakscan-Findings`` header; or JSON with ``?format=json``.
* ``GET /healthz`` - liveness/readiness.
* ``GET /`` - the demo composer page (``leakscan/static``); ``GET /openapi.json`` - the schema.

Never a 500 for anything a client sends: bad input is a 400 (malformed JSON or form, bad
base64, unknown settings keys), 408 (too slow: headers or body), 413 (over a limit: body,
text, photo count, pixels), 415 (not JSON or a form, not an image, an unknown charset), 422
(an image nothing could be read of, or that cannot be cleaned) or 431 (headers too large).
A photo read only in part is answered like the others: verdict ``block``, its ``error``
says why. Error messages name the field and the problem, never a value or a key the client
chose. Request bodies, post texts and matched values are never logged: the access log is off
by default and, when on, shows the path without its query string.

Connections are bounded by :class:`GuardedHTTP` (header time and size, how many per worker);
``leakscan serve`` runs uvicorn with it (:data:`UVICORN_OPTIONS`).

Scanning is CPU-bound and runs in a thread pool, so slow clients (whose bodies arrive in
the event loop) never hold up other requests. The spaCy model and data load once per
worker process, before it takes requests. Run several workers with ``--workers N``; the
limits reach every worker through ``LEAKSCAN_*`` environment variables (see
:class:`ServerConfig`).

FastAPI, uvicorn and python-multipart are an optional extra: ``pip install 'leakscan[serve]'``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import codecs
import difflib
import errno
import http
import json
import logging
import os
import socket
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, MutableMapping, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from . import __version__
from .api import Checker, PostCheck, media_type
from .errors import SettingsError
from .findings import Kind, ScanResult, Verdict
from .media.base import StripOptions
from .report import unchecked_note
from .settings import Settings

logger = logging.getLogger("leakscan.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Settings keys a request may set; the rest (model, limits) belong to whoever runs the service.
REQUEST_SETTINGS = ("regions", "scanners", "known", "allow", "ignore_kinds", "severity")
_SERVER_SETTINGS = frozenset(f.name for f in fields(Settings)) - set(REQUEST_SETTINGS)
#: Most bytes of findings JSON put in the ``X-Leakscan-Findings`` header (the rest is dropped).
MAX_FINDINGS_HEADER = 8000
_ENV_PREFIX = "LEAKSCAN_"
#: ServerConfig fields in seconds (the others are whole numbers, or the settings file).
_SECONDS = ("body_timeout", "header_timeout")
#: File descriptors kept for all but client connections (listening socket, logs, pipes, the loop).
_FD_RESERVE = 64


def _open_file_limit() -> int | None:
    """This process's soft limit on open files (``ulimit -n``), or None when there is none to read."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def _default_max_connections() -> int:
    """1,000 connections per worker, or what the open-file limit leaves room for (at least 16)."""
    limit = _open_file_limit()
    return 1000 if limit is None else max(16, min(1000, limit - _FD_RESERVE))


# -- configuration --------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerConfig:
    """The service's limits and base settings.

    Every field can be set from the environment as ``LEAKSCAN_<FIELD>`` in upper case
    (``LEAKSCAN_MAX_BODY_BYTES=10000000``); ``LEAKSCAN_SETTINGS`` names a settings file
    (.toml/.json) with the base settings every request starts from.
    """

    #: Largest request body (bytes) accepted; a 12-megapixel phone photo is 3-8 MB (x4/3 as base64).
    max_body_bytes: int = 32 * 1024 * 1024
    #: Longest post text (characters).
    max_text_chars: int = 20_000
    #: Largest image (width x height) accepted; bigger is refused as a decompression bomb.
    max_image_pixels: int = 100_000_000
    #: Most photos in one post.
    max_images: int = 10
    #: Seconds a client may take to send its whole request body (slow clients get 408).
    body_timeout: float = 30.0
    #: Seconds a client may take to send a request's line and headers, from its first byte (or
    #: from connecting): slower clients get 408 and the connection is closed.
    header_timeout: float = 10.0
    #: Most open connections per worker process; past it, the one that has waited longest for a
    #: request is closed. Default: 1,000, or fewer when the open-file limit (``ulimit -n``) is low.
    max_connections: int = field(default_factory=_default_max_connections)
    #: Settings file every request's settings are merged over (None: the defaults).
    settings_file: str | None = None

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_text_chars", "max_image_pixels", "max_images", "max_connections"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise SettingsError(f"server setting {name!r} must be a positive whole number")
        for name in _SECONDS:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < float("inf"):
                raise SettingsError(f"server setting {name!r} must be a positive number of seconds")

    @classmethod
    def from_env(cls, environ: MutableMapping[str, str] | None = None) -> ServerConfig:
        """The configuration from ``LEAKSCAN_*`` environment variables (defaults for the rest)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_ENV_PREFIX + ("SETTINGS" if f.name == "settings_file" else f.name.upper()))
            if raw is None or raw == "":
                continue
            if f.name == "settings_file":
                values[f.name] = raw
                continue
            try:
                values[f.name] = float(raw) if f.name in _SECONDS else int(raw.replace("_", ""))
            except ValueError:
                raise SettingsError(f"environment variable {_ENV_PREFIX}{f.name.upper()} must be a number") from None
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The ``LEAKSCAN_*`` variables that reproduce this configuration (for worker processes)."""
        env = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            env[_ENV_PREFIX + ("SETTINGS" if f.name == "settings_file" else f.name.upper())] = str(value)
        return env

    def base_settings(self) -> Settings:
        """The settings every request starts from, with this service's limits applied."""
        settings = Settings.load(self.settings_file) if self.settings_file else Settings()
        return replace(
            settings,
            max_text_chars=self.max_text_chars,
            max_file_bytes=self.max_body_bytes,
            max_image_pixels=min(settings.max_image_pixels, self.max_image_pixels),
        )


# -- request and response models (the OpenAPI schema) ----------------------------------------


class KnownFactsIn(BaseModel):
    """Private facts about this child: matched as the right kind, with high severity."""

    model_config = ConfigDict(extra="forbid")

    names: list[str] | None = None
    schools: list[str] | None = None
    streets: list[str] | None = None
    towns: list[str] | None = None
    phones: list[str] | None = None
    emails: list[str] | None = None
    handles: list[str] | None = None


class SettingsIn(BaseModel):
    """Per-request settings, merged over the service's. Unknown keys are refused (400)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"example": {"regions": ["GB"], "allow": ["help@ourapp.example"]}},
    )

    regions: list[str] | str | None = Field(None, description="Phone regions (ISO 3166 alpha-2, e.g. 'GB', 'US').")
    scanners: list[str] | None = Field(None, description="Only run these scanners (empty: all).")
    known: KnownFactsIn | None = None
    allow: list[str] | None = Field(
        None, description="Values never reported (case-insensitive), e.g. the app's own address."
    )
    ignore_kinds: list[Kind] | None = Field(None, description="Kinds never reported.")
    severity: dict[Kind, Literal["low", "medium", "high"]] | None = Field(
        None, description="Per-kind severity overrides, e.g. {'HANDLE': 'high'}."
    )


class CheckRequest(BaseModel):
    """A post to check: its text and its photos (base64, a ``data:`` URL prefix is allowed)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"example": {"text": "call me on 217 555 0134", "images": [], "clean_images": False}},
    )

    text: str = Field("", description="The post's text. Empty is fine (verdict ok).")
    images: list[str] = Field(default_factory=list, description="Photos, base64-encoded.")
    settings: SettingsIn | None = None
    clean_images: bool = Field(False, description="Also return clean copies of the photos (base64).")
    style: Literal["placeholder", "mask"] = Field(
        "placeholder", description="How text is masked: [PHONE] placeholders, or * for every character."
    )


class FindingOut(BaseModel):
    """One thing that can identify or locate a child (DESIGN.md section 3)."""

    kind: Kind
    field: str | None = Field(None, description="Metadata field (photos), or null for the post text.")
    text: str = Field(description="What was found, exactly as written (text[start:end]).")
    start: int | None = None
    end: int | None = None
    place: str | None = Field(None, description="For GPS: the nearest known place.")
    detail: str | None = None
    severity: Literal["low", "medium", "high"] | None = None
    confidence: float = 1.0
    scanner: str = ""
    code: str | None = Field(None, description="Stable message code, for apps that translate messages.")
    message: str | None = Field(None, description="What to tell the child, in plain words.")


class ItemOut(BaseModel):
    """What leakscan says about one part of the post (its text, or one photo)."""

    source: str | None = None
    id: Any = None
    type: Literal["text", "image", "video"]
    verdict: Verdict
    findings: list[FindingOut]
    error: str | None = None


class CleanedImageOut(BaseModel):
    """A clean copy of one photo (base64), or why none could be made."""

    data: str | None = Field(None, description="The clean image, base64-encoded.")
    format: str | None = None
    media_type: str | None = None
    lossless: bool | None = Field(None, description="True when the picture itself was kept byte for byte.")
    removed: list[str] = Field(default_factory=list, description="What was removed (names, never values).")
    note: str | None = None
    error: str | None = None


class CheckResponse(BaseModel):
    """The verdict on a post, what was found, and the redacted version."""

    verdict: Verdict = Field(description="ok, warn or block: the worst of the text and the photos.")
    text: ItemOut
    redacted_text: str | None = Field(
        description="The post with what it leaks masked; null when the text could not be checked "
        "(text.error says why, the verdict is block): a post that was not fully scanned has no safe redacted version."
    )
    text_changed: bool = Field(description="True when redacted_text differs from the post (false when it is null).")
    images: list[ItemOut]
    cleaned_images: list[CleanedImageOut] | None = Field(None, description="Present when clean_images was asked for.")


class CleanImageResponse(BaseModel):
    """``/v1/clean-image?format=json``: the clean copy and what the original held."""

    verdict: Verdict = Field(description="The original photo's verdict.")
    findings: list[FindingOut]
    error: str | None = Field(
        None, description="Why the original could not be fully checked (its verdict is then block), or null."
    )
    image: CleanedImageOut


class ErrorOut(BaseModel):
    """Every error answer."""

    error: str = Field(description="A stable code: too_large, malformed_json, unsupported_media_type...")
    message: str = Field(description="A one-line reason. Never contains the post or a matched value.")


class HealthOut(BaseModel):
    """``GET /healthz``."""

    status: Literal["ok"]
    version: str
    ready: bool
    pid: int


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        "model": ErrorOut,
        "description": (
            "Malformed JSON or form, a key, field or query parameter given twice, text that does not decode, "
            "bad base64, unknown or invalid settings"
        ),
    },
    408: {"model": ErrorOut, "description": "The request headers or body arrived too slowly"},
    413: {"model": ErrorOut, "description": "Over a limit: body size, text length, number of photos, image pixels"},
    415: {
        "model": ErrorOut,
        "description": "Not JSON or a form; a file that is not a supported image; an unknown charset",
    },
    422: {"model": ErrorOut, "description": "An image nothing could be read of, or that cannot be cleaned"},
}


# -- errors ---------------------------------------------------------------------------------------


class ApiError(Exception):
    """An answer to a bad request: status, stable code, and a message without any value in it."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "message": _short(message)}, status_code=status, headers=headers)


def _short(message: str, limit: int = 400) -> str:
    """A message on one line, cut to ``limit`` characters."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


#: The names an error message may quote: leakscan's own fields, settings and kinds. Any other key
#: was chosen by the client and could hold anything (a child's name), so errors never quote it.
_OUR_NAMES = frozenset(
    {
        *CheckRequest.model_fields,
        *SettingsIn.model_fields,
        *KnownFactsIn.model_fields,
        *(f.name for f in fields(Settings)),
        *(k.value for k in Kind),
        "format",
        "only",
    }
)


def _where(loc: Sequence[Any]) -> str:
    """A location such as ``settings.regions[0]``; a key the client chose shows as ``[…]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in _OUR_NAMES:
            out += f".{part}" if out else str(part)
        else:
            out += "[…]"
    return out


def _unknown_key(key: Any, where: str, accepted: Sequence[str], noun: str = "key") -> str:
    """The message for a key ``where`` does not have: it is named only when it is one of leakscan's
    own names; otherwise the closest accepted key is suggested."""
    listed = f"(accepted: {', '.join(accepted)})"
    if key in _SERVER_SETTINGS:
        return f"{where}: {key!r} is set by whoever runs the service, not per request {listed}"
    if key in _OUR_NAMES:
        return f"{where}: {key!r} is not accepted here {listed}"
    close = difflib.get_close_matches(str(key)[:100], accepted, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"{where} has a {noun} this service does not know{hint} {listed}"


def _twice(name: str, where: str, noun: str, code: str = "duplicate_field") -> ApiError:
    """The 400 for a name given twice: only one of its values would be read, and whatever the
    other held would never be checked. Named only when it is one of leakscan's own names."""
    named = repr(name) if name in _OUR_NAMES else f"a {noun}"
    return ApiError(400, code, f"{where}: {named} is given twice; send each {noun} once")


def _once_each(names: Iterable[str], where: str, noun: str) -> None:
    """Refuse (400) a form field or query parameter given twice."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise _twice(name, where, noun)
        seen.add(name)


class _TwiceInJson(Exception):
    def __init__(self, key: str):
        self.key = key


def _one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, or :class:`_TwiceInJson` naming the first key it holds twice."""
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _TwiceInJson(key)
            seen.add(key)
    return record


def _refuse_duplicate_keys(body: bytes) -> None:
    """Refuse (400) a JSON body with a key twice in one object, at any depth (the parser behind
    the models keeps the last value silently). A body that is not JSON is left to the models,
    whose message names the problem."""
    try:
        json.loads(body, object_pairs_hook=_one_value_per_key)
    except _TwiceInJson as exc:
        raise _twice(exc.key, "the JSON body", "key", "duplicate_key") from None
    except (ValueError, RecursionError):
        return


def _validation_message(exc: ValidationError | RequestValidationError) -> tuple[str, str]:
    """A code and a one-line message for a validation error, naming the field and the problem.

    Never the value: not pydantic's ``input``, nor a key the client chose (see :data:`_OUR_NAMES`).
    pydantic's own messages for the types used here quote only what is expected.
    """
    errors = exc.errors()
    if not errors:
        return "invalid_request", "the request is not valid"
    err = errors[0]
    loc = [p for p in err.get("loc", ()) if p not in ("body", "query")]
    kind = err.get("type", "")
    if kind == "json_invalid":
        return "malformed_json", "the body is not valid JSON"
    if kind == "extra_forbidden" and loc:
        *parent, key = loc
        if parent == ["settings"]:
            return "unknown_setting", _unknown_key(key, "settings", REQUEST_SETTINGS)
        if parent == ["settings", "known"]:
            return "unknown_setting", _unknown_key(key, "settings.known", list(KnownFactsIn.model_fields))
        return "unknown_field", _unknown_key(key, _where(parent) or "the request", list(CheckRequest.model_fields))
    if kind == "model_type" and not loc:
        return "invalid_request", "the body must be a JSON object"
    # A dict key that failed ends in "[key]", after the key itself (the client's).
    where = f"a key of {_where(loc[:-2])}" if loc[-1:] == ["[key]"] else _where(loc) or "body"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return "invalid_request", f"{where}: {err.get('msg', 'invalid')}{more}"


# -- the ASGI guard: body limit, slow bodies, no 500 details ----------------------------------


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
            response = _error_response(status, code, message, headers={"Connection": "close"})
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
_CONFIG_STATE = "leakscan_server_config"


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
        self._config: ServerConfig = self.app_state.get(_CONFIG_STATE) or ServerConfig()
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
                self._refuse(431, "headers_too_large", f"the request headers are over {MAX_HEADER_BYTES:,} bytes")
                return
        super().data_received(data)
        if not self._waiting():  # the headers are in: the request is the app's now
            self._disarm_header_timer()
        elif waiting:  # all of it was request line and headers
            self._header_bytes += len(data)
            self._tail = (self._tail + data)[-3:]
            if self._header_bytes > MAX_HEADER_BYTES and not self.transport.is_closing():
                self._refuse(431, "headers_too_large", f"the request headers are over {MAX_HEADER_BYTES:,} bytes")

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


def _quiet_accept_errors(loop: asyncio.AbstractEventLoop) -> None:
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


def _check_open_file_limit(config: ServerConfig) -> None:
    """Warn (once, at start) when ``max_connections`` is more than the open-file limit leaves room for."""
    limit = _open_file_limit()
    if limit is not None and config.max_connections > limit - _FD_RESERVE:
        logger.warning(
            "max_connections (%d) is more than %d open file descriptors leave room for: "
            "past it, new connections wait (raise ulimit -n or lower LEAKSCAN_MAX_CONNECTIONS)",
            config.max_connections,
            limit,
        )


# -- request parsing ------------------------------------------------------------------------------


@dataclass
class _Post:
    text: str
    images: list[bytes]
    settings: dict[str, Any] | None
    clean_images: bool
    style: str


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _decode_base64(value: str, index: int) -> bytes:
    """The bytes of one base64 image (a ``data:...;base64,`` prefix and white space allowed)."""
    if value.startswith("data:"):
        head, sep, rest = value.partition(",")
        if not sep or not head.endswith(";base64"):
            raise ApiError(400, "bad_base64", f"images[{index}] is a data: URL without base64 data")
        value = rest
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        pass
    try:
        return base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "bad_base64", f"images[{index}] is not valid base64") from None


def _settings_dict(model: SettingsIn | None) -> dict[str, Any] | None:
    if model is None:
        return None
    data = model.model_dump(exclude_none=True, mode="json")
    if "known" in data:
        data["known"] = {k: v for k, v in data["known"].items() if v is not None}
    return data


class _CheckRequestBytes(CheckRequest):
    """:class:`CheckRequest` with the photos decoded from base64 while the JSON is parsed (fast)."""

    model_config = ConfigDict(val_json_bytes="base64")

    images: list[bytes] = Field(default_factory=list)  # type: ignore[assignment]


#: pydantic >= 2.10 decodes base64 in Rust while parsing (4x faster than the base64 module).
_FAST_BASE64 = "val_json_bytes" in getattr(ConfigDict, "__annotations__", {})


async def _read_json_post(request: Request) -> _Post:
    body = await request.body()
    if not body.strip():
        raise ApiError(400, "malformed_json", 'the body is empty; send a JSON object such as {"text": "..."}')
    _refuse_duplicate_keys(body)
    req: CheckRequest | None = None
    images: list[bytes] = []
    if _FAST_BASE64:
        try:
            fast = _CheckRequestBytes.model_validate_json(body)
            req, images = fast, list(fast.images)
        except ValidationError:
            pass  # the slow path below names the problem
    if req is None:
        # Names the problem exactly, and accepts data: URLs and line breaks in base64.
        try:
            req = CheckRequest.model_validate_json(body)
        except ValidationError as exc:
            code, message = _validation_message(exc)
            raise ApiError(400, code, message) from None
        images = [_decode_base64(v, i) for i, v in enumerate(req.images)]
    return _Post(
        text=req.text,
        images=images,
        settings=_settings_dict(req.settings),
        clean_images=req.clean_images,
        style=req.style,
    )


_FORM_FIELDS = ("text", "settings", "clean_images", "style")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


#: Byte-order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Content-Transfer-Encodings that leave a part's bytes as they are (RFC 7578 deprecates the others).
_IDENTITY_CTE = (b"", b"7bit", b"8bit", b"binary")


@dataclass
class _Part:
    """One part of a multipart form as it arrives."""

    headers: dict[bytes, bytes] = field(default_factory=dict)
    name: str = ""
    is_file: bool = False
    data: bytearray = field(default_factory=bytearray)

    @property
    def label(self) -> str:
        """How an error names this part: a known field by name, anything else by what it is
        (a client-chosen name could be anything, even a value)."""
        if self.name in _FORM_FIELDS and not self.is_file:
            return f"form field {self.name!r}"
        return "a form file" if self.is_file else "a form field"


class _MultipartReader:
    """Collects the parts of a multipart/form-data body from python-multipart's streaming parser.

    Starlette's form parser is not used: it answers a body cut before its closing boundary
    with the last part silently dropped, and reads text it cannot decode as Latin-1. Parts
    are kept in memory (the body limit bounds them); text fields are also bounded one by one.
    """

    def __init__(self, max_parts: int, max_text_bytes: int) -> None:
        self.max_parts = max_parts
        self.max_text_bytes = max_text_bytes
        self.parts: list[_Part] = []
        self.ended = False
        self._field = bytearray()
        self._value = bytearray()

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": lambda data, start, end: self._field.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self._value.extend(data[start:end]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_end": self._end,
        }

    def _part_begin(self) -> None:
        if len(self.parts) >= self.max_parts:
            raise ApiError(400, "too_many_parts", f"a form can have at most {self.max_parts} parts")
        self.parts.append(_Part())

    def _header_end(self) -> None:
        self.parts[-1].headers[bytes(self._field).strip().lower()] = bytes(self._value).strip()
        self._field.clear()
        self._value.clear()

    def _headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header

        part = self.parts[-1]
        _, options = parse_options_header(part.headers.get(b"content-disposition", b""))
        if b"name" not in options:
            raise ApiError(
                400, "malformed_form", 'a form part has no name (Content-Disposition: form-data; name="...")'
            )
        part.name = options[b"name"].decode("utf-8", "replace")
        part.is_file = b"filename" in options
        if part.headers.get(b"content-transfer-encoding", b"").lower() not in _IDENTITY_CTE:
            raise ApiError(
                400, "malformed_form", f"{part.label} has a Content-Transfer-Encoding: send its bytes as they are"
            )

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        part = self.parts[-1]
        part.data += data[start:end]
        if not part.is_file and len(part.data) > self.max_text_bytes:
            raise ApiError(413, "too_large", f"{part.label} is over the limit of {self.max_text_bytes:,} bytes")

    def _end(self) -> None:
        self.ended = True


def _decode_text(part: _Part) -> str:
    """A text part as ``str``: by its byte-order mark, else its declared charset, else UTF-8.

    Decoding is strict: text that does not decode is refused (400), never guessed at, since a
    wrong guess hides what the scanners look for (UTF-16 read as Latin-1 puts a NUL between the
    digits of a phone number). As in the WHATWG Encoding Standard, a BOM wins over the label.
    """
    from python_multipart.multipart import parse_options_header

    data = bytes(part.data)
    bom, charset = next(((bom, name) for bom, name in _BOMS if data.startswith(bom)), (b"", ""))
    if bom:
        data = data[len(bom) :]
    else:
        _, params = parse_options_header(part.headers.get(b"content-type", b""))
        charset = params.get(b"charset", b"utf-8").decode("latin-1")
    try:
        return data.decode(charset)
    except LookupError:  # not a codec, or not a text encoding (base64...); the label is never quoted
        raise ApiError(
            415, "unsupported_charset", f"{part.label} declares a charset this service cannot read"
        ) from None
    except UnicodeDecodeError:
        raise ApiError(400, "bad_encoding", f"{part.label} is not valid {codecs.lookup(charset).name} text") from None


async def _read_form(request: Request, config: ServerConfig) -> list[tuple[str, str | bytes]]:
    """The fields of a multipart form, in order: text fields as ``str``, files as their ``bytes``."""
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import MultipartParser, parse_options_header

    _, params = parse_options_header(request.headers.get("content-type", ""))
    if not params.get(b"boundary"):
        raise ApiError(400, "malformed_form", "the Content-Type names no multipart boundary")
    reader = _MultipartReader(
        max_parts=config.max_images + len(_FORM_FIELDS) + 1,
        max_text_bytes=max(1024 * 1024, config.max_text_chars * 4 + 1024),
    )
    try:
        parser = MultipartParser(params[b"boundary"], reader.callbacks())  # type: ignore[arg-type]
        async for chunk in request.stream():
            parser.write(chunk)
    except FormParserError:  # its message quotes body bytes: never passed on
        raise ApiError(400, "malformed_form", "the form is malformed (a boundary or a part's headers)") from None
    if not reader.ended:
        raise ApiError(
            400,
            "malformed_form",
            "the form ends before its closing boundary (--BOUNDARY--): its last part may be cut off",
        )
    return [(part.name, bytes(part.data) if part.is_file else _decode_text(part)) for part in reader.parts]


async def _read_form_post(request: Request, config: ServerConfig) -> _Post:
    text = ""
    settings: dict[str, Any] | None = None
    clean = False
    style = "placeholder"
    images: list[bytes] = []
    form = await _read_form(request, config)
    _once_each((key for key, value in form if not isinstance(value, bytes)), "the form", "field")
    for key, value in form:
        if isinstance(value, bytes):
            if len(images) >= config.max_images:
                raise ApiError(413, "too_many_images", f"a post can have at most {config.max_images} photos")
            images.append(value)
            continue
        if key == "text":
            text = value
        elif key == "settings":
            try:
                parsed = json.loads(value) if value.strip() else {}
            except ValueError:
                raise ApiError(400, "malformed_json", "the settings field is not valid JSON") from None
            try:
                settings = _settings_dict(CheckRequest.model_validate({"settings": parsed}).settings)
            except ValidationError as exc:
                code, message = _validation_message(exc)
                raise ApiError(400, code, message) from None
        elif key == "clean_images":
            flag = value.strip().lower()
            if flag not in _TRUE | _FALSE:
                raise ApiError(400, "invalid_request", "clean_images must be true or false")
            clean = flag in _TRUE
        elif key == "style":
            if value not in ("placeholder", "mask"):
                raise ApiError(400, "invalid_request", "style must be 'placeholder' or 'mask'")
            style = value
        else:
            raise ApiError(
                400, "unknown_field", _unknown_key(key, "the form", [*_FORM_FIELDS, "photos as files"], "field")
            )
    return _Post(text=text, images=images, settings=settings, clean_images=clean, style=style)


# -- checking ---------------------------------------------------------------------------------------


_FORMATS = "JPEG, PNG, WebP, GIF, TIFF, HEIF, AVIF, JPEG XL"


def _sniff(data: bytes, what: str) -> None:
    """Refuse (415) what is not a supported still image, from its first bytes only."""
    from .media import sniff

    if not data:
        raise ApiError(415, "not_an_image", f"{what} is empty")
    handler = sniff(data[:64])
    if handler is None:
        raise ApiError(415, "not_an_image", f"{what} is not a supported image ({_FORMATS})")
    if handler.media != "image":
        raise ApiError(415, "not_an_image", f"{what} is a {handler.format} video; send a photo")


def _after_scan(result: ScanResult, data: bytes, what: str, config: ServerConfig) -> None:
    """Refuse a photo too big to decode (413) or of which nothing could be read (422), after its scan.

    The scan reads headers and metadata only, so a decompression bomb costs nothing there;
    its declared size is checked here, from the scan (or Pillow's header parse).
    """
    width, height = result.info.get("width"), result.info.get("height")
    if width is None or height is None:
        width, height = _pillow_size(data)
    if width is not None and height is not None and width * height > config.max_image_pixels:
        raise ApiError(
            413,
            "too_many_pixels",
            f"{what} is {width}x{height} pixels, over the limit of {config.max_image_pixels:,} (a decompression bomb?)",
        )
    # Read in part, it is answered like the rest (verdict block, its error says why); nothing read is a 422.
    note = unchecked_note(result)
    if note is not None and note.startswith("not checked"):
        raise ApiError(422, "unreadable_image", f"{what} could not be read: {result.error}")


def _pillow_size(data: bytes) -> tuple[int | None, int | None]:
    """Width and height from the image header (no pixel decoding), when Pillow can tell."""
    import io
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                return im.size
    except Image.DecompressionBombError:
        return 1 << 31, 1 << 31
    except Exception:
        return None, None


def _check_sync(checker: Checker, post: _Post, config: ServerConfig) -> PostCheck:
    """Validate and check one post (runs in the thread pool)."""
    if len(post.text) > config.max_text_chars:
        raise ApiError(
            413,
            "text_too_long",
            f"the post is {len(post.text):,} characters, over the limit of {config.max_text_chars:,}",
        )
    if len(post.images) > config.max_images:
        raise ApiError(413, "too_many_images", f"a post can have at most {config.max_images} photos")
    settings = _request_settings(checker, post.settings)
    for i, data in enumerate(post.images):
        _sniff(data, f"images[{i}]")
    check = checker.check_post(post.text, post.images, settings, clean_images=post.clean_images, style=post.style)
    for i, (result, data) in enumerate(zip(check.image_results, post.images, strict=True)):
        _after_scan(result, data, f"images[{i}]", config)
    return check


def _check_json(checker: Checker, post: _Post, config: ServerConfig) -> bytes:
    """:func:`_check_sync` with the answer already encoded (off the event loop: it can be megabytes)."""
    return _json_bytes(_check_sync(checker, post, config).to_dict())


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


#: What a request setting must hold, for the messages of :func:`_setting_problem`.
_SETTING_RULES = {
    "regions": "one or more phone regions leakscan knows, as ISO 3166 alpha-2 codes such as 'GB' or 'US' "
    "(the United Kingdom is 'GB')",
    "scanners": "names of leakscan's scanners ({scanners})",
}


def _request_settings(checker: Checker, data: dict[str, Any] | None) -> Settings:
    if not data:
        return checker.settings
    try:
        return checker.settings_for(data)
    except SettingsError:
        raise ApiError(400, "invalid_setting", _setting_problem(checker, data)) from None


def _setting_problem(checker: Checker, data: dict[str, Any]) -> str:
    """Which setting (and which item of a list) leakscan refused, and what it must hold.

    A :class:`SettingsError` quotes the value, which suits a local settings file but not an HTTP
    answer: the culprit is found again by checking each setting, then each item, on its own.
    """
    from .scanners import SCANNER_NAMES

    for key, value in data.items():
        rule = _SETTING_RULES.get(key, "a valid value").format(scanners=", ".join(SCANNER_NAMES))
        items = list(enumerate(value)) if isinstance(value, list) else []
        for i, item in items:
            try:
                checker.settings_for({key: [item]})
            except SettingsError:
                return f"settings.{key}[{i}]: expected {rule}"
        try:
            checker.settings_for({key: value})
        except SettingsError:
            return f"settings.{key}: expected {rule}"
    return "the settings cannot be used together"


def _clean_sync(checker: Checker, data: bytes, only: str, config: ServerConfig) -> PostCheck:
    _sniff(data, "the image")
    if only == "gps":
        checker = Checker(checker.settings, strip_options=StripOptions(only_gps=True))
    check = checker.check_post("", [data], clean_images=True)
    _after_scan(check.image_results[0], data, "the image", config)
    cleaned = check.cleaned[0]
    if cleaned.data is None:
        raise ApiError(422, "cannot_clean", f"no clean copy could be made: {cleaned.error or 'unknown reason'}")
    return check


def _clean_json(checker: Checker, data: bytes, only: str, config: ServerConfig) -> bytes:
    """The ``?format=json`` answer of ``/v1/clean-image``, encoded (off the event loop)."""
    done = _clean_sync(checker, data, only, config)
    result, cleaned = done.image_results[0], done.cleaned[0]
    return _json_bytes(
        {
            "verdict": result.verdict.value,
            "findings": [f.to_dict() for f in result.findings],
            "error": result.error,
            "image": cleaned.to_dict(),
        }
    )


def _findings_header(check: PostCheck) -> tuple[str, bool]:
    """The image findings as ASCII-only JSON for a header, cut to fit ``MAX_FINDINGS_HEADER``."""
    findings = [f.to_dict() for f in check.image_results[0].findings]
    while True:
        value = json.dumps(findings, ensure_ascii=True, separators=(",", ":"))
        if len(value) <= MAX_FINDINGS_HEADER or not findings:
            return value, len(findings) < len(check.image_results[0].findings)
        findings = findings[: len(findings) // 2] if len(findings) > 1 else []


_NO_STORE = {"Cache-Control": "no-store"}
#: Text-only posts up to this long are checked on the event loop (a few ms), longer ones in a thread.
_INLINE_TEXT_CHARS = 2_000


# -- the app ------------------------------------------------------------------------------------------


def _static_dir() -> Path:
    return Path(str(resources.files("leakscan") / "static"))


def _warm_up(checker: Checker) -> None:
    """Load the model, the name lists and the photo code before the first request."""
    import io

    from PIL import Image

    checker.warm_up()
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (120, 180, 90)).save(buf, "JPEG")
    try:
        checker.check_post("warm up 217 555 0134", [buf.getvalue()], clean_images=True)
    except ImportError:  # pragma: no cover - a build without photo support
        logger.warning("photo support is not available; /v1/clean-image and photos in posts will fail")


#: Loggers of libraries that quote request bytes: python-multipart logs the byte it choked on.
_BODY_LOGGERS = ("python_multipart", "multipart")


def _silence_body_loggers() -> None:
    """Nothing those loggers say reaches a log, at any level, whatever the logging setup."""
    for name in _BODY_LOGGERS:
        quiet = logging.getLogger(name)
        quiet.handlers[:] = [logging.NullHandler()]
        quiet.propagate = False
        quiet.setLevel(logging.CRITICAL + 1)


def create_app(config: ServerConfig | None = None) -> FastAPI:
    """The FastAPI application (``uvicorn --factory leakscan.server:create_app`` reads the environment)."""
    config = config or ServerConfig.from_env()
    _silence_body_loggers()
    checker = Checker(config.base_settings())
    state = {"ready": False}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        t0 = time.perf_counter()
        _quiet_accept_errors(asyncio.get_running_loop())
        _check_open_file_limit(config)
        await run_in_threadpool(_warm_up, checker)
        state["ready"] = True
        logger.info("leakscan %s ready in %.1f s (pid %d)", __version__, time.perf_counter() - t0, os.getpid())
        yield {_CONFIG_STATE: config}  # uvicorn hands this state to GuardedHTTP too

    app = FastAPI(
        title="leakscan",
        version=__version__,
        summary="Check a child's post and photos before they go out.",
        description=(
            "Finds what gives a child away (phone numbers, addresses, schools, names, hidden map pins "
            "in photos) and answers with a verdict, child-friendly messages, the redacted text and "
            "clean photo copies. Nothing is stored or logged."
        ),
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN: not offline
        redoc_url=None,
    )
    app.state.config = config
    app.state.checker = checker

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message = _validation_message(exc)
        return _error_response(400, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = {404: "no such endpoint", 405: "method not allowed here"}.get(exc.status_code, str(exc.detail))
        return _error_response(
            exc.status_code, codes.get(exc.status_code, "http_error"), message, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - GuardMiddleware first
        return _error_response(500, "internal_error", "something went wrong on the server; the request was not checked")

    @app.post(
        "/v1/check",
        response_model=CheckResponse,
        responses=_ERRORS,
        summary="Check a post (text and photos) before it goes out",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/CheckForm"}},
                },
            }
        },
    )
    async def check(request: Request) -> Response:
        """Verdict, findings with child-friendly messages, and the redacted text of one post.

        Send JSON (`{"text": ..., "images": [base64...], "settings": {...}, "clean_images": false}`)
        or a multipart form (`text`, `settings` as a JSON string, `clean_images`, `style`, and the
        photos as files). An empty post is fine: verdict `ok`.
        """
        ctype = _content_type(request)
        if ctype == "application/json" or ctype.endswith("+json"):
            post = await _read_json_post(request)
        elif ctype == "multipart/form-data":
            post = await _read_form_post(request, config)
        else:
            raise ApiError(415, "unsupported_media_type", "send application/json or multipart/form-data")
        if not post.images and len(post.text) <= _INLINE_TEXT_CHARS:
            # A short text-only post costs a few ms of CPU: checked on the event loop, it saves
            # the hop to a pool thread and back (~1-2 ms of CPU and the latency of two wake-ups).
            body = _check_json(checker, post, config)
        else:
            body = await run_in_threadpool(_check_json, checker, post, config)
        return Response(content=body, media_type="application/json", headers=_NO_STORE)

    @app.post(
        "/v1/clean-image",
        responses={
            200: {
                "content": {
                    "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                    "application/json": {"schema": {"$ref": "#/components/schemas/CleanImageResponse"}},
                },
                "description": (
                    "The clean image (same format as the original), with headers X-Leakscan-Verdict, "
                    "X-Leakscan-Findings (JSON, ASCII), X-Leakscan-Lossless and X-Leakscan-Removed; "
                    "or, with ?format=json, a CleanImageResponse."
                ),
            },
            **_ERRORS,
        },
        summary="Remove location and other identifying metadata from one photo",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "image/*": {"schema": {"type": "string", "format": "binary"}},
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/CleanImageForm"}},
                },
            }
        },
    )
    async def clean_image(
        request: Request,
        format: Literal["image", "json"] = Query(
            "image", description="image: the clean bytes; json: JSON with base64."
        ),
        only: Literal["all", "gps"] = Query("all", description="all: every identifying field; gps: the location only."),
    ) -> Response:
        """The clean copy of one photo (raw body, or a form with one file), and what the original held."""
        _once_each((key for key, _ in request.query_params.multi_items()), "the query string", "parameter")
        ctype = _content_type(request)
        if ctype == "multipart/form-data":
            files = [v for _, v in await _read_form(request, config) if isinstance(v, bytes)]
            if len(files) != 1:
                raise ApiError(400, "one_file", f"send exactly one image file (got {len(files)})")
            data = files[0]
        elif ctype.startswith("image/") or ctype in ("application/octet-stream", ""):
            data = await request.body()
        else:
            raise ApiError(415, "unsupported_media_type", "send the image as the body (image/*) or as a form file")
        if format == "json":
            body = await run_in_threadpool(_clean_json, checker, data, only, config)
            return Response(content=body, media_type="application/json", headers=_NO_STORE)
        done = await run_in_threadpool(_clean_sync, checker, data, only, config)
        result, cleaned = done.image_results[0], done.cleaned[0]
        findings, truncated = _findings_header(done)
        headers = {
            **_NO_STORE,
            "X-Leakscan-Verdict": result.verdict.value,
            "X-Leakscan-Findings": findings,
            "X-Leakscan-Lossless": "true" if cleaned.lossless else "false",
            "X-Leakscan-Removed": json.dumps(list(cleaned.removed), ensure_ascii=True, separators=(",", ":")),
        }
        if truncated:
            headers["X-Leakscan-Findings-Truncated"] = "true"
        if result.error is not None:  # not fully checked: ASCII, like the findings
            headers["X-Leakscan-Error"] = json.dumps(result.error, ensure_ascii=True)[1:-1]
        return Response(content=cleaned.data, media_type=media_type(cleaned.format), headers=headers)

    @app.api_route("/healthz", methods=["GET", "HEAD"], response_model=HealthOut, summary="Liveness and readiness")
    async def healthz() -> dict[str, Any]:
        """``ready`` is true once the model is loaded (it is before the first request is taken)."""
        return {"status": "ok", "version": __version__, "ready": state["ready"], "pid": os.getpid()}

    static = _static_dir()

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def index() -> Response:
        return FileResponse(static / "index.html", headers=_PAGE_HEADERS)

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")

    _add_schemas(app)
    app.add_middleware(GuardMiddleware, max_body_bytes=config.max_body_bytes, body_timeout=config.body_timeout)
    return app


_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-cache",
}


def _add_schemas(app: FastAPI) -> None:
    """Put the request models (read by hand, to answer bad input with clear 4xx) into the schema."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (CheckRequest, CleanImageResponse):
            body = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in body.pop("$defs", {}).items():
                components.setdefault(name, sub)
            components[model.__name__] = body
        components["CheckForm"] = {
            "type": "object",
            "properties": {
                "text": {"type": "string"},
                "settings": {"type": "string", "description": "Settings as a JSON object (see SettingsIn)."},
                "clean_images": {"type": "boolean"},
                "style": {"type": "string", "enum": ["placeholder", "mask"]},
                "images": {"type": "array", "items": {"type": "string", "format": "binary"}},
            },
        }
        components["CleanImageForm"] = {
            "type": "object",
            "properties": {"image": {"type": "string", "format": "binary"}},
            "required": ["image"],
        }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


# -- running ------------------------------------------------------------------------------------------


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
    cfg["filters"] = {"path_only": {"()": "leakscan.server._PathOnly"}}
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


if __name__ == "__main__":  # pragma: no cover
    main()
