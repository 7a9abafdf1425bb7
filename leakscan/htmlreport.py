"""A self-contained HTML report a parent or teacher can read.

One file, no network: inline CSS, inline SVG icons (never emoji, which show as empty boxes
where no emoji font is installed), no scripts, thumbnails embedded as small data-URI JPEGs.

What it shows, in order: the counts; what could not be checked (it is never reported as
safe, and there is no all-clear while anything is in that list); then the riskiest items
first, each with its thumbnail or the post itself (findings masked in place, so a parent
can tell which post it was without the report repeating it), the file name masked where it
holds what was found, the place a GPS pin points at, what was found in plain words (values
partly masked: ``(217) ***-**34``) and what to do. A photo whose picture shows something
(text, a QR code, a face: findings with a ``box``) is shown larger, every found region outlined,
and what text or code it holds covered, so the report never shows the value itself.

Memory stays flat for any number of items: counts are kept for everything, details only for
the ``keep`` riskiest items (a bounded heap) and the first ``keep`` unchecked and skipped ones.
"""

from __future__ import annotations

import base64
import heapq
import html
import io
import re
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

from . import messages, policy
from .findings import Finding, Kind, ScanResult, Severity, Verdict
from .fsutil import atomic_write
from .inputs.items import Item
from .redact.text import mask_value, spans_to_redact
from .report import Summary, clean_for_terminal, unchecked_note
from .settings import Settings

THUMB_PX = 160
#: The longer side of a photo shown with its found regions outlined (shown at half that size:
#: sharp on a high-density screen, a few tens of KB as JPEG).
SHOWN_PX = 640
#: Pixels (at the shown size) added around a covered region: an OCR box hugs its letters.
COVER_PAD = 3
#: The largest picture decoded for a thumbnail. PNG, WebP, HEIF... can only be decoded whole
#: (a 13000 x 13000 PNG is 2 GB of pixels); JPEG is decoded at a reduced scale first and
#: judged after that. Larger pictures get a placeholder. Never above ``max_image_pixels``.
THUMB_MAX_PIXELS = 40_000_000
#: Plain text of a post shown around its findings, per stretch (longer stretches are cut).
POST_CONTEXT = 160

_SEV_RANK = {None: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}
#: How much one finding adds to an item's rank, by the severity it counts with.
_WEIGHT = {0: 0, 1: 1, 2: 3, 3: 9}


# -- plain words ----------------------------------------------------------------------------

#: What was found, in plain words, by kind.
KIND_WORDS: dict[Kind, str] = {
    Kind.PERSON: "a name",
    Kind.LOCATION: "a place",
    Kind.ADDRESS: "an address",
    Kind.PHONE: "a phone number",
    Kind.EMAIL: "an e-mail address",
    Kind.SCHOOL: "a school",
    Kind.AGE: "an age or school year",
    Kind.DATE_OF_BIRTH: "a birthday",
    Kind.HANDLE: "a username on an app",
    Kind.URL: "a link",
    Kind.ORG: "a club, team or group",
    Kind.GPS: "a map pin (where it was taken)",
    Kind.OWNER: "an owner's or author's name",
    Kind.DEVICE_ID: "a camera serial number",
    Kind.THUMBNAIL: "a hidden preview picture",
    Kind.DATETIME: "when the photo was taken",
    Kind.FACE: "a face",
}

_CONTACT = "the photographer's contact details"
_AUTHOR = "the photographer's or author's name"
_PLACE = "the place saved with the photo"
_DESCRIPTION = "the photo's description"
_WHEN = "when the photo was taken"
_PREVIEW = "a hidden preview picture"
_SERIAL = "the camera's serial number"

