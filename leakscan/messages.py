"""Every sentence leakscan says to a child or a parent, keyed by stable codes.

Codes are ``KIND`` or ``KIND.detail`` (``GPS.zero``, ``PERSON.known``); apps that localise
look the code up in their own table and fall back to ours. Child wording is written for an
8-10-year-old: short words, what it is, why it matters, no scare words, no blame.
"""

from __future__ import annotations

from .findings import Finding, Kind

_NOW = "This tells people where you are right now. Share places after you've left them."
_MEET = "This asks people to come and meet you. Only meet people you know in real life, with a grown-up."
_WORK = "This says where someone in your family works. People could use it to find your family."
_TRUST = "You can tell a grown-up you trust."
_ASKED = "You don't have to answer. " + _TRUST

#: Child-facing messages. ``{place}`` is filled with the place a GPS pin points at.
CHILD: dict[str, str] = {
    "PHONE": "This looks like a phone number. Anyone who sees it could call or text you.",
    "EMAIL": "This looks like an email address. Anyone who sees it could send you messages.",
    "ADDRESS": "This looks like an address. It could show people where you live.",
    "SCHOOL": "This is the name of a school. It could help people find where you are in the day.",
    "PERSON": "This looks like a person's name. It's kind to ask before you share someone's name.",
    "PERSON.known": "This is your name. It's best to keep your real name for people you know.",
    "LOCATION": "This is a place name. It could show people where you are or where you like to go.",
    "LOCATION.now": _NOW,
    "LOCATION.meet": _MEET,
    "LOCATION.work": _WORK,
    "LOCATION.alone": "This tells people you're at home without a grown-up. Keep that just for your family.",
    "SCHOOL.meet": "This asks people to come and find you at school. Only meet people you know, with a grown-up.",
    "ORG.now": _NOW,
    "ORG.meet": _MEET,
    "ORG.work": _WORK,
    "AGE": "This tells people how old you are. You don't need to share that online.",
    "DATE_OF_BIRTH": "This looks like a birthday. Keep your birthday for friends you know in real life.",
    "HANDLE": "This is a username for an app or game. People could use it to message you there.",
    "URL": "This is a link. Check that it doesn't lead to your own page or to where you live.",
    "ORG": "This names a club, team or group. It could help people work out where you go.",
    "GPS": "This photo has a hidden map pin. It shows where it was taken.",
    "GPS.place": "This photo has a hidden map pin. It shows where it was taken: near {place}.",
    "GPS.zero": (
        "This photo has a map pin that was blanked out (set to 0, 0), so it doesn't show a place. "
        "Your camera may still save places for other apps."
    ),
    "GPS.invalid": "This photo has a map pin that doesn't point to a real place.",
    "GPS.cell": "This photo saved which phone mast was nearby. That can show roughly where it was taken.",
    "LOCATION.metadata": "This photo has a place name hidden inside it.",
    "OWNER": "This photo has a person's name hidden inside it, like who owns the camera.",
    "DEVICE_ID": "This photo has the camera's serial number hidden inside it. It can link your photos together.",
    "THUMBNAIL": "This photo has a tiny hidden copy inside it. It may still show parts you cropped out.",
    "DATETIME": "This photo has the date and time it was taken hidden inside it.",
    "FACE": "This photo shows {faces}. Ask your friends before you share their faces.",
    "ASKS_PII": "Someone is asking about you. " + _ASKED,
    "ASKS_PII.home": "Someone is asking where you live. " + _ASKED,
    "ASKS_PII.where": "Someone is asking where you are right now. " + _ASKED,
    "ASKS_PII.school": "Someone is asking which school you go to. " + _ASKED,
    "ASKS_PII.age": "Someone is asking how old you are. " + _ASKED,
    "ASKS_PII.birthday": "Someone is asking when your birthday is. " + _ASKED,
    "ASKS_PII.name": "Someone is asking for your real name. " + _ASKED,
    "ASKS_PII.phone": "Someone is asking for your phone number. " + _ASKED,
    "ASKS_PII.email": "Someone is asking for your email. " + _ASKED,
    "ASKS_PII.handle": "Someone is asking for your name on another app. " + _ASKED,
    "ASKS_PII.photo": "Someone is asking for a photo of you or your home. You don't have to send one. " + _TRUST,
    "ASKS_PII.alone": "Someone is asking if a grown-up is at home with you. " + _ASKED,
    "OFF_PLATFORM": "This is about taking the chat somewhere else. It's safer to keep chatting here. " + _TRUST,
    "OFF_PLATFORM.move": "This is about moving the chat to another app. It's safer to keep chatting here. " + _TRUST,
    "OFF_PLATFORM.secret": "This is about keeping a chat secret. Good friends don't ask you to keep secrets. " + _TRUST,
    "OFF_PLATFORM.delete": "This is about deleting or hiding the chat. Good friends don't ask you to. " + _TRUST,
    "OFF_PLATFORM.meet": "This is about meeting in person. Only meet people from online with a grown-up. " + _TRUST,
}

