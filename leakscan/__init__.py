"""leakscan: find what gives a child away in a post or a photo, warn in plain words, or redact it.

The public API (everything else is internal and may change), run in a folder holding a photo
``beach.jpg`` with a GPS pin (these examples are tested: tests/test_readme.py)::

    >>> import leakscan
    >>> result = leakscan.scan_text("call me on five five five 0134")
    >>> print(result.verdict)
    block
    >>> leakscan.redact_text("my snap is jakeyboi11").text
    'my snap is [HANDLE]'
    >>> check = leakscan.check_post("my number is 217 555 0134", images=["beach.jpg"])
    >>> print(check.verdict, check.redacted_text)
    block my number is [PHONE]
    >>> [(f.kind.value, f.place) for f in leakscan.scan_image("beach.jpg").findings]
    [('GPS', 'Springfield, IL, US'), ('DATETIME', None)]
    >>> data = open("beach.jpg", "rb").read()
    >>> clean = leakscan.clean_image_bytes(data)        # a verified clean copy, pixels untouched
    >>> clean.lossless, leakscan.scan_image(clean.data).findings
    (True, ())
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:  # what type checkers and editors see; at run time each name loads on first use
    from .api import Checker, PostCheck, RedactedText, check_post, redact_text, scan_text
    from .errors import InputError, LeakscanError, LimitError, RedactError, SettingsError, UnsupportedFormatError
    from .findings import Finding, Kind, ScanResult, Severity, Verdict
    from .media.base import StripOptions
    from .photos import scan_image
    from .redact.image import CleanImage, clean_image_bytes, redact_image_file
    from .settings import KnownFacts, Settings

#: The module that defines each public name. ``import leakscan`` imports none of them: a name's
#: module is imported when the name is first used (``leakscan.scan_text``, ``from leakscan import
#: Kind``), so a program pays only for the part it uses (the CLI scanning photos never imports
#: the HTTP API; ``leakscan --version`` imports no scanner).
_DEFINED_IN = {
    **dict.fromkeys(["Checker", "PostCheck", "RedactedText", "check_post", "redact_text", "scan_text"], ".api"),
    **dict.fromkeys(
        ["InputError", "LeakscanError", "LimitError", "RedactError", "SettingsError", "UnsupportedFormatError"],
        ".errors",
    ),
    **dict.fromkeys(["Finding", "Kind", "ScanResult", "Severity", "Verdict"], ".findings"),
    "StripOptions": ".media.base",
    "scan_image": ".photos",
    **dict.fromkeys(["CleanImage", "clean_image_bytes", "redact_image_file"], ".redact.image"),
    **dict.fromkeys(["KnownFacts", "Settings"], ".settings"),
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (PEP 562), then kept here."""
    module = _DEFINED_IN.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Checker",
    "CleanImage",
    "Finding",
    "InputError",
    "Kind",
    "KnownFacts",
    "LeakscanError",
    "LimitError",
    "PostCheck",
    "RedactError",
    "RedactedText",
    "ScanResult",
    "Settings",
    "SettingsError",
    "Severity",
    "StripOptions",
    "UnsupportedFormatError",
    "Verdict",
    "__version__",
    "check_post",
    "clean_image_bytes",
    "redact_image_file",
    "redact_text",
    "scan_image",
    "scan_text",
]