#: Where a finding was, in plain words, by the local name of its field (the part after the
#: last ``/``, ``:`` or space: ``XMP photoshop:City`` -> ``City``). Others get a cleaned-up name.
FIELD_WORDS: dict[str, str] = {
    "GPSInfo": "the hidden map pin (GPS)",
    "FileName": "the file name",
    "pixels": "shown in the picture",
    "OriginalRawFileName": "the original file name",
    "DocumentName": "the document name",
    **dict.fromkeys(("Artist", "creator", "Creator", "By-line", "Byline", "Author", "author", "artist"), _AUTHOR),
    **dict.fromkeys(("XPAuthor", "©ART", "©aut"), _AUTHOR),
    **dict.fromkeys(
        ("Copyright", "copyright", "rights", "Rights", "CopyrightNotice", "Copyright Notice"), "the copyright notice"
    ),
    "©cpy": "the copyright notice",
    **dict.fromkeys(("OwnerName", "CameraOwnerName", "Owner"), "the camera owner's name"),
    "Credit": "the photo credit",
    **dict.fromkeys(("CaptionWriter", "Writer-Editor", "©wrt"), "the caption writer's name"),
    **dict.fromkeys(("SerialNumber", "BodySerialNumber", "CameraSerialNumber", "InternalSerialNumber"), _SERIAL),
    "CameraID": _SERIAL,
    "LensSerialNumber": "the lens's serial number",
    **dict.fromkeys(("ImageUniqueID", "RawDataUniqueID"), "the photo's unique number"),
    **dict.fromkeys(
        ("City", "City2", "Sub-location", "Sublocation", "Province-State", "ProvinceState", "State", "Country"),
        _PLACE,
    ),
    **dict.fromkeys(
        ("CountryName", "CountryCode", "Country-PrimaryLocationName", "Country-PrimaryLocationCode", "Location"),
        _PLACE,
    ),
    **dict.fromkeys(("LocationName", "ContentLocationName", "Landmark", "Places", "Locality", "StateProvince"), _PLACE),
    **dict.fromkeys(("County", "Municipality", "locality", "country", "location"), _PLACE),
    "HometownCity": "the camera's home town",
    "DestinationCity": "the camera's travel destination",
    **dict.fromkeys(
        ("PersonInImage", "PersonInImageName", "PersonDisplayName", "People"), "the names of people in the photo"
    ),
    **dict.fromkeys(("ImageDescription", "description", "Caption-Abstract", "Caption"), _DESCRIPTION),
    **dict.fromkeys(("UserComment", "XPComment", "Comment"), "a hidden comment"),
    **dict.fromkeys(("title", "XPTitle", "ObjectName", "Headline", "PageName", "Label"), "the photo's title"),
    **dict.fromkeys(("Keywords", "XPKeywords", "subject", "XPSubject", "hierarchicalSubject"), "the photo's keywords"),
    **dict.fromkeys(("Instructions", "SpecialInstructions"), "the photo's instructions"),
    "Event": "the event saved with the photo",
    "Contact": "the contact saved with the photo",
    "HostComputer": "the computer's name",
    **dict.fromkeys(("DateTimeOriginal", "CreateDate", "DateTimeDigitized", "DateCreated", "DateTime"), _WHEN),
    **dict.fromkeys(("ThumbnailImage", "PreviewImage", "PhotoshopThumbnail", "Thumbnail", "CoverArt"), _PREVIEW),
}

#: Structures whose every field is about the photo's maker (checked before the local name).
_MAKER_STRUCTURES = {"CreatorContactInfo": _CONTACT}
#: Field words that tell who made or owns the photo, not who or where the child is.
_MAKER_WORDS = frozenset({_CONTACT, _AUTHOR, "the copyright notice", "the photo credit", "the caption writer's name"})

_SUFFIX = re.compile(r"\s*\([^()]{0,80}\)$")  # "GPSInfo (APP1 #2)": which copy of a block
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|[_\-.]+")


def field_words(name: str) -> str:
    """Where a finding was, in plain words: ``XMP Iptc4xmpCore:CreatorContactInfo/...CiAdrExtadr``
    -> "the photographer's contact details"; a field with no entry gets its name cleaned up
    ("XMP photoshop:HometownCity" -> "a hidden field: hometown city")."""
    for part, words in _MAKER_STRUCTURES.items():
        if part in name:
            return words
    if name.endswith(" payload"):  # "QR Code payload": what a code in the picture holds
        return f"in a {name.removesuffix(' payload')} in the picture"
    base = _SUFFIX.sub("", name)
    local = base.rsplit("/", 1)[-1].rsplit(":", 1)[-1].rsplit(" ", 1)[-1]
    if local in FIELD_WORDS:
        return FIELD_WORDS[local]
    if local.startswith("GPS"):
        return FIELD_WORDS["GPSInfo"]
    if local.endswith(("Thumbnail", "Preview", "Image")):
        return _PREVIEW
    words = " ".join(w if w.isupper() else w.lower() for w in _CAMEL.sub(" ", local).split())
    return f"a hidden field: {words}" if words else "a hidden field"


