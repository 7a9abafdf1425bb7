"""Policy: kind + combinations -> severity; findings -> verdict; messages for children."""

from __future__ import annotations

import re

import pytest

from leakscan import Finding, Kind, Settings, Severity, Verdict, messages
from leakscan.policy import BASE, decide


def f(kind: Kind, text: str = "x", **kw) -> Finding:
    return Finding(kind=kind, text=text, start=0, end=len(text), **kw)


@pytest.mark.parametrize(
    ("kinds", "verdict"),
    [
        ([], Verdict.OK),
        ([Kind.ORG], Verdict.OK),
        ([Kind.URL], Verdict.OK),
        ([Kind.PERSON], Verdict.WARN),
        ([Kind.AGE], Verdict.WARN),
        ([Kind.SCHOOL], Verdict.WARN),
        ([Kind.PHONE], Verdict.BLOCK),
        ([Kind.EMAIL], Verdict.BLOCK),
        ([Kind.ADDRESS], Verdict.BLOCK),
        ([Kind.PERSON, Kind.SCHOOL], Verdict.BLOCK),  # name + school escalate
        ([Kind.PERSON, Kind.DATE_OF_BIRTH], Verdict.BLOCK),  # name + birthday escalate
        ([Kind.SCHOOL, Kind.AGE], Verdict.BLOCK),
        ([Kind.PERSON, Kind.LOCATION], Verdict.WARN),
    ],
)
def test_verdicts(kinds, verdict):
    _, v = decide([f(k) for k in kinds], Settings())
    assert v is verdict


def test_every_kind_has_a_severity_and_a_child_message():
    for kind in Kind:
        assert kind in BASE
        assert messages.child_message(kind.value)
        assert messages.parent_message(kind.value)


def test_escalation_marks_both_findings_high():
    decided, _ = decide([f(Kind.PERSON, "emma"), f(Kind.SCHOOL, "lincoln elementary")], Settings())
    assert {d.severity for d in decided} == {Severity.HIGH}


def test_gps_placeholder_is_low_and_says_so():
    decided, verdict = decide([Finding(Kind.GPS, "0.00000, 0.00000", field="GPSInfo", detail="zero")], Settings())
    assert verdict is Verdict.OK
    assert decided[0].severity is Severity.LOW and decided[0].code == "GPS.zero"
    assert "0, 0" in decided[0].message


def test_gps_place_in_message_and_datetime_rises_with_gps():
    gps = Finding(Kind.GPS, "39.78, -89.65", field="GPSInfo", place="Springfield, US")
    when = Finding(Kind.DATETIME, "2024:05:01 08:10:00", field="DateTimeOriginal")
    decided, verdict = decide([gps, when], Settings())
    assert verdict is Verdict.BLOCK
    assert "near Springfield, US" in decided[0].message
    assert decided[1].severity is Severity.MEDIUM


def test_known_facts_are_high_and_partial_ones_medium():
    decided, verdict = decide([f(Kind.PERSON, "emma johnson", detail="known")], Settings())
    assert decided[0].severity is Severity.HIGH and verdict is Verdict.BLOCK
    assert decided[0].code == "PERSON.known"
    decided, verdict = decide([f(Kind.PERSON, "emma", detail="known", confidence=0.6)], Settings())
    assert decided[0].severity is Severity.MEDIUM and verdict is Verdict.WARN


def test_allow_list_ignore_kinds_and_overrides():
    s = Settings(allow=("Help@App.example",), ignore_kinds=("ORG",), severity={"HANDLE": "high"})
    decided, verdict = decide([f(Kind.EMAIL, "help@app.example"), f(Kind.ORG, "rovers"), f(Kind.HANDLE, "@mia")], s)
    assert [d.kind for d in decided] == [Kind.HANDLE]
    assert decided[0].severity is Severity.HIGH and verdict is Verdict.BLOCK


SCARY = re.compile(r"\b(danger|dangerous|predator|kidnap|stalk|creep|bad|stupid|never|must|scary|attack)\w*", re.I)


@pytest.mark.parametrize("code", sorted(messages.CHILD))
def test_child_messages_are_short_kind_and_plain(code):
    text = messages.child_message(code, Finding(Kind.GPS, "x", place="Springfield, US"))
    assert not SCARY.search(text), text
    words = re.findall(r"[A-Za-z']+", text)
    sentences = max(1, len(re.findall(r"[.!?]", text)))
    assert len(words) / sentences <= 16, text  # short sentences for an 8-10-year-old
    long_words = [w for w in words if len(w) > 9]
    assert len(long_words) <= 1, long_words
