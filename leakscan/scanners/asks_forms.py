"""The ASKS_PII rules for a detail asked in disguise or in passing: a prize, a parcel or a form
that "needs" it, a list of fields to fill, a house's or a flat's number asked after talk of a
delivery, and whether the grown-ups are around asked sideways ("ur parents dont check?", "ur
folks out or something"). Part of :data:`.asks_rules.RULES` (in its order), in
:mod:`.chat_words` templates; each rule with its reason.
"""

from __future__ import annotations

from .chat_model import Rule
from .chat_words import pattern

#: A field of a form, a detail's word: "name, email, address", "uid + phone no".
_FIELD = (
    r"(?:(?:full |real |first |last )?name|e-?mail(?: id| address)?|gmail|(?:home |delivery )?address|phone(?: number| no\.?)?"
    r"|mobile(?: number| no\.?)?|number|age|dob|date of birth|birthday|school(?: name)?|city|town|suburb|postcode|zip|class"
    r"|grade)"
)
#: What a prize, a delivery or a check is for: claiming it, a code, a ticket.
_FOR = (
    r"(?:claim|get|receive|collect|redeem|unlock|verify|verification|otp|code|ticket|hall ticket|admit card|prize|reward"
    r"|certificate|voucher|delivery|courier|parcel|shipping|gift)"
)

#: A message opening on a detail, after a thanks or a joining word: "cheers. and ", "ok also ".
_OPENS = (
    r"\A\W{0,3}(?:[a-z'’\s]{0,20}[.!]\s{1,3})?(?:(?:ok|okay|thanks|thx|ta|cheers|and|n|also|plus|now|then|next|lastly|last"
    r"|finally)[\s,.!]{1,3}){0,3}"
)
#: Paperwork a detail is wanted for: a form, a check, a sign-up, a booking.
_PAPER = (
    r"(?:forms?|verification|verify|registration|sign ?-?ups?|entry|entries|records?|file|roster|paperwork|passport"
    r"|application|booking|permission slip)"
)

