"""The OFF_PLATFORM scanner: moving a chat to another app or a private channel, hiding it,
keeping it secret, meeting in person.

Every line here is made up, and worded apart from the templates the model is trained on
(``models/chat_intent_data.py``). The real model is loaded. The dev chats, both kinds
together, are scored in tests/test_asks.py.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.findings import Kind, Severity
from leakscan.policy import decide
from leakscan.scanners.off_platform import OffPlatformScanner
from leakscan.settings import Settings

SCANNER = OffPlatformScanner()

#: (message, the detail the finding should carry, or None when any detail will do)
MOVES = [
    # a move named with the chat's dullness as its reason (the dullness alone is quiet)
    ("switching the squad chat to telegram, this app is so dead", "move"),
    # told to tell nobody, with a reason after it or nothing
    ("we'll post the prize pack. dont tell anybody else, places are limited", "secret"),
    ("never tell anyone k", "secret"),
    # a move named beside staying here: the app's part still moves
    ("dont msg me here, text me on whatsapp", "move"),
    # a grown-up who must not see; a group where a teacher cannot; a meeting, its subject dropped
    ("sent. make sure ur dad doesnt see it", "secret"),
    ("new gc on the other app where miss kelly cant see", "secret"),
    ("haha same. should meet at the skatepark sat", "meet"),
    # a video together, and then a channel named
    ("lets make a tiktok together, add me on snap", None),
    # another app offered after the first is turned down; the move to an account just given
    ("no worries, signal or kik works too", "move"),
    ("ok maybe discord then", "move"),
    ("love ur art, ill message u there", "move"),
    # parents in slang; meetings of the sender's group
    ("u shouldnt tell ur rents about this", "secret"),
    # the why kept from the grown-up asked; a surprise or a delay that keeps the parents out
    ("check with ur dad but dont tell him what its for", "secret"),
    ("just ask her for it, dont explain why", "secret"),
    ("lets keep the prize a surprise from ur parents ok", None),
    ("keep it a secret from ur mum till friday", "secret"),
    ("we'll tell ur parents later, the trial comes first", "secret"),
    # cover stories, a grown-up kept out of an ask
    ("if anyone asks just say u have extra practice", "secret"),
    ("then say ur phone died lol", "secret"),
    ("nah type it urself, dont disturb him", "secret"),
    # something taken back, a picture kept from the group, the number texted, a phone of one's own
    ("pls delete what i sent earlier", "delete"),
    ("del it please", "delete"),
    ("show me ur outfit, only to me not the gc", "move"),
    ("txt me ur number when u can", "move"),
    ("finally got my own phone!! send ur number", "move"),
    # a visit to the child's event, a car sent for the child
    ("i could come watch ur athletics carnival", "meet"),
    ("might come to one of ur matches lol", "meet"),
    ("ill come see u after school sometime", "meet"),
    ("our team can send a cab for you on saturday", "meet"),
    # a message reported sent on an app, or to a private inbox, is still a move
    ("sent u a request on insta, accept it", "move"),
    ("we have meetups every month btw", "meet"),
    # a parent kept out because they would stop it; the grown-ups left out of a first step
    ("dont tell ur dad or he will block the app", "secret"),
    ("dont tell mummy she will take ur phone", "secret"),
    ("the first call is without parents so its relaxed", "secret"),
    # a group of theirs elsewhere to be in; a trade away from the site
    ("u have to be in our discord for the prize", "move"),
    ("join our whatsapp its where we plan", "move"),
    ("wanna sell ur skins off site? i pay more", "move"),
    ("cool, ill text u on signal", "move"),
    ("chuck me ur digits so i can organise the lift", "move"),
    # a grown-up kept out for now, "to surprise" later
    ("no need to tell him yet ok", "secret"),
    ("we can surprise ur mum once ur on the team", "secret"),
    ("papa ko surprise karenge", "secret"),
    # a grown-up kept out: once asleep, never finding out, not to be woken; Pidgin
    ("we can talk properly once ur mum goes to bed", "secret"),
    ("ur dad will never know 😉", "secret"),
    ("no need to wake dad for this", "secret"),
    ("no tell your papa o", "secret"),
    # out together somewhere real; an account elsewhere to follow
    ("we could cycle together after school", "meet"),
    ("got a new insta, follow me", "move"),
    # an app by a hint, a contact in the profile, a search elsewhere
    ("u got the app with the little ghost", "move"),
    ("i got a surprise for u but dont tell ur mum", "secret"),  # a surprise for the child: a secret kept
    ("add me on the purple app", "move"),
    ("my snaps in my bio", "move"),
    ("my digits r on my profile", "move"),
    ("look me up on tiktok", "move"),
    ("search my username on insta", "move"),
    ("whats an email i can send it to", "move"),
    ("swing round to mine friday, my folks are out", "meet"),
    ("i just wanna hear ur voice", "move"),
    ("lets get off this app", "move"),
    ("insta then?", "move"),
    ("i would never tell ur parents", "secret"),
    ("lets talk tonight when ur parents are asleep", "secret"),
    ("dont save my number under my real name", "secret"),
    ("use incognito when u come on here", "delete"),
    ("wanna swap numbers", "move"),
    ("dont tell anyone i gave u the skins", "secret"),
    ("could i come visit u", "meet"),
    ("call me on this number 0400 111 222", "move"),
    ("ill drive down on saturday", "meet"),
    ("hop on discord now", "move"),
    ("meet me round the back of the shops at 6", "meet"),
    ("i cleared our chat, u should too", "delete"),
    ("i could send u my old phone", "move"),
    ("dont tell any grown ups about this", "secret"),
    # a pick-up, a lift, waiting near the child's school
    ("ill be waiting by the gate near ur school", "meet"),
    ("ill grab u from the shops", "meet"),
    ("my older brother can drive us there", "meet"),
    ("add me on snapchat its mia_b2013", "move"),
    ("hmu on insta", "move"),
    ("lets just talk on whatsapp", "move"),
    ("do u use discord?", "move"),
    ("snap?", "move"),
    ("i can drive to ur town", "meet"),
    ("dont screenshot this", "secret"),
    ("can i come over when ur parents are out", "meet"),
    ("i'll buy u a bus ticket", "meet"),
    ("whats app me", "move"),
    ("this app sucks can u download whatsapp", "move"),
    ("can u sneak out", "meet"),
    ("msg me on kik", "move"),
    ("can we move this to telegram", "move"),
    ("dm me later ok", "move"),
    ("check your dms", "move"),
    ("text me on 07700 900123", "move"),
    ("heres my number 0412 555 019, text me", "move"),
    ("my snap is jake_11", "move"),
    ("join my discord server, ill send the invite", "move"),
    ("we should go somewhere more private to talk", "move"),
    ("wanna facetime tonight", None),
    ("lets continue on signal where no one can read it", None),
    ("don't tell your mum about me", "secret"),
    ("dont tell ur parents we talk", "secret"),
    ("this stays between you and me ok", "secret"),
    ("it's our little secret", "secret"),
    ("nobody needs to know", "secret"),
    ("ur parents wouldnt understand us", "secret"),
    ("delete our chat after you read this", "delete"),
    ("pls delete these messages", "delete"),
    ("switch on vanish mode", "delete"),
    ("lets meet up irl this weekend", "meet"),
    ("meet me outside the library at 4", "meet"),
    ("i could pick you up from school tomorrow", "meet"),
    ("come over to my place after school", "meet"),
    ("when can we meet in person", "meet"),
    # to a meeting alone; a meeting after an emoji; a phone no parent sees; Hinglish
    ("meet me by the skate park, dont bring anyone", "meet"),
    ("just come alone ok", "meet"),
    ("we should link up 🙂", "meet"),
    ("make a burner so ur mum cant see", "move"),
    ("chal snap pe baat karte hain", "move"),
    ("kal milte hain park mein", "meet"),
    # the child's number or account asked for a group, an app or a private chat named
    ("whats ur number ill add u to the group chat", "move"),
    # a visit offered; when the grown-up is away; a group of their own elsewhere; the chat "too slow"
    ("might drop by ur street one day lol", "meet"),
    ("ill cycle past after school sometime", "meet"),
    ("come round when ur dad's gone to work", "meet"),
    ("started a secret discord for us, no parents allowed", "secret"),
    ("i hate typing in here, got a number?", "move"),
    ("wanna chat on the phone tonight?", "move"),
    ("send ur cell, i'll add u on whatsapp", "move"),
    # a phone or e-mail instead of the chat: asked leave to text, someone else to ring
    ("ur a laugh, could i text u sometime?", "move"),
    ("can i facetime u", "move"),
    ("can u just text me instead, this is glitchy", "move"),
    ("e-mail me n ill send the file back", "move"),
    ("so my manager can call u tomorrow", "move"),
    # a meeting offered: come say hi, come alone
    ("im near there too, want me to come say hi?", "meet"),
    ("come say hello by the fountain", "meet"),
    ("come to the bench by the food trucks alone", "meet"),
    # a lie for the parents, the parents left out
    ("just tell ur mum im a friend from footy", "secret"),
    ("no need to involve ur dad yet", "secret"),
    ("she doesnt need to know lol", "secret"),
    # the phone kept quiet or a new account the parents dont see; the leaders left out; a lie told
    ("keep ur phone on silent so ur dad doesnt hear", "secret"),
    ("mute the notifs so ur mum doesnt see", "secret"),
    ("make a second account, ur mum reads ur old one", "secret"),
    ("dont tell the coaches ok", "secret"),
    ("tell him im from ur class", "secret"),
    ("only u and me ok", "secret"),
    # a visit asked for; a photo sent elsewhere
    ("can i come to ur house after school", "meet"),
    ("send a pic on snap instead", "move"),
    # an app in the verb, off the chat altogether, a group elsewhere, Hinglish secrecy, a place to join
    ("whatsapping u rn", "move"),
    ("facetiming you in a sec", "move"),
    ("can we talk off this game pls", "move"),
    ("starting a server with the lads on discord", "move"),
    ("mummy ko mat batana ok", "secret"),
    ("ghar wale ko kuch mat bolna", "secret"),
    ("meet ya at the main entrance", "meet"),
    ("come find me by the food court", "meet"),
    # secrecy said other ways: "say to" a parent, a cover story, the parents made the problem,
    # a grown-up asked without saying why, parents left out ("with out" typed apart)
    ("dont say to ur da i messaged u", "secret"),
    ("just say ur at mine tonight", "secret"),
    ("tell ur mum ur sleeping at jess's", "secret"),
    ("mums are so weird about stuff like that", "secret"),
    ("ask him quietly what the code is", "secret"),
    ("get it off her, no need to say why", "secret"),
    ("we can go to the arcade with out parents knowing", None),
    # an account asked for with more than following said of it
    ("whats ur snap, ill send u the clip", "move"),
    ("email me its ben_k12", "move"),
    # a meeting with the grown-ups left out still moves, whatever else is said
    ("meet me at the park sat, my mum can drive us but dont tell ur mum", None),
    # another app praised over this one; an app's name as the verb
    ("typing here is painful, discord is so much easier", "move"),
    ("haha ur actually funny we should facetime sometime", "move"),
    ("lets whatsapp instead", "move"),
    # secrecy worded other ways
    ("dont be telling ur mam about this ok", "secret"),
    ("dont show this to anyone, not even ur parents", "secret"),
    ("never send it to ur dad", "secret"),
    # something handed over in person
    ("i live near there, could bring u the skins in person", "meet"),
    # the number asked so the rest is sorted elsewhere
    ("chuck us ur number, quicker to sort the swap", "move"),
    # easier on another app; the number for a group there
    ("way easier on snap, send it there", "move"),
    ("i need ur number for the team group", "move"),
    # secrecy from home, a showing kept from a parent
    ("no need to tell anybody at home about the trial", "secret"),
    ("dont be showing ur da these pics", "secret"),
    # meeting worded loosely: an adverb between, "hang" alone, coming to hang, picking something up by hand
    ("we should deffo meet at the rink", "meet"),
    ("we should hang when im back in town", "meet"),
    ("send me ur street ill come hang", "meet"),
    ("ill give u 20 for the cards, where can i pick them up", "meet"),
    ("home alone? i can come keep u company", "meet"),
    ("just dont let ur dad see these msgs", "secret"),
    ("my @ is skyler.trades09", "move"),
    # a phone instead of the chat, "just" said; a secret till a result; a grown-up not to be asked
    ("battery low, can i just call u instead", "move"),
    ("my headset is dead, just text me", "move"),
    ("keep it secret till the results ok", "secret"),
    ("nah she wont care, dont bother asking her", "secret"),
    ("dont tell mumma papa about this", "secret"),
    ("i could come shoot hoops after school", "meet"),
    ("no need to bother him, its only a quick form", "secret"),
    ("got a spare controller, whereabouts r u, we could bring it over", "meet"),
    # a parent in Irish slang kept out; the chat hidden by a setting; a meeting for a purpose at a real place;
    # a place to go together; the sender's account to write to; friends beyond the game; a call asked for;
    # a number asked to send pictures to it
    ("dont be telling ur auld fella", "secret"),
    ("change it so ur parents cant read the messages", "secret"),
    ("lets meet for practice at the library", "meet"),
    ("we could head to the mall saturday", "meet"),
    ("dm my insta for the giveaway", "move"),
    ("we should be mates off this app", "move"),
    ("ring me after tea", "move"),
    ("send me ur number and ill text u the photos", "move"),
    # issue 12 families: a number with what comes by phone, an app's number, the rest there, a streak group
    ("give me ur digits ill text u the footy training plans", "move"),
    ("pls share ur whatsapp no for the prize", "move"),
    ("more details over on telegram", "move"),
    ("lets all start a streak gc", "move"),
    ("ill call ur home phone later, whats the number", "move"),
    ("u gotta join the new app everybodys on", "move"),
    # a meeting: alone, a thing brought home or when passing, an address for a visit, a pick-up claimed
    ("see u at the rink sat, just u ok", "meet"),
    ("i could bring the jersey round to ur house tmrw", "meet"),
    ("i might drop u some stickers when im passing", "meet"),
    ("send ur address ill cycle over", "meet"),
    ("ur mum sent me to collect u from the pool", "meet"),
    # the parent not to be phoned to check
    ("dont ring her, shes at work", "secret"),
    ("ill wait near the bakery for u", "meet"),
    ("wait outside ur school at 3", "meet"),
    # a phone or a call instead of the chat, said as what "we" can do; this chat called worse than elsewhere
    ("nice, then we can call", "move"),
    ("would be quicker if we could just text", "move"),
    ("we could vc after dinner", "move"),
    ("messenger is way better than here tbh", "move"),
    ("voice notes r easier than typing all this", "move"),
    # the child's number asked, the talk to go there; a number for a group elsewhere; Hinglish "dm kar"
    ("send me ur num n ill txt u", "move"),
    ("whats ur cell, i'll ring u", "move"),
    ("need ur number to add you in the under twelves whatsapp", "move"),
    ("accepted, ab dm karo", "move"),
    # a topic with a channel or a grown-up kept out named beside it is still a move
    ("lets talk about it somewhere else", None),
    ("we can talk about it when ur mum is asleep", "secret"),
    # an e-mail to send something to, or with talk there: still a move
    ("got an email i can send the video to?", "move"),
    ("whats ur email, we can chat there and ill share the science slides", "move"),
    # a cover story at a harmless place, a parent not to be asked or only their absence, a visit to hand something over,
    # "can we" text, a call to hop in, Hindi "them" not to be told and a place to come to
    ("just tell ur dad ur at the pool ok", "secret"),
    ("u dont need to ask her, its only a game thing", "secret"),
    ("ok but only when hes not home", "secret"),
    ("i could pop by and bring u the gift card irl", "meet"),
    ("ugh can we just call instead", "move"),
    ("done. jump on a video call later?", "move"),
    ("usko mat batana, its a surprise", "secret"),
    ("sunday park aaja, new skins dikhata hu", "meet"),
    ("come over after training, our folks arent home till 8", "meet"),
    ("insta pe follow kar, wahan baat karte hain", "move"),
    ("ok so the lessons on zoom, 5pm", "move"),
    ("way faster over email tbh", "move"),
    ("no worries ill add u on the other app", "move"),
    ("parents make it awkward. just u and me, after dinner", "secret"),
    # the sender coming to the child's part of town, or often there; a game's team met in person
    ("oh nice i can cycle over after lunch", "meet"),
    ("i'm up that way most weekends, could just say hi", "meet"),
    ("we might even bump into each other at some point haha", "meet"),
    ("lets link up irl after the tournament", "meet"),
    # a cover story for a grown-up, a video call by its short name, a secret or a message by its words
    ("just tell him ur out with a mate", "secret"),
    ("hop on a vid chat later?", "move"),
    ("bro this thing is laggy, msg me somewhere else", "move"),
    # a thing handed over at the child's home, the parent kept from knowing, a chat that deletes itself
    ("i'll bring them round myself tmrw", "meet"),
    ("whenever im near ur area ill let u know", "meet"),
    ("put me in ur phone as sam from swim so ur dad doesnt ask", "secret"),
    ("the messages vanish so nobody can see them", None),
]

#: Harmless but close: game talk, a coach, a parent, friends who already know each other.
NOT_MOVES = [
    "walk home together like always?",  # friends who meet every day
    "meet at the front like usual",  # the same
    "she does private lessons on tuesdays",  # a service, not a private channel
    "tell her to ring me when ye land",  # someone else told to call
    "whats ur number then so i can text",  # the ask alone (ASKS_PII): writers split on "so i can" and on no "u"
    "dad will post the pics in the family group",  # the family's own group
    "make sure the cake doesnt fall over",  # no grown-up kept from seeing
    "put the bag where the dog cant reach",
    "u should meet my dog shes so cute",  # the sender's dog, no meeting proposed
    "my little sis wants to follow me everywhere lol",  # ("wants" holds no app's "wa")
    "i got banned off the site for a week lol",
    # the sender keeping their own name out of the chat; a video made together
    "pls dont use my full name on here k",
    "lets film a reel together",
    "ok we should make a tiktok dance",
    # a name to be called by; an app the child named agreed to
    "u can call me bex",
    # a moderator's reassurance, a trip the parents drive to, boredom with the chat
    "you dont need to share anything more, we have the report",
    "parents drive, we all meet at the rugby club carpark at 7",
    "this group chat is so dead lol",
    "ugh this app is so dry today, nobody is online",
    "lol this group is so quiet, they all use signal now",
    "i didnt tell anyone but she found out anyway",
    "dont tell anyone, its a surprise for ur mum",
    "dont tell mum she will cry lol",
    "we went without my mum and it was fine",
    "snap works, whats ur user",
    "discord is fine for the project",
    "he got kicked off the game for a day",
    # staying where the chat is
    "ok just watch this chat for the results",
    "just check this chat on fridays",
    "ill post it in this chat when ur done",
    # a call promised once the number was given, nothing more named
    "cool, ill call u tonight",
    "grand. i'll text ya at 6:30",
    "send ur number so i can add it to the team sheet",
    "we'll surprise her with a cake on sunday",
    "no need to tell her, she already knows",
    # grown-ups arranging among themselves; a pupil who will not know an answer; a ride in the game
    "ill ring ur mum about the lift",
    "my mum said she'll text ur dad later",
    "ask her to post it in the parents group",
    "she wont know the answer either",
    "we should ride together in roblox",
    "my old phone broke",
    "wanna come to my house for tea? my mum said yes",
    "use incognito mode to find the easter egg",
    "dont tell anyone i failed the test",
    "my mum will drive down on saturday",
    "lets get off this game its boring",
    "i cleared my chat history lol",
    "i wanna hear the new song",
    "dont tell mum i broke the vase",  # a brother or a sister: the mum is theirs too
    "dont tell dad we had ice cream before dinner",
    "ill grab u from training at 5",
    "my mum can drive us to the match",
    "my bio says im a gamer",
    "look me up on the leaderboard",
    "the app with the ghost is blocked on my phone lol",
    "i can drive to the city in the game",
    "can i come over after school",
    "i'll buy u a skin",
    "download minecraft its fun",
    "i sneaked out of class lol",
    "my dad can drive to ur house to pick u up for the party",
    "add me",
    "add me back pls",
    "which server r u on",
    "lets play tmrw",
    "practice moved to the park",
    "training is at the rec on tuesday, bring ur boots",
    "join my team",
    "join my party we need one more",
    "meet me at spawn",
    "meet at the volcano in the middle of the map",
    "come to my base",
    "see you at school tomorrow",
    "dont tell me the ending!!",
    "dont tell the other team where we are",
    "it's a surprise for dad so dont tell him",
    "ur dads surprise party is sat, dont tell him",
    "yes lets call it team comet",
    "we could 4 stack tonight if ur on",
    "i deleted that game ages ago",
    "delete your old save, its broken",
    "i dont have snapchat",
    "my mum wont let me get insta",
    "my phone died lol",
    "i saw it on tiktok",
    "call me when practice ends sweetheart",
    "dinner is at 6, see you at home",
    "pick you up at the gate at 3",
    "what rank r u",
    "how many wins u got",
    "r u online",
    # a parent's pick-up at a time; an invitation a parent agreed to; a fan event; "come on"
    "ill collect you from the front office at 3:15",
    "i'll pick u up from the pool at half 5",
    "my mum says you can come to my house saturday",
    "hey its anya, mumma said u can come to my house fri, she'll ring ur mum",
    "my gran might pop round later",
    "did u make a new insta",
    "theres a meet and greet with the author at the library",
    "come on, one more round",
    # the child's number or account asked with what the asker will do with it: an ask (ASKS_PII), no move
    "whats ur number ill text u after training",
    "tell me urs so i can ring u later",
    "can i add u",  # in the same game
    "can u call me when ur done sweetie",
    "come say hi in the lobby",
    "tell ur mum im sorry about the mess",
    "put it on silent during the test",
    "just u and me on the team, duo mode in game",
    "make a new account on roblox, my old one got banned",
    "tell her im from the dentist",
    "",
    "texting u now",
    "never share personal info with strangers online",
    "mine but its private",
    "meet you at the door of the castle on the map",
    "take off here and turn left",
    "our group for maths on monday",
    # a plan the grown-ups run in the open; an account asked for only to follow (an ask, not a move)
    "wanna come to mine sat? dad says its fine, he'll ring ur mum",
    "come over to mine after school, she already texted ur mom",
    "my mum can drive us to the pool on sunday",
    "we'll grab u on the way, my dad has room",
    "whats ur tiktok i wanna follow u",
    "what's ur insta? ill share ur drawing",
    # a call promised once the number is given; a topic to talk about
    "ty!! gonna call u now",
    "for the speech just talk about ur pets and ur weekend",
    # the parents there or arranging it
    "lets bake on sunday w our mums at mine",
    "ill make sure they wait at the gate till parents arrive",
    # a kid's own parents, not made the problem
    "my parents are so strict about that lol",
    # a surprise for a parent; a sibling's or friend's everyday delete; the child's own parents' ways
    "keep it a surprise from mum, its her birthday cake",
    "delete it if u want idc",
    "my mum reads my texts sometimes lol",
    # when the parents are home, or whether they check the phone, is an ask (ASKS_PII), no move: six
    # writers of seven
    "what time does ur dad get back from work",
    "does ur mum ever look at ur messages",
    "dont bother, ill do it",
    "say thanks to ur mum for the lift",
    "ill come see the film with you",
    "what time does the match start",
    # an e-mail asked to share schoolwork
    "whats ur email id? ill share the notes for bio",
    # the call promised, or the message reported sent, once the contact is given: the move was its giving
    "got it, will ring u now now",
    "sent u a msg there",
    "done, added u",
    # an app praised for something else; a snap of a photo; a gift given in person by a parent
    "tiktok is way better for memes",
    "we should snap a pic of the sunset",
    "my mum will give u the present in person at the party",
    "dont share this with anyone, its my surprise for jess",
    # a game's hang or meet; a teacher's word about home; better on a console
    "we should hang in the lobby after this round",
    "ill come hang in ur server later",
    "ill come hang in the lobby after this",
    "the graphics are way better on xbox",
    "come to my house party in game at 5",
    "we can hang at lunch tho",
    "dont let her see the present before sunday",
    # a call promised after something of the day; staying on here; a surprise kept till the day
    "cool ill text u after training",
    "sure we'll talk on here then",
    "keep it secret till her party",
    "where r u, ill bring the ball over",
    # staying where the chat is; a meeting the parent set
    "nope just text me on here",
    "mom said meet at the gate with her at 3",
    "my dad says we can walk there after lunch",
    # issue 12 near misses: a parent's pick-up at a time, a thing brought to school, a number asked alone
    "dad asked me to pick u up at 4 from the gate",
    "i can bring it to school tmrw",
    "whats his number ill save it",
    # a name given, someone else rung; "better than" something else than this chat
    "we can call it team pancake",
    "we can call it a night lol",
    # a topic to talk about, no channel named: not where the talk goes
    "we never talk about the last match",
    "board games we can talk about next lesson",
    # an e-mail asked to share schoolwork to it
    "send ur gmail, ill share the maths slides",
    "whats ur mail id, i'll share the drive folder",
    "this level is better than the last one",
    "the new app update is so bad",
    # "was" is no app; a pick-up's place to wait told by a grown-up; a thing sent to an inbox, arriving later
    "her serve was way better today",
    "wait at the side entrance not the car park ok",
    "sent, check ur inbox in an hour",
    # a draw called, a parent's plan told, the game's voice chat
    "can we call it a draw",
    "my mum said i dont need to ask her before i play",
    "hop in vc for the raid",
    "come over sat, my mum will be home and shes making pizza",
    "is anyone home in the day to grab the parcel or just u",
    "its just u and me left in the round lol",
    # a profile asked for alone is an ask (ASKS_PII), not a move; a greeting passed on; the way in a game
    "omg ur drawings are so good, whats ur insta",
    "say hi to ur nan for me",
    "i can walk over to the portal in game",
    # a present hidden, a parcel brought by someone else
    "wrap it so she wont see it",
    "the coach will drop them off in person",
    # a sport played in real life, a friend's invitation agreed, small talk about a place
    "u play irl too or just online?",
    "my aunt said i can come over sunday yay",
    "i'm down there loads with my cousins",
]


@pytest.mark.parametrize(("text", "detail"), MOVES)
def test_finds_a_move_off_the_platform(text, detail):
    found = scan_checked(SCANNER, text)
    assert found, "missed a move"
    assert all(f.kind is Kind.OFF_PLATFORM for f in found)
    if detail is not None:
        assert detail in {f.detail for f in found}


@pytest.mark.parametrize("text", NOT_MOVES)
def test_stays_quiet_on_harmless_chat(text):
    assert scan_checked(SCANNER, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("lol ok. add me on snap! its fun", "add me on snap"),
        ("sure but dont tell ur mum ok", "dont tell ur mum"),
        ("great game. lets meet irl sometime?", "lets meet irl sometime"),
    ],
)
def test_the_finding_spans_the_moving_phrase(text, span):
    (found,) = scan_checked(SCANNER, text)
    assert found.text == span


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("add me on snap", Severity.MEDIUM),
        ("delete this chat", Severity.MEDIUM),
        ("dont tell ur dad", Severity.HIGH),
        ("lets meet irl", Severity.HIGH),
    ],
)
def test_secrecy_and_meeting_are_high_on_their_own(text, severity):
    decided, _ = decide(scan_checked(SCANNER, text), Settings())
    assert [f.severity for f in decided] == [severity]
    assert decided[0].message and "grown-up" in decided[0].message