def kind_words(kind: Kind | str) -> str:
    """What a finding is, in plain words ("a phone number", "when the photo was taken")."""
    kind = Kind(kind)
    return KIND_WORDS.get(kind, kind.value.replace("_", " ").lower())


# -- ranking --------------------------------------------------------------------------------


def about_the_maker(f: Finding) -> bool:
    """True when ``f`` only tells who made or owns a photo (the photographer's name, contact
    details, copyright, credit), unless it matches the child's own known facts."""
    return bool(f.field) and f.detail != "known" and field_words(f.field) in _MAKER_WORDS


def risk_of(result: ScanResult, settings: Settings | None = None) -> tuple[int, int, int]:
    """Sort key, riskiest highest: the verdict (a block outranks anything, and what was not
    fully checked is a block), then the worst finding about the child, then the findings
    weighted by severity (high 9, medium 3, low 1).

    "About the child" leaves out what only tells who made the photo, and asks the policy
    again without it: a studio portrait is a block for the studio's own address and e-mail
    in the photographer's contact details (and its town rises to high beside them), but
    says nothing of where the child lives, so a post giving a home address comes first.
    What is left out still counts, as low.
    """
    about_child = [f for f in result.findings if not about_the_maker(f)]
    decided, _verdict = policy.decide(about_child, settings or _DEFAULT_SETTINGS)
    ranks = [_SEV_RANK[f.severity] for f in decided]
    maker = len(result.findings) - len(about_child)
    return (result.verdict.rank, max(ranks, default=0), sum(_WEIGHT[r] for r in ranks) + maker * _WEIGHT[1])


_DEFAULT_SETTINGS = Settings()


# -- the report -----------------------------------------------------------------------------


@dataclass(order=True)
class _Entry:
    risk: tuple[int, int, int]
    tiebreak: int
    item: Item = field(compare=False)
    result: ScanResult = field(compare=False)
    outcome: Any = field(compare=False, default=None)


