"""Findings per metadata text, remembered across the photos of one run (bounded, per process).

The photos of a folder repeat their texts: one camera's software and colour-profile lines,
one photographer's copyright, the same caption on every copy of a picture. What the text
scanners find in a text depends only on the text as scanned and the settings (the field
only names the findings), so a text seen before is answered from memory, NER included: no
spaCy call, and no model load for a photo whose texts were all seen before.

Off unless a run over many files turns it on (:func:`remember_texts`: the CLI's run, a
batch worker). The service leaves it off: a request's texts are not kept after it is
answered, and no request is answered faster because an earlier one held the same text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from ..findings import Finding
from ..settings import Settings
from .detect import detect_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..textview import TextView

#: Most texts remembered; the longest text remembered (characters: the longest a photo field
#: gives the scanners, photo_fields.MAX_TEXT_CHARS, so a long blob repeated across a run's photos
#: is scanned once); the most characters of text remembered in all (with their findings: the
#: findings of a text grow with its length), so ~4 M characters at most per process.
ENTRIES = 2048
MAX_CHARS = 20_000
BUDGET = 4_000_000


class TextMemo:
    """A bounded map of ``(text, settings)`` to the findings of the text scanners: at most
    ``entries`` texts of at most ``max_chars`` characters, ``budget`` characters in all (least
    recently used forgotten first). Findings are frozen values, shared safely."""

    def __init__(self, entries: int = ENTRIES, max_chars: int = MAX_CHARS, budget: int = BUDGET) -> None:
        self.entries = entries
        self.max_chars = max_chars
        self.budget = budget
        #: Characters of the texts held now.
        self.chars = 0
        self._found: OrderedDict[tuple[str, Settings], tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()  # a Dask worker scans in several threads

    def __len__(self) -> int:
        return len(self._found)

    def get(self, text: str, settings: Settings) -> tuple[Finding, ...] | None:
        """The findings remembered for ``text`` scanned with ``settings``, or None."""
        key = (text, settings)
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
            return found

    def put(self, text: str, settings: Settings, found: list[Finding]) -> None:
        """Remember ``found`` for ``text`` (not when the text is over ``max_chars``)."""
        if len(text) > min(self.max_chars, self.budget):
            return
        key = (text, settings)
        with self._lock:
            if key not in self._found:
                self.chars += len(text)
            self._found[key] = tuple(found)
            self._found.move_to_end(key)
            while len(self._found) > self.entries or self.chars > self.budget:
                (old, _settings), _found = self._found.popitem(last=False)
                self.chars -= len(old)


#: This process's memo: None (nothing kept) until a run turns it on.
_memo: TextMemo | None = None


def remember_texts(on: bool = True) -> None:
    """Remember (or stop remembering, and forget) the findings per metadata text in this process."""
    global _memo
    _memo = TextMemo() if on else None


def recall(text: str, settings: Settings, field: str | None) -> list[Finding] | None:
    """The findings remembered for ``text`` scanned with ``settings``, named by ``field``;
    None when the memo is off or does not hold the text."""
    memo = _memo
    found = memo.get(text, settings) if memo is not None else None
    if found is None:
        return None
    return [f if f.field == field else f.with_(field=field) for f in found]


def detect_remembered(
    text: str,
    settings: Settings,
    field: str | None,
    failed: list[str],
    *,
    doc: Doc | None = None,
    view: TextView | None = None,
) -> list[Finding]:
    """:func:`~.detect.detect_text` of one metadata text (with its spaCy ``doc`` and ``view``
    when the caller made them), answered from the memo when it holds the text; the names of
    failed scanners go to ``failed``. A scan in which a scanner failed is not remembered (the
    next photo tries again)."""
    found = recall(text, settings, field)
    if found is not None:
        return found
    fresh, bad = detect_text(text, settings, field=field, doc=doc, view=view)
    failed.extend(bad)
    memo = _memo
    if memo is not None and not bad:
        memo.put(text, settings, fresh)
    return fresh
