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

Rules (:mod:`.chat_words` templates) find the common phrasings; the trained model
(:mod:`.chat_model`) reads every clause they missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from .base import TextContext
from .chat_model import RULE_CONFIDENCE, Rule, scan_intent
from .chat_words import pattern

_TELL = r"(?:tell|show|say|mention|let|tel|tellin|telling)"
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

RULES: tuple[Rule, ...] = (
    (
        "secret",
        pattern(
            rf"(?:dont|don't|don’t|do not|dnt|dont u|dont you|never|no need to|u dont have to|you dont have to|better not"
            r"|shouldnt|shouldn['’]t)"
            # ("dont tell mum" alone is a brother's or a sister's: the mum is theirs too)
            # ("say to ur da" as well as "tell ur da")
            rf" (?:ever )?{_TELL}(?: to)? (?:<your> <parent>|(?:the |ur |your )?(?:parents|folks|family|teachers?|mods?|leaders?|coach(?:es)?"
            r"|admins?|staff)"
            r"|(?:any|a) grown ?-?ups?)",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:about|bout|abt) {_CHAT}",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:these|this|our|my|the|what i) "
            r"(?:messages|msgs|chat|chats|convo|texts|pics|photos|sent)",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} (?:me|us|this|it|that|about (?:me|us|this)) to (?:<your> )?<parent>",
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:we|that we|i|u|you) (?:talk|chat|text|speak)",
            # Hinglish: "parents ko mat batana", "ghar pe kisi ko mat bolna"
            r"(?:<parent>|papa|mummy|mumma|ammi|abba|ghar ?(?:wale|walo|walon|pe kisi)|gharwal(?:e|o|on)) ko (?:kuch )?(?:mat|mt|na|nahi)"
            r" (?:batana|batao|bata|bolna|bolo|kehna)(?![\w'’])",
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
            # a gift kept from the grown-ups: "dont tell anyone i gave u the skins"
            rf"(?:dont|don't|don’t|do not|dnt|never) {_TELL} {_NOBODY} (?:that )?i (?:sent|gave|bought|got|paid|give|send)"
            r" (?:<you>|ya)",
            r"keep (?:this|it|us|our (?:chat|convo|thing|talks?)|that|what we) ~ (?:secret|between us|private|on the low|"
            r"lowkey|quiet|on the down low|down low|hush)"
            # ... but not a surprise: "keep it a secret till her birthday", "from him".
            r"(?! (?:till|until|til|for (?:the|her|his|their) (?:party|surprise|birthday)|from (?:her|him|them|the)))",
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
            # a lie for the parents, or the parents left out: "just tell ur mum im a friend from footy"
            r"(?:just |only )?(?:tell|say to) (?:<your> <parent>|him|her|them) (?:that )?(?:i['’]?m|im|i am) (?:a|an|ur|your|just)"
            r" (?:friend|mate|girl|boy|kid|classmate|teacher|coach|cousin)"
            r"|(?:just |only )?(?:tell|say to) (?:<your> <parent>|him|her|them) (?:that )?(?:i['’]?m|im|i am) from (?:ur|your) (?:class"
            r"|school|team|club|year|grade)",
            # a cover story for the parents: "just say ur at mine", "tell ur mum ur sleeping at jess's"
            r"(?:just |only )?(?:say|tell (?:<your> <parent>|her|him|them)) (?:that )?(?:<you>['’]?re|<your>|<you> r|<you> are)"
            r" (?:at|with|staying at|sleeping at|going to) (?:mine|my (?:house|place)|a (?:friend|mate)['’]?s|[a-z]{2,12}['’]s)",
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
            rf"(?:meet|meet up|meetup|link up|hang out|hang|chill|see each other) (?:me |up |with me |u |you |ya )?"
            rf"(?:at|near|by|outside|behind|round the back of|around the back of|in front of|opposite) (?:the )?{_REAL_PLACE}"
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
            r"(?:meet|meet up|meetup|hang out|hang|chill|catch up|see each other|see <you>|see u|link up)"
            r" (?:irl|in person|in real life|face to face|offline)",
            r"(?:come|pop|swing|head) (?:(?:over|round|around|by) to (?:mine|my (?:house|place|flat|apartment|car))"
            r"|(?:over|round|around|by) (?:to )?mine|to (?:mine|my (?:house|place|flat|apartment|car)))"
            r"(?![\s,]{1,3}(?:in|on)[\s,]{1,3}(?:the[\s,]{1,3})?(?:game|roblox|brookhaven|bloxburg|minecraft|adopt me|sims))"
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
            # meetings the sender's group holds, the child asked where they live: "we do meetups sometimes"
            r"(?:we|i) (?:do|have|run|host|organi[sz]e|go to) (?:irl )?(?:meetups|meet ups|meet-ups)",
            r"(?:<can> i|let me|i wanna|i want to|i['’]?d love to) (?:come )?visit <you>",
            r"<can> i (?:come|pop|swing) (?:over |round |by )?(?:to )?<your> (?:house|place|flat|home)",
            r"(?:<i_will>|i['’]?d) drive (?:over|down|up|out)(?! to (?:the|my) )",
            r"(?:get|got) (?:in|into) my car",
            r"(?:we should|we could|we can|lets|let's|wanna|shall we|we gotta|we need to) (?:meet|meet up|hang out|link up)"
            r"<not_in_game>(?= ?(?:[.!?,]|\Z|[^\w\s]|sometime|soon|one day|this|next|after|tomorrow|tmrw|irl|at\b))",
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
            r"(?=[^.!?\n]{0,25}(?:sometime|some time|one day|after school|<your>|later|tomorrow|tmrw|this weekend|😏|😉))",
            r"(?:<i_will> )?(?:give <you> a (?:lift|ride)|wait (?:for <you> )?(?:by|at|outside|near))<not_in_game>",
            r"(?:if|when|once) <you> meet (?:me|up)",
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
        ),
    ),
    (
        "move",
        pattern(
            r"(?:add|message|msg|dm|pm|text|hmu|hit <me> up|find|follow|talk|chat|call|ring|facetime|snap|contact|reach|"
            r"ping|friend|send|message me|talk to me|speak) (?:<me> )?(?:on|in|over|thru|through|via|over on|on to) <app>",
            r"(?:add|follow|message|dm) <me> <app>",
            r"(?:download|install) <app>(?! (?:is|was|keeps))",
            r"<can> i (?:get|have|grab|add) <your> <app>",
            r"(?:snap|whats ?app|kik|telegram|insta|face ?time|skype) <me>(?![\w'’])(?! (?:in|on) (?:the )?game)",
            r"(?:lets|let's|let us|we (?:should|can|could)|can we|could we|wanna|want to|shall we|i(?:'d| would)? rather"
            r"|we gotta|we need to)"
            r" (?:talk|chat|move|go|switch|continue|take (?:this|it)|keep talking|carry on|talk more|speak|text) ~ "
            r"(?:on|to|in|over|onto|over to) (?:the )?(?:<app>|<private>|private|somewhere|a private|my|another|a different|dms)",
            r"(?:<whats> <your>|<do> <you> (?:have|got|use)|<you> (?:got|on)) <app>",
            r"(?:dm|pm|inbox|private message|privately message|message|msg) <me>(?! (?:in|on) (?:game|here|roblox|minecraft))",
            r"(?:check|open) (?:<your> )?(?:dms|inbox|pms|private messages)",
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
            r"<can> i (?:text|txt|whatsapp|facetime|face time|snap|e-?mail|call|ring) <you>(?![\w'’])",
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
            r"<i_will> (?:send|give|dm|text|message) <you> my (?:number|digits|snap|insta|discord|whats ?app|e-?mail|cell)",
            r"(?:friend request|follow request|request|req|message|msg|dm|follow) on <app>",
            r"(?:<you> )?(?:got|have|use|on) (?:an? )?<app>(?=\s{0,3}\?)",
            # "discord?", "tiktok then?": asked for the child's account there
            r"\A\W{0,3}<app>(?: then| tho| though| instead| maybe)?(?=\s{0,3}\?)",
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
            r"(?:make|get|use) a burner",
            # an account elsewhere to follow: "made a tiktok, follow me"
            # (the app's short name whole: "wa" is none in "wants to follow me")
            r"<app>(?![\w'’])[^?\n]{0,25}?(?<![\w'’])follow (?:me|us)(?! (?:in|on) (?:the )?game)",
            # a group of their own elsewhere: "made a private discord for the squad", "we've got a discord"
            r"(?<!\bu\s)(?<!\byou\s)(?<!\bya\s)(?:made|make|got|have|started|set up) (?:a|an|our|my|us a) (?:private |secret |new )?"
            r"(?:discord|whatsapp|telegram|snap ?chat|insta|signal|kik)(?: (?:server|group|gc|chat))?(?![\w'’])",
            # the game's chat is too slow: "i hate typing in here", "this chat lags"
            r"(?:hate|sick of|tired of) (?:typing|chatting|talking|texting) (?:in|on) here|this chat (?:is )?(?:so )?(?:slow|laggy|lags)",
            r"(?:text|call|ring|whatsapp|message|msg) me (?:at|on) (?:this|my|the) (?:number|no|#|mobile|cell)",
            # the move made at once, on an app named in the verb: "whatsapping u now", "facetiming u rn" (not
            # "texting u now": said once the number is already given, the move was the giving)
            r"(?:whats ?app(?:ing|in)|snap(?:ping|pin)|facetim(?:ing|in)) <you>(?: (?:now|rn|right now|in a (?:sec|min)))",
            # off the game's chat altogether: "lets talk off here", "we should chat off this app"
            r"(?:talk|chat|text|move|go|speak) off (?:here|this (?:app|game|site|chat|platform))(?![\w'’])",
            # "my snap is jake_11", "my email is k.t@...": an account to move to. Not a number alone ("my
            # number is 083"): no writer labels it a move unless a call to use it comes with it ("text me").
            r"(?:my|here'?s my|heres my|this is my) (?:<app>|e-?mail)(?: is|:| its| it's|)(?= ?(?:[@+(\d]|[a-z._]{0,20}\d))",
        ),
    ),
)

