"""Build ``models/chat_intent.json.gz``: the small chat-intent model of leakscan's conversation
scanners (``ASKS_PII``, ``OFF_PLATFORM``). See ``models/CHAT-INTENT.md``.

    pip install -e '.[train]' && python models/build_chat_intent.py

Reproducible: the chats are generated from the templates and slots below (and the hand-written
lines in :data:`HAND`) with one fixed seed, the written chats (:data:`WRITTEN`) are read as
they are, scikit-learn's solver is deterministic, and the
output is written with sorted keys, rounded numbers and a zero gzip time stamp: the same
inputs give the same bytes. Nothing here is read from ``tests/`` (the dev and blind chats stay
unseen). scikit-learn is needed only here; leakscan reads the JSON in pure Python
(``leakscan/scanners/chat_model.py``), whose :func:`features` this script trains on, so the
two cannot disagree (checked at the end).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import chat_intent_families as families  # noqa: E402
from chat_intent_data import HAND, NEGATIVE, POSITIVE, SLOTS  # noqa: E402

from leakscan.scanners.chat_model import IntentModel, features  # noqa: E402

OUT = HERE / "chat_intent.json.gz"
#: The shared corpus (``$LEAKSCAN_CORPUS``, else ``../shared/corpus`` beside the repository).
CORPUS = Path(os.environ.get("LEAKSCAN_CORPUS", HERE.parent.parent / "shared" / "corpus"))
#: Everyday posts that are no chat with a child: the training splits of WNUT-17 and the Broad
#: Twitter Corpus (CC BY 4.0; the test splits stay for measuring). They teach the model what
#: ordinary text looks like, so it answers only to asking and moving words.
BACKGROUND = ("text/train/wnut17_train.jsonl", "text/train/btc_train.jsonl")
#: How many background posts are drawn (with the seed).
BACKGROUND_LINES = 4000
#: Chats written by independent writers (nine now) who never saw the code nor any test set (one
#: ``.jsonl`` per writer, the dev chats' format): every message with its gold labels, harmless
#: ones as negatives. Each writer is a fold of its own in :func:`calibrate`, so the thresholds
#: are read on a writer no model of that fold was trained on.
WRITTEN = HERE / "chat_intent_written"
SEED = 20251104
LABELS = ("ASKS_PII", "OFF_PLATFORM")
#: Generated examples per template (before de-duplication).
PER_TEMPLATE = 14
#: The thresholds are calibrated on templates held out of training (:func:`calibrate`): the
#: probability a clause needs before the scanner reports it is the lowest at which at most
#: :data:`HARMLESS_FLAGGED` of the held-out harmless lines are flagged (precision first:
#: harmless chat flagged must stay under 3%), within :data:`THRESHOLD_RANGE`.
HARMLESS_FLAGGED = 0.02
THRESHOLD_RANGE = (0.6, 0.99)
#: Folds of the calibration: every template (every hand-written or everyday line) is scored by
#: a model that never saw it.
FOLDS = 5
#: Inverse regularisation strength of the logistic regressions.
C = 8.0
#: The n-grams kept (the most frequent): a smaller file, a faster load, the same scores.
MAX_FEATURES = 20000

_SLOT = re.compile(r"\{(\w+)\}")
#: Chat spellings a generated line may take (each applied with some probability).
_SHORT = [
    (r"\byou\b", ["u", "ya", "yu"]),
    (r"\byour\b", ["ur", "yr", "youre"]),
    (r"\bare\b", ["r"]),
    (r"\bwhat\b", ["wat", "wot", "wut"]),
    (r"\bwhat's\b", ["whats", "wats", "wuts"]),
    (r"\bplease\b", ["pls", "plz"]),
    (r"\btomorrow\b", ["tmrw", "tmr", "2moro"]),
    (r"\bbecause\b", ["cuz", "coz", "bc"]),
    (r"\bto\b", ["2"]),
    (r"\bfor\b", ["4"]),
    (r"\bdon't\b", ["dont", "dnt"]),
    (r"\bi'm\b", ["im", "i am"]),
    (r"\bthe\b", ["da", "teh"]),
    (r"\bwant to\b", ["wanna"]),
    (r"\bgoing to\b", ["gonna"]),
    (r"\bokay\b", ["ok", "k", "kk"]),
    (r"\bright now\b", ["rn"]),
]
_EMOJI = ["😂", "🙂", "😊", "😉", "👀", "🥺", "😅", "💀", "🔥", "❤️", "😭", "🤔", "👍", "😜"]


def fill(template: str, rng: random.Random, slots: dict[str, list[str]]) -> str:
    """One line from ``template``: every ``{slot}`` replaced by a random filler of ``slots`` (recursively)."""
    for _ in range(4):
        if "{" not in template:
            break
        template = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)
    return re.sub(r"\s{2,}", " ", template).strip()


def chatify(line: str, rng: random.Random) -> str:
    """The same line as children type it: short forms, typos, case, emoji (each by chance)."""
    for rx, forms in _SHORT:
        if rng.random() < 0.5:
            line = re.sub(rx, rng.choice(forms), line)
    if rng.random() < 0.25:
        line = typo(line, rng)
    roll = rng.random()
    if roll < 0.55:
        line = line.lower()
    elif roll < 0.62:
        line = line.upper()
    elif roll < 0.8:
        line = line[:1].upper() + line[1:]
    if rng.random() < 0.2:
        line = line.replace("?", "").replace("'", "")
    if rng.random() < 0.15:
        line += " " + rng.choice(_EMOJI)
    return line


def typo(line: str, rng: random.Random) -> str:
    """One slip of the finger: a letter dropped, doubled or swapped with the next."""
    letters = [i for i, c in enumerate(line) if c.isalpha()]
    if len(letters) < 4:
        return line
    i = rng.choice(letters[1:-1])
    kind = rng.randrange(3)
    if kind == 0:
        return line[:i] + line[i + 1 :]
    if kind == 1:
        return line[:i] + line[i] + line[i:]
    return line[:i] + line[i + 1] + line[i] + line[i + 2 :]


#: A training line: its text, its labels, and its group (the template it came from, or the
#: line itself): a calibration holds whole groups out, so it reads phrasings never trained on.
Example = tuple[str, frozenset[str], str]


def examples(rng: random.Random) -> list[Example]:
    """Every training line with its labels and group: generated from the templates (one
    phrasing each, :mod:`chat_intent_data`, and the paraphrase families,
    :mod:`chat_intent_families`), then the hand-written ones, the written chats (group
    ``written:<writer>``) and the everyday posts."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    slots = {**SLOTS, **families.SLOTS}

    def add(line: str, labels: frozenset[str], group: str) -> None:
        out.setdefault(line, (labels, group))

    positive = [(frozenset(k), t) for source in (POSITIVE, families.POSITIVE) for k, v in source.items() for t in v]
    negative = [(frozenset(), t) for t in (*NEGATIVE, *families.NEGATIVE)]
    for labels, template in positive + negative:
        for _ in range(PER_TEMPLATE):
            add(chatify(fill(template, rng, slots), rng), labels, template)
    for line, labels in HAND:
        add(line, frozenset(labels), line)
        add(chatify(line, rng), frozenset(labels), line)
    for writer, lines in written().items():
        for line, labels in lines:
            add(line, labels, f"written:{writer}")
    for line in background(rng):
        add(line, frozenset(), line)
    return sorted((line, labels, group) for line, (labels, group) in out.items())


