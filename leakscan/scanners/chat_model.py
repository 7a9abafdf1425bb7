"""The small trained chat-intent model, and the scan both conversation scanners share.

The model (``models/chat_intent.json.gz``, built by ``models/build_chat_intent.py``, described
in ``models/CHAT-INTENT.md``) is a TF-IDF weighting of character and word n-grams with one
logistic-regression scorer per label (``ASKS_PII``, ``OFF_PLATFORM``). It ships as plain
numbers in JSON (no pickle, nothing executable) and runs here in pure Python: a clause of
chat costs a few hundred dictionary look-ups. :func:`features` is the one definition of the
n-grams: the build script hands it to scikit-learn as the analyzer, so training and run time
cannot disagree. The file is read lazily, once per process.

:func:`scan_intent` is the scan itself: the scanner's phrase patterns first (precise, and
they say *what* is asked or proposed), then the model on every clause no pattern covered,
for the phrasings the patterns miss.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from ..findings import Finding, Kind
from ..spans import first_fit
from .base import TextContext
from .chat_words import Phrases, clauses

MODEL_FILE = "chat_intent.json.gz"

_REPEAT = re.compile(r"(\w)\1{2,}")  # "sooooo" -> "soo": elongation is style, not meaning
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"[^\W\d_]{1,40}")
#: How far back ``unless`` reads before a rule's match.
_BEFORE = 60
#: The confidence of a rule's finding (the model's is its probability, rounded).
RULE_CONFIDENCE = 0.9


def normalise(text: str) -> str:
    """Lower case, letters repeated three times or more cut to two, every digit ``0``."""
    return _DIGITS.sub("0", _REPEAT.sub(r"\1\1", text.lower()))


def features(text: str) -> list[str]:
    """The n-grams the model reads, of the :func:`normalise`\\ d text: character 2- to 5-grams
    inside words (with a blank either side of the word), then words and word pairs, each
    after a tab (no character n-gram holds one)."""
    text = normalise(text)
    out: list[str] = []
    tokens = _WORD.findall(text)
    for token in tokens:
        if not token[0].isalnum():
            continue
        padded = f" {token} "
        size = len(padded)
        for n in range(2, min(5, size) + 1):
            out += [padded[i : i + n] for i in range(size - n + 1)]
    out += ["\t" + t for t in tokens]
    out += [f"\t{a} {b}" for a, b in pairwise(tokens)]
    return out


@dataclass(frozen=True, eq=False)
class IntentModel:
    """Per n-gram: its index; per index: idf and one weight per label."""

    index: dict[str, int]
    idf: list[float]
    weights: dict[str, list[float]]
    intercepts: dict[str, float]
    thresholds: dict[str, float]

    def probability(self, label: str, text: str) -> float:
        """How sure the model is that ``text`` is ``label`` (0..1)."""
        return self.scores(text)[label]

    def says(self, label: str, text: str) -> float | None:
        """The probability when it reaches the label's threshold, else ``None``."""
        p = self.probability(label, text)
        return p if p >= self.thresholds[label] else None

    @lru_cache(maxsize=256)  # noqa: B019 (one model per process, kept for its life)
    def scores(self, text: str) -> dict[str, float]:
        """Every label's probability for ``text``; both conversation scanners read one clause
        in turn, so the n-grams are counted once."""
        index, idf = self.index, self.idf
        found = [(index[g], tf) for g, tf in Counter(features(text)).items() if g in index]
        if not found:
            return dict.fromkeys(self.weights, 0.0)
        values = [(i, (1.0 + math.log(tf)) * idf[i]) for i, tf in found]  # sublinear tf, as trained
        norm = math.sqrt(sum(v * v for _, v in values))
        out = {}
        for label, weights in self.weights.items():
            score = self.intercepts[label] + sum(v * weights[i] for i, v in values) / norm
            out[label] = 1.0 / (1.0 + math.exp(-score))
        return out


@cache
def load_model() -> IntentModel:
    """The shipped model, read once per process."""
    from importlib import resources

    raw = json.loads(gzip.decompress((resources.files("leakscan.models") / MODEL_FILE).read_bytes()))
    vocab: list[str] = raw["vocabulary"]
    return IntentModel(
        index={gram: i for i, gram in enumerate(vocab)},
        idf=raw["idf"],
        weights=raw["weights"],
        intercepts=raw["intercepts"],
        thresholds=raw["thresholds"],
    )


#: A rule: the detail it reports (what is asked or proposed; None: the kind says it all) and its expression.
Rule = tuple[str | None, re.Pattern[str] | Phrases]


def scan_intent(
    ctx: TextContext,
    *,
    kind: Kind,
    name: str,
    rules: Sequence[Rule],
    gate: re.Pattern[str],
    hints: Sequence[Rule] = (),
    quiet: re.Pattern[str] | Phrases | None = None,
    unless: re.Pattern[str] | None = None,
) -> Iterator[Finding]:
    """Findings of ``kind`` in ``ctx.text``: each rule's matches (earlier rules win an overlap),
    then each clause no rule matched that the model calls ``kind``. The model reads only a
    clause of two words or more that ``gate`` matches (an ask is said *to* someone; a move
    names who or where) and that ``quiet`` does not (only ever game talk): a model of
    n-grams is overconfident on a lone word or on text unlike any it was trained on. A clause
    it flags gets the detail of the first of ``hints`` it contains (or none). A rule's match that
    ``unless`` matches the words just before (ending where the match starts) is no finding:
    advice against what the rule finds ("never share your password")."""
    folded = ctx.folded
    hits = [
        (m.start(), m.end(), detail)
        for detail, rx in rules
        for m in rx.finditer(folded)
        if unless is None or not unless.search(folded[max(0, m.start() - _BEFORE) : m.start()])
    ]
    kept = first_fit(hits)
    for start, end, detail in kept:
        # A rule for several details ("confirm the email on ur account") says which by its words.
        detail = detail or _hint(hints, folded[start:end])
        yield ctx.finding(kind, start, end, scanner=name, confidence=RULE_CONFIDENCE, detail=detail)
    model = load_model()
    for start, end in clauses(folded):
        if any(s < end and start < e for s, e, _ in kept):
            continue
        clause = folded[start:end]
        if len(_WORDS.findall(clause)) < 2 or not gate.search(clause):
            continue
        if quiet is not None and quiet.search(clause):
            continue
        p = model.says(kind.value, clause)
        if p is None:
            continue
        yield ctx.finding(kind, start, end, scanner=name, confidence=round(p, 2), detail=_hint(hints, clause))


def _hint(hints: Sequence[Rule], text: str) -> str | None:
    """The detail of the first of ``hints`` that ``text`` holds, or None."""
    return next((d for d, rx in hints if rx.search(text)), None)


__all__ = ["MODEL_FILE", "RULE_CONFIDENCE", "IntentModel", "Rule", "features", "load_model", "normalise", "scan_intent"]
