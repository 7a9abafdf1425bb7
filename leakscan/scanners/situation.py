"""Situations that put a child at risk *now*: home alone, where they are right now, an invitation.

Two parts, one vocabulary:

* :class:`SituationScanner` finds a child saying they are at home without a grown-up
  ("home alone till 6", "im home by myself tonight", "parents are out till 9",
  "nobody's home till mum gets back"): a LOCATION finding (the home) with
  ``detail="alone"``. The span is the situation and its time ("home alone till 6"); the
  words that only introduce it ("im", "we're") stay outside, as for an age.
* :func:`place_detail` is called by the scanners that find places (names and places, schools)
  on each place they find, and reads the clause around it: ``"meet"`` when the post invites
  people to come to the child ("come say hi", "come find us", "meet me", "pull up"),
  ``"now"`` when it says the child is there right now ("we're at X rn", "currently at X"),
  ``"work"`` when it is where a parent works ("my mum works at X").

What they are worth is the policy's to decide (:mod:`leakscan.policy`). Not reported: a film
("home alone 2", "watching home alone tonight"), the past ("i was home alone yesterday"), a
pet left at home, a place with no name ("at the park rn": nothing to find there).

Every expression is bounded and reads a window of at most ~100 characters around a match:
linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext, words

_A = "['’ʼ`]"
_S = r"\s{1,3}"

#: Until when: "till 6", "until 8:30pm", "til mum gets home", "tonight", "all weekend"...
_TIME = (
    rf"(?:(?:un)?till?|untill|{_A}til){_S}(?:\d{{1,2}}(?:[:.]\d\d)?(?:\s{{0,2}}(?:am|pm|ish|o{_A}?clock))?"
    rf"|[a-z]{{2,12}}(?:{_S}[a-z]{{2,12}}){{0,2}})"
    rf"|tonight|all{_S}(?:day|night|weekend|evening|afternoon|morning)|this{_S}(?:weekend|evening|afternoon)"
    rf"|for{_S}(?:the{_S})?(?:night|weekend|day|evening|afternoon|hours|(?:\d{{1,2}}|a{_S}(?:few|couple(?:{_S}of)?)|two|three){_S}hours?)"
    rf"|after{_S}school|rn|right{_S}now|atm|now"
)
#: At home with no grown-up: "home alone", "alone at home", "home by myself", "on my own at home".
_ALONE = (
    rf"home{_S}(?:alone|by{_S}(?:my|our)\s?sel(?:f|ves)|on{_S}(?:my|our){_S}own)"
    rf"|(?:all{_S})?(?:alone|by{_S}(?:my|our)\s?sel(?:f|ves)|on{_S}(?:my|our){_S}own)"
    rf"{_S}(?:at{_S}(?:home|my{_S}house|our{_S}house)|in{_S}the{_S}house)"
)
#: Who says it (kept outside the span): "im", "we're", "i'll be", "gonna be", "staying"...
_SUBJECT = (
    rf"(?<![\w'’])(?:i{_A}?m|i{_S}am|we{_A}?re|we{_S}are|(?:i|we){_A}?ll{_S}be|(?:i|we){_S}will{_S}be|ill{_S}be"
    rf"|gonna{_S}be|going{_S}to{_S}be|get{_S}to{_S}be|staying|left)"
    rf"{_S}(?:(?:just|still|so|totally|finally|literally){_S})?"
)
#: The grown-ups are away ("parents are out till 9"), or nobody is home ("nobody's home till 6").
_AWAY = (
    rf"(?<![\w'’])(?:(?:my|our){_S})?(?:parents|folks|(?:mum|mom){_S}(?:and|n|&){_S}dad|dad{_S}(?:and|n|&){_S}(?:mum|mom)"
    rf"|grown\s?-?ups|adults)(?:{_A}re|{_S}(?:are|r))?{_S}(?:both{_S})?"
    rf"(?:out|away|gone|at{_S}work|working|not{_S}(?:home|back|here)|on{_S}holiday)"
    rf"|(?<![\w'’])(?:no{_S}?(?:one|body)|nobody|no{_S}(?:adults|grown\s?-?ups|parents))(?:{_A}s|{_S}is|{_S}are)?"
    rf"{_S}(?:home|here|in)"
)
_SITUATION_RE = re.compile(
    rf"(?P<subject>{_SUBJECT})?(?P<alone>{_ALONE})(?!\s{{0,2}}\d)(?:{_S}(?P<time>{_TIME}))?(?![\w])"
    rf"|(?P<away>{_AWAY}){_S}(?P<atime>{_TIME})(?![\w])"
)
#: Cheap gate: every situation holds one of these words.
_GATE = re.compile(r"alone|by\s{1,3}(?:my|our)|own|out|away|gone|work|home|here|holiday")
#: A bare "home alone ..." (no subject) counts at the start of a clause or after these words.
_BARE_OK = words(
    "so and but finally yay yes yess lol omg guess what now rn just currently officially basically me im "
    "also again today tonight"
)
_LAST_WORD = re.compile(r"([a-z']+)\W*\Z")

# -- context around a place -------------------------------------------------------------------

#: An invitation to come to the child: "come say hi", "come find us", "meet me", "pull up"...
_INVITE_RE = re.compile(
    rf"(?<![\w'’])(?:come{_S}(?:say{_S}(?:hi|hello|hey)|(?:find|see|join|meet){_S}(?:me|us)"
    rf"|hang(?:{_S}out)?|thru|through|over|by|chill|play{_S}with{_S}(?:me|us))"
    rf"|(?:meet|find){_S}(?:me|us)|meet{_S}up|pull{_S}up|link{_S}up"
    rf"|(?:wanna|want{_S}to|wants{_S}to){_S}(?:meet|come|hang|link))(?![\w])"
)
#: The child is there right now.
_NOW_RE = re.compile(
    rf"(?<![\w'’])(?:rn|right{_S}now|atm|at{_S}the{_S}moment|currently|now|live{_S}(?:from|at)|omw"
    rf"|on{_S}(?:my|our){_S}way|heading{_S}(?:to|over)|just{_S}(?:got|arrived)|still{_S}(?:at|here)|here{_S}at)(?![\w])"
)
#: A place word right before the place: the child is *at* it ("at", "in", "@", "to", "from").
_AT_RE = re.compile(rf"(?:(?<![\w])(?:at|in|to|from)|@){_S}(?:the{_S})?\Z")
#: Where a parent (or another grown-up of the family) works: "my mum works at X".
_WORK_RE = re.compile(
    rf"(?<![\w])(?:mum|mom|mommy|mummy|mother|dad|daddy|father|parents?|step\s?(?:mum|mom|dad)|aunt|auntie|aunty"
    rf"|uncle|nan|nana|grandma|grandpa|granny|brother|sister)"
    rf"(?:{_A}?s?{_S}(?:works?|working|has{_S}a{_S}job|job{_S}is)|(?:{_A}s|{_S}is){_S}an?{_S}[a-z]{{2,20}})"
    rf"(?:{_S}(?:at|for|in))?(?:{_S}the)?{_S}?\Z"
)
_CLAUSE_ENDS = ".!?\n"
_WINDOW = 80


def _clause_before(folded: str, start: int, limit: int = _WINDOW) -> str:
    """The clause just before ``start``: from the last sentence end (at most ``limit`` characters)."""
    before = folded[max(0, start - limit) : start]
    return before[max(before.rfind(c) for c in _CLAUSE_ENDS) + 1 :]


def _clause_after(folded: str, end: int, limit: int = _WINDOW) -> str:
    """The clause just after ``end``: up to the next sentence end (at most ``limit`` characters)."""
    after = folded[end : end + limit]
    stops = [i for i in (after.find(c) for c in _CLAUSE_ENDS) if i >= 0]
    return after[: min(stops)] if stops else after


def place_detail(folded: str, start: int, end: int) -> str | None:
    """What the clause around a place says: ``"work"``, ``"meet"``, ``"now"`` or nothing.

    ``folded`` is :attr:`TextContext.folded`; ``start:end`` the place's span. The clause is
    the text from the last sentence end before the place to the next one after it (at most
    80 characters each way). A parent's workplace is read from the words just before.
    """
    if _WORK_RE.search(folded, max(0, start - 60), start):
        return "work"
    before, after = _clause_before(folded, start), _clause_after(folded, end)
    if _INVITE_RE.search(before) or _INVITE_RE.search(after):
        return "meet"
    if _AT_RE.search(before[-12:]) and (_NOW_RE.search(before) or _NOW_RE.search(after)):
        return "now"
    return None


class SituationScanner:
    """A child at home without a grown-up (LOCATION, ``detail="alone"``)."""

    name = "situation"
    kinds = frozenset({Kind.LOCATION})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one finding per "home alone" situation in ``ctx.text``."""
        folded = ctx.folded
        if _GATE.search(folded) is None:
            return
        for m in _SITUATION_RE.finditer(folded):
            if m.group("alone") is not None:
                if m.group("subject") is None and (m.group("time") is None or not _bare_ok(folded, m.start())):
                    continue  # "watching home alone tonight", "leave the dog home alone all day"
                start, end = m.start("alone"), m.end()
            else:
                start, end = m.span()
            yield ctx.finding(Kind.LOCATION, start, end, scanner=self.name, confidence=0.8, detail="alone")


def _bare_ok(folded: str, start: int) -> bool:
    """A bare "home alone till 6" opens its clause (or follows a filler word such as "so")."""
    clause = _clause_before(folded, start, 40).rstrip()
    if not clause or not clause[-1].isalnum():
        return True  # the start of the text or of a clause, or after an emoji, a comma...
    last = _LAST_WORD.search(clause)
    return last is not None and last.group(1) in _BARE_OK


__all__ = ["SituationScanner", "place_detail"]
