"""A self-contained HTML report a parent or teacher can read.

One file, no network: inline CSS, no scripts, thumbnails embedded as small data-URI JPEGs.
The riskiest items come first, each with its thumbnail, the place its GPS points at, what
was found (values partly masked: ``(217) ***-**34``) and what to do, in plain words.

Memory stays flat for any number of items: counts are kept for everything, details only for
the ``keep`` riskiest items (a bounded heap).
"""

from __future__ import annotations

import base64
import heapq
import html
import io
import time
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

from . import messages
from .findings import Finding, Kind, ScanResult, Severity, Verdict
from .fsutil import atomic_write
from .inputs.items import Item
from .redact.text import mask_value
from .report import Summary, clean_for_terminal

THUMB_PX = 160
_SEV_RANK = {None: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


@dataclass(order=True)
class _Entry:
    risk: tuple[int, int, int]
    tiebreak: int
    item: Item = field(compare=False)
    result: ScanResult = field(compare=False)
    outcome: Any = field(compare=False, default=None)


def risk_of(result: ScanResult) -> tuple[int, int, int]:
    """Sort key: verdict, then the worst severity, then how many findings."""
    worst = max((_SEV_RANK[f.severity] for f in result.findings), default=0)
    return (result.verdict.rank, worst, len(result.findings))


class HtmlReport:
    """Collects results during a run and writes the report at the end."""

    def __init__(self, keep: int = 200, title: str = "leakscan report"):
        self.keep = keep
        self.title = title
        self._heap: list[_Entry] = []
        self._errors: list[tuple[str, str]] = []
        self._errors_total = 0
        self._n = count()

    def add(self, item: Item, result: ScanResult, outcome: Any = None) -> None:
        if result.error is not None and not result.findings:
            self._errors_total += 1
            if len(self._errors) < self.keep:
                self._errors.append((result.source or "", result.error))
            return
        if not result.findings:
            return
        entry = _Entry(risk_of(result), -next(self._n), item, result, outcome)
        if len(self._heap) < self.keep:
            heapq.heappush(self._heap, entry)
        else:
            heapq.heappushpop(self._heap, entry)

    def write(self, path: str | Path, summary: Summary, *, dry_run: bool = False) -> None:
        """Render and write the report atomically."""
        atomic_write(path, self.render(summary, dry_run=dry_run).encode("utf-8"))

    # -- rendering ------------------------------------------------------------------------

    def render(self, summary: Summary, *, dry_run: bool = False) -> str:
        entries = sorted(self._heap, reverse=True)
        with_findings = sum(n for v, n in summary.by_verdict.items() if v != Verdict.OK.value)
        parts = [
            _HEAD.replace("{title}", html.escape(self.title)),
            "<header><h1>What leakscan found</h1>",
            f"<p class=sub>{html.escape(time.strftime('%d %B %Y, %H:%M'))} &middot; everything was checked on this computer; nothing was sent anywhere.</p></header>",
            self._summary(summary),
        ]
        if entries:
            more = with_findings - len(entries)
            parts.append("<h2>Riskiest first</h2>")
            if more > 0:
                parts.append(
                    f"<p class=note>Showing the {len(entries)} riskiest items; {more} more have findings (see the JSON output for all).</p>"
                )
            parts.extend(self._card(e, dry_run) for e in entries)
        else:
            parts.append("<p class=allclear>Nothing that gives a child away was found.</p>")
        if self._errors:
            parts.append("<h2>Could not be checked</h2><ul class=errors>")
            parts.extend(f"<li><code>{_esc(src)}</code>: {_esc(reason)}</li>" for src, reason in self._errors)
            if self._errors_total > len(self._errors):
                parts.append(f"<li>and {self._errors_total - len(self._errors)} more</li>")
            parts.append("</ul>")
        parts.append(_FOOT)
        return "\n".join(parts)

    def _summary(self, s: Summary) -> str:
        v = s.by_verdict
        cards = [
            ("checked", s.items, ""),
            ("to fix before sharing", v.get("block", 0), "block"),
            ("worth a look", v.get("warn", 0), "warn"),
            ("fine", v.get("ok", 0), "ok"),
        ]
        if s.errors:
            cards.append(("could not be checked", s.errors, "err"))
        if s.skipped:
            cards.append(("skipped (not a photo or post)", s.skipped, ""))
        out = ["<section class=cards>"]
        out.extend(
            f"<div class='card {cls}'><b>{n:,}</b><span>{html.escape(label)}</span></div>" for label, n, cls in cards
        )
        out.append("</section>")
        if s.by_kind:
            out.append(
                "<h2>What kind of things</h2><table class=kinds><tr><th>kind</th><th>how many</th><th>what it means</th></tr>"
            )
            for kind, n in s.by_kind.most_common():
                out.append(
                    f"<tr><td>{_kind_label(kind)}</td><td>{n:,}</td><td>{html.escape(messages.parent_message(kind))}</td></tr>"
                )
            out.append("</table>")
        out.append(f"<p class=note>Took {s.seconds:.1f} seconds.</p>")
        return "\n".join(out)

    def _card(self, e: _Entry, dry_run: bool) -> str:
        r = e.result
        thumb = _thumbnail(e.item) if r.type == "image" else None
        place = next((f.place for f in r.findings if f.kind is Kind.GPS and f.place), None)
        out = [f"<article class='item {r.verdict.value}'>"]
        out.append(
            "<div class=thumb>"
            + (
                f"<img alt='' src='data:image/jpeg;base64,{thumb}'>"
                if thumb
                else f"<span>{'&#128247;' if r.type != 'text' else '&#128172;'}</span>"
            )
            + "</div>"
        )
        out.append("<div class=body>")
        out.append(
            f"<h3><span class='badge {r.verdict.value}'>{_VERDICT_WORDS[r.verdict]}</span> <code>{_esc(r.source or '')}</code></h3>"
        )
        if place:
            out.append(
                f"<p class=place>&#128205; Taken near <b>{html.escape(place)}</b> (exact position hidden in this report).</p>"
            )
        out.append("<table><tr><th>found</th><th>where</th><th>value</th><th>what it means</th></tr>")
        for f in r.findings:
            where = _esc(f.field) if f.field else ("in the text" if f.is_span else "")
            out.append(
                f"<tr><td>{_kind_label(f.kind.value)}</td><td>{where}</td><td><code>{_esc(_masked(f))}</code></td>"
                f"<td>{html.escape(messages.parent_message(f.code or f.kind.value))}</td></tr>"
            )
        out.append("</table>")
        out.append(f"<p class=todo><b>What to do:</b> {html.escape(_advice(r, e.outcome, dry_run))}</p>")
        out.append("</div></article>")
        return "\n".join(out)


_VERDICT_WORDS = {Verdict.BLOCK: "fix before sharing", Verdict.WARN: "worth a look", Verdict.OK: "fine"}


def _kind_label(kind: str) -> str:
    return html.escape(kind.replace("_", " ").lower())


def _esc(text: str) -> str:
    return html.escape(clean_for_terminal(text))


def _masked(f: Finding) -> str:
    """The value as the report shows it: partly masked; positions never shown."""
    if f.kind is Kind.GPS:
        return "0, 0 (placeholder)" if f.detail == "zero" else "position hidden"
    if f.kind is Kind.THUMBNAIL:
        return "embedded preview"
    if f.kind is Kind.DATETIME:
        return f.text[:10] if len(f.text) >= 10 else f.text
    return mask_value(f.text)


def _advice(r: ScanResult, outcome: Any, dry_run: bool) -> str:
    kinds = r.kinds
    if outcome is not None and getattr(outcome, "output", None) and outcome.changed and not dry_run:
        return f"Share the clean copy instead: {outcome.output}"
    if r.type == "image":
        if kinds & {Kind.GPS, Kind.OWNER, Kind.DEVICE_ID, Kind.THUMBNAIL, Kind.LOCATION}:
            return "Share a clean copy: run leakscan redact on it (the picture stays the same; the hidden data goes)."
        return "Check the picture itself too: leakscan reads hidden data, not what the photo shows."
    if kinds & {Kind.PHONE, Kind.EMAIL, Kind.ADDRESS}:
        return "Take out the contact details before posting (leakscan redact masks them)."
    if kinds & {Kind.SCHOOL, Kind.DATE_OF_BIRTH, Kind.PERSON}:
        return "Talk it through with the child: names, school and birthday together tell strangers a lot."
    return "Have a look together and decide what is fine to share."


def _thumbnail(item: Item) -> str | None:
    """A small JPEG of the picture (orientation applied, no metadata), base64; None if it cannot be decoded."""
    if item.path is None:
        return None
    try:
        from PIL import Image, ImageOps

        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - pillow-heif is a dependency
            pass
        with Image.open(item.path) as im:
            im.draft("RGB", (THUMB_PX * 2, THUMB_PX * 2))  # JPEG: decode at reduced size
            im = ImageOps.exif_transpose(im)
            im.thumbnail((THUMB_PX, THUMB_PX))
            buf = io.BytesIO()
            im.convert("RGB").save(buf, "JPEG", quality=70)
        return base64.b64encode(buf.getvalue()).decode("ascii")
    except Exception:
        return None


_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:24px;color:#1d2330;background:#f7f8fb}
h1{margin:0;font-size:28px} h2{margin-top:32px;font-size:20px} .sub,.note{color:#5b6475;font-size:14px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:20px 0}
.card{background:#fff;border-radius:10px;padding:12px 16px;min-width:130px;box-shadow:0 1px 3px #0002}
.card b{display:block;font-size:26px} .card span{color:#5b6475;font-size:13px}
.card.block b{color:#c62828} .card.warn b{color:#b26a00} .card.ok b{color:#2e7d32} .card.err b{color:#6a1b9a}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e8ef;vertical-align:top} th{color:#5b6475;font-weight:600}
.item{display:flex;gap:16px;background:#fff;border-radius:10px;padding:14px;margin:14px 0;box-shadow:0 1px 3px #0002;border-left:6px solid #999}
.item.block{border-left-color:#c62828} .item.warn{border-left-color:#f2a900}
.thumb{flex:0 0 160px;display:flex;align-items:flex-start;justify-content:center}
.thumb img{max-width:160px;max-height:160px;border-radius:6px} .thumb span{font-size:48px}
.body{flex:1;min-width:0} h3{margin:0 0 8px;font-size:16px;word-break:break-all}
.badge{display:inline-block;border-radius:99px;padding:1px 10px;font-size:12px;color:#fff;background:#777;white-space:nowrap}
.badge.block{background:#c62828} .badge.warn{background:#b26a00} .badge.ok{background:#2e7d32}
.place{margin:4px 0 8px} .todo{margin:10px 0 0} code{font-size:13px;word-break:break-all}
.allclear{font-size:18px;color:#2e7d32} .errors li{margin:4px 0}
@media print{body{background:#fff}.item,.card{box-shadow:none;border:1px solid #ccc}}
</style></head><body>"""

_FOOT = "<footer class=note><p>Made by leakscan. Values are partly masked so this report does not repeat what it warns about.</p></footer></body></html>"
