"""How the chat scanners read each writer's chats with a model that never saw that writer.

    python models/chat_intent_heldout.py [--set NAME=VALUE ...] [--shipped] [--json OUT]

The build's calibration (:func:`build_chat_intent.calibrate`) already fits one model per
writer of ``models/chat_intent_written/`` without that writer (and without a share of the
templates); here each of those models, at the calibrated thresholds, runs in the scanners as
``benchmarks/chats.py`` counts a message (rules, gate, model, follow-ups; every message in the
context of its thread), on the chats of the writer it left out. The writers are independent
of each other and of the templates, so this is the honest estimate of how the model reads
chats written by someone else: the settings of the build are chosen by it. (The thresholds
themselves were read on every writer out of fold, once.)

``--set C=4`` (any upper-case constant of the build) measures another setting without editing
the build; ``--shipped`` runs the shipped model instead, unchanged, on every writer (a
before/after measure for writers it was not trained on). Nothing here reads ``tests/``.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "benchmarks"))

import build_chat_intent as build  # noqa: E402
from chats import accuracy  # noqa: E402

from leakscan import batch  # noqa: E402, F401 (imported now: the benchmark's late import reads the same code after the fits)
from leakscan.conversation import chat  # noqa: E402
from leakscan.scanners import chat_model  # noqa: E402

KINDS = ("ASKS_PII", "OFF_PLATFORM")


def writers_chats() -> dict[str, list[dict]]:
    """Every writer's messages (the file's stem: its rows), as the benchmark reads a chats file."""
    return {
        path.stem: [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
        for path in sorted(build.WRITTEN.glob("*.jsonl"))
    }


def scan_with(model: chat_model.IntentModel, messages: list[dict]) -> dict:
    """``accuracy`` of the benchmark on ``messages`` with ``model`` in the scanners."""
    chat_model.load_model = lambda: model  # scan_intent looks the model up at each call
    chat.said_in.cache_clear()  # its results are kept by text: they were another model's
    return accuracy(messages)


def pooled(results: dict[str, dict]) -> dict:
    """Per kind the summed counts and P/R/F1; harmless messages flagged by an ask, a move, any kind."""
    out: dict = {}
    for kind in KINDS:
        c = Counter()
        for r in results.values():
            c.update({k: r["scores"][kind][k] for k in ("tp", "fp", "fn")})
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r_ = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[kind] = {**c, "precision": round(p, 3), "recall": round(r_, 3), "f1": round(2 * p * r_ / (p + r_), 3)}
    harmless = sum(r["harmless_messages"] for r in results.values())
    out["harmless"] = harmless
    out["harmless_any"] = round(sum(r["harmless_flagged"] for r in results.values()) / harmless, 4)
    for kind in KINDS:
        out[f"harmless_{kind}"] = round(sum(r["harmless_by_kind"][kind] for r in results.values()) / harmless, 4)
    return out


def harmless_by_kind(messages: list[dict], result: dict) -> dict[str, int]:
    """How many harmless messages the scanners flagged with each kind (from the benchmark's misses)."""
    ids = {m["id"] for m in messages if not m.get("gold")}
    return {kind: len(ids & set(result["misses"].get(f"{kind} flagged", []))) for kind in KINDS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a build constant")
    parser.add_argument("--shipped", action="store_true", help="the shipped model on every writer")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args()
    for setting in args.set:
        name, value = setting.split("=", 1)
        if not name.isupper() or not hasattr(build, name):
            raise SystemExit(f"no build constant {name}")
        setattr(build, name, ast.literal_eval(value))
    chats = writers_chats()
    if args.shipped:
        model = chat_model.load_model()
        models = dict.fromkeys(chats, model)
        thresholds = model.thresholds
    else:
        rng = random.Random(build.SEED)
        data = build.examples(rng)
        numbers: dict[str, dict] = {}

        def keep(writer: str | None, vectorizer, scorers) -> None:
            if writer is not None:
                numbers[writer] = build.as_numbers(vectorizer, scorers, {})

        thresholds, _ = build.calibrate(data, rng, on_fold=keep)
        models = {w: build.runtime({**n, "thresholds": thresholds}) for w, n in numbers.items()}
    results = {}
    for writer, messages in chats.items():
        result = scan_with(models[writer], messages)
        result["harmless_by_kind"] = harmless_by_kind(messages, result)
        results[writer] = result
        s = result["scores"]
        print(
            f"{writer}: asks F1 {s['ASKS_PII']['f1']:.3f}, moves F1 {s['OFF_PLATFORM']['f1']:.3f}, "
            f"harmless flagged {result['harmless_flagged']}/{result['harmless_messages']}",
            flush=True,
        )
    total = pooled(results)
    print(f"settings {args.set or 'as built'}{' (shipped model)' if args.shipped else ''}, thresholds {thresholds}")
    for kind in KINDS:
        t = total[kind]
        print(f"  {kind}: P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f} ({t['tp']}/{t['fp']}/{t['fn']})")
    print(
        f"  harmless flagged (of {total['harmless']}): ask {total['harmless_ASKS_PII']:.2%}, "
        f"move {total['harmless_OFF_PLATFORM']:.2%}, any kind {total['harmless_any']:.2%}"
    )
    if args.json:
        per = {
            w: {
                "scores": r["scores"],
                "harmless": r["harmless_messages"],
                **r["harmless_by_kind"],
                "harmless_any": r["harmless_flagged"],
            }
            for w, r in results.items()
        }
        args.json.write_text(
            json.dumps(
                {
                    "settings": args.set,
                    "shipped": args.shipped,
                    "thresholds": thresholds,
                    "pooled": total,
                    "writers": per,
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
