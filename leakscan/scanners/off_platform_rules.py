"""The phrase rules of the OFF_PLATFORM scanner (:mod:`.off_platform`): per move (``secret``,
``delete``, ``meet``, ``move``), the templates of :mod:`.chat_words` that find its common
phrasings, and the sender's own contact given (:data:`OWN_CONTACT`) or apps named
(:data:`HAS_APP`). A table of data, kept apart from the scan so that each stays short.
"""

from __future__ import annotations

from .chat_model import Rule
from .chat_words import pattern

_TELL = r"(?:tell|show|say|mention|let|tel|tellin|telling|showin|showing|sayin|saying|mentioning)"
_NOBODY = r"(?:any ?(?:one|body|1)|no ?(?:one|body|1)|nobody)"
_CHAT = r"(?:chat|chats|chatting|messages?|msgs?|convo|convos|conversations?|texts?|dms?|history|this|us|me|what we)"
#: A time later in the clause: a parent's or a coach's pick-up names one ("i'll collect you from the
#: office at 3:30", "i'll collect ye at half 10").
_AT_TIME = r"[^.!?\n]{0,40}?(?<![\w'’])at (?:\d|half |quarter )"
_REAL_PLACE = (
    r"(?:park|mall|shops?|station|library|mcdonalds|maccas|macca's|cinema|movies|beach|playground|cafe|starbucks"
    r"|my (?:house|place|flat|car)|ur (?:house|place)|your (?:house|place)|the corner|bus stop|school gate|gate"
    r"|(?:front |main )?(?:door|entrance)|food court|ferris wheel)"
)

#: The sender giving their own number, e-mail or account elsewhere.
_OWN = r"(?:my|here'?s my|heres my|this is my) (?:<app>|number|cell|e-?mail)(?: is|:| its| it's|)"
#: A move that is only the sender's own contact given (:data:`_OWN`): from someone else it
#: invites the child elsewhere; from the child it is their number or handle (a leak, found as
#: such), and the conversation does not count it as the child moving the chat.
OWN_CONTACT = pattern(_OWN)
#: The child saying which apps they have ("ya on insta", "i have insta not snap", "on discord?"):
#: an answer about themselves, not a move; the conversation does not count it as the child moving
#: the chat unless more is said ("i have snap, add me").
HAS_APP = pattern(
    r"\A\W{0,3}(?:(?:ya|yea|yeah|yes|yep|yh|ye)[\s,]{1,3})?(?:(?:i|im|i['’]m|i am) (?:have|got|use|on|also have|only have) |on )?"
    r"(?:an? )?<app>(?: (?:not|but not|instead of|n|and|&) (?:an? )?<app>)?(?: (?:too|as well|only|tho|lol))?\W{0,5}\Z"
)

#: A reason to leave this chat: the app or the chat failing or dull, the device dying ("this app
#: keeps kicking me out", "ugh this chat is so boring", "my ipad is dying", "ur mic keeps cutting
#: out"). The child's "u have snap?" with it moves the chat (asked alone, it is the other's account).
LEAVING = pattern(
    r"(?:this|the) (?:[a-z]{2,10} )?(?:app|chat|game chat|site|thing)[^.!?\n]{0,25}?(?<![\w'’])(?:boring|dead|dry|slow|laggy|lags"
    r"|sucks|trash|glitchy|buggy|kicking me out|kicks me out|keeps (?:crashing|kicking|glitching|freezing|lagging|logging))",
    r"(?:ipad|phone|battery|laptop|tablet|charge)[^.!?\n]{0,15}?(?<![\w'’])(?:dying|dead|about to die|low|on \d{1,2}%?)",
    r"(?:mic|sound|audio|headset|voice chat|vc)[^.!?\n]{0,15}?(?<![\w'’])(?:cutting out|keeps cutting|broke|not working|dead)",
)

