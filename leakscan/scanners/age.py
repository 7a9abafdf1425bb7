"""AGE, Kind.DATE_OF_BIRTH scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class AgeScanner:
    name = "age"
    kinds = frozenset({Kind.AGE, Kind.DATE_OF_BIRTH})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
