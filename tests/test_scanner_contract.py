"""What every text scanner promises, checked once over the registry (``leakscan.scanners``).

Per finding (:func:`conftest.scan_checked`, which each scanner's own tests use too): the
offsets point at exactly ``finding.text`` (no white space around it), the kind is one the
scanner declares, the scanner names itself, the confidence is in (0, 1], the field the text
came from is kept, and severity and wording are left to the policy. Here, for every scanner:
it finds something in a leaky post (so none of this holds by finding nothing), nothing in an
empty or blank text, never raises on odd text, and no message the policy writes for its
findings repeats what it matched. A new scanner in the list is held to all of it.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscan import policy, posts
from leakscan.findings import Kind
from leakscan.scanners import CONVERSATION_SCANNERS, SCANNER_NAMES, TEXT_SCANNERS, TextScanner
from leakscan.settings import KnownFacts, Settings

KNOWN = KnownFacts(
    names=("Emma Johnson", "Will Rose Parker"),
    schools=("Lincoln Elementary", "St. Mary's Primary"),
    streets=("42 Oak Street", "Flat 3, 27 Victoria Road"),
    towns=("Springfield", "Reading"),
    phones=("(217) 555-0134", "+44 7700 900123"),
    emails=("emma.j2013@gmail.com",),
    handles=("@mia.dances", "shadowfox#4412"),
)
SETTINGS = Settings(known=KNOWN)
#: Something for every scanner (all made up; 555-01xx numbers are reserved for fiction).
LEAKY = (
    "hi im Emma Johnson, im 11 and my birthday is march 3rd. my sister Lily and me go to Lincoln "
    "Elementary and we live at 42 Oak Street, Springfield. call me on (217) 555-0134 or "
    "emma.j2013@gmail.com, snap: mia.dances, https://example.com/emma. im home alone till 6"
)
#: What the conversation scanners look for: someone asking, a move off the platform.
CHAT = "wait where do u live? add me on snap and dont tell ur mum"
SCANNERS = {s.name: s for s in (*TEXT_SCANNERS, *CONVERSATION_SCANNERS)}
NAMES = list(SCANNERS)
CONVERSATION = {s.name for s in CONVERSATION_SCANNERS}


def leaky(name: str) -> str:
    """A leaky text for scanner ``name`` (a conversation scanner's has an ask and a move)."""
    return f"{LEAKY} {CHAT}" if name in CONVERSATION else LEAKY


BLANK = ["", " ", "   \n\t\r\n  ", "\u00a0\u2003\u3000", "\n" * 500]

ODD = {
    "controls": "\x00\x01\x1b[31mred\x1b[0m\x7f\x9b call me \x00 on 217\x00555\x000134",
    "long word": "a" * 20_000,
    "long name word": "emma" * 5_000,
    "long digits": "1" * 20_000,
    "emoji": "👨\u200d👩\u200d👧\u200d👦🏳\ufe0f\u200d🌈🇬🇧 im 11 🎂 @mia.dances 🦄" * 50,
    "lone surrogates": "\ud800 call me \udfff on 217 555 0134 \udbff",
    "override": "\u202e4310-555 )712(\u202c at \u202eteerts kao 24\u202c",
    "combining marks": "e\u0301\u0302\u0303" * 300 + " Lincoln\u0336 Elementary",
    "other digits": "١٢٣ ٤٥٦ ٧٨٩٠ ｊａｃｋ２０１２＠ｇｍａｉｌ．ｃｏｍ १२ साल",
    "only punctuation": "@#./:-_()[]'’,!?" * 200,
    "leaky and odd": LEAKY.replace(" ", "\u200b \u2066") + "\x00" * 10,
}

#: Pieces the scanners react to (theirs and each other's), shuffled by Hypothesis into texts.
FRAGMENTS = [
    # addresses
    "42", "1", "5/18", "Oak", "oak", "Street", "St.", "st", "Ave", "Road", "Close", "rue", "Via", "út",
    "apt", "Apt.", "flat", "#4", "zip", "postcode", "LS6 2AB", "K1A 0B1", "62704", "IL", "live at ",
    "my address is ", "P.O. Box", "APO AA", "twenty", "two",
    # schools
    "school", "High", "Elementary", "elem", "Mary's", "C of E", "H.S.", "PS", "P.S.", "321", "Lincoln",
    "lincoln", "i go to ", "I'm at ", "my school is ", "Jr.", "Academy", "Lycée", "KV",
    # ages and birthdays
    "im ", "11", "20", "yo", "yr", "age", "born", "th", "day", "3rd", "birthday", "march", "grade",
    "year 6", "turning ", "|", "✨",
    # e-mails, handles, links, phones
    "@", " at ", " dot ", "[at]", "(dot)", "gmail", ".com", "snap", "add me on ", " on ", " is ", "my ",
    "www.", "https://", "#1234", "/", "=", "217", "555", "0134", "(217)", "+44", "7700", "call me ",
    "five", "zero", "oh",
    # names, places, known facts, situations
    "emma", "Johnson", "Will", "Parker", "Reading", "shadowfox", "jake", "Jake", "riverside park",
    "me and ", "my sister ", "mrs ", "in ", "home alone", "till 6", "parents are out",
    # separators and look-alikes
    " ", "  ", "\n", "\n> ", "\t", ",", ".", "-", ":", "'", "’", "_", "é", "Ō", "١٢", "٣", "ＡＢ", "Ｇ",
    "２", "Ｘ", "\u0130", "🏠", "🎉",
]  # fmt: skip
SOUP = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map("".join)


def test_the_registry_lists_each_scanner_once_with_its_name_in_the_settings():
    assert len(NAMES) == len(TEXT_SCANNERS) + len(CONVERSATION_SCANNERS)
    assert (*NAMES, "photo_metadata") == SCANNER_NAMES, "list a new scanner's name in settings.SCANNER_NAMES"
    for scanner in SCANNERS.values():
        assert isinstance(scanner, TextScanner)
        assert scanner.kinds and isinstance(scanner.kinds, frozenset)
        assert all(isinstance(k, Kind) for k in scanner.kinds)


@pytest.mark.parametrize("name", NAMES)
def test_finds_something_in_a_leaky_post(name):
    assert scan_checked(SCANNERS[name], leaky(name), SETTINGS)


@pytest.mark.parametrize("field", [None, "UserComment", "/messages/0/text"])
@pytest.mark.parametrize("name", NAMES)
def test_keeps_the_field_its_text_came_from(name, field):
    assert scan_checked(SCANNERS[name], leaky(name), SETTINGS, field=field)


@pytest.mark.parametrize("text", BLANK, ids=repr)
@pytest.mark.parametrize("name", NAMES)
def test_finds_nothing_in_empty_or_blank_text(name, text):
    assert scan_checked(SCANNERS[name], text, SETTINGS) == []


@pytest.mark.parametrize("text", list(ODD.values()), ids=list(ODD))
@pytest.mark.parametrize("name", NAMES)
def test_odd_text_never_makes_it_raise(name, text):
    scan_checked(SCANNERS[name], text, SETTINGS)


@pytest.mark.parametrize("name", NAMES)
def test_no_message_repeats_what_was_matched(name):
    if name in CONVERSATION:  # never run on a post: its findings go to the policy directly
        findings, _ = policy.decide(scan_checked(SCANNERS[name], leaky(name), SETTINGS), SETTINGS)
    else:
        result = posts.scan_text(LEAKY, Settings(scanners=(name,), known=KNOWN))
        assert result.error is None
        findings = result.findings
    assert findings
    for f in findings:
        assert f.message and f.text.casefold() not in f.message.casefold()


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=150, deadline=None)
@given(text=SOUP)
def test_holds_on_texts_made_of_what_scanners_look_for(name, text):
    scan_checked(SCANNERS[name], text, SETTINGS)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_holds_on_any_text(name, text):
    scan_checked(SCANNERS[name], text, SETTINGS)