#: What a photo shows, by kind, in a child's words: "Your photo shows a phone number." (text in the
#: picture, ``KIND.pixels``) and "This photo has a QR code with a phone number in it." (a code's
#: payload, ``KIND.code``), each followed by why it matters (the kind's own second sentence).
_SHOWN: dict[str, str] = {
    "PHONE": "a phone number",
    "EMAIL": "an email address",
    "ADDRESS": "an address",
    "SCHOOL": "the name of a school",
    "PERSON": "a person's name",
    "LOCATION": "a place name",
    "AGE": "your age",
    "DATE_OF_BIRTH": "a birthday",
    "HANDLE": "a username for an app or game",
    "URL": "a link",
    "ORG": "the name of a club, team or group",
}
for _kind, _what in _SHOWN.items():
    _why = CHILD[_kind].split(". ", 1)[1]
    CHILD[f"{_kind}.pixels"] = f"Your photo shows {_what}. {_why}"
    CHILD[f"{_kind}.code"] = f"This photo has a QR code with {_what} in it. {_why}"
CHILD["GPS.code"] = "This photo has a QR code with a map pin in it. It shows people a place."

_TALK = "Remove it, and talk about meeting people from online."
_PARENT_NOW = "Where the child is right now (a live location). Suggest sharing places after leaving them."
_PARENT_MEET = "An invitation to come and meet the child at a named place. " + _TALK
_PARENT_WORK = "Where a family member works: with other details it identifies the family."
_PARENT_ASK = "Check who is asking; talk with the child, and block or report a stranger."
_PARENT_OFF = "Check who it is with; talk with the child about moving, hiding or meeting."