class HtmlReport:
    """Collects results during a run and writes the report at the end."""

    def __init__(self, keep: int = 200, title: str = "leakscan report", *, settings: Settings | None = None):
        self.keep = keep
        self.title = title
        self.settings = settings or _DEFAULT_SETTINGS
        self.max_pixels = min(THUMB_MAX_PIXELS, self.settings.max_image_pixels)
        self._heap: list[_Entry] = []
        self._with_findings = 0
        self._unchecked: list[tuple[str, str, bool]] = []  # (shown name, note, has findings)
        self._n = count()

    def add(self, item: Item, result: ScanResult, outcome: Any = None) -> None:
        if not result.checked and len(self._unchecked) < self.keep:
            note = unchecked_note(result) or ""
            self._unchecked.append((shown_name(result), note, bool(result.findings)))
        if not result.findings:
            return
        self._with_findings += 1
        entry = _Entry(risk_of(result, self.settings), -next(self._n), item, result, outcome)
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
        parts = [
            _HEAD.replace("{title}", html.escape(self.title)),
            "<header><h1>What leakscan found</h1>",
            f"<p class=sub>{html.escape(time.strftime('%d %B %Y, %H:%M'))} &middot; everything was checked on this computer; nothing was sent anywhere.</p></header>",
            self._cards(summary),
        ]
        if summary.unchecked:  # before anything else: none of it is known to be safe
            parts.append(self._unchecked_section(summary.unchecked))
        parts.append(self._kinds(summary))
        if entries:
            more = self._with_findings - len(entries)
            parts.append("<h2>Riskiest first</h2>")
            if more > 0:
                parts.append(
                    f"<p class=note>Showing the {len(entries)} riskiest items; {more:,} more have findings (see the JSON output for all).</p>"
                )
            parts.extend(self._card(e, dry_run) for e in entries)
        elif summary.unchecked:
            checked = summary.items - summary.unchecked
            parts.append(
                f"<p class=notclear>Nothing was found in the {checked:,} item{'s' if checked != 1 else ''} that could be "
                f"checked, but {summary.unchecked:,} could not be checked (listed above): they are not known to be safe.</p>"
            )
        elif summary.items:
            parts.append("<p class=allclear>Nothing that gives a child away was found.</p>")
        else:
            parts.append("<p class=notclear>Nothing was checked: no photos, videos or posts were found.</p>")
        if summary.skipped_files:
            parts.append(self._skipped_section(summary))
        parts.append(_FOOT)
        return "\n".join(parts)

    def _cards(self, s: Summary) -> str:
        v = s.by_verdict
        cards = [
            ("items", s.items, ""),
            ("to fix before sharing", v.get("block", 0), "block"),
            ("worth a look", v.get("warn", 0), "warn"),
            ("fine", v.get("ok", 0), "ok"),
        ]
        if s.unchecked:
            cards.insert(1, ("could not be checked", s.unchecked, "err"))
        if s.skipped:
            cards.append(("skipped (not a photo or post)", s.skipped, ""))
        out = ["<section class=cards>"]
        out.extend(
            f"<div class='card {cls}'><b>{n:,}</b><span>{html.escape(label)}</span></div>" for label, n, cls in cards
        )
        out.append("</section>")
        return "\n".join(out)

    def _kinds(self, s: Summary) -> str:
        out = []
        if s.by_kind:
            out.append(
                "<h2>What kind of things</h2><table class=kinds><tr><th>found</th><th>how many</th><th>what it means</th></tr>"
            )
            for kind, n in s.by_kind.most_common():
                out.append(
                    f"<tr><td>{html.escape(kind_words(kind))}</td><td>{n:,}</td><td>{html.escape(messages.parent_message(kind))}</td></tr>"
                )
            out.append("</table>")
        out.append(f"<p class=note>Took {s.seconds:.1f} seconds.</p>")
        return "\n".join(out)

    def _unchecked_section(self, total: int) -> str:
        out = [
            f"<section class=unchecked><h2>{_ICON_WARN} Could not be checked ({total:,})</h2>",
            "<p>leakscan could not read these (or not all of them), so it cannot say they are safe. "
            "Do not share them until someone has looked at them, or fix the problem and run leakscan again.</p><ul>",
        ]
        for name, note, found in self._unchecked:
            extra = " (what it did find is shown below)" if found else ""
            out.append(f"<li><code>{name}</code>: {_esc(note)}{extra}</li>")
        if total > len(self._unchecked):
            out.append(f"<li>and {total - len(self._unchecked):,} more (see the JSON output)</li>")
        out.append("</ul></section>")
        return "\n".join(out)

    def _skipped_section(self, s: Summary) -> str:
        out = ["<h2>Skipped</h2><p class=note>Not photos, videos or posts, so not checked:</p><ul class=skipped>"]
        out.extend(f"<li><code>{_esc(src)}</code>: {_esc(reason)}</li>" for src, reason in s.skipped_files)
        if s.skipped > len(s.skipped_files):
            out.append(f"<li>and {s.skipped - len(s.skipped_files):,} more</li>")
        out.append("</ul>")
        return "\n".join(out)

    def _card(self, e: _Entry, dry_run: bool) -> str:
        r = e.result
        regions = [f for f in r.findings if f.box is not None]
        thumb = None
        if r.type != "text":
            thumb = _thumbnail(e.item, self.max_pixels, regions, size=SHOWN_PX if regions else THUMB_PX)
        place = next((f.place for f in r.findings if f.kind is Kind.GPS and f.place), None)
        out = [f"<article class='item {r.verdict.value}'>"]
        if thumb and regions:
            alt = "the photo, with what was found outlined in red and covered"
            out.append(f"<div class='thumb shown'><img alt='{alt}' src='data:image/jpeg;base64,{thumb}'></div>")
        elif thumb:
            out.append(f"<div class=thumb><img alt='' src='data:image/jpeg;base64,{thumb}'></div>")
        else:
            icon, label = (_ICON_POST, "post") if r.type == "text" else (_ICON_PHOTO, "no preview")
            out.append(f"<div class=thumb><span class=icon>{icon}<small>{label}</small></span></div>")
        out.append("<div class=body>")
        badge = _VERDICT_WORDS[r.verdict] if r.checked else "not fully checked"
        out.append(f"<h3><span class='badge {r.verdict.value}'>{badge}</span> <code>{shown_name(r)}</code></h3>")
        if not r.checked:
            out.append(f"<p class=partly>{_ICON_WARN} {_esc(unchecked_note(r) or '')}: more may be hidden.</p>")
        if place:
            out.append(
                f"<p class=place>{_ICON_PIN} Taken near <b>{html.escape(place)}</b> (exact position hidden in this report).</p>"
            )
        if e.item.text is not None and any(f.is_span and f.field is None for f in r.findings):
            out.append(f"<blockquote class=post>{post_html(e.item.text, r.findings)}</blockquote>")
        out.append("<table><tr><th>found</th><th>where</th><th>value</th><th>what it means</th></tr>")
        for f in r.findings:
            where = field_words(f.field) if f.field else ("in the post" if f.is_span else "")
            if where == kind_words(f.kind):  # "when the photo was taken", twice
                where = "hidden in the photo"
            out.append(
                f"<tr><td>{html.escape(kind_words(f.kind))}</td><td>{html.escape(where)}</td><td><code>{_esc(_masked(f))}</code></td>"
                f"<td>{html.escape(messages.parent_message(f.code or f.kind.value))}</td></tr>"
            )
        out.append("</table>")
        out.append(
            f"<p class=todo><b>What to do:</b> {html.escape(_advice(r, e.outcome, dry_run, pixels=self.settings.pixels))}</p>"
        )
        out.append("</div></article>")
        return "\n".join(out)


