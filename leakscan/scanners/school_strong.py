"""The strong cues of the SCHOOL scanner: words right before or after a school's bare name.

"I go to Hillcrest", "my school is Oakridge", "Brookfield is my school": a name the school
gazetteer knows as distinct (or, after "my school is", any capitalised name) is the child's school.
A child who left a school names it the same way ("I don't go to Hillcrest anymore", "I'm not at
Oakridge anymore"): the negation changes the tense of the fact, not the school, so the negated
verbs are cues too. The scanner (:mod:`~leakscan.scanners.school`) still asks the gazetteer.
"""

from __future__ import annotations

import re

#: Strong cues before a suffix-less known name ("I go to Hillcrest"); group "my" is "my school is",
#: group "at" is "I'm at" (weaker: a place as often as a school).
STRONG_CUE = re.compile(
    r"\b(?:(?:i|we|i\s(?:still|now|also)|we\s(?:still|now|both|all))\s(?:go|goto|attend)(?:\sto)?"
    # a school left: "i dont go to X", "we no longer attend X"
    r"|(?:i|we)\s(?:don'?t|do\snot|no\slonger)\s(?:go|goto|attend)(?:\sto)?"
    # Jamaican Patois "mi go Campion", "mi soon go ...", "wi a go ...": "I go to", without "to"
    r"|(?:mi|wi)\s(?:(?:soon|a|ago|affi|haffi|fi)\s)?go"
    r"|(?:i'?m|i\sam|we'?re|we\sare)\s(?:a\s)?(?:student|students|pupil|pupils)\s(?:at|of)"
    r"|(?:i|we)\s(?:study|studies)\s(?:at|in)"
    r"|(?P<my>my\sschool\s(?:is\s)?called|my\s(?:school|school's\sname|school\sname|schools\sname)\s(?:is|=|:)"
    r"|my\sschool:)"
    # "im at X", and a school left: "im not at X", "i am no longer at X"
    r"|(?P<at>i'?m\s(?:not\s|no\slonger\s)?at|i\sam\s(?:not\s|no\slonger\s)?at))\s{1,3}"
)
#: "X is my school" after a name.
STRONG_CUE_AFTER = re.compile(r"\s{1,3}(?:is|=)\s(?:my|our)\s(?:school|skool)\b")
