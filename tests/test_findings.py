"""The JSON contract of one finding: every key always present, a box as [x, y, width, height]."""

import json

import pytest

from leakscan.findings import Finding, Kind

KEYS = {
    "kind",
    "field",
    "text",
    "start",
    "end",
    "place",
    "detail",
    "box",
    "parts",
    "severity",
    "confidence",
    "scanner",
    "code",
    "message",
}


@pytest.mark.parametrize(
    ("finding", "box"),
    [
        (Finding(kind=Kind.PHONE, text="217 555 0134", start=3, end=15, scanner="phone"), None),
        (Finding(kind=Kind.GPS, text="40.7, -74.0", field="GPSInfo", scanner="photo_metadata"), None),
        (Finding(kind=Kind.PHONE, text="217 555 0134", start=0, end=12, box=(10, 20, 300, 40)), [10, 20, 300, 40]),
    ],
)
def test_to_dict_holds_every_key_and_the_box(finding: Finding, box: list[int] | None) -> None:
    d = finding.to_dict()
    assert set(d) == KEYS
    assert d["box"] == box
    assert json.loads(json.dumps(d))["box"] == box
