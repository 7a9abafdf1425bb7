"""Reading one line of a post file: a ``.jsonl`` record (its post, its id, its other fields,
and for a chat message its thread and sender) or a plain-text line; and where a field of a
record is (JSON pointers), for the clean copy. Nothing here opens files or scans.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

#: How a post file holds its posts: one JSON record per line, or one plain-text post per line.
JSONL, LINES = "jsonl", "lines"
#: The .jsonl format's own top-level key names: the only keys not scanned (they are no one's
#: text). Their values are scanned like any other (``text`` as the post, ``id`` as a field).
FORMAT_KEYS = frozenset({"id", "text", "conversation", "from"})
#: A chat message's thread id and sender: the chat's structure (which the platform shows with
#: every message), not something said in it, so not scanned (a sender's name on every line).
CHAT_FIELDS = frozenset({"/conversation", "/from"})


def decode_text(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text of ``data`` (a BOM is dropped), or an error naming the problem."""
    if b"\x00" in data[:8192]:
        return "", "binary content, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return "", f"not valid UTF-8 text (bad byte at offset {exc.start})"


Parsed = tuple[Any, "str | None", tuple[tuple[str, str], ...], "str | None"]
#: A chat message's ``(conversation, from)``, or None for a post.
Chat = tuple[Any, str] | None


def parse_line(body: bytes | None, line_format: str, limit: int) -> Parsed:
    """``(id, text, fields, error)`` of one non-blank line of a post file, as its :class:`Item` gets them."""
    return parse_record_line(body, line_format, limit)[:4]  # type: ignore[return-value]


def parse_record_line(
    body: bytes | None, line_format: str, limit: int
) -> tuple[Any, str | None, Any, str | None, Chat]:
    """:func:`parse_line`, and the line's :data:`Chat`: ``(conversation, from)`` of a chat message."""
    if body is None:
        return None, None, (), f"line is over the size limit ({limit:,} bytes)", None
    if line_format == LINES:
        text, error = decode_text(body)
        if error:
            return None, None, (), error, None
        return None, text, (), None if text.strip() else "empty post (no text to scan)", None
    return _parse_post(body)


def parse_post_line(body: bytes) -> Parsed:
    """``(id, text, fields, error)`` of one .jsonl line (without its ending)."""
    return _parse_post(body)[:4]  # type: ignore[return-value]


def _parse_post(body: bytes) -> tuple[Any, str | None, Any, str | None, Chat]:
    line, error = decode_text(body)
    if error:
        return None, None, (), error, None
    try:
        record = json.loads(line, object_pairs_hook=_one_value_per_key)
    except RecursionError:
        return None, None, (), "line is nested too deeply to read", None
    except _DuplicateKey:
        # Only the last value would be scanned, and the line is copied as it is when clean.
        return None, None, (), "line has a key twice", None
    except ValueError:
        return None, None, (), "line is not valid JSON", None
    if not isinstance(record, dict):
        return None, None, (), "no 'text' field", None
    ident, post = record.get("id"), record.get("text")
    chat, problem = chat_of(record)
    if problem:
        return ident, None, (), problem, None
    if not isinstance(post, str):
        return ident, None, (), "no 'text' field" if "text" not in record else "'text' is not a string", chat
    fields = tuple(f for f in other_fields(record) if chat is None or f[0] not in CHAT_FIELDS)
    if not post.strip():
        return ident, post, fields, "empty post (no text to scan)", chat
    return ident, post, fields, None, chat


def chat_of(record: dict[str, Any]) -> tuple[Chat, str | None]:
    """A .jsonl record's ``(conversation, from)`` when it is a chat message (it has a
    ``conversation``), and what is wrong with them, if anything (never a value)."""
    if "conversation" not in record:
        return None, None
    thread, sender = record["conversation"], record.get("from")
    if not isinstance(thread, (str, int)) or isinstance(thread, bool):
        return None, "'conversation' must be a string or a whole number (the chat's id)"
    if not isinstance(sender, str):
        what = "no 'from' field" if "from" not in record else "'from' is not a string"
        return None, f"chat message has {what} ('child' for the child's own message, anything else for others)"
    return (thread, sender), None


class _DuplicateKey(ValueError):
    pass


def _one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record = dict(pairs)
    if len(record) != len(pairs):
        raise _DuplicateKey
    return record


def other_fields(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(field, text)`` of every string and number in a .jsonl record but its ``text`` (the
    ``id`` too), and of every key but the format's own (:data:`FORMAT_KEYS`), at any depth, in
    order: keys and values are text someone typed. A value is named by its JSON pointer (a
    number is scanned as its JSON text), a key by its position (:func:`key_field`)."""
    yield from _key_fields("", record, FORMAT_KEYS)
    stack: list[tuple[str, Any]] = [
        (_pointer("", key), value) for key, value in reversed(record.items()) if key != "text"
    ]
    while stack:
        pointer, value = stack.pop()
        if isinstance(value, str):
            yield pointer, value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield pointer, json.dumps(value)
        elif isinstance(value, dict):
            yield from _key_fields(pointer, value)
            stack.extend((_pointer(pointer, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((_pointer(pointer, str(i)), v) for i, v in reversed(list(enumerate(value))))


def _key_fields(pointer: str, obj: dict[str, Any], skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    for index, key in enumerate(obj):
        if key not in skip:
            yield key_field(pointer, index), key


def key_field(parent: str, index: int) -> str:
    """How findings name the ``index``-th key (from 0) of the object at JSON pointer ``parent``:
    ``"key 2"`` at the top of the record, ``"key 0 of /m"`` below. By position, never by the
    key's text, which may be what was found."""
    return f"key {index} of {parent}" if parent else f"key {index}"


def is_key_field(field: str) -> bool:
    """True when a field of :func:`other_fields` is a key (see :func:`key_field`), not a value."""
    return field.startswith("key ")


def _pointer(parent: str, key: str) -> str:
    """RFC 6901 JSON pointer of ``key`` under ``parent`` (``~`` and ``/`` escaped)."""
    return f"{parent}/{key.replace('~', '~0').replace('/', '~1')}"


def resolve_pointer(record: Any, pointer: str) -> tuple[Any, str | int]:
    """The container holding ``pointer``'s value in ``record`` and its key there."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    for part in parts[:-1]:
        record = record[int(part)] if isinstance(record, list) else record[part]
    last = parts[-1]
    return record, int(last) if isinstance(record, list) else last


def resolve_field(record: Any, field: str) -> tuple[Any, str | int, bool]:
    """Where a field of :func:`other_fields` is in ``record``: the container, the key there, and
    whether the field is that key itself (else its value)."""
    if is_key_field(field):
        index, _, parent = field[4:].partition(" of ")
        if parent:
            container, key = resolve_pointer(record, parent)
            record = container[key]
        return record, list(record)[int(index)], True
    container, key = resolve_pointer(record, field)
    return container, key, False
