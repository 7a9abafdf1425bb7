"""Build ``models/chat_intent.json.gz``: the small chat-intent model of leakscan's conversation
scanners (``ASKS_PII``, ``OFF_PLATFORM``). See ``models/CHAT-INTENT.md``.

    pip install -e '.[train]' && python models/build_chat_intent.py

Reproducible: the chats are generated from the templates and slots below (and the hand-written
lines in :data:`HAND`) with one fixed seed, scikit-learn's solver is deterministic, and the
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

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
SEED = 20251104
LABELS = ("ASKS_PII", "OFF_PLATFORM")
#: Generated examples per template (before de-duplication).
PER_TEMPLATE = 14
#: Probability a clause needs before the scanner reports it (precision first: harmless chat
#: flagged must stay under 3%).
THRESHOLDS = {"ASKS_PII": 0.9, "OFF_PLATFORM": 0.9}
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


def fill(template: str, rng: random.Random) -> str:
    """One line from ``template``: every ``{slot}`` replaced by a random filler (recursively)."""
    for _ in range(4):
        if "{" not in template:
            break
        template = _SLOT.sub(lambda m: rng.choice(SLOTS[m.group(1)]), template)
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


def examples(rng: random.Random) -> list[tuple[str, frozenset[str]]]:
    """Every training line with its labels: generated from the templates, then the hand-written ones."""
    out: dict[str, frozenset[str]] = {}

    def add(line: str, labels: frozenset[str]) -> None:
        out.setdefault(line, labels)

    for labels, templates in ((frozenset(k), v) for k, v in POSITIVE.items()):
        for template in templates:
            for _ in range(PER_TEMPLATE):
                add(chatify(fill(template, rng), rng), labels)
    for template in NEGATIVE:
        for _ in range(PER_TEMPLATE):
            add(chatify(fill(template, rng), rng), frozenset())
    for line, labels in HAND:
        add(line, frozenset(labels))
        add(chatify(line, rng), frozenset(labels))
    for line in background(rng):
        add(line, frozenset())
    return sorted(out.items())


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


def train(data: list[tuple[str, frozenset[str]]]) -> dict:
    """Fit the TF-IDF weighting and one logistic regression per label; the model as plain numbers."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [t for t, _ in data]
    vectorizer = TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES, dtype=np.float64
    )
    matrix = vectorizer.fit_transform(texts)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    model = {
        "vocabulary": vocabulary,
        "idf": [round(float(x), 5) for x in vectorizer.idf_],
        "weights": {},
        "intercepts": {},
        "thresholds": THRESHOLDS,
        "labels": list(LABELS),
    }
    for label in LABELS:
        y = [label in labels for _, labels in data]
        clf = LogisticRegression(C=C, max_iter=4000, class_weight="balanced", random_state=SEED)
        clf.fit(matrix, y)
        model["weights"][label] = [round(float(w), 5) for w in clf.coef_[0]]
        model["intercepts"][label] = round(float(clf.intercept_[0]), 5)
        check(model, label, texts[:: max(1, len(texts) // 300)], vectorizer, clf)
    return model


def check(model: dict, label: str, texts: list[str], vectorizer, clf) -> None:
    """The pure-Python scorer leakscan runs agrees with scikit-learn (up to the rounding)."""
    ours = IntentModel(
        index={g: i for i, g in enumerate(model["vocabulary"])},
        idf=model["idf"],
        weights=model["weights"],
        intercepts=model["intercepts"],
        thresholds=model["thresholds"],
    )
    theirs = clf.predict_proba(vectorizer.transform(texts))[:, 1]
    worst = max(abs(ours.probability(label, t) - p) for t, p in zip(texts, theirs, strict=True))
    assert worst < 1e-3, f"{label}: run-time scorer differs from scikit-learn by {worst}"


def main() -> None:
    began = time.perf_counter()
    rng = random.Random(SEED)
    data = examples(rng)
    model = train(data)
    counts = {label: sum(label in labels for _, labels in data) for label in LABELS}
    model["trained_on"] = {"lines": len(data), **counts, "harmless": sum(not labels for _, labels in data)}
    raw = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(
        f"{OUT.name}: {len(data)} lines ({model['trained_on']}), {len(model['vocabulary'])} n-grams, "
        f"{OUT.stat().st_size // 1024} KiB, {time.perf_counter() - began:.1f} s"
    )


if __name__ == "__main__":
    main()
