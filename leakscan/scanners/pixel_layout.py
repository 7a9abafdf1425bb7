"""How the lines an OCR reads in a picture become one text (:func:`assemble`), and the way back
from its characters to the picture's pixels (:class:`PixelText`, :meth:`OcrLine.sub_box`).

:mod:`.pixel_text` reads the lines (its OCR) and scans the text assembled here; the text scanners
read it as a child types (:func:`as_typed`).

Reading order, in two steps over the OCR's line boxes:

1. **Rows**: pieces of text side by side on one row, close together (the detector sometimes
   cuts "Call me:" from "(217) 555-0134"), are joined with a space, left to right.
2. **Blocks**: rows stacked closely under each other, of a similar height and overlapping
   horizontally, are one block (a sign's "OAKRIDGE" over "PRIMARY SCHOOL", a chat bubble's
   two lines): they are joined with a space, so a name or an address broken over two lines
   reads as one phrase. Blocks are separated by a line break and ordered top to bottom, so a
   chat screenshot reads bubble by bubble, and two columns (far apart, never one row or one
   block) are read one after the other, never interleaved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..truecase import lower_same_length

#: Two pieces of text are on one row when they overlap vertically by this share of the smaller
#: one's height, and are joined when the gap between them is at most this many heights.
ROW_OVERLAP = 0.5
ROW_GAP = 1.5
#: ... or this many heights after a label ending in ":" (a form's value column).
LABEL_GAP = 25.0

#: Two rows are one block when the gap between them is at most this share of the smaller
#: height, their heights differ by at most this ratio, and they overlap horizontally.
BLOCK_GAP = 0.9
BLOCK_HEIGHT_RATIO = 1.6

#: A numbered list's item: "1. ", "10) ", "(3) ".
_ITEM = re.compile(r"\(?\d{1,2}[.)][ \t]")

Box = tuple[int, int, int, int]
_Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line the OCR read: its text, its quadrilateral (4 corners in image pixels, clockwise
    from the top left of the text) and the recogniser's score."""

    text: str
    quad: tuple[_Point, _Point, _Point, _Point]
    score: float

    @property
    def box(self) -> Box:
        """The axis-aligned ``(x, y, width, height)`` around the line."""
        return _bounds(self.quad)

    def sub_box(self, start: int, end: int) -> Box:
        """The box of characters ``start:end`` of the line's text.

        The recogniser gives no character positions, so they are spread along the line's
        quadrilateral (its top and bottom edges) by the widths a proportional sans-serif font
        gives them (:data:`_WIDTHS`: an "i" or a "." is a third of an "m"): exact for a rotated
        line's direction, approximate along it (a fraction of a character in most fonts; spread
        evenly, a "9" after a run of narrow letters was a whole character off).
        """
        # where each character starts along the line, as a share of its length
        edges = _edges(self.text)
        n = len(self.text)
        a, b = edges[max(0, min(start, n))], edges[max(0, min(end, n))]
        p0, p1, p2, p3 = self.quad
        corners = (_lerp(p0, p1, a), _lerp(p0, p1, b), _lerp(p3, p2, b), _lerp(p3, p2, a))
        return _bounds(corners)


@dataclass(frozen=True, slots=True)
class Piece:
    """Where characters ``start:end`` of the assembled text came from: ``line`` (an index into
    :attr:`PixelText.lines`), from its character ``offset`` on."""

    start: int
    end: int
    line: int
    offset: int


@dataclass(frozen=True, slots=True)
class PixelText:
    """What an image shows, read as one text, with the way back from characters to pixels."""

    text: str
    lines: tuple[OcrLine, ...]
    pieces: tuple[Piece, ...]
    #: The image's size, to clip boxes into it.
    size: tuple[int, int]
    #: Why not everything the image shows was read (never a value); empty when it all was.
    incomplete: tuple[str, ...] = ()

    def boxes_for(self, start: int, end: int) -> list[Box]:
        """The box of characters ``start:end`` of :attr:`text` on each line they were read
        from, in text order (a finding over two lines of a sign has two)."""
        boxes = []
        for piece in self.pieces:
            lo, hi = max(start, piece.start), min(end, piece.end)
            if lo < hi:
                line = self.lines[piece.line]
                box = line.sub_box(lo - piece.start + piece.offset, hi - piece.start + piece.offset)
                boxes.append(_clip(box, self.size))
        return boxes

    def box_for(self, start: int, end: int) -> Box | None:
        """The union of the boxes of characters ``start:end`` of :attr:`text` (None for the
        separators alone: a span that covers no character read from the image)."""
        boxes = self.boxes_for(start, end)
        return _union(boxes) if boxes else None


