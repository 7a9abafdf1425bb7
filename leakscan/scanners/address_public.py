"""Postal codes of public buildings and of Santa: a code the post gives as a public place's
("the white house zip is ...", "<parliament>'s postal code is ...", "santa's postcode is ..."):
a fact learnt at school or a fan's trivia, no child's home. A code said as the child's own ("my
postcode", "we live at", "our zip") keeps its finding.
"""

from __future__ import annotations

import re

#: Public buildings and offices, and the made-up homes of Santa, whose postal codes kids learn.
_PUBLIC = re.compile(
    # not "santa" or "castle" alone: "santa ana", "castle hill" are towns with codes of their own
    r"(?<![\w'’])(?:palace|parliament|white\s{1,3}house|downing\s{1,3}street|north\s{1,3}pole|santas|santa['’]s"
    r"|santa\s{1,3}claus|government\s{1,3}house|embassy|prime\s{1,3}minister|the\s{1,3}queen|the\s{1,3}king"
    r"|congress|senate)(?![\w'’])"
)
#: The child's or a near one's own: "my zip", "our postcode", "her house", "mine is", "we live", "moved".
_OWN = re.compile(
    r"(?<![\w'’])(?:(?:my|our|ur|your|his|her|their)\s{1,3}(?:new\s{1,3}|old\s{1,3})?"
    r"(?:zip|post|postal|pin|eircode|address|house|home|flat|apartment|place)\w*"
    r"|mine|ours|home|live|lives|living|moved|moving|staying)(?![\w'’])"
)
#: What ends a sentence around the code.
_STOP = re.compile(r"[.!?\n]")
#: The postal-code word the code is given with.
_CUE = re.compile(r"(?<![\w'’])(?:zip|post|postal|pin)\s{0,3}codes?|zip|eircode")
#: After the code: "is the <parliament> postal code", "= the white house zip".
_IS_THE = re.compile(
    r"\s{1,3}(?:is|was|=)\s{1,3}(?:the\s{1,3})?(?P<whose>[^.!?\n]{1,40}?)\s{1,3}(?:zip|post|postal|pin)"
)


def _public(words: str) -> bool:
    return _PUBLIC.search(words) is not None


def public_code(folded: str, start: int, end: int) -> bool:
    """The postal code at ``start:end`` is given as a public place's ("the white house zip code is",
    "<code> is the parliament postal code"), in a sentence of no one's own."""
    if end - start > 10 or not any(ch.isdigit() for ch in folded[start:end]):
        return False  # a street address, not a code alone
    left = max((m.end() for m in _STOP.finditer(folded, max(0, start - 120), start)), default=max(0, start - 120))
    stop = _STOP.search(folded, end, end + 120)
    if _OWN.search(folded, left, stop.start() if stop else min(len(folded), end + 120)):
        return False
    cues = list(_CUE.finditer(folded, max(left, start - 40), start))
    # the public place named right before or after the postal-code word, before the code
    if cues and _public(folded[max(left, cues[-1].start() - 30) : start]):
        return True
    after = _IS_THE.match(folded, end)
    return after is not None and _public(after.group("whose"))
