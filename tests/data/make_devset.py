"""Generate ``tests/data/devset.jsonl``: a hand-labelled dev set of kid-style posts.

Every post below is written by hand for leakscan. All children, names, places, schools,
streets, phone numbers, e-mails, handles and links are fictional (phone numbers come from the
ranges reserved for fiction: US 555-01xx, UK 07700 900xxx, AU 0491 570 xxx). A few posts mention
famous people or places; they are tagged ``public`` so a benchmark can report them separately.
They are clean near-misses: a famous name is not a leak (``../shared/BLIND-SETS.md``); the first
version labelled them PERSON/LOCATION/ORG, which counted leakscan's intended silence as misses.
Nothing here is copied from the shared corpora.

Markup: a labelled span is written inline as ``[LABEL:text]``, e.g.
``"call me [PHONE:five five five oh one two three] k"``. Brackets inside a span are allowed as
long as they balance (``[EMAIL:lily[at]yahoo(dot)com]``); a ``[`` that is not followed by a
known ``LABEL:`` is plain text. The script strips the markers and computes character offsets
(Python ``str`` indices, end exclusive) so that ``text[start:end]`` is exactly the span.

Each post is ``(marked_text, "manual tags")``. Tags added automatically: the lower-cased label
names present, ``clean`` (no spans), ``lowercase`` (no upper-case letter), ``caps`` (mostly
upper-case), ``emoji``, ``multi`` (two or more kinds). Manual tags: ``trap`` (looks like a leak
but the marked spans are the only leaks - for clean posts, nothing is), ``evasion``, ``spelled``
(digits written as words), ``spaced``, ``unicode``, ``obfuscated``, ``public``, ``ambiguous``.

Ids are positional (``dev-0001`` ...): append new posts at the end so ids stay stable.

Labelling conventions:

- PHONE: the whole number incl. spelled-out words, not the cue ("call me").
- EMAIL: the whole address incl. obfuscation ("jakey11 at hotmail dot com").
- HANDLE: the username incl. a leading @ or trailing #1234, not the platform word.
- URL: the link.
- PERSON: name tokens only, no title or relation ("mrs [PERSON:patterson]", "my sister [PERSON:lily]").
  Pets and game/book characters are not people. Famous people, teams and far-away places are not
  labelled (tag ``public``): they do not give a child away.
- LOCATION: towns, neighbourhoods, parks, malls, pools, beaches, named shops/venues, and a street
  named without a house number ("i live on [LOCATION:maple street]"). No leading "the".
- ADDRESS: house number + street (+ flat/unit, town, postcode when contiguous), or a bare
  postcode/zip in an address context ("my zip is [ADDRESS:62704]").
- SCHOOL: the school name with its suffix as written ("[SCHOOL:oakwood middle school]").
- AGE: the age expression without "I'm" ("[AGE:11]", "[AGE:11 yo]", "[AGE:turning thirteen]",
  "[AGE:5th grade]", "[AGE:year 6]"); any person's age (sibling too), never a pet's or a thing's.
- DATE_OF_BIRTH: the date only, when it is a birthday ("[DATE_OF_BIRTH:march 3rd]"), also a
  named day ("halloween") or a birth year ("born in [DATE_OF_BIRTH:2013]"). Relative birthdays
  ("its my bday today") are not labelled.
- ORG: clubs, teams, troops, churches, a parent's workplace; no leading "the". Brands/apps/games
  used as products (roblox, snap, mcdonalds) are not labelled.

Run ``python tests/data/make_devset.py`` to rewrite the JSONL, ``--check`` to verify it is current.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

LABELS = (
    "PERSON",
    "LOCATION",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "SCHOOL",
    "AGE",
    "DATE_OF_BIRTH",
    "HANDLE",
    "URL",
    "ORG",
)

# fmt: off
POSTS: list[tuple[str, str]] = [
    # ---- batch 1 -------------------------------------------------------------------------
    ("heyy its [PERSON:lily] lol im [AGE:11] and i go to [SCHOOL:lincoln elementary] 🦄", ""),
    ("call me [PHONE:five five five oh one two three] k dont tell my mom", "evasion spelled"),
    ("my snap is [HANDLE:jakeyboi11] add me!!!", ""),
    ("email me at [EMAIL:jakey11 at hotmail dot com] i cant text rn", "evasion obfuscated"),
    ("me and [PERSON:jake] at [LOCATION:riverside park] rn come thru", ""),
    ("mrs [PERSON:patterson] gave us sooo much homework ugh i hate fractions", ""),
    ("coach [PERSON:dave] said we made the team!!! [ORG:riverside rovers] 4 life ⚽⚽", ""),
    ("my bday is [DATE_OF_BIRTH:march 3rd] and ill be [AGE:twelve] 🎂🎂 u better come", "spelled"),
    ("i live at [ADDRESS:42 oak street] its the blue house w the trampoline", ""),
    ("text me [PHONE:(217) 555-0134] after 6 my mom takes my phone at dinner", ""),
    ("my insta is [HANDLE:@mia.dances] follow me pls 💕💕", ""),
    ("discord: [HANDLE:shadowfox#4412] add me we can play minecraft tonite", ""),
    ("add me on fortnite [HANDLE:GalaxyKid_77] im cracked fr", ""),
    ("my roblox is [HANDLE:xXNinjaCatXx] join me in adopt me", ""),
    ("whats up im [PERSON:ava] im in [AGE:6th grade] at [SCHOOL:maple grove middle] its ok i guess", ""),
    ("omg my mom works at [ORG:oakridge dental] and she can get us free toothbrushes lol", ""),
    ("i just moved to [LOCATION:springfield] i dont know anyone here 😢😢", ""),
    ("my zip is [ADDRESS:62704] so u can order the pizza", ""),
    ("we live in [ADDRESS:flat 3, 27 victoria road] its so small i share a room w my brother", ""),
    ("text [PHONE:07700 900123] its my new number", ""),
    ("my num is [PHONE:0491 570 156] ring me after footy", ""),
    ("my number [PHONE:2 1 7 five five five 0 1 9 9] dont give it to anyone", "evasion spelled spaced"),
    ("its [PHONE:555.0142] call after school", "evasion"),
    ("my number is [PHONE:５５５-０１６７] lol my keyboard is being weird", "evasion unicode"),
    ("new phone!!! [PHONE:oh seven seven double oh nine double oh four five six] text meee", "evasion spelled"),
    ("[EMAIL:emma.j2013@gmail.com] is my email for the minecraft server", ""),
    ("email me [EMAIL:lily_m2014[at]yahoo(dot)com] for the science project", "evasion obfuscated"),
    ("im [PERSON:chloe] from [LOCATION:brookhaven] 🐴🐴 i ride horses every saturday", ""),
    ("going to [LOCATION:westfield mall] w [PERSON:sophie] and [PERSON:maya] at 2 who wants to come", "trap"),
    ("my address is [ADDRESS:1187 elm st apt 4b] if u want to send me the card", ""),
    ("our new house is [ADDRESS:9 birch lane, maplewood] come visit!!!", ""),
    ("born [DATE_OF_BIRTH:14/02/2013] so im a valentines baby 💘", ""),
    ("my birthday is on [DATE_OF_BIRTH:july 22] pls come to my party at [LOCATION:splash zone waterpark]", ""),
    ("[AGE:12 yo] gamer girl 🎮 [HANDLE:@pixelpanda_12] on tiktok", ""),
    ("i am [AGE:eleven years old] and i like cats and drawing and cats", "spelled"),
    ("im in [AGE:year 6] at [SCHOOL:st mary's primary] in [LOCATION:elmstead]", ""),
    ("[AGE:turning thirteen] next week!!!! teenager finally 😎", "spelled"),
    ("my sister [PERSON:lily] is so annoying she took my ipad AGAIN", ""),
    ("[PERSON:emma johnson] is my bff forever 💖💖💖", ""),
    ("i go to [SCHOOL:PS 412] its right by [LOCATION:kestrel park]", ""),
    ("pls subscribe to my channel [URL:youtube.com/@minecraftmax2013] i only have 12 subs", "trap"),
    ("join my server [URL:https://discord.gg/k7Hx9Qa2] we have pets and stuff", ""),
    ("my mom runs [ORG:sunny days daycare] on [LOCATION:cherry street] so i go there after school", ""),
    ("[ORG:blue dolphins swim club] practice at [LOCATION:oakridge pool] every tuesday n thursday 🏊", ""),
    ("hiii im [PERSON:zoe] im [AGE:9] from [LOCATION:cedarville] i love slime", ""),
    ("CALL ME [PHONE:555 0188] NOWWWW ITS AN EMERGENCY (not really lol)", ""),
    ("my bday [DATE_OF_BIRTH:10/9/2014] 🎂 what zodiac is that", ""),
    ("my email [EMAIL:noahplays12 @ gmail . com] i put spaces so bots dont get it lol", "evasion obfuscated"),
    ("add [HANDLE:kittykat_2012] on snap i post my hamster", ""),
    ("tiktok: [HANDLE:@slime.queen.ella] 500 followers goal!!", "trap"),
    ("psn name [HANDLE:DarkWolf_1122] send me a friend request", ""),
    ("me [PERSON:tyler] and [PERSON:marcus] r going to [LOCATION:elm park skatepark] after school", ""),
    ("my teacher mr [PERSON:huang] is the best teacher at [SCHOOL:oakwood middle school]", ""),
    ("we r at [LOCATION:sunset beach] come find us by the lifeguard tower 🏖️", ""),
    ("whatsapp me [PHONE:+44 7700 900871]", ""),
    ("my dad works at [ORG:hendersons hardware] on [LOCATION:main st] come say hi", ""),
    ("[AGE:13] | [LOCATION:oakridge] | [SCHOOL:lakeside high] | snap [HANDLE:maddie.b13] 🌸", ""),
    ("my number is [PHONE:5 5 5 - 0 1 7 3] lol", "evasion spaced"),
    ("omg [PERSON:grace] and i are making slime at her house on [ADDRESS:14 willow court]", "trap"),
    ("WE WON 3-2!!!! [ORG:cedarville cobras] R THE BEST text me [PHONE:555-0150] for the party", "trap"),
    # clean, batch 1
    ("we won 3-2 lets gooooo ⚽🔥", "trap"),
    ("final score 21-14 we got destroyed lol", "trap"),
    ("meet at 3:30 by the swings ok", "trap"),
    ("it was only $12.99 on sale i had to get it", "trap"),
    ("minecraft update 1.20.4 is out!!! the new mobs r so cool", "trap"),
    ("the isbn for the book report is 978-1-4028-9462-6 idk why we need it", "trap"),
    ("my order number is 112-4456789-3321 and it still hasnt come 😤", "trap"),
    ("im on level 55 in subway surfers", "trap"),
    ("i got 1500000 points in tetris beat that", "trap"),
    ("the math test is on march 3rd i am so dead", "trap"),
    ("im 100% sure the answer is b", "trap"),
    ("im 5 minutes away wait for meee", "trap"),
    ("got a grade A on my spelling test!!!! ⭐", "trap"),
    ("cant play till after school", "trap"),
    ("my school is so boring today we just watched a video", "trap"),
    ("high school musical is the best movie ever dont @ me", "trap"),
    ("add me on fortnite later i gotta eat", "trap"),
    ("whos @ the park rn", "trap"),
    ("im at home bored lol", "trap"),
    ("happy birthday!!! 🎉🎂🎁 have the best day", "trap"),
    ("my insta is private sorry", "trap"),
    ("will u come to the sleepover or not", "trap"),
    ("may i borrow ur charger pls", "trap"),
    ("summer holidays cant come soon enough ☀️", "trap"),
    ("we have to say grace before dinner at my grandmas lol", "trap"),
    ("i have 555 subscribers now thank u guys sm", "trap"),
    ("ps i love this song sm", "trap"),
    ("may the 4th be with you 🚀", "trap"),
    ("the bus comes at 7:45 and i always miss it", "trap"),
    ("page 42 i stopped reading there", "trap"),
    ("im 5'2 now my mom measured me", "trap"),
    ("my dog is 3 years old today 🐶🎂", "trap"),
    ("what is ur snap", "trap"),
    ("my number is a secret lol", "trap"),
    ("i got 2nd place in the spelling bee 🥈", "trap"),
    ("we r in the 5th round of the tournament", "trap"),
    ("the year 2050 will have flying cars fr", "trap"),
    ("pi is 3.14159265358979 i memorized it", "trap"),
    ("lol 10/10 would play again", "trap"),
    ("mix 1/2 cup glue and 1 tbsp activator for slime", "trap"),
    # ---- batch 2 -------------------------------------------------------------------------
    ("my numbers [PHONE:555-O1-44] (thats an O not a zero lol)", "evasion"),
    ("text me [PHONE:two one seven, five five five, zero one six six] ok", "evasion spelled"),
    ("my moms cell is [PHONE:555-0107] if u need to ask her about the sleepover", ""),
    ("[PHONE:triple 5 0 1 3 3] call meee", "evasion spelled"),
    ("my numberrr [PHONE:5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣9️⃣] 😝", "evasion unicode"),
    ("ring [PHONE:07700-900-311] after 4", ""),
    ("aussie number [PHONE:0491570157] txt me mate", ""),
    ("its [PHONE:+61 491 570 158] my mum got me a new sim", ""),
    ("call [PHONE:(312)555-0192] its my house phone", ""),
    ("my phone is [PHONE:555 zero one 9 8]", "evasion spelled"),
    ("number: [PHONE:555 01 double 2]", "evasion spelled"),
    ("TEXT ME [PHONE:FIVE FIVE FIVE ZERO ONE FOUR FOUR] LOLOL", "evasion spelled"),
    ("my number is [PHONE:555 dash oh one seven seven]", "evasion spelled"),
    ("my new num [PHONE:07700 nine double zero 618] dont share", "evasion spelled"),
    ("if u get lost call my dad [PHONE:217.555.0115]", "evasion"),
    ("my email is [EMAIL:sk8rboi.dan(at)outlook(dot)com] send me the pics from the skatepark", "evasion obfuscated"),
    ("email [EMAIL:bella2012 at gmail] its my new one", "evasion obfuscated"),
    ("MY EMAIL IS [EMAIL:MAXGAMER2013@YAHOO.COM] FOR THE CLAN", ""),
    ("send the invite to [EMAIL:rainbow.unicorn.ivy@icloud.com] 🦄🌈", ""),
    ("email me its [EMAIL:lucas dot p dot 2012 at gmail dot com]", "evasion obfuscated"),
    ("my email [EMAIL:ｊａｃｋ．ｍ２０１２＠ｇｍａｉｌ．ｃｏｍ] i found a cool font", "evasion unicode"),
    ("[EMAIL:tom_the_dino@hotmail.co.uk] is my email for dino club", ""),
    ("email me on [EMAIL:priya.k.2013 AT gmail DOT com] pls", "evasion obfuscated"),
    ("my old email was [EMAIL:ella123@aol.com] but i forgot the password", ""),
    ("[EMAIL:benjiboy{at}gmail{dot}com] thats my email", "evasion obfuscated"),
    (
        "my moms email is [EMAIL:jen.ramirez.1984@gmail.com] she said u can email her about the playdate",
        "",
    ),
    ("my email is [EMAIL:coolkid_88 at gmail.com] dont spam me", "evasion obfuscated"),
    ("[EMAIL:harperskates@protonmail.com] email me the minecraft seed", ""),
    ("im at [ADDRESS:twenty two maple ave] come get me", "spelled"),
    ("my postcode is [ADDRESS:M14 5RT] for the secret santa thing", ""),
    ("party at mine!!! [ADDRESS:3 kingfisher close] saturday 2pm bring a swimsuit", "trap"),
    ("our address is [ADDRESS:unit 5/18 banksia st, cedarville nsw 2150]", ""),
    ("SEND IT TO [ADDRESS:88 LINCOLN AVE] PLSSS", "trap"),
    ("im at [ADDRESS:506 s pine rd] come over my parents r out", ""),
    ("my grandmas house is [ADDRESS:7 sunnyside drive] we go every sunday", ""),
    ("my address [ADDRESS:1500 w harbor blvd #12]", ""),
    ("my zip code is [ADDRESS:30318] is that close to u", ""),
    ("i live on [ADDRESS:44b church lane] next to the chip shop", ""),
    ("my house is [ADDRESS:2 0 5 chestnut st] the one w the red door", "evasion spaced"),
    ("mail me a letter!! [ADDRESS:31 rosewood terrace, elmstead, EL4 7QP]", ""),
    ("i live on [LOCATION:maple street] by the big oak tree", ""),
    ("first day at [SCHOOL:hillcrest academy] tmrw im so nervous 😬", ""),
    ("anyone else go to [SCHOOL:riverside elementary school]?? im in mrs [PERSON:kowalski]s class", ""),
    ("[SCHOOL:willow creek primary] is having a bake sale come buy my cupcakes 🧁", ""),
    ("i hate [SCHOOL:jefferson middle] the lunch is gross", ""),
    ("my school is [SCHOOL:st. joseph's catholic school] we have to wear uniforms 🙄", ""),
    ("sports day at [SCHOOL:greenfield junior school] i won the egg and spoon race!!", ""),
    ("i go to [SCHOOL:MS 207] its near [LOCATION:dover park]", ""),
    ("cant wait to go to [SCHOOL:northview high school] next year", ""),
    ("anyone from [SCHOOL:cedarville elementary] in [AGE:4th grade] wanna be friends", ""),
    ("i got detention at [SCHOOL:kingsbridge academy] lol oops", ""),
    ("[SCHOOL:holy trinity c of e primary] nativity play tonite im a sheep 🐑", ""),
    ("i go to [SCHOOL:oakwood] now not [SCHOOL:pinehurst] anymore", "ambiguous"),
    ("[SCHOOL:WILLOWBROOK MIDDLE] GO WOLVES 🐺🐺", ""),
    ("[SCHOOL:bramley park primary] has the best playground", ""),
    ("im [AGE:10 and a half] actually so dont call me a baby", ""),
    ("[AGE:12 y/o] just vibing 🎧", ""),
    ("age: [AGE:11]  likes: cats, roblox, pizza", ""),
    ("IM [AGE:TEN] AND IM NOT A BABY", "spelled"),
    ("my little brother [PERSON:sam] is [AGE:6] and he keeps copying me", ""),
    ("i'm in [AGE:grade 7] at [SCHOOL:glenmore middle school] in [LOCATION:calder heights]", ""),
    ("[AGE:11yo] looking for friends to play minecraft w", ""),
    ("im only [AGE:8] but im really good at fortnite", ""),
    ("finally [AGE:13 years old] 🎉 now i can get tiktok", ""),
    ("im [AGE:turning 10] on saturday!! party at [LOCATION:bounce world]", ""),
    ("my birthday is [DATE_OF_BIRTH:dec 5] dont forget", ""),
    ("i was born on the [DATE_OF_BIRTH:4th of june] same as my cousin", ""),
    ("born [DATE_OF_BIRTH:2013-08-19] lol my mom made me fill in a form", ""),
    ("my bday: [DATE_OF_BIRTH:9th april 2012]", ""),
    ("my bday is on [DATE_OF_BIRTH:halloween] 🎃 so my party is always costumes", "ambiguous"),
    ("bday [DATE_OF_BIRTH:jan 30 2014] 🎂 so im [AGE:10] now", ""),
    ("its my birthday on [DATE_OF_BIRTH:11.11.2013] make a wish 🌟", ""),
    ("my birthday is [DATE_OF_BIRTH:sept 1st] the first day of school 😭", ""),
    ("i was born on [DATE_OF_BIRTH:christmas eve] so i get double presents", "ambiguous"),
    ("my birthday is [DATE_OF_BIRTH:feb twenty second] and ill be [AGE:11]", "spelled"),
    ("bday [DATE_OF_BIRTH:05/17] 🥳 sleepover at [PERSON:mia]s", ""),
    ("my birthday is [DATE_OF_BIRTH:may 12th]!!!", "trap"),
    ("i was born in [DATE_OF_BIRTH:2013] so im [AGE:11]", "ambiguous"),
    ("MY BIRTHDAY IS [DATE_OF_BIRTH:AUGUST 8TH] IM SO EXCITED", ""),
    ("my twitch is [HANDLE:blazekid_2012] come watch me stream", ""),
    ("add me on roblox [HANDLE:bubblegum_unicorn99]", ""),
    ("minecraft username [HANDLE:CreeperSlayer_X] join my realm", ""),
    ("insta [HANDLE:@lola.gymnast] 🤸‍♀️", ""),
    ("my discord is [HANDLE:moonlight.owl] now i changed it", ""),
    ("sc: [HANDLE:ryan_dunk23] 🏀", ""),
    ("my brawl stars friend code is [HANDLE:#8YQL20VR] lol", "ambiguous"),
    ("follow [HANDLE:@noah_builds] on tiktok i do lego builds", ""),
    ("my xbox gamertag is [HANDLE:SilentStorm 4821]", ""),
    ("dm me on discord [HANDLE:pixelbyte#0923]", ""),
    ("im [HANDLE:its_ava_xo] on snapchat", ""),
    ("[PERSON:oliver] [PERSON:harry] and me r at [LOCATION:greenfield rec centre] playing dodgeball", ""),
    ("my cousin [PERSON:aiden] lives in [LOCATION:port haven] we visit every summer", "trap"),
    ("[PERSON:will] is coming over to play xbox", "trap"),
    ("me and [PERSON:summer] r best friends 💗", "trap"),
    ("[PERSON:may] sits next to me in class she is so nice", "trap"),
    ("ms [PERSON:okafor] is the nicest teacher ever", ""),
    ("does anyone know [PERSON:jayden williams] from [LOCATION:northgate]", ""),
    ("at [LOCATION:rollerworld] rn w [PERSON:ella] 🛼", ""),
    ("camping at [LOCATION:pine lake] this weekend no wifi 😭", ""),
    ("[LOCATION:STONEBRIDGE] IS SO BORING NOTHING TO DO", ""),
    ("waiting for my mom outside [LOCATION:kwikmart] on [LOCATION:dover road]", ""),
    ("my nana [PERSON:rosa] makes the best tamales", ""),
    ("uncle [PERSON:mike] took us to [LOCATION:funland arcade] 🕹️", ""),
    ("we moved from [LOCATION:ashford] to [LOCATION:millbrook] and i miss my friends", ""),
    ("watch my slime vid [URL:tiktok.com/@ellaslimes/video/7301234567890]", ""),
    ("[URL:https://www.twitch.tv/blazekid_2012] live now!!!", ""),
    ("look at my game!!! [URL:https://scratch.mit.edu/users/coder_kid_2013/]", ""),
    ("heres where my party is [URL:https://maps.app.goo.gl/Xy7Qa9kLp2] be there at 3", "trap"),
    ("rsvp here [URL:https://forms.gle/partyRSVPella11]", ""),
    ("my shop [URL:bit.ly/mias-slime-shop] 5 dollars each", "trap"),
    ("[ORG:troop 214] cookie sale outside the grocery store today 🍪", ""),
    ("my dad is a firefighter at [ORG:maplewood fire department]", ""),
    ("[ORG:lightning gymnastics academy] meet on saturday i have a floor routine 🤸", ""),
    ("we go to [ORG:st luke's church] every sunday", ""),
    ("[ORG:northside cubs] baseball game 5pm we play [ORG:eastfield tigers]", "trap"),
    ("my mum works at [ORG:greenway vets] she saw a snake today 🐍", ""),
    ("taylor swift is the best singer ever no debate", "public"),
    ("i want to go to paris someday and see the eiffel tower", "public"),
    ("mrbeast should give me a million dollars lol", "public"),
    ("we're going to disneyland in the summer!!!", "public trap"),
    ("real madrid is better than everyone", "public"),
    ("messi is the goat 🐐", "public"),
    ("billie eilish new song is so good", "public"),
    ("i wish i lived in japan the snacks look so good", "public"),
    ("did u see simone biles flip omg", "public"),
    ("london looks so cool in movies", "public"),
    (
        "hi im [PERSON:ruby] im [AGE:10] my bday is [DATE_OF_BIRTH:june 9] i go to [SCHOOL:sandpiper elementary]"
        " and i live in [LOCATION:crestwood] text me [PHONE:555-0171]",
        "",
    ),
    ("NEW PHONE NUMBER [PHONE:07700 900 442] NEW SNAP [HANDLE:benny.b.2013] NEW ME 😎", ""),
    ("pls dont tell anyone but my real name is [PERSON:olivia grant] and i live at [ADDRESS:18 heron way]", ""),
    (
        "anyone wanna meet at [LOCATION:lakeview mall] food court saturday at 1:30 im the one w pink hair lol",
        "trap",
    ),
    ("me n [PERSON:dylan] walk home from [SCHOOL:birchwood primary] down [LOCATION:hawthorn lane] every day", ""),
    # clean, batch 2
    ("call me later lol", "trap"),
    ("text me when ur home", "trap"),
    ("my mom said no sleepover 😭", "trap"),
    ("its 2024 and my mom still doesnt let me have tiktok", "trap"),
    ("gg 10-0 easy", "trap"),
    ("its 22 degrees and sunny ☀️", "trap"),
    ("counting to 100 1 2 3 4 5 6 7 8 9 10 ok im bored", "trap"),
    ("my high score is 2 1 7 5 5 5 0 on flappy bird", "trap"),
    ("gift card code 4HG7-22K9-PLM3 didnt work 😡", "trap"),
    ("the movie is pg-13 my mom wont let me watch it", "trap"),
    ("12 days till christmas!!! 🎄", "trap"),
    ("im in the car going to my grandmas", "trap"),
    ("im so done with homework", "trap"),
    ("my teacher is so mean she gave us a pop quiz", "trap"),
    ("follow for follow??", "trap"),
    ("dm me", "trap"),
    ("the email from school said no homework this week yay", "trap"),
    ("@everyone get on roblox NOW", "trap"),
    ("i have 3 siblings and they are all loud", "trap"),
    ("jan 1st is new years duh", "trap"),
    ("i need 400 more robux for the skin", "trap"),
    ("happy st patricks day 🍀 wear green or get pinched", "trap"),
    ("whats ur discord", "trap"),
    ("my birthday is soon!!! i want a hamster", "trap"),
    ("1st place!!!! 🥇🥇", "trap"),
    ("april fools was so funny my brother fell for it", "trap"),
    ("my mom is a nurse and she works nights", "trap"),
    ("chapter 11 is so sad i cried", "trap"),
    ("june is my favorite month bc no school", "trap"),
    ("i want a rose gold phone case", "trap"),
    ("i got a 95 on the math test!!!", "trap"),
    ("im so tired i stayed up till 11", "trap"),
    ("brb 10 min dinner", "trap"),
    ("its 50/50 if i can come", "trap"),
    ("2+2=4 minus 1 thats 3 quick maths", "trap"),
    ("i dont have a phone yet 😭 maybe when im older", "trap"),
    ("this game is rated 12+ lol", "trap"),
    ("room 101 has the best bean bags", "trap"),
    ("my alarm is at 06:45 every day ugh", "trap"),
    ("the wifi is so slow at my house", "trap"),
    ("HAPPY BIRTHDAY TO ME 🎉🎉🎉", "trap"),
    ("bought 2 packs of pokemon cards for $4.50 each", "trap"),
    ("i live in a house with a big garden", "trap"),
    ("my best friend moved away 😢", "trap"),
    ("we r playing hide and seek at school tomorrow", "trap"),
    ("i was born in the hospital lol where else", "trap"),
    ("my phone number changed so msg me on here", "trap"),
    ("1v1 me rust 3:00", "trap"),
    ("v2.3.1 patch notes r out", "trap"),
    ("the score was 101 to 99 in overtime 🏀", "trap"),
    ("im 4 real this time", "trap"),
    ("top 10 saddest anime deaths", "trap"),
    ("ok ok ill be there in like 2 hours", "trap"),
    ("my tooth fell out and the tooth fairy gave me $2", "trap"),
    ("anyone else watching the eclipse on 8/12", "trap"),
    ("mum says we cant go to the pool today 😭", "trap"),
    ("lol thats so random", ""),
    ("who else is bored in class", ""),
    ("my cat is called pickles and she is 2", "trap"),
    ("steve from minecraft is my favorite character", "trap"),
]
# fmt: on

# Fictional phone ranges, checked on the digits of every PHONE span.
FICTIONAL_PHONE_DIGITS = ("55501", "7700900", "49157")
MIN_PER_LABEL = {
    "PHONE": 15,
    "EMAIL": 15,
    "ADDRESS": 15,
    "SCHOOL": 15,
    "AGE": 15,
    "DATE_OF_BIRTH": 15,
    "HANDLE": 15,
    "PERSON": 15,
    "LOCATION": 15,
    "URL": 5,
    "ORG": 5,
}

_MARK = re.compile(r"\[(" + "|".join(LABELS) + r"):")
_NUM_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEAT = {"double": 2, "triple": 3}


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``[LABEL:...]`` markers from ``marked``; return the plain text and its spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    while True:
        m = _MARK.search(marked, pos)
        if m is None:
            out.append(marked[pos:])
            break
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        depth = 1
        i = m.end()
        while depth:
            if i >= len(marked):
                raise ValueError(f"unclosed marker in {marked!r}")
            if marked[i] == "[":
                if _MARK.match(marked, i):
                    raise ValueError(f"nested marker in {marked!r}")
                depth += 1
            elif marked[i] == "]":
                depth -= 1
            i += 1
        value = marked[m.end() : i - 1]
        if not value or value != value.strip():
            raise ValueError(f"empty span or span with outer whitespace in {marked!r}")
        spans.append({"start": length, "end": length + len(value), "label": m.group(1)})
        out.append(value)
        length += len(value)
        pos = i
    return "".join(out), spans


def phone_digits(value: str) -> str:
    """The digits a phone span spells, reading number words, ``double``/``triple`` and Unicode digits."""
    digits: list[str] = []
    repeat = 1
    for tok in re.findall(r"[a-z]+|\d", unicodedata.normalize("NFKC", value).lower()):
        if tok in _REPEAT:
            repeat = _REPEAT[tok]
            continue
        digit = tok if tok.isdigit() else _NUM_WORDS.get(tok)
        if digit is not None:
            digits.append(digit * repeat)
        repeat = 1
    return "".join(digits)


def auto_tags(text: str, spans: list[dict]) -> list[str]:
    """Tags computed from the post itself."""
    tags = sorted({s["label"].lower() for s in spans})
    if not spans:
        tags.append("clean")
    if len({s["label"] for s in spans}) >= 2:
        tags.append("multi")
    letters = [c for c in text if c.isalpha()]
    if not any(c.isupper() for c in letters):
        tags.append("lowercase")
    elif len(letters) >= 5 and sum(c.isupper() for c in letters) / len(letters) >= 0.6:
        tags.append("caps")
    if any(unicodedata.category(c) == "So" and ord(c) > 0x2000 for c in text):
        tags.append("emoji")
    return tags


def build() -> list[dict]:
    """Parse every post, validate it, and return the JSONL records."""
    records: list[dict] = []
    seen: set[str] = set()
    for n, (marked, manual) in enumerate(POSTS, start=1):
        text, spans = parse(marked)
        if text in seen:
            raise ValueError(f"duplicate post {text!r}")
        seen.add(text)
        for s in spans:
            value = text[s["start"] : s["end"]]
            if s["label"] == "PHONE" and not any(p in phone_digits(value) for p in FICTIONAL_PHONE_DIGITS):
                raise ValueError(f"phone not in a fictional range: {value!r}")
        if "clean" in manual.split() or (spans and "public" in manual.split()):
            raise ValueError(f"'clean' is computed, and famous names are not leaks: {marked!r}")
        tags = auto_tags(text, spans) + [t for t in manual.split() if t]
        records.append({"id": f"dev-{n:04d}", "text": text, "spans": spans, "tags": tags})
    return records


def stats(records: list[dict]) -> dict:
    """Counts per label (spans and posts), clean posts, traps."""
    spans = Counter(s["label"] for r in records for s in r["spans"])
    posts = Counter(lbl for r in records for lbl in {s["label"] for s in r["spans"]})
    return {
        "posts": len(records),
        "clean": sum(1 for r in records if not r["spans"]),
        "trap": sum(1 for r in records if "trap" in r["tags"]),
        "clean_trap": sum(1 for r in records if not r["spans"] and "trap" in r["tags"]),
        "evasion": sum(1 for r in records if "evasion" in r["tags"]),
        "public": sum(1 for r in records if "public" in r["tags"]),
        "spans": dict(sorted(spans.items())),
        "posts_per_label": dict(sorted(posts.items())),
    }


def render(records: list[dict]) -> str:
    """JSONL text, one record per line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    """Write (or ``--check``) devset.jsonl next to this script."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if devset.jsonl is not up to date")
    ap.add_argument("--strict", action="store_true", help="also enforce the per-label minimums")
    args = ap.parse_args(argv)
    records = build()
    for r in records:  # belt and braces: offsets round-trip
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]].strip() == r["text"][s["start"] : s["end"]]
    st = stats(records)
    short = {k: v for k, v in MIN_PER_LABEL.items() if st["spans"].get(k, 0) < v}
    if args.strict and short:
        print(f"below minimum: {short}", file=sys.stderr)
        return 1
    out = Path(__file__).with_name("devset.jsonl")
    data = render(records)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != data:
            print(f"{out} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        out.write_text(data, encoding="utf-8")
    print(json.dumps(st, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
