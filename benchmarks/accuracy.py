"""Accuracy and speed of leakscan's text scanners, beside Microsoft Presidio, in one run.

Scores per kind by span overlap (a predicted span matches a gold span of the same kind when
they share at least one character; precision counts matched predictions, recall matched gold
spans; OTHER gold spans are "don't care": predictions on them are not counted). Kinds a
corpus does not label are not scored on it. Label mapping into the corpus taxonomy: SCHOOL
counts as ORG and (on the tweet corpora, which have no ADDRESS) ADDRESS as LOCATION; a
HANDLE prediction matches a gold @-mention span (``handle: true``) of any label.

Run: ``python benchmarks/accuracy.py`` (``--quick`` for a smaller sample, ``--no-presidio``;
``--model leakscan-kid-ner`` measures leakscan with another spaCy pipeline, written to
``accuracy-<model>.json`` / ``.md``).
Presidio runs when ``presidio-analyzer`` is installed (``pip install -e '.[bench]'``), with the
same spaCy model, ORGANIZATION kept (its default config may drop it) and tldextract pointed
at its bundled suffix list, so nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, corpus_dir, load_jsonl, md_table, median, percentile, presidio_analyzer, write_json

Span = tuple[int, int, str]
LEAK_KINDS = (
    "PERSON",
    "LOCATION",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "SCHOOL",
    "AGE",
    "DATE_OF_BIRTH",
    "HANDLE",
    "URL",
    "ORG",
)


KID_SETS = {
    "kid dev set": ROOT / "tests" / "data" / "devset.jsonl",
    "kid blind set v1": ROOT / "tests" / "data" / "blind" / "text-v1.jsonl",
    "kid blind set v2": ROOT / "tests" / "data" / "blind" / "text-v2.jsonl",
    "kid blind set v3": ROOT / "tests" / "data" / "blind" / "text-v3.jsonl",
    "kid blind set v4": ROOT / "tests" / "data" / "blind" / "text-v4.jsonl",
    "kid blind set v5": ROOT / "tests" / "data" / "blind" / "text-v5.jsonl",
    "kid blind set v6": ROOT / "tests" / "data" / "blind" / "text-v6.jsonl",
    "kid blind set v7": ROOT / "tests" / "data" / "blind" / "text-v7.jsonl",
    "kid blind set v8": ROOT / "tests" / "data" / "blind" / "text-v8.jsonl",
    "kid blind set v9": ROOT / "tests" / "data" / "blind" / "text-v9.jsonl",
    "kid blind set v10": ROOT / "tests" / "data" / "blind" / "text-v10.jsonl",
    "kid blind set v11": ROOT / "tests" / "data" / "blind" / "text-v11.jsonl",
    "kid blind set v12": ROOT / "tests" / "data" / "blind" / "text-v12.jsonl",
    "kid blind set v13": ROOT / "tests" / "data" / "blind" / "text-v13.jsonl",
    "kid blind set v14": ROOT / "tests" / "data" / "blind" / "text-v14.jsonl",
    "kid blind set v15": ROOT / "tests" / "data" / "blind" / "text-v15.jsonl",
    "kid blind set v16": ROOT / "tests" / "data" / "blind" / "text-v16.jsonl",
    "kid blind set v17": ROOT / "tests" / "data" / "blind" / "text-v17.jsonl",
    "kid blind set v18": ROOT / "tests" / "data" / "blind" / "text-v18.jsonl",
    "kid blind set v19": ROOT / "tests" / "data" / "blind" / "text-v19.jsonl",
    "kid blind set v20": ROOT / "tests" / "data" / "blind" / "text-v20.jsonl",
    "kid blind set v21": ROOT / "tests" / "data" / "blind" / "text-v21.jsonl",
    "kid blind set v22": ROOT / "tests" / "data" / "blind" / "text-v22.jsonl",
    "kid blind set v23": ROOT / "tests" / "data" / "blind" / "text-v23.jsonl",
    "kid blind set v24": ROOT / "tests" / "data" / "blind" / "text-v24.jsonl",
    "kid blind set v25": ROOT / "tests" / "data" / "blind" / "text-v25.jsonl",
}


@dataclass
class Corpus:
    name: str
    records: list[dict[str, Any]]
    #: Map a predicted kind into this corpus's labels (None: not scored here).
    mapping: dict[str, str | None] = field(default_factory=dict)
    tweets: bool = False

    @property
    def labels(self) -> set[str]:
        return {s["label"] for r in self.records for s in r["spans"]} - {"OTHER"}


def load_corpora(quick: bool) -> list[Corpus]:
    corpora = []
    # The dev set we tuned on and the newest blind set (written by a helper who never saw the code;
    # tests/data/blind/README.md): side by side, so memory is never reported as skill.
    for name, path in KID_SETS.items():
        if path.exists():
            corpora.append(Corpus(name, list(load_jsonl(path))))
    text = corpus_dir() / "text"
    tweet_map = {"SCHOOL": "ORG", "ADDRESS": "LOCATION"}
    pii_map = {"SCHOOL": "ORG"}
    for name, fname, mapping, tweets in [
        ("wnut17_test", "wnut17_test.jsonl", tweet_map, True),
        ("btc_test", "btc_test.jsonl", tweet_map, True),
        ("presidio synth v2", "pii_presidio_synth_v2.jsonl", pii_map, False),
        ("presidio generated", "pii_presidio_generated.jsonl", pii_map, False),
    ]:
        path = text / fname
        if not path.exists():
            print(f"skipping {name}: {path} not found (set LEAKSCAN_CORPUS)", file=sys.stderr)
            continue
        records = list(load_jsonl(path))
        if quick:
            records = records[:300]
        corpora.append(Corpus(name, records, mapping, tweets))
    return corpora


# -- tools ------------------------------------------------------------------------------


#: The pipeline leakscan is measured with (``--model``); None: the default settings.
MODEL: str | None = None


def _settings() -> Any:
    from leakscan.settings import Settings

    return Settings(model=MODEL) if MODEL else None


def leakscan_batch(texts: list[str]) -> list[list[Span]]:
    from leakscan import posts

    results = list(posts.scan_many_texts(texts, _settings()))
    errors = sorted({r.error for r in results if r.error})
    if errors:
        # A scanner that crashed on a post drops its findings there: the product reports the post
        # as not fully checked, but a score would only show a miss, so tuning could hide a crash.
        # The messages name scanners and limits, never a post's text.
        bad = sum(1 for r in results if r.error)
        print(f"warning: {bad} of {len(results)} posts not fully scanned: {'; '.join(errors)}", file=sys.stderr)
    return [[(f.start, f.end, f.kind.value) for f in r.findings if f.is_span] for r in results]


class Presidio:
    """Presidio's AnalyzerEngine with the same spaCy model, offline."""

    MAP: ClassVar[dict[str, str]] = {
        "PERSON": "PERSON",
        "LOCATION": "LOCATION",
        "GPE": "LOCATION",
        "ORGANIZATION": "ORG",
        "PHONE_NUMBER": "PHONE",
        "EMAIL_ADDRESS": "EMAIL",
        "URL": "URL",
    }

    def __init__(self) -> None:
        # no entity's score lowered (Presidio lowers ORGANIZATION's by default)
        self.analyzer = presidio_analyzer(low_confidence_score_multiplier=0.4, low_score_entity_names=[])

    def detect(self, text: str) -> list[Span]:
        out = []
        for r in self.analyzer.analyze(text=text, language="en"):
            kind = self.MAP.get(r.entity_type)
            if kind:
                out.append((r.start, r.end, kind))
        return out

    def batch(self, texts: list[str]) -> list[list[Span]]:
        return [self.detect(t) for t in texts]


