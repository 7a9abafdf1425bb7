"""The service's error answers: ``{"error": "code", "message": "..."}`` with a status code.

Two kinds: a request the service cannot read (:class:`ApiError`, raised where it is parsed:
400, 413, 415), and a part of it the core refused -- a photo over a limit, not a photo, one
nothing could be read of: the core raises its own :class:`~leakscan.errors.LeakscanError`,
and :func:`refusal` is the one place that maps those to 413/415/422.

Messages name the field and the problem, never a value: not the post, not a matched value,
not a key the client chose (it could hold anything, a child's name), only leakscan's own
field, setting and kind names (:data:`_OUR_NAMES`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from ..errors import InputError, LeakscanError, LimitError, RedactError, TooManyPixelsError, UnsupportedFormatError
from ..findings import Kind
from ..settings import Settings
from .schema import REQUEST_SETTINGS, CheckRequest, KnownFactsIn, SettingsIn

#: Settings a request may not set: the model and the limits belong to whoever runs the service.
_SERVER_SETTINGS = frozenset(f.name for f in fields(Settings)) - set(REQUEST_SETTINGS)


class ApiError(Exception):
    """An answer to a bad request: status, stable code, and a message without any value in it."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON answer for an error, its message on one line."""
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


def unknown_key(key: Any, where: str, accepted: Sequence[str], noun: str = "key") -> str:
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


def twice(name: str, where: str, noun: str, code: str = "duplicate_field") -> ApiError:
    """The 400 for a name given twice: only one of its values would be read, and whatever the
    other held would never be checked. Named only when it is one of leakscan's own names."""
    named = repr(name) if name in _OUR_NAMES else f"a {noun}"
    return ApiError(400, code, f"{where}: {named} is given twice; send each {noun} once")


def once_each(names: Iterable[str], where: str, noun: str) -> None:
    """Refuse (400) a form field or query parameter given twice."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise twice(name, where, noun)
        seen.add(name)


def validation_message(exc: ValidationError | RequestValidationError) -> tuple[str, str]:
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
    if loc[:1] == ["context"] and len(loc) > 1 and isinstance(loc[1], int):
        # The union's errors (not a string; not a message) say less than what a message is.
        return "invalid_context", (
            f"context[{loc[1]}] must be a string (the child's own message) or an object with 'text' "
            "and optionally 'from' (a string) and 'id'"
        )
    if kind == "extra_forbidden" and loc:
        *parent, key = loc
        if parent == ["settings"]:
            return "unknown_setting", unknown_key(key, "settings", REQUEST_SETTINGS)
        if parent == ["settings", "known"]:
            return "unknown_setting", unknown_key(key, "settings.known", list(KnownFactsIn.model_fields))
        return "unknown_field", unknown_key(key, _where(parent) or "the request", list(CheckRequest.model_fields))
    if kind == "model_type" and not loc:
        return "invalid_request", "the body must be a JSON object"
    # A dict key that failed ends in "[key]", after the key itself (the client's).
    where = f"a key of {_where(loc[:-2])}" if loc[-1:] == ["[key]"] else _where(loc) or "body"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return "invalid_request", f"{where}: {err.get('msg', 'invalid')}{more}"


#: How the core's refusals are answered, the most precise first (a TooManyPixelsError is a LimitError).
_REFUSALS: tuple[tuple[type[LeakscanError], int, str], ...] = (
    (TooManyPixelsError, 413, "too_many_pixels"),
    (LimitError, 413, "too_large"),
    (UnsupportedFormatError, 415, "not_an_image"),
    (InputError, 422, "unreadable_image"),
    (RedactError, 422, "cannot_clean"),
)


def refusal(exc: LeakscanError, what: str) -> ApiError:
    """The answer to a part of a request the core refused: the status and code by the error's
    type, the message naming the part (``images[0]``) and the core's reason (core messages name
    the problem, never a value)."""
    status, code = next(((s, c) for kind, s, c in _REFUSALS if isinstance(exc, kind)), (400, "invalid_request"))
    message = f"{what}: {exc}"
    if status == 415:
        from .. import media

        message += f"; this service takes {', '.join(h.label for h in media.formats('image'))} photos"
    return ApiError(status, code, message)
