"""The known-facts scanner: a child's own name, school, street, town, phone, e-mail, handles.

All facts and posts here are fictional (US 555-01xx and UK 07700 900xxx numbers are reserved
for fiction).
"""

from __future__ import annotations

import time

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings, posts
from leakscan.findings import Severity, Verdict
from leakscan.scanners.base import TextContext
from leakscan.scanners.known import KnownFactsScanner
from leakscan.scanners.known_matcher import _close
from leakscan.settings import KnownFacts

KNOWN = KnownFacts(
    names=("Emma Johnson", "Will Rose Parker"),
    schools=("Lincoln Elementary School", "St. Mary's Primary", "Maple Grove Middle School"),
    streets=("42 Oak Street", "Flat 3, 27 Victoria Road"),
    towns=("Springfield", "Reading"),
    phones=("(217) 555-0134", "+44 7700 900123"),
    emails=("emma.j2013@gmail.com",),
    handles=("@mia.dances", "shadowfox#4412"),
)
SETTINGS = Settings(known=KNOWN, regions=("US", "GB"))
SCANNER = KnownFactsScanner()

PERSON, SCHOOL, ADDRESS, LOCATION = Kind.PERSON, Kind.SCHOOL, Kind.ADDRESS, Kind.LOCATION
PHONE, EMAIL, HANDLE = Kind.PHONE, Kind.EMAIL, Kind.HANDLE


def scan(text: str, s: Settings = SETTINGS):
    findings = scan_checked(SCANNER, text, s)
    assert all(f.detail == "known" for f in findings)
    return findings


