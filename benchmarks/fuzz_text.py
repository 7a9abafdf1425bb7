"""Fuzz the text scanners with random and adversarial Unicode posts (fixed seed, all cores).

Every text is built from PII-like fragments (phone numbers written and spelled, e-mails plain
and "at"/"dot" disguised, handles, links, addresses, schools, ages, birthdays, names, the
child's own facts), the words that cue them, and noise: combining marks, RTL letters and
bidi controls, zero-width characters, emoji with ZWJ sequences and skin tones, lone
surrogates (as text decoded with ``surrogateescape`` carries them), fullwidth and other
scripts' digits, long digit runs, "at"/"dot" soup, repeated cue words — mixed, glued,
re-cased and repeated. Text ``i`` of seed ``s`` is always the same (``random.Random(f"{s}:{i}")``).

For every text:

* :func:`leakscan.posts.scan_text` does not raise and reports no scanner failure;
* every finding satisfies ``text[start:end] == finding.text`` (0 <= start <= end <= len);
* :func:`leakscan.redact.text.mask_findings` (placeholder and mask) changes nothing outside
  the findings' spans, and the mask keeps the length;
* the result equals the batched one (:func:`leakscan.posts.scan_many_texts`, batches of 16);
* CPU time per text is recorded; over ``--cpu-limit`` s is flagged, and a text still running
  after ``--hang-after`` s of wall time is a hang (its worker is killed and replaced).

Run: ``python benchmarks/fuzz_text.py --texts 100000 --seed 1`` (prints the counts, writes
``benchmarks/out/fuzz_text.json``); ``--replay N`` checks text N in this process and prints it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import percentile, write_json

# -- the material --------------------------------------------------------------------------------

PII = [
    # phone
    "217 555 0134", "(217) 555-0134", "+44 7700 900123", "07700 900123", "+1-217-555-0199", "217.555.0134",
    "five five five oh one two three four", "2 1 7 five five five 0 1 9 9", "double 7 double 0 nine double 1",
    "２１７ ５５５ ０１３４", "0l7 555 O134", "2️⃣1️⃣7️⃣5️⃣5️⃣5️⃣0️⃣1️⃣3️⃣4️⃣", "twenty one seven five five five",
    "eight hundred five five five", "555-0134x12", "+91 98765 43210", "021 123 4567",
    # email
    "emma.j2013@gmail.com", "jakey11 at hotmail dot com", "jakey11 [at] hotmail [dot] com", "mia(at)yahoo(dot)co.uk",
    "emma dot j at gmail dot com", "sarah at smith dot net", "jakey11@hotmail dot com", "x@y.z", "a@b@c.com",
    # handle / url
    "@mia.dances", "snap: jakeyboi11", "discord shadowfox#4412", "insta is @lily_x", "add me on tiktok lilyxo",
    "my yt channel is MiaMakesSlime", "https://www.tiktok.com/@mia.dances", "www.roblox.com/users/123", "bit.ly/abc",
    "miamakesslime.com", "ShadowFox on fortnite", "psn: darkwolf 123",
    # address
    "42 Oak Street", "flat 3, 27 Victoria Road", "LS6 2AB", "my zip is 62704", "apt 4B", "12 rue du Centre",
    "I live on Maple Avenue", "po box 1234", "1593 Pagari 18", "The Crescent", "AALBORG NO 9100",
    # school
    "Lincoln Elementary", "maple grove middle", "St. Mary's Primary", "PS 321", "i go to westfield high",
    "Riverside Academy", "JHS 189",
    # age / birthday
    "I'm 11", "11 yo", "turning thirteen", "5th grade", "year 6", "i am 9 years old", "11 | she/her | 🇬🇧",
    "my birthday is march 3rd", "born 14/02/2013", "bday 3/3", "a 2013 baby", "march 3rd is my birthday",
    # names / places
    "emma johnson", "my sister Lily", "mrs patterson", "Emma Johnson", "EMMA JOHNSON", "jake", "riverside park",
    "springfield", "westfield mall", "Leeds", "new york",
]  # fmt: skip
CUES = [
    "call", "text me", "my number", "ring", "whatsapp", "cell", "email", "mail me", "at", "dot", "[at]", "(dot)",
    "add me on", "snap", "insta", "tiktok", "discord", "my", "i go to", "i live on", "my address is", "zip",
    "postcode", "i'm", "im", "turning", "grade", "year", "birthday", "born", "age", "school", "st", "road", "flat",
]  # fmt: skip
WORDS = [
    "hey", "lol", "omg", "the", "and", "so", "we", "went", "today", "fun", "guys", "pls", "dm", "u", "ur", "new",
    "friend", "love", "this", "game", "level", "points", "order", "version", "v2", "1v1", "10k", "xp", "60fps",
]  # fmt: skip
SPECIAL = [
    "\u0301", "\u0308", "\u20dd", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u202a",
    "\u202c", "\u2066", "\u2067", "\u2069", "\u200e", "\u200f", "\u00a0", "\u3000", "\u2028", "\t", "\n", "\r\n",
    "\udc80", "\udcff", "\ud800", "\udfff", "\ufffd", "\x00", "\x1b[31m", "\u0130", "\u00df", "\ufb01",
]  # fmt: skip
EMOJI = [
    "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👩🏿‍💻", "❤️", "🇬🇧", "1️⃣", "#️⃣", "🫶🏻", "🧑‍🤝‍🧑",
]  # fmt: skip
SCRIPTS = [
    "مرحبا", "שלום", "你好", "こんにちは", "Привет", "ΓΕΙΑ", "नमस्ते", "١٢٣٤٥٦٧", "۰۹۱۲", "०१२३४५६७८९",
    "𝟏𝟐𝟑𝟒𝟓𝟔𝟕", "１２３４５６７８９０", "Ⅻ", "½", "²³",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "  ", ", ", ". ", "\n", "-", ".", "/", " at ", " dot ", ": ", "!", "?", "\t", "_"]


def _digits(rng: random.Random) -> str:
    n = rng.choice((3, 4, 7, 10, 11, 13, 16, rng.randint(1, 60)))
    return "".join(rng.choice("0123456789") for _ in range(n))


def _piece(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(PII)
    if r < 0.45:
        return rng.choice(CUES)
    if r < 0.6:
        return rng.choice(WORDS)
    if r < 0.68:
        return _digits(rng)
    if r < 0.76:
        return rng.choice(EMOJI)
    if r < 0.84:
        return rng.choice(SCRIPTS)
    if r < 0.94:
        return rng.choice(SPECIAL)
    # a random code point (any plane, surrogates included)
    return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 4)))


def _perturb(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.15:
        return s.upper()
    if r < 0.25:
        return s.title()
    if r < 0.35 and s:
        i = rng.randrange(len(s) + 1)
        return s[:i] + rng.choice(SPECIAL + EMOJI) + s[i:]
    if r < 0.4:
        return s.replace(" ", rng.choice(("", "  ", "\u200b", "\u00a0", "-", ".")))
    return s


def make_text(seed: int, index: int) -> str:
    """Text ``index`` of run ``seed``: mostly post-sized, sometimes long or a repeated soup."""
    rng = random.Random(f"{seed}:{index}")
    shape = rng.random()
    if shape < 0.08:  # soup: one piece or cue repeated (backtracking and quadratic patterns)
        unit = _perturb(rng, rng.choice((*CUES, *PII, " at ", " dot ", "@", "#1234", "1 ", "i'm "))) + rng.choice(
            SEPARATORS
        )
        r = rng.random()
        repeats = rng.randint(2, 40) if r < 0.8 else rng.randint(40, 400) if r < 0.98 else rng.randint(400, 4000)
        return unit * repeats
    n = rng.randint(1, 12) if shape < 0.95 else rng.randint(50, 300)
    if rng.random() < 0.002:
        n = rng.randint(2000, 6000)  # a long post (up to ~100 KB)
    out = []
    for _ in range(n):
        out.append(_perturb(rng, _piece(rng)))
        out.append(rng.choice(SEPARATORS))
    return "".join(out)


KNOWN = {
    "names": ["Emma Johnson", "Lily"],
    "schools": ["St Mary's Primary"],
    "streets": ["Victoria Road"],
    "towns": ["Leeds"],
    "phones": ["07700 900123"],
}


def settings_for(known: bool, max_chars: int = 200_000):
    from leakscan.settings import Settings

    return Settings(max_text_chars=max_chars, known=KNOWN if known else {})


# -- the checks ----------------------------------------------------------------------------------


def _where(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    frame = tb[-1] if tb else None
    return f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})" if frame else repr(exc)


def span_problems(text: str, findings) -> list[str]:
    """Offset errors: a finding whose text is not ``text[start:end]`` or whose span is out of range."""
    out = []
    for f in findings:
        if f.start is None or f.end is None:
            out.append(f"{f.kind.value} finding without offsets")
        elif not 0 <= f.start <= f.end <= len(text):
            out.append(f"{f.kind.value} span {f.start}:{f.end} outside the text ({len(text)})")
        elif text[f.start : f.end] != f.text:
            out.append(f"{f.kind.value} text differs from text[{f.start}:{f.end}]")
    return out


def redaction_problems(text: str, findings) -> list[str]:
    """Redaction that changes something outside the spans (both styles)."""
    from leakscan.redact.text import mask_findings

    spans = sorted((f.start, f.end, f) for f in findings if f.end > f.start)
    merged: list[list[Any]] = []
    for s, e, f in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, f])
    out = []
    masked = mask_findings(text, findings, style="mask")
    if len(masked) != len(text):
        out.append("mask changed the length")
    else:
        inside = bytearray(len(text))
        for s, e, _ in merged:
            inside[s:e] = b"\x01" * (e - s)
        for i, (a, b) in enumerate(zip(text, masked, strict=True)):
            if not inside[i] and a != b:
                out.append(f"mask changed character {i} outside every span")
                break
            if inside[i] and b not in ("*", a):
                out.append(f"mask wrote {b!r} inside a span")
                break
    placed = mask_findings(text, findings, style="placeholder")
    # outside the spans the text is copied in order: the pieces between spans appear in sequence
    pos = 0
    prev = 0
    for s, e, _f in merged:
        piece = text[prev:s]
        if not placed.startswith(piece, pos):
            out.append(f"placeholder changed the text before offset {s}")
            break
        pos += len(piece)
        close = placed.find("]", pos)
        if placed[pos : pos + 1] != "[" or close < 0:
            out.append(f"no placeholder at offset {s}")
            break
        pos = close + 1
        prev = e
    else:
        if placed[pos:] != text[prev:]:
            out.append("placeholder changed the text after the last span")
    return out


def check_text(text: str, settings) -> dict[str, Any]:
    """Scan one text and run the per-text checks; the result (no text in it)."""
    from leakscan.posts import scan_text

    res: dict[str, Any] = {"crash": None, "offset": [], "redact": [], "failed": None}
    t = time.process_time()
    try:
        result = scan_text(text, settings)
    except Exception as exc:
        res["crash"] = "scan_text: " + _where(exc)
        res["cpu"] = time.process_time() - t
        return res
    res["cpu"] = time.process_time() - t
    res["findings"] = len(result.findings)
    res["kinds"] = sorted({f.kind.value for f in result.findings})
    if result.error:
        res["failed"] = result.error if "scanner failed" in result.error else None
        res["refused"] = result.error if res["failed"] is None else None
    res["offset"] = span_problems(text, result.findings)
    try:
        res["redact"] = redaction_problems(text, result.findings)
    except Exception as exc:
        res["crash"] = "mask_findings: " + _where(exc)
    res["_dict"] = result.to_dict()
    return res


def check_batch(texts: list[str], singles: list[dict[str, Any]], settings) -> list[str]:
    """Indices (as strings) of texts whose batched result differs from the single one."""
    from leakscan.posts import scan_many_texts

    try:
        batched = scan_many_texts(texts, settings)
    except Exception as exc:
        return ["batch: " + _where(exc)]
    out = []
    for i, (b, s) in enumerate(zip(batched, singles, strict=True)):
        if "_dict" in s and b.to_dict() != s["_dict"]:
            out.append(str(i))
    return out


# -- the parallel run ------------------------------------------------------------------------------

BATCH = 16


def _worker(conn, seed: int) -> None:
    from leakscan.posts import scan_text

    plain, known = settings_for(False), settings_for(True)
    scan_text("warm up: emma johnson, 42 oak street, call 217 555 0134, lincoln elementary", known)
    conn.send(("ready", None))
    while True:
        msg = conn.recv()
        if msg is None:
            return
        start = msg
        texts = [make_text(seed, i) for i in range(start, start + BATCH)]
        settings = known if (start // BATCH) % 4 == 0 else plain
        singles = []
        for i, text in enumerate(texts):
            conn.send(("text", start + i))  # the watchdog knows which text is running
            singles.append(check_text(text, settings))
        conn.send(("text", start))  # the batched scan of the same texts
        mismatched = check_batch(texts, singles, settings)
        for s in singles:
            s.pop("_dict", None)
        conn.send(("done", (start, [len(t) for t in texts], singles, mismatched)))


def run(args: argparse.Namespace) -> dict[str, Any]:
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("spawn")

    def start_worker() -> dict[str, Any]:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, args.seed), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "batch": None, "text": -1, "since": 0.0, "ready": False}

    workers = [start_worker() for _ in range(args.jobs)]
    counts: Counter[str] = Counter()
    failures: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("crashes", "scanner_failures", "offset_errors", "redaction_errors", "batch_mismatch", "hangs")
    }
    slow: list[dict[str, Any]] = []
    cpu: list[float] = []
    chars = 0
    kinds: Counter[str] = Counter()
    next_start, end = args.start, args.start + args.texts
    done_batches = 0
    total_batches = (args.texts + BATCH - 1) // BATCH
    started = time.monotonic()
    last = started
    try:
        while done_batches < total_batches:
            now = time.monotonic()
            conns = []
            for w in workers:
                if w["batch"] is not None and w["text"] >= 0 and now - w["since"] > args.hang_after:
                    counts["hangs"] += 1
                    failures["hangs"].append({"index": w["text"], "chars": len(make_text(args.seed, w["text"]))})
                    done_batches += 1  # the rest of that batch is given up with it
                    w["proc"].kill()
                    w["proc"].join(5)
                    w.update(start_worker())
                    continue
                if w["ready"] and w["batch"] is None and next_start < end:
                    w["conn"].send(next_start)
                    w["batch"], w["text"], w["since"] = next_start, -1, time.monotonic()
                    next_start += BATCH
                conns.append(w["conn"])
            for conn in wait(conns, timeout=1.0):
                w = next(x for x in workers if x["conn"] is conn)
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError):
                    if w["batch"] is not None:
                        counts["crashes"] += 1
                        failures["crashes"].append({"index": w["text"], "crash": "worker process died"})
                        done_batches += 1
                    w.update(start_worker())
                    continue
                if kind == "ready":
                    w["ready"] = True
                elif kind == "text":
                    w["text"], w["since"] = payload, time.monotonic()
                elif kind == "done":
                    start, lengths, singles, mismatched = payload
                    w["batch"] = None
                    done_batches += 1
                    for i, (n, s) in enumerate(zip(lengths, singles, strict=True)):
                        index = start + i
                        if index >= end:
                            continue
                        counts["texts"] += 1
                        chars += n
                        cpu.append(s["cpu"])
                        kinds.update(s.get("kinds", ()))
                        counts["findings"] += s.get("findings", 0)
                        if s.get("refused"):
                            counts["refused_over_limit"] += 1
                        item = {"index": index, "chars": n}
                        if s["crash"]:
                            counts["crashes"] += 1
                            failures["crashes"].append({**item, "crash": s["crash"]})
                        if s["failed"]:
                            counts["scanner_failures"] += 1
                            failures["scanner_failures"].append({**item, "error": s["failed"]})
                        if s["offset"]:
                            counts["offset_errors"] += 1
                            failures["offset_errors"].append({**item, "problems": s["offset"][:3]})
                        if s["redact"]:
                            counts["redaction_errors"] += 1
                            failures["redaction_errors"].append({**item, "problems": s["redact"][:3]})
                        if s["cpu"] > args.cpu_limit:
                            counts["slow"] += 1
                            slow.append({**item, "cpu": round(s["cpu"], 2)})
                    for m in mismatched:
                        counts["batch_mismatch"] += 1
                        failures["batch_mismatch"].append({"index": start + int(m) if m.isdigit() else start, "m": m})
            if not args.quiet and time.monotonic() - last > 30:
                last = time.monotonic()
                print(
                    f"  {counts['texts']}/{args.texts} texts, {counts['texts'] / (last - started):.0f}/s, "
                    f"crashes {counts['crashes']}, offsets {counts['offset_errors']}, hangs {counts['hangs']}",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        for w in workers:
            with contextlib.suppress(Exception):
                w["conn"].send(None)
        for w in workers:
            w["proc"].join(10)
            if w["proc"].is_alive():
                w["proc"].kill()
    elapsed = time.monotonic() - started
    return {
        "seed": args.seed,
        "start": args.start,
        "texts": counts["texts"],
        "characters": chars,
        "jobs": args.jobs,
        "seconds": round(elapsed, 1),
        "texts_per_s": round(counts["texts"] / elapsed, 1) if elapsed else None,
        "crashes": counts["crashes"],
        "scanner_failures": counts["scanner_failures"],
        "offset_errors": counts["offset_errors"],
        "redaction_errors": counts["redaction_errors"],
        "batch_mismatches": counts["batch_mismatch"],
        "hangs": counts["hangs"],
        "slow_over_cpu_limit": counts["slow"],
        "refused_over_limit": counts["refused_over_limit"],
        "findings": counts["findings"],
        "texts_with_kind": dict(kinds.most_common()),
        "cpu_s": {
            "p50": round(percentile(cpu, 50), 4),
            "p99": round(percentile(cpu, 99), 4),
            "max": max(cpu, default=0),
        },
        "limits": {"cpu_s": args.cpu_limit, "hang_after_s": args.hang_after},
        "failures": {k: v[:50] for k, v in failures.items()},
        "slow": sorted(slow, key=lambda x: -x["cpu"])[:50],
    }


def report(s: dict[str, Any]) -> str:
    lines = [
        f"text fuzz: seed {s['seed']}, {s['texts']} texts ({s['characters']:,} characters), {s['jobs']} workers, "
        f"{s['seconds']} s ({s['texts_per_s']}/s)",
        f"  crashes            {s['crashes']}",
        f"  scanner failures   {s['scanner_failures']}",
        f"  offset errors      {s['offset_errors']}",
        f"  redaction errors   {s['redaction_errors']}",
        f"  batch mismatches   {s['batch_mismatches']}",
        f"  hangs              {s['hangs']}",
        f"  slow (> {s['limits']['cpu_s']} s CPU)   {s['slow_over_cpu_limit']}",
        f"  CPU per text       p50 {s['cpu_s']['p50']} s, p99 {s['cpu_s']['p99']} s, max {s['cpu_s']['max']:.2f} s",
        f"  findings           {s['findings']}; texts with each kind: "
        + ", ".join(f"{k} {v}" for k, v in s["texts_with_kind"].items()),
    ]
    for kind, items in s["failures"].items():
        for item in items[:5]:
            lines.append(f"  ! {kind}: {item}")
    for item in s["slow"][:5]:
        lines.append(f"  ! slow: {item}")
    return "\n".join(lines)


def replay(args: argparse.Namespace) -> int:
    text = make_text(args.seed, args.replay)
    print(f"text {args.replay} of seed {args.seed}: {len(text)} characters")
    print(ascii(text[:2000]))
    for known in (False, True):
        res = check_text(text, settings_for(known))
        res.pop("_dict", None)
        print(f"known={known}: {res}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--texts", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first text index (to continue a run)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cpu-limit", type=float, default=2.0, help="flag texts over this many CPU seconds")
    parser.add_argument("--hang-after", type=float, default=120.0, help="wall seconds before a text is a hang")
    parser.add_argument("--replay", type=int, help="check one text in this process and print it")
    parser.add_argument("--json", default="fuzz_text.json", help="file name under benchmarks/out/")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.replay is not None:
        return replay(args)
    summary = run(args)
    print(report(summary))
    print(f"JSON: {write_json(args.json, summary)}")
    bad = sum(
        summary[k]
        for k in ("crashes", "scanner_failures", "offset_errors", "redaction_errors", "batch_mismatches", "hangs")
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
