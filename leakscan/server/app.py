"""The application: ``create_app`` and its routes, which check posts and clean photos through
:class:`leakscan.api.Checker`.

Scanning is CPU-bound and runs in a thread pool, so slow clients (whose bodies arrive in
the event loop) never hold up other requests. The spaCy model and data load once per
worker process, before it takes requests.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..api import Checker, PostCheck
from ..errors import InputError, LeakscanError, LimitError, SettingsError, UnsupportedFormatError
from ..media.base import StripOptions
from ..photos import Photo, check_pixels, open_photo
from ..settings import Settings
from .config import ServerConfig, check_open_file_limit
from .errors import ApiError, error_response, once_each, refusal, validation_message
from .guard import CONFIG_STATE, GuardMiddleware, quiet_accept_errors
from .parsing import Post, content_type, read_form, read_form_post, read_json_post
from .schema import ERROR_RESPONSES, CheckResponse, HealthOut, add_schemas

logger = logging.getLogger(__name__)


def _read_photo(data: bytes, what: str, settings: Settings) -> Photo:
    """One photo of a request, read once (sniffed, parsed, its declared size checked) for the
    check and the clean copy to share; a still image, or the core's refusal answered 413/415/422."""
    try:
        photo = open_photo(data, settings)
        if photo.media != "image":
            raise UnsupportedFormatError(f"a {photo.handler.label} video")
        check_pixels(photo, settings)
    except LeakscanError as exc:
        raise refusal(exc, what) from None
    return photo


def _check_answer(checker: Checker, post: Post, config: ServerConfig) -> JSONResponse:
    """Validate and check one post, and write the answer (in the thread pool: it can be megabytes)."""
    if len(post.text) > config.max_text_chars:
        raise ApiError(
            413,
            "text_too_long",
            f"the post is {len(post.text):,} characters, over the limit of {config.max_text_chars:,}",
        )
    if len(post.images) > config.max_images:
        raise ApiError(413, "too_many_images", f"a post can have at most {config.max_images} photos")
    _check_context(post, config)
    settings = _request_settings(checker, post.settings)
    photos = [_read_photo(data, f"images[{i}]", settings) for i, data in enumerate(post.images)]
    try:
        check = checker.check_post(
            post.text, photos, settings, clean_images=post.clean_images, style=post.style, context=post.context
        )
    except InputError as exc:  # a context message the core refused (it names it, never its text: context[3])
        status, code = (413, "too_large") if isinstance(exc, LimitError) else (400, "invalid_context")
        raise ApiError(status, code, str(exc)) from None
    return JSONResponse(check.to_dict(), headers=_NO_STORE)


def _context_chars(post: Post) -> int:
    return sum(len(m if isinstance(m, str) else m.get("text", "")) for m in post.context or ())


def _check_context(post: Post, config: ServerConfig) -> None:
    """Refuse (413) a chat context over the service's limits: messages, and characters in all of them."""
    if post.context is None:
        return
    if len(post.context) > config.max_context_messages:
        raise ApiError(
            413,
            "too_many_messages",
            f"context has {len(post.context):,} messages, over the limit of {config.max_context_messages:,}",
        )
    chars = _context_chars(post)
    if chars > config.max_context_chars:
        raise ApiError(
            413,
            "context_too_long",
            f"context is {chars:,} characters in all, over the limit of {config.max_context_chars:,}",
        )


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
    from ..scanners import SCANNER_NAMES

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


def _clean_sync(checker: Checker, data: bytes, only: str, blur_faces: bool = False) -> PostCheck:
    """Clean one photo (everything identifying, or ``only="gps"`` the location; faces pixelated
    too with ``blur_faces``); 422 when no copy can be made."""
    photo = _read_photo(data, "the image", checker.settings)
    if only == "gps" or blur_faces:
        options = StripOptions(only_gps=True) if only == "gps" else checker.strip_options
        checker = Checker(checker.settings, strip_options=replace(options, blur_faces=True) if blur_faces else options)
    check = checker.check_post("", [photo], clean_images=True)
    cleaned = check.cleaned[0]
    if cleaned.data is None:
        raise ApiError(422, "cannot_clean", f"no clean copy could be made: {cleaned.error or 'unknown reason'}")
    return check


def _clean_answer(checker: Checker, data: bytes, only: str, blur_faces: bool = False) -> JSONResponse:
    """The ``?format=json`` answer of ``/v1/clean-image``, written off the event loop."""
    done = _clean_sync(checker, data, only, blur_faces)
    result, cleaned = done.image_results[0], done.cleaned[0]
    answer = {
        "verdict": result.verdict.value,
        "findings": [f.to_dict() for f in result.findings],
        "error": result.error,
        "image": cleaned.to_dict(),
    }
    return JSONResponse(answer, headers=_NO_STORE)


#: Most bytes of findings JSON put in the ``X-Leakscan-Findings`` header (the rest is dropped).
MAX_FINDINGS_HEADER = 8000


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
    _warm_up_chat(checker)
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (120, 180, 90)).save(buf, "JPEG")
    try:
        checker.check_post("warm up 217 555 0134", [buf.getvalue()], clean_images=True)
    except ImportError:  # pragma: no cover - a build without photo support
        logger.warning("photo support is not available; /v1/clean-image and photos in posts will fail")


