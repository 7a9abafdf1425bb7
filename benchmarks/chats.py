"""Chats (issue 12): per-message accuracy on a chats file, and what a conversation costs.

    python benchmarks/chats.py tests/data/chats-dev.jsonl [--speed] [--service]

The file: one message per line, ``{"conversation", "id", "from", "text", "gold"}``, threads in
order; ``gold`` lists ``{"label": "ASKS_PII"}``, ``{"label": "OFF_PLATFORM"}`` and
``{"label": "LEAK", "kind": KIND, "parts": [ids]}`` (a leak completed in this message across
earlier ones). The file is scanned as the CLI scans it (the ``gold`` key removed): every
message in the context of the earlier messages of its thread.

Accuracy, per message and per label: a message's own ``ASKS_PII`` / ``OFF_PLATFORM`` findings
(in its text; an ask carried in from an earlier message is not counted), and its leaks across
messages (findings with ``parts`` and offsets) scored as ``LEAK`` with their kind; precision,
recall, F1 per label, the leaks found per kind, how many found leaks name exactly the gold
``parts``, and the share of harmless messages (empty ``gold``) flagged with any of the three --
and how many of those are only a leak flagged on a message the gold lists among the ``parts`` of a
leak it completes later (a street and its number already make an address; the writer waited for
the town): early, not a false alarm about nothing.

``--speed``: per message, the median and p95 of what checking it with a 20-message context
costs beyond checking it alone (target: <= 2 ms extra). "warm": the context's messages were checked before (an app checks each
message when it is written) and the message itself is new; "cold": nothing kept.

``--service``: a real ``leakscan serve`` on loopback; sequential ``/v1/check`` requests of one
message, alone and with a 20-message context: p50/p95 latency (target: text p95 <= 15 ms).
Results go to ``benchmarks/out/chats-<file's stem>.json`` (one per file: a dev run never
overwrites what the blind set measured).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ServerProcess, load_jsonl, md_table, median, percentile, write_json

LABELS = ("ASKS_PII", "OFF_PLATFORM", "LEAK")
CONTEXT = 20


def predicted(findings: list[dict[str, Any]]) -> set[tuple[str, str | None]]:
    """A message's own labels: its asks and moves (in its text), its leaks across messages by kind."""
    out: set[tuple[str, str | None]] = set()
    for f in findings:
        if f["start"] is None or f["field"] is not None:
            continue  # an earlier message's ask carried in, or a field of the record
        if f["kind"] in ("ASKS_PII", "OFF_PLATFORM"):
            out.add((f["kind"], None))
        elif f["parts"]:
            out.add(("LEAK", f["kind"]))
    return out


def gold_of(message: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(g["label"], g.get("kind") if g["label"] == "LEAK" else None) for g in message.get("gold", [])}