# -- scoring ------------------------------------------------------------------------------


def score(corpus: Corpus, predictions: list[list[Span]]) -> dict[str, dict[str, float]]:
    labels = corpus.labels
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_pred, n_pred, tp_gold, n_gold
    for record, preds in zip(corpus.records, predictions, strict=True):
        gold = [(s["start"], s["end"], s["label"], bool(s.get("handle"))) for s in record["spans"]]
        mapped = []
        for start, end, kind in preds:
            kind2 = corpus.mapping.get(kind, kind)
            if kind == "HANDLE" and corpus.tweets:
                kind2 = "HANDLE"
            mapped.append((start, end, kind2))
        for start, end, kind in mapped:
            if kind == "HANDLE" and corpus.tweets:
                # Handles are only scored where the corpus marks an @-mention.
                hits = [g for g in gold if g[3] and g[0] < end and start < g[1]]
                if hits:
                    counts[hits[0][2]][0] += 1
                    counts[hits[0][2]][1] += 1
                continue
            if kind not in labels:
                continue
            on_other = any(g[2] == "OTHER" and g[0] < end and start < g[1] for g in gold)
            if on_other and not any(g[2] == kind and g[0] < end and start < g[1] for g in gold):
                continue
            counts[kind][1] += 1
            if any(g[2] == kind and g[0] < end and start < g[1] for g in gold):
                counts[kind][0] += 1
        for g_start, g_end, label, handle in gold:
            if label == "OTHER":
                continue
            counts[label][3] += 1
            if any((k == label or (handle and k == "HANDLE")) and s < g_end and g_start < e for s, e, k in mapped):
                counts[label][2] += 1
    result = {}
    for kind, (tp_pred, n_pred, tp_gold, n_gold) in counts.items():
        if n_gold == 0:
            continue
        p = tp_pred / n_pred if n_pred else 0.0
        r = tp_gold / n_gold
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[kind] = {"precision": p, "recall": r, "f1": f1, "gold": n_gold, "predicted": n_pred}
    return result