def assemble(lines: Sequence[OcrLine], size: tuple[int, int]) -> PixelText:
    """``lines`` in reading order as one text (rows, then blocks: see the module docstring)."""
    boxes = [line.box for line in lines]  # each line's box, computed once
    labels = {i for i, line in enumerate(lines) if line.text.rstrip().endswith(":")}
    blocks = _blocks(_rows(boxes, labels), boxes)
    parts: list[str] = []
    pieces: list[Piece] = []
    pos = 0
    for b, block in enumerate(blocks):
        if b:
            parts.append("\n")
            pos += 1
        for r, row in enumerate(block):
            for k, i in enumerate(row):
                if r or k:
                    # a numbered list's next item is a sentence of its own, not the last one's end
                    # ("… the answer is" then "6. what is …": no "is 6")
                    parts.append("\n" if r and not k and _ITEM.match(lines[i].text) else " ")
                    pos += 1
                text = lines[i].text
                parts.append(text)
                pieces.append(Piece(pos, pos + len(text), i, 0))
                pos += len(text)
    return PixelText(text="".join(parts), lines=tuple(lines), pieces=tuple(pieces), size=size)


#: A block that is a number alone: a house number's plaque above the street's name.
_HOUSE_NUMBER_BLOCK = re.compile(r"(?m)^(\d{1,4}[a-zA-Z]?)\n")
#: A block ending in a label's ":" before the block under it (its value).
_LABEL_BLOCK = re.compile(r":\n")


#: A capitalised word right before or after a name, on its line ("Oscar" + " Lindqvist").
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][^\W\d_]+) $")
_NAME_AFTER = re.compile(r" ([A-Z][^\W\d_]+)(?![^\W\d_])")


