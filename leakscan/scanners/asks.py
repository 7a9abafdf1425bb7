"""ASKS_PII: someone in a chat asking the child for personal details, or for a photo that would give
them away.

Direct ("where do u live", "what school do you go to", "how old r u", "whats ur number"),
indirect ("what bus stop do u get off at", "which park is closest to ur house", "what time do u
walk home"), disguised ("i bet ur school is the one with the red gate lol which one"), a photo
of the child, their house, room or uniform ("send a selfie", "what do u look like"), and
whether a grown-up is home ("r ur parents home rn"). The span is the asking phrase; the
``detail`` says what is asked (``home``, ``where``, ``school``, ``age``, ``birthday``,
``name``, ``phone``, ``email``, ``handle``, ``photo``, ``alone``), which the messages tell the
child in plain words.

Game talk stays quiet: "which server r u on", "what rank r u", "how many wins u got", "whats
ur user" (a name in the same game). A conversation runs this scanner on the messages that are
not the child's own (:func:`leakscan.scanners.conversation_scanners`); single posts never do.

Rules (:mod:`.asks_rules`, in :mod:`.chat_words` templates) find the common phrasings; the trained model
(:mod:`.chat_model`) reads every clause they missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from .asks_rules import RULES
from .base import TextContext
from .chat_model import Rule, scan_intent

#: What a clause the model flags asks about, when its words say it.
HINTS: tuple[Rule, ...] = (
    ("alone", re.compile(r"(?<!\w)(?:parents?|mum|mom|dad|alone|by (?:ur|your)self|anyone home)(?!\w)")),
    ("photo", re.compile(r"(?<!\w)(?:pic|pics|photo|selfie|look like|cam|camera|show me)(?!\w)")),
    # (a birthday's words before a school's: "send ur bdays, making a class list")
    (
        "birthday",
        re.compile(
            r"(?<!\w)(?:birthdays?|bdays?|b-days?|born|dob|dobs|date of birth|dates of birth|birth ?date)(?!\w)"
        ),
    ),
    ("school", re.compile(r"(?<!\w)(?:school|skool|uniform|teacher|class)(?!\w)")),
    ("age", re.compile(r"(?<!\w)(?:old|age|grade|year)(?!\w)")),
    ("email", re.compile(r"(?<!\w)(?:e-?mail|gmail|hotmail|outlook|icloud)(?!\w)")),
    ("phone", re.compile(r"(?<!\w)(?:number|num|digits|phone|cell|mobile)(?!\w)")),
    (
        "handle",
        re.compile(
            r"(?<!\w)(?:snap|snapchat|insta|instagram|ig|tiktok|discord|user|username|gamertag|tag|handle|@|account|acc"
            r"|psn|xbox|roblox|steam)(?!\w)"
        ),
    ),
    (
        "home",
        re.compile(
            r"(?<!\w)(?:live|house|street|road|address|postcode|zip|stop|near|area|town|city|suburb|county|province|state"
            r"|village|neighbou?rhood|based|from|where|whereabouts)(?!\w)"
        ),
    ),
)

#: Words one of which every ask the model may report holds: it is said *to* someone, or asks
#: for a photo or an age.
GATE = re.compile(
    r"(?<![\w'’])(?:u|you|ya|yu|ur|your|yours|urself|yourself|ye|yer|youre|you're|ure|asl|send|show me|show us|pic|pics|selfie"
    r"|photo|age|old|which|what|wat|where|when|how)(?![\w'’])"
)

#: Only ever game talk, or a favourite thing: never an ask, whatever the model reads.
QUIET = re.compile(
    r"(?<!\w)(?:server|rank|level|lvl|ign|wins|kills|xp|robux|v-?bucks|skin|lobby|spawn|map|round|match|squad|team"
    r"|clan|guild|build|base|score|ping|lag|game ?mode|obby|tycoon|quest|inventory"
    r"|game|roblox|bloxburg|brookhaven|minecraft|fortnite|hogwarts|fav|fave|favou?rite|favorite"
    # a player's settings and a card game's words ("whats ur sens", "same, whats ur deck", "which arena is that")
    r"|sens|sensitivity|deck|loadout|crosshair|dpi|keybinds|trophies|arena)(?!\w)"
    # where someone else lives ("where does that youtuber even live"): not the child
    r"|\bwhere (?:does|did) (?!(?:ur|your|yr|u|you|ya)\b)[a-z]{2,20}(?: [a-z]{2,20})? (?:even |actually |really )?live\b"
    # A player's state or rank in the game asked ("u afk?", "r u vip"): game talk.
    r"|\A\W{0,3}(?:(?:r|are) )?(?:u|you|ya) (?:(?:got|have|has|still) )?(?:afk|vip|mvp)(?!\w)"
    # A bare "where r u?" is how players look for each other in a game.
    r"|\A\W{0,3}(?:where|wher|whr) ?(?:r|are) ?(?:u|you|ya)(?: at| lol)?\W{0,5}\Z"
    # A taste, a side in a game, small talk, a group for a lesson: "do u like ur school", "which side r u
    # on", "how's ur nan", "which house r u in for sports day".
    r"|\A\W{0,3}(?:(?:do|did|dont|don't) )?(?:u|you|ya) (?:like|love|hate|enjoy)\b|\bwhich side\b(?! of)"
    # A choice between two things ("which colour for the poster, green or purple"), homework to do
    # oneself ("do ur own hw lol"), advice ("never share your password").
    r"|\bwhich\b(?![^?.!\n]{0,40}?\b(?:school|skool|street|road|town|city|suburb|area|park|stop|station|building|estate"
    r"|grade|year|county|state|province|club|church)\b)[^?.!\n]{0,40}\bor\b|\bdo (?:ur|your|yr) own\b|\bdo (?:it )?(?:urself|yourself)\b"
    r"|\b(?:don['’]?t|dont|never|do not) (?:ever )?(?:post|share|give out|ask (?:(?:u|you) )?(?:for|about))\b"
    # a colour asked of a thing just told of ("omg finally what colour" after a new bike); the uniform's or the
    # house's colour asked of the child's own ("what colour is ur uniform") is kept
    r"|\bwhat colou?r\b(?![^?.!\n]{0,20}\b(?:ur|your|yr)\b)"
    # a verdict or praise, nothing asked ("ur a legend", "ur a bear 🐻" after a quiz)
    r"|\A\W{0,3}(?:ur|you['’]?re|u r|you are) (?:a|an) [a-z]{2,15}(?: [a-z]{2,15}){0,2}[^\w?]{0,6}\Z"
    # an account of the school's, one of two ("ur own, school one blocks sharing"): which e-mail, not which school
    r"|\bschool (?:one|ones)\b"
    # homework shown ("mr dawson said show ur work"); a phone given back by a parent ("did u get ur phone
    # back"); what a parent did, told ("ur mom texted her, she said..."): nothing asked of the child
    r"|\bshow (?:ur|your|yr|the|all the|all ur|all your) (?:work|working|workings|steps|method)\b|\bstuck on\b"
    # a coach's or a friend's word of results ("send me ur times from the 50m", "did u get ur results")
    r"|\b(?:ur|your|yr) (?:times|scores|results|marks|splits|pbs)\b"
    r"|\b(?:get|got|have|give|gave) (?:ur|your|yr) (?:phone|ipad|tablet|laptop|switch|xbox|console) back\b"
    r"|\b(?:ur|your|yr) (?:mum|mom|mam|dad|parents?|nan|gran) (?:texted|called|rang|messaged|told|said|emailed)\b(?![^?\n]*\?)"
    # homework shared: "send urs to the group when ur done with q4", "how do i do question 3"
    r"|\b(?:homework|worksheet|assignment|essay|answers)\b|\b(?:for|do|did|get|got|on|with) (?:q|question|ex|exercise) ?\d{1,2}[a-e]?\b"
    # Keeping it from the parents ("dont tell ur mum", "no need to tell ur parents") is a secret
    # (OFF_PLATFORM), not a question whether they are home.
    r"|\b(?:don['’]?t|dont|do not|no need to|never|not to)(?: \w+)? (?:tell|mention|say|show)\b[^?.!\n]{0,20}?"
    r"\b(?:parents|mum|mom|dad|family)\b"
    # ... or a cover story told them ("just tell ur dad ur at the pool"): a secret, nothing asked
    r"|\b(?:tell|say to) (?:ur|your|yr) (?:mum|mom|mam|dad|parents?|folks) (?:ur|you['’]?re|u r|that (?:ur|you['’]?re|u r))\b"
    r"|\b(?:just |only )say (?:that )?(?:ur|you['’]?re|u r) (?:at|with|going|out|staying|sleeping)\b"
    # Where to meet for a shared task, one of two homes ("study at ur place or mine?"): a plan, not an address
    r"|\b(?:ur|your|yr) (?:house|place|flat|home) or (?:mine|my (?:house|place|flat))\b"
    # A trip away ("where do u go for the holidays"): not where the child lives.
    r"|\b(?:for|on|over) (?:the |ur |your )?(?:holidays?|hols|vacation|vacay|summer|christmas|easter|half ?term|spring break)\b"
    r"|\A\W{0,3}how(?:['’]?s| is| are| r) (?:ur|your|yr)\b|\b(?:r|are) (?:u|you) in for\b"
    # A number that is a place in a line-up or on a shirt ("what number r u dancing at", "what number are
    # you on the team"), not a phone's.
    r"|\bwhat (?:number|no\.?|#) (?:are|r) (?:u|you)\b"
    # How far along a level, a book or a film is ("ur near the end?"): "near" without a place.
    r"|\bnear(?:ly)? (?:at )?the end\b(?! of (?:ur|your|yr|the) (?:street|road|lane|block|town|village))"
    # A comment on what the child posted ("ur last vid was a vibe"), not a last name.
    r"|\b(?:ur|your|yr) (?:last|latest|new) (?:vid|video|post|stream|song|edit|reel|drawing)s? (?:was|is|were|r|are)\b"
    # A gift for the birthday ("i wanna send u something for ur birthday"), not its date.
    r"|\b(?:send|get|buy|give|make) (?:u|you|ya) [^?.!\n]{0,30}?\b(?:for|on) (?:ur|your|yr) (?:birthday|bday|b-day)\b"
    # A lift by the child's own parent ("ur dad could drive ya later"), and how long a thing takes ("the ferry
    # trip, how long did it take"): a plan or a fact, nothing of the child's asked.
    r"|\b(?:ur|your|yr) (?:mum|mom|mam|dad|parents?|nan|gran|da|ma) (?:can|could|will|would|might)? ?(?:take|drive|bring|drop|walk)"
    r" (?:u|you|ya)\b|\bhow long (?:does|did|will|would) (?:it|that|the [a-z]{2,12}) take\b(?![^?.!\n]{0,30}\b(?:u|you|ya|ur|your)\b)"
    # Whose phone to use ("from ur friend's phone"), not a number asked.
    r"|\b(?:from|on|use) (?:ur|your|yr) (?:friend|mate|mum|mom|dad|sister|brother|sis|bro|cousin)['’]?s (?:phone|cell|mobile"
    r"|ipad|tablet|laptop)\b"
    # The sender's own place, the child's supposed the same ("u also from pune?"): small talk.
    r"|\b(?:u|you|ya) also (?:from|in)\b"
    # The child known from something they posted ("ur the girl from the dance vid?"), or a picture of
    # theirs praised with nothing asked ("ur pfp is so cute"): no detail, no photo asked for.
    r"|\b(?:ur|you['’]?re|u r|you are) the (?:girl|boy|kid|one|guy|lad|lass|person) (?:from|in|who|w|with)\b[^?.!\n]{0,40}?"
    r"\b(?:vids?|videos?|photos?|pics?|clips?|highlights|reels?|posts?|streams?|edits?)\b"
    r"|\b(?:ur|your|yr) (?:profile |new |last )?(?:pic|pics|pfp|picture|photo|photos|selfie|selfies)(?: on ur profile)?"
    r" (?:is|are|r|was|were|looks?) (?:so |really |rly |soo+ )?(?:cute|pretty|nice|blurry|adorable|stunning|amazing|great|good"
    r"|fire|sick)\b(?![^?\n]*\?)"
    # Answers to homework compared ("what'd u get for the area q"), a school house's colours for sports
    # day ("wear your house colours"), a club or the school for a sport ("u play club footy or just school?")
    r"|\bwhat(?:['’]?d| did| do) (?:u|you|ya) (?:get|put|write) for\b|\b(?:ur|your|yr) house (?:colou?rs?|shirts?|tops?|team"
    r"|captains?|points)\b|\bplay\b[^?.!\n]{0,30}?\b(?:club|school)\b[^?.!\n]{0,25}?\bor\b"
    # Praise for what the child makes, or for the child ("ur edits are class", "ty ur a real one"): nothing
    # asked (unless a question follows: "ur builds are sick, u post them anywhere?").
    r"|\b(?:ur|your|yr) (?:edits|vids|videos|clips|drawings|art|streams|reels|posts|songs|dances|builds|covers)"
    r" (?:are|r|were|is|look|looks|go)\b(?![^?\n]*\?)|\b(?:ur|you['’]?re|u r|you are) a real one\b"
    # The weather or the hour where the child is ("is it lashing where u are?", "what time is it there")
    r"|\b(?:is it|it['’]?s|its) (?:\w+ )?(?:raining|lashing|pouring|snowing|sunny|hot|cold|windy|freezing|boiling|dark|late|night"
    r"|morning|warm) (?:where|there|by) (?:u|you|ya)?|\bwhat time is it (?:where|there|for) ?(?:u|you|ya)?\b"
)


#: Advice against giving details, just before a rule's match: "never share your password", "please
#: don't post ur real name or where u live", "never give out ur address" (up to an "or" / "and"
#: after the advice's first words).
ADVICE = re.compile(
    # ("ur not supposed to post ur number in here": a friend's warning)
    r"(?<![\w'’])(?:don['’]?t|dont|never|do not|shouldn['’]?t|not to|no need to|not (?:supposed|meant|allowed) to)\s{1,3}"
    r"(?:ever\s{1,3})?"
    r"(?:(?:post|share|give|send|put|type|reveal|write|say)(?:\s{1,3}(?:out|away))?\s{1,3}"
    r"(?:[^,;.!?\n]{0,40}?\s(?:or|and|n|nor)\s{1,3})?"
    # a moderator's word of what they never do, a list to its end: "mods will never ask for ur name, age or number"
    r"|ask\s{1,3}(?:for|about)\s{1,3}(?:[^,;.!?\n]{0,40}?(?:,|\s(?:or|and|n|nor)\s)\s{0,3})?)?\Z"
)


class AsksScanner:
    """Someone asking for personal details or a revealing photo (ASKS_PII)."""

    name = "asks"
    kinds = frozenset({Kind.ASKS_PII})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one finding per asking phrase (rules), or per clause the model flags."""
        yield from scan_intent(
            ctx, kind=Kind.ASKS_PII, name=self.name, rules=RULES, gate=GATE, hints=HINTS, quiet=QUIET, unless=ADVICE
        )


__all__ = ["GATE", "HINTS", "QUIET", "RULES", "AsksScanner"]
