"""ADDRESS scanner (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext


class AddressScanner:
    name = "address"
    kinds = frozenset({Kind.ADDRESS})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        return iter(())
