"""A hashtag that spells, run together, a name the post already tells (issue 10, family 3):
"go castlebar mitchels #castlebarmitchels4life", "grade 6 at laerskool waterkloof
#waterklooftrots". The tag's part that spells the name leaks what the name leaks, so a scanner
reports it as one more finding of the name's kind. Shared by the NER and school scanners.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from ..findings import Kind
from ..truecase import WORD, Lexicon, lexicon

#: A finding as a scanner holds it: ``(start, end, ...)``.
F = TypeVar("F", bound=tuple)

#: A hashtag's body (letters and digits, no "#" glued before it).
_TAG = re.compile(r"(?<![\w#])#(?P<body>\w{4,60})")
#: A word of a found name, as a tag writes it (letters and digits only).
_WORD = re.compile(r"[^\W_]+")
#: Letters a run of the name's words needs, in the tag, to be the name and not a short word
#: every tag may hold ("#gogo" is not "go").
MIN_LETTERS = 6
#: Words of a found name looked at, at most (a long span is read no further: linear in a post).
_MAX_WORDS = 8


def echoes(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """``(start, end, i)`` for each hashtag part that spells, run together, the longest run of the
    words of ``spans[i]`` (found outside the tag): at least :data:`MIN_LETTERS` letters, and not
    one everyday word alone ("#blazers" is any team's)."""
    if "#" not in text:
        return
    tags = [(m.start("body"), m.group("body").lower()) for m in _TAG.finditer(text)]
    if not tags:
        return
    lex = lexicon()
    for i, (start, end) in enumerate(spans):
        words = [w.lower() for w in _WORD.findall(text[start:end])][:_MAX_WORDS]
        runs = sorted(
            ((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)),
            key=lambda r: -sum(len(w) for w in words[r[0] : r[1]]),
        )
        for at, body in tags:
            if start <= at < end:
                continue  # the span is the tag itself
            for a, b in runs:
                key = "".join(words[a:b])
                if len(key) < MIN_LETTERS:
                    if _short_head(words, body, lex):
                        yield at, at + len(words[0]), i  # "go rfk hs ... #rfkpride"
                    break  # shorter runs only from here
                if b - a == 1 and lex.words.get(key, (0, 0))[0] & WORD:
                    continue  # one everyday word
                pos = body.find(key)
                if pos >= 0:
                    yield at + pos, at + pos + len(key), i
                    break


def _short_head(words: list[str], body: str, lex: Lexicon) -> bool:
    """The first word of a found name of two words or more, too short to echo alone (3 to 5
    letters, no everyday word: "rfk" of "rfk hs"), opens the tag and everyday words end it
    ("#rfkpride", "#rfkhoops", "#rfksportsday"): the tag cheers the same school or club."""
    head = words[0]
    if len(words) < 2 or not 3 <= len(head) < MIN_LETTERS or not body.startswith(head):
        return False
    rest = body[len(head) :]
    if len(rest) < 3 or not rest.isalpha() or _everyday(head, lex):
        return False
    return _everyday(rest, lex) or any(
        _everyday(rest[:k], lex) and _everyday(rest[k:], lex) for k in range(4, len(rest) - 2)
    )  # "sports" + "day"; not "lan" + "che"


def _everyday(word: str, lex: Lexicon) -> bool:
    """An everyday word of the names lexicon."""
    return bool(lex.words.get(word, (0, 0))[0] & WORD)


def with_echoes(found: list[F], text: str) -> list[F]:
    """``found`` (tuples that start with a start and an end offset) and, for each hashtag part that
    spells a found name run together (:func:`echoes`), a copy of the name's tuple over that part,
    where nothing was found yet; sorted by offset."""
    out = list(found)
    for s, e, i in echoes(text, [(f[0], f[1]) for f in found]):
        if e - s < MIN_LETTERS and Kind.PERSON in found[i][2:]:
            continue  # a short given name opening a tag ("#kaipride") is no school's or club's cheer
        if not any(f[0] < e and s < f[1] for f in out):
            out.append((s, e, *found[i][2:]))  # type: ignore[arg-type]
    return sorted(out)
