"""The explicit list of scanners. Adding one: its module, one line here, its name in
:data:`leakscan.settings.SCANNER_NAMES`, its test file, samples.

Text scanners implement :class:`~leakscan.scanners.base.TextScanner`; they run on posts and
on every text found inside photo metadata. The photo metadata scanner reads images and is
run by :mod:`leakscan.photos`; its name is listed so settings can switch it off too.
"""

from __future__ import annotations

from ..settings import SCANNER_NAMES, Settings
from .address import AddressScanner
from .age import AgeScanner
from .base import TextContext, TextScanner
from .email import EmailScanner
from .handle import HandleScanner
from .known import KnownFactsScanner
from .ner import NerScanner
from .phone import PhoneScanner
from .school import SchoolScanner
from .situation import SituationScanner

#: Every text scanner, in the order they run.
TEXT_SCANNERS: tuple[TextScanner, ...] = (
    PhoneScanner(),
    EmailScanner(),
    HandleScanner(),
    AddressScanner(),
    SchoolScanner(),
    AgeScanner(),
    NerScanner(),
    KnownFactsScanner(),
    SituationScanner(),
)


def text_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The text scanners the settings enable (all when ``settings.scanners`` is empty)."""
    if not settings.scanners:
        return TEXT_SCANNERS
    return tuple(s for s in TEXT_SCANNERS if s.name in settings.scanners)


__all__ = ["SCANNER_NAMES", "TEXT_SCANNERS", "TextContext", "TextScanner", "text_scanners"]
