"""The phrase rules of the ASKS_PII scanner (:mod:`.asks`): per detail asked (``home``, ``school``,
``age``, ``birthday``, ``name``, ``phone``, ``email``, ``handle``, ``photo``, ``alone``; None:
the words say which, :data:`.asks.HINTS`), the templates of :mod:`.chat_words` that find its
common phrasings (where the child lives or is: :mod:`.asks_where`). A table of data, kept apart
from the scan so that each stays short.
"""

from __future__ import annotations

from .asks_forms import FORM_RULES
from .asks_where import WHERE_RULES
from .chat_model import Rule
from .chat_words import alone, pattern

#: A detail's word in a list of them ("number, position, DOB"; "1) fav colour 2) age 3) town").
_DETAIL = (
    r"(?:dob|date of birth|birthday|bday|age|town|city|suburb|school|address|street|zip|postcode|house number"
    r"|phone number|mobile|full name|surname|last name)"
)
#: Two or more of them, listed with commas, slashes or numbers: a roster, a form, a quiz asks them all.
_DETAILS_LISTED = (
    rf"(?<![\w'’]){_DETAIL}(?:\s{{0,3}}(?:,|/|&|\d[).:])\s{{0,3}}(?:[a-z]{{1,12}}\s{{0,2}}(?:,|\d[).:])?\s{{0,3}})"
    rf"{{0,2}}){_DETAIL}(?![\w'’])"
)

#: A detail asked for in so many words, as a form or a "verification" lists them.
_ASKED = (
    r"(?:full name|first name|real name|surname|last name|name|dob|date of birth|birthday|bday|age|school(?: name)?|class"
    r"|grade|city|town|suburb|street|state|address|postcode|zip|e-?mail|gmail|insta|snap|phone number|number|roll number"
    r"|(?:mother|mum|mom|mam|father|dad)['’]?s name)"
)
#: Two of them joined by "and", "+", "or", Hindi "aur", opening a message or a clause ("just street and
#: suburb", "and age + state for the division", "ok, school name and city", "ab apna roll number aur
#: mother's name bhejo", "email or insta, pick one"): a list to fill in, not talk about one's own day
#: ("my school and my town" opens on "my"). What follows must close the list, so "age and year 6
#: camp" stays quiet.
_LIST_SPOKEN = (
    r"(?:\A|(?<=[.!?,:]))\W{0,3}(?:(?:ok|okay|and|n|also|plus|just|now|then|so|ab|great|bas|only),? ){0,3}"
    # (three or four as well: "name + age + email for the prize")
    rf"(?:<your> |apna |apni |the )?{_ASKED}(?: (?:and|n|&|\+|aur|or) (?:<your> |the )?{_ASKED}){{1,3}}"
    r"(?=\s{0,3}(?:\Z|[?.!,;]|pls|plz|please|for|bhi|batao|bata|bhejo|bhej|too|as well|tho|then|again|pick))"
)