def written() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Per writer (the file's stem), every message of :data:`WRITTEN`, whole, with its labels
    (``ASKS_PII`` / ``OFF_PLATFORM`` of its gold; none: harmless), whoever sends it: the labels
    say what the words do, and the scanners decide whose messages they read. (Training on the
    gated clauses of a message instead, as the scanners read it, measured worse held out.)"""
    out = {}
    for path in sorted(WRITTEN.glob("*.jsonl")):
        rows = [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
        out[path.stem] = [
            (m["text"].strip(), frozenset(g["label"] for g in m.get("gold", []) if g["label"] in LABELS))
            for m in rows
            if m["text"].strip()
        ]
    return out


def background(rng: random.Random) -> list[str]:
    """:data:`BACKGROUND_LINES` everyday posts, drawn with the seed; a post a phrase rule of
    either scanner matches ("dm me", "follow me on instagram") is left out: it may be one."""
    from leakscan.scanners.asks import RULES as ASKS
    from leakscan.scanners.off_platform import RULES as MOVES

    lines: list[str] = []
    for name in BACKGROUND:
        path = CORPUS / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: set LEAKSCAN_CORPUS to the shared corpus")
        lines += [json.loads(row)["text"] for row in path.read_text(encoding="utf-8").splitlines()]
    rng.shuffle(lines)
    rules = [rx for _, rx in (*ASKS, *MOVES)]
    quiet = [t for t in lines if not any(rx.search(t.lower()) for rx in rules)]
    return quiet[:BACKGROUND_LINES]


def fit(data: list[Example]):
    """The TF-IDF weighting and one logistic regression per label, fitted on ``data``."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES, dtype=np.float64
    )
    matrix = vectorizer.fit_transform([t for t, _, _ in data])
    scorers = {}
    for label in LABELS:
        y = [label in labels for _, labels, _ in data]
        scorers[label] = LogisticRegression(C=C, max_iter=4000, class_weight="balanced", random_state=SEED)
        scorers[label].fit(matrix, y)
    return vectorizer, scorers


