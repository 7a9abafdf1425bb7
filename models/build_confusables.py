"""Build ``confusables_latin.tsv``: letters of other scripts that look like a Latin letter.

    python models/build_confusables.py path/to/confusables.txt

The input is Unicode's ``confusables.txt`` (UTS #39 security data, Unicode License v3:
https://www.unicode.org/Public/security/17.0.0/confusables.txt). Kept: every mapping whose
source is one non-ASCII character that is not a digit (digits are folded by the scanners'
own ``fold``) and whose target is one ASCII letter, written as the lower-case letter
(``а`` Cyrillic -> ``a``, ``ı`` dotless -> ``i``, ``ℓ`` -> ``l``, ``М`` Cyrillic -> ``m``).
The table is applied before lower-casing (Cyrillic ``М`` looks like ``M``, its ``м`` does not
look like ``m``); a capital that Unicode maps to ``l`` (the skeleton of ``I``) is written ``i``.
Dropped:
targets of two or more letters (``m`` -> ``rn``), punctuation and symbols as targets, and
mappings of ASCII characters (``I`` -> ``l``: a Latin letter is never re-read).

The output starts with ``#`` lines naming the source file (its version line and SHA-256),
then one ``HEX<TAB>letter`` line per mapping, sorted by code point.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "confusables_latin.tsv"


def build(source: Path) -> list[tuple[int, str]]:
    """The kept ``(code point, lower-case ASCII letter)`` mappings of ``source``."""
    rows: list[tuple[int, str]] = []
    for line in source.read_text(encoding="utf-8-sig").splitlines():
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        src, tgt, _type = (part.strip() for part in data.split(";"))
        if " " in src:
            continue
        ch = chr(int(src, 16))
        target = "".join(chr(int(cp, 16)) for cp in tgt.split())
        if ch.isascii() or unicodedata.digit(ch, None) is not None or unicodedata.numeric(ch, None) is not None:
            continue
        if len(target) != 1 or not (target.isascii() and target.isalpha()):
            continue
        if target == "l" and ch != ch.lower():
            target = "i"  # a capital drawn like "l" is a capital I (Cyrillic І, Greek Ι)
        rows.append((ord(ch), target.lower()))
    return sorted(set(rows))


def main() -> None:
    source = Path(sys.argv[1])
    raw = source.read_bytes()
    header = [line for line in raw.decode("utf-8-sig").splitlines()[:12] if line.startswith(("# Version", "# Date"))]
    rows = build(source)
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Latin look-alikes from Unicode confusables.txt (UTS #39), built by models/build_confusables.py\n")
        for line in header:
            out.write(line + "\n")
        out.write(f"# source SHA-256: {hashlib.sha256(raw).hexdigest()}\n")
        out.write("# Unicode License v3: https://www.unicode.org/license.txt\n")
        for cp, letter in rows:
            out.write(f"{cp:04X}\t{letter}\n")
    print(f"{len(rows)} mappings -> {OUT}")


if __name__ == "__main__":
    main()
