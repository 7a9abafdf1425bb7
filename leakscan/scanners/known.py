"""PERSON, Kind.SCHOOL, Kind.ADDRESS, Kind.LOCATION, Kind.PHONE, Kind.EMAIL, Kind.HANDLE scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class KnownFactsScanner:
    name = "known"
    kinds = frozenset({Kind.PERSON, Kind.SCHOOL, Kind.ADDRESS, Kind.LOCATION, Kind.PHONE, Kind.EMAIL, Kind.HANDLE})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
