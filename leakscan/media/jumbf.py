"""JUMBF stores (JPEG APP11, PNG ``caBX``, JPEG XL ``jumb``): the JSON of C2PA assertions.

Content credentials can say where a photo was taken and who made it: their ``location``,
author and creator values, and coordinates, are read into :class:`~.base.RawMetadata`.
"""

from __future__ import annotations

import contextlib
import json

from .base import RawMetadata

#: Most JSON boxes read from one JUMBF store.
_MAX_JSON_BOXES = 64


def read_json(blob: bytes, meta: RawMetadata) -> None:
    """JSON boxes of a JUMBF store (C2PA assertions): location and author values, into ``meta``."""
    dec = json.JSONDecoder()
    pos = 0
    for n in range(_MAX_JSON_BOXES + 1):
        i = blob.find(b"json{", pos)
        if i < 0:
            break
        if n == _MAX_JSON_BOXES:
            meta.not_fully_checked(f"JUMBF: more than {_MAX_JSON_BOXES} JSON boxes")
            break
        try:
            obj, _end = dec.raw_decode(blob[i + 4 : i + 4 + 65536].decode("utf-8", "replace"))
        except ValueError:
            pos = i + 5
            continue
        pos = i + 5
        _json_fields(obj, meta, 0)


_JSON_KEYS = {
    "location": "Location",
    "city": "City",
    "country": "Country",
    "state": "State",
    "author": "Author",
    "creator": "Creator",
    "copyright": "Copyright",
    "latitude": "GPSLatitude",
    "longitude": "GPSLongitude",
}


def _json_fields(obj: object, meta: RawMetadata, depth: int) -> None:
    if depth > 6:
        return
    if isinstance(obj, dict):
        lat = lon = None
        for k, v in list(obj.items())[:200]:
            key = _JSON_KEYS.get(str(k).lower())
            if key == "GPSLatitude":
                lat = v
            elif key == "GPSLongitude":
                lon = v
            elif key and isinstance(v, str) and v.strip():
                meta.fields.append(("JSON", key, v.strip()))
            elif key and isinstance(v, (dict, list)):
                # a structured value ({"name": ...}, [{"@type": "Person", "name": ...}]): its texts
                for text in _json_texts(v, 0):
                    meta.fields.append(("JSON", key, text))
            else:
                _json_fields(v, meta, depth + 1)
        if lat is not None and lon is not None:
            with contextlib.suppress(TypeError, ValueError):
                meta.fields.append(("JSON", "GPSPosition", (float(lat), float(lon))))
    elif isinstance(obj, list):
        for v in obj[:200]:
            _json_fields(v, meta, depth + 1)


def _json_texts(obj: object, depth: int) -> list[str]:
    """The text values inside a JSON structure (names, addresses...), leaving out ``@type``-like keys."""
    if isinstance(obj, str):
        return [obj.strip()] if obj.strip() else []
    if depth > 6:
        return []
    if isinstance(obj, dict):
        return [t for k, v in list(obj.items())[:200] if not str(k).startswith("@") for t in _json_texts(v, depth + 1)]
    if isinstance(obj, list):
        return [t for v in obj[:200] for t in _json_texts(v, depth + 1)]
    return []
