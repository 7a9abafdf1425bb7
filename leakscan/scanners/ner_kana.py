"""Friends named in posts written in Japanese, for :mod:`leakscan.scanners.ner`: a given name typed
in Latin letters with the honorific children add to a friend's or an elder's name right after it
("<name>くん", "<name>ちゃん", "<name> さん", "<name>先輩"). The tagger reads no kana, and no English cue
stands around the name; the honorific says the word before it is a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Kind
from .ner_words import Cand

#: Hiragana, katakana or the honorific's kanji: a cheap gate (most posts have none).
_JAPANESE = re.compile(r"[\u3040-\u30ff君様先]")
#: A word of Latin letters, then (maybe after one space) an honorific: -kun, -chan, -san, -kun in
#: kanji, -sama, -senpai.
_HONOURED = re.compile(r"(?<![A-Za-z])(?P<name>[A-Za-z]{2,20}) ?(?:くん|ちゃん|さん|君|様|先輩|せんぱい)")


def kana_names(text: str) -> Iterator[Cand]:
    """PERSON candidates: a Latin-letter name right before a Japanese honorific."""
    if not _JAPANESE.search(text):
        return
    for m in _HONOURED.finditer(text):
        yield m.start("name"), m.end("name"), Kind.PERSON, 0.75, 2
