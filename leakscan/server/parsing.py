"""Reading a request into a :class:`Post`: a JSON body (photos as base64) or a multipart form.

Bad input is refused with a clear 4xx (:class:`~leakscan.server.errors.ApiError`): malformed
JSON or form, a key or field given twice, text that does not decode, bad base64.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from pydantic import ConfigDict, Field, ValidationError

from ..redact.text import STYLES
from .config import ServerConfig
from .errors import ApiError, once_each, twice, unknown_key, validation_message
from .schema import CheckRequest, ContextMessageIn, SettingsIn


@dataclass
class Post:
    """One post as a request sent it: its text, its photos' bytes and how to check it."""

    text: str
    images: list[bytes]
    settings: dict[str, Any] | None
    clean_images: bool
    style: str
    #: A chat's earlier messages (strings, or ``{"from", "text", "id"}``), or None for a post.
    context: list[str | dict[str, Any]] | None = None


def content_type(request: Request) -> str:
    """The request's media type, lower case, without parameters (``"multipart/form-data"``)."""
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


def _context_list(context: list[str | ContextMessageIn] | None) -> list[str | dict[str, Any]] | None:
    """The earlier messages as the core takes them (``from`` by its name)."""
    if context is None:
        return None
    return [m if isinstance(m, str) else m.model_dump(by_alias=True, exclude_none=True) for m in context]


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


async def read_json_post(request: Request) -> Post:
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
            code, message = validation_message(exc)
            raise ApiError(400, code, message) from None
        images = [_decode_base64(v, i) for i, v in enumerate(req.images)]
    return Post(
        text=req.text,
        images=images,
        settings=_settings_dict(req.settings),
        clean_images=req.clean_images,
        style=req.style,
        context=_context_list(req.context),
    )


_FORM_FIELDS = ("text", "settings", "clean_images", "style", "context")
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


async def read_form(request: Request, config: ServerConfig) -> list[tuple[str, str | bytes]]:
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


def _form_json(value: str, field: str) -> CheckRequest:
    """A form field holding JSON (``settings``, ``context``), checked as that field of a JSON
    request; errors name the field, never its text."""
    try:
        parsed = json.loads(value)
    except ValueError:
        raise ApiError(400, "malformed_json", f"the {field} field is not valid JSON") from None
    try:
        return CheckRequest.model_validate({field: parsed})
    except ValidationError as exc:
        code, message = validation_message(exc)
        raise ApiError(400, code, message) from None


async def read_form_post(request: Request, config: ServerConfig) -> Post:
    text = ""
    settings: dict[str, Any] | None = None
    clean = False
    style = "placeholder"
    context: list[str | dict[str, Any]] | None = None
    images: list[bytes] = []
    form = await read_form(request, config)
    once_each((key for key, value in form if not isinstance(value, bytes)), "the form", "field")
    for key, value in form:
        if isinstance(value, bytes):
            if len(images) >= config.max_images:
                raise ApiError(413, "too_many_images", f"a post can have at most {config.max_images} photos")
            images.append(value)
            continue
        if key == "text":
            text = value
        elif key == "settings":
            settings = _settings_dict(_form_json(value if value.strip() else "{}", "settings").settings)
        elif key == "clean_images":
            flag = value.strip().lower()
            if flag not in _TRUE | _FALSE:
                raise ApiError(400, "invalid_request", "clean_images must be true or false")
            clean = flag in _TRUE
        elif key == "context":
            context = _context_list(_form_json(value, "context").context)
        elif key == "style":
            if value not in STYLES:
                raise ApiError(400, "invalid_request", "style must be 'placeholder' or 'mask'")
            style = value
        else:
            raise ApiError(
                400, "unknown_field", unknown_key(key, "the form", [*_FORM_FIELDS, "photos as files"], "field")
            )
    return Post(text=text, images=images, settings=settings, clean_images=clean, style=style, context=context)


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
        raise twice(exc.key, "the JSON body", "key", "duplicate_key") from None
    except (ValueError, RecursionError):
        return
