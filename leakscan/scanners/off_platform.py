"""OFF_PLATFORM: taking a chat away from where grown-ups and moderators can see it.

Four moves, the finding's ``detail``:

* ``move``: to another app ("add me on snap", "lets talk on discord", "do u have whatsapp"), to
  direct messages, a phone, e-mail, a video call or a private group ("dm me", "join my discord",
  "somewhere more private");
* ``secret``: keeping the chat from parents ("dont tell ur mum", "this is our secret", "just
  between us");
* ``delete``: deleting or hiding it ("delete our chat", "turn on vanish mode");
* ``meet``: meeting in person ("lets meet irl", "i can pick u up", "come over to my house").

The span is the moving phrase. Game talk stays quiet: "add me" (in the same game), "which
server r u on", "lets play tmrw", "meet me at spawn"; so do a parent's or a coach's ordinary
words ("practice moved to the park"). A conversation runs this scanner on every message, the
child's own too (:func:`leakscan.scanners.conversation_scanners`); single posts never do.

Rules (:mod:`.off_platform_rules`, in :mod:`.chat_words` templates) find the common phrasings; the trained model
(:mod:`.chat_model`) reads every clause they missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext
from .chat_model import RULE_CONFIDENCE, Rule, scan_intent
from .chat_words import pattern
from .off_platform_rules import HAS_APP, OWN_CONTACT, RULES

#: Words one of which every move the model may report holds: who (me, us, you), where (an app,
#: a chat, a meeting) or what (delete, tell, a secret).
GATE = re.compile(
    r"(?<![\w'’])(?:me|us|we|we['’]ll|we['’]d|lets|let's|our|meet|irl|person|delete|del|clear|wipe|erase|unsend|vanish|secret|tell"
    # (a word of keeping quiet or of messaging: "dont mention it to them", "cant msg here anymore")
    r"|mention|msg|message|txt|vc|video|vid"
    r"|know|private|privately|dm|dms|pm|text|call|ring|facetime|number|add|snap|snapchat|insta|instagram|ig|discord"
    r"|whatsapp|kik|telegram|signal|skype|email|group|gc|server|chat|convo|hide|come|pick|lift|ride|between|u|you|ur"
    r"|your)(?![\w'’])"
)

#: Never a move, whatever the model reads: a surprise kept for someone else ("it's a surprise for
#: dad so dont tell him"; a surprise for the child is no such thing), a name given to something
#: ("lets call it the brainiacs"), a team in the game ("we could 5 stack tonight").
QUIET = pattern(
    "(?:surprise|present|pressie|gift|card|cake)(?: party)? (?:for|4) (?:<parent>|her|him|them|my|our|the"
    "|ur (?:<parent>|sis|sister|bro|brother|nan|gran|grandma|grandpa|teacher))",
    "<parent>s? (?:birthday |bday )?(?:surprise|present|pressie|gift|card|cake)",
    "call (?:it|them|that|this|ourselves)",
    # a name to be called by ("just call me jay"), not a phone call
    "(?:just |u can |you can |pls |plz )?call me (?!(?:later|tonight|tmrw|tomorrow|now|rn|when|after|on|at|if|asap|back|sometime"
    "|pls|plz|please|ok|okay|maybe|soon|in|then|there|instead|babe|bro)\\b)[a-z]{2,15}(?=\\W{0,5}(?:\\Z|lol|haha))",
    "(?:5|five|4|four|3|three|2|two) ?stack|duo queue|squad up|q up|queue up",
    # a place in the game ("ill come hang in ur server later", "meet at my base"): play, not a meeting
    "(?:in|on|at|to) (?:the |ur |your |my |our )?(?:lobby|server|realm|spawn|base|obby|island|world)(?![\\w'’])",
    # An ask for the child's number or account with what the asker will do with it ("whats ur number
    # ill text u", "send urs ill add u"): the ask is the finding (ASKS_PII), unless an app, a group or
    # a private channel is named ("ill add u to the squad gc", "on whatsapp").
    "\\A(?![^\\n]*(?<![\\w'’])(?:<app>|dms?|pms?|inbox|private|face ?time|video|vc|group|gc|server|invite|link)(?![\\w]))"
    "[^\\n]{0,60}?(?:<your>|urs|yours|ur one)[^\\n]{0,40}?(?:<i_will>|so i (?:can|cn)|and i['’]?ll|n i['’]?ll)"
    " (?:text|add|follow|ring|call|send|friend|dm)"
    # ... unless something is to be sent there ("ill send the race pics", "text u the details"): talk moves
    "(?![^\\n]{0,25}?(?<![\\w'’])(?:<pic>s?|details|info|link|stuff|deets|plans|times|updates))",
    # an invitation a parent agreed to ("mumma said u can come to my house sat")
    "(?:<parent>|mumma|mama|papa|ammi|abba)s? (?:said|says) (?:that )?(?:<you>|ya) (?:can|could|may) (?:come|stay|sleep)",
    # Grown-ups arranging among themselves ("ill text her and ask", "she'll ring ur mum", "tell her to
    # message the parents group"): a call between parents is no move of the child's chat ("dont tell
    # her" is kept: a "t" or "never" before it).
    "(?<!t\\s)(?<!never\\s)(?<!not\\s)(?:text|ring|call|message|msg|ask|tell) (?:<your> <parent>|<parent>|her|him|them|the parents)"
    "(?![\\w'’])|(?:she|he|they)['’]?ll (?:text|ring|call|message|msg)|(?:parents|mums|moms|mams)['’]? (?:group|chat|gc)",
    # A call promised once the number is given ("sweet as, ill text u", "sound. i'll ring at 8"): the move
    # was the number's giving, found as it was asked; the promise alone, nothing more named, is no new one.
    "\\A\\W{0,3}(?:(?:ok|okay|k|cool|sweet|sweet as|sound|grand|great|perfect|nice|lekker|ta|thanks|thx|ty|tysm|thank u"
    "|thank you|yay|got it|gotcha|saved|added|done)[\\s,.!]{1,3}){0,2}"
    "(?:(?:i['’]?ll|i will|will|(?:i['’]?m |im )?gonna|(?:i['’]?m |im )?going to) )?(?:text|txt|ring|call|bell|whats ?app)"
    "(?: (?:u|you|ya))?"
    # ("now now": South African for soon)
    "(?: (?:at \\d{1,2}(?:[:.]\\d\\d)?(?:\\s?[ap]m)?|later|tonight|tmrw|tomorrow|soon|in a bit|now now|now|rn|in a sec|in a min"
    # ... or after something of the day: "ill text u after hockey eh"
    "|after (?:my |the )?[a-z]{2,12}(?: practice| training| class)?))?(?: (?:eh|ok|okay|x+|lol|yeah))?"
    "\\W{0,5}\\Z",
    # ... or reported made, nothing more named: "sent u a msg there", "done, added u"
    "\\A\\W{0,3}(?:(?:ok|okay|k|done|there|kk)[\\s,.!]{1,3})?(?:i |just )?(?:sent|dropped|added|messaged|texted|followed)"
    " (?:u|you|ya)(?: a (?:msg|message|text|dm|request|friend request|follow))?(?: (?:there|on there|now|just now))?\\W{0,5}\\Z",
    # a topic to talk about (an oral exam, a presentation), no channel: "just talk about ur family and ur hobbies"
    "talk (?:about|abt|bout) (?:ur|your|my|the|his|her|their) (?:family|hobbies|hobby|day|weekend|holidays?|pets?|favou?rite"
    "|book|project|school|friends)",
    # ... or any topic, no channel, no one kept out named in the clause: "anime we can talk about", "we dont talk
    # about the last round"
    "\\A(?![^\\n]*(?<![\\w'’])(?:<app>|dms?|pms?|inbox|private|privately|text|txt|call|ring|phone|number|irl|in person"
    "|meet|somewhere|elsewhere|secret|just us|alone|between us|there|<parent>s?)(?![\\w'’]))"
    "[^\\n]{0,60}?(?<![\\w'’])(?:talk|chat|speak) (?:about|abt|bout)(?![\\w'’])",
    # Staying where the chat is: "grand so, sure we'll chat here", "lets just talk on here"
    "(?:we['’]?ll|we will|we can|lets|let's|let us|just) (?:just )?(?:chat|talk|stay) (?:here|on here|in here)(?![\\w'’])",
    # Staying where the chat is: "just check this chat on ur bday", "ill post it in this chat"
    "(?:check|see|read|open|watch|look at|stay in|stay on|post it in|put it in) (?:this|the) (?:chat|app|convo|thread)"
    "(?! (?:and|then|n) )",
    # a moderator's reassurance: "you don't need to share anything else, we have the logs"
    "(?:don['’]?t|do not|no) need to (?:share|send|give|tell) (?:us |me )?(?:anything|any more|anymore|more)",
    # a trip the parents drive to: "parents drive, we meet at the church lot at 9"
    "(?:parents|mums and dads|moms and dads) (?:drive|will drive|are driving|drop (?:off|u off|you off)|will drop|pick up|collect)",
    # boredom with the chat, no move named: "this class app chat is so dead" (a move to an app with it is a
    # move and its reason: "switching the squad to telegram, this app is so dead"; an app only named is talk)
    "\\A(?![^\\n]*(?<![\\w'’])(?:mov|switch|join|add|hop|go|come|get)[a-z]{0,4} [^\\n]{0,20}?<app>(?![\\w'’]))[^\\n]*?"
    "this (?:[a-z]{2,10} )?(?:app|chat|group|gc)(?: chat)? (?:is )?(?:so |rly |really )?(?:boring|dead|dry|quiet)",
    # lessons or coaching offered one to one ("i give private classes", "private 1 on 1 sessions"): a
    # service named, not a private channel (a meeting or a secret with it is found on its own words)
    "private (?:1 on 1 |one on one |1-1 |1:1 )?(?:lessons?|sessions?|classes|class|coaching|tuition|tutoring|training)",
    # the family's own group ("she'll send it to the family chat"): the grown-ups are in it
    "(?:the |our |my |ur |your )?family (?:chat|group|gc|group chat|whatsapp)",
    # a fan event, and "come on" as a plea
    "meet (?:and|n|&) greet|\\Acome on\\b",
    # a warning about sharing, from a moderator or a friend ("never share personal info in chat")
    "(?:never|dont|don't|don’t|do not|not to) (?:share|give out|post|send) (?:any |ur |your )?(?:personal|private) (?:info|information|details|stuff)",
    # ... or the sender keeping their own name out of the chat ("dont use my real name here")
    "(?:never|dont|don't|don’t|do not|pls dont|plz dont) (?:use|say|post|type|put|write) my (?:real|full|last|proper) name",
    # a video made together, for the app or not ("we should do a tiktok together", "lets film a reel"): no
    # move to talk there (the app's own rules and a channel named still fire)
    "(?:do|make|film|record|shoot) (?:a|an|another|our|the) (?:tiktok|tik tok|reel|short|vid|video|dance|trend)"
    "(?: (?:dance|trend|vid|video|together|collab))?(?: together)?\\W{0,5}\\Z",
    # the child's account set to private, said of itself ("me but its private", "mine's private")
    "\\A\\W{0,3}(?:(?:me|mine|yes|ye|yeah|ya) )?(?:but |tho )?(?:its|it's|it’s|mines|mine's|my acc is|my account is) private\\W{0,3}\\Z",
)

#: What a clause the model flags proposes, when its words say it.
HINTS: tuple[Rule, ...] = (
    ("secret", re.compile(r"(?<!\w)(?:tell|secret|between us|know|understand)(?!\w)")),
    ("delete", re.compile(r"(?<!\w)(?:delete|del|erase|clear|unsend|vanish|disappear\w*)(?!\w)")),
    ("meet", re.compile(r"(?<!\w)(?:meet|irl|in person|pick (?:u|you) up|come over|hang out)(?!\w)")),
    ("move", re.compile(r"(?<!\w)(?:snap|insta|discord|whatsapp|dm|dms|text|call|number|app|private|email)(?!\w)")),
)


#: A parent's leave just before a rule's match: "mumma said u can come to my house sat" is a
#: friend's invitation the grown-ups agreed to (as "come to mine, my mum said yes").
PERMITTED = re.compile(
    r"(?<![\w'’])(?:mum|mom|mumma|mama|mummy|mommy|dad|papa|daddy|parents?|ammi|abba)\s{1,3}(?:said|says)\s{1,3}"
    r"(?:(?:that|yes|ok)\W{1,3})?(?:u|you|ya)\s{1,3}(?:can|could|may)\s{1,3}\Z",
    re.IGNORECASE,
)


#: A plan the grown-ups run in the open: one parent arranging it with the other ("she'll text ur mum",
#: "he will call ur papa", "my dad asked ur dad"), a parent's leave ("mum says its fine", "if ur mum
#: says ok"), or the sender's parent taking them along ("my mom can drive us", "my da has room"). A
#: meeting proposed with it is a friend's invitation, no move away from the grown-ups, unless the
#: same message keeps something from them (a ``secret`` finding).
SUPERVISED = pattern(
    r"(?:she|he|they|(?:my )?<parent>|(?:my )?(?:papa|mama|mammy|mumma|ammi|abba))(?:['’]?ll| will| is gonna| is going to"
    r"|['’]s gonna|['’]?s| is| can| already)? (?:text|txt|ring|call|ask|message|msg|chat to|talk to|speak to|sort it with"
    r"|calling|texting|ringing|asking|messaging|asked|called|texted|rang|messaged) (?:<your> <parent>|ur (?:papa|mama|mammy"
    r"|mumma|ammi|abba))",
    r"<parent>s? (?:says?|said) (?:its|it['’]s|it is|that['’]?s|thats) (?:fine|ok|okay|cool|alright|all good)",
    r"if (?:<your> )?<parent> (?:says|said|is|agrees) (?:ok|okay|yes|fine|its ok|it['’]s ok)",
    r"my (?:<parent>|papa|mama|mammy|mumma) (?:can|could|will|['’]?ll|is gonna|is going to|would) (?:drive|take|bring) (?:us|both of us)",
    r"my (?:<parent>|papa|mama|mammy|mumma) (?:has|got|have|['’]s got) (?:room|space|a spare seat|a seat)",
    # the parents there or arranging it: "w our mums at mine", "till parents arrive", "ur mom booked us"
    # (the sender's or both sides' parents, not "come with ur mum" said to be turned down)
    r"(?:with|w|w/) (?:our|both our|my) (?:<parent>s?|parents)",
    r"(?:till|until|til|when|once) (?:the |ur |your |their )?(?:parents|<parent>s?) (?:arrive|get here|come|pick (?:them|u|you|us) up"
    r"|collect)",
    r"<your> <parent> (?:booked|arranged|organi[sz]ed|signed (?:u|you) up|set (?:it|this) up)",
    r"parents? (?:text|group|whatsapp|e-?mail|contact) (?:list|group|chat)",
    # a meeting the parent set: "dad said meet by the shop with him", "my dad says we can walk there"
    r"<parent>s? (?:said|says) (?:that )?(?:(?:we|u|you) )?(?:(?:can|could|should|to) )?(?:meet|walk|come)",
)
#: A meeting the two already have as a habit ("meet at the gate like always?", "same spot as usual"): friends
#: who see each other every day, not a meeting proposed to someone met online.
ROUTINE = pattern(r"(?:like|as|same as) (?:always|usual|normal|every (?:day|morning|week))")
#: An account asked for to follow the child in public ("whats ur tiktok i wanna follow", "whats ur
#: insta, ill share it"): an ask for the handle (``ASKS_PII``), not a move of the chat, when nothing
#: else is said of talking there.
FOLLOW = pattern(
    r"(?:<i_will>|i wanna|i want to|so i can|so i cn|can i|lemme|let me|to) (?:just )?(?:follow|tag|share|see|watch|like"
    r"|sub|subscribe)",
    r"i (?:post|make|upload|do) (?:clips|edits|vids|videos|packs|dances|reels|content)",
)
#: An e-mail address asked for to send one thing to it ("whats ur email ill send u the invite",
#: "pop ur email here and ill send the link", "ur email so we can send the voucher"): an ask for the
#: address (``ASKS_PII``), not a move of the chat, unless talk is named with it ("we can go over them
#: by email", "dont want it on this app", a file or pictures to be sent back and forth).
EMAIL_DELIVERY = pattern(
    r"e-?mail(?: id| address)?[^.!?\n]{0,40}?(?<![\w'’])(?:send|flick|get|come|forward|mail)(?: (?:u|you|ya|it))?"
    r"(?: (?:the|a|an|ur|your|my))?(?: [a-z]{2,12})? (?:link|invite|invitation|form|voucher|code|application|receipt|ticket"
    r"|confirmation)s?",
    r"e-?mail[^.!?\n]{0,30}?(?<![\w'’])(?:link|invite|form|voucher|code|receipt|ticket|confirmation)s? (?:will|would|gets?|is gonna)"
    r" (?:come|arrive|go|be sent)",
    r"(?:link|invite|invitation|form|voucher|code|application|receipt|ticket|confirmation)s?[^.!?\n]{0,30}?"
    r"(?<![\w'’])(?:to|on|in|there|for) (?:<your> |the )?e-?mail",
    r"(?:send|drop|pop|give) (?:<me> )?(?:<your>|the) e-?mail(?: id| address)?[^.!?\n]{0,10}?for (?:the )?(?:application|form"
    r"|entry|invite|link|voucher)",
    # schoolwork shared by mail: "send ur mail id, ill share my slides"
    r"(?:e-?mail|mail) (?:id|address)[^.!?\n]{0,30}?(?<![\w'’])(?:share|send|forward)(?: (?:u|you|ya))? (?:my|the|our) (?:slides"
    r"|ppt|doc|docs|notes|project|presentation|file|files|sheet|spreadsheet)",
    # ... or any e-mail, a word or two before what is shared: "ur email, ill share the science project", "the drive folder"
    # (shared, not sent: "got an email i can send the slides to" is where the talk goes)
    # an account shared or linked by it ("pop ur email in so i can connect ur account"), drawings sent to it
    r"e-?mail[^.!?\n]{0,20}? to (?:link|connect|add|invite|share) (?:it|them|the (?:acc|account|game)|(?:ur|your) (?:acc|account))"
    r"(?![\w'’])",
    r"e-?mail[^.!?\n]{0,30}?(?<![\w'’])(?:send|share)(?: (?:u|you|ya))? (?:my|the|some) (?:drawings|art|artwork|sketches|comics)"
    r"(?![\w'’])",
    r"(?:e-?mail|gmail|mail id|mail address)[^.!?\n]{0,30}?(?<![\w'’])share(?: (?:u|you|ya))? (?:my|the|our)"
    r"(?: [a-z]{2,12}){0,2} (?:slides|ppt|doc|docs|notes|project|presentation|file|files|folder|sheet|spreadsheet)(?![\w'’])",
)
#: Talk named beside an e-mail: the chat does move there.
EMAIL_TALK = pattern(
    r"(?:talk|chat|go over|text|call|this app|on here|dms?|pics?|photos?|<app>)",
)
#: Staying where the chat is: "nah just msg me here", "text me on here instead" (no move).
STAY_HERE = pattern(
    r"(?:msg|message|dm|text|txt|talk to|chat to|chat with|talk with) (?:me|us) (?:here|on here|in here)"
)
#: The ask of an account there that :data:`FOLLOW` can quiet.
ASKS_APP = pattern(r"<whats> <your> <app>")
#: The ask of a profile on an app people follow or find each other on ("whats ur insta", "ur edits r fire,
#: whats ur tiktok"): on its own an ask for the handle (``ASKS_PII``), as the chats' writers read it, not
#: a move of the chat; apps made for talking (WhatsApp, Telegram...) are a move whatever is said with them.
ASKS_PROFILE = pattern(
    r"<whats> <your> (?:insta(?:gram)?|ig|snap\s?chat|snap|sc|tik\s?tok|tt|discord|dc|twitter|bereal|be\s?real|threads)"
)
#: Talk named beside such an ask: the chat does move there ("whats ur insta, we can dm there", "ill send u
#: the clips", "easier than here", "we're moving the squad there").
PROFILE_TALK = pattern(
    r"(?:talk|chat|chats|speak|msg|message|dm|dms|pm|text|txt|vc|call|facetime|ft|there|here|group|gc|server|squad"
    r"|private|privately|add|send|show|share|collab|duet|touch|easier|better|properly|instead|moving|move|switch"
    r"|post|plan|find|again|secret|delete|meet|irl|tell|<pic>s?)"
)


class OffPlatformScanner:
    """Moving a chat elsewhere, hiding it, or meeting in person (OFF_PLATFORM)."""

    name = "off_platform"
    kinds = frozenset({Kind.OFF_PLATFORM})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one finding per moving phrase (rules), or per clause the model flags; a meeting the
        grown-ups arrange in the open (:data:`SUPERVISED`) and an account asked for to follow
        (:data:`FOLLOW`) are none."""
        found = scan_intent(
            ctx,
            kind=Kind.OFF_PLATFORM,
            name=self.name,
            rules=RULES,
            gate=GATE,
            hints=HINTS,
            quiet=QUIET,
            unless=PERMITTED,
        )
        found = list(found)
        folded = ctx.folded
        if not any(f.detail == "secret" for f in found) and SUPERVISED.search(folded):
            # (a rule's move stays: "mum says its fine, add me on snap"; the model's guesses go)
            found = [f for f in found if f.detail not in ("meet", None) and f.confidence == RULE_CONFIDENCE]
        if EMAIL_DELIVERY.search(folded) and not EMAIL_TALK.search(folded):
            found = [f for f in found if f.detail not in ("move", None)]
        if ROUTINE.search(folded):
            found = [f for f in found if f.detail != "meet"]
        stay = [m.span() for m in STAY_HERE.finditer(folded)]
        if stay:
            found = [f for f in found if f.detail != "move" or not any(s < f.end and f.start < e for s, e in stay)]
        if FOLLOW.search(folded):
            found = [f for f in found if not ASKS_APP.fullmatch(folded[f.start : f.end])]
        profile = [m.span() for m in ASKS_PROFILE.finditer(folded)]
        if profile and not PROFILE_TALK.search(folded):
            found = [f for f in found if not any(s < f.end and f.start < e for s, e in profile)]
        yield from found


__all__ = [
    "ASKS_PROFILE",
    "EMAIL_DELIVERY",
    "FOLLOW",
    "GATE",
    "HAS_APP",
    "HINTS",
    "OWN_CONTACT",
    "QUIET",
    "ROUTINE",
    "RULES",
    "STAY_HERE",
    "SUPERVISED",
    "OffPlatformScanner",
]