#: Called with each fold's writer (None for a fold of templates only), vectorizer and scorers.
FoldHook = Callable[[str | None, Any, dict[str, Any]], None]


def calibrate(
    data: list[Example], rng: random.Random, on_fold: FoldHook | None = None
) -> tuple[dict[str, float], dict[str, dict]]:
    """Per label, the threshold and how the model reads phrasings it was not trained on: the
    groups (templates) are dealt into :data:`FOLDS` folds (more when more writers wrote), each fold scored by a model fitted on
    the others; the threshold is the lowest (in :data:`THRESHOLD_RANGE`, by 0.01) at which at
    most :data:`HARMLESS_FLAGGED` of the harmless lines are flagged out of fold; precision and
    recall out of fold at it. Each writer of :data:`WRITTEN` is a fold of its own (with its
    share of the templates), and the threshold must keep both the templates' and the written
    chats' harmless lines at or under :data:`HARMLESS_FLAGGED`: the written chats are the
    better measure of phrasings no one wrote for this model. ``on_fold`` sees each fold's
    model (``models/chat_intent_heldout.py`` runs the scanners with it on the writer it left out)."""
    groups = sorted({g for _, _, g in data})
    writers = [g for g in groups if g.startswith("written:")]
    folds = max(FOLDS, len(writers))  # one fold per writer, however many wrote
    rest = [g for g in groups if g not in writers]
    rng.shuffle(rest)
    fold_of = {g: i for i, g in enumerate(writers)} | {g: i % folds for i, g in enumerate(rest)}
    scores: dict[str, list[float]] = {label: [0.0] * len(data) for label in LABELS}
    for fold in range(folds):
        vectorizer, scorers = fit([e for e in data if fold_of[e[2]] != fold])
        if on_fold is not None:
            on_fold(writers[fold].removeprefix("written:") if fold < len(writers) else None, vectorizer, scorers)
        where = [i for i, e in enumerate(data) if fold_of[e[2]] == fold]
        matrix = vectorizer.transform([data[i][0] for i in where])
        for label, clf in scorers.items():
            for i, p in zip(where, clf.predict_proba(matrix)[:, 1], strict=True):
                scores[label][i] = float(p)
    thresholds, numbers = {}, {}
    lo, hi = THRESHOLD_RANGE
    steps = [round(lo + i / 100, 2) for i in range(round((hi - lo) * 100) + 1)]
    parts = {
        "templates": [i for i, e in enumerate(data) if not e[2].startswith("written:")],
        "written": [i for i, e in enumerate(data) if e[2].startswith("written:")],
    }
    parts = {name: where for name, where in parts.items() if where}
    for label in LABELS:
        gold = [label in labels for _, labels, _ in data]
        harmless = [[scores[label][i] for i in where if not gold[i]] for where in parts.values()]
        limit = next(
            (t for t in steps if all(sum(p >= t for p in h) <= HARMLESS_FLAGGED * len(h) for h in harmless)), hi
        )
        thresholds[label] = limit
        numbers[label] = {name: measure(scores[label], gold, where, limit) for name, where in parts.items()}
    return thresholds, numbers


