"""Spans that name no entity, or none of the kind read, for :mod:`~leakscan.scanners.ner`: the
model and the rules read names by their shape and the words around them, and these forms have
a name's shape without being one near the child:

* **places that are none** — a venue that is a saying too, said as the saying ("back to square
  one"); "the" before a landform ("the savannah") or before a shop chain that is a given name too
  ("the iga"); a hashtag of an everyday word and a topic ("#beachlife");
* **people that are none** — a name ending in a company word ("<name> Company", "<name> Ltd"): a
  firm, as a photo's copyright credit names one; a month or a season opening a post ("<Summer>
  come back pls"): a time the child speaks to, though a given name too (a name cue before or
  after it still reads a friend);
* **groups that are none** — club or worship words alone ("hamara mandir"); a short name cheered
  beside a school's hashtag of it ("go <name>!! #<name>high": the school scanner's);
* **no entity at all** — part of a word joined by hyphens ("yu-gi" of "yu-gi-oh"), an everyday
  thing's first word ("mason jar"), kin with "with" in Korean; a redaction placeholder leakscan
  itself writes ("[ORG]").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import Lexicon
from .base import words as word_set
from .ner_groups import only_group_words
from .ner_hangul import people_with
from .ner_places import saying_at
from .ner_words import CALENDAR, Cand, common

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

#: Landforms a model takes for a town after "the" ("come by the savannah"): a kind of land, or a
#: public ground, no address.
_LANDFORMS = word_set("savannah savanna outback bush prairie veld veldt jungle tundra steppe desert rainforest")
#: Shop chains whose names are given names too ("iga", a Polish given name; "myer", a surname): after
#: "the" the chain (kept out of the famous brands, which would silence the person too).
_NAME_CHAINS = word_set("iga myer")
#: What a hashtag of an everyday word ends in when it is a topic ("#beachlife", "#farmvibes").
_TOPIC_ENDS = ("life", "lyf", "lyfe", "vibes", "goals", "mood")
#: Everyday things named by a name or a place before their word ("mason jar", "bay leaves"): no one.
_THINGS = frozenset({("mason", "jar"), ("mason", "jars"), ("bay", "leaf"), ("bay", "leaves")})
#: The words that end a school's hashtag after its short name ("#<name>high", "#<name>college").
_SCHOOL_TAG_ENDS = ("high", "hs", "college", "academy", "school", "primary", "ps", "ss", "grammar", "intermediate")
#: The placeholders leakscan's redaction writes ("[PERSON]", "[ORG]", leakscan.redact.text): no entity.
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(k.value for k in Kind) + r")\]")
#: A company's last word ("<name> Company", "<name> Inc.", "<name> GmbH"): a firm, never a person.
COMPANY_WORDS = frozenset({"company", "inc", "ltd", "llc", "plc", "corp", "corporation", "gmbh", "co"})


def not_a_place(doc: Toks, tokens: Sequence[Token], text: str, lex: Lexicon) -> bool:
    """The model's place span is a saying, a landform or a shop chain after "the", or a topic's hashtag."""
    start, end = tokens[0].i, tokens[-1].i + 1
    # the span's words and the few around it that the rules read (two before, one after): lower-casing
    # the whole post for each place made every place of a long post cost the post's length
    lo = max(0, start - 2)
    lows = [t.lower_ for t in doc[lo : end + 1]]
    if saying_at(lows, start - lo, end - lo):
        return True  # "back to square one", "at square one again"
    if end - start != 1:
        return False
    low = lows[start - lo]
    if start and lows[start - lo - 1] == "the" and (low in _LANDFORMS or low in _NAME_CHAINS):
        return True  # "come by the savannah later", "chips at the iga"
    if text[tokens[0].idx - 1 : tokens[0].idx] != "#" or lex.words.get(low) is not None:
        return False
    stem = next((low[: -len(t)] for t in _TOPIC_ENDS if low.endswith(t) and len(low) > len(t) + 2), "")
    return bool(stem) and common(stem, lex)  # "#beachlife", "#citylife"


def season_opening(doc: Toks, tokens: Sequence[Token]) -> bool:
    """The model's person is one month or season word opening the post ("Summer come back pls"): a
    time, though a given name too; "and" after it ("june and me") is left to the name cues."""
    if len(tokens) != 1 or tokens[0].i != 0 or tokens[0].lower_ not in CALENDAR:
        return False
    return not (len(doc) > 1 and doc[1].lower_ in ("and", "&", "n", "is", "was", "said", "says"))


def company_name(tokens: Sequence[Token]) -> bool:
    """The model's person ends in a company word ("Copyright <name> Company"): a firm that made a
    camera profile or a font, no one near the child."""
    words = [t.lower_.rstrip(".") for t in tokens if any(ch.isalpha() for ch in t.text)]
    return bool(words) and words[-1] in COMPANY_WORDS


def school_cheer(text: str, start: int, end: int) -> bool:
    """The span is a short name that a hashtag of the post spells with a school's word after it
    ("go <name>!! #<name>high"): the school, which the school scanner reads; no org of the model's."""
    name = text[start:end].lower().replace(" ", "")
    low = text.lower()
    return any(f"#{name}{t}" in low for t in _SCHOOL_TAG_ENDS)


def group_words_only(span: str) -> bool:
    """Club or worship words only, maybe after chat words of another language ("hamara mandir":
    Hindi "our temple"): no one's name, no club's."""
    words = span.split()
    filler = wl.entries("filler_words")
    while len(words) > 1 and words[0].lower() in filler:
        words = words[1:]  # "hamare", "apne": a possessive, no part of a name
    return only_group_words(" ".join(words))


def no_entity(doc: Toks, tokens: Sequence[Token], text: str) -> bool:
    """The model's span is no name of any kind: part of a word joined by hyphens ("yu-gi" of
    "yu-gi-oh"), an everyday thing's first word ("mason jar"), kin with "with" in Korean ("엄마랑")."""
    start, end = tokens[0].i, tokens[-1].i + 1
    stop = tokens[-1].idx + len(tokens[-1].text)
    if text[stop : stop + 1] == "-" and text[stop + 1 : stop + 2].isalpha():
        return True
    if end < len(doc) and (doc[end - 1].lower_, doc[end].lower_) in _THINGS and end - start == 1:
        return True
    return people_with(text[tokens[0].idx : stop])


def without_placeholders(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` without any that touch a redaction placeholder leakscan wrote ("[ORG]" read as an
    org on a second scan of a redacted post)."""
    if "[" not in text:
        return cands
    marks = [m.span() for m in _PLACEHOLDER.finditer(text)]
    return [c for c in cands if not any(s < c[1] and c[0] < e for s, e in marks)] if marks else cands