#: Parent-facing advice for reports: what it is and what to do.
PARENT: dict[str, str] = {
    "PHONE": "A phone number. Remove it before sharing.",
    "EMAIL": "An e-mail address. Remove it before sharing.",
    "ADDRESS": "A street address or postcode. Remove it before sharing.",
    "SCHOOL": "A school name. Together with a name or a photo it tells strangers where to find the child.",
    "PERSON": "A person's name. Use first names only, or none, for children.",
    "LOCATION": "A place name. Check it does not reveal home, school or a regular routine.",
    "LOCATION.now": _PARENT_NOW,
    "LOCATION.meet": _PARENT_MEET,
    "LOCATION.work": _PARENT_WORK,
    "LOCATION.alone": "Says the child is at home without an adult (often until when). Remove it.",
    "SCHOOL.meet": "An invitation to find the child at their school. " + _TALK,
    "ORG.now": _PARENT_NOW,
    "ORG.meet": _PARENT_MEET,
    "ORG.work": _PARENT_WORK,
    "AGE": "The child's age or school year.",
    "DATE_OF_BIRTH": "A birthday or date of birth, often used to guess passwords and for identity fraud.",
    "HANDLE": "A username on another platform, a way for strangers to make contact.",
    "URL": "A link. Check where it leads.",
    "ORG": "A club, team or workplace.",
    "GPS": "The photo holds the exact place it was taken. Share a clean copy (leakscan redact).",
    "GPS.zero": "The location field is a 0,0 placeholder: the phone withheld the place from the app that saved it.",
    "GPS.invalid": "The location field holds an impossible position (no place).",
    "GPS.cell": "The photo holds mobile-network cell ids, which locate it roughly.",
    "OWNER": "The photo holds an owner or author name. Share a clean copy.",
    "DEVICE_ID": "The photo holds a camera serial number that links photos to one device.",
    "THUMBNAIL": "The photo holds an embedded preview that may show cropped-out parts.",
    "DATETIME": "The photo holds its capture time; with a location it reveals routines.",
    "FACE": "The photo shows faces (counted, never identified). Ask the people in it before sharing; leakscan redact --blur-faces pixelates them.",
    "ASKS_PII": "Someone in the chat asked the child for personal details. " + _PARENT_ASK,
    "ASKS_PII.home": "Someone in the chat asked where the child lives (street, area, bus stop...). " + _PARENT_ASK,
    "ASKS_PII.where": "Someone in the chat asked where the child is right now. " + _PARENT_ASK,
    "ASKS_PII.school": "Someone in the chat asked which school the child goes to. " + _PARENT_ASK,
    "ASKS_PII.age": "Someone in the chat asked the child's age or school year. " + _PARENT_ASK,
    "ASKS_PII.birthday": "Someone in the chat asked for the child's birthday. " + _PARENT_ASK,
    "ASKS_PII.name": "Someone in the chat asked for the child's real or full name. " + _PARENT_ASK,
    "ASKS_PII.phone": "Someone in the chat asked for the child's phone number. " + _PARENT_ASK,
    "ASKS_PII.email": "Someone in the chat asked for the child's e-mail address. " + _PARENT_ASK,
    "ASKS_PII.handle": "Someone in the chat asked for the child's username on another app. " + _PARENT_ASK,
    "ASKS_PII.photo": "Someone in the chat asked for a photo of the child, their home or their uniform. " + _PARENT_ASK,
    "ASKS_PII.alone": "Someone in the chat asked whether an adult is at home with the child. " + _PARENT_ASK,
    "OFF_PLATFORM": "The chat moves away from the platform's moderation. " + _PARENT_OFF,
    "OFF_PLATFORM.move": "A move of the chat to another app, a phone, e-mail or a private group. " + _PARENT_OFF,
    "OFF_PLATFORM.secret": "The child is asked to keep the chat from parents (a grooming sign). " + _PARENT_OFF,
    "OFF_PLATFORM.delete": "The child is asked to delete or hide the chat. " + _PARENT_OFF,
    "OFF_PLATFORM.meet": "A suggestion to meet in person. " + _PARENT_OFF,
}


def code_for(finding: Finding) -> str:
    """The message code of a finding: ``KIND.pixels`` / ``KIND.code`` for what a photo shows
    (text in the picture / a QR code's payload), ``KIND.detail`` when that has wording, else ``KIND``."""
    kind = finding.kind.value
    if finding.box is not None:  # what the photo shows: text in the picture, or a code's payload
        code = f"{kind}.{'pixels' if finding.field == 'pixels' else 'code'}"
        if code in CHILD:
            return code
    if finding.kind is Kind.GPS and finding.detail is None and finding.place:
        return "GPS.place"
    if finding.kind is Kind.LOCATION and finding.field and not finding.is_span:
        return "LOCATION.metadata"
    if finding.detail:
        code = f"{kind}.{finding.detail}"
        if code in CHILD:
            return code
    return kind


def child_message(code: str, finding: Finding | None = None, *, faces: int = 1) -> str:
    """The child-facing sentence for ``code``; ``faces`` is how many faces the photo shows."""
    text = CHILD.get(code) or CHILD[code.split(".", 1)[0]]
    if "{place}" in text:
        text = text.format(place=(finding.place if finding and finding.place else "somewhere"))
    if "{faces}" in text:
        text = text.format(faces="a face" if faces == 1 else f"{faces} faces")
    return text


def parent_message(code: str) -> str:
    """The parent-facing sentence for ``code``."""
    return PARENT.get(code) or PARENT.get(code.split(".", 1)[0], "")