def measure(scores: list[float], gold: list[bool], where: list[int], threshold: float) -> dict:
    """Precision, recall, F1 and the harmless lines flagged of the lines ``where``, at ``threshold``."""
    tp = sum(scores[i] >= threshold and gold[i] for i in where)
    flagged = sum(scores[i] >= threshold for i in where)
    positive = sum(gold[i] for i in where)
    harmless = len(where) - positive
    precision = tp / flagged if flagged else 0.0
    recall = tp / positive if positive else 0.0
    return {
        "lines": len(where),
        "positive": positive,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if tp else 0.0,
        "harmless_flagged": round((flagged - tp) / harmless, 4) if harmless else None,
    }


def train(data: list[Example], thresholds: dict[str, float]) -> dict:
    """Fit on every line; the model as plain numbers."""
    vectorizer, scorers = fit(data)
    texts = [t for t, _, _ in data]
    model = as_numbers(vectorizer, scorers, thresholds)
    for label, clf in scorers.items():
        check(model, label, texts[:: max(1, len(texts) // 300)], vectorizer, clf)
    return model


def as_numbers(vectorizer, scorers: dict[str, Any], thresholds: dict[str, float]) -> dict:
    """A fitted model as the plain numbers of the model file (rounded)."""
    return {
        "vocabulary": sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get),
        "idf": [round(float(x), 5) for x in vectorizer.idf_],
        "weights": {label: [round(float(w), 5) for w in clf.coef_[0]] for label, clf in scorers.items()},
        "intercepts": {label: round(float(clf.intercept_[0]), 5) for label, clf in scorers.items()},
        "thresholds": thresholds,
        "labels": list(LABELS),
    }


def runtime(model: dict) -> IntentModel:
    """The model of :func:`as_numbers` as leakscan scores it."""
    return IntentModel(
        index={g: i for i, g in enumerate(model["vocabulary"])},
        idf=model["idf"],
        weights=model["weights"],
        intercepts=model["intercepts"],
        thresholds=model["thresholds"],
    )


def check(model: dict, label: str, texts: list[str], vectorizer, clf) -> None:
    """The pure-Python scorer leakscan runs agrees with scikit-learn (up to the rounding)."""
    ours = runtime(model)
    theirs = clf.predict_proba(vectorizer.transform(texts))[:, 1]
    worst = max(abs(ours.probability(label, t) - p) for t, p in zip(texts, theirs, strict=True))
    assert worst < 1e-3, f"{label}: run-time scorer differs from scikit-learn by {worst}"


def main() -> None:
    began = time.perf_counter()
    rng = random.Random(SEED)
    data = examples(rng)
    thresholds, numbers = calibrate(data, rng)
    model = train(data, thresholds)
    model["calibration"] = numbers
    counts = {label: sum(label in labels for _, labels, _ in data) for label in LABELS}
    model["trained_on"] = {
        "lines": len(data),
        **counts,
        "harmless": sum(not labels for _, labels, _ in data),
        # the written chats' messages per writer: a writer added without a rebuild shows
        "writers": {writer: len(lines) for writer, lines in written().items()},
    }
    raw = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(
        f"{OUT.name}: {len(data)} lines ({model['trained_on']}), {len(model['vocabulary'])} n-grams, "
        f"{OUT.stat().st_size // 1024} KiB, {time.perf_counter() - began:.1f} s\n"
        f"thresholds {thresholds}; out of fold (templates never trained on): {numbers}"
    )


if __name__ == "__main__":
    main()
