"""School years that are not the child's: told by someone else or used as a yardstick.

* Hearsay: a school year in a sentence that ends by naming who said it ("grade 10 is so
  hard my cousin says", "year 4 trips are the best, my brother said"): the speaker's view of
  the year, not the writer's own year. The writer's own claim before it ("im in year 4") keeps it.
* A yardstick: a grade followed by "level" ("reads at a 7th grade level", "grade 3 maths level"):
  how well someone reads or counts, not the grade anyone is in.
"""

from __future__ import annotations

import re

from .age_numbers import APOS

#: After a school year, in the same sentence: "<my|our> <relative or teacher> says/said/told me".
_SAID_AFTER = re.compile(
    r"[^.!?\n]{0,60}?(?<![\w'’])(?:my|our|ma|me)\s{1,3}(?:(?:big|little|lil|older|younger|old|eldest)\s{1,3})?"
    r"(?:sister|brother|sis|bro|cousin|mum|mom|mam|mama|mummy|mommy|dad|papa|daddy|nan|nana|gran|granny|grandma"
    r"|grandad|grandpa|aunt|auntie|aunty|uncle|teacher|coach|tutor|friend|mate)s?"
    r"\s{1,3}(?:says|said|say|reckons|reckoned|thinks|told\s{1,3}me|tells\s{1,3}me)(?![\w'’])"
    # ... closing the sentence (a "lol" or an emoji may trail): "my mum said im so grown up" is news, not a view
    r"(?:\s{1,3}(?:lol|lmao|haha\w*|tho|though|too|so))?[^\w.!?\n]{0,12}(?:[.!?\n]|\Z)"
)
#: The writer's own year named right before it ("im in", "i'm in", "i am in", "me in"): theirs all the same.
_OWN_BEFORE = re.compile(rf"(?<![\w'’])(?:im|i{APOS}m|i\s{{1,3}}am|me|i{APOS}ll\s{{1,3}}be)\s{{1,3}}(?:in\s{{1,3}})?\Z")
#: After a grade: the level it stands for ("7th grade level", "grade 3 reading level", "grade 5 maths level").
_LEVEL_AFTER = re.compile(
    r"\s{1,3}(?:(?:reading|maths?|math|spelling|writing)\s{1,3})?level(?![\w'’]|\s{0,3}\d)"
)  # not "grade 3 level 2"


def heard_year(folded: str, start: int, end: int) -> bool:
    """The school year at ``start:end`` is someone else's view of a year, or a level of skill."""
    if not folded[start : start + 1].isalpha() and "grade" not in folded[start:end]:
        return False  # a bare number ("12") is read by the age rules, not here
    if _LEVEL_AFTER.match(folded, end):
        return True
    if _SAID_AFTER.match(folded, end) is None:
        return False
    return _OWN_BEFORE.search(folded, max(0, start - 20), start) is None