def dev_summary(corpus: Corpus, predictions: list[list[Span]]) -> dict[str, Any]:
    """Overall leak recall, posts flagged, and clean posts falsely flagged (the kid sets)."""
    gold_total = gold_hit = 0
    flagged = clean = clean_flagged = 0
    for record, preds in zip(corpus.records, predictions, strict=True):
        for s in record["spans"]:
            gold_total += 1
            if any(p[0] < s["end"] and s["start"] < p[1] for p in preds):
                gold_hit += 1
        flagged += bool(preds)
        if not record["spans"]:
            clean += 1
            clean_flagged += bool(preds)
    return {
        "posts": len(corpus.records),
        "leak_recall_any_kind": gold_hit / gold_total if gold_total else float("nan"),
        "posts_flagged": flagged,
        "clean_posts": clean,
        "clean_falsely_flagged": clean_flagged,
        "clean_false_flag_rate": clean_flagged / clean if clean else float("nan"),
    }


def phones(tool: Callable[[list[str]], list[list[Span]]]) -> dict[str, Any]:
    path = corpus_dir() / "text" / "phones.jsonl"
    if not path.exists():
        return {}
    rows = list(load_jsonl(path))
    preds = tool([r["text"] for r in rows])
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row, p in zip(rows, preds, strict=True):
        group = "spoken" if row["kind"] == "spoken" else ("written valid" if row["valid"] else "written invalid")
        out[group][1] += 1
        out[group][0] += any(k == "PHONE" for _, _, k in p)
    return {g: {"flagged": a, "rows": n, "rate": a / n} for g, (a, n) in out.items()}


# -- speed --------------------------------------------------------------------------------


#: Rounds of the batched and Presidio passes (medians): the machine is shared, one pass can
#: land beside someone's training run.
SPEED_ROUNDS = 3


