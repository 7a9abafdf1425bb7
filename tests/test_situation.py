"""The situation scanner ("home alone till 6") and the context read around places
("we're at X rn come say hi", "my mum works at X"). Every post here is made up.

Verdicts for the same posts, through the whole engine, are in tests/test_policy.py.
"""

from __future__ import annotations

import pytest
from conftest import scan_spans

from leakscan.scanners.situation import SituationScanner, place_detail

SCANNER = SituationScanner()

HOME_ALONE = [
    ("home alone till 6", "home alone till 6"),
    ("im home alone till 6 lol", "home alone till 6"),
    ("yay home alone tonight!!", "home alone tonight"),
    ("i'm home alone rn 😎", "home alone rn"),
    ("we're home alone after school", "home alone after school"),
    ("i'll be home by myself all weekend", "home by myself all weekend"),
    ("im all alone at home till 8:30pm", "all alone at home till 8:30pm"),
    ("staying home alone for a few hours", "home alone for a few hours"),
    ("parents are out till 9 so we can be loud", "parents are out till 9"),
    ("my mum and dad are at work all day", "my mum and dad are at work all day"),
    ("nobody's home till mum gets back", "nobody's home till mum gets back"),
    ("no adults home tonight", "no adults home tonight"),
    ("so bored. home alone until 7 🙄", "home alone until 7"),
    ("IM HOME ALONE TILL 6", "HOME ALONE TILL 6"),
]

NOT_HOME_ALONE = [
    "home alone 2 is my fav movie",
    "home alone is the best christmas movie",
    "watching home alone tonight 🎄",
    "we watched home alone after school",
    "i was home alone yesterday and it was boring",
    "i stayed home alone once when i was 10",
    "dont leave your dog home alone all day",
    "im not home alone, grandma is here",
    "my mum is at work till 6",
    "my parents are out of ideas lol",
    "everyone is home tonight yay",
    "i like being alone sometimes",
    "alone at the top of the leaderboard till friday",
]


@pytest.mark.parametrize(("post", "span"), HOME_ALONE)
def test_home_alone_is_found(post: str, span: str) -> None:
    found = scan_spans(SCANNER, post)
    start = post.index(span)
    assert found == [(start, start + len(span), span)]
    assert {f.detail for f in SCANNER.scan(_ctx(post))} == {"alone"}


@pytest.mark.parametrize("post", NOT_HOME_ALONE)
def test_not_home_alone(post: str) -> None:
    assert scan_spans(SCANNER, post) == []


PLACES = [
    # (post, the place, what the clause around it says)
    ("we're at riverside park right now come say hi", "riverside park", "meet"),
    ("at westfield mall rn come find us!!", "westfield mall", "meet"),
    ("meet me at riverside park at 4 tomorrow", "riverside park", "meet"),
    ("anyone wanna meet up at the oak lane skatepark", "oak lane skatepark", "meet"),
    ("me and jake at riverside park rn come thru", "riverside park", "meet"),
    ("pull up to westfield mall", "westfield mall", "meet"),
    ("we're at riverside park right now", "riverside park", "now"),
    ("currently at westfield mall with my sis", "westfield mall", "now"),
    ("at riverside park atm", "riverside park", "now"),
    ("my mum works at the royal infirmary", "royal infirmary", "work"),
    ("my dad's a nurse at st james hospital", "st james hospital", "work"),
    ("went to riverside park yesterday. come say hi to my puppy", "riverside park", None),
    ("riverside park was fun", "riverside park", None),
    ("i love springfield now", "springfield", None),
    ("my mum loves westfield mall", "westfield mall", None),
]


@pytest.mark.parametrize(("post", "place", "detail"), PLACES)
def test_what_the_clause_around_a_place_says(post: str, place: str, detail: str | None) -> None:
    start = post.index(place)
    assert place_detail(post, start, start + len(place)) == detail


def _ctx(text: str):
    from leakscan.scanners.base import TextContext
    from leakscan.settings import Settings

    return TextContext(text, Settings())
