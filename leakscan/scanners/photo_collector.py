"""The collector: findings for one photo's metadata, gathered field by field, de-duplicated.

:mod:`.photo_metadata` decodes the blocks and hands every value to a :class:`Collector`:
structured values become findings at once (GPS, owners, places, serial numbers, previews,
the capture time); texts are gathered and read by the text scanners in one batch
(:meth:`Collector.run_texts`, one NER pass per photo).
"""

from __future__ import annotations

import math
import re
from contextlib import nullcontext
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import geo
from ..findings import Finding, Kind
from ..media.exif_data import bytes_text
from ..settings import SCANNER_NAMES, Settings
from . import text_scanners
from .detect import runs_ner
from .memo import detect_remembered, recall
from .photo_fields import (
    BOILERPLATE,
    BYTE_LIST,
    DATETIME_NAMES,
    JUNK_VALUE,
    MAX_TEXT_CHARS,
    MAX_TEXT_FIELDS,
    OTHER,
    SHORT,
    TEXT,
    TEXT_KINDS,
    UNLIKE_A_NAME,
    blank_controls,
    blank_stamps,
    classify,
    clean_value,
    coordinates,
    local_name,
    no_text,
    printable,
    profile_link,
    vendor_credit,
    wants_ner,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The scanner's name, as findings and settings name it.
NAME = "photo_metadata"

# -- the collector ---------------------------------------------------------------------------------


class Collector:
    """Gathers findings for one image, de-duplicating as it goes.

    With ``structured`` False (the metadata scanner switched off, text scanners on) it only
    gathers text: free-text fields as always, and the names and places it would otherwise
    report by their field name (owners, people, places) as texts for the text scanners;
    positions, times, serial numbers and previews are not text and are left out.
    """

    def __init__(self, settings: Settings, *, structured: bool = True) -> None:
        self.settings = settings
        self.structured = structured
        self.findings: list[Finding] = []
        self.gps_seen: list[tuple[float, float]] = []
        #: Positions written out in text fields, per field.
        self.gps_in_texts: dict[str, list[tuple[float, float]]] = {}
        self.gps_other: set[str] = set()
        self.values: set[tuple[Kind, str]] = set()
        #: Cleaned text -> its index in ``text_order`` (the first field it was seen in).
        self.texts: dict[str, int] = {}
        #: ``[field, text, free]`` per distinct text: ``free`` False for a text seen only in
        #: fields not known to be free text (:data:`~.photo_fields.OTHER`: pattern scanners only, see
        #: :meth:`run_texts`).
        self.text_order: list[list[Any]] = []
        self.owner_texts: list[tuple[str, str]] = []
        #: Values reported whole by their field (owners, people, places, addresses): the
        #: scanners for contact details still read them (a phone number in an owner's name).
        self.value_texts: list[tuple[str, str]] = []
        #: Copyright lines of what the photo carries (an ICC profile's): an owner when they
        #: name a person (:meth:`run_texts`).
        self.credits: list[tuple[str, str]] = []
        self.datetime: tuple[int, str, str] | None = None
        self.thumbs: set[str] = set()
        self.filename: str | None = None
        #: Make/Model values: a description that only repeats them is not worth scanning.
        self.camera: set[str] = set()
        #: Why this image could not be fully checked (a block only read in part...): no values.
        self.incomplete: list[str] = []
        #: Every named text value seen, ``(field, text)``, repeats included (see :func:`.photo_metadata.text_fields`).
        self.fields: list[tuple[str, str]] = []

    # structured ----------------------------------------------------------------------------------

    def value(self, kind: Kind, field: str, raw: Any, *, detail: str | None = None) -> None:
        if isinstance(raw, str):
            self.fields.append((field, raw))
        if not self.structured:
            if kind in TEXT_KINDS and isinstance(raw, str):
                self.text(field, raw)
            return
        text = clean_value(str(raw)) if raw is not None else ""
        if not text or JUNK_VALUE.match(text):
            return
        key = (kind, text.casefold())
        if key in self.values:
            return
        self.values.add(key)
        self.findings.append(Finding(kind=kind, text=text, field=field, scanner=NAME, detail=detail))
        if kind is Kind.OWNER:
            self.owner_texts.append((field, text))
        if kind in TEXT_KINDS:
            self.value_texts.append((field, text))

    def named(self, field: str, name: str, raw: Any) -> None:
        """Classify ``name`` and record ``raw`` as the kind it gives."""
        kind = classify(name)
        if kind is None:
            if isinstance(raw, str) and UNLIKE_A_NAME.search(raw[:MAX_TEXT_CHARS]):
                self.other(field, raw)  # not what a camera's name looks like: read it
            return
        if kind == TEXT:
            if isinstance(raw, str):
                self.text(field, raw)
            return
        if kind == OTHER:
            if isinstance(raw, (bytes, bytearray)):
                raw = printable(bytes(raw))
            if isinstance(raw, str):
                self.other(field, raw)
            return
        if kind is Kind.DATETIME:
            self.when(field, name, raw)
            return
        if isinstance(raw, (bytes, bytearray)):
            raw = bytes_text(bytes(raw))
        if isinstance(raw, str) and BYTE_LIST.fullmatch(raw):
            # some cameras write text as a list of character codes ("79 76 89 ...")
            codes = [int(x) for x in raw.split()]
            if all(0 <= x < 256 for x in codes):
                raw = bytes(codes).split(b"\x00", 1)[0].decode("latin-1").strip()
                if len(raw) <= SHORT and BOILERPLATE.match(raw):
                    return
        if kind is Kind.OWNER and isinstance(raw, str) and len(re.findall(r"\w", raw)) < 2:
            return
        if (
            kind is Kind.DEVICE_ID
            and isinstance(raw, str)
            and (re.fullmatch(r"[\s0]*", raw) or not re.search(r"\d", raw) or len(raw.strip()) < 3)
        ):
            return
        if kind is Kind.DEVICE_ID and isinstance(raw, str) and len(raw) <= SHORT and BOILERPLATE.match(raw):
            return
        self.value(kind, field, raw)

    def when(self, field: str, name: str, raw: Any) -> None:
        if not self.structured:
            return
        text = clean_value(str(raw)) if raw is not None else ""
        if not text or JUNK_VALUE.match(text) or text.startswith("0000"):
            return
        rank = DATETIME_NAMES.index(local_name(name)) if local_name(name) in DATETIME_NAMES else len(DATETIME_NAMES)
        if self.datetime is None or rank < self.datetime[0]:
            self.datetime = (rank, field, text)

    def thumbnail(self, field: str, size: int | None) -> None:
        if not self.structured or field in self.thumbs:
            return
        self.thumbs.add(field)
        text = "embedded preview image" + (f" ({size:,} bytes)" if size and size > 16 else "")
        self.findings.append(Finding(kind=Kind.THUMBNAIL, text=text, field=field, scanner=NAME))

    def gps(self, field: str, lat: float | None, lon: float | None, *, in_text: bool = False) -> None:
        """One position (reported once). ``in_text``: written out in a text field, which is
        reported even when the same position came from GPS tags (the field says where too,
        and an only-GPS copy must leave it out: :func:`leakscan.redact.image.location_texts`)."""
        if not self.structured or lat is None or lon is None:
            return
        detail, place = geo.describe(lat, lon)
        if detail == "invalid":
            text = "invalid position"
            if all(isinstance(v, float) and math.isfinite(v) for v in (lat, lon)):
                text = f"{lat:.5f}, {lon:.5f}"
            if text in self.gps_other:
                return
            self.gps_other.add(text)
        else:
            seen = self.gps_in_texts.setdefault(field, []) if in_text else self.gps_seen
            for la, lo in seen:
                if (la == lo == 0.0) == (lat == lon == 0.0) and geo.distance_km(la, lo, lat, lon) < 0.05:
                    return
            seen.append((lat, lon))
            text = f"{lat:.5f}, {lon:.5f}"
        self.findings.append(Finding(kind=Kind.GPS, text=text, field=field, scanner=NAME, place=place, detail=detail))

    def cell(self, field: str, text: str) -> None:
        if not self.structured:
            return
        text = clean_value(text)
        if not text or text in self.gps_other:
            return
        self.gps_other.add(text)
        self.findings.append(Finding(kind=Kind.GPS, text=text, field=field, scanner=NAME, detail="cell"))

    # free text -----------------------------------------------------------------------------------------

    def text(self, field: str, raw: str, *, free: bool = True) -> None:
        """A text value: the text scanners read it; ``free`` False for a field not known to be
        free text (:data:`~.photo_fields.OTHER`)."""
        if not raw or not raw.strip():
            return
        self.fields.append((field, raw))
        text = raw[:MAX_TEXT_CHARS]
        if len(text) <= SHORT and BOILERPLATE.match(text):
            return
        key = " ".join(blank_controls(text).split()).casefold()
        if key in self.camera:
            return
        if key in self.texts:
            if free:  # seen first in a field that is not free text: it is free text here
                self.text_order[self.texts[key]][2] = True
            return
        if len(self.text_order) >= MAX_TEXT_FIELDS:
            reason = f"more than {MAX_TEXT_FIELDS} text fields (the rest were not scanned)"
            if reason not in self.incomplete:
                self.incomplete.append(reason)
            return
        self.texts[key] = len(self.text_order)
        self.text_order.append([field, text, free])
        for lat, lon in coordinates(text):  # a position written out in a comment is a position
            self.gps(field, lat, lon, in_text=True)

    def credit(self, field: str, raw: str) -> None:
        """The copyright line of something the photo carries (its colour profile): read like
        any field (:meth:`other`), and reported as the owner when NER reads a person's name in
        it ("Copyright Jane Example"); a company's ("Copyright Apple Inc.") is nobody's, and the
        lines of the colour profiles shipped by the million are not asked (:func:`~.photo_fields.vendor_credit`)."""
        self.other(field, raw)
        if self.structured and raw.strip() and not vendor_credit(raw):
            self.credits.append((field, clean_value(raw)))

    def other(self, field: str, raw: str) -> None:
        """A string value of a field that is not known to be free text (:data:`~.photo_fields.OTHER`): the
        pattern scanners read it, unless it is plainly no text (a number, a date, an id)."""
        if raw and not no_text(raw[:MAX_TEXT_CHARS]):
            self.text(field, raw, free=False)

    def run_texts(self, failed: list[str]) -> None:
        """Run the text scanners over the free-text fields: one batched NER pass per image.

        NER (the costly part) only reads fields where it can find something the rest of
        the scan does not already report (see :func:`~.photo_fields.wants_ner`); every field still gets
        the pattern scanners (phone, e-mail, address...). Texts seen only in fields that are
        not free text (:data:`~.photo_fields.OTHER`: program names, logs, identifiers, schema values) get the
        pattern scanners alone, with their time stamps blanked (:data:`~.photo_fields.STAMP`), and report a
        link only when it leads to a profile (:func:`~.photo_fields.profile_link`): a program's or a
        schema's web address there leads to nobody. A text this run has scanned before with the
        same settings is answered from the memo (:mod:`.memo`), and NER does not read it again.
        """
        from .. import nlp
        from ..textview import TextView

        ner_on = runs_ner(text_scanners(self.settings))
        owners = {" ".join(t.split()).casefold() for _f, t in self.owner_texts}
        patterns_only = _no_ner_settings(self.settings) if ner_on else self.settings
        jobs = []  # (field, the text as scanned, the settings it is scanned with, free?, NER?)
        for field, text, free in self.text_order:
            ner = ner_on and free and wants_ner(field, text, owners)
            scanned = blank_controls(text) if free else blank_stamps(blank_controls(text))
            jobs.append((field, scanned, self.settings if ner else patterns_only, free, ner))
        found = [recall(text, sets, field) for field, text, sets, _free, _ner in jobs]
        # Each new text's view (what a reader sees) is built once: NER reads it, so do the others.
        views = {i: TextView.of(text) for i, (_f, text, *_rest) in enumerate(jobs) if found[i] is None}
        to_ner = [i for i in views if jobs[i][4]]
        # The Docs live only inside spaCy's memory zone (its vocabulary is freed after).
        with nlp.zone(self.settings.model) if to_ner else nullcontext():
            docs: dict[int, Doc] = {}
            if to_ner:
                made = nlp.make_docs([views[i].text for i in to_ner], self.settings.model)
                docs = dict(zip(to_ner, made, strict=True))
            for i, view in views.items():
                field, text, sets, _free, _ner = jobs[i]
                found[i] = detect_remembered(text, sets, field, failed, doc=docs.get(i), view=view)
        for (field, text, _sets, free, ner), texts_found in zip(jobs, found, strict=True):
            kept = [f for f in texts_found or () if free or f.kind is not Kind.URL or profile_link(f.text)]
            if ner and local_name(field) in KEYWORD_FIELDS:
                kept = _keyword_place(field, text, kept)
            self.findings.extend(kept)
        if self.credits and ner_on:
            ner_only = _ner_settings(self.settings)
            for field, text in self.credits:
                hits = detect_remembered(text, ner_only, field, failed)
                if any(f.kind is Kind.PERSON for f in hits):
                    self.value(Kind.OWNER, field, text)
        # values reported whole (owners, places...): phone numbers, e-mails, handles inside them
        if self.value_texts:
            sub = _contact_settings(self.settings)
            for field, text in self.value_texts:
                hits = detect_remembered(text, sub, field, failed)
                self.findings.extend(
                    f for f in hits if f.kind in (Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.URL) or f.detail == "known"
                )

    def finish(self) -> list[Finding]:
        if self.datetime is not None:
            _rank, field, text = self.datetime
            self.findings.append(Finding(kind=Kind.DATETIME, text=text, field=field, scanner=NAME))
        return self.findings


#: Fields that hold a photo's keywords, one keyword a value ("dublin", "british columbia").
KEYWORD_FIELDS = frozenset({"subject", "Keywords", "XPKeywords", "hierarchicalSubject"})


def _keyword_place(field: str, text: str, found: list[Finding]) -> list[Finding]:
    """``found`` with a keyword that is, as a whole, a place of the lexicon's lists read as that
    place: a keyword names what the photo shows, so a lone town, region or country there is where
    it was taken, though a bare word of a post stays a word (NER reads no model entity in one)."""
    from .. import lexicon as wl
    from ..truecase import lexicon
    from .ner_elsewhere import big_city
    from .ner_places import listed_place

    word = text.strip()
    name = wl.norm(word)
    if not name or name in wl.entries("first_names"):
        return found  # "jordan", "florence": a given name too; what NER read stands
    lists = ("world_cities", "countries")
    if not (listed_place(name) or any(name in wl.entries(n) for n in lists) or big_city(name, lexicon())):
        return found
    start = text.index(word)
    whole = (start, start + len(word))
    if any(f.kind is Kind.LOCATION and (f.start, f.end) == whole for f in found):
        return found
    kept = [f for f in found if (f.start, f.end) != whole]  # a person or an org read in the place
    place = Finding(Kind.LOCATION, word, start=whole[0], end=whole[1], field=field, confidence=0.8, scanner="ner")
    return [*kept, place]


@lru_cache(maxsize=32)
@lru_cache(maxsize=8)
def _no_ner_settings(settings: Settings) -> Settings:
    """The same settings without the NER scanner (for texts NER would not read): one object
    per settings, so the memo of texts finds it by identity, photo after photo."""
    names = settings.scanners or SCANNER_NAMES
    wanted = tuple(n for n in names if n not in ("ner", NAME))
    # NAME alone enables no text scanner: NER was the only one asked for
    return replace(settings, scanners=wanted or (NAME,))


@lru_cache(maxsize=32)
def _ner_settings(settings: Settings) -> Settings:
    """The same settings with NER alone (is there a person's name in a credit line?)."""
    return replace(settings, scanners=("ner",))


@lru_cache(maxsize=32)
def _contact_settings(settings: Settings) -> Settings:
    """The same settings with only the scanners that find contact details (cheap, no NER)."""
    wanted: tuple[str, ...] = ("phone", "email", "handle", "known")
    if settings.scanners:
        wanted = tuple(n for n in wanted if n in settings.scanners)
    return replace(settings, scanners=wanted or ("phone",))