_VERDICT_WORDS = {Verdict.BLOCK: "fix before sharing", Verdict.WARN: "worth a look", Verdict.OK: "fine"}


def _esc(text: str, *, keep_newlines: bool = False) -> str:
    return html.escape(clean_for_terminal(text, keep_newlines=keep_newlines))


def shown_name(result: ScanResult) -> str:
    """The item's name as HTML, with what was found in the file name masked (names often hold
    the very values flagged inside: ``emma_2013_springfield.jpg``)."""
    source = result.source or ""
    cut = max(source.rfind("/"), source.rfind("\\")) + 1
    folder, base = source[:cut], source[cut:]
    out, pos = [_esc(folder)], 0
    for start, end, _f in spans_to_redact(result.findings, "FileName"):
        if end > len(base):  # offsets of another name: show nothing of it rather than a value
            return _esc(folder) + "(name hidden)"
        out.append(_esc(base[pos:start]) + f"<mark>{_esc(mask_value(base[start:end]))}</mark>")
        pos = end
    out.append(_esc(base[pos:]))
    return "".join(out)


def post_html(text: str, findings: tuple[Finding, ...]) -> str:
    """The post as HTML with each finding masked in place and marked, so a parent can tell
    which post it was without the report repeating what it warns about. Long stretches of
    plain text between findings are shortened to their ends."""
    out, pos = [], 0
    for start, end, f in spans_to_redact(findings):
        out.append(_context(text[pos:start], first=pos == 0, last=False))
        label = html.escape(kind_words(f.kind))
        sev = f.severity.value if f.severity else "low"
        out.append(f"<mark class={sev} title='{label}'>{_esc(mask_value(text[start:end]))}</mark>")
        pos = end
    out.append(_context(text[pos:], first=pos == 0, last=True))
    return "".join(out)


def _context(text: str, *, first: bool, last: bool) -> str:
    """Plain text between findings, cut to its ends when long: the stretch before the first
    finding keeps its end, the one after the last keeps its start, others keep both."""
    n = POST_CONTEXT
    if len(text) > 2 * n:
        if first:
            text = "… " + text[-n:]
        elif last:
            text = text[:n] + " …"
        else:
            text = text[:n] + " … " + text[-n:]
    return _esc(text, keep_newlines=True)


def _masked(f: Finding) -> str:
    """The value as the report shows it: partly masked; positions never shown."""
    if f.kind is Kind.GPS:
        return "0, 0 (placeholder)" if f.detail == "zero" else "position hidden"
    if f.kind in (Kind.THUMBNAIL, Kind.FACE):
        return "embedded preview" if f.kind is Kind.THUMBNAIL else "outlined in the photo"
    if f.kind is Kind.DATETIME:
        return f.text[:10] if len(f.text) >= 10 else f.text
    return mask_value(f.text)


