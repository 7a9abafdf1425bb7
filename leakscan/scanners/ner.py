"""PERSON, Kind.LOCATION, Kind.ORG scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class NerScanner:
    name = "ner"
    kinds = frozenset({Kind.PERSON, Kind.LOCATION, Kind.ORG})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