#: An invented chat read at start-up (someone asks, the child answers in pieces, a move off the app).
_WARM_UP_CHAT = (
    {"from": "sam_22", "text": "whats ur snap? where do u live"},
    {"from": "child", "text": "i live in"},
    {"from": "sam_22", "text": "what school do u go to, add me on discord"},
    {"from": "child", "text": "its 555 0134"},
)


def _warm_up_chat(checker: Checker) -> None:
    """Read a chat before the first request: a process's first message with a context otherwise
    imports the conversation's modules and compiles its phrase tables (seconds of CPU; each later
    first use of a rule, tens of ms)."""
    from ..scanners.chat_words import compile_all

    checker.check_post("springfield lol, 217 555 0134", context=list(_WARM_UP_CHAT))
    compile_all()  # (after the chat: its modules made them all by then)


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
        quiet_accept_errors(asyncio.get_running_loop())
        check_open_file_limit(config)
        await run_in_threadpool(_warm_up, checker)
        state["ready"] = True
        logger.info("leakscan %s ready in %.1f s (pid %d)", __version__, time.perf_counter() - t0, os.getpid())
        yield {CONFIG_STATE: config}  # uvicorn hands this state to GuardedHTTP too

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
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message = validation_message(exc)
        return error_response(400, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        message = {404: "no such endpoint", 405: "method not allowed here"}.get(exc.status_code, str(exc.detail))
        return error_response(
            exc.status_code, codes.get(exc.status_code, "http_error"), message, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - GuardMiddleware first
        return error_response(500, "internal_error", "something went wrong on the server; the request was not checked")

    @app.post(
        "/v1/check",
        response_model=CheckResponse,
        responses=ERROR_RESPONSES,
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
        ctype = content_type(request)
        if ctype == "application/json" or ctype.endswith("+json"):
            post = await read_json_post(request)
        elif ctype == "multipart/form-data":
            post = await read_form_post(request, config)
        else:
            raise ApiError(415, "unsupported_media_type", "send application/json or multipart/form-data")
        if not post.images and len(post.text) + _context_chars(post) <= _INLINE_TEXT_CHARS:
            # A short text-only post costs a few ms of CPU: checked on the event loop, it saves
            # the hop to a pool thread and back (~1-2 ms of CPU and the latency of two wake-ups).
            return _check_answer(checker, post, config)
        return await run_in_threadpool(_check_answer, checker, post, config)

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
                    "X-Leakscan-Findings (JSON, ASCII), X-Leakscan-Lossless, X-Leakscan-Removed and "
                    "X-Leakscan-Covered (the regions of the picture covered, JSON); "
                    "or, with ?format=json, a CleanImageResponse."
                ),
            },
            **ERROR_RESPONSES,
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
        blur_faces: bool = Query(
            False, description="Also pixelate the faces the photo shows (text and QR codes in it are always covered)."
        ),
    ) -> Response:
        """The clean copy of one photo (raw body, or a form with one file), and what the original held."""
        once_each((key for key, _ in request.query_params.multi_items()), "the query string", "parameter")
        ctype = content_type(request)
        if ctype == "multipart/form-data":
            files = [v for _, v in await read_form(request, config) if isinstance(v, bytes)]
            if len(files) != 1:
                raise ApiError(400, "one_file", f"send exactly one image file (got {len(files)})")
            data = files[0]
        elif ctype.startswith("image/") or ctype in ("application/octet-stream", ""):
            data = await request.body()
        else:
            raise ApiError(415, "unsupported_media_type", "send the image as the body (image/*) or as a form file")
        if format == "json":
            return await run_in_threadpool(_clean_answer, checker, data, only, blur_faces)
        done = await run_in_threadpool(_clean_sync, checker, data, only, blur_faces)
        result, cleaned = done.image_results[0], done.cleaned[0]
        findings, truncated = _findings_header(done)
        headers = {
            **_NO_STORE,
            "X-Leakscan-Verdict": result.verdict.value,
            "X-Leakscan-Findings": findings,
            "X-Leakscan-Lossless": "true" if cleaned.lossless else "false",
            "X-Leakscan-Removed": json.dumps(list(cleaned.removed), ensure_ascii=True, separators=(",", ":")),
            # What the picture showed that was covered (kinds and boxes, never values): then re-encoded.
            "X-Leakscan-Covered": json.dumps(
                [c.to_dict() for c in cleaned.covered], ensure_ascii=True, separators=(",", ":")
            ),
        }
        if truncated:
            headers["X-Leakscan-Findings-Truncated"] = "true"
        if result.error is not None:  # not fully checked: ASCII, like the findings
            headers["X-Leakscan-Error"] = json.dumps(result.error, ensure_ascii=True)[1:-1]
        return Response(content=cleaned.data, media_type=cleaned.media_type, headers=headers)

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

    add_schemas(app)
    app.add_middleware(GuardMiddleware, max_body_bytes=config.max_body_bytes, body_timeout=config.body_timeout)
    return app


_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-cache",
}
