"""Offline reverse geocoding: coordinates -> the nearest known place ("Springfield, IL, US").

The table is GeoNames ``cities1000`` (170,000 places with 1,000+ people; CC BY 4.0), shipped
as ``models/geo_cities.bin.gz`` (see ``models/GEO.md`` and ``models/build_geo.py``). It is
loaded on first use, once per process, into a 1-degree grid; a lookup looks only at the cells
that can hold a place within the search radius.

Coordinates are first checked:

* exactly ``0, 0`` is ``"zero"``: the placeholder Android writes when the app that saved
  the photo lacks the media-location permission (and some cameras write without a fix) —
  the photo holds a location field but no place;
* NaN, infinite or out of range (``|lat| > 90``, ``|lon| > 180``) is ``"invalid"``.

A place is named only when it lies within :data:`NEAR_KM` (50 km); farther away (open sea,
desert, ice) the finding says "a hidden map pin" without naming somewhere misleading.
"""

from __future__ import annotations

import functools
import gzip
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import overload

#: Farthest distance (km) at which a place is named as "near".
NEAR_KM = 50.0
_EARTH_KM = 6371.0088


@dataclass(frozen=True)
class Place:
    """The nearest known place to a coordinate."""

    name: str
    admin: str
    country_code: str
    lat: float
    lon: float
    distance_km: float

    @property
    def label(self) -> str:
        """``"Springfield, IL, US"`` (state code for US places), ``"Nakuru, KE"`` elsewhere."""
        parts = [self.name, self.admin, self.country_code]
        return ", ".join(p for p in parts if p)


class _Text(Sequence[str]):
    """A column of text kept as one block, each value decoded only when it is asked for (a
    lookup names one place: splitting 170,000 names would cost more than the rest of the load).
    Value ``i`` is ``blob[starts[i]:starts[i + 1]]``; without ``starts`` every value is ``width``
    bytes long."""

    def __init__(self, blob: bytes, starts: Sequence[int] | None = None, width: int = 0) -> None:
        self.blob, self.starts, self.width = blob, starts, width

    def __len__(self) -> int:
        return len(self.starts) - 1 if self.starts is not None else len(self.blob) // self.width

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        if self.starts is None:
            return self.blob[i * self.width : (i + 1) * self.width].decode("utf-8").strip()
        return self.blob[self.starts[i] : self.starts[i + 1]].decode("utf-8")


class _Table:
    """Columns of the place table and the 1-degree grid index ``(lat, lon) -> (start, end)``,
    laid out as ``models/build_geo.py`` writes them: no parsing, one copy into arrays."""

    def __init__(self, raw: bytes) -> None:
        at = raw.index(b"\n") + 1  # after the header line
        n = int.from_bytes(raw[at : at + 4], "little")
        m = int.from_bytes(raw[at + 4 * (3 * n + 1) : at + 4 * (3 * n + 2)], "little")
        size = 3 * n + 2 + 3 * m + 2 * (n + 1)  # the integers (little-endian, 32 bits)
        ints = array("i")
        ints.frombytes(raw[at : at + 4 * size])
        if sys.byteorder == "big":
            ints.byteswap()
        self.lats, self.lons, self.pops = ints[1 : n + 1], ints[n + 1 : 2 * n + 1], ints[2 * n + 1 : 3 * n + 1]
        k = 3 * n + 2
        cells, name_at, admin_at = ints[k : k + 3 * m], ints[k + 3 * m : k + 3 * m + n + 1], ints[k + 3 * m + n + 1 :]
        text = at + 4 * size
        self.names = _Text(raw[text : text + name_at[-1]], name_at)
        text += name_at[-1]
        self.admins = _Text(raw[text : text + admin_at[-1]], admin_at)
        self.ccs = _Text(raw[text + admin_at[-1] : text + admin_at[-1] + 2 * n], width=2)
        starts = [*cells[2::3], n]
        self.cells: dict[tuple[int, int], tuple[int, int]] = {
            key: (starts[c], starts[c + 1]) for c, key in enumerate(zip(cells[0::3], cells[1::3], strict=True))
        }


@functools.cache
def _load() -> _Table:
    """The place table, read on first use (~0.04 s)."""
    return _Table(gzip.decompress((resources.files("leakscan.models") / "geo_cities.bin.gz").read_bytes()))


def check(lat: float, lon: float) -> str | None:
    """``"zero"`` for exactly 0,0, ``"invalid"`` for impossible values, else None."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return "invalid"
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return "invalid"
    if lat == 0.0 and lon == 0.0:
        return "zero"
    if abs(lat) > 90.0 or abs(lon) > 180.0:
        return "invalid"
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=4096)
def nearest(lat: float, lon: float, max_km: float = NEAR_KM) -> Place | None:
    """The nearest known place within ``max_km`` of a valid coordinate, or None."""
    if check(lat, lon) is not None:
        return None
    t = _load()
    dlat = max(1, math.ceil(max_km / 111.0))
    coslat = max(math.cos(math.radians(min(89.0, abs(lat) + dlat))), 1e-3)
    dlon = min(180, max(1, math.ceil(max_km / (111.0 * coslat))))
    clat, clon = math.floor(lat), math.floor(lon)
    best, best_score = -1, math.inf
    kx = 111.195 * math.cos(math.radians(lat)) / 1e4  # km per 1e-4 degree of longitude here
    ky = 111.195 / 1e4
    lat4, lon4 = lat * 1e4, lon * 1e4
    lats, lons, pops = t.lats, t.lons, t.pops
    for y in range(clat - dlat, clat + dlat + 1):
        if y < -90 or y > 90:
            continue
        for dx in range(-dlon, dlon + 1):
            x = (clon + dx + 180) % 360 - 180
            span = t.cells.get((y, x))
            if span is None:
                continue
            for i in range(*span):
                # equirectangular distance: within 0.5% of the great circle at these ranges
                ddy = (lats[i] - lat4) * ky
                if ddy > max_km or ddy < -max_km:
                    continue
                ddx = (lons[i] - lon4 + 1_800_000) % 3_600_000 - 1_800_000
                ddx *= kx
                d2 = ddx * ddx + ddy * ddy
                if d2 > max_km * max_km:
                    continue
                # bigger places win over nearer small ones a little (a city centre 3 km
                # away beats a suburb 1 km away; a village 1 km away beats a town 20 km away)
                score = math.sqrt(d2) - 3.0 * math.log10(max(pops[i], 1000))
                if score < best_score:
                    best, best_score = i, score
    if best < 0:
        return None
    best_d = distance_km(lat, lon, t.lats[best] / 1e4, t.lons[best] / 1e4)
    return Place(t.names[best], t.admins[best], t.ccs[best], t.lats[best] / 1e4, t.lons[best] / 1e4, round(best_d, 1))


def describe(lat: float, lon: float) -> tuple[str | None, str | None]:
    """``(detail, place label)`` for a GPS finding: detail ``"zero"``/``"invalid"`` or None."""
    detail = check(lat, lon)
    if detail is not None:
        return detail, None
    place = nearest(lat, lon)
    return None, place.label if place else None
