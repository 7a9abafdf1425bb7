"""Tests for the EMAIL scanner: plain and obfuscated addresses, and what is not one.

Every address here is made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.base import TextContext
from leakscan.scanners.email import EmailScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = EmailScanner()


def emails(text: str) -> list[str]:
    """The EMAIL findings' texts (each checked against the scanner contract)."""
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS)]


POSITIVE = [
    # plain
    ("my email is jakey11@hotmail.com", "jakey11@hotmail.com"),
    ("emma.j2013@gmail.com is my email", "emma.j2013@gmail.com"),
    ("send it to emma.j2013@gmail.com.", "emma.j2013@gmail.com"),
    ("(tom_the_dino@hotmail.co.uk)", "tom_the_dino@hotmail.co.uk"),
    ("MY EMAIL IS MAXGAMER2013@YAHOO.COM FOR THE CLAN", "MAXGAMER2013@YAHOO.COM"),
    ("email: rainbow.unicorn.ivy@icloud.com 🦄", "rainbow.unicorn.ivy@icloud.com"),
    ("write to mia+slime@outlook.com!!", "mia+slime@outlook.com"),
    ("contact us at club-news@riverside-rovers.org today", "club-news@riverside-rovers.org"),
    ("it's ella123@aol.com, ok?", "ella123@aol.com"),
    ("my teacher is ms.brown@oakfield.sch.uk", "ms.brown@oakfield.sch.uk"),
    ("mail: noah@example.museum", "noah@example.museum"),
    ("dad's is a.smith@smithfamily.net;", "a.smith@smithfamily.net"),
    ("<lily_m2014@gmx.de>", "lily_m2014@gmx.de"),
    ("...harperskates@protonmail.com", "harperskates@protonmail.com"),
    ("ｊａｃｋ．ｍ２０１２＠ｇｍａｉｌ．ｃｏｍ", "ｊａｃｋ．ｍ２０１２＠ｇｍａｉｌ．ｃｏｍ"),
    ("𝓳𝓪𝓴𝓮11@gmail.com", "𝓳𝓪𝓴𝓮11@gmail.com"),
    ("mail müller.jonas@web.de", "müller.jonas@web.de"),
    ("jo.sé.11@gmail.com", "jo.sé.11@gmail.com"),
    # spelled-out "at" and "dot"
    ("jakey11 at hotmail dot com", "jakey11 at hotmail dot com"),
    # digits apart from the spelled-out name (issue 12: "jo dot k 2013" ... "at gmail dot com")
    ("its jo dot k 2013 at gmail dot com", "jo dot k 2013 at gmail dot com"),
    ("mia dot j 11 at hotmail dot com", "mia dot j 11 at hotmail dot com"),
    ("email me at jakey11 at hotmail dot com i cant text rn", "jakey11 at hotmail dot com"),
    ("jakey11 [at] hotmail [dot] com", "jakey11 [at] hotmail [dot] com"),
    ("jakey11 (at) hotmail (dot) com", "jakey11 (at) hotmail (dot) com"),
    ("jakey11 {at} hotmail {dot} com", "jakey11 {at} hotmail {dot} com"),
    ("benjiboy{at}gmail{dot}com thats my email", "benjiboy{at}gmail{dot}com"),
    ("lily_m2014[at]yahoo(dot)com for the project", "lily_m2014[at]yahoo(dot)com"),
    ("jakey11 <at> hotmail <dot> com", "jakey11 <at> hotmail <dot> com"),
    ("jakey11 AT hotmail DOT com", "jakey11 AT hotmail DOT com"),
    ("email me on priya.k.2013 AT gmail DOT com pls", "priya.k.2013 AT gmail DOT com"),
    ("jakey11@hotmail dot com", "jakey11@hotmail dot com"),
    ("jakey11 at hotmail.com", "jakey11 at hotmail.com"),
    ("my email is coolkid_88 at gmail.com dont spam me", "coolkid_88 at gmail.com"),
    ("emma dot j at gmail dot com", "emma dot j at gmail dot com"),
    # a name and an everyday word, spelled out, at a free-mail provider
    ("its keanu dot games at gmail dot com", "keanu dot games at gmail dot com"),
    ("email me its lucas dot p dot 2012 at gmail dot com", "lucas dot p dot 2012 at gmail dot com"),
    ("noahplays12 @ gmail . com i put spaces", "noahplays12 @ gmail . com"),
    ("jakey11 @ hotmail.com", "jakey11 @ hotmail.com"),
    ("it's tom_dino at hotmail dot co dot uk", "tom_dino at hotmail dot co dot uk"),
    ("sk8rboi.dan(at)outlook(dot)com send pics", "sk8rboi.dan(at)outlook(dot)com"),
    # the provider alone, when it is unmistakable
    ("my email is jakey11 at gmail", "jakey11 at gmail"),
    ("email bella2012 at gmail its my new one", "bella2012 at gmail"),
    ("it's mia.rose at hotmail", "mia.rose at hotmail"),
    ("jakey11@gmail", "jakey11@gmail"),
    # other domains, with a reason to believe it
    ("email me: sarah at smithfamily dot net", "sarah at smithfamily dot net"),
    ("sarah at smithfamily.net", "sarah at smithfamily.net"),
    ("jake_11 at riverside dot org", "jake_11 at riverside dot org"),
    ("write to sam [at] oakfield [dot] org", "sam [at] oakfield [dot] org"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_address(text: str, expected: str) -> None:
    assert emails(text) == [expected]


NEGATIVE = [
    "im 12 at gmail dot com",
    "meet at 2013 at gmail",
    "meet at school dot com",
    "I'm at home",
    "im at home rn",
    "look at that",
    "look at google.com",
    "@ the park",
    "meet me @ the park @ 5",
    "at 5 o'clock",
    "see you at 5.30",
    "we are at st.marys",
    "laughing at memes dot com lol",
    "look dot up at gmail dot com",
    "we met at gmail hq",  # "met" is an ordinary word, not a local part
    "text me at gmail",
    "it's at yahoo",
    "she works at yahoo",
    "i live at live dot com",
    "my outlook at work",
    "at least we tried",
    "look at me dot dot dot",
    "icon@2x.png",
    "logo@3x.jpg",
    "@mia.dances",
    "follow @jake_11 on tiktok",
    "price is 5@2.50",
    "a@b",
    "user@localhost",
    "what's at stake",
    "he is at hotmail dot com",  # "he" is a stop word
    "email me",
    "call me at 555-0134",
    "at&t",
    "i'm at grandmas house dot dot dot",
    "at@at",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_an_address(text: str) -> None:
    assert emails(text) == []


def test_several_addresses_in_one_post() -> None:
    text = "mine is jakey11@hotmail.com and my sister's is emma dot j at gmail dot com ok"
    assert emails(text) == ["jakey11@hotmail.com", "emma dot j at gmail dot com"]


def test_offsets_point_into_the_original_text() -> None:
    text = "Ｈｉ！ my email is ｊａｃｋ２０１２＠ｇｍａｉｌ．ｃｏｍ and jakey11 AT hotmail DOT com"
    assert emails(text) == ["ｊａｃｋ２０１２＠ｇｍａｉｌ．ｃｏｍ", "jakey11 AT hotmail DOT com"]


def test_confidence_is_higher_for_plain_addresses() -> None:
    plain = next(iter(SCANNER.scan(TextContext("a: jakey11@hotmail.com", SETTINGS))))
    spelled = next(iter(SCANNER.scan(TextContext("jakey11 at hotmail dot com", SETTINGS))))
    alone = next(iter(SCANNER.scan(TextContext("jakey11 at gmail", SETTINGS))))
    assert plain.confidence > spelled.confidence > alone.confidence


@pytest.mark.parametrize(
    "soup",
    [
        "a.a.a.a@" * 25_000,
        "a" * 200_000 + "@",
        "@" * 200_000,
        "x at " * 40_000,
        "a.a.a.a@a.a.a.a." * 12_500,
        "jakey11 at hotmail dot " * 9_000,
        "[at]" * 50_000,
        "a dot " * 33_000 + "at gmail",
        "-" * 100_000 + "@" + "-" * 100_000,
    ],
)
def test_adversarial_input_is_scanned(soup: str) -> None:
    # Time is measured by benchmarks/text_scaling.py (these units are among its patterns).
    found = emails(soup)
    assert len(found) <= len(soup)
