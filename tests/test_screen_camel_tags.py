"""Gamer tags of capitalised words run together with no number (leakscan.scanners.screen_camel_tags):
a chat header's, a friend list's row. All rows invented."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_camel_tags import header_camels, status_camels


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("20:55\nK KiteMarama online\nhey\n2:02", ["KiteMarama"]),
        ("9:41\nS SlimeTavita active now", ["SlimeTavita"]),
        ("R RoboZanele typing...", ["RoboZanele"]),
        ("K HoopsMarama online", []),  # the avatar's letter is another's
        ("9:41\nP PlayStation online", []),  # a console: two everyday words
        ("one\ntwo\nthree\nfour\nfive\nsix\nK KiteMarama online", []),  # far below a header's lines
    ],
)
def test_a_chat_headers_camel_tag(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in header_camels(text)] == tags


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Friends (8) GlowTamsin Playing Minecraft zed_fox12 Away", ["GlowTamsin"]),
        ("RocketNgaio In Lobby", ["RocketNgaio"]),
        ("BlazeOrikuQuest Last online 3h ago", ["BlazeOrikuQuest"]),
        ("YouTube Online", []),  # a famous name
        ("GreenHouse Playing", []),  # two everyday words
        ("GlowTamsin is cool", []),  # no friend's status after it
    ],
)
def test_a_friend_rows_camel_tag(text: str, tags: list[str]) -> None:
    assert [text[s:e] for s, e in status_camels(text)] == tags