RULES: tuple[Rule, ...] = (
    (
        "secret",
        pattern(
            rf"(?:dont|don't|don’t|do not|dnt|dont u|dont you|never|no need to|u dont have to|you dont have to|better not"
            r"|shouldnt|shouldn['’]t)"
            # ("dont tell mum" alone is a brother's or a sister's: the mum is theirs too)
            # ("say to ur da" as well as "tell ur da"; Irish "dont be telling ur parents")
            rf"(?: be)? (?:ever )?{_TELL}(?: to)? (?:<your> <parent>|(?:the |ur |your )?(?:parents|folks|family|teachers?|mods?|leaders?|coach(?:es)?"
            r"|admins?|staff)"
            r"|(?:any|a) grown ?-?ups?)",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:about|bout|abt) {_CHAT}",
            # a grown-up kept from seeing it: "use ur mums lol just dont let her see the chat"
            # (what is seen is the chat: "dont let her see the present" is a surprise)
            r"(?:dont|don't|don’t|do not|dnt|never) let (?:her|him|them|<your> <parent>) (?:see|read|catch|find) (?:the |this |our |these "
            r"|those |ur |your |my )?(?:chat|chats|msgs?|messages|texts?|convo|dms?|pics?|photos?|app|this)(?![\w'’])",
            # a setting changed so a grown-up cannot see the chat: "turn off the settings so ur mum cant see the chats"
            r"so (?:that )?(?:<your> <parent>|<parent>|(?:the |ur |your )?parents|she|he|they|no ?(?:one|body)) (?:cant|can't|can’t"
            r"|cannot|wont|won't|won’t|doesnt|doesn't|doesn’t|dont|don't|don’t) (?:see|read|find|check) (?:the |this |our |ur |your "
            r"|these |my )?(?:chats?|msgs?|messages|texts?|convos?|dms?)(?![\w'’])",
            # a grown-up who must not see: "make sure ur mum dont see it", a group "where mr hollis cant see"
            r"make sure (?:<your> <parent>|<parent>|she|he|they|no ?(?:one|body)) (?:dont|don't|don’t|doesnt|doesn't|doesn’t"
            r"|never|wont|won't|won’t) (?:see|sees|find out|finds out|know|knows|read|reads)(?![\w'’])",
            r"where (?:<your> <parent>|<parent>|(?:mr|mrs|ms|miss|sir) [a-z'’]{2,20}|(?:the )?teachers?|(?:the )?mods?|parents"
            r"|adults|grown ?-?ups) (?:cant|can't|can’t|cannot|wont|won't|won’t) (?:see|read|find)(?![\w'’])",
            # nobody at home told: "no need to tell anyone at home, its only for selected students"
            rf"(?:dont|don't|don’t|do not|dnt|never|no need to) {_TELL} {_NOBODY} (?:at home|in (?:ur|your) (?:house|family))",
            # shared with nobody, the parents named: "dont share this w anyone incl parents", "dont show it to ur mum"
            r"(?:dont|don't|don’t|do not|dnt|never) (?:share|show|send|forward) (?:this|it|that|these|the link|the code)"
            r" (?:with|w|w/|to) (?:<your> <parent>|(?:the |ur |your )?parents|(?:any ?(?:one|body|1)|no ?(?:one|body|1))"
            r"[^.!?\n]{0,6}? (?:incl\.?|including|esp\.?|especially|not even|even) (?:<your> |the )?(?:<parent>|parents))(?![\w'’])",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:these|this|our|my|the|what i) "
            r"(?:messages|msgs|chat|chats|convo|texts|pics|photos|sent)",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} (?:me|us|this|it|that|about (?:me|us|this)) to (?:<your> )?<parent>",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:we|that we|i|u|you) (?:talk|chat|text|speak)",
            # Hinglish: "parents ko mat batana", "ghar pe kisi ko mat bolna"
            r"(?:<parent>|papa|mummy|mumma|ammi|abba|ghar ?(?:wale|walo|walon|pe kisi)|gharwal(?:e|o|on)) ko (?:kuch )?(?:mat|mt|na|nahi)"
            r" (?:batana|batao|bata|bolna|bolo|kehna)(?![\w'’])",
            r"(?:unko|usko|inko|unhe|kisiko|kisi ko) (?:kuch )?(?:mat|mt|na|nahi) (?:batana|batao|bata|bolna|bolo|kehna)(?![\w'’])",
            # the two of them alone, the grown-ups kept out: "no need, parents distract. just u and me" (not "its just u and me
            # left" in a game)
            r"(?<!its\s)(?<!it['’]s\s)(?<!now\s)(?<!only\s)just <you> (?:and|n|&) me(?! (?:left|now|in|on|vs|against|alive))(?![\w'’])",
            rf"{_NOBODY} (?:has|needs|has got) to know",
            r"when (?:every ?one|every ?body|<your> <parent>|they)(?:['’]?s| is| are| r)? (?:asleep|sleeping|in bed|not looking)",
            # ... or once they sleep: "after she sleeps", "once ur mum goes to bed"
            r"(?:after|once) (?:every ?one|every ?body|<your> <parent>|<parent>|she|he|they) (?:sleeps|sleep|falls asleep|fall asleep"
            r"|goes to (?:bed|sleep)|go to (?:bed|sleep)|is asleep|are asleep|has slept)",
            # a grown-up who will not find out: "she wont know 🤫", "ur dad will never know"
            r"(?:she|he|they|<your> <parent>) (?:wont|won['’]t|will not|will never|would never|wouldnt|wouldn['’]t|never)"
            r" (?:know|find out|notice)(?=\W{0,5}(?:\Z|[.!,;]|lol|tho|🤫|😉|😏))",
            # Nigerian Pidgin: "no tell am", "no tell your mama"
            r"no tell (?:am|dem|anybody|any ?one|(?:<your> )?(?:<parent>|mama|papa))(?![\w'’])",
            r"(?:save|put) my (?:number|contact|name|chat)[^.!?\n]{0,15}(?:under|as) (?:(?:a|another|a different|a fake|a new|my real"
            r"|a girls?|a girl['’]?s) name|a fake one|something else)",
            # told to tell nobody, a reason or nothing after it: "dont tell anyone else, places are limited",
            # "never tell anybody k" (from the other side: writers label it so all but once in 30 sets)
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY}(?: else)?(?=\s{{0,3}}(?:\Z|[,.;!]|(?:k|ok|okay|yet|pls|plz)"
            r"(?![\w'’])))(?![^\n]{0,30}surprise)",  # (a surprise kept for someone is no secret from them)
            # a gift kept from the grown-ups: "dont tell anyone i gave u the skins"
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:that )?i (?:sent|gave|bought|got|paid|give|send)"
            r" (?:<you>|ya)",
            r"keep (?:this|it|us|our (?:chat|convo|thing|talks?)|that|what we) ~ (?:secret|between us|private|on the low|"
            r"lowkey|quiet|on the down low|down low|hush)"
            # ... but not a surprise: "keep it a secret till her birthday", "from him".
            # (a secret till a result or a win is kept from the grown-ups for now: "keep it secret till result")
            r"(?! (?:(?:till|until|til)(?![\w'’])(?! (?:the )?(?:results?|it['’]?s (?:done|confirmed|official)|(?:we|i) (?:meet|say|tell)))"
            r"|for (?:the|her|his|their) (?:party|surprise|birthday)|from (?:her|him|them|the)))",
            r"our (?:little |lil )?secret",
            # a parent kept out because they would stop it: "dont tell papa he will block it"
            r"(?:dont|don't|don’t|do not|dnt|never) tell (?:<parent>|papa|mama|mummy|mumma|ammi|abba)[\s,]{1,3}(?:or |coz |cause"
            r" |because |bc |cos |else )?(?:he|she|they)(?:['’]?ll| will| would| might| can)? (?:block|stop|ban|take|delete|get mad"
            r"|be mad|freak|say no|not let)",
            # the grown-ups left out of a first step: "we do first round without parents so its not stressful"
            r"without (?:<your> |the )?(?:parents|<parent>)(?: there| around| present| involved)? (?:so|first|at first|for now"
            r"|this time)(?![\w'’])",
            r"(?:just|only) (?:our (?:thing|chat)|for us(?: two)?|for the two of us|us two)",
            r"(?:this|it|that)(?:'s|’s| is| will be| stays| has to be| must be) (?:a|our) (?:little |lil )?secret",
            r"(?:just |only )?between (?:u|you|us) (?:and|n|&) (?:me|i)",
            r"(?:just |only )?between (?:us|ourselves)",
            r"no (?:parents|adults|grown ?-?ups|mums|moms|teachers|mods) (?:allowed|invited|lol|tho)",
            r"<your> <parent> (?:dont|don't|wouldnt|wouldn't|won't|wont|doesnt|doesn't|needn't|shouldn't) (?:need to |have to |gotta )?"
            r"(?:know|find out|see this|understand|get it)",
            r"they (?:wouldn't|wouldnt|won't|wont) understand",
            rf"{_TELL} {_NOBODY} (?:that )?(?:im|i'm|i am) (?:older|an adult|a grown ?up|grown up|\d{{2}})",
            rf"(?:cant|can't|cannot|mustn't|mustnt|better not|shouldn't|shouldnt|won't|wont) {_TELL} {_NOBODY}"
            rf" (?:about|bout|abt) {_CHAT}",
            rf"{_TELL} (?:anything|nothing|a word|it|this)(?: about (?:me|us|this))? to (?:<your> )?(?:<parent>|{_NOBODY}|ur family|teachers?)",
            r"(?:promise|swear) (?:<you>|u) (?:won't|wont|will not|wouldn't|wouldnt|dont|don't|never) (?:tell|say|show)",
            r"if <your> <parent> (?:ask|asks|finds? out|sees?|check)",
            # kept from the parent: "so ur mom doesnt ask", "save me as jake from hockey" (a false name in the contacts)
            # ("so she wont see" only after what deletes itself: "wrap it so she wont see" is a present)
            r"(?:so <your> <parent>|(?:auto ?-?deletes?|deletes? (?:itself|everything|them|msgs|messages)|disappears?|vanish(?:es)?)"
            r"[^.!?\n]{0,15}? so (?:she|he|they|<your> <parent>|no ?one|nobody))"
            r" (?:doesn['’]?t|doesnt|won['’]?t|wont|don['’]?t|dont|can['’]?t|cant|never|will never) (?:ask|asks|know|knows|see|sees"
            r"|find out|notice|check|read|get suspicious)",
            r"save (?:me|my (?:number|num|no|contact)) (?:as|under)(?= [a-z])(?! (?:my|ur|your) (?:real|actual|proper) name)",
            # a lie for the parents, or the parents left out: "just tell ur mum im a friend from footy"
            r"(?:just |only )?(?:tell|say to) (?:<your> <parent>|him|her|them) (?:that )?(?:i['’]?m|im|i am) (?:a|an|ur|your|just)"
            r" (?:friend|mate|girl|boy|kid|classmate|teacher|coach|cousin)"
            r"|(?:just |only )?(?:tell|say to) (?:<your> <parent>|him|her|them) (?:that )?(?:i['’]?m|im|i am) from (?:ur|your) (?:class"
            r"|school|team|club|year|grade)",
            # a cover story for the parents: "just say ur at mine", "tell ur mum ur sleeping at jess's"
            r"(?:just |only )?(?:say|tell (?:<your> <parent>|her|him|them)) (?:that )?(?:<you>['’]?re|<your>|<you> r|<you> are)"
            r" (?:at|with|w|staying at|sleeping at|going to|going with|going w|out with) (?:mine|my (?:house|place)|a (?:friend|mate)['’]?s?"
            r"|[a-z]{2,12}['’]s"
            # ... or at a harmless place: "tell ur dad ur at the pool"
            r"|the (?:library|pool|park|shops|mall|gym|rink|club|cinema|movies|beach|skatepark))",
            # the parent not to be asked ("u dont have to ask her, its only a quiz"), or only the times they are not
            # around ("ok but only when he's out")
            r"(?<!\bi\s)(?<!\bwe\s)(?:dont|don['’]t|do not|no|u dont|you dont|u don['’]t|you don['’]t) (?:need|have) to ask (?:him|her|them"
            r"|<your> <parent>)"
            r"(?![\w'’])",
            r"(?:just |only )?when (?:she|he|they|<your> <parent>)(?:['’]?s|['’]?re| is| are| r)? (?:not|isnt|isn['’]t|arent|aren['’]t)"
            r" (?:around|home|looking|watching|there)(?![\w'’])",
            # the parents made out to be the problem: "moms are annoying about that", "ur dad is so strict abt it"
            # (not "my parents are strict about that": a kid's own)
            r"(?:<your> <parent>s?|(?<!my\s)(?<!our\s)<parent>s) (?:are|r|is|can be|get|gets) (?:so |too |always |just |kinda )?(?:annoying|weird|strict|nosy"
            r"|overprotective|paranoid|dramatic|crazy) (?:about|bout|abt|with) (?:that|it|this|stuff like that|these things)",
            # asked of a grown-up without saying why: "ask her quietly", "no need to say why"
            r"(?:ask|tell) (?:her|him|them) (?:quietly|secretly|in secret)|no need to (?:say|explain|tell (?:her|him|them)) (?:why|who"
            r"|what (?:it['’]?s )?for)",
            # the phone kept quiet, an account the parents do not see: "keep ur phone on silent so ur dad doesnt hear"
            r"(?:put|keep|leave|turn) (?:it|ur phone|your phone|the phone|<your> (?:phone|ipad|tablet)) on (?:silent|mute|vibrate)"
            r"(?=[^.!?\n]{0,30}(?<![\w'’])(?:<parent>|she|he|they|no ?one|nobody|any ?one)(?![\w'’]))",
            r"(?:mute|turn off|hide|silence) (?:the |ur |your |my )?(?:notifs|notifications|alerts|previews)"
            r"(?=[^.!?\n]{0,30}(?<![\w'’])(?:<parent>|she|he|they|no ?one|nobody|any ?one|for me|from me)(?![\w'’]))",
            r"(?:make|get|create|open|start) (?:a |an )?(?:new|second|2nd|secret|fake|private|spare|other) (?:account|acc|profile)"
            r"(?=[^.!?\n]{0,40}(?<![\w'’])(?:<parent>|check|checks|reads|sees|see|know|find)(?![\w'’]))",
            r"(?:just|only) (?:u|you) (?:and|n|&) (?:me|i)(?=\W{0,3}(?:\Z|ok|okay|k\b|yeah|right|\?|!))",
            r"no need to (?:involve|tell|bother|bug|ask|worry|include|let) <your> <parent>",
            r"no need to (?:disturb|wake|wake up|bother|trouble) (?:<your> )?<parent>",
            # a grown-up kept out "for now", to be surprised later: "no need to tell her yet", "we'll surprise
            # ur dad once ur signed", Hindi "mummy ko surprise dena hai baad mein"
            r"no need to (?:tell|involve|bother|bug) (?:her|him|them)(?= (?:now|yet|just yet|right now|for now))",
            r"(?:we['’]?ll|we will|u can|you can|we can) surprise (?:her|him|them|<your> <parent>) (?:later|when (?:ur|you['’]?re|u r"
            r"|you are)|once (?:ur|you['’]?re))",
            r"(?:<parent>|mummy|papa|mama) ko surprise (?:dena|denge|karenge|karna)",
            r"(?:he|she|they) (?:doesnt|doesn['’]t|dont|don['’]t|does not|do not) (?:need|have|got) to know",
            # The why kept from the grown-up asked: "ask ur mam but dont say why", "dont tell them what its for"
            r"(?:dont|don't|don’t|do not|dnt|never) (?:tell|say|explain|mention)(?: (?:her|him|them|<your> <parent>))? (?:why"
            r"|what (?:it['’]?s|its|it is|this is|that['’]?s) for|who (?:it['’]?s|its|it is) for)",
            # ... or kept from them as a surprise, or till later: "keep it a surprise from ur folks", "we will
            # inform parents later, first audition is secret" (a surprise *for* a parent is quiet: QUIET)
            r"keep (?:it|this|that|them|us) (?:a )?(?:secret|surprise|quiet|hush) from (?:<your>|the) (?:<parent>s?|parents|family)",
            r"(?:we['’]?ll|we will|i['’]?ll|i will|will) (?:inform|tell|let) (?:<your> |the )?(?:parents|<parent>s?)(?: know)? later",
            # A cover story for where the child is or why they went quiet: "just say you have extra class",
            # "say battery died"
            r"(?:just |only )?(?:say|tell (?:<your> <parent>|her|him|them)) (?:that )?(?:<you> (?:have|had|got)|<you>['’]?ve got)"
            r" (?:an? )?(?:extra|tuition|tuitions|practice|training|class|lesson|study|group|project|coaching|rehearsal)",
            r"(?:just |only )?say (?:that )?(?:the |ur |your |my |it['’]?s |its )?(?:battery|phone|charge|wifi|data|net)"
            r" (?:died|is dead|was dead|dead|ran out|is finished|finished|was off|went off)",
            # a grown-up kept out of an ask: "nah just type it, dont bother her"
            r"(?:dont|don't|don’t|do not|dnt) (?:bother|disturb|trouble|involve) (?:her|him|them|<your> <parent>)(?![\w'’])",
            # ... or left out: "no need to bug her eh" (a parent just named)
            r"no need to (?:bug|bother|disturb|trouble) (?:her|him|them)(?![\w'’])",
            # ... or not asked at all: "he wont mind, dont bother asking him"
            r"(?:dont|don't|don’t|do not|dnt|no need to) (?:bother )?(?:asking|telling|checking with|ask|check with)"
            r" (?:her|him|them|<your> <parent>)(?=\W{0,5}(?:\Z|[.!,]|lol|tho|first|🤫|😉))",
            # ... or not to be phoned to check: "dont phone him, he's busy" (a parent just named)
            r"(?:dont|don't|don’t|do not|dnt|no need to) (?:phone|call|ring|text|message|msg|whatsapp) (?:her|him|them"
            r"|<your> <parent>)(?=\W{0,5}(?:\Z|[.!,]|lol|tho|first|he['’]?s|she['’]?s|they['’]?re|🤫|😉))",
            # both parents named together, Indian English: "dont tell mummy papa", "dont show mom dad"
            r"(?:dont|don't|don’t|do not|dnt|never) (?:tell|show|let) (?:mummy|mumma|mommy|mom|mum|ammi|mama) (?:papa|daddy|dad"
            r"|abba)(?![\w'’])",
            r"(?:dont|don't|don’t|do not|dnt|never) (?:screenshot|screen ?shot|ss|screen ?record|save|show (?:any ?one|anybody"
            r"|<your> (?:<parent>|friends)))(?: (?:this|our|it|the|these|that|what i))?(?: (?:chat|convo|msgs?|messages|pics?))?"
            r"(?=\s{0,3}(?:\Z|[!.,]|ok|k\b|pls|please|yeah))",
        ),
    ),
    (
        "delete",
        pattern(
            r"(?:delete|del|deleet|clear|erase|wipe|remove|unsend|hide) (?:all )?(?:of )?(?:this|the|these|those|our|ur|your|"
            r"all|my|them|that) ?(?:chat|chats|messages?|msgs?|convo|conversation|texts?|dms?|history|pics?|photos?)",
            r"(?:delete|del|erase|wipe|clear) (?:it|this|that|them|everything)(?: after| when| once| so| before| now| rn| pls| plz"
            r"| please| asap)",
            # what the sender said, taken back: "delete what i said about mrs t"
            r"(?:delete|del|erase|unsend) (?:what i (?:said|sent|wrote|typed|just said)|that (?:msg|message|text))",
            r"(?:turn on|use|switch on|put on) (?:disappearing|vanish(?:ing)?) (?:messages|msgs|mode)",
            r"vanish mode",
            r"(?:use|go|turn on|open) (?:incognito|private (?:browsing|mode|tab)|a private tab)(?! (?:mode )?to find)",
            r"(?:where|so|so that) (?:the |our |ur )?(?:messages?|msgs?|chats?|texts?) (?:disappear|vanish|delete themselves|self destruct)",
            r"(?:archive|hide) (?:this|the|our) (?:chat|convo|app)",
            # Hindi, the thing first: "apne saare pics hata do", "saare msgs clear karna" (the model reads one word order)
            r"(?:ye|yeh|sab|saare|saari|apni|apne|hamari|humari|hamare|humare)(?: sab| saare)? (?:chat|chats|messages?|msgs?|baatein"
            r"|photos?|pics?) (?:delete|del|clear|mita|hata) (?:kar|kr|karo|kro|kardo|kar do|kar dena|karna|kar de|dena|do)(?![\w'’])",
            # "i cleared our chat, u should too"
            r"(?:deleted|cleared|wiped|erased) (?:my|our|the|all (?:my|our|the)) (?:messages|msgs|chat|chats|convo|texts|dms"
            r"|pics|photos|history)[^?.!\n]{0,25}?(?:u|you) (?:should|need to|gotta|have to|must|do it|too)",
        ),
    ),
    (
        "meet",
        pattern(
            r"(?:lets|let's|let us|wanna|want to|we (?:should|could|can)|can we|could we|<do> <you> (?:wanna|want to)"
            r"|shall we|i (?:wanna|want to|would love to|d love to)|fancy|how about|up for)"
            r" (?:meet|meet up|meetup|meeting|meeting up|link|link up|linking up|hang out|hangout|hanging out|see each other|chill)"
            r" ~ (?:irl|in person|in real life|"
            r"face to face|for real|sometime|some time|one day)",
            # a visit while the sender's parents are away: "come round after school, my mum wont be home till 6"
            r"come (?:over|round|around|to mine|to my (?:house|place))[^.!?\n]{0,30}?(?:my|our) (?:<parent>|parents|folks|olds)"
            r" (?:wont|won['’]t|will not|arent|aren['’]t|isnt|isn['’]t|are not|is not) (?:be )?(?:home|there|back|in)(?![\w'’])",
            # Hindi: come to a real place ("kal mall aaja", "park pe aa jana")
            rf"(?:{_REAL_PLACE}|gate|ghar) (?:pe |me |mein |par )?(?:aaja|aa ja|aa jana|aajana|aa jao|aajao)(?![\w'’])",
            # (what for, between: "lets meet for scrims at the cafe")
            rf"(?:meet|meet up|meetup|link up|hang out|hang|chill|see each other) (?:me |up |with me |u |you |ya )?"
            rf"(?:for (?:a |some )?[a-z]{{2,12}} )?(?:at|near|by|outside|behind|round the back of|around the back of|in front of|opposite) (?:the )?{_REAL_PLACE}"
            r"<not_in_game>",
            r"<i_will> be (?:waiting )?(?:outside|at|by|near) <your> (?:school|house|place|gate|work)",
            # "come find us by the food court": where the sender stands, to be joined there
            rf"come (?:and |n )?find (?:me|us) (?:at|near|by|outside|in front of) (?:the )?{_REAL_PLACE}<not_in_game>",
            r"<i_will> (?:be )?(?:waiting|wait)[^.!?\n]{0,30}? (?:near|by|outside|at) <your> (?:school|house|place|street|road|flat)",
            # A lift: "ill grab u from the shops", "my older brother can drive us" (a parent's pick-up
            # names the usual place, as below).
            r"<i_will> (?:grab|collect|fetch) <you>(?! (?:at \d|from (?:the )?(?:gate|practice|training|footy|club|nans|grans"
            rf"|after ?school)))(?!{_AT_TIME})",
            r"my (?:older |big |little )?(?:cousin|brother|bro|mate|friend|uncle|sister|sis|boyfriend|girlfriend)"
            r" (?:can|could|will|would|['’]?ll) (?:drive|pick up|take|give|collect|come (?:and )?get) (?:us|<you>)",
            r"<i_will> meet <you>(?! (?:at|by|outside) (?:the )?(?:school )?(?:gate|front|car ?park|entrance|pick ?up|office))",
            r"<i_will> come to <your> (?:house|place|school|flat)",
            r"<i_will> come (?:round|over|around) (?:to )?(?:yours|urs|<your> (?:house|place|flat))",
            # A parent's pick-up names a time or the usual place: "i'll pick you up at 4:30 from the gate".
            r"<i_will> (?:come (?:and )?)?(?:pick <you> up|pick up <you>|come get <you>)"
            rf"(?! (?:at \d|from (?:the )?(?:gate|practice|training|footy|club|nans|grans|after ?school)))(?!{_AT_TIME})",
            r"(?:meet|meet up|meetup|hang out|hang|chill|catch up|see each other|see <you>|see u|link up|squad up|kick it)"
            r" (?:irl|in person|in real life|face to face|offline)",
            # something the sender hands over in person: "could drop u some game cards in person", "ill give it to u irl"
            # (not a parent's: "my mum will give u the present in person")
            r"(?:<i_will>|i might|(?:\A|(?<=[,.!?;]))\W{0,3}(?:could|can|might|gonna|will)) (?:just )?"
            r"(?:drop|bring|give|deliver|pass|hand over)[^.!?\n]{0,20}?(?<![\w'’])<you>(?![\w'’])[^.!?\n]{0,30}?"
            r"(?<![\w'’])(?:in person|irl|in real life|face to face|by hand)(?![\w'’])",
            r"(?:come|pop|swing|head) (?:(?:over|round|around|by) to (?:mine|my (?:house|place|flat|apartment|car))"
            r"|(?:over|round|around|by) (?:to )?mine|to (?:mine|my (?:house|place|flat|apartment|car)))"
            # (a party or a house in the game: "come to my house party in game at 5")
            r"(?![^.!?\n]{0,20}?[\s,](?:in|on)[\s,]{1,3}(?:the[\s,]{1,3})?(?:game|roblox|brookhaven|bloxburg|minecraft|adopt me|sims))"
            # a friend's invitation a parent agreed to: "come to my house for tea? my mum said yes"
            r"(?![^\n]{0,40}(?:my|ur|your) (?:mum|mom|dad|parents) (?:said|says|is ok|agreed|can|will))",
            # Offers only: "i'll pick you up at 4:30" is how a parent talks too.
            r"(?:i (?:can|could|would|wanna|want to)|let me) (?:come to <your> (?:house|place|school)|come (?:and )?(?:pick|get) <you>|"
            r"pick <you> up|visit <you>|come see <you>|drive to <you>)",
            r"sneak (?:out|off|away)(?! of (?:class|school|lesson))",
            r"come (?:over|round|around|to <your> (?:house|place))[^?.!\n]{0,20}?when (?:<your> <parent>|no ?one|nobody|ur alone)",
            # "then come when she's gone to office": when the grown-up is away
            r"come (?:over |round |around |by )?when (?:she|he|they|<your> <parent>)(?:['’]?s| is| are| r| has| have)?"
            r" (?:gone|out|away|asleep|at work|left|not home|not there)",
            r"<i_will> (?:buy|get|send|pay for|book) <you> (?:a |an )?(?:bus|train|uber|taxi|cab|plane|ride|lift|ticket)",
            r"(?:i (?:can|could|would|will|wanna|want to)|i['’]?ll|ill|let me) (?:drive|come|get the bus|get a train|travel|fly"
            r"|ride) (?:to|over to|down to|up to|out to) (?:<your>|where <you> (?:live|are|r))",
            r"(?:where|when) (?:can|should|could|shall) we meet",
            # something handed over at the child's home by the sender: "could bring the book round in person whenever im near ur part of town"
            r"(?:<i_will>|i might|i may|i['’]?d|(?:\A|(?<=[,.!?;]))\W{0,3}(?:might|could|can|will|gonna)) (?:just )?(?:drop|bring|deliver|pop"
            r"|run) (?:it|them|that|those|the [a-z]{2,12}) (?:off |round |over |by |across )?(?:myself|in person|personally)(?![\w'’])",
            r"(?:if|when|whenever) (?:i['’]?m|im|i am) (?:in|round|around|near) (?:the|ur|your) (?:area|neighbou?rhood|hood|part of town"
            r"|side of town|way)(?![\w'’])",
            # The sender coming to the child's part of town: "i could bike over", "i can come there", "could say hi",
            # "might bump into u at the shops" (not "say hi to ur dad", not in game; "im round there a lot" alone is
            # also a friend's small talk)
            # ("i can come over" alone is also a friend's answer to an invitation: "mom says i can come over")
            r"(?:<i_will>|i might|i may) (?:just )?(?:bike|cycle|ride|walk|scoot|skate|pop|swing|drive|run) (?:over|round|there"
            r"|down there|up there|by)(?! to (?:the|my|our)\b)<not_in_game>",
            r"(?:<i_will>|i might|i may) (?:just )?come (?:there|down there|up there|out there|ur way|your way)<not_in_game>",
            r"(?:<i_will>|i might|(?:\A|(?<=[,.!?;]))\W{0,3}(?:could|can|might|maybe)|come(?: (?:and|n))?) (?:just )?say hi"
            r"(?! to)<not_in_game>",
            r"(?:we['’]?ll|we might|we could|we may|might|maybe|prob|probably) (?:even )?(?:run|bump) into (?:each other|<you>|ya)",
            # meetings the sender's group holds, the child asked where they live: "we do meetups sometimes"
            r"(?:we|i) (?:do|have|run|host|organi[sz]e|go to) (?:irl )?(?:meetups|meet ups|meet-ups)",
            r"(?:<can> i|let me|i wanna|i want to|i['’]?d love to) (?:come )?visit <you>",
            r"<can> i (?:come|pop|swing) (?:over |round |by )?(?:to )?<your> (?:house|place|flat|home)",
            r"(?:<i_will>|i['’]?d) drive (?:over|down|up|out)(?! to (?:the|my) )",
            r"(?:get|got) (?:in|into) my car",
            # (an adverb between: "we should totally meet at the studio")
            # ... its subject dropped at a sentence's start: "should meet at the chippy friday"
            r"(?:we should|we could|we can|lets|let's|wanna|shall we|we gotta|we need to|(?:\A|(?<=[.!?;])\s{1,3})should) (?:totally |def |defo |deffo "
            r"|definitely |actually |really )?(?:meet|meet up|hang out|link up)"
            r"<not_in_game>(?= ?(?:[.!?,]|\Z|[^\w\s]|sometime|soon|one day|this|next|after|tomorrow|tmrw|irl|at\b))",
            # "hang" alone, proposed for a time to come: "we should hang when im down there" (not "we can hang at
            # recess", school friends' plans)
            r"(?:we should|lets|let's|wanna|u wanna|you wanna) (?:totally |def |defo |deffo |definitely )?hang"
            r"<not_in_game>(?= (?:when|sometime|some time|soon|one day|irl|this weekend|next time|next week))",
            # ... or at a place named: "we should hang at the boat ramp", "lets hang by the lake" (every writer's move;
            # not a school's break: "we could hang at lunch")
            r"(?:we should|we could|lets|let's|wanna|shall we) (?:totally |def |defo |deffo |definitely )?hang (?:out )?"
            r"(?:at|by|near|outside) (?!(?:recess|lunch|break|school|spawn|mine)\b)(?:the )?[a-z]{2,}<not_in_game>",
            # the sender coming to the child's, or buying from them by hand: "i'll come hang", "where can i pick it up"
            r"<i_will> come (?:and )?(?:hang|chill|hang out|downstairs|keep <you> company)(?![\w'’])<not_in_game>"
            r"(?![^.!?\n]{0,25}?(?:server|lobby|realm|world|base|vc|call))",
            r"where (?:can|should|could|do|shall) i (?:pick (?:it|them|that|those) up|collect (?:it|them)|come (?:get|grab) (?:it|them))",
            r"(?:<i_will>|i might|i could|i['’]?m gonna|(?:\A|(?<=[,.!?;]))\W{0,3}(?:might|gonna)) come (?:and )?(?:watch|see)"
            r" (?:<your>|a|one of <your>)"
            r" (?:(?:swim |swimming |athletics |school )?(?:game|games|match|matches|play|show|recital|practice|training|race|concert"
            r"|carnival|gala|meet|sports day|tournament|comp|competition|performance|dance|recital))",
            # ... or to one: "lol i might come to a game"
            r"(?:<i_will>|i might|i could|i['’]?m gonna|(?:\A|(?<=[,.!?;]))\W{0,3}(?:might|gonna)) come to (?:<your>|a|one of <your>)"
            r" (?:game|games|match|matches|show|recital|practice|training|race|concert|carnival|gala|meet|tournament)",
            r"<i_will> come (?:and |n )?see <you>(?= (?:after school|at school|one day|sometime|some time|soon))",
            # a car sent for the child: "we will send car for audition"
            r"(?:send|sending|book|booking) (?:a |the |our )?(?:car|cab|taxi|uber|driver) (?:for|to) (?:<you>|the|<your>|audition|shoot"
            r"|pick)",
            # A visit offered: "might swing by after school one day", "ill skate past sometime".
            r"(?:<i_will>|i might|i could|i['’]?m gonna|(?:\A|(?<=[,.!?;]))\W{0,3}(?:might|gonna))"
            r" (?:swing|pop|drop|skate|walk|ride|cycle|cruise|come)"
            r" (?:by|past|round|over)(?! (?:to )?(?:mine|my|the shops|later to))"
            r"(?=[^.!?\n]{0,25}(?:sometime|some time|one day|after school|<your>|later|tomorrow|tmrw|this weekend|😏|😉|irl|in person"
            r"|and (?:give|bring|drop|hand) <you>))",
            # (the child told alone where to wait at a pick-up, "wait at the front gate not the carpark", is a grown-up's
            # word: the sender waiting, or the child at their own school or house, is a meeting)
            r"(?:<i_will> )?(?:give <you> a (?:lift|ride)|(?<![\w'’])(?:(?:i|i['’]?ll|ill|i will|we['’]?ll) )wait (?:for <you> )?(?:by|at"
            r"|outside|near)|wait for <you> (?:by|at|outside|near)|wait (?:by|at|outside|near) <your>)<not_in_game>",
            r"(?:if|when|once) <you> meet (?:me|up)",
            # alone to a meeting, said after it: "see u at the skatepark, only u ok"
            # ("grab" the child, not a thing: "is anyone there to grab the parcel or just ya" asks who is home)
            r"(?:(?:meet|see|pick up|come get) (?:<you> |up )?|grab (?:<you>|ya) )[^.!?\n]{0,40}?(?<![\w'’])just (?:<you>|ya)"
            r"(?: (?:tho|though|alone|ok"
            r"|okay|yeah|pls|plz|k))?(?=\W{0,5}\Z)",
            # something brought to the child's home, or handed over when the sender passes: "i can drop it to ur
            # place after school", "i could bring u a voucher next week"
            r"(?:<i_will>|(?:\A|(?<=[,.!?;]))\W{0,3}(?:could|can|will)) (?:drop|bring|deliver|pop|drive|run) (?:it|them|one|some|that"
            r"|the [a-z]{2,12}) (?:over |round |off )?(?:to|at|by|over to|round to) <your> (?:place|house|home|flat|door|school)",
            r"(?:<i_will>|i might) (?:drop|bring|give|hand) <you> (?:a|an|some|the) [^.!?\n]{0,25}?(?<![\w'’])(?:next time|when i['’]?m"
            r" (?:there|passing|around|in town|nearby)|on my way)",
            # an address asked so the sender can come: "whats ur addy, ill bike over"
            r"<your> (?:address|addy|house number|street)[^.!?\n]{0,20}?(?:<i_will>|ill) (?:ride|walk|cycle|bike|skate|scoot|drive"
            r"|come|pop|swing)(?: (?:my|me) (?:bike|scooter|board|car))? (?:over|round|by|there)",
            # someone claiming a parent sent them to collect the child: "ur dad asked me to fetch u from school"
            r"(?:<your> <parent>|he|she)(?:['’]s)? (?:asked|sent|told|wants) me to (?:fetch|collect|pick up|get|grab) <you>"
            rf"(?!{_AT_TIME})",
            # alone to a meeting: "come alone", "dont bring anyone", "just u, dont bring ur mates"
            r"come(?: [\w'’]{1,15}){0,8} (?:by (?:ur|your) ?self|alone|on (?:ur|your) own)(?![\w'’])",
            # "want me to come say hi?", "come say hello by the fountain"
            r"(?:(?:want|wanna|should|shall|can|could) (?:me to |i )?)?come (?:and |n )?say (?:hi|hello|hey)<not_in_game>",
            r"(?:dont|don't|don’t|do not|dnt|no need to) bring (?:any ?(?:one|body|1)|ur (?:mates|friends|sister|brother|sis|bro"
            r"|<parent>)|your (?:mates|friends|sister|brother|<parent>)|(?:ur|your) friends)",
            # Hinglish: "kabhi milte hain mall me", "insta pe baat karte hai"
            r"(?:kabhi |chal |chalo )?(?:milte|milenge|milna) (?:hain|hai|h|he)?(?![\w'’])",
            # Out together, somewhere real: "we should skate together thursday", "wanna ride bikes with me"
            r"(?:we should|we could|we can|lets|let's|wanna|u wanna|you wanna) (?:go )?(?:skate|skateboard|ride bikes|ride|bike"
            r"|cycle|walk|swim|shoot hoops|kick a ball) (?:together|with me|sometime)<not_in_game>",
            # a real place to go to together, named: "we can hit the skate park tomorrow", "we could head to the mall"
            rf"(?:we|u and me|you and me|me and u|me and you) (?:can|could|should|shall|will) (?:hit|go to|head to|hang at|chill at"
            rf"|meet at) (?:the )?(?:skate ?park|{_REAL_PLACE})<not_in_game>",
            # where the child is asked, to bring something there: "whereabouts are ya, i could drop it over"
            r"(?:whereabouts|where)[^.!?\n]{0,30}?(?:i|we) (?:could|can|will|['’]ll) (?:drop|bring|pop|post) (?:it|them|one|some"
            r"|the [a-z]{2,12}) (?:over|round|by|off)",
            # ... or the sender coming to do it: "u live near the domain? could come kick a ball"
            r"(?:i |we )?(?:could|can|might) come (?:and |n |to )?(?:kick a ball|kick the ball|kick a footy|shoot hoops|skate"
            r"|hang out|hang|chill|ride bikes)<not_in_game>",
        ),
    ),
    (
        "move",
        pattern(
            r"(?:add|message|msg|dm|pm|text|hmu|hit <me> up|find|follow|talk|chat|call|ring|facetime|snap|contact|reach|"
            r"ping|friend|send|message me|talk to me|speak) (?:<me> )?(?:on|in|over|thru|through|via|over on|on to) <app>",
            r"(?:add|follow|message|dm) <me> <app>",
            # a phone call asked for ("just ring me then"); not someone else told to ("tell her to ring me")
            r"(?<!to\s)(?:ring|bell) (?:me|us)(?![\w'’])",
            # a number asked to send something to it ("give me ur number ill send the race pics"): pictures and
            # details go by phone from then on (a bare "ill text u" stays the ask alone: :data:`.off_platform.QUIET`)
            r"<your> (?:number|num|mobile|cell|digits)[^.!?\n]{0,30}?(?:<i_will>|ill|so i (?:can|cn)|and i['’]?ll|n i['’]?ll)"
            r" (?:send|text|txt) (?:u |you |ya )?(?:the |my |some |a |all the )?(?:[a-z]{2,10} ){0,2}(?:<pic>s?|details|info|link|stuff"
            r"|deets|plans|times|updates)(?![\w'’])",
            # ... or things promised by e-mail ("i can email u the clips", "ill email ya the forms"): talk goes to an
            # inbox no one here sees (a bare "ill email u some notes", a tutor's or a friend's, stays the ask alone)
            r"(?:<i_will>|i can|i could|let me) (?:just )?e-?mail (?:u|you|ya) (?:the |some |a few |all the |my )?(?:[a-z]{2,10} )?"
            r"(?:<pic>s?|vids?|videos?|clips?|details|info|link|deets|invite|forms?)(?![\w'’])",
            # ... or by text, whatever is sent: "ill txt u the map", "i'll whatsapp u the team sheet" (every writer's move)
            r"(?:<i_will>|i can|i could|let me) (?:just )?(?:text|txt|whatsapp|sms) (?:u|you|ya) (?:the|all the) [a-z]{2,}",
            # a text asked for with the number it goes from: "txt me after practice, send ur digits" (a mum's "text me
            # when u get there" asks no number: no move)
            r"(?:text|txt|msg|message) me when[^.!?\n]{0,40}?(?:<whats>|<give>|send|drop) (?:<me> )?<your> (?:number|num|digits|cell"
            r"|mobile)",
            # the sender's account there, to be written to: "message our snap for ur full reading", "dm my insta"
            r"(?:message|msg|dm|pm|text|hit up|contact|add) (?:our|my) <app>(?![\w'’])",
            # friends beyond where the chat is: "we should be friends outside of this game"
            r"(?:friends|talk|chat|mates|besties) (?:outside|off) (?:of )?(?:this|the) (?:game|app|chat|server|site)(?![\w'’])",
            r"(?:download|install) <app>(?! (?:is|was|keeps))",
            r"<can> i (?:get|have|grab|add) <your> <app>",
            r"(?:snap|whats ?app|kik|telegram|insta|face ?time|skype) <me>(?![\w'’])(?! (?:in|on) (?:the )?game)",
            r"(?:lets|let's|let us|we (?:should|can|could)|can we|could we|wanna|want to|shall we|i(?:'d| would)? rather"
            r"|we gotta|we need to)"
            r" (?:talk|chat|move|go|switch|continue|take (?:this|it)|keep talking|carry on|talk more|speak|text) ~ "
            r"(?:on|to|in|over|onto|over to) (?:the )?(?:<app>|<private>|private|somewhere|a private|my|another|a different|dms)",
            r"(?:<whats> <your>|<do> <you> (?:have|got|use)|<you> (?:got|on)) <app>",
            r"(?:dm|pm|inbox|private message|privately message|message|msg) <me>(?! (?:in|on) (?:game|here|roblox|minecraft))",
            # (a thing sent to arrive in the inbox later, "check ur inbox tonight", "check inbox in 24 hrs", is a delivery)
            r"(?:check|open) (?:<your> )?(?:dms|inbox(?! (?:tonight|later|tmrw|tomorrow|in (?:\d{1,2}|a few|an?) (?:hrs?|hours?"
            r"|mins?|minutes?|days?)))|pms|private messages)",
            r"(?:slide|come|get) (?:in|into|to) (?:my|ur|your) (?:dms|pms|inbox)",
            r"(?:somewhere|some place|someplace) (?:more |a bit more )?(?:private|quiet|safer)",
            r"(?:without|with out|so) (?:any ?one|nobody|no ?one|(?:(?:ur|your|our|out|the|my) )?(?:parents|folks|mods)|<your> <parent>)"
            r" (?:reading|seeing|watching|knowing|finding out)",
            r"(?:make|made|create|start|set up|open) (?:us |u )?(?:a |an )?(?:private|secret) "
            r"(?:room|chat|group|channel|account|gc|group chat)<not_in_game>",
            r"(?:phone|number) i (?:can|could) (?:call|text|ring|message|facetime)",
            r"(?:e-?mail|email address|address) (?:i|we) (?:can|could) (?:send|mail|e-?mail|write)",
            # "my snaps in my bio": where to find the sender elsewhere.
            r"my (?:number|snap|insta|discord|@|digits|contact|socials?|whats ?app|kik|telegram|<app>)(?:['’]?s| is| are| r)"
            r" (?:in|on) my (?:bio|profile|about me|status|description|page)",
            r"(?:look me up|search (?:for )?(?:me|my (?:name|user|username|user name|@|handle|acc|account))) on <app>",
            r"(?:where|so) (?:no ?one|nobody|the mods?|mods|ur parents|your parents|they|ppl|people) (?:can|can't|cant|"
            r"wont|won't|will not|cannot) (?:see|read|watch|find|check)",
            r"join my (?:discord|group chat|gc|private group|private chat|chat room|telegram|whatsapp|server on discord)",
            # a group of theirs elsewhere to be in: "u gotta be in our discord", "join our whatsapp"
            r"(?:join|be in|get in|come in|hop in|jump in) (?:our|my) (?:discord|group chat|gc|telegram|whatsapp|signal)",
            # a trade or a deal away from the site: "wanna trade skins off site? better rates"
            r"(?:trade|trading|deal|sell|selling|buy|swap|pay)[^.!?\n]{0,25}?(?<![\w'’])off[- ]?(?:site|platform|steam|the site"
            r"|the app|the game)(?![\w'’])",
            r"(?:<app>) (?:server|group|gc|group chat|link|invite)",
            r"(?:gc|group chat|group|server|chat|channel) on <app>",
            r"(?:gc|group chat|server) (?:for|with) (?:the |our |my |us )?[a-z]{2,12} on <app>",
            r"(?:video|cam|facetime|face time) (?:call|chat)",
            r"give <me> a (?:ring|call|bell|buzz)",
            # a phone or e-mail instead of the chat: "could i text u sometime?", "can u just text me instead",
            # "e-mail me n ill send it back", "so my manager can call u" (not "can i add u": the same game)
            r"<can> i (?:just )?(?:text|txt|whatsapp|facetime|face time|snap|e-?mail|call|ring) <you>(?![\w'’])",
            # "mate ur mic keeps cutting out, just txt me", "omg this app is so slow, just text me" (not "just text me
            # when ur outside": a time named, a friend's plan)
            r"just (?:text|txt|whatsapp|sms) (?:<me>|us)(?=\W{0,5}(?:\Z|[.!?,]|lol|then|tho|instead|pls|plz|ok|k\b|x+\b))",
            r"(?:text|txt|call|ring|whatsapp|e-?mail|facetime) <me> (?:instead|privately|from now on)",
            r"e-?mail <me> (?:and|n|&) (?:<i_will>|ill)",
            r"so (?:my|our|the|an?) (?:agent|manager|scout|boss|team|photographer|assistant|guy|mate|friend) (?:can|could|will|cn)"
            r" (?:ring|call|text|whatsapp|message|contact|reach|e-?mail) <you>",
            r"(?:swap|exchange|trade|share) (?:phone )?(?:numbers|nums|digits|contacts|snaps|socials)",
            r"(?:wanna|want to|would love to|let me|need to|just want to|can i) hear <your> voice",
            # A phone of their own, from the stranger: a line no parent sees.
            r"(?:<i_will>|let me) (?:give|send|buy|get|post) <you> (?:a |my |an )?(?:spare |old |new |second |extra )?"
            r"(?:phone|mobile|sim|sim card|cell)",
            r"(?:drop|send|give|shoot|flick) <me> a (?:text|txt|line|message on|msg on|dm)",
            # a picture or a word kept from the group: "send a selfie, just to me not the chat"
            r"(?:send|show|dm|pm)[^.!?\n]{0,30}?(?<![\w'’])(?:just|only) (?:to|for) me(?:,| and)? not (?:the |this )?(?:chat|group|gc"
            r"|every ?one|server|stream)",
            # the number to be texted, or a phone of the sender's own to talk on: "can u text me ur new number",
            # "my ma finally gave me a phone, whats ur number"
            r"(?:text|txt|whatsapp|sms) <me> <your> (?:new )?(?:number|digits|num)",
            r"(?:got|have|gave me|bought me|get) (?:a |my )?(?:new |own |first )?(?:phone|mobile|cell)(?![\w'’])[^?\n]{0,30}?"
            r"(?<![\w'’])<your> (?:number|digits|num)",
            # the child's number wanted so the rest is sorted by phone: "flick us ur number so we can sort it"
            r"(?:<give>|flick|chuck|pop|bung) (?:<me> )?<your> (?:phone |cell |mobile )?(?:number|digits|cell|mobile) so (?:we|i)"
            r" (?:can|could|cn) (?:sort|plan|organi[sz]e|arrange|talk|chat|sort out)",
            r"(?:<give>|flick|chuck|pop|bung) (?:<me> )?<your> (?:phone |cell |mobile )?(?:number|digits|cell|mobile)[^.!?\n]{0,12}?"
            r"(?:easier|quicker|faster|better) to (?:sort|plan|organi[sz]e|arrange|talk|chat|sort out|do|text|call)",
            r"<i_will> (?:send|give|dm|text|message) <you> my (?:number|digits|snap|insta|discord|whats ?app|e-?mail|cell)",
            r"(?:friend request|follow request|request|req|message|msg|dm|follow) on <app>",
            r"(?:<you> )?(?:got|have|use|on) (?:an? )?<app>(?=\s{0,3}\?)",
            # "discord?", "tiktok then?": asked for the child's account there (after a word of its own too: "nice. kik?")
            r"(?:\A|(?<=[.!]))\W{0,3}<app>(?: then| tho| though| instead| maybe)?(?=\s{0,3}\?)",
            # another app offered when the first is turned down: "kik or telegram works too", "maybe insta then"
            # (the child's own app agreed to, "insta works, drop it", is an ask for the handle: no move of theirs)
            r"<app>(?: or <app>)? (?:works|is fine|is good|is ok|would work|will do) (?:too|as well|also|instead)",
            r"<app> or <app> (?:works|is fine|is good|is ok|would work|will do)",
            r"(?:maybe|or|what about|how about|try) <app> (?:then|instead)",
            # the move to an account just given: "ill dm u there", "message me on there"
            r"(?:<i_will> )?(?:dm|pm|message|msg|text|chat to|talk to|hit up) (?:<you>|<me>|ya) (?:there|on there|over there)",
            r"(?:e-?mail|text|call|ring|whatsapp|message) me (?:at|on)(?= ?(?:[\d+(]|[\w.+-]{1,40}@))",
            # the child's own e-mail to write to, given or to come: "email me on", "email me its ben_k12"
            r"e-?mail me (?:on|at|its|it['’]s|@|:)(?= ?(?:\Z|[\w@]))",
            r"<app> (?:pe|par|pr) (?:baat|add|aa ?ja|aaja|aao|milte|follow|msg|message)",
            # ... or the verb alone, Hinglish: "dm kar", "msg karo"
            r"(?:dm|pm|msg|message|inbox|text) (?:kar|karo|kr|kro|karna|kardo|kar do|karde)(?![\w'’])",
            r"(?:make|get|use) a burner",
            # an account elsewhere to follow: "made a tiktok, follow me"
            # (the app's short name whole: "wa" is none in "wants to follow me")
            r"<app>(?![\w'’])[^?\n]{0,25}?(?<![\w'’])follow (?:me|us)(?! (?:in|on) (?:the )?game)",
            # a group of their own elsewhere: "made a private discord for the squad", "we've got a discord"
            r"(?<!\bu\s)(?<!\byou\s)(?<!\bya\s)(?:made|make|got|have|started|set up) (?:a|an|our|my|us a) (?:private |secret |new )?"
            r"(?:discord|whatsapp|telegram|snap ?chat|insta|signal|kik)(?: (?:server|group|gc|chat))?(?![\w'’])",
            # the game's chat is too slow: "i hate typing in here", "this chat lags"
            r"(?:hate|sick of|tired of) (?:typing|chatting|talking|texting) (?:in|on) here|this chat (?:is )?(?:so )?(?:slow|laggy|lags)",
            # ... or easier there: "easier on insta tho, whats ur @"
            r"(?:easier|better|faster|quicker) (?:on|over|in|thru|through) <app>(?![\w'’])",
            # the number for a group elsewhere: "need ur mobile for the squad group"
            # ("need your number to add you in the kids chess whatsapp")
            r"(?:need|want|<give>) (?:<me> )?<your> (?:mobile|number|num|digits|cell|phone number) (?:for|to add (?:u|you) (?:to|in|into))"
            r" (?:the |our |my )?(?:[a-z]{2,12} ){0,2}(?:group|gc|group chat|whatsapp|whatsapp group)(?![\w'’])",
            # another app praised over this one: "snap is way better", "discord's so much easier for this"
            # (the app's name a word of its own, and "was" no WhatsApp's "wa": "ur drawing was way nicer")
            r"(?<![\w'’])(?!was\b)<app>(?:['’]?s| is) (?:way |so |much |so much |heaps |loads |a lot |mad |far )?(?:better|easier"
            r"|faster|quicker|nicer)"
            r"(?! (?:for (?:gaming|games|memes|videos|vids|music|streaming|editing)|at (?:gaming|games)))",
            # an app's name as the verb, to do together: "we should snap", "lets facetime sometime"
            r"(?:we should|we could|we can|lets|let's|let us|wanna|u wanna|you wanna|can we|shall we) (?:snap|snapchat|whats ?app"
            r"|face ?time|ft|kik|telegram|skype|insta|discord|text|txt)"
            r"(?=\W{0,5}(?:\Z|[.!?,]|sometime|some time|later|tonight|tmrw|tomorrow|instead|more|tho|then|lol|haha|when|after"
            r"|😊|🙂|😉))",
            r"(?:text|call|ring|whatsapp|message|msg) me (?:at|on) (?:this|my|the) (?:number|no|#|mobile|cell)",
            # The child's number asked for, the talk to go there: "whats ur no. ill text u", "send me ur
            # num, i'll add u" (not "so i can text u": writers split on it, as on a bare "ill text u" after it)
            r"<your> (?:phone |cell |mobile |new )?(?:number|num|digits|mobile|cell)[^.!?\n]{0,20}?(?<![\w'’])(?:i['’]?ll|ill"
            r"|i will|and i['’]?ll|n i['’]?ll) (?:text|txt|add|ring|call|msg|message|whatsapp|facetime) (?:<you>|ya)(?![\w'’])"
            # (a time after it is a friend's plan: "ill text u after practice", "when im on")
            r"(?! (?:after|when|once|later|tonight|tmrw|tomorrow|at \d|in a (?:bit|sec|min)))",
            # talk moved to a phone or a video call: "then we can call", "if we can just text", "we could vc later"
            # (not a name given or someone else rung: "we can call it a draw", "we could call the shop")
            r"(?:we (?:can|could|should|cn|shud)|(?:can|could|cn|shall) we) (?:just |always |also )?(?:text|txt|call|vc|ring|facetime|ft"
            r"|video ?call)(?![\w'’])"
            r"(?! (?:it|them|that|this|him|her|the|ur|your|my|our|his|their|a|an)(?![\w'’]))",
            # this chat called worse than somewhere else: "email's better than this app", "so much easier than typing"
            # Hindi: talk to go on there ("follow kar, wahan baat karte hain"), the chat here being read
            r"(?:wahan|waha|wahaan|udhar|vaha|vahan) (?:pe |par )?(?:baat|chat|baatein) (?:karte|karenge|karo|karna|kar|karenge)(?![\w'’])",
            # ... or something to be shown or sent there once the account is given: "snap id bhej, wahan pics bhejunga"
            r"<app>[^.!?\n]{0,30}?(?<![\w'’])(?:wahan|waha|wahaan|udhar|vaha|vahan) (?:pe |par )?(?:[a-z]{2,12} ){0,3}(?:bataunga"
            r"|bataungi|bhejunga|bhejungi|dikhaunga|dikhaungi|sikhaunga|sikhaungi)(?![\w'’])",
            # talk wanted somewhere else, this chat refused: "lets talk later, not on here tho"
            r"(?:chat|talk|speak|text|message|msg|dm)[^.!?\n]{0,30}?(?<![\w'’])not (?:on|in) here(?![\w'’])",
            # a lesson held on a video app ("we'll do the lessons on zoom"), somewhere said to be quicker ("quicker over email"),
            # an add on another app ("i'll add ya on another app")
            r"(?:class|classes|lessons?|sessions?|tuition|coaching|practice) (?:on|over|via) (?:<app>|google meet|meet)(?![\w'’])",
            r"(?:quicker|easier|faster|better|safer) (?:over|on|by|via) (?:e-?mail|<app>|text|phone)(?![\w'’])",
            r"add (?:<you>|ya) on (?:the )?(?:other|another) (?:one|app)(?![\w'’])",
            # a call, not the game's voice chat: "get on a call after dinner?", "jump on a video call"
            r"(?:hop|jump|get) (?:in|on|into) (?:a )?(?:call|video call|vid call|video chat|vid chat|cam call|facetime|ft)(?![\w'’])",
            r"(?:better|easier|quicker|faster|safer|nicer) than (?:here|on here|in here|typing|this (?:[a-z]{2,10} )?(?:app|chat|game"
            r"|site|yoke|thing|platform))(?![\w'’])",
            # a number on an app asked for ("drop ur whatsapp no. for shipping"), the rest to follow there ("rest
            # of the info on whatsapp"), a group elsewhere ("we must make a streak group"), the home phone rung
            r"(?:<give>|need|want|<whats>) (?:<me> )?(?:<your> )?(?:whats ?app|wa|telegram|signal|viber) (?:number|no|num|digits)",
            r"(?:rest|more|details|info|deets|everything else)(?: of (?:the|it))?(?: [a-z]{2,8})? (?:on|over|via|in) <app>(?![\w'’])",
            r"(?:streak|streaks|snap) (?:group|gc|group chat)",
            r"(?:<i_will>|ill) (?:ring|call|phone) (?:the|ur|your) (?:house|home|land) ?(?:phone|line|number)?",
            # another app everyone is on: "get the app all my mates use"
            r"(?:join|get|download) (?:the|this|that) (?:new )?app (?:every ?ones|every ?one is|everybodys|all of us are)",
            r"<whats> (?:every ?ones|everybodys|every1s|all ur) <app>",
            # the move made at once, on an app named in the verb: "whatsapping u now", "facetiming u rn" (not
            # "texting u now": said once the number is already given, the move was the giving)
            r"(?:whats ?app(?:ing|in)|snap(?:ping|pin)|facetim(?:ing|in)) <you>(?: (?:now|rn|right now|in a (?:sec|min)))",
            # off the game's chat altogether: "lets talk off here", "we should chat off this app"
            r"(?:talk|chat|text|move|go|speak) off (?:here|this (?:app|game|site|chat|platform))(?![\w'’])",
            # "my snap is jake_11", "my email is k.t@...": an account to move to. Not a number alone ("my
            # number is 083"): no writer labels it a move unless a call to use it comes with it ("text me").
            r"(?:my|here'?s my|heres my|this is my) (?:<app>|e-?mail|@)(?: is|:| its| it's|)(?= ?(?:[@+(\d]|[a-z._]{0,20}\d))",
        ),
    ),
)


__all__ = ["HAS_APP", "LEAVING", "OWN_CONTACT", "RULES"]
