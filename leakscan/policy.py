"""Decide: kind (+ context and combinations) -> severity and message; findings -> verdict.

The policy never parses text or files. It reads the findings of one item, drops what the
settings allow or ignore, gives each remaining finding a severity, a message code and a
child-friendly message, and derives the item's verdict:

* ``block`` when any finding is high severity,
* ``warn`` when any is medium,
* ``ok`` otherwise (nothing, or only low-severity context such as a capture time).
"""

from __future__ import annotations

from collections.abc import Iterable

from . import messages
from .findings import Finding, Kind, Severity, Verdict
from .settings import Settings

HIGH, MEDIUM, LOW = Severity.HIGH, Severity.MEDIUM, Severity.LOW

#: Severity of each kind on its own.
BASE: dict[Kind, Severity] = {
    Kind.PHONE: HIGH,
    Kind.EMAIL: HIGH,
    Kind.ADDRESS: HIGH,
    Kind.GPS: HIGH,
    Kind.SCHOOL: MEDIUM,
    Kind.DATE_OF_BIRTH: MEDIUM,
    Kind.HANDLE: MEDIUM,
    Kind.PERSON: MEDIUM,
    Kind.LOCATION: MEDIUM,
    Kind.AGE: MEDIUM,
    Kind.OWNER: MEDIUM,
    Kind.DEVICE_ID: MEDIUM,
    Kind.THUMBNAIL: MEDIUM,
    Kind.URL: LOW,
    Kind.ORG: LOW,
    Kind.DATETIME: LOW,
}

#: Known-fact matches below this confidence (a first name alone) are medium, not high.
KNOWN_PARTIAL = 0.7

#: Finding details that change the severity of their kind.
DETAIL: dict[tuple[Kind, str], Severity] = {
    (Kind.GPS, "zero"): LOW,  # a placeholder, not a place
    (Kind.GPS, "invalid"): LOW,
    (Kind.GPS, "cell"): MEDIUM,  # a mast id locates roughly, not to a house
}

#: Pairs that together identify a child much better than either alone: when both kinds are
#: in one item, findings of the *first* kind rise to high.
ESCALATE: tuple[tuple[Kind, Kind], ...] = (
    (Kind.SCHOOL, Kind.PERSON),  # a named child at a named school
    (Kind.PERSON, Kind.SCHOOL),
    (Kind.DATE_OF_BIRTH, Kind.PERSON),  # name + birthday: identity theft's favourite pair
    (Kind.PERSON, Kind.DATE_OF_BIRTH),
    (Kind.SCHOOL, Kind.AGE),  # school + year group narrows to one classroom
    (Kind.DATETIME, Kind.GPS),  # where *and* when: a routine
)


def severity_of(finding: Finding, kinds_present: frozenset[Kind], settings: Settings) -> Severity:
    """The severity of one finding, given the other kinds in the same item."""
    override = settings.severity_for(finding.kind)
    if override is not None:
        return override
    if finding.detail == "known":  # the child's own name, school, street... given in settings
        # A partial match (a first name alone) identifies less than the full value.
        return HIGH if finding.confidence >= KNOWN_PARTIAL else MEDIUM
    severity = DETAIL.get((finding.kind, finding.detail or ""), BASE[finding.kind])
    if finding.kind is Kind.GPS and finding.detail in ("zero", "invalid"):
        return severity
    for kind, partner in ESCALATE:
        if finding.kind is kind and partner in kinds_present:
            # DATETIME rises to medium, not high: the capture time alone never blocks.
            return MEDIUM if kind is Kind.DATETIME else HIGH
    return severity


def decide(findings: Iterable[Finding], settings: Settings) -> tuple[tuple[Finding, ...], Verdict]:
    """Findings with severity and message filled in, and the item's verdict."""
    allow = {a.casefold() for a in settings.allow}
    ignore = set(settings.ignore_kinds)
    kept = [f for f in findings if f.kind not in ignore and f.text.casefold() not in allow]
    real_gps = any(f.kind is Kind.GPS and f.detail not in ("zero", "invalid") for f in kept)
    present = frozenset(f.kind for f in kept if f.kind is not Kind.GPS or real_gps)
    decided = []
    for f in kept:
        code = messages.code_for(f)
        decided.append(
            f.with_(
                severity=severity_of(f, present, settings),
                code=code,
                message=messages.child_message(code, f),
            )
        )
    return tuple(decided), verdict_of(decided)


def verdict_of(findings: Iterable[Finding]) -> Verdict:
    """``block`` if any finding is high, ``warn`` if any is medium, else ``ok``."""
    top = max((f.severity.rank for f in findings if f.severity), default=0)
    if top >= HIGH.rank:
        return Verdict.BLOCK
    if top >= MEDIUM.rank:
        return Verdict.WARN
    return Verdict.OK