RULES: tuple[Rule, ...] = (
    (
        None,
        pattern(
            _LIST_SPOKEN,
            # the sender's own school or class told, the child's asked back: "im homeschooled haha wbu"
            r"(?:im|i['’]m|i am|i go to|i do)\s(?:[a-z'’]{1,12}\s){0,3}?(?:home ?schooled|homeschool|at [a-z'’]{2,20} (?:school|high|primary"
            r"|academy|college)|in (?:year|grade|yr) \d{1,2})[^?.!\n]{0,20}?(?:wbu|hbu|what about <you>|how about <you>|and <you>\?"
            r"|<you>\?)",
            # a code sent to the child's phone, to be given: "ur phone will get a code, paste it here"
            r"<your> (?:phone|mobile|cell|number|e-?mail|gmail) (?:will|should|is gonna|gonna|might|is going to) (?:get|receive)"
            r" (?:a |an |the )?(?:\d \w+ )?(?:code|otp|pin)",
            # a hint at a name held back, after an ask: "ok just hint, starts with?", "what does it start with"
            r"(?:<what> (?:does it|do they|it) start with|\A\W{0,3}(?:(?:ok|okay|k|just|hint|pls|plz|then|so|fine|at least)\W{0,8}){0,4}"
            r"(?:it )?starts? with(?=\s{0,3}\?))",
            # a star sign says the birth month ("tell me ur star sign", "i bet ur a scorpio"); no detail: the
            # sign given is no piece of the birthday told after it ("aries" ... "9th" ... "of april")
            r"(?:<whats>|<give> (?:<me> )?|<want> ) ?<your> (?:star ?sign|zodiac(?: sign)?|horoscope sign)",
            r"(?:i bet|bet|i reckon|i guess|let me guess)[,.]{0,3} (?:that )?(?:<you>['’]?re|ur|<you> (?:are|r)) an? (?:aries|taurus|gemini"
            r"|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)(?![\w'’])",
            # Hindi: a detail and "tell" or "send": "full name batao", "dob bhejo"
            r"(?:full name|naam|name|dob|roll number|address|school|(?:mother|father)['’]?s name) (?:batao|bata|bhejo|bhej|bolo)"
            r"(?![\w'’])",
            # Everyone's, for a roster: "i need both players email for the bracket"
            r"(?:need|needs|want|wants) (?:both|all|each|every) (?:players?|of (?:u|you|ur|your))['’]?s? (?:e-?mails?|email address"
            r"|gmails?|full names?|names?|ages?|dobs?|birthdays?|numbers?)",
            r"<are> <you> a (?:boy|girl|guy) or (?:a )?(?:boy|girl|guy)",
            r"(?:boy|girl|m|f) or (?:girl|boy|f|m)\?",
            # A trade: "i'll tell u my age if u tell me urs", "tell me urs and ill tell u mine".
            r"<i_will> tell <you> (?:mine|my [a-z]{2,12}) (?:if|and|when|once) <you> tell <me>",
            r"tell <me> (?:urs|yours|<your> [a-z]{2,12}) (?:and|then|n) <i_will> tell <you> mine",
            _DETAILS_LISTED,
            # a security question in a quiz: "mum's maiden name", "street u grew up on", "first pet's name"
            r"(?:<parent>['’]?s? )?maiden name|(?:street|road|town) (?:<you>|ya) (?:grew up|lived) (?:on|in)"
            r"|(?:first )?pet['’]?s name",
            # A check or a form that "needs" a detail: "confirm the email on ur account", "i need
            # everybodys dob for the form".
            # (a courier's "confirm flat no." names no owner)
            r"(?:confirm|verify|re-?enter|re-?type|type in) (?:(?:<your>|the) )?(?:e-?mail|email address|phone|phone number|number|mobile"
            r"|date of birth|dob|birthday|address|home address|full name|real name|age|postcode|(?:flat|house|door|unit|apt|apartment)"
            r" (?:no\.?|number|num|#))(?![\w'’])",
            r"(?:asks?|asking|needs|wants) (?:for |about )?<your> (?:full |real |home )?(?:name|address|dob|date of birth"
            r"|birth ?date|birthday|age|school|phone number|number|mobile|e-?mail)",
            r"(?:<want>|need|needs|wants|get) (?:every ?(?:ones|one['’]s|bodys|body['’]s)|all (?:<your>|the players['’]?)) (?:full |real |home )?"
            r"(?:names?|address(?:es)?|dob|dobs|dates? of birth|birthdays?|ages?|schools?|phone numbers?|numbers|mobiles?|cells?|digits"
            r"|e-?mails?)",
            r"<which> (?:team|club|squad|side) (?:<do> )?<you> (?:play|swim|train|run|dance|compete) (?:for|at|with)"
            r"(?![^.!?\n]{0,20}(?:in game|in the game|on roblox|on fortnite))",
            # Where the child is every week: a club, a team, a class.
            # Looks, an account's secret, the home's wifi: "how tall r u", "tell me ur password".
            r"how (?:tall|short|big|heavy) <are> <you>",
            r"how much <do> <you> weigh|<what> size <are> <you>(?=\s{0,3}(?:\?|\Z|in\b))|<what> <are> <you> wearing(?! to)",
            r"<what> (?:will|would|r|are) <you> be wearing(?! to)",  # to know them when they meet
            r"(?:<whats>|<give>|<want>) (?:<me> )?<your> (?:[a-z]{2,10} (?:and |& |n )?){0,2}(?:password|pass word|passcode|pin|login)",
            # A sign-in code texted to the child's phone: whoever has it takes the account.
            r"(?:<give>|send|tell|read|type|share|forward|what['’]?s|whats|wats) (?:<me> )?(?:the |that |<your> )?(?:otp|one[- ]time (?:code|password|pin)"
            r"|verification code|security code|sms code|login code)(?![\w'’])",
            r"code (?:that |which |u |you )?(?:comes?|came|gets?|got|is|was) (?:texted|sent|sms['’]?d|messaged|coming) (?:to|on) (?:<you>|<your>"
            r" (?:phone|mobile|number|cell))",
            r"(?:wifi|wi-fi) (?:name|called|password)[^?.!\n]{0,20}? (?:<your> (?:house|home|place)|urs|yours)(?![\w'’])",
            # The family's car: "what car does ur mum drive".
            r"<what> (?:kind of |type of |colou?r )?car (?:does|do) <your> <parent> (?:drive|have|got)",
            r"<your> (?:wifi|wi-fi) (?:name|called|password)",
            # When and where the child is every week: "what time is ur swim practice", "where do u do dance".
            r"<what> time <is> <your> (?:[a-z]{2,12} )?(?:practice|training|lesson|lessons|class|classes|rehearsal)",
            r"<where> <do> <you> (?:do|go to|go for|have|take|train for|practi[cs]e) (?:[a-z]{2,12} )?(?:dance|dancing|swimming|swim"
            r"|karate|gymnastics|football|soccer|footy|netball|rugby|hockey|training|practice|lessons|classes|ballet|piano)",
            r"<which> (?:club|dance school|dance class|swim club|swimming club|gym|ground|pitch|pool|studio|academy"
            r"|scouts|guides|brownies|cubs|church|mosque|temple|karate|football club|footy club|rink|ice rink|court|field|arena|dojo"
            # (the "do" dropped, "u guys" for a team: "which rink u guys play out of")
            r"|track) (?:<do> )?<you>(?: guys| all| lot)?"
            r" (?:play for|play at|play out of|swim at|swim for|skate at|skate for|train at|train with|train out of|practi[cs]e at"
            r"|go to|dance at|belong to|attend)",
            r"who (?:picks|collects|drops|takes|walks|drives) <you> (?:up |off |home )?(?:from|to|at|after) (?:school|skool|practice"
            r"|training|the bus)",
            r"<which> (?:football|footy|soccer|netball|rugby|hockey|cricket|basketball|swim|swimming|dance) (?:club|team)"
            r" (?:<do> )?<you> (?:play for|play at|play in|swim for|dance for|go to|train (?:at|with))",
            r"<where> <do> <you> (?:train|practi[cs]e|swim|dance|play (?:football|soccer|footy|netball|rugby|hockey|cricket"
            r"|basketball))(?=\s{0,3}(?:\?|\Z))",
            # A detail handed over to be added or followed: "drop ur handle ill follow", "send urs ill add u",
            # "chuck ur mobile in here and i'll add u", "pop ur numbers in".
            r"(?:<give>|pop|chuck|put|bung) (?:<me> )?(?:<your> (?:[a-z]{2,10} )?(?:numbers?|mobile|cell|digits|handle|@|tag"
            r"|gamertag|user|username|id|uid|e-?mail|gmail|snap|insta|ig)|urs|yours)(?: again)?"
            r"(?=[^?.!\n]{0,30}?(?<![\w'’])(?:add|follow|text|ring|call|friend|req|request|dm|in here|in|here)(?![\w'’]))",
            # ... a number to be put in a group: "drop ur numbers ill make a whatsapp group"
            r"(?:<give>|pop|chuck|put|bung) (?:<me> )?<your> (?:numbers?|mobile|cell|digits)"
            r"(?=[^?.!\n]{0,30}?(?<![\w'’])(?:group|gc|groupchat)(?![\w'’]))",
        ),
    ),
    (
        "alone",
        pattern(
            # (also asked the other way round: "is ur mam not home", "are ur parents still out")
            r"<are> <your> <parent> (?:not |still |even )?(?:home|there|in|around|awake|out|at work|away|asleep|gone)",
            r"<is> <your> <parent> (?:not |still |even )?(?:home|there|in|around|awake|out|at work|away|asleep|gone)",
            # when the grown-ups are away: "when does ur gran go out", "when are ur parents at work"
            r"<when> (?:<is>|<are>|do|does) <your> <parent> (?:not (?:home|in|around|there)|out|away|at work|gone|go out|go away"
            r"|leave|work|working|on nights)",
            r"<are> <you> (?:home )?(?:alone|by yourself|by urself|on ur own|on your own)(?: at home| rn| now)?",
            r"<is> (?:a|any|one|either) (?:parent|grown ?-?up|adult|of (?:ur|your) parents) (?:home|there|in|around|awake)",
            r"(?:just|only) <you> (?:up|awake|home)(?: <now>| tonight)?(?=\s{0,3}\?)",
            r"<you> (?:home alone|home by (?:ur|your)self|alone at home)",
            r"who(?:['’]s|s| is) (?:at )?home(?: <now>| with <you>)?",
            r"who (?:picks|drops|walks|takes|brings) <you> (?:up|home|off|back)",
            r"<is> any ?(?:one|body|1) (?:else )?(?:home|there|with <you>)",
            r"any ?(?:one|body|1) (?:else )?(?:home|at home|in|there) with <you>",
            r"\A\W{0,3}any ?(?:one|body|1) (?:else )?(?:home|at home|in)(?: then| rn| now| tonight)?(?=\s{0,3}\?)",
            r"<is> (?:she|he) (?:home|in|out|away|at work|back)(?: <now>| tonight| today| yet)?(?=\W{0,3}(?:\?|\Z|btw))",
            r"who <is> (?:home|at home|there) with <you>",
            r"any ?(?:one|body|1) else (?:there|home|around|in the (?:room|house|lounge|living room|kitchen|flat|apartment)|with <you>)",
            # Home to take a parcel in: "will anyone be in to sign for it", "anyone home in the day to receive?"
            r"(?:(?:<is>|will|would) (?:some|any) ?(?:one|body|1) (?:be )?|\A\W{0,3}(?:(?:ok|and|so)[,.!]? )?any ?(?:one|body|1) )"
            r"(?:at )?(?:home|in|there|around|about)[^?.!\n]{0,25}? to (?:receive|sign for|take (?:it )?in|collect|accept"
            r"|answer the door)",
            r"<are> <you> allowed (?:out|to (?:go|walk|ride|cycle|bike|get|take|catch|stay|be)[^?.!\n]{0,30}?)"
            r"(?: on <your> own| alone| by (?:ur|your) ?self)",
            # The child's routine: when they are alone, asleep, on the way.
            r"<what> time <do> <you> (?:usually |normally |always )?(?:go to (?:bed|sleep)|sleep|wake up|get up|leave home"
            # (the end of the school day, the message ending on it: "what time do you finish?")
            r"|get home|walk home|leave for school|finish(?: school)?(?=\s{0,3}(?:\?|\Z)))",
            r"<is> any ?(?:one|body|1) (?:watching|with|near|around|checking on) <you>",
            r"<do> <you> (?:babysit|look after|mind) <your>",
            r"<your> <parent>[^.!\n]{0,50}?<where> <are> they",
            r"<do> <you> (?:have|got) a curfew|<what> time <is> <your> curfew",
            r"(?:<when>|what time) (?:<are>|<is>) <your> <parent> (?:back|home|coming back|getting back|getting home)",
            # ... asked other ways: "whens ur mum n dad usually at work", "when do they get home", "what time
            # is everyone out", "is anyone else awake in the house"
            r"(?:<when>|what time)(?:['’]?s| is| are| r| do| does)? (?:<your> <parent>(?: (?:n|and|&) <parent>)?|ur parents|they"
            # ("at office": Indian English)
            r"|every ?one|every ?body)(?: (?:usually|normally|always))? (?:at work|at (?:the )?office|in (?:the )?office"
            r"|out(?! of)|away|asleep|in bed|get home|get back|go to work|leave for work)",
            # ... of a parent just named, "he" or "she": "when is he usually at work" (at work: the house empty)
            r"(?:<when>|what time)(?:['’]?s| is| are| r| do| does)? (?:he|she)(?: (?:usually|normally|always))? (?:at work"
            r"|at (?:the )?office|in (?:the )?office|go to work|leave for work|on shift|working)",
            # ... the verb after: "when they are at office", "come by when ur olds r at work"
            r"<when> (?:<your> <parent>|ur parents|they|he|she) (?:are|r|is|['’]re)(?: usually| normally)? (?:at work"
            r"|at (?:the )?office|in (?:the )?office)",
            r"<is> any ?(?:one|body|1) (?:else )?(?:awake|up|home|in) (?:in|at) (?:the|ur|your) (?:house|home|flat|place)",
            r"<are> <you> (?:babysitting|looking after|minding) (?:urself|yourself|ur ?self|ya ?self)",
            r"how many (?:people|ppl|of (?:you|u)) (?:live|are|r|stay) (?:in|at) <your> (?:house|home|place|flat)",
            r"(?:<are> <you>|<you>['’]?re|ur|<you> r) an only child",
            r"(?:<is> there|<do> <you> have) (?:a |an |ur |your )?(?:own )?(?:laptop|computer|pc|tablet|ipad|tv|phone) in <your>"
            r" (?:room|bedroom)",
            r"<do> <your> <parent> (?:let|allow) <you>",
            r"<are> <you> allowed (?:to have|on|to use|to go on|to get) (?:<app>|an? (?:phone|account)|social media|socials|here)",
            r"<are> <your> <parent> (?:divorced|separated|together|married|split up)",
            r"who (?:looks after|watches|minds|babysits|takes care of) <you>",
            r"<do> <your> <parent> know (?:<you>(?:['’]re| are| r)|<your>|<you>) (?:on here|here|talking|chatting|online|on this)",
            r"(?:<when>|wat time|what time) <do> <your> <parent> (?:get|come) (?:home|back)",
            r"<do> <your> <parent> work (?:late|nights|all day|weekends)",
            r"(?:does|do) (?:any ?one|any ?body|any ?1|<your> <parent>) (?:check|read|look at|see|go through|monitor) <your>"
            r" (?:messages|msgs|phone|chats|dms|texts|ipad|tablet|laptop)",
            r"<your> <parent>(?:['’]?s)? (?:work )?(?:schedule|shifts|hours|rota|routine|work times)",
            r"(?:<you>['’]?re|ur|<you> (?:are|r)) (?:usually |often |always |mostly )?(?:home )?(?:alone|by (?:ur|your) ?self"
            r"|on (?:ur|your) own)(?=[^?.!\n]{0,30}\?)",
            r"<your> <parent>(?: (?:and|n|&) <parent>)? (?:out|away|home|in|at work|gone)(?: tonight| rn| now| later| today"
            r"| (?:till|til|until) (?:late|\w{2,10})| all day| all night| this weekend)?(?=\s{0,3}\?)",
            # ... with no "ur", the clause alone: "mature for 11 lol. parents home?" (a friend's sibling
            # asking is family: the conversation leaves family's asks out)
            # ("mummy papa both working?", "is a parent home rn?", "just u up?")
            r"(?:\A|(?<=[.!?,]))\W{0,3}(?:parents|<parent>(?:['’]?s)?)(?: (?:(?:and|n|&) )?<parent>)?(?: both)? (?:home|out|away|in|at work"
            r"|working|around|asleep"
            r"|there)(?: tonight| rn| now| today)?(?=\s{0,3}\?)",
            r"(?:ghar (?:pe|par|mein|me) )?(?:akela|akeli|akele) (?:ho|hai|hain)(?![\w'’])",
            r"ghar (?:pe|par|mein|me) (?:koi|kaun|kon)(?: (?:kaun|kon))? (?:hai|he|h|hain)(?![\w'’])",
        ),
    ),
    (
        "photo",
        pattern(
            r"<give> (?:<me> )?(?:a |an |some |ur |your |sum )?(?:cute |quick |new |face |full body )?<pic>"
            r"(?=[\s,]{0,3}(?:[?!.]|pls|plz|please|now|rn|so|to prove|\Z))",
            r"(?:swap|trade|exchange) (?:<pic>|selfies|pics|faces)",
            # one more, a newer one: "send another pic", "post a more recent selfie" (not of a thing: "of the drawing")
            r"<give> (?:<me> )?(?:another|one more|a newer|a more recent|a recent|a better|a clearer) <pic>"
            r"(?! of (?!(?:<you>|ur ?self|your ?self|ur face|your face)(?![\w'’])))",
            # the child in what says who they are: "send a pic in ur team kit", "a photo wearing ur uniform"
            r"<give> (?:<me> )?(?:a |an |some |ur |your )?<pic> (?:of (?:<you>|urself|yourself) )?(?:in|wearing|with) <your>"
            r" (?:[a-z]{2,10} )?(?:uniform|kit|jersey|blazer|outfit|costume|pjs|pyjamas|swimsuit|leotard)",
            r"(?:any|got any|have any|<you> got any|<you> have any) <pic> (?:from|at|of) (?:the |<your> )?(?:beach|pool|holiday"
            r"|vacation|sleepover|party|gym|bed|room|bedroom|school|swim|dance)",
            # a photo of the body, whatever follows: "post a full body pic and ill rate it"
            r"(?:<give>|take|<can> i (?:get|have|see)) (?:<me> )?(?:a |an |some |ur |your )?(?:full ?-?(?:length|body)|mirror|body"
            r"|bikini|swimsuit|bathing suit|pj|pyjama|pajama|underwear) <pic>",
            r"(?:any|got any|have any|<you> got any|<you> have any) <pic>(?: of <you>| of urself)?(?=\s{0,3}\?)",
            r"(?:<give>|post|take) (?:<me> )?(?:a |an |some |ur |your )?(?:selfie|selfies|face pic|face reveal)",
            r"(?:show|shw) <me> (?:a |an |some )?<pic>",
            r"(?:show|send|snap|film) <me> <what> (?:<you>['’]?re|ur|<you> are|<you> r) wearing",
            r"(?:<give>|<your>|do a|<can> i (?:get|have|see)|wen|<when>|wanna do a) (?:<me> )?(?:a )?face reveal",
            r"\A\W{0,3}face reveal(?=\s{0,3}(?:\?|\Z|pls|plz|please|now|rn))",
            r"<give> (?:<me> )?(?:a |an |some )?(?:<pic>) (?:of|w|with|in) (?:<you>|urself|yourself|<your> ~ "
            r"(?:face|house|home|room|school|uniform|street|outfit|body|window|bedroom|haircut|hair|legs|clothes|fit|view))",
            r"(?:show|shw) <me> (?:<your> ~ (?:face|house|home|room|school|uniform|street|outfit|window|bedroom)|<you>|urself)",
            r"<what> <do> <you> look like<not_in_game>",
            r"<can> i (?:get|have|see) (?:a |an |some |ur |your )?<pic>",
            r"\A\W{0,3}<pic>(?=\s{0,3}\?)",
            r"let <me> see <your> (?:face|house|room|uniform|school|outfit|street|body)",
            r"(?:any|got any|have any|<you> got any|<you> have any) (?:more|other|new|recent) <pic>",
            r"<pic> of what (?:<you>|<your>)(?:['’]re| are| r)? (?:wearing|doing|look like)",
            r"<give> (?:<me> )?more(?= ?(?:<pic>|selfies|of (?:it|that|them|u|you)|\Z|pls|plz|please|\?|!))",
            r"(?:<you> )?(?:got|have) (?:a |any )?<pic>(?=\s{0,3}\?)",
            r"(?:see|know) who (?:im|i['’]m|i am) (?:talking|chatting|speaking) to",
            r"is that <your> (?:room|house|bedroom|school|street|mum|mom|dad)(?=\s{0,3}\?)",
            r"(?:<can> i|so i can|i wanna|i want to|i need to|let me) see <your> (?:face|house|room|uniform|school|outfit|street|body)",
            # "ur pfp is cute is that u": is the picture really the child.
            r"<your> (?:pfp|profile pic|profile picture|avatar|dp|display pic)[^?.!\n]{0,30}?(?:is that|is it|that|thats|that['’]s)"
            r" (?:really |actually )?<you>(?![\w'’])",
            r"(?:is that|thats|that['’]s) (?:really |actually )?<you> in (?:<your>|the) (?:pfp|profile pic|avatar|dp)",
            r"(?:see|know|show <me>) <what> <you> look like",
            r"(?:<can> i|so i can|so i cn|i wanna|i want to|let me) see <you>(?: irl| in real life| on (?:cam|camera|webcam|face ?time|video|vc))?"
            r"(?=\s{0,3}(?:\?|\Z|pls|plz|please))",
            r"(?:<can> i|so i can|i wanna|i want to|let me) see <you> (?:irl|in real life|on (?:cam|camera|webcam|face ?time|video|vc))",
            r"<pic> of (?:<you>|urself|yourself|<your> (?:face|house|home|room|school|uniform|street|outfit|body|window|bedroom))",
            r"(?:turn|put|switch) on <your> (?:cam|camera|webcam)",
            r"<can> i see <your> (?:face|house|room|uniform|school|legs|feet|body|hair|bed|eyes|lips|tummy|belly|bedroom)",
            r"selfie ?(?:pls|plz|please|\?)",
            # a photo of where the child is, or in what they wear: "a pic in ur uniform", "a pic from the window"
            r"<pic> (?:in|from|of|at|out of) (?:<your>|the) (?:school )?(?:uniform|window|bikini|swimsuit|bathing suit|bedroom"
            r"|front door|garden|street|house|room)",
            r"(?:photo|pic|selfie|foto) (?:bhej|bhejo|bhejna|dikha|dikhao)(?![\w'’])",
            # where to stand for it: "outside ur house is best", "in front of ur school works"
            # (a clause of its own: "ok whatever u wear to school then, in front of the building is best")
            r"(?:\A|(?<=[,.!?;]))\W{0,3}(?:outside|in front of|at) (?:<your> (?:house|home|front door|gate|school)|the (?:building"
            r"|school(?: gate| sign| entrance)?)) (?:is|would be|works) (?:best|better|good|perfect|ideal|fine)",
            # more photos, of a kind: "a few more shots, full length", "no filter ones"
            r"(?:<pic>|shots?|ones?)[\s,]{1,3}(?:(?:and|n|&)[\s,]{1,3})?(?:full ?-?(?:length|body)|no filter|unfiltered|no makeup)"
            r"|(?:full ?-?(?:length|body)|no filter|unfiltered) (?:<pic>|shots?|ones?)",
        ),
    ),
    *WHERE_RULES,
    *FORM_RULES,
    (
        "school",
        pattern(
            alone(r"school|skool|school name|name of (?:ur |the )?school|which (?:[a-z]+ ){0,2}school"),
            r"<your> (?:school|skool)[^?.!\n]{0,40}?<whats> (?:it|its name|the name)(?: called)?",
            r"(?:primary|elementary|middle|intermediate|high|secondary) or (?:primary|elementary|middle|intermediate|high"
            r"|secondary)(?: school)?\s{0,3}\?",
            r"<which> ~ (?:school|skool|skl|skewl) <do> <you> (?:go to|goto|go|attend|at)",
            r"<which> ~ (?:skool|skl|skewl) (?:<are> )?<you> (?:at|in|from)",
            r"<where> <do> <you> (?:study|studying)(?=\s{0,3}(?:\?|\Z|rn|now|at\b))",
            # "what intermediate do you go to", "which primary are you at": the school's kind for school.
            r"<which> (?:primary|intermediate|middle|high|secondary|elementary|junior|senior|grammar|comp|college|academy)"
            r" (?:school |skool )?(?:<do> <you> (?:go to|goto|go|attend)|(?:<are> )?<you> (?:at|in|from)|<you> (?:going to|goin to|gonna go to|go to))",
            r"<which> ~ school (?:<are> )?<you> (?:at|in|from)",
            # the school ahead, the "are" dropped: "what school u going to", "which high school r u starting at"
            r"<which> ~ (?:school|skool|skl) (?:<are> )?<you> (?:going to|goin to|gonna go to|gonna be at|starting at|starting|moving to)"
            r"(?![^?.!\n]{0,15}?(?<![\w'’])(?:play|watch|see|win|do)(?![\w'’]))",
            r"<where> <do> <you> go to (?:school|skool|skl)",
            r"<you> (?:go to|goto|attend|at) (?:st|st\.|saint|ps|p\.s\.) [a-z0-9'’]{1,20}",
            r"(?:<do> )?<you> (?:go to|goto|attend) (?:a |an |the )?(?:[a-z'’]{2,15} ){0,2}"
            r"(?:school|skool|primary|elementary|academy|college)(?=\s{0,3}\?)",
            r"<you> (?:go to|goto|attend|at) [a-z'’]{2,20} (?:primary|elementary|elem|high|middle|secondary|academy|college|ps)",
            r"<which> (?:school|skool|skl)(?: <is> (?:it|that|urs|yours))?(?=[\s,]{0,3}(?:[?!.]|\Z))",
            # ... and what the asker will do there: "which school, ill come watch"; "which school you dey attend"
            r"<which> (?:school|skool|skl), (?:<i_will>|ill|so i|i wanna|i want to)",
            r"<which> (?:school|skool|skl) <you> (?:dey |do )?(?:attend|go to|go)(?![\w'’])",
            # the school the child competed for: "which school did u rep", "what school were u running for"
            r"<which> (?:school|skool|skl) (?:<do> |were |was |r |are )?<you> (?:rep|repping|represent|representing|run for|running for"
            r"|race for|racing for|swim for|swimming for|play for|playing for|compete for|competing for)(?![\w'’])",
            r"<which> (?:high|primary|middle|secondary|elementary|public|private) (?:school|skool|skl)?(?=[\s,]{0,3}(?:[?!.]|\Z))",
            r"<whats> <your> (?:school|skool|skl)(?: called| name)?",
            r"<whats> (?:the )?name of <your> (?:school|skool|skl)",
            # a form's need: "for the camp sign up i need the name of ur school"
            r"(?:<want>|needs?|just need|wants?) (?:the )?(?:name of <your> (?:school|skool|skl)|<your> (?:school|skool|skl)(?: name)?)"
            r"(?! (?:e-?mail|email address|gmail|id|account|login|password|portal|app|code|timetable|uniform))",
            r"(?:i bet|i reckon|let me guess|guess)[,.]{0,3} ?<your> (?:school|skool|skl)",
            # Disguised: "i bet ur school is the one with the red gate lol which one".
            r"<your> (?:school |skool )?(?:school|skool|skl|uniform) (?:<is>|has|looks|got)[^?.!\n]{1,60}?"
            r"(?:which one|right\?|right(?=\s{0,3}\Z)|isnt it|isn't it|doesnt it|doesn't it|innit|yeah\?|am i right)",
            r"<whats> <your> (?:teacher|teachers) (?:name|called)",
            r"<your> (?:school|skool|skl) (?:<is>|['’]s) (?:near|close to|by|next to|around|round)",
            r"<what> time (?:does|do) (?:<your> school|school (?:finish|end|start|get out|let out) for <you>)",
            r"<which> uniform <do> <you> (?:wear|have)",
            r"<are> <you> (?:at|in|from|going to) (?:the )?same school",
            # "kaunse school mein ho", "watter skool is jy"
            r"(?:kaunsa|kaunse|kaunsi|konsa|konse|kaun sa|kaun se) (?:school|skool|college)|watter (?:skool|laerskool|hoërskool)",
        ),
    ),
    (
        "age",
        pattern(
            r"how (?:old|ol|oldd) <are> <you>",
            # a guess between two classes: "you in grade 7 or 8?", "u in year 6 or 7"
            r"(?:<are> )?<you> (?:in )?(?:grade|year|yr|class|std|standard|form) \d{1,2} or \d{1,2}",
            r"(?:kitne|kitni|kitna) (?:saal|years|yrs)(?: (?:ke|ki|ka))? (?:ho|hai)|(?:umar|umr|age) kya (?:hai|h)",
            r"how (?:old|ol) (?:ru|r u|are u|are you|u)",
            # a bare "how old" ending the message, after a remark to the child: "u sound young lol how old"
            r"how (?:old|ol)(?=\s{0,3}(?:\?+\s{0,3})?\Z)",
            r"how old (?:will|would|are|r) <you> (?:be|turning|turn)",
            # the age left for the child to fill in: "and u'll be turning...?"
            r"(?:<you>['’]?ll|<you> will|<you>['’]?re|<you> (?:are|r)) (?:be )?turning(?=\s{0,3}(?:\?|\.{2,}|…|\Z))",
            r"<you> look (?:about|like|around|maybe) (?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen)(?![\w%])",
            r"(?:<you> look|<you>['’]?re|<your>|<you> r|<you> are) (?:about |like |around |only |maybe )?"
            r"(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen)(?=\s{0,3}(?:right|yeah|\?|or |innit|ya\b|yh))",
            r"(?:let me guess|i bet|i reckon|i guess|guess)[\s,.!]{1,6}(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen)(?=\s{0,3}\?)",
            r"(?:i bet|i reckon|i guess|bet|let me guess|i think)[,.]{0,3} (?:that )?(?:<your>|<you>(?:['’]re|re| are| r))"
            r" (?:about |like |around |only )?(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen)",
            # "im 14, how about you?": the asker's age, then the question.
            r"(?:i['’]?m|i am) (?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)(?: years old| yo| yrs| y/o)?"
            r"[\s,!.]{1,4}(?:(?:how about|what about|and|n) <you>|wbu|hbu|u\?|you\?)",
            r"<what> age <are> <you>",
            r"<what> <is> <your> age",
            r"<your> age\?",
            r"<which> (?:grade|yr|year|class|std|standard|form) (?:<are> )?<you> (?:studying |study )?"
            r"(?:in|going into|starting|going to be in|gonna be in)(?![\s,]{1,3}for\b)",  # (a class "for art" is a lesson)
            r"<are> <you> (?:still )?in (?:primary|secondary|high ?school|middle ?school|elementary|uni|college)",
            r"(?:<your>|<are> <you>) in (?:\d{1,2}(?:st|nd|rd|th) grade|(?:grade|year|yr|std|standard|class|form) \d{1,2})"
            r"(?= right| yeah| innit| ya| too| as well|\s{0,3}\?)",
            r"how many years (?:old )?<are> <you>",
            r"<which> (?:grade|year|class|std|standard|form|year group|year level) (?:<are>|<do>) <you>(?: study| studying)?(?: in)?"
            r"(?=\s{0,3}(?:\?|\Z|beta|yaar|bro|bru|mate|lol|tho))",
            r"<whats> <your> (?:year level|year group|grade level|standard)",
            r"(?:<give>|<want>) (?:<me> )?<your> (?:real |actual )?age",
            r"(?:\A|(?<=[:?!,]))\W{0,3}(?:age|asl|a/s/l)\s{0,3}\?",
            r"(?:so )?(?:<your>|<you>['’]?re|<you> r|<you> are) \d{1,2} (?:and|&|n) (?:in )?(?:year|grade|yr|class) \d{1,2}",
            r"(?:gonna|going to|i['’]?d|ill|i['’]?ll) guess[,.]{0,3} (?:that )?(?:<your>|<you>(?:['’]re|re| are| r))"
            r" (?:in )?(?:\d{1,2}(?:st|nd|rd|th) grade|(?:year|grade|yr|class) \d{1,2}|\d{1,2})",
            r"<are> <you> (?:even |actually )?old enough",
            r"(?:<are> )?<you> (?:in )?\d{1,2}(?:st|nd|rd|th) or \d{1,2}(?:st|nd|rd|th)(?=\W{0,3}(?:\?|\Z| grade| class| year))",
            # a guess: "u must be in grade 8", "u must be like 13 then"
            r"(?:<you>|<you>['’]?re|ur) (?:must|gotta|prob|probably|defo|def) (?:be )?(?:in )?(?:like |about |around )?"
            r"(?:(?:year|yr|grade|class|form|std) \d{1,2}|\d{1,2}(?:st|nd|rd|th) grade|(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen))"
            r"(?![\w%])",
            # "u sound young, year 6?": a guess to confirm.
            r"(?:year|yr|grade|form|std|standard|class) \d{1,2}(?=(?:\s{1,3}(?:too|as well|right|yeah|then|now))?\s{0,3}\?)",
            r"(?:<are> )?<you> (?:still )?in (?:primary|secondary|high ?school|middle ?school|elementary|intermediate)"
            r"(?: yet| still| now| already)?(?=\s{0,3}(?:\?|\Z))",
            r"<are> <you> in \d{1,2}(?:st|nd|rd|th)(?: or \d{1,2}(?:st|nd|rd|th))?(?: grade| class| year)?(?!\s{1,3}place)",
            # ... the "are" dropped, as chat drops it: "u in 7th?" (a question, not "u in 1st place")
            r"<you> in \d{1,2}(?:st|nd|rd|th)(?: grade| class| year)?(?=\s{0,3}\?)",
            r"<are> <you> (?:even |like |actually |still )?(?:a )?(?:teenager|teen|tween|minor)",
            r"<are> <you> (?:just |only |still )?(?:a )?(?:kid|child)(?=\s{0,3}(?:\?|\Z|or\b|lol))",
            r"<are> <you> (?:under|over|below|above|younger than|older than) \d{1,2}",
            r"<what> (?:grade|yr|standard|std|form)(?=\s{0,3}(?:\?|\Z))",
            r"\A\W{0,3}(?:<your> )?ages?\s{0,3}\?",
            r"<are> <you> (?:like |even |only |in )*(?:year|yr|grade|class|standard|std|form) \d{1,2}",
            r"how old (?:did <you> say <you> (?:were|was|are)|<are> <you> again)",
            r"(?:sure|really|actually) (?:ur|<you>['’]?re|<you> (?:are|r)) (?:only |just )?(?:\d{1,2}|ten|eleven|twelve|thirteen)"
            r"(?![\w%])",
            r"<are> <you> (?:in )?(?:elementary|primary|middle|high|secondary) school",
            r"<what> year (?:were|was) <you> born",
            r"(?:ek is|i['’]?m|i am) (?:in )?(?:graad|gr|grade|year|yr|class) \d{1,2}[\s,!.]{1,4}(?:en )?(?:jy|<you>)\?",
            r"(?:<are> )?<you> (?:like |even |over |under |about |only )?(?:\d{1,2}|eleven|twelve|thirteen|ten|nine|fourteen)"
            r"(?: or (?:\d{1,2}|eleven|twelve|thirteen|ten|nine|fourteen))?\s{0,3}\?",
        ),
    ),
    (
        "birthday",
        pattern(
            alone("month|bday|b-day|birthday|dob|date of birth|birth date|birthdate"),
            r"<when>(?:s|'s| is| <is>) <your> (?:birthday|bday|b-day|bdae|birth day|dob)",
            r"<whats> <your> (?:birthday|bday|dob|date of birth)",
            r"<when> (?:were|was) <you> born",
            # a quiz's or a form's next step: "enter ur year to unlock ur power" (not "ur year group")
            r"(?:enter|type|put in|input|select) <your> (?:birth ?)?year(?! (?:group|level|\d))",
            # "mine is in june, when's urs? doing a birthday list"
            # ... or told to give it: "class wants everyones bday list, tell me urs"
            # (everyone's, for a calendar: "making the group bday calendar, when is everyone's 🎂")
            r"(?:birthday|bday|b-day)[^?.!\n]{0,40}?(?:when['’]?s|when is|whens|<whats>|wats|whats|<give>(?: <me>)?) (?:urs|yours"
            r"|every ?(?:one|body)['’]?s|all of (?:urs|yours)|(?:u|you) guys['’]?)",
            r"(?:special day|big day)[^?.!\n]{0,40}?(?:when['’]?s|when is|whens|<when> <is>) (?:it|urs|yours)",
            # the birthday named, then which day it is: "a birthday present 🎁 when is it", "happy early bday, is it today"
            r"(?:birthday|bday|b-day)[^?.!\n]{0,40}?(?:when['’]?s it|when is it|whens it|when is that)",
            r"(?:birthday|bday|b-day)[^?.!\n]{0,30}?is it (?:today|tmrw|tmr|tomorrow|tonight|this week|next week)",
            r"full (?:date|dob|birthday)(?: pls| plz| please)",
            # a form's field, no owner named: "reply w birthdate dd/mm/yyyy", "enter date of birth"
            # ("with" typed short: a form's words; not in <want>, where "reply w ur full name + the email" would
            # end at the name)
            r"(?:<want>|reply w/?) (?:the |a |ur full |your full |full )?(?:dob|date of birth|birth ?date)(?![\w'’])",
            # a guessing game for it: "i guess ur birthday in 3 tries", "bet i can guess ur bday"
            r"(?:i['’]?ll|i can|i will|let me|lemme|bet i can|i bet i can|i could) guess <your> (?:birthday|bday|b-day|dob|birth ?date)",
            # the next piece of a date, a form's next step: "now month for ur prize", "great, now the year pls"
            # (not "and year?": a further piece of an ask already made, which the conversation reads)
            r"\A\W{0,3}(?:(?:ok|okay|great|nice|perfect|cool|now|then)[\s,!.]{1,3}){1,3}(?:the |<your> )?(?:birth )?"
            r"(?:month|year)(?=[\s,]{0,3}(?:\?|\Z|pls|plz|please|for|too|now))",
            r"(?:when['’]?s|when is|whens) (?:urs|yours)(?=[^\n]{0,40}?(?:birthday|bday|b-day))",
            # the day the child turns an age is the birthday: "so when do u turn 13"
            r"<when> (?:<do>|will|<are>) <you> (?:turn|turning|be) (?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen)",
            r"<which> (?:month|day|date) <is> <your> (?:birthday|bday|b-day|bdae)",
            r"(?:<give>|<want>) (?:<me> )?(?:with )?<your> (?:date of birth|dob|birthday|bday|birth date)s?(?![\w'’])",
            # a form's or a chart's need: "just need dob for the registration form"
            r"(?:need|needs|just need) (?:<your> |the |a |every ?(?:ones|one['’]s|bodys|body['’]s) )?(?:full )?(?:dob|date of birth"
            r"|birth ?date)",
            r"(?:(?:tera|teri|tumhara|tumhari|aapka|aapki) |(?:\A|(?<=[.!?]))\W{0,3})(?:birthday|bday|b-day|janamdin) kab",
            r"<your> (?:janam ?tithi|janam ?din|janm ?din|janamdin|date of birth)",
            # a reminder asked for: "ur bday is coming up right?? remind me when", "remind me the date, for ur card"
            r"(?:birthday|bday|b-day)[^.!\n]{0,40}?remind me (?:of )?(?:when|the (?:date|day))"
            r"|remind me (?:of )?(?:the (?:date|day)|when(?: it is| its| it['’]s)?)(?=[^\n]{0,40}?(?:birthday|bday|b-day|card|cake))",
            # a guess to confirm: "ur bday is in july right"
            r"<your> (?:birthday|bday|b-day) (?:<is>|is) (?:in|on|at the (?:end|start) of) [^?.!\n]{2,20}?"
            r"(?:right|yeah|innit|isnt it|isn['’]t it|ya)(?=\W{0,3}\Z|\s{0,3}\?)",
        ),
    ),
    (
        "name",
        pattern(
            alone("surname|last name|full name|real name"),
            # what a form needs it for: "full name yeah for the shipping", "real name pls for the certificate"
            r"(?:\A|(?<=[.!]))\W{0,3}(?:(?:ok|okay|and|also|now|then|just)[\s,]{1,3}){0,2}(?:<your> |the )?(?:full|real|first and last) name"
            r"(?:[\s,]{1,3}(?:yeah|yes|ya|pls|plz|please|too))?[\s,]{1,3}(?:for|so)(?![\w'’])",
            r"<whats> <your> (?:real|full|last|first|actual|irl|proper|good) name",
            r"<whats> <your> (?:surname|last name)",
            r"<whats> <your> name(?: irl| in real life)",
            # (not the name in the same game: "whats ur name in this game again i wanna add u")
            r"<whats> <your> name(?! (?:in|on) (?:this |the )?(?:game|server|here|roblox|minecraft|fortnite))",
            # A prize or a "verification": "to get the free robux i need ur full name and age".
            r"(?:<give>|<want>) (?:<me> )?(?:with )?<your> (?:(?:full|real|last|first|proper)(?: (?:and|n|&) (?:first|last))? )?name",
            r"(?:form|survey|quiz|entry|giveaway|prize|win|claim|verify|verification)[^?.!\n]{0,40}? <your>"
            r" (?:full |real |home )?(?:name|address|age|school|phone|number|birthday|dob|date of birth)",
            r"<what> (?:<do> |should |shall |can )?(?:i|we) call <you>",
            r"<whats> <your> (?:mum|mom|mam|dad|mother|father|parents)(?:['’]?s)? (?:(?:first |full |last |real |maiden )?names?|called)",
            r"(?:<whats> <your> (?:best friend|bff|bestie|best mate|teacher)(?:['’]?s)? (?:name|called)"
            r"|<whats> (?:the )?name of <your> (?:best friend|bff|bestie|best mate|teacher))<not_in_game>",
            r"<what> name <is> on <your> (?:account|acc|profile|card|passport|bank card)",
        ),
    ),
    (
        "phone",
        pattern(
            alone("digits|cell|mobile|phone number|phone no|fone"),  # "number?" may ask a house number
            # (which number: "ur new number", "ur real number", "ur own number")
            r"<whats> <your> (?:(?:new|real|actual|own|other|current|personal|private|home) )?(?:phone |cell |mobile |fone |)"
            r"(?:number|num|no\.?|#|digits)",
            r"<whats> <your> (?:landline|home phone|home number|house phone)",
            r"<give> (?:<me> )?<your> (?:new |real |actual |own |other )?(?:phone |cell |mobile |fone )?(?:number|num|no|#|digits)",
            r"<whats> (?:his|her|their|<your> <parent>['’]?s?) (?:phone |cell |mobile )?(?:number|num|digits)",
            r"<can> i (?:get|have|grab|take) <your> (?:phone |cell |mobile )?(?:number|num|no|#|digits|cell|mobile)",
            r"<your> (?:phone|cell|mobile) (?:number|num|no|#)",
            r"<whats> <your> (?:cell|mobile|mob|digits|fone|phone)(?=\s{0,3}(?:[?,.!]|\Z|pls|plz|no|number))",
            r"<give> (?:<me> )?<your> (?:cell|mobile|mob|digits|fone)(?![\w'’])",
            # sent over in slang: "flick us ur number", "chuck me ur digits", "bung us ur mobile"
            r"(?:flick|chuck|bung|fling|shoot|slide|pop) (?:<me> )?<your> (?:phone |cell |mobile |fone )?(?:number|num|no|digits|cell"
            r"|mobile)(?![\w'’])",
            # a prize's or a parcel's go-between: "need a number for the courier", "want ur mobile for delivery"
            r"(?:need|needs|want|wants|just need) (?:a |an |the |<your> )?(?:contact |phone |mobile |cell )?(?:number|no\.?|num|digits"
            r"|mobile) (?:for|so) (?:the )?(?:courier|delivery|driver|postman|post|shipping|parcel|prize|dispatch|rider)",
            r"<whats> the (?:number|digits|num|#)(?=\s{0,3}(?:\?|\Z|again|<i_will>|so i|pls|plz|then|tho))",
            r"(?:naya |new )?(?:number|no\.?|mobile)(?: hai)? kya (?:tera|teri|tumhara|tumhari|aapka)",
            r"<do> <you> (?:have|got) a (?:phone|cell|mobile)",
            r"<your> (?:phone |cell |mobile )?(?:number|num|digits) so (?:i|we) (?:can|could)",
            # a message asked for so that the child's number shows up: "drop me a msg so we cn add yours"
            r"so (?:i|we) (?:can|could|cn) (?:save|add|have|get) (?:urs|yours|<your> (?:phone |cell |mobile )?(?:number|num|no|digits|contact))"
            r"(?![\w'’])",
            r"<your> (?:phone |cell |mobile |fone )?(?:number|num|digits|cell|mobile|phone)(?: no)? so (?:[a-z'’]{1,12} ){1,3}(?:can|could|will|cn)"
            r" (?:ring|call|text|reach|contact|add|message|msg|whatsapp)",
            r"<want> (?:<me> )?(?:with )?<your> (?:phone |cell |mobile )?(?:number|digits)",
            r"<want> (?:<me> )?<your> (?:mobile|cell)(?![\w'’])",
            # "whats a good number (to reach u)", "best email for u?"
            r"<whats> (?:a |the |ur )?(?:good|best) (?:number|num|digits|phone number|e-?mail|email address)",
            r"(?:swap|exchange|trade|share) (?:phone )?(?:numbers|nums|digits|contacts)",
            r"(?:tera|teri|tumhara|tumhari|apna|apni|aapka|aapki) (?:naya |whatsapp |mobile |phone )?(?:number|no\.?|mobile)",
            r"(?:number|no\.?|mobile) (?:de|do|bata|bhej|bhejo|daal)(?: (?:apna|na|yaar|bhai))?(?![\w'’])",
            # no owner named, a prize's or a courier's form: "just share mobile number for sms", "send ur own no"
            r"(?:<give>|<want>) (?:<me> )?(?:a |the |ur own |your own |<your> (?:own )?)?(?:mobile|phone|cell|whatsapp)"
            r" (?:number|num|no)(?! (?:is|was|of (?:the|this|that)))",
            r"<give> (?:<me> )?(?:ur|your) own (?:no|num|number)(?![\w'’])",
            r"(?:a |ur |your )?(?:<parent>|parent)['’]?s? (?:phone|mobile|cell) (?:no|number|num)(?![\w'’])",
        ),
    ),
    (
        "email",
        pattern(
            r"<whats> <your> (?:e-?mail|gmail|hotmail|outlook|icloud)",
            # an account's provider or use before it: "whats ur microsoft email", "ur school email", "ur main gmail"
            r"<whats> <your> (?:microsoft|google|apple|xbox|playstation|psn|epic|roblox|minecraft|school|main|real|personal|own"
            r"|parents?|mums?|moms?|dads?) (?:e-?mail|gmail|email address|email id|account e-?mail)",
            # (also without "me": "give ur gmail na", "send ur email")
            r"<give> (?:<me> )?<your> (?:e-?mail|gmail|mail id|mail address)",
            # the address wanted to send to: "ill send the link to ur email"
            r"<give> (?:it|them|the [a-z]{2,10}) to <your> (?:e-?mail|gmail|inbox)",
            r"<do> <you> (?:have|got|use) (?:an? )?(?:e-?mail|email address|gmail|hotmail|outlook)",
            r"<can> i (?:get|have|grab|take) <your> (?:e-?mail|gmail|email address)",
            r"\A\W{0,3}(?:<your> )?(?:e-?mail|email address|gmail|e-?mail addy)(?=\s{0,3}\?)",
            r"(?:by|thru|through|via|over|on) e-?mail[^?.!\n]{0,30}? (?:<whats>|<give> (?:<me> )?) ?(?:urs|yours|ur one)(?![\w'’])",
            # "just need ur email to send the code", "i need an email to send u the vbucks", "which email do u use"
            r"(?:need|needs|want|wants) (?:<your>|an|a|the) (?:[a-z]{2,12} )?(?:e-?mail|email address|email id|gmail)s?(?![\w'’])",
            r"<which> (?:e-?mail|email address|gmail) (?:<do> <you> (?:use|have)|<is> (?:urs|yours))",
            r"(?:tera|teri|tumhara|tumhari|apna|apni|aapka|aapki) (?:e-?mail|email id|gmail)",
            # "send email id for the code", "drop ur email address"
            r"(?:send|give|drop|enter|type|share|pop|post) (?:<me> )?(?:<your> |an? |the )?(?:e-?mail|gmail) (?:id|address|addy)",
            r"(?:e-?mail|email id|gmail) (?:bata|bhej|bhejo|de|do|daal)(?![\w'’])",
            # Wanted for a sign-in or a check, the message opening on it ("and ur email for the clan signup"; not
            # "i made an email for my login"), or "dropped here" after one (not "i got it by email, ill paste it here").
            # (a form's numbered step before it: "step 2: email for verification")
            r"\A\W{0,3}(?:step \d{1,2}\W{1,3})?(?:(?:oh|ok|okay|and|n|also|plus|now|then|next|lastly|last|finally),? ){0,2}"
            r"(?:(?:<your>|an?|the) )?e-?mail"
            r"(?: address| addy| id)? (?:for|to) (?:the |<your> |a |an )?(?:[a-z]{2,12} )?(?:login|log ?in|sign ?-?up|sign in"
            r"|verification|verify|registration|register|entry|whitelist|code)(?![\w'’])",
            # The address an account signs in with, asked as a clause of its own: "and the email on the
            # account", "send the email thats linked to ur acc" (not "i changed the email on my account").
            r"(?:\A\W{0,3}(?:(?:ok|okay|and|n|also|plus|now|then),? ){0,2}|(?:<give>|send|tell|type|need) (?:<me> )?)(?:the |<your> )?"
            r"e-?mail (?:thats |that's |that is |which is )?(?:on|linked to|connected to|for|tied to) (?:<your>|the) (?:account|acc|login)"
            r"(?=\s{0,3}(?:\Z|[?+&,.!]|and |n |pls|plz|please|too|as well|aswell))",
            r"(?:by|thru|through|via|over|with) e-?mail[^?.!\n]{0,30}? (?<!ll\s)(?<!i\s)(?<!will\s)(?:<give>|chuck|pop|paste|stick"
            r"|type|put|leave) (?:it|urs|yours|ur one)(?: in)? (?:here|below|in here|in (?:the )?chat|in dms?)(?![\w'’])",
        ),
    ),
    (
        "handle",
        pattern(
            alone("@|handle"),  # (not "user?", "username": a name in the same game, as "whats ur user")
            r"<whats> <your> (?:snap ?chat|snap|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|whats ?app|kik|telegram"
            r"|facebook|fb|twitter|skype|yt|youtube|apple id|face ?time|icloud|spotify|pinterest|twitch)(?: name| user(?:name)?| handle| @| tag| id| channel)?",
            r"<do> <you> (?:have|got|use|has) (?:an? )?(?:snap ?chat|snap|insta(?:gram)?|ig|tik ?tok|discord|whats ?app|kik"
            r"|telegram|facebook|skype)",
            r"<you> (?:got|have|on) (?:snap ?chat|snap|insta(?:gram)?|ig|discord|whats ?app|kik|telegram)\?",
            r"<are> <you> on (?:snap ?chat|snap|insta(?:gram)?|ig|discord|whats ?app|kik|telegram|tik ?tok|facebook|fb)",
            r"(?:<you> )?(?:got|have|use) (?:an? )?(?:snap ?chat|snap|insta(?:gram)?|ig|discord|whats ?app|kik|telegram|tik ?tok)"
            r"(?=\s{0,3}\?)",
            r"(?:\A|(?<=[.!]))\W{0,3}(?:<your> )?<app>(?: then| tho| though| instead| maybe)?(?=\s{0,3}\?)",
            r"<give> (?:<me> )?<your> <app>",
            # sent over in slang, or asked on after another detail: "chuck me ur snap", "and your discord for the server?"
            r"(?:chuck|flick|bung|fling) (?:<me> )?<your> <app>(?![\w'’])",
            r"\A\W{0,3}(?:and|n|also|plus) <your> <app>(?![\w'’])",
            # an account beside the one they see: "whats ur other account", "ur spam acc?"
            r"<your> (?:other|main|second|spam|priv|private|backup|alt|real|new) (?:account|acc|insta|page|snap)",
            r"<can> i (?:get|have|grab|take|add) <your> <app>",
            r"<give> (?:<me> )?<your> (?:user|username|user name|@|handle|tag|acc|account) (?:on|for) <app>",
            r"<app>(?![\w'’])[^?.!\n]{0,20}? <whats> <your> (?:user|username|user name|name|@|handle|tag|id)",
            r"<whats> the (?:@|handle|username|user name)(?=\s{0,3}(?:\?|\Z|again|<i_will>|so i|pls|plz|then|tho))",
            # a trade of names: the sender's own handle given, then the child's asked ("tahlia.x same as here.
            # whats urs"); a handle's dot or underscore between letters ("im lvl 4.5 whats urs" is a score)
            r"@?[a-z][a-z0-9]{0,20}[._][a-z0-9][\w.]{0,20}[^?\n]{0,30}? (?:<whats>|wats|whats) (?:urs|yours)(?![\w'’])",
            # "add me on snap wats urs", "im on insta, send urs"
            # (the app's short name whole: "wa" is none in "wants", nor "sc" in "school")
            r"<app>(?![\w'’])[^?.!\n]{0,30}? (?:<whats>|<give> (?:<me> )?) ?(?:urs|yours|ur one)(?![\w'’])",
            r"<whats> <your> (?:@|user|username|user name|handle|tag|id) (?:on )?(?:there|<app>(?![\w'’]))",
            r"<whats> <your> @(?= |\Z|[?!.,])",
            # A name asked to follow the child elsewhere: "whats ur user ill follow u", "drop ur @ below"
            r"<whats> <your> (?:user|username|user name|@|handle|tag) (?:<i_will>|ill|i['’]ll|so i can|n ill|and ill) follow",
            r"(?:drop|post|chuck|pop) (?:<your>|yr|your) @(?= |\Z|[?!.,])",
            # "ill follow u what is it": an account to follow, its name asked
            r"<i_will> follow <you>[\s,.]{0,3}(?:<whats>|what is|wats|whats) (?:it|ur|urs|yours|the name|ur name)(?![\w'’])",
            r"(?:who|what) <are> <you> on (?:the |any )?(?:other|diff|different|outside) (?:stuff|apps?|things|sites?|socials?"
            r"|platforms?|games?)",
            r"<whats> <your> (?:@|user|username|name|handle|account|acc) on (?:the |any )?(?:other|diff|different) [a-z]{3,10}",
            r"(?:tera|teri|tumhara|tumhari|apna|apni|aapka|aapki) (?:insta|snap|ig|discord|ff|free fire) ?(?:id|uid|user|username)"
            r"|(?:insta|snap|ig|discord|ff) ?(?:id|uid) (?:kya|bata|bhej|de|do)(?![\w'’])|(?:uid|id) (?:bata|bhej|bhejo)(?![\w'’])",
        ),
    ),
    (
        # The others' "urs": what it asks says the talk before it (last: a rule with its detail wins).
        None,
        pattern(
            # "urs" asked for, to be added or followed, or first in a trade: "drop urs again", "gimme yours first",
            # "whats urs so i can add u" (not "send urs to the group": homework shared)
            # (or what will be done with it: "give me urs ill txt first")
            r"(?:send|give|gimme|drop|pop|chuck|dm|text) (?:<me> )?(?:urs|yours)(?= ?(?:again|first|pls|plz|please|here|in here"
            r"|then|too|back|now|rn|\Z|[?!.,]|(?:<i_will>|ill|so i) (?:add|follow|text|txt|call|ring|friend|dm|find|send)))",
            # (a question mark between: "and whats urs? sure ill add u")
            r"<whats> (?:urs|yours)(?=[^.!\n]{0,20}?(?:<i_will>|so i (?:can|cn)|and i['’]?ll|n i['’]?ll|ill) (?:add|follow|text|call"
            r"|ring|friend|dm|find|send))",
        ),
    ),
)
