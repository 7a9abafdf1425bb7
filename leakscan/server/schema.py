"""The JSON contract of the service as Pydantic models: the OpenAPI document, and request validation.

Answers are written from the core's own ``to_dict()`` (:class:`leakscan.api.PostCheck`,
:class:`leakscan.findings.ScanResult`...); these models describe them for the OpenAPI
document and are pinned to them by tests (tests/test_server.py: every key of a ``to_dict()``
is a property here and back). Kinds, severities and verdicts are the enums of
:mod:`leakscan.findings` and the known facts those of :class:`leakscan.settings.KnownFacts`,
so a new one cannot be forgotten here.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field, create_model

from ..findings import Kind, Severity, Verdict
from ..settings import KnownFacts

#: Private facts about this child: the fields of :class:`leakscan.settings.KnownFacts`, each a list of strings.
KnownFactsIn: type[BaseModel] = create_model(
    "KnownFactsIn",
    __config__=ConfigDict(extra="forbid"),
    __doc__="Private facts about this child: matched as the right kind, with high severity.",
    **{f.name: (list[str] | None, None) for f in fields(KnownFacts)},  # type: ignore[call-overload]
)


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
    severity: dict[Kind, Severity] | None = Field(
        None, description="Per-kind severity overrides, e.g. {'HANDLE': 'high'}."
    )


class ContextMessageIn(BaseModel):
    """An earlier message of the chat (a plain string is the child's own)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    sender: str = Field(
        "child", alias="from", description="'child' for the child's own message; anything else is someone else."
    )
    text: str
    id: str | int | None = Field(None, description="How findings name this message in 'parts' (else its index).")


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
    context: list[str | ContextMessageIn] | None = Field(
        None,
        description="In a chat: the earlier messages, oldest first (the text is the child's next message). "
        "Leaks spread over messages, asks and moves off the platform are then found; the last 20 are read.",
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
    box: list[int] | None = Field(
        None, description="What a photo shows (text in it, a QR code, a face): [x, y, width, height] in its pixels."
    )
    parts: list[Any] | None = Field(
        None,
        description="In a conversation: the other messages this finding lies in, by id (or index in context). "
        "For a leak completed in this message, the earlier messages holding the rest; for an earlier "
        "message's finding carried into this one (no start/end), that message. Null outside conversations.",
    )
    severity: Severity | None = None
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


class CoveredOut(BaseModel):
    """One region of a picture covered in a clean copy: what it showed (a kind, never a value) and where."""

    kind: str = Field(description="PHONE, ADDRESS, ... or FACE (pixelated, only when asked).")
    box: list[int] = Field(description="[x, y, width, height] in the picture's pixels, upright.")
    how: Literal["box", "pixelated"]


class CleanedImageOut(BaseModel):
    """A clean copy of one photo (base64), or why none could be made."""

    data: str | None = Field(None, description="The clean image, base64-encoded.")
    format: str | None = None
    media_type: str | None = None
    lossless: bool | None = Field(None, description="True when the picture itself was kept byte for byte.")
    removed: list[str] = Field(default_factory=list, description="What was removed (names, never values).")
    note: str | None = None
    error: str | None = None
    covered: list[CoveredOut] = Field(
        default_factory=list,
        description="The regions of the picture covered because of what they showed (then lossless is false).",
    )


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


#: The error answers of the check and clean endpoints, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
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


#: Settings keys a request may set; the rest (model, limits) belong to whoever runs the service.
REQUEST_SETTINGS: tuple[str, ...] = tuple(SettingsIn.model_fields)


def add_schemas(app: FastAPI) -> None:
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