# (post, kind, expected span, minimum confidence)
POSITIVE = [
    # names: full, spacing and punctuation, joined, reversed, typos, partial
    ("hi im emma johnson", PERSON, "emma johnson", 1.0),
    ("Emma  Johnson is here", PERSON, "Emma  Johnson", 1.0),
    ("EMMA JOHNSON", PERSON, "EMMA JOHNSON", 1.0),
    ("emma-johnson", PERSON, "emma-johnson", 1.0),
    ("emma_johnson", PERSON, "emma_johnson", 1.0),
    ("emma.johnson lol", PERSON, "emma.johnson", 1.0),
    ("emmajohnson lol", PERSON, "emmajohnson", 0.9),
    ("johnson, emma", PERSON, "johnson, emma", 0.9),
    ("emma jonson", PERSON, "emma jonson", 0.8),  # one typo in a 7-letter word
    ("emma johnsen", PERSON, "emma johnsen", 0.8),
    ("emma jhonson", PERSON, "emma jhonson", 0.8),  # swapped letters
    ("Emma Johnson's bag", PERSON, "Emma Johnson", 1.0),
    ("mrs johnson said hi", PERSON, "johnson", 0.8),  # the surname alone
    ("emma is my name", PERSON, "emma", 0.5),  # the first name alone, lower confidence
    ("Will is coming over", PERSON, "Will", 0.5),  # an everyday word, but capitalised
    ("will parker", PERSON, "will parker", 0.9),  # without the middle name
    ("Rose and me", PERSON, "Rose", 0.4),
    ("zoë parker", PERSON, "parker", 0.8),
    # schools
    ("i go to lincoln elementary", SCHOOL, "lincoln elementary", 0.9),
    ("lincoln elem school rocks", SCHOOL, "lincoln elem school", 1.0),
    ("LINCOLN ELEMENTARY SCHOOL", SCHOOL, "LINCOLN ELEMENTARY SCHOOL", 1.0),
    ("lincon elementary", SCHOOL, "lincon elementary", 0.8),
    ("st marys primary", SCHOOL, "st marys primary", 1.0),
    ("saint mary's primary", SCHOOL, "saint mary's primary", 1.0),
    ("i go to St. Mary's Primary School", SCHOOL, "St. Mary's Primary", 1.0),
    ("maple grove middle", SCHOOL, "maple grove middle", 0.9),
    ("maple grove ms", SCHOOL, "maple grove ms", 0.9),
    ("maple grove is the best", SCHOOL, "maple grove", 0.7),
    # streets
    ("i live at 42 oak st", ADDRESS, "42 oak st", 1.0),
    ("on oak street", ADDRESS, "oak street", 0.9),
    ("come to 42 Oak Street!", ADDRESS, "42 Oak Street", 1.0),
    ("flat 3, 27 victoria rd", ADDRESS, "flat 3, 27 victoria rd", 1.0),
    ("27 victoria road", ADDRESS, "victoria road", 0.9),
    # towns
    ("i live in springfield", LOCATION, "springfield", 1.0),
    ("springfeild is boring", LOCATION, "springfeild", 0.8),
    ("I live in Reading", LOCATION, "Reading", 1.0),
    # phones: formatting ignored, spelled-out digits, national or international form
    ("call me 217 555 0134", PHONE, "217 555 0134", 1.0),
    ("call me (217) 555-0134", PHONE, "217) 555-0134", 1.0),
    ("my number is 2175550134", PHONE, "2175550134", 1.0),
    ("text 555-0134", PHONE, "555-0134", 0.9),
    ("my number is five five five zero one three four", PHONE, "five five five zero one three four", 0.9),
    ("text 07700 900123", PHONE, "07700 900123", 1.0),
    ("+44 7700 900123", PHONE, "+44 7700 900123", 1.0),
    ("call 555-0134 or 555-0199", PHONE, "555-0134", 0.9),
    # e-mails
    ("email emma.j2013@gmail.com", EMAIL, "emma.j2013@gmail.com", 1.0),
    ("EMMA.J2013@GMAIL.COM", EMAIL, "EMMA.J2013@GMAIL.COM", 1.0),
    ("emma.j2013 at gmail dot com", EMAIL, "emma.j2013 at gmail dot com", 1.0),
    ("emma.j2013 (at) gmail (dot) com", EMAIL, "emma.j2013 (at) gmail (dot) com", 1.0),
    ("my email is emma.j2013", EMAIL, "emma.j2013", 0.7),
    # handles
    ("add @mia.dances", HANDLE, "@mia.dances", 1.0),
    ("my insta is mia.dances", HANDLE, "mia.dances", 1.0),
    ("mia_dances", HANDLE, "mia_dances", 1.0),
    ("miadances", HANDLE, "miadances", 1.0),
    ("Mia.Dances", HANDLE, "Mia.Dances", 1.0),
    ("discord shadowfox#4412", HANDLE, "shadowfox#4412", 1.0),
    # look-alike letters of other scripts read as the Latin letter they look like (offsets as given)
    ("hi im \u0435mm\u0430 j\u043ehns\u043en", PERSON, "\u0435mm\u0430 j\u043ehns\u043en", 1.0),  # Cyrillic
    ("\u0435mm\u0430 is my name", PERSON, "\u0435mm\u0430", 0.5),  # the first name alone, no typo allowed
    ("\u0415\u041c\u041c\u0410 JOHNSON", PERSON, "\u0415\u041c\u041c\u0410 JOHNSON", 1.0),  # Cyrillic capitals
    ("emma j\u03bfhns\u03bfn", PERSON, "emma j\u03bfhns\u03bfn", 1.0),  # Greek omicron
    ("\u0399\u0430n says hi to emma", PERSON, "emma", 0.5),
    ("l\u0456nc\u043eln elementary", SCHOOL, "l\u0456nc\u043eln elementary", 0.9),
    ("i live in spr\u0456ngf\u0456\u0435ld", LOCATION, "spr\u0456ngf\u0456\u0435ld", 1.0),
    ("email \u0435mm\u0430.j2013@gm\u0430il.com", EMAIL, "\u0435mm\u0430.j2013@gm\u0430il.com", 1.0),
    ("add @m\u0456\u0430.d\u0430nces", HANDLE, "@m\u0456\u0430.d\u0430nces", 1.0),
    # marks on every letter do not split the word
    ("hi im e\u0332m\u0332m\u0332a\u0332 johnson", PERSON, "e\u0332m\u0332m\u0332a\u0332 johnson", 1.0),
    ("e\u0301\u0308m\u0323ma is here", PERSON, "e\u0301\u0308m\u0323ma", 0.5),
]

