#!/usr/bin/env python3
"""Validate the blind chat evaluation set (chats-v1.jsonl) and print counts.

Checks:
  * every line is valid JSON object with exactly the expected keys
  * message ids unique, of the form <conversation>-NN, numbered 01.. in order
  * conversation ids of the form cNNN or tNNN, contiguous (each conversation one block),
    in increasing order, 3..14 messages each
  * `from` is "child" or "other"/"other2"/... (v3: any non-empty string, e.g. "coach")
  * labels only ASKS_PII / OFF_PLATFORM / LEAK; no duplicate label on a message
  * LEAK has a valid kind and a non-empty `parts` list; every part id exists
    in the same conversation, comes earlier than the completing message,
    and was sent by the same sender; (v1, v2) at least one other sender's message
    lies between the first part and the completing message
  * ASKS_PII / OFF_PLATFORM carry no extra keys
Exit code 1 on any error.

Usage: python3 validate_chats.py [path]   (default: chats-v1.jsonl next to this script)
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

LABELS = {"ASKS_PII", "OFF_PLATFORM", "LEAK"}
KINDS = {"PHONE", "ADDRESS", "EMAIL", "HANDLE", "DATE_OF_BIRTH", "SCHOOL", "LOCATION"}
KEYS = {"conversation", "id", "from", "text", "gold"}
CONV_RE = re.compile(r"^[a-z]\d{3}$")  # c001 (v1, v2), t001 (v3), u001 (v4: the writer's V4-001)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "chats-v1.jsonl")
    errors = []
    V12 = os.path.basename(path) in ("chats-v1.jsonl", "chats-v2.jsonl")  # v3, v4: roles ("coach") as senders

    def err(msg):
        errors.append(msg)

    msgs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"line {ln}: blank line")
                continue
            try:
                m = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}: invalid JSON: {e}")
                continue
            if not isinstance(m, dict):
                err(f"line {ln}: not an object")
                continue
            if set(m) - {"region"} != KEYS:  # v3 names the region on a chat's first line
                err(f"line {ln}: keys {sorted(m)} != {sorted(KEYS)}")
                continue
            m["_line"] = ln
            msgs.append(m)

    # ids and conversations
    seen_ids = {}
    convs = OrderedDict()
    finished = set()
    prev_conv = None
    for m in msgs:
        ln, cid, mid = m["_line"], m["conversation"], m["id"]
        if not isinstance(cid, str) or not CONV_RE.match(cid):
            err(f"line {ln}: bad conversation id {cid!r}")
            continue
        if mid in seen_ids:
            err(f"line {ln}: duplicate id {mid} (first on line {seen_ids[mid]})")
        seen_ids[mid] = ln
        if cid != prev_conv:
            if cid in convs:
                err(f"line {ln}: conversation {cid} is not contiguous")
            if prev_conv is not None:
                finished.add(prev_conv)
                if cid <= prev_conv:
                    err(f"line {ln}: conversation {cid} out of order after {prev_conv}")
            prev_conv = cid
        convs.setdefault(cid, []).append(m)
        expected = f"{cid}-{len(convs[cid]):02d}"
        if mid != expected:
            err(f"line {ln}: id {mid!r} expected {expected!r}")
        if not isinstance(m["from"], str) or not m["from"]:
            err(f"line {ln}: bad from {m['from']!r}")
        elif V12 and m["from"] != "child" and not m["from"].startswith("other"):
            err(f"line {ln}: unexpected from {m['from']!r}")
        if not isinstance(m["text"], str) or not m["text"].strip():
            err(f"line {ln}: empty text")
        if not isinstance(m["gold"], list):
            err(f"line {ln}: gold is not a list")

    for cid, ms in convs.items():
        if not 3 <= len(ms) <= 14:
            err(f"{cid}: {len(ms)} messages (must be 3..14)")
        if not any(x["from"] == "child" for x in ms):
            err(f"{cid}: no message from child")

    # labels
    label_counts = Counter()
    leak_kinds = Counter()
    harmless = 0
    for cid, ms in convs.items():
        index = {x["id"]: i for i, x in enumerate(ms)}
        conv_has_label = False
        for i, m in enumerate(ms):
            ln = m["_line"]
            if not isinstance(m["gold"], list):
                continue
            seen_labels = Counter()
            for g in m["gold"]:
                if not isinstance(g, dict) or g.get("label") not in LABELS:
                    err(f"line {ln}: bad gold entry {g!r}")
                    continue
                lab = g["label"]
                seen_labels[lab] += 1
                conv_has_label = True
                label_counts[lab] += 1
                if lab in ("ASKS_PII", "OFF_PLATFORM"):
                    if set(g) != {"label"}:
                        err(f"line {ln}: {lab} has extra keys {sorted(g)}")
                    continue
                # LEAK
                if set(g) != {"label", "kind", "parts"}:
                    err(f"line {ln}: LEAK keys {sorted(g)}")
                kind = g.get("kind")
                if kind not in KINDS:
                    err(f"line {ln}: bad LEAK kind {kind!r}")
                else:
                    leak_kinds[kind] += 1
                parts = g.get("parts")
                if not isinstance(parts, list) or not parts:
                    err(f"line {ln}: LEAK parts must be a non-empty list")
                    continue
                if len(set(parts)) != len(parts):
                    err(f"line {ln}: duplicate ids in parts")
                first = i
                for p in parts:
                    if p not in index:
                        err(f"line {ln}: part {p!r} not in conversation {cid}")
                        continue
                    j = index[p]
                    if j >= i:
                        err(f"line {ln}: part {p} is not earlier than {m['id']}")
                    if ms[j]["from"] != m["from"]:
                        err(f"line {ln}: part {p} from {ms[j]['from']!r}, "
                            f"completing message from {m['from']!r}")
                    first = min(first, j)
                # v1/v2 briefs asked for another sender between the pieces; v3's allows
                # pieces in back-to-back messages too (issue 12: "with the other person's
                # messages in between" is allowed, not required).
                if V12 and first < i and not any(ms[k]["from"] != m["from"] for k in range(first + 1, i)):
                    err(f"line {ln}: LEAK pieces not interleaved with another sender")
            for lab, n in seen_labels.items():
                if n > 1 and lab != "LEAK":
                    err(f"line {ln}: label {lab} repeated on one message")
        if not conv_has_label:
            harmless += 1

    n_conv = len(convs)
    print(f"file: {path}")
    print(f"conversations: {n_conv}")
    print(f"messages: {len(msgs)}")
    print(f"harmless conversations: {harmless} ({100.0 * harmless / max(n_conv, 1):.1f}%)")
    print(f"labelled messages: {sum(1 for m in msgs if m.get('gold'))}")
    print("labels by type:")
    for lab in ("ASKS_PII", "OFF_PLATFORM", "LEAK"):
        print(f"  {lab}: {label_counts[lab]}")
    print("LEAK by kind:")
    for k in sorted(KINDS):
        print(f"  {k}: {leak_kinds[k]}")
    sizes = Counter(len(ms) for ms in convs.values())
    print("messages per conversation: min %d, max %d" % (min(sizes), max(sizes)) if sizes else "")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