#: Words one of which every move the model may report holds: who (me, us, you), where (an app,
#: a chat, a meeting) or what (delete, tell, a secret).
GATE = re.compile(
    r"(?<![\w'’])(?:me|us|we|lets|let's|our|meet|irl|person|delete|del|clear|wipe|erase|unsend|vanish|secret|tell"
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
    # An ask for the child's number or account with what the asker will do with it ("whats ur number
    # ill text u", "send urs ill add u"): the ask is the finding (ASKS_PII), unless an app, a group or
    # a private channel is named ("ill add u to the squad gc", "on whatsapp").
    "\\A(?![^\\n]*(?<![\\w'’])(?:<app>|dms?|pms?|inbox|private|face ?time|video|vc|group|gc|server|invite|link)(?![\\w]))"
    "[^\\n]{0,60}?(?:<your>|urs|yours|ur one)[^\\n]{0,40}?(?:<i_will>|so i (?:can|cn)|and i['’]?ll|n i['’]?ll)"
    " (?:text|add|follow|ring|call|send|friend|dm)",
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
    "(?: (?:at \\d{1,2}(?:[:.]\\d\\d)?(?:\\s?[ap]m)?|later|tonight|tmrw|tomorrow|soon|in a bit|now now|now|rn|in a sec|in a min))?"
    "\\W{0,5}\\Z",
    # ... or reported made, nothing more named: "sent u a msg there", "done, added u"
    "\\A\\W{0,3}(?:(?:ok|okay|k|done|there|kk)[\\s,.!]{1,3})?(?:i |just )?(?:sent|dropped|added|messaged|texted|followed)"
    " (?:u|you|ya)(?: a (?:msg|message|text|dm|request|friend request|follow))?(?: (?:there|on there|now|just now))?\\W{0,5}\\Z",
    # a topic to talk about (an oral exam, a presentation), no channel: "just talk about ur family and ur hobbies"
    "talk (?:about|abt|bout) (?:ur|your|my|the|his|her|their) (?:family|hobbies|hobby|day|weekend|holidays?|pets?|favou?rite"
    "|book|project|school|friends)",
    # Staying where the chat is: "just check this chat on ur bday", "ill post it in this chat"
    "(?:check|see|read|open|watch|look at|stay in|stay on|post it in|put it in) (?:this|the) (?:chat|app|convo|thread)"
    "(?! (?:and|then|n) )",
    # a moderator's reassurance: "you don't need to share anything else, we have the logs"
    "(?:don['’]?t|do not|no) need to (?:share|send|give|tell) (?:us |me )?(?:anything|any more|anymore|more)",
    # a trip the parents drive to: "parents drive, we meet at the church lot at 9"
    "(?:parents|mums and dads|moms and dads) (?:drive|will drive|are driving|drop (?:off|u off|you off)|will drop|pick up|collect)",
    # boredom with the chat, no move named: "this school app chat is so boring"
    "this (?:[a-z]{2,10} )?(?:app|chat|group|gc)(?: chat)? (?:is )?(?:so |rly |really )?(?:boring|dead|dry|quiet)",
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
)
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
)
#: Talk named beside an e-mail: the chat does move there.
EMAIL_TALK = pattern(
    r"(?:talk|chat|go over|text|call|this app|on here|dms?|pics?|photos?|<app>)",
)
#: The ask of an account there that :data:`FOLLOW` can quiet.
ASKS_APP = pattern(r"<whats> <your> <app>")


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
        if FOLLOW.search(folded):
            found = [f for f in found if not ASKS_APP.fullmatch(folded[f.start : f.end])]
        yield from found


__all__ = [
    "EMAIL_DELIVERY",
    "FOLLOW",
    "GATE",
    "HAS_APP",
    "HINTS",
    "OWN_CONTACT",
    "QUIET",
    "RULES",
    "SUPERVISED",
    "OffPlatformScanner",
]
