"""HANDLE, Kind.URL scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class HandleScanner:
    name = "handle"
    kinds = frozenset({Kind.HANDLE, Kind.URL})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
