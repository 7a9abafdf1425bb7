"""Friends and places of posts written in Korean (hangul), for :mod:`leakscan.scanners.ner`: the
English cues and the tagger read no hangul, and Korean writes no capital to mark a name.

* **a friend** — a name of two or three syllables right before "with" (랑/이랑, 하고/이하고):
  "<name>랑 ... 갔다옴" (went with <name>); a word of kin or a pronoun there is no one's name
  ("엄마랑", "친구랑");
* **a place** — the word right before a verb of going, coming or playing (갔다, 가자, 왔어, 놀았어), maybe with
  "to/at" (에, 에서): "<place> 갔다옴" (went to <place>); a kind of place every town has ("학교",
  "집", "학원") names no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Kind
from .base import words
from .ner_words import Cand

#: Any hangul syllable: a cheap gate (most posts have none).
_HANGUL = re.compile(r"[가-힣]")
#: A word of two to four syllables, then "with" (랑 after a vowel, 이랑 after a consonant; 하고).
_WITH = re.compile(r"(?<![가-힣])(?P<word>[가-힣]{2,4})(?:랑|하고)(?![가-힣])")
#: A word of hangul, maybe "to/at", then a verb of going or coming.
_GOING = re.compile(
    r"(?<![가-힣\w])(?P<place>[가-힣]{2,6}?)(?:에서|에|까지)?\s{1,3}(?:갔|가자|가요|가|왔|와|놀러|놀았|놀자)"
)
#: Words of kin, pronouns and people in general before "with": no one's name.
_PEOPLE = words(
    "엄마 아빠 친구 친구들 동생 언니 오빠 누나 형 할머니 할아버지 이모 삼촌 고모 선생님 쌤 가족 우리 너 나 저 걔 얘 애들"
    " 사람 사람들 반 친척 사촌"
)
#: Kinds of places every town has, and words of time or manner before a verb of going: no place's name.
_NO_PLACE = words(
    "학교 집 학원 교회 병원 마트 편의점 공원 도서관 밖 어디 여기 거기 저기 같이 놀러 오늘 내일 어제 주말 빨리 다 또 그냥"
    " 혼자 먼저 나중에 피씨방 노래방 카페"
)


def hangul_cues(text: str) -> Iterator[Cand]:
    """PERSON and LOCATION candidates of a post in Korean (see the module's docstring)."""
    if not _HANGUL.search(text):
        return
    for m in _WITH.finditer(text):
        word = m.group("word")
        name = word[:-1] if word.endswith("이") and len(word) > 2 and _closed(word[-2]) else word
        if name not in _PEOPLE and 2 <= len(name) <= 3:
            yield m.start("word"), m.start("word") + len(name), Kind.PERSON, 0.7, 2
    for m in _GOING.finditer(text):
        if m.group("place") not in _NO_PLACE:
            yield m.start("place"), m.end("place"), Kind.LOCATION, 0.7, 2


def _closed(syllable: str) -> bool:
    """The hangul syllable ends in a consonant (a final jamo): "이랑" then follows a name, not "랑"."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def people_with(span: str) -> bool:
    """A word of kin or a pronoun with "with" after it ("엄마랑"): no one's name, though a tagger reads one."""
    m = _WITH.fullmatch(span)
    return m is not None and m.group("word") in _PEOPLE