def _advice(r: ScanResult, outcome: Any, dry_run: bool, *, pixels: bool = True) -> str:
    kinds = r.kinds
    if not r.checked:
        return "Do not share it yet: leakscan could not check all of it. Look at it yourself first."
    held = getattr(outcome, "holds", None)
    if held and getattr(outcome, "output", None) and not dry_run:  # a copy is made, but not clean
        what = ", ".join(f"{kind} ({where})" if where else kind for kind, where in held)
        return f"The copy at {clean_for_terminal(outcome.output)} still gives away {what}: take that out before sharing it."
    if outcome is not None and getattr(outcome, "output", None) and outcome.changed and not dry_run:
        return f"Share the clean copy instead: {clean_for_terminal(outcome.output)}"
    if r.type != "text":
        if any(f.box is not None and f.kind is not Kind.FACE for f in r.findings):
            return "Cover or crop what is outlined in the photo before sharing it, or share another photo."
        if Kind.FACE in kinds:
            return "Ask the people in it before sharing their faces (leakscan redact --blur-faces pixelates them)."
        if kinds & {Kind.GPS, Kind.OWNER, Kind.DEVICE_ID, Kind.THUMBNAIL, Kind.LOCATION}:
            return "Share a clean copy: run leakscan redact on it (the picture stays the same; the hidden data goes)."
        if not pixels:
            return "Check the picture itself too: leakscan read its hidden data, not what the photo shows."
        return "Have a look at it together and decide what is fine to share."
    if kinds & {Kind.PHONE, Kind.EMAIL, Kind.ADDRESS}:
        return "Take out the contact details before posting (leakscan redact masks them)."
    if kinds & {Kind.SCHOOL, Kind.DATE_OF_BIRTH, Kind.PERSON}:
        return "Talk it through with the child: names, school and birthday together tell strangers a lot."
    return "Have a look together and decide what is fine to share."


def _thumbnail(
    item: Item, max_pixels: int = THUMB_MAX_PIXELS, regions: Sequence[Finding] = (), *, size: int = THUMB_PX
) -> str | None:
    """A small JPEG of the picture (orientation applied, no metadata), base64; None when it
    cannot be decoded or is over ``max_pixels`` once JPEG's reduced-scale decoding is applied
    (the size is known before any pixel is decoded).

    ``regions`` are findings with a ``box`` (in the upright picture's pixels, as the pixel
    scanners report them): each is outlined, and covered unless it is a face (a parent must
    see whose face it is; a phone number or an address must not be shown again)."""
    if item.path is None:
        return None
    try:
        from PIL import Image, ImageOps

        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - pillow-heif is a dependency
            pass
        with warnings.catch_warnings():
            # Pillow warns on open above its own bound; the bound that counts is checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(item.path) as im:
                full = im.size  # before draft(), which reduces it
                im.draft("RGB", (size * 2, size * 2))  # JPEG: decode at 1/2 to 1/8 scale
                if im.width * im.height > max_pixels:
                    return None
                # only now: a PNG's getexif() decodes the picture to reach an eXIf chunk after it
                upright = full[::-1] if im.getexif().get(_ORIENTATION, 1) in (5, 6, 7, 8) else full
                im.thumbnail((size, size))
                im = ImageOps.exif_transpose(im).convert("RGB")  # on the small copy (the tag is kept)
                _outline(im, regions, (im.width / upright[0], im.height / upright[1]))
                buf = io.BytesIO()
                im.save(buf, "JPEG", quality=70)
        return base64.b64encode(buf.getvalue()).decode("ascii")
    except Exception:
        return None


_ORIENTATION = 0x0112
_OUTLINE = (211, 47, 47)
_COVER = (70, 70, 70)


def _outline(im: Any, regions: Sequence[Finding], scale: tuple[float, float]) -> None:
    """Draw ``regions`` on ``im`` (scaled from the full picture by ``scale``): covered (not a
    face) and outlined, so the report shows where, never what."""
    if not regions:
        return
    from PIL import ImageDraw

    draw = ImageDraw.Draw(im)
    line = max(3, round(max(im.size) / 160))
    for f in regions:
        x, y, w, h = f.box  # type: ignore[misc]
        # OCR places characters along a line evenly: in a proportional font the ends of a
        # value can be off by a part of a character, so the sides get half a character more
        side = COVER_PAD + h * scale[1] * 0.3
        rect = (
            max(0, x * scale[0] - side),
            max(0, y * scale[1] - COVER_PAD),
            min(im.width - 1, (x + w) * scale[0] + side),
            min(im.height - 1, (y + h) * scale[1] + COVER_PAD),
        )
        if rect[2] <= rect[0] or rect[3] <= rect[1]:
            continue
        draw.rectangle(rect, fill=None if f.kind is Kind.FACE else _COVER, outline=_OUTLINE, width=line)


