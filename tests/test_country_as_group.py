"""A country alone that the tagger read as a group (ORG) locates no child, as a country read as a
place does ("<sum> works in <country> too"; family of the spent text-v25); a country
the child lives in or goes to, and a group named with a country's word ("<country> post", "<country>
u14"), stay.

Every post here is made up for these tests.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
NER = NerScanner()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in scan_checked(NER, text, SETTINGS)]


QUIET = [
    "2 + 2 works in ireland too lol",
    "kenya is so hot in the afternoons",
]

KEPT = [
    ("we live in ireland near the sea", ("LOCATION", "ireland")),
    ("my dad works for ireland post", ("ORG", "ireland post")),
    ("i play for ireland u14 hockey", ("ORG", "ireland u14")),
]


@pytest.mark.parametrize("text", QUIET)
def test_a_country_alone_is_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_a_home_or_a_named_group_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)
