"""The chat rules compiled without IGNORECASE for lower-case ASCII text (leakscan.scanners.case_free):
the same matches, and no shortcut where a pattern could match otherwise."""

from __future__ import annotations

import re

import pytest

from leakscan.scanners import asks, off_platform
from leakscan.scanners.case_free import ALPHABET, case_free
from leakscan.scanners.chat_words import ALL_PHRASES, Phrases, pattern


@pytest.mark.parametrize(
    "source",
    [
        "Abc",  # an upper-case letter matches its lower case only with the flag
        r"[!-^]",  # a range holding A-Z matches a-z with the flag
        "\u212a",  # the Kelvin sign matches "k" with the flag
        "\u0130",  # a dotted capital I matches "i" with the flag
        "\u017f",  # a long s matches "s" with the flag
        "[^\u212a]",
    ],
)
def test_no_shortcut_where_the_flag_matters(source: str) -> None:
    assert case_free(source) is None


@pytest.mark.parametrize(
    "source", ["abc", r"(?<![\w'’])foo(?!\w)", r"[^\W\d_]{2,}", r"(a)\1", "é", r"[^a-z]x", r"\d+\s\w"]
)
def test_shortcut_matches_as_the_flag_does(source: str) -> None:
    fast, folding = case_free(source), re.compile(source, re.IGNORECASE)
    assert fast is not None
    for ch in ALPHABET:
        for text in (ch, f"a{ch}b", f"{ch}{ch}x", "abc foo é aa 12 b"):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in folding.finditer(text)]


def test_every_chat_rule_has_its_shortcut() -> None:
    assert asks.RULES and off_platform.RULES  # (imported: their phrases are made)
    assert ALL_PHRASES and all(p.lower_case is not None for p in ALL_PHRASES)


CHAT = [
    "whats ur snap",
    "where do u live",
    "add me on discord its jakeyboi11",
    "dont tell ur mum ok",
    "u got insta?",
    "lets meet at the park irl",
    "what school do u go to",
    "send a pic",
    "WHATS UR SNAP",
    "Where Do U Live?",
    "add me on Discord",
    "ur number? ☺",
    "it’s fine, dm me",
]


@pytest.mark.parametrize("phrases", [asks.RULES[0][1], off_platform.RULES[0][1], pattern("<where> <do> <you> live")])
def test_the_same_matches_on_any_text(phrases: Phrases) -> None:
    for text in CHAT:
        for t in (text, text.lower()):
            assert [m.span() for m in phrases.finditer(t)] == [m.span() for m in phrases.compiled.finditer(t)]
            assert bool(phrases.search(t)) == bool(phrases.compiled.search(t))
            assert bool(phrases.fullmatch(t)) == bool(phrases.compiled.fullmatch(t))
