"""Decide: kind (+ context and combinations) -> severity and message; findings -> verdict.

The policy never parses text or files. It reads the findings of one item, drops what the
settings allow or ignore, gives each remaining finding a severity, a message code and a
child-friendly message, and derives the item's verdict:

* ``block`` when any finding is high severity (on its own, by a detail such as an invitation
  to meet or being home alone, by a pair of kinds, by too many identifying kinds at once, or
  in a chat by what the message answers or goes with: :data:`CONVERSATION`),
* ``warn`` when any is medium,
* ``ok`` otherwise (nothing, or only low-severity context such as a capture time).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

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
    # A face shows who is in the photo to anyone who sees it, and it is theirs to share: warn so
    # the child asks first, never block (photos with friends are normal). Not IDENTIFYING: every
    # selfie would add to the count of identifying kinds.
    Kind.FACE: MEDIUM,
    # Conversations (someone else's message, or the child's): asking is not yet a leak, and a
    # friend may ask an ordinary question, so the child is warned and decides.
    Kind.ASKS_PII: MEDIUM,
    # Moving to another app takes the child away from the platform's moderation: warn.
    Kind.OFF_PLATFORM: MEDIUM,
}

#: Known-fact matches below this confidence (a first name alone) are medium, not high.
KNOWN_PARTIAL = 0.7

#: Finding details that change the severity of their kind.
DETAIL: dict[tuple[Kind, str], Severity] = {
    (Kind.GPS, "zero"): LOW,  # a placeholder, not a place
    (Kind.GPS, "invalid"): LOW,
    (Kind.GPS, "cell"): MEDIUM,  # a mast id locates roughly, not to a house
    # "home alone till 6", "parents are out till 9": no grown-up to answer the door, and until when.
    (Kind.LOCATION, "alone"): HIGH,
    # An invitation to come to the child at a named place ("we're at riverside park rn come say hi",
    # "meet me at westfield mall at 4"): a stranger is asked to meet a child in person.
    (Kind.LOCATION, "meet"): HIGH,
    (Kind.ORG, "meet"): HIGH,  # a venue the model calls an organisation
    (Kind.SCHOOL, "meet"): HIGH,
    # Where the child is right now, without an invitation: a live location is worth a warning
    # (post places after leaving), not a block: "at the beach rn" is how children talk.
    (Kind.LOCATION, "now"): MEDIUM,
    (Kind.ORG, "now"): MEDIUM,
    # Asking whether a grown-up is home ("r ur parents home rn"): finding out if a child is alone.
    (Kind.ASKS_PII, "alone"): HIGH,
    # Meeting someone from a chat in person, or hiding the chat from parents ("dont tell ur mum"):
    # the two steps of grooming the child cannot undo or that cut off help.
    (Kind.OFF_PLATFORM, "meet"): HIGH,
    (Kind.OFF_PLATFORM, "secret"): HIGH,
}

#: Pairs that together identify a child much better than either alone: when both kinds are
#: in one item, findings of the *first* kind rise to high.
ESCALATE: tuple[tuple[Kind, Kind], ...] = (
    (Kind.SCHOOL, Kind.PERSON),  # a named child at a named school
    (Kind.PERSON, Kind.SCHOOL),
    (Kind.DATE_OF_BIRTH, Kind.PERSON),  # name + birthday: identity theft's favourite pair
    (Kind.PERSON, Kind.DATE_OF_BIRTH),
    (Kind.SCHOOL, Kind.AGE),  # school + year group narrows to one classroom
    # Where the child is every weekday, and how to message them there: a stranger can start a
    # private chat with a child they can then find at the gate.
    (Kind.SCHOOL, Kind.HANDLE),
    (Kind.HANDLE, Kind.SCHOOL),
    (Kind.DATETIME, Kind.GPS),  # where *and* when: a routine
)

#: Kinds that each say a little about who or where a child is. Three or more different ones in
#: one post (a birthday, a Snapchat name and a parent's workplace; a name, an age and a town)
#: narrow a child down to one person: then every finding of those kinds is high.
IDENTIFYING: frozenset[Kind] = frozenset(
    {
        Kind.PERSON,
        Kind.LOCATION,
        Kind.ADDRESS,
        Kind.PHONE,
        Kind.EMAIL,
        Kind.SCHOOL,
        Kind.AGE,
        Kind.DATE_OF_BIRTH,
        Kind.HANDLE,
    }
)
#: Details that make a finding of another kind identifying: a family member's workplace (an
#: organisation on its own, a team or a game studio, says little).
IDENTIFYING_DETAILS: frozenset[tuple[Kind, str]] = frozenset({(Kind.ORG, "work")})
#: How many different identifying kinds in one post make each of them high.
TOO_MANY_KINDS = 3


class Combination(NamedTuple):
    """In a conversation (:mod:`leakscan.conversation`): findings of ``kinds`` are high when the
    message also holds a ``partner`` finding (with one of ``details``; any when empty; from an
    earlier message, carried into this one, when ``earlier``)."""

    kinds: frozenset[Kind]
    partner: Kind
    details: frozenset[str] = frozenset()
    earlier: bool = False


#: Conversations: what a message holds together with the messages before it.
CONVERSATION: tuple[Combination, ...] = (
    # The child answering someone's question with a personal detail: the asker gets what they
    # asked for ("how old are you?" ... "11"), whatever it would weigh in a post of its own.
    Combination(IDENTIFYING, Kind.ASKS_PII, earlier=True),
    # An ask together with secrecy or a meeting ("where do you live? dont tell your mum"): the
    # pattern of grooming, not a friend's question. The secrecy or meeting is high on its own.
    Combination(frozenset({Kind.ASKS_PII}), Kind.OFF_PLATFORM, frozenset({"secret", "meet"})),
)


def identifying(finding: Finding) -> bool:
    """Whether a finding counts toward :data:`TOO_MANY_KINDS`."""
    return finding.kind in IDENTIFYING or (finding.kind, finding.detail or "") in IDENTIFYING_DETAILS


def severity_of(
    finding: Finding,
    kinds_present: frozenset[Kind],
    settings: Settings,
    *,
    too_many: bool = False,
    partners: frozenset[tuple[Kind, str, bool]] = frozenset(),
) -> Severity:
    """The severity of one finding, given the other kinds in the same item.

    ``too_many``: the item holds :data:`TOO_MANY_KINDS` or more identifying kinds.
    ``partners``: ``(kind, detail, earlier)`` of the item's findings, for :data:`CONVERSATION`.
    """
    override = settings.severity_for(finding.kind)
    if override is not None:
        return override
    if finding.detail == "known":  # the child's own name, school, street... given in settings
        # A partial match (a first name alone) identifies less than the full value.
        severity = HIGH if finding.confidence >= KNOWN_PARTIAL else MEDIUM
    else:
        severity = DETAIL.get((finding.kind, finding.detail or ""), BASE[finding.kind])
        if finding.kind is Kind.GPS and finding.detail in ("zero", "invalid"):
            return severity
        for kind, partner in ESCALATE:
            if finding.kind is kind and partner in kinds_present:
                # DATETIME rises to medium, not high: the capture time alone never blocks.
                return MEDIUM if kind is Kind.DATETIME else HIGH
    if too_many and identifying(finding):
        return HIGH
    if any(finding.kind in c.kinds and _has_partner(c, partners) for c in CONVERSATION):
        return HIGH
    return severity


def _has_partner(combination: Combination, partners: frozenset[tuple[Kind, str, bool]]) -> bool:
    return any(
        kind is combination.partner
        and (not combination.details or detail in combination.details)
        and (earlier or not combination.earlier)
        for kind, detail, earlier in partners
    )


def decide(findings: Iterable[Finding], settings: Settings) -> tuple[tuple[Finding, ...], Verdict]:
    """Findings with severity and message filled in, and the item's verdict."""
    kept = [f for f in findings if settings.reports(f)]
    real_gps = any(f.kind is Kind.GPS and f.detail not in ("zero", "invalid") for f in kept)
    present = frozenset(f.kind for f in kept if f.kind is not Kind.GPS or real_gps)
    too_many = len({f.kind for f in kept if identifying(f)}) >= TOO_MANY_KINDS
    partners = frozenset((f.kind, f.detail or "", f.earlier) for f in kept)
    faces = sum(f.kind is Kind.FACE for f in kept)  # "This photo shows 3 faces."
    decided = []
    for f in kept:
        code = messages.code_for(f)
        decided.append(
            f.with_(
                severity=severity_of(f, present, settings, too_many=too_many, partners=partners),
                code=code,
                message=messages.child_message(code, f, faces=faces),
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