def whole_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's name found in ``text[start:end]``, grown by the capitalised word written
    right before it when that is a given name ("Tomasz" + "Nowak"), and right after it when
    that is a given name, a surname or a word the lexicon does not know ("To: Oscar
    Lindqvist": the scanners, reading in lower case, knew "oscar" only); never an everyday
    word ("Grade", "Green", "Congratulations"). Capitals alone make no name (:func:`as_typed`);
    next to one, they mark the rest of it, which a covered copy must hide too."""
    from ..truecase import FIRST, LAST, WORD, lexicon

    lex = lexicon()

    def namey(word: str, bits: int) -> bool:
        info = lex.words.get(word.lower())
        if info is None:
            return bool(bits & LAST)
        return bool(info[0] & bits) and not info[0] & WORD

    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before and namey(before.group(1), FIRST):
        start = before.start(1)
    after = _NAME_AFTER.match(text, end)
    if after and namey(after.group(1), FIRST | LAST):
        end = after.end(1)
    return start, end


def as_typed(text: str) -> str:
    """What the text scanners read of ``text`` assembled from a picture: the same length, so
    their offsets are offsets into ``text``.

    Text in a picture is not prose: signs, menus, posters, book covers, game screens and
    widget labels set their words in capitals or capitalise every word ("GAME OVER", "BAKE
    SALE", "Smoothies Mango", "Library"), and the NER model reads those capitals as names
    and organisations. So every line is read as a child types: in lower case
    (:func:`~leakscan.truecase.lower_same_length`), where truecasing capitalises only the
    known names and places and the name scanners need the cues they need on a lower-case
    post ("Name: …", "me and …", "… Street"). A number alone in a block (a house number's
    plaque) reads into the block under it ("114" over "Maple Drive" is an address), and so does
    a label ending in ":" ("This lunch box belongs to:" over "Mia Te Rangi"). A chat channel's
    hyphens read as spaces ("# 2nd-grade-news").
    """
    typed = _LABEL_BLOCK.sub(": ", _HOUSE_NUMBER_BLOCK.sub(r"\1 ", lower_same_length(text)))
    return _CHANNEL.sub(lambda m: m.group().replace("-", " "), typed)


#: A chat channel's name after its "#", its words joined by hyphens ("# 2nd-grade-news"): read
#: as words ("2nd grade news"), as its members say it.
_CHANNEL = re.compile(r"(?<![\w#])#[ \t]?[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){1,5}(?![\w-])")


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that is not empty: the layout rules
    (:mod:`.screen_text`) read the assembled text line by line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]{1,400}", text)]


def trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``(start, end)`` of ``text[a:b]`` without the spaces around it."""
    part = text[a:b]
    return a + len(part) - len(part.lstrip()), a + len(part.rstrip())


def _rows(boxes: Sequence[Box], labels: frozenset[int] | set[int] = frozenset()) -> list[list[int]]:
    """Group line indices (into ``boxes``) into rows (left to right), rows sorted top to bottom.
    A row's last piece in ``labels`` (its text ends with ":", a form's or a profile's "Date of
    birth:") takes the value written far to its right on the same row (:data:`LABEL_GAP`)."""
    rows: list[list[int]] = []
    for i in sorted(range(len(boxes)), key=lambda i: (boxes[i][0], boxes[i][1])):
        x, y, _w, h = boxes[i]
        for row in rows:
            rx, ry, rw, rh = boxes[row[-1]]
            overlap = min(y + h, ry + rh) - max(y, ry)
            gap = x - (rx + rw)
            most = (LABEL_GAP if row[-1] in labels else ROW_GAP) * min(h, rh)
            if overlap >= ROW_OVERLAP * min(h, rh) and -min(h, rh) <= gap <= most:
                row.append(i)
                break
        else:
            rows.append([i])
    rows.sort(key=lambda row: (_union([boxes[i] for i in row])[1], boxes[row[0]][0]))
    return rows


def _blocks(rows: list[list[int]], boxes: Sequence[Box]) -> list[list[list[int]]]:
    """Group rows into blocks; blocks in reading order (top to bottom, then left to right)."""
    blocks: list[list[list[int]]] = []
    last: list[Box] = []  # the box of each block's last row
    for row in rows:
        x, y, w, h = _union([boxes[i] for i in row])
        for b, (bx, by, bw, bh) in enumerate(last):
            gap = y - (by + bh)
            h_overlap = min(x + w, bx + bw) - max(x, bx)
            similar = max(h, bh) <= BLOCK_HEIGHT_RATIO * min(h, bh)
            if similar and h_overlap > 0 and -0.5 * min(h, bh) <= gap <= BLOCK_GAP * min(h, bh):
                blocks[b].append(row)
                last[b] = (x, y, w, h)
                break
        else:
            blocks.append([row])
            last.append((x, y, w, h))
    return blocks


#: Advance widths of a proportional sans-serif font (Helvetica's metrics, in thousandths of an
#: em): where a character lies along a line the OCR read. Other characters: a digit's width, a
#: wide (East Asian) one a whole em.
_WIDTHS = {
    **dict.fromkeys(" !,./:;I[]\\ft", 278),
    **dict.fromkeys("ijl'|", 222),
    **dict.fromkeys("r()-`", 333),
    **dict.fromkeys("cksvxyzJ*", 500),
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("ABEKPSVXY&", 667),
    **dict.fromkeys("CDHNRUw", 722),
    **dict.fromkeys("GOQ", 778),
    **dict.fromkeys("mM%", 833),
    **dict.fromkeys("W@", 944),
}
_DEFAULT_WIDTH = 556


def _edges(text: str) -> tuple[float, ...]:
    """The share of ``text``'s width before each of its characters, and 1.0 at its end (not kept:
    a picture's text is not held after its scan, and a line's few characters cost microseconds)."""
    import unicodedata

    widths = [_WIDTHS.get(c, 1000 if unicodedata.east_asian_width(c) in "WF" else _DEFAULT_WIDTH) for c in text]
    total = sum(widths) or 1
    edges, run = [0.0], 0
    for w in widths:
        run += w
        edges.append(run / total)
    return tuple(edges)


def _lerp(p: _Point, q: _Point, t: float) -> _Point:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def _bounds(points: Sequence[_Point]) -> Box:
    x0 = math.floor(min(p[0] for p in points))
    y0 = math.floor(min(p[1] for p in points))
    x1 = math.ceil(max(p[0] for p in points))
    y1 = math.ceil(max(p[1] for p in points))
    return (x0, y0, max(x1 - x0, 1), max(y1 - y0, 1))


def _union(boxes: Sequence[Box]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def _clip(box: Box, size: tuple[int, int]) -> Box:
    x0, y0 = max(box[0], 0), max(box[1], 0)
    x1, y1 = min(box[0] + box[2], size[0]), min(box[1] + box[3], size[1])
    return (x0, y0, max(x1 - x0, 0), max(y1 - y0, 0))