def _svg(body: str, size: int) -> str:
    return (
        f"<svg viewBox='0 0 24 24' width='{size}' height='{size}' aria-hidden='true' fill='none' "
        f"stroke='currentColor' stroke-width='1.7' stroke-linecap='round' stroke-linejoin='round'>{body}</svg>"
    )


_ICON_PHOTO = _svg(
    "<path d='M3 8a2 2 0 0 1 2-2h2.5l1.5-2h6l1.5 2H19a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z'/>"
    "<circle cx='12' cy='13' r='4'/>",
    48,
)
_ICON_POST = _svg("<path d='M4 5h16v11H10l-5 4v-4H4z'/><path d='M8 9h8M8 12h5'/>", 48)
_ICON_PIN = _svg(
    "<path d='M12 21s-6.5-6.2-6.5-11.5a6.5 6.5 0 0 1 13 0C18.5 14.8 12 21 12 21z'/><circle cx='12' cy='9.5' r='2.3'/>",
    18,
)
_ICON_WARN = _svg("<path d='M12 3 2 20h20z'/><path d='M12 10v4M12 17v.5'/>", 18)

_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:24px;color:#1d2330;background:#f7f8fb}
h1{margin:0;font-size:28px} h2{margin-top:32px;font-size:20px} .sub,.note{color:#5b6475;font-size:14px}
svg{vertical-align:-3px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:20px 0}
.card{background:#fff;border-radius:10px;padding:12px 16px;min-width:130px;box-shadow:0 1px 3px #0002}
.card b{display:block;font-size:26px} .card span{color:#5b6475;font-size:13px}
.card.block b,.card.err b{color:#c62828} .card.warn b{color:#b26a00} .card.ok b{color:#2e7d32} .card.err{outline:2px solid #c62828}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e8ef;vertical-align:top} th{color:#5b6475;font-weight:600}
.unchecked{background:#fdecea;border:2px solid #c62828;border-radius:10px;padding:4px 16px 8px;margin:20px 0}
.unchecked h2{margin-top:12px;color:#8e1c1c} .unchecked li{margin:4px 0}
.item{display:flex;gap:16px;background:#fff;border-radius:10px;padding:14px;margin:14px 0;box-shadow:0 1px 3px #0002;border-left:6px solid #999}
.item.block{border-left-color:#c62828} .item.warn{border-left-color:#f2a900}
.thumb{flex:0 0 160px;display:flex;align-items:flex-start;justify-content:center}
.thumb img{max-width:160px;max-height:160px;border-radius:6px}
.thumb.shown{flex:0 0 320px} .thumb.shown img{max-width:320px;max-height:320px}
@media (max-width:640px){.item{flex-direction:column}.thumb.shown{flex-basis:auto}}
.icon{display:flex;flex-direction:column;align-items:center;color:#8a93a6;padding-top:8px} .icon small{font-size:12px}
.body{flex:1;min-width:0} h3{margin:0 0 8px;font-size:16px;overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:99px;padding:1px 10px;font-size:12px;color:#fff;background:#777;white-space:nowrap}
.badge.block{background:#c62828} .badge.warn{background:#b26a00} .badge.ok{background:#2e7d32}
.post{margin:4px 0 10px;padding:8px 12px;background:#f3f4f8;border-left:3px solid #c5cad6;white-space:pre-wrap;word-break:break-word}
mark{background:#ffe08a;border-radius:3px;padding:0 2px} mark.high{background:#ffb4ab}
.partly{color:#8e1c1c;font-weight:600;margin:4px 0 8px}
.place{margin:4px 0 8px} .todo{margin:10px 0 0} code{font-size:13px;overflow-wrap:anywhere}
.allclear{font-size:18px;color:#2e7d32} .notclear{font-size:18px;color:#8e1c1c} .skipped li{margin:2px 0;font-size:14px}
@media print{body{background:#fff}.item,.card{box-shadow:none;border:1px solid #ccc}}
</style></head><body>"""

_FOOT = "<footer class=note><p>Made by leakscan. Values are partly masked so this report does not repeat what it warns about.</p></footer></body></html>"
