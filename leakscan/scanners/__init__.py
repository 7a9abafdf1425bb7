"""The explicit list of scanners. Adding one: its module, one line here, its name in
:data:`leakscan.settings.SCANNER_NAMES`, its test file, samples.

Text scanners implement :class:`~leakscan.scanners.base.TextScanner`; they run on posts and
on every text found inside photo metadata. Conversation scanners implement the same interface
and run only on the messages of a conversation. The photo metadata scanner reads images and is
run by :mod:`leakscan.photos`; its name is listed so settings can switch it off too.
"""

from __future__ import annotations

from ..settings import SCANNER_NAMES, Settings
from .address import AddressScanner
from .age import AgeScanner
from .asks import AsksScanner
from .base import TextContext, TextScanner
from .email import EmailScanner
from .handle import HandleScanner
from .known import KnownFactsScanner
from .ner import NerScanner
from .off_platform import OffPlatformScanner
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


#: The scanners of conversations: they read what people say *to* each other, so they never run
#: on a single post (:func:`text_scanners`). A conversation runs :class:`AsksScanner` on the
#: messages not from the child, and :class:`OffPlatformScanner` on every message.
CONVERSATION_SCANNERS: tuple[TextScanner, ...] = (
    AsksScanner(),
    OffPlatformScanner(),
)


def conversation_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The conversation scanners the settings enable (all when ``settings.scanners`` is empty)."""
    if not settings.scanners:
        return CONVERSATION_SCANNERS
    return tuple(s for s in CONVERSATION_SCANNERS if s.name in settings.scanners)


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