def speed(texts: list[str], presidio: Presidio | None, cold_python: str) -> dict[str, Any]:
    """Posts/s batched (``scan_many_texts``) and one post per call, beside Presidio's, in one process.

    Wall and CPU time (``time.process_time``: what the process itself spent, less moved by
    others' work on a shared machine); batched and Presidio passes alternate for
    :data:`SPEED_ROUNDS` rounds, medians reported; the load average before and after.
    """
    from leakscan import posts

    res: dict[str, Any] = {"posts": len(texts), "rounds": SPEED_ROUNDS, "load_before": os.getloadavg()}
    settings = _settings()
    posts.scan_many_texts(texts[:50], settings)  # warm up (model load)
    if presidio is not None:
        for t in texts[:50]:
            presidio.detect(t)
    batch_wall, batch_cpu, pres_wall, pres_cpu, pres_lat = [], [], [], [], []
    for _ in range(SPEED_ROUNDS):
        w, c = time.perf_counter(), time.process_time()
        posts.scan_many_texts(texts, settings)
        batch_wall.append(len(texts) / (time.perf_counter() - w))
        batch_cpu.append(len(texts) / (time.process_time() - c))
        if presidio is not None:
            lat = []
            c = time.process_time()
            for t in texts:
                t1 = time.perf_counter()
                presidio.detect(t)
                lat.append(time.perf_counter() - t1)
            pres_cpu.append(len(texts) / (time.process_time() - c))
            pres_wall.append(len(texts) / sum(lat))
            pres_lat = pres_lat or lat
    res["leakscan_batch_posts_per_s"] = median(batch_wall)
    res["leakscan_batch_cpu_posts_per_s"] = median(batch_cpu)
    lat = []
    c = time.process_time()
    for t in texts:
        t1 = time.perf_counter()
        posts.scan_text(t, settings)
        lat.append(time.perf_counter() - t1)
    res["leakscan_single_cpu_posts_per_s"] = len(texts) / (time.process_time() - c)
    res["leakscan_single_posts_per_s"] = len(texts) / sum(lat)
    res["leakscan_p50_ms"] = median(lat) * 1000
    res["leakscan_p95_ms"] = percentile(lat, 95) * 1000
    if presidio is not None:
        res["presidio_posts_per_s"] = median(pres_wall)
        res["presidio_cpu_posts_per_s"] = median(pres_cpu)
        res["presidio_p50_ms"] = median(pres_lat) * 1000
        res["presidio_p95_ms"] = percentile(pres_lat, 95) * 1000
    res["load_after"] = os.getloadavg()
    # Cold start in a fresh process: interpreter, ``import leakscan``, the spaCy model, the first
    # post. ``--cold-python`` names the interpreter of an install without the bench extra:
    # Presidio registers a spaCy plugin, and spaCy imports every installed plugin while it
    # loads any pipeline (~2 s here), which a leakscan user without Presidio never pays.
    probe = (
        "import time; t = time.perf_counter(); import leakscan; from leakscan import nlp; "
        f"s = leakscan.Settings(**({{'model': {MODEL!r}}} if {MODEL!r} else {{}})); "
        "nlp.load(s.model); t1 = time.perf_counter(); "
        "leakscan.scan_text('me and jake at riverside park', s); print(t1 - t, time.perf_counter() - t)"
    )
    loads, firsts, walls = [], [], []
    for _ in range(5):
        t1 = time.perf_counter()
        out = subprocess.run([cold_python, "-c", probe], check=True, capture_output=True, text=True).stdout.split()
        walls.append(time.perf_counter() - t1)
        loads.append(float(out[0]))
        firsts.append(float(out[1]))
    res["cold_python"] = cold_python
    res["leakscan_import_and_load_s"] = median(loads)
    res["leakscan_import_to_first_post_s"] = median(firsts)
    res["leakscan_cold_start_s"] = median(walls)
    return res


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="300 posts per corpus")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument(
        "--speed-only", action="store_true", help="only the speed section (on the same 4,000 posts), no accuracy tables"
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline for leakscan (default: the settings' default)")
    parser.add_argument(
        "--cold-python",
        default=sys.executable,
        help="interpreter for the cold-start runs (an install without Presidio; default: this one)",
    )
    args = parser.parse_args()
    global MODEL
    MODEL = args.model

    presidio = None
    if not args.no_presidio:
        try:
            presidio = Presidio()
        except ImportError:
            print("presidio-analyzer not installed: measuring leakscan alone", file=sys.stderr)
    corpora = load_corpora(args.quick)
    report: dict[str, Any] = {"corpora": {}}
    lines = []
    for corpus in [] if args.speed_only else corpora:
        texts = [r["text"] for r in corpus.records]
        ours = score(corpus, leakscan_batch(texts))
        theirs = score(corpus, presidio.batch(texts)) if presidio else {}
        report["corpora"][corpus.name] = {"leakscan": ours, "presidio": theirs}
        rows = []
        for kind in sorted(set(ours) | set(theirs), key=lambda k: LEAK_KINDS.index(k) if k in LEAK_KINDS else 99):
            o = ours.get(kind, {})
            t = theirs.get(kind, {})
            rows.append(
                [
                    kind,
                    o.get("gold", t.get("gold", 0)),
                    o.get("precision", 0.0),
                    o.get("recall", 0.0),
                    o.get("f1", 0.0),
                    t.get("precision", float("nan")) if presidio else "–",
                    t.get("recall", float("nan")) if presidio else "–",
                    t.get("f1", 0.0) if presidio and kind in theirs else ("no detector" if presidio else "–"),
                ]
            )
        lines.append(f"\n### {corpus.name} ({len(texts)} posts)\n")
        lines.append(md_table(["kind", "gold", "leakscan P", "R", "F1", "Presidio P", "R", "F1"], rows))
        if corpus.name in KID_SETS:
            ours_pred = leakscan_batch(texts)
            summary = {"leakscan": dev_summary(corpus, ours_pred)}
            if presidio:
                summary["presidio"] = dev_summary(corpus, presidio.batch(texts))
            report.setdefault("kid_summary", {})[corpus.name] = summary
            rows = [
                [
                    tool,
                    s["posts"],
                    s["leak_recall_any_kind"],
                    s["posts_flagged"],
                    f"{s['clean_falsely_flagged']}/{s['clean_posts']} ({s['clean_false_flag_rate']:.1%})",
                ]
                for tool, s in summary.items()
            ]
            lines.append(
                "\n" + md_table(["tool", "posts", "leak recall", "posts flagged", "clean posts flagged"], rows)
            )
    ph = {"leakscan": {} if args.speed_only else phones(leakscan_batch)}
    if presidio and not args.speed_only:
        ph["presidio"] = phones(presidio.batch)
    if ph["leakscan"]:
        report["phones"] = ph
        groups = sorted(ph["leakscan"])
        rows = [[tool] + [f"{d[g]['flagged']}/{d[g]['rows']}" for g in groups] for tool, d in ph.items()]
        lines.append("\n### phones.jsonl (rows flagged as PHONE)\n")
        lines.append(md_table(["tool", *groups], rows))

    speed_texts = [r["text"] for c in corpora for r in c.records]
    if not args.quick:
        speed_texts = speed_texts[:4000]
    sp = speed(speed_texts, presidio, args.cold_python)
    report["speed"] = sp
    load = f"load average {sp['load_before'][0]:.1f} before, {sp['load_after'][0]:.1f} after"
    lines.append(
        f"\n### speed ({sp['posts']} posts, one process, batched and Presidio median of {sp['rounds']}; {load})\n"
    )
    rows = [
        ["leakscan (batched)", sp["leakscan_batch_posts_per_s"], sp["leakscan_batch_cpu_posts_per_s"], "–", "–"],
        [
            "leakscan (one post per call)",
            sp["leakscan_single_posts_per_s"],
            sp["leakscan_single_cpu_posts_per_s"],
            sp["leakscan_p50_ms"],
            sp["leakscan_p95_ms"],
        ],
    ]
    if presidio:
        rows.append(
            [
                "Presidio (one post per call)",
                sp["presidio_posts_per_s"],
                sp["presidio_cpu_posts_per_s"],
                sp["presidio_p50_ms"],
                sp["presidio_p95_ms"],
            ]
        )
        wall, cpu = sp["presidio_posts_per_s"], sp["presidio_cpu_posts_per_s"]
        lines.append(
            f"leakscan batched is {sp['leakscan_batch_posts_per_s'] / wall:.1f}x and one-by-one "
            f"{sp['leakscan_single_posts_per_s'] / wall:.1f}x Presidio's posts/s (CPU time: "
            f"{sp['leakscan_batch_cpu_posts_per_s'] / cpu:.1f}x and {sp['leakscan_single_cpu_posts_per_s'] / cpu:.1f}x).\n"
        )
    lines.append(md_table(["tool", "posts/s", "posts/CPU s", "p50 ms", "p95 ms"], rows))
    lines.append(
        f"\nCold start ({sp['cold_python']}): import + model load {sp['leakscan_import_and_load_s']:.2f} s, "
        f"+ first post {sp['leakscan_import_to_first_post_s']:.2f} s, whole process {sp['leakscan_cold_start_s']:.2f} s"
    )
    text = "\n".join(lines)
    print(text)
    name = f"accuracy-{MODEL}" if MODEL else "accuracy"
    report["model"] = MODEL
    write_json(f"{name}.json", report)
    (ROOT / "benchmarks" / "out" / f"{name}.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
