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
        ([Kind.SCHOOL, Kind.HANDLE], Verdict.BLOCK),  # where the child is all day + how to message them
        ([Kind.LOCATION, Kind.HANDLE], Verdict.WARN),
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


# -- soft verdicts on real dangers: made-up posts through the whole engine (real model) ----------

L, ORG, S = Kind.LOCATION, Kind.ORG, Kind.SCHOOL

DANGERS = [
    # (post, verdict, a (kind, detail) that decides it)
    ("we're at riverside park right now come say hi", Verdict.BLOCK, (L, "meet")),
    ("at westfield mall rn come find us!!", Verdict.BLOCK, (L, "meet")),
    ("meet me at riverside park at 4 tomorrow", Verdict.BLOCK, (L, "meet")),
    ("come find me at lincoln elementary after school", Verdict.BLOCK, (S, "meet")),
    ("home alone till 6", Verdict.BLOCK, (L, "alone")),
    ("im home by myself all weekend lol", Verdict.BLOCK, (L, "alone")),
    ("parents are out till 9 so we can be loud", Verdict.BLOCK, (L, "alone")),
    ("nobody's home till mum gets back", Verdict.BLOCK, (L, "alone")),
    # a date the child calls their birthday is a birthday (on its own a warning, as any birthday)
    ("party on may 9th, thats my birthday", Verdict.WARN, (Kind.DATE_OF_BIRTH, None)),
    # three different identifying kinds: a birth date, a Snapchat name, a parent's workplace
    ("born 14/02/2013, snap is jakeyboi11, my dad works at Tesco", Verdict.BLOCK, (ORG, "work")),
    ("im 11, add my insta @mia.dances, we live near springfield", Verdict.BLOCK, (Kind.HANDLE, None)),
    # where the child is right now, no invitation: a warning that says so
    ("we're at riverside park right now", Verdict.WARN, (L, "now")),
]

SAFE = [
    # (post, verdict): no false alarm
    ("we won 3-2", Verdict.OK),
    ("we won 3-2, thats my birthday present lol", Verdict.OK),
    ("home alone 2 is my fav movie", Verdict.OK),
    ("watching home alone tonight 🎄", Verdict.OK),
    ("i was home alone yesterday and it was boring", Verdict.OK),
    ("dont leave your dog home alone all day", Verdict.OK),
    ("my mum is at work till 6", Verdict.OK),
    ("at the park rn", Verdict.OK),
    ("at the park rn come say hi", Verdict.OK),
    ("come say hi to my new puppy", Verdict.OK),
    ("went to riverside park yesterday, so fun", Verdict.WARN),  # a place, no more
    ("me and jake went to riverside park", Verdict.WARN),  # two kinds, not three
    ("coach dave said we made the team!!! riverside rovers 4 life", Verdict.WARN),  # a club is no workplace
]


@pytest.mark.parametrize(("post", "verdict", "decider"), DANGERS)
def test_real_dangers_are_not_soft(post: str, verdict: Verdict, decider: tuple[Kind, str | None]) -> None:
    from leakscan import scan_text

    result = scan_text(post)
    assert result.verdict is verdict, [(x.kind, x.detail, x.severity) for x in result.findings]
    kind, detail = decider
    found = [x for x in result.findings if x.kind is kind and x.detail == detail]
    assert found, [(x.kind, x.detail) for x in result.findings]
    expected = Severity.HIGH if verdict is Verdict.BLOCK else Severity.MEDIUM
    assert {x.severity for x in found} == {expected}
    assert found[0].code == (f"{kind.value}.{detail}" if detail else kind.value)


@pytest.mark.parametrize(("post", "verdict"), SAFE)
def test_no_false_alarm(post: str, verdict: Verdict) -> None:
    from leakscan import scan_text

    result = scan_text(post)
    assert result.verdict is verdict, [(x.kind, x.text, x.detail, x.severity) for x in result.findings]


@pytest.mark.parametrize(
    ("kinds", "verdict"),
    [
        ([Kind.DATE_OF_BIRTH, Kind.HANDLE], Verdict.WARN),
        ([Kind.DATE_OF_BIRTH, Kind.HANDLE, Kind.AGE], Verdict.BLOCK),
        ([Kind.PERSON, Kind.LOCATION, Kind.HANDLE], Verdict.BLOCK),
        ([Kind.PERSON, Kind.PERSON, Kind.LOCATION], Verdict.WARN),  # two kinds, however many findings
        ([Kind.DATE_OF_BIRTH, Kind.HANDLE, Kind.ORG], Verdict.WARN),  # a team or a studio is no workplace
        ([Kind.DATE_OF_BIRTH, Kind.HANDLE, Kind.URL], Verdict.WARN),
    ],
)
def test_three_identifying_kinds_escalate_all_of_them(kinds, verdict):
    decided, v = decide([f(k) for k in kinds], Settings())
    assert v is verdict
    if verdict is Verdict.BLOCK:
        assert {d.severity for d in decided} == {Severity.HIGH}


def test_a_workplace_counts_and_rises_with_the_others():
    found = [f(Kind.DATE_OF_BIRTH), f(Kind.HANDLE), f(Kind.ORG, "tesco", detail="work")]
    decided, verdict = decide(found, Settings())
    assert verdict is Verdict.BLOCK and decided[2].severity is Severity.HIGH and decided[2].code == "ORG.work"
    decided, verdict = decide(found[2:], Settings())  # a workplace alone: context, not a warning
    assert verdict is Verdict.OK


def test_an_override_still_wins_over_escalation():
    s = Settings(severity={"HANDLE": "low"})
    decided, _ = decide([f(Kind.DATE_OF_BIRTH), f(Kind.HANDLE), f(Kind.AGE)], s)
    assert [d.severity for d in decided] == [Severity.HIGH, Severity.LOW, Severity.HIGH]
