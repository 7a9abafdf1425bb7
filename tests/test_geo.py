"""Offline reverse geocoding: places, the 0,0 placeholder, impossible values, speed."""

from __future__ import annotations

import math
import time

import pytest

from leakscan import geo


@pytest.mark.parametrize(
    ("lat", "lon", "label"),
    [
        (40.7128, -74.0060, "New York City, NY, US"),
        (39.7886, -89.6853, "Springfield, IL, US"),
        (51.5074, -0.1278, "London, GB"),
        (-33.8688, 151.2093, "Sydney, AU"),
        (-0.3713, 36.0564, "Nakuru, KE"),
        (35.6762, 139.6503, "Tokyo, JP"),
        (78.2232, 15.6267, "Longyearbyen, SJ"),  # far north: narrow longitude cells
    ],
)
def test_known_places(lat: float, lon: float, label: str) -> None:
    detail, place = geo.describe(lat, lon)
    assert detail is None
    assert place == label


def test_distance_is_reported() -> None:
    p = geo.nearest(39.7886, -89.6853)
    assert p is not None
    assert 0 < p.distance_km < 10


@pytest.mark.parametrize(("lat", "lon"), [(0.0, 0.0), (0, 0), (-0.0, 0.0)])
def test_zero_is_the_placeholder(lat: float, lon: float) -> None:
    assert geo.describe(lat, lon) == ("zero", None)


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(91, 0), (-90.5, 10), (10, 180.5), (10, -181), (math.nan, 1), (1, math.inf), (4294967295.0, 0)],
)
def test_impossible_values_are_invalid(lat: float, lon: float) -> None:
    assert geo.describe(lat, lon) == ("invalid", None)


def test_bad_types_are_invalid() -> None:
    assert geo.check("north", 3) == "invalid"  # type: ignore[arg-type]


@pytest.mark.parametrize(("lat", "lon"), [(0.0, -160.0), (-50.0, -120.0), (89.9, 10.0), (-89.9, 0.0)])
def test_open_ocean_and_poles_name_no_place(lat: float, lon: float) -> None:
    assert geo.describe(lat, lon) == (None, None)


def test_across_the_date_line() -> None:
    # Fiji's Taveuni island lies on both sides of 180 degrees
    a = geo.nearest(-16.80, 179.99, max_km=100)
    b = geo.nearest(-16.80, -179.99, max_km=100)
    assert a is not None and b is not None
    assert a.country_code == b.country_code == "FJ"


def test_only_near_places_are_named() -> None:
    # 60-odd km west of Springfield, IL, in farmland: a small town is near; nothing is 1 km away
    p = geo.nearest(39.80, -90.40, max_km=1)
    assert p is None or p.distance_km <= 1


def test_lookups_are_fast_after_loading() -> None:
    geo._load()
    t = time.process_time()
    for i in range(200):
        geo.nearest(30 + i * 0.1, -100 + i * 0.1)
    assert (time.process_time() - t) / 200 < 0.02


def test_loading_is_quick() -> None:
    geo._load.cache_clear()
    t = time.process_time()  # this process's CPU time: shared runners do not count against us
    geo._load()
    assert time.process_time() - t < 1.5  # ~0.1 s on an idle machine
