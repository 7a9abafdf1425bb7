"""The explicit list of scanners. Adding one: its module, one line here, its name in
:data:`leakscan.settings.SCANNER_NAMES`, its test file, samples.

Text scanners implement :class:`~leakscan.scanners.base.TextScanner`; they run on posts and
on every text found inside photo metadata. Conversation scanners implement the same interface
and run only on the messages of a conversation. The photo metadata scanner reads images and is
run by :mod:`leakscan.photos`; its name is listed so settings can switch it off too.
"""

from __future__ import annotations

from functools import cache

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


@cache
def _conversation_scanners() -> tuple[TextScanner, ...]:
    """The scanners of conversations: they read what people say *to* each other, so they never
    run on a single post (:func:`text_scanners`). A conversation runs :class:`.asks.AsksScanner`
    on the messages not from the child, and :class:`.off_platform.OffPlatformScanner` on every
    message. Imported when a conversation is first read (as ``CONVERSATION_SCANNERS``): their
    phrase tables cost every process that scans only posts or photos ~20 ms to import."""
    from .asks import AsksScanner
    from .off_platform import OffPlatformScanner

    return (AsksScanner(), OffPlatformScanner())


def __getattr__(name: str) -> object:
    if name == "CONVERSATION_SCANNERS":
        return _conversation_scanners()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def conversation_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The conversation scanners the settings enable (all when ``settings.scanners`` is empty)."""
    scanners = _conversation_scanners()
    if not settings.scanners:
        return scanners
    return tuple(s for s in scanners if s.name in settings.scanners)


def text_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The text scanners the settings enable (all when ``settings.scanners`` is empty)."""
    if not settings.scanners:
        return TEXT_SCANNERS
    return tuple(s for s in TEXT_SCANNERS if s.name in settings.scanners)


__all__ = [
    "CONVERSATION_SCANNERS",
    "SCANNER_NAMES",
    "TEXT_SCANNERS",
    "TextContext",
    "TextScanner",
    "conversation_scanners",
    "text_scanners",
]
