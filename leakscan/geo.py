"""Offline reverse geocoding: coordinates -> the nearest known place ("Springfield, IL, US").

The table is GeoNames ``cities1000`` (170,000 places with 1,000+ people; CC BY 4.0), shipped
as ``models/geo_cities.tsv.gz`` (see ``models/GEO.md`` and ``models/build_geo.py``). It is
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
import json
import math
from dataclasses import dataclass
from importlib import resources

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


class _Table:
    """Columns of the place table and the 1-degree grid index ``(lat, lon) -> (start, end)``."""

    def __init__(self, lines: list[str]) -> None:
        self.names = lines[0].split("\t")
        self.admins = lines[1].split("\t")
        self.ccs = lines[2].split("\t")
        self.lats = _ints(lines[3])  # degrees x 1e4
        self.lons = _ints(lines[4])
        self.pops = _ints(lines[5])
        cells = _ints(lines[6].replace(":", ","))  # lat_cell, lon_cell, start, lat_cell, ...
        keys = zip(cells[0::3], cells[1::3], strict=True)
        starts = [*cells[2::3], len(self.names)]
        self.cells: dict[tuple[int, int], tuple[int, int]] = {
            key: (starts[k], starts[k + 1]) for k, key in enumerate(keys)
        }


def _ints(column: str) -> list[int]:
    """A comma-separated column of integers (json's parser: twice as fast as ``int()`` on each)."""
    return json.loads(f"[{column}]")


@functools.cache
def _load() -> _Table:
    """The place table, read on first use."""
    ref = resources.files("leakscan.models") / "geo_cities.tsv.gz"
    raw = gzip.decompress(ref.read_bytes()).decode("utf-8")
    return _Table([ln for ln in raw.split("\n") if ln and not ln.startswith("#")])


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