NEGATIVE = [
    "i will go later",  # "will" written as an everyday word
    "a rose for you",
    "reading a book",
    "5th grade is hard",  # "grade" is an everyday word, not a typo of a name
    "emm johnson",  # no typo allowed in... (the surname still counts, see below)
    "lincoln is a president",  # a school's distinctive word alone
    "maple is a tree",
    "oak tree",
    "victoria is a queen",
    "springfi",  # too many edits
    "jemma.j2013",
    "mia.dancesxx",
    "shadowfox",  # a handle needs all its parts
    "call 217 555 0199",
    "my code is 5550",
    "just a normal day at the park",
    # words in other scripts that do not look like a known value
    "\u043f\u0440\u0438\u0432\u0435\u0442 \u043a\u0430\u043a \u0434\u0435\u043b\u0430",
    "\u03ba\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1",
    "\u0435\u043c\u043c\u0430",  # Cyrillic "емма": its м does not look like an m
]


@pytest.mark.parametrize(("text", "kind", "expected", "confidence"), POSITIVE)
def test_known_fact_found(text: str, kind: Kind, expected: str, confidence: float) -> None:
    found = [f for f in scan(text) if f.kind is kind]
    assert [f.text for f in found] == [expected]
    assert found[0].confidence >= confidence


@pytest.mark.parametrize("text", NEGATIVE)
def test_known_fact_not_found(text: str) -> None:
    found = scan(text)
    if text == "emm johnson":
        assert [f.text for f in found] == ["johnson"]
    else:
        assert found == []


def test_same_local_part_at_another_domain_is_not_the_known_address() -> None:
    # Someone else's address (the e-mail scanner reports it; only the first name is known here).
    assert [(f.kind, f.text) for f in scan("emma.j2013@yahoo.com")] == [(PERSON, "emma")]


def test_full_name_beats_its_parts() -> None:
    assert [(f.kind, f.text) for f in scan("emma johnson and emma")] == [
        (PERSON, "emma johnson"),
        (PERSON, "emma"),
    ]
    full, part = scan("emma johnson and emma")
    assert full.confidence > part.confidence


def test_several_facts_in_one_post_with_exact_offsets() -> None:
    text = "im Emma Johnson from springfield, i go to lincoln elementary. text me 217-555-0134 or @mia.dances"
    found = scan(text)
    assert [(f.kind, f.text) for f in found] == [
        (PERSON, "Emma Johnson"),
        (LOCATION, "springfield"),
        (SCHOOL, "lincoln elementary"),
        (PHONE, "217-555-0134"),
        (HANDLE, "@mia.dances"),
    ]
    assert found[0].start == text.index("Emma")


def test_no_known_facts_no_findings_and_no_work() -> None:
    plain = Settings()
    assert scan("hi im emma johnson, 217 555 0134, @mia.dances", plain) == []
    start = time.process_time()
    ctx = TextContext("hi im emma johnson from springfield", plain)
    for _ in range(10_000):
        list(SCANNER.scan(ctx))
    assert time.process_time() - start < 0.5  # ~0: a couple of attribute reads per post (~1 us)


def test_plain_word_handle_needs_its_at_sign() -> None:
    s = Settings(known=KnownFacts(handles=("@jake", "jakeyboi11")))
    assert [(f.kind, f.text) for f in scan("follow @jake and jakeyboi11", s)] == [
        (HANDLE, "@jake"),
        (HANDLE, "jakeyboi11"),
    ]
    assert scan("me and jake", s) == []


def test_short_words_need_exact_match() -> None:
    s = Settings(known=KnownFacts(names=("Mia Lee",)))
    assert [f.text for f in scan("mia lee", s)] == ["mia lee"]
    assert scan("mya lea", s) == []


def test_long_words_allow_two_typos() -> None:
    s = Settings(known=KnownFacts(towns=("Williamsburg",)))
    assert [f.text for f in scan("wiliamsberg", s)] == ["wiliamsberg"]
    assert scan("wiliamsbxrx", s) == []


