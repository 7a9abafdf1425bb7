"""Text redaction: spans become placeholders or masks; nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leakscan import Finding, Kind
from leakscan.redact.text import mask_findings, mask_value


def span(text: str, sub: str, kind: Kind) -> Finding:
    i = text.index(sub)
    return Finding(kind=kind, text=sub, start=i, end=i + len(sub))


def test_placeholder_and_mask():
    text = "call me 217 555 0134 ok"
    fs = [span(text, "217 555 0134", Kind.PHONE)]
    assert mask_findings(text, fs) == "call me [PHONE] ok"
    assert mask_findings(text, fs, "mask") == "call me *** *** **** ok"


def test_overlapping_findings_merge():
    text = "i go to Lincoln Elementary in town"
    fs = [span(text, "Lincoln Elementary", Kind.SCHOOL), span(text, "Lincoln", Kind.PERSON)]
    assert mask_findings(text, fs) == "i go to [SCHOOL] in town"


def test_metadata_findings_and_other_fields_are_ignored():
    text = "hello"
    fs = [Finding(Kind.GPS, "1, 2", field="GPSInfo"), Finding(Kind.PHONE, "hel", start=0, end=3, field="UserComment")]
    assert mask_findings(text, fs) == "hello"


def test_unknown_style():
    with pytest.raises(ValueError, match="unknown redaction style"):
        mask_findings("x", [], "blur")


@pytest.mark.parametrize(
    ("value", "masked"),
    [("(217) 555-0134", "(217) ***-**34"), ("@mia.dances", "@m**.****es"), ("ab", "**")],
)
def test_mask_value(value, masked):
    assert mask_value(value) == masked


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=6))
def test_outside_spans_is_identical(text, raw_spans):
    fs = []
    for start, length in raw_spans:
        start = min(start, len(text))
        end = min(len(text), start + length)
        if end > start:
            fs.append(Finding(Kind.PERSON, text[start:end], start=start, end=end))
    out = mask_findings(text, fs)
    covered = sorted((f.start, f.end) for f in fs)
    # Characters before the first span and after the last are untouched.
    if covered:
        assert out.startswith(text[: covered[0][0]])
        assert out.endswith(text[max(e for _, e in covered) :])
    else:
        assert out == text


SAMPLE_POSTS = sorted((Path(__file__).resolve().parents[1] / "samples" / "posts").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLE_POSTS, ids=[p.stem for p in SAMPLE_POSTS])
def test_a_redacted_post_has_nothing_left_to_redact(path):
    """Redacting the redacted post finds nothing more: no half of a leak stays readable
    (e.g. the town after a masked street)."""
    import leakscan

    once = leakscan.redact_text(path.read_text(encoding="utf-8")).text
    assert leakscan.scan_text(once).findings == ()


@pytest.mark.parametrize(
    "post",
    [
        "we live at 42 Oak Street springfield",
        "my number is five five five, oh one three four and im 11",
        "i go to lincoln elem and my bday is march 3rd",
    ],
)
def test_redaction_is_complete_for_made_up_posts(post):
    import leakscan

    once = leakscan.redact_text(post).text
    assert once != post
    assert leakscan.scan_text(once).findings == ()