def scan_file(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The results of the file as the CLI scans it (one per message, in order)."""
    from leakscan import Settings, batch
    from leakscan.inputs import Item, iter_items

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chats.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for m in messages:
                fh.write(json.dumps({k: v for k, v in m.items() if k != "gold"}) + "\n")
        settings = Settings()
        items = [i for i in iter_items([str(path)], settings=settings) if isinstance(i, Item)]
        return [r.to_dict() for _, r, _ in batch.run(items, settings)]


def accuracy(messages: list[dict[str, Any]]) -> dict[str, Any]:
    t0 = time.perf_counter()
    results = scan_file(messages)
    seconds = time.perf_counter() - t0
    counts = {label: {"tp": 0, "fp": 0, "fn": 0} for label in LABELS}
    parts_right = parts_found = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # leaks across messages: found, gold
    harmless = harmless_flagged = harmless_early = errors = 0
    misses: dict[str, list[str]] = defaultdict(list)
    # The messages the gold names as pieces of a leak it completes later in the thread.
    pieces = {str(p) for m in messages for g in m.get("gold", []) for p in g.get("parts") or ()}
    for message, result in zip(messages, results, strict=True):
        errors += result["error"] is not None
        gold, got = gold_of(message), predicted(result["findings"])
        for _, kind in (x for x in gold if x[0] == "LEAK"):
            by_kind[kind][0] += ("LEAK", kind) in got
            by_kind[kind][1] += 1
        for label in LABELS:
            g = {x for x in gold if x[0] == label}
            p = {x for x in got if x[0] == label}
            counts[label]["tp"] += len(g & p)
            counts[label]["fp"] += len(p - g)
            counts[label]["fn"] += len(g - p)
            if g - p:
                misses[f"{label} missed"].append(message["id"])
            if p - g:
                misses[f"{label} flagged"].append(message["id"])
        for g in message.get("gold", []):
            if g["label"] != "LEAK":
                continue
            found = [f for f in result["findings"] if f["parts"] and f["start"] is not None and f["kind"] == g["kind"]]
            if found:
                parts_found += 1
                parts_right += any(sorted(map(str, f["parts"])) == sorted(map(str, g["parts"])) for f in found)
        if not gold:
            harmless += 1
            harmless_flagged += bool(got)
            # Flagged as a leak already complete where the writer saw only a piece of one ("wattle st"
            # ... "number 17" is a street and number: the issue's own "birch lane" ... "no 18")
            harmless_early += bool(got) and str(message["id"]) in pieces and all(label == "LEAK" for label, _ in got)
    scores = {}
    for label, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        f1 = 2 * p * r / (p + r) if p == p and r == r and p + r else float("nan")
        scores[label] = {**c, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}
    return {
        "messages": len(messages),
        "threads": len({m["conversation"] for m in messages}),
        "errors": errors,
        "scores": scores,
        "leak_parts_exact": f"{parts_right}/{parts_found}",
        "leaks_found_by_kind": {k: f"{f}/{n}" for k, (f, n) in sorted(by_kind.items())},
        "harmless_messages": harmless,
        "harmless_flagged": harmless_flagged,
        "harmless_flagged_share": round(harmless_flagged / harmless, 4) if harmless else None,
        "harmless_flagged_early": harmless_early,
        "messages_per_s": round(len(messages) / seconds, 1),
        "misses": dict(misses),
    }


def contexts(messages: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, str]]]]:
    """Each message with :data:`CONTEXT` earlier messages: its thread's, topped up from the file's
    messages before it (the others' and the child's, as they come)."""
    out = []
    for i, m in enumerate(messages):
        if m["from"] != "child":
            continue
        earlier = [{"from": e["from"], "text": e["text"]} for e in messages[max(0, i - CONTEXT) : i]]
        if len(earlier) == CONTEXT:
            out.append((m["text"], earlier))
    return out


def speed(messages: list[dict[str, Any]], repeats: int = 5) -> dict[str, Any]:
    """What a 20-message context adds to checking a message: exactly the work ``scan_text(...,
    context=)`` does beyond ``scan_text(...)`` (the context read, the conversation's findings,
    the decision again), timed on its own so the post's own scan (the same either way) adds no
    noise. The median of ``repeats`` runs per message (the machine is shared)."""
    from leakscan import conversation, posts
    from leakscan.settings import Settings

    settings = Settings()
    cases = contexts(messages)
    posts.scan_text("warm up 217 555 0134", settings, context=[])

    def extra(text: str, earlier: list[dict[str, str]], alone: Any, cold: bool) -> float:
        runs = []
        for _ in range(repeats):
            conversation.said_in.cache_clear()  # the message itself is new
            if not cold:  # the earlier messages were checked as they came
                for e in earlier:
                    conversation.said_in(e["text"], e["from"] == "child", settings)
            t = time.perf_counter()
            posts.with_conversation(alone, text, conversation.messages_of(earlier, settings), settings)
            runs.append((time.perf_counter() - t) * 1000)
        return median(runs)

    out: dict[str, Any] = {"messages": len(cases), "context": CONTEXT, "repeats": repeats}
    alone_ms = []
    results = []
    for text, _ in cases:
        t = time.perf_counter()
        results.append(posts.scan_text(text, settings))
        alone_ms.append((time.perf_counter() - t) * 1000)
    out["alone_median_ms"] = round(median(alone_ms), 3)
    for mode in ("warm", "cold"):
        extras = [
            extra(text, earlier, alone, mode == "cold") for (text, earlier), alone in zip(cases, results, strict=True)
        ]
        out[mode] = {"extra_median_ms": round(median(extras), 3), "extra_p95_ms": round(percentile(extras, 95), 3)}
    return out


def service(messages: list[dict[str, Any]], requests: int = 300) -> dict[str, Any]:
    import httpx

    cases = contexts(messages)
    OUT.mkdir(parents=True, exist_ok=True)
    srv = ServerProcess(workers=1, log=OUT / "chats-service.log")
    try:
        srv.wait_ready()
        latencies: dict[str, list[float]] = {"alone": [], "context": []}
        with httpx.Client(base_url=srv.url, timeout=30) as client:
            for i in range(requests):  # the two kinds interleaved: the machine's load drifts
                text, earlier = cases[i % len(cases)]
                for mode, body in (("alone", {"text": text}), ("context", {"text": text, "context": earlier})):
                    t = time.perf_counter()
                    r = client.post("/v1/check", json=body)
                    latencies[mode].append((time.perf_counter() - t) * 1000)
                    assert r.status_code == 200, r.text
        out = {
            mode: {"requests": requests, "p50_ms": round(percentile(v, 50), 2), "p95_ms": round(percentile(v, 95), 2)}
            for mode, v in latencies.items()
        }
        return out
    finally:
        srv.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("chats", type=Path, help="a chats .jsonl file with gold labels")
    parser.add_argument("--speed", action="store_true", help="also measure the cost of a 20-message context")
    parser.add_argument("--service", action="store_true", help="also measure /v1/check on a loopback server")
    args = parser.parse_args()
    messages = list(load_jsonl(args.chats))
    report: dict[str, Any] = {"file": str(args.chats), "accuracy": accuracy(messages)}
    acc = report["accuracy"]
    print(f"{args.chats}: {acc['messages']} messages in {acc['threads']} chats, {acc['errors']} errors")
    rows = [
        [label, s["tp"], s["fp"], s["fn"], s["precision"], s["recall"], s["f1"]] for label, s in acc["scores"].items()
    ]
    print(md_table(["label", "TP", "FP", "FN", "precision", "recall", "F1"], rows))
    print(
        f"harmless messages flagged: {acc['harmless_flagged']}/{acc['harmless_messages']} "
        f"({acc['harmless_flagged_share']:.1%}), of them {acc['harmless_flagged_early']} a leak flagged on a message"
        f" the gold marks as a piece of a leak completed later; leaks with exactly the gold parts: {acc['leak_parts_exact']}"
    )
    if acc["leaks_found_by_kind"]:
        print(
            "leaks across messages found, by kind: "
            + ", ".join(f"{k} {v}" for k, v in acc["leaks_found_by_kind"].items())
        )
    if args.speed:
        report["speed"] = speed(messages)
        s = report["speed"]
        print(f"\ncost of a {CONTEXT}-message context, over {s['messages']} child messages (target <= 2 ms extra):")
        print(f"the message alone: median {s['alone_median_ms']} ms")
        rows = [[m, s[m]["extra_median_ms"], s[m]["extra_p95_ms"]] for m in ("warm", "cold")]
        print(md_table(["cache", "extra median ms", "extra p95 ms"], rows))
    if args.service:
        report["service"] = service(messages)
        s = report["service"]
        print("\n/v1/check on loopback, sequential (target: text p95 <= 15 ms):")
        print(md_table(["request", "p50 ms", "p95 ms"], [[m, s[m]["p50_ms"], s[m]["p95_ms"]] for m in s]))
    path = write_json(f"chats-{args.chats.stem}.json", report)
    print(f"\nwritten: {path}")


if __name__ == "__main__":
    main()