def test_settings_from_dict_and_policy_makes_known_high() -> None:
    s = Settings.from_dict({"known": {"names": ["Emma Johnson"], "schools": ["Lincoln Elementary"]}})
    result = posts.scan_text("emma johnson at lincoln elementary", s)
    known = [f for f in result.findings if f.detail == "known"]
    assert {f.kind for f in known} == {PERSON, SCHOOL}
    assert all(f.severity is Severity.HIGH for f in known)
    assert result.verdict is Verdict.BLOCK


def test_matchers_are_cached_per_settings() -> None:
    from leakscan.scanners.known_matcher import _matcher

    a = _matcher(KNOWN, SETTINGS.regions)
    assert _matcher(KnownFacts(**{f: getattr(KNOWN, f) for f in KNOWN.__dataclass_fields__}), SETTINGS.regions) is a


@pytest.mark.parametrize(
    ("a", "b", "k", "expected"),
    [
        ("johnson", "johnson", 0, True),
        ("johnson", "jonson", 1, True),
        ("johnson", "jhonson", 1, True),
        ("johnson", "johnsen", 1, True),
        ("johnson", "johnsonn", 1, True),
        ("johnson", "jhonsen", 1, False),
        ("johnson", "jhonsen", 2, True),
        ("springfield", "sprngfeild", 2, True),
        ("springfield", "sprngfelt", 2, False),
        ("abcde", "vwxyz", 2, False),
        ("", "ab", 2, True),
    ],
)
def test_edit_distance(a: str, b: str, k: int, expected: bool) -> None:
    assert _close(a, b, k) is expected
    assert _close(b, a, k) is expected


@pytest.mark.parametrize(
    "text",
    ["emma " * 10_000, "emma johnson " * 4_000, "johnsen " * 6_000, "555 0134 " * 5_000, "x " * 25_000, "é" * 50_000],
    ids=lambda text: f"{text[:10]!r}x{len(text)}",
)
def test_adversarial_input_is_scanned(text: str) -> None:
    # Time is measured by benchmarks/text_scaling.py (these units are among its patterns); here,
    # that the scan finishes and every finding holds the scanner's contract.
    scan(text)


# A known name disguised: the text view drops overlays, the scanner reads look-alikes.
DISGUISED_NAMES = [
    ("this is z\u0430ra kowalsk\u0456", "z\u0430ra kowalsk\u0456"),
    ("this is Z\u0335ara K\u0335owalski", "Z\u0335ara K\u0335owalski"),
    ("this is Z\u0336a\u0336r\u0336a\u0336 Kowalski", "Z\u0336a\u0336r\u0336a\u0336 Kowalski"),
    ("this is Z\u0338ara Kowalski", "Z\u0338ara Kowalski"),
    ("this is \u0396\u0430r\u0430 kowalski", "\u0396\u0430r\u0430 kowalski"),  # Greek Zeta, Cyrillic a
    ("z\u0430r\u0430 is here", "z\u0430r\u0430"),  # the first name alone
]


@pytest.mark.parametrize(("post", "value"), DISGUISED_NAMES)
def test_a_disguised_known_name_is_found_and_redacted_whole(post: str, value: str) -> None:
    from leakscan.redact.text import mask_findings

    settings = Settings.from_dict({"known": {"names": ["Zara Kowalski"]}})
    result = posts.scan_text(post, settings)
    names = [f for f in result.findings if f.kind is PERSON and f.detail == "known"]
    assert [(f.text, f.start) for f in names] == [(value, post.index(value))]
    # as the known-facts scanner reads the plain name (NER may know "zara" but not "zаra")
    only = Settings.from_dict({"known": {"names": ["Zara Kowalski"]}, "scanners": ["known"]})
    plain = posts.scan_text(post.replace(value, "Zara Kowalski" if " " in value else "zara"), only)
    assert result.verdict is not Verdict.OK
    assert posts.scan_text(post, only).verdict is plain.verdict
    assert mask_findings(post, result.findings) == post.replace(value, "[PERSON]")