# -- the checks themselves catch a scanner that breaks the contract -------------------------------


class _Broken:
    """A scanner that finds "Lincoln" and breaks the contract in one way (or none)."""

    name = "broken"
    kinds = frozenset({Kind.SCHOOL})

    def __init__(self, fault: str | None) -> None:
        self.fault = fault

    def scan(self, ctx):
        start = ctx.text.find("Lincoln")
        if start < 0:
            return
        f = ctx.finding(Kind.SCHOOL, start, start + len("Lincoln"), scanner=self.name, confidence=0.9)
        yield {
            None: f,
            "offsets": f.with_(start=f.start + 1),
            "white space": f.with_(start=f.start - 1, text=" " + f.text),
            "kind": f.with_(kind=Kind.PERSON),
            "scanner name": f.with_(scanner="school"),
            "confidence": f.with_(confidence=0.0),
            "field": f.with_(field=None if ctx.field else "UserComment"),
            "message": f.with_(message="This names your school."),
        }[self.fault]


@pytest.mark.parametrize(
    "fault", [None, "offsets", "white space", "kind", "scanner name", "confidence", "field", "message"]
)
def test_the_checks_catch_each_way_of_breaking_the_contract(fault):
    scanner = _Broken(fault)
    if fault is None:
        assert len(scan_checked(scanner, "i go to Lincoln lol", field="UserComment")) == 1
    else:
        with pytest.raises(AssertionError):
            scan_checked(scanner, "i go to Lincoln lol", field="UserComment")
