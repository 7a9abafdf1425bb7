"""Places written with a case ending of Turkish joined to them, for :mod:`~leakscan.scanners.ner`:
"<place>'da" / "<place>de" (in, at), "<place>dan" / "<place>den" (from), "<place>daki" (the one in),
with the consonant's harmony ("-ta", "-ten" after a hard consonant). Children write their town or
neighbourhood so ("kadıköyde buluştuk": we met in Kadıköy); neither the tagger nor the English place
cues read the word, and no list holds it with its ending. The span is the place without the ending.

A word the lexicon or the given names know whole ("amanda", "garden") is left alone; the place before
the ending must be a venue or district (``places``, which holds Turkish districts) or a world city of
the lists, or a big place of the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import MAJOR, PLACE, Lexicon
from .ner_words import Cand, common

#: Turkish case endings, longest first ("-daki" before "-da"), with and without the apostrophe
#: Turkish writes before a proper name's ending.
_ENDINGS = tuple(
    a + e
    for e in ("daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "da", "de", "ta", "te")
    for a in ("'", "’", "")
)
#: The shortest place before an ending.
_SHORTEST = 4


def suffixed_places(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Places of the lists with a Turkish case ending joined to them ("izmirde", "istanbul'dan")."""
    for s, _e, word in wl.text_words(text):
        if len(word) < _SHORTEST + 2 or word in lex.words or word in wl.entries("first_names"):
            continue
        if not word.endswith(("a", "e", "n", "i")):
            continue
        ending = next((x for x in _ENDINGS if word.endswith(x)), None)
        if ending is None:
            continue
        stem = word[: -len(ending)]
        if len(stem) >= _SHORTEST and _place(stem, lex):
            yield s, s + len(stem), Kind.LOCATION, 0.75, 2  # "kadıköyde" -> "kadıköy"


def _place(stem: str, lex: Lexicon) -> bool:
    """A town, venue or world city of the lists, or a big place of the lexicon; no everyday word."""
    plain = wl.unaccented(stem)
    # not the towns of GeoNames: they hold no Turkish town, and many a given name ends in a town and
    # an ending ("<town>ta", "<town>da")
    listed = any(stem in wl.entries(f) or plain in wl.entries(f) for f in ("places", "world_cities"))
    if not listed and not (lex.classes(plain) & MAJOR and lex.classes(plain) & PLACE):
        return False
    return not common(plain, lex) and plain not in wl.entries("famous")