FORM_RULES: tuple[Rule, ...] = (
    (
        # the detail alone, wanted for paperwork, the message opening on it: "and ur bday for the sign-up form",
        # "ta. plus a parent's email for the trip form" (not "i did the form with my email")
        "birthday",
        pattern(
            rf"{_OPENS}(?:<your>|the|a) (?:birthday|bday|b-day|dob|date of birth|birth ?date) (?:for|on) (?:the |a |<your> )?"
            rf"(?:[a-z]{{2,12}} )?{_PAPER}(?![\w'’])"
        ),
    ),
    (
        "email",
        pattern(
            rf"{_OPENS}(?:<your> |an? |the )?(?:(?:<parent>|parent|parents)['’]?s? )?(?:e-?mail|gmail)(?: address| id| addy)?"
            rf" (?:for|on) (?:the |a |<your> )?(?:[a-z]{{2,12}} )?{_PAPER}(?![\w'’])"
        ),
    ),
    (
        "email",
        pattern(
            # a prize's or a scholarship's e-mail "to claim": "reply with ur email to claim", "share email for hall ticket"
            rf"(?:<want>|<give>|enter|drop) (?:<me> )?(?:with )?(?:<your> |an? |the )?(?:e-?mail|gmail)(?: id| address)?"
            rf" (?:to|for) (?:the |ur |your |a )?{_FOR}",
            r"(?:reply|respond|answer) (?:with|w) <your> (?:e-?mail|gmail|email address)",
            # a mail id asked by its Indian-English name: "wats ur mail id bro"
            r"<whats> <your> (?:e-?)?mail (?:id|address|addy)",
            # whether the child has one, a file too big for the chat: "got an email?", "u have a gmail?"
            r"(?<!\bi\s)(?<!\bive\s)(?:<you> )?(?:got|have) (?:an? )?(?:e-?mail|gmail|email address)(?=\s{0,3}\?)",
            # the address alone with a please, the message opening on it: "ur email pls, i'll add u to the doc"
            r"\A\W{0,3}(?:(?:ok|so|and|now|then),? )?<your> (?:e-?mail|gmail)(?: id| address)? (?:pls|plz|please)(?![\w'’])",
            # e-mail said to be better, then the child's asked: "email is easier than here, whats urs"
            r"e-?mail (?:is|s|'s|would be|works) (?:better|easier|quicker|faster|safer)[^?.!\n]{0,30}? <whats> (?:urs|yours)(?![\w'’])",
            # Hindi: the child's e-mail "needed": "tumhara email id chahiye"
            r"(?:tere|teri|tera|tumhara|tumhari|aapka) (?:e-?mail|gmail|mail id)(?: id)?(?: \w{1,10})? (?:chahiye|bhej|bhejo|bata|de|do)",
        ),
    ),
    (
        "phone",
        pattern(
            # a number the check "needs": "phone needed for otp", "mobile number required for delivery"
            r"(?:phone|mobile|cell|whatsapp)(?: number| no\.?| num)? (?:is )?(?:needed|required|reqd|compulsory|mandatory|must)",
            # the number asked by the phone's name, a reason or the end after it ("whats ur mobile in case i get lost"; not "whats
            # ur phone case"), or a parent's number ("she'll need ur dad's number")
            r"<whats> <your> (?:cell|mobile|fone|phone)(?=\W{0,3}(?:\Z|\?|,|so\b|in ?case\b|incase\b|for\b|pls\b|plz\b|again\b|then\b"
            r"|tho\b|i\b|ill\b))",
            r"<your> (?:<parent>|parents)['’]?s? (?:phone |mobile |cell )?(?:number|num|digits)(?![\w'’])",
            # everyone's, for a list: "who has everyone's numbers for the trip list"
            r"(?:who['’]?s got|who has|who got|anyone got|any1 got|does anyone have) every ?(?:one|body|1)['’]?s (?:phone )?(?:numbers"
            r"|nums|digits)",
            # the sender lacks the child's number, to be sent: "hold on i never saved ur number", "i don't have ur new one"
            r"i (?:still )?(?:don['’]?t|dont|do not|never) (?:have|got|get|saved) <your> (?:new |phone |mobile |cell |real )?(?:number"
            r"|num|digits|no|cell|mobile)(?![\w'’])",
            # the child's own number borrowed for an account's check: "the game asks for a mobile no, could i borrow urs"
            r"(?:phone|mobile|cell) (?:number|no|num)[^?.!\n]{0,40}?(?:can|could|cn) i (?:use|have|borrow) (?:urs|yours)",
            # the phone second in a list to send: "send ur uid + phone no", "ur name and mobile number"
            r"<give> (?:<me> )?<your> [a-z]{2,12}(?: [a-z]{2,12})? (?:\+|&|and|n) (?:<your> )?(?:phone|mobile|cell|whatsapp)"
            r"(?: number| no\.?| num)?(?![\w'’])",
        ),
    ),
    (
        None,
        pattern(
            # a form's fields listed, two or more: "fill the form: name, email, address", "details: name / age / school"
            rf"(?:form|details|info|entry|register|registration|fill(?: in| out)?(?: the)?(?: form)?)\W{{0,3}}:?(?: with)? {_FIELD}"
            rf"(?: ?(?:,|/|\+|&) ?{_FIELD}| (?:and|n) {_FIELD}){{1,4}}",
            # a sign asked with a horoscope named: "i do free horoscope readings, whats ur sign" (no detail, as
            # :data:`.asks_rules.RULES`' star signs: the sign given is no piece of the birthday told after it)
            r"(?:horoscope|zodiac|astrology|star chart|birth chart)[^\n]{0,40}?<whats> <your> sign",
            # ... or the sign asked as "yours" after the star signs done for a group: "doing star signs for
            # the squad, whats urs", "star sign thing for the clan, what are u"
            r"(?:horoscope|zodiac|astrology|star ?signs?|star chart|birth chart)[^\n?]{0,40}?"
            r"(?:<whats> (?:urs|yours)|what (?:are|r) (?:u|you))(?![\w'’])(?![\s,]{1,3}(?!lol|tho)[a-z])",  # not "what are u playing"
        ),
    ),
    (
        "home",
        pattern(
            # a delivery's address, no owner named: "please confirm the delivery address", "update shipping address"
            r"(?:confirm|verify|update|give|send|share|enter|need|provide|reply with) (?:<your> |the |a |ur mom['’]?s |the full )?"
            r"(?:delivery|shipping|postal|full|home) address",
            # the home named by another word: "whats ur gaff's address again", "ur house's postcode"
            r"<whats> <your> (?:house|home|gaff|place|flat|folks)['’]?s? (?:address|addy|postcode|eircode|zip)",
            # a flat's or a house's number as a question of its own, after a sentence: "ok, you can confirm. flat number?"
            r"(?<=[.!?,]) (?:the |<your> )?(?:flat|house|door|unit|apt|apartment|block) (?:no\.?|number|num|#)(?=\s{0,3}\?)",
            # where the child does a sport, locally: "u skate a local park?", "do u swim at a local pool"
            r"<you> (?:skate|play|train|swim|ride|board|dance|practi[cs]e)(?: at| in)? (?:a|the|ur|your) (?:local|nearby) [a-z]{3,12}"
            r"(?=[^.!\n]{0,15}\?)",
        ),
    ),
    (
        "alone",
        pattern(
            # who watches asked sideways: "ur parents dont check?", "ur mum never looks?"
            r"<your> <parent>(?: (?:and|n|&) <parent>)? (?:don['’]?t|dont|never|do not|wont|won['’]t) (?:check|mind|care|notice"
            r"|look|see|know)(?=[^.!\n]{0,25}\?)",
            # ... or guessed out: "ur folks out or something", "parents away or what"
            r"<your> <parent>(?: (?:and|n|&) <parent>)? (?:out|away|gone|at work|working|not home)(?: tonight| rn| now| today)?"
            r" or (?:something|smth|sth|sumthin|what)",
            # ... or guessed to be out late, to be confirmed: "ur folks on night shift again eh", "ur mum out till 9?"
            r"<your> (?:<parent>|olds|oldies|rents|parentals)(?: (?:and|n|&) <parent>)? (?:are |r |is )?(?:out|away|at work|working"
            r"|on shift|not home) (?:til|till|until|to) (?:late|\d{1,2}|tonight|night|after|dinner|tea)(?=[^.!\n]{0,8}(?:\?|\beh\b|\bright\b"
            r"|\byeah\b|\Z))",
            # Hindi: when the parents come home: "ghar pe parents kab tak aayenge", "mummy papa kab aayenge"
            r"(?:parents|<parent>|mummy|papa|ammi|abba|gharwale)(?: (?:papa|abba))? kab(?: tak)? (?:aate|aayenge|aaenge|aati|aata|jaate|jaati|nikalte"
            r"|ghar)",
        ),
    ),
    (
        "alone",
        pattern(
            # ... whether they watch, without "ur" ("parents not checking ur tablet?"), whether they know the child is on
            # ("does ur mum actually know ur up"); Hindi alone at home ("ghar me akeli rehti ho kya")
            r"(?<!my\s)(?<!our\s)(?<!\bi\s)(?:<your> )?(?:<parent>|parents) (?:not|arent|aren['’]t|isnt|isn['’]t) (?:checking|watching|looking|home"
            r"|around)"
            r"(?=[^.!\n]{0,25}\?)",
            r"(?:<do>|does) (?:they|<your> <parent>|<your> parents) (?:even |actually )?know (?:<you>['’]?re|ur|<you> (?:are|r)|<you>)"
            r" (?:online|on here|on|up|awake|playing|still up)(?![\w'’])",
            r"(?:ghar (?:pe|par|me) )?(?:akela|akele|akeli) (?:hota|hoti|hote|ho|rehta|rehti|rehte)(?: hai| ho)?(?: kya)?(?![\w'’])",
        ),
    ),
    (
        "birthday",
        pattern(
            # a quiz's next step: "now add ur birth year for ur power level"
            r"<your> (?:birth ?year|year of birth|yob)",
            # a guessing game for it, no modal said: "i guess ur birthday in 3 tries"
            r"guess <your> (?:birthday|bday|b-day|dob|birth ?date) in (?:\d|one|two|three|four|five|a few) (?:tries|guesses|goes)",
            # the month or date asked as "yours" after talk of birthdays: "what month is urs eh"
            r"(?:<what>|<which>) (?:month|date) <is> (?:urs|yours)(?=\W{0,3}(?:\Z|\?|eh\b|tho\b|then\b))",
            # whether it is soon: "is ur bday coming?", "ur birthday is coming up right"
            r"<is> <your> (?:birthday|bday|b-day) (?:coming|soon|coming up|close|near)",
            # a date's format asked for: "just day month year", "dd/mm/yyyy pls"
            r"(?:day|dd)(?: ?[,/-] ?| )(?:month|mm)(?: ?[,/-] ?| )(?:year|yyyy|yy)",
            # a piece of it asked bare, a form's field: "birthday month?", "birth year?", "bday date pls"
            r"\A\W{0,3}(?:(?:and|ok|now|so)\W{1,3})?(?:birthday|bday|b-day|birth) (?:month|date|day|year|time)"
            r"(?=\s{0,3}(?:\?|\Z|pls|plz|please|too|then))",
            # told to give it with no "ur" (a terse or an Indian-English ask): "tell birth date and time"
            r"(?:tell|give|send|share|bata|batao) (?:me |us )?(?:the |ur |your |apni |apna |teri |tera )?(?:birth ?date|date of birth|dob"
            r"|birth (?:time|year"
            r"|month|place))",
            # a guess at it to be confirmed: "bet ur birthday is in summer", "i reckon ur bday's in may"
            r"(?:i bet|bet|i reckon|i guess|i think) (?:that )?<your> (?:birthday|bday|b-day)(?:['’]?s| is)? (?:in|on|around|near)",
            # its date forgotten, a plan for it said: "planning something for ur bday but i forgot the date"
            r"<your> (?:birthday|bday|b-day)[^?.!\n]{0,25}?(?:forgot|forget|forgotten|dont remember|don['’]t remember"
            r"|can['’]?t remember|remind me (?:of )?)(?: when| the date| the day| which day| what day)",
        ),
    ),
    (
        "home",
        pattern(
            # an address to be given with no "ur": "give address i will check with courier", "send full address"
            r"\A\W{0,3}(?:(?:pls|plz|please|ok|okay|just|now|then|so)\W{1,3}){0,2}(?:give|send|tell|share|type|drop) (?:me |us )?"
            r"(?:the |full |home |delivery |exact |complete )?(?:full |home |delivery |exact )?address(?! of\b)",
            # a side of the country guessed, to be confirmed: "u on the east coast too?", "ur from the north side?"
            r"(?:<you>|<you>['’]?re|ur|<you> (?:are|r)) (?:on|in|from) the (?:east|west|north|south)(?:ern)? (?:coast|side|end|island"
            r"|shore)(?: too| as well| then)?(?=\s{0,3}\?)",
            # a place named as the talk's next detail: "what about ur bus stop", "ok and what about ur street"
            r"(?:what|wat|wbu|how) about <your> (?:bus stop|stop|street|road|address|postcode|zip|house|flat|estate|suburb|area"
            r"|neighbou?rhood)(?![\w'’])",
            # the street's name asked of a house just talked of, no "ur": "whats the road called so i can put it on the sign"
            r"<whats> the (?:street|road|st) (?:name|called)(?! (?:of|for) )|<what> (?:street|road) (?:is it on|is it|its on)(?=\s{0,3}\?)",
            # everyone's, for a post: "need addresses for the card swap", "send ur addresses for the gifts"
            r"(?:need|needs|want|<give>(?: <me>)?(?: <your>)?) (?:every ?(?:ones|one['’]s|bodys|body['’]s) |all (?:ur |the )?)?"
            r"(?:home |postal )?addresses(?= (?:for|to|so|pls|plz))",
            # a quiz name made of home details: "ur rapper name = ur road name + ur mums middle name"
            r"name\s{0,3}(?:=|is:?|:)\s{0,3}<your> (?:street|road|house number|town|suburb)",
            # a neighbourhood guessed from a picture, to be confirmed: "are u from my side only? ur background looks like my area"
            r"<are> <you> (?:from|in|near) my (?:side|area|neighbou?rhood|locality|colony|city|town)(?: only| too| also)?(?=\s{0,3}\?)",
        ),
    ),
    (
        "where",
        pattern(
            # when the child trains, to come along: "whens ur training, ill come watch"
            r"<when>(?:s|['’]s| is| <is>) <your> (?:[a-z]{2,12} )?(?:practice|training|lesson|lessons|rehearsal)",
        ),
    ),
    (
        "school",
        pattern(
            # a school guessed by name, to be confirmed: "u go to harwood intermediate aye?", "ur at st marys high right?"
            r"(?:<you>|<you>['’]?re|ur|<you> (?:are|r)) (?:go to|goto|at|attend) [a-z'’]{2,20}(?: [a-z'’]{2,20})? (?:intermediate"
            r"|school|high|primary|college|academy|grammar|middle)(?: school)?(?: eh| right| yeah| too| then| innit)?(?=\W{0,3}\?)",
            # ... or by its place: "u go to school round hamilton?", "u attend school close to the lake?"
            r"(?:<do> )?<you> (?:go to|goto|attend) (?:school|skool) (?:round|around|near|in|by|close to|out) [a-z'’]{2,15}(?: [a-z'’]{2,15})?"
            r"(?=\W{0,3}\?)",
        ),
    ),
    (
        "photo",
        pattern(
            # a photo of the house or of the view from it: "show me the view from ur room", "send a pic of the front"
            # one photo asked ("send one selfie for the intro", "just 1 pic")
            r"(?:<give>|just) (?:<me> )?(?:one|1) (?:quick |more |last )?(?:selfie|pic|photo|picture)(?![\w'’])",
            # Hindi: a photo sent ("ek photo bhej", "apni pic bhejo")
            r"(?:ek |apni |apna |teri |tera )?<pic> (?:bhi )?(?:bhej|bhejo|bhejna|bhejde|send kar|dikha|dikhao)(?![\w'’])",
            r"<pic> (?:out|outside|of|from|thru|through) (?:<your>|the|ur) (?:window|front|view|house|outside|street|balcony|yard"
            r"|garden|driveway)(?![\w'’])(?! (?:page|cover|row|of (?:the|a) (?:book|worksheet|card)))",
        ),
    ),
    (
        None,
        pattern(
            # a detail to be typed past the chat's filter: "type it split up so the filter doesnt block it"
            r"(?:split it|split them|break it|space it|spell it) (?:up|out|apart)|so (?:the )?(?:chat )?(?:filter|bot|automod|censor) (?:doesnt"
            r"|doesn['’]t|dont|don['’]t|wont|won['’]t|cant|can['’]t) (?:block|catch|delete|hashtag|tag|flag)",
            # details to be said to join something: "to be in the gc post ur age and school first"
            r"(?:say|post|type|put|write|list|state) (?:<your> )?(?:age|school|town|city|grade|class|full name|dob|birthday)"
            r" (?:\+|and|n|&|,) (?:<your> )?(?:age|school|town|city|grade|class|full name|dob|birthday)",
            # a place or a team the sender claims to know, to be told or confirmed: "bet i know ur club lol"
            r"(?:i )?bet i (?:know|can guess|could guess|could find|can find) <your> (?:rink|school|street|suburb|town|club|pool|house|area"
            r"|park|team|estate|road)(?![\w'’])",
            # a scam's or a form's "details" asked with a please: "pls share ur details to claim"
            r"(?:pls|please|plz|kindly) (?:share|send|provide|give|submit) (?:ur |your |the |all |all ur )?(?:details|info|information)"
            r"(?![\w'’])",
            # a detail asked as "a way to reach" the child: "is there another way to contact u"
            r"(?:need|want|give me|is there|got) (?:a|some|another) way to (?:reach|contact|get hold of|message|text|call) <you>",
            # a star sign guessed as a question: "are u a scorpio??"
            r"<are> <you> an? (?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)(?=\W{0,3}\?)",
        ),
    ),
    (
        "handle",
        pattern(
            # every one's account asked in a group: "ok everyone drop ur insta"
            r"<whats> (?:every ?ones|everybodys|every1s|all ur) <app>",
            # "pm me ur snap", "inbox me ur insta"
            r"(?:pm|inbox|whisper) (?:<me> )?<your> <app>",
            # an account's handle, to be followed or requested ("whats ur handle, i'll request"): the word
            # "handle" or "@" is never a name in the same game (unlike "user")
            r"<whats> <your> (?:@|handle)(?=\W{0,3}(?:<i_will>|ill|i['’]ll|so i (?:can|cn)|n ill|and ill|i wanna|lemme|let me))",
            # where the child posts what they make, to be found there: "ur art is so good, do u post it anywhere?"; Hindi
            # "insta pe daalte ho?"
            r"(?:<do> )?<you> (?:post|upload|put) (?:it|them|those|these|that|<your> [a-z]{2,12}) (?:up )?(?:anywhere|somewhere|online)"
            r"(?=[^.!\n]{0,10}\?)",
            r"<app> (?:pe|par|pr) (?:daalte|dalte|post karte|upload karte|hai|ho)(?![\w'’])",
        ),
    ),
)

__all__ = ["FORM_RULES"]
