"""The ASKS_PII scanner: someone asking a child for personal details or a revealing photo.

Every line here is made up, and worded apart from the templates the model is trained on
(``models/chat_intent_data.py``). The real model is loaded. How the whole chat scores, both
kinds together, is checked on the dev chats (``tests/data/chats-dev.jsonl``) at the end.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from conftest import scan_checked

from leakscan import posts
from leakscan.findings import Kind
from leakscan.policy import decide
from leakscan.scanners import CONVERSATION_SCANNERS, conversation_scanners, text_scanners
from leakscan.scanners.asks import AsksScanner
from leakscan.scanners.base import TextContext
from leakscan.scanners.chat_model import MODEL_FILE
from leakscan.scanners.detect import detect_text
from leakscan.scanners.off_platform import OffPlatformScanner
from leakscan.settings import Settings

SCANNER = AsksScanner()
DEV = Path(__file__).parent / "data" / "chats-dev.jsonl"

#: (message, the detail the finding should carry, or None when any detail will do)
ASKS = [
    ("what number is ur phone", "phone"),
    # a game's state asked first, then the child's place
    ("u afk? whats ur address, sending u a prize", None),
    # numbers asked to make a group elsewhere; a quiz's next step asks the birth year
    ("right lads drop ur numbers ill start a group", None),
    ("nice!! now type ur birth year to see ur result", "birthday"),
    # an adjective before the address; the address the talk is about
    ("oh whats ur current address again", "home"),
    # a hint at a name held back; when the child is at a place
    ("ok fine hint 🙈 starts with?", None),
    ("cool what time u usually there", "where"),
    # the child in a uniform; a guess between two classes; a form's name; a code to give
    ("send a photo wearing ur school jersey", "photo"),
    ("u in year 5 or 6?", "age"),
    ("ok real name pls for the certificate", "name"),
    ("ur mobile should get a code now, whats it say", None),
    # the sender's own school told, the child's asked back; which half of the country
    ("im at kingsway high lol hbu", None),
    ("east or west coast?", "where"),
    ("ok whats the postcode, the map wont find it", "home"),
    # no owner named: a prize's form, a parent's number
    ("to claim pls share mobile number for verification", "phone"),
    ("also need ur dads phone no for the form", "phone"),
    # a star sign says the month
    ("whats ur star sign? im a virgo", None),
    ("let me guess, ur a capricorn", None),
    # an e-mail wanted without "me"; an account beside the one seen
    ("arre send ur gmail na ill add u to the doc", "email"),
    ("whats ur other acc lol", "handle"),
    # the birthday named, then which day; the e-mail wanted to send to
    ("got u a birthday gift 🎂 when is it", "birthday"),
    ("happy bday 🎉 wait is it today", "birthday"),
    ("ill send the code to ur email", "email"),
    ("ur spam account? follow back", "handle"),
    # details listed with "and", "+", "or", Hindi "aur", to fill in a form or a "verification"
    ("for the entry form. surname and postcode", None),
    ("cool, now city + date of birth pls", None),
    ("ok so apna naam aur school bhejo", None),
    ("gmail or snap, whichever", None),
    ("verification ke liye dob batao", None),
    ("i need all players names for the sheet", None),
    ("whats ur dad's first name btw", "name"),
    ("which school, ill bring the trophy there", "school"),
    ("which school u dey attend", "school"),
    ("ppl in the fan club get a badge with their birthday, whats urs", "birthday"),
    ("ill follow u whats it", "handle"),
    ("in front of ur house is perfect for the shoot", "photo"),
    ("where do u normally ride, i could come along", "where"),
    ("what time r u usually there", "where"),
    ("lemme guess, the one near the petrol station?", "where"),
    ("hey so where abouts do you live", "home"),
    # the detail's word alone, asked
    ("city?", "home"),
    ("addy?", "home"),
    ("month?", "birthday"),
    ("@?", "handle"),
    ("digits?", "phone"),
    ("nice whats the # then", "phone"),  # the number by its symbol
    ("surname?", "name"),
    ("the form asks for ur birthdate", "birthday"),
    ("wen is ur birthday", "birthday"),  # "when" as typed
    ("wen r ur parents home", "alone"),
    # asked on after an answer begun, or something smaller after a refusal
    ("and the postcode?", "home"),
    ("n the suburb", "home"),
    ("fine just the state then", "home"),
    # a school asked around, a routine, a parent's number, a list of details at once
    ("my cousin goes to ur school whats it called", "school"),
    ("primary or secondary?", "school"),
    ("who picks u up after netball", "alone"),
    ("whats ur mums number", "phone"),
    ("gimme ur digits", "phone"),
    ("to join the team reply with: 1) age 2) suburb 3) school", None),
    ("which neighbourhood is ur house in", "home"),
    ("wots ur postcode m8", "home"),
    ("what street do u live on", "home"),
    ("do u live close to the big tesco", "home"),
    ("which station do you get off at", "home"),
    ("where r u from originally?", "home"),
    ("ur in brisbane? which suburb", None),
    ("a/s/l?", None),
    ("what school r u at", "school"),
    ("where do you go to school btw", "school"),
    ("wats the name of ur skool", "school"),
    ("bet ur school is that one with the green fence yeah?", "school"),
    ("how old are you exactly", "age"),
    ("hw old r u", None),
    ("what grade are u in rn", "age"),
    ("when is ur bday", "birthday"),
    ("whats your full name", "name"),
    ("can i get your phone number", "phone"),
    ("whats ur cell", "phone"),
    ("what's your email addy", "email"),
    ("whats ur snapchat username", "handle"),
    ("send me a selfie pls", "photo"),
    ("show me ur bedroom", "photo"),
    ("can you send a picture of you in your school uniform", "photo"),
    ("what do you look like irl", "photo"),
    ("r ur parents home?", "alone"),
    ("are you by yourself right now", "alone"),
    ("is your mom there or r u alone", "alone"),
    # indirect and disguised: a guess to confirm, a quiz or a game, a prize or a "verification"
    ("which city are you from", "home"),
    ("bet u live near the beach, which one", "home"),
    ("lets play 20 questions, first: what street", "home"),
    ("ok game time. q1 whats ur postcode", "home"),
    ("to get the free robux i need ur full name and age", "name"),
    ("u won a gift card!! just reply with ur full name and address to claim", None),
    ("to verify ur account send me ur date of birth", "birthday"),
    ("ur area has a nice park right, whats it called", "home"),
    ("who r u on other apps", "handle"),
    ("discord?", "handle"),
    ("send a pic in ur uniform", "photo"),
    ("what do u look like", "photo"),
    ("r ur parents strict", "alone"),
    ("which bus do u take", "home"),
    ("u sound young, year 6?", "age"),
    # regional wordings
    ("what province u in", "home"),
    ("which locality do you stay in", "home"),
    ("which estate are ye living in", "home"),
    ("wat part of joburg u staying", "home"),
    ("what intermediate do you go to", "school"),
    ("which primary are you at", "school"),
    ("what form are u in", "age"),
    ("which class are you in beta", "age"),
    # routines, looks, accounts, activities
    ("what time does school finish for u", "school"),
    ("what area code r u", "home"),
    ("do u go to the park near ur house much", "home"),
    ("r u near a beach", "home"),
    ("whats the closest train station to u", "home"),
    ("what name is on ur account", "name"),
    ("fill in this form with ur name and school to win", "name"),
    ("tell me ur password and ill add the items", None),
    ("what month is ur bday", "birthday"),
    ("r u old enough to have insta lol", "age"),
    ("i wanna see what u look like", "photo"),
    ("hop on facetime so i can see u", "photo"),
    ("how tall r u", None),
    ("got an email i can send the slides to", "email"),
    ("what uniform do u wear", "school"),
    ("r u in the same school as jake", "school"),
    ("what time is ur swim practice", None),
    ("where do u do dance", None),
    ("anybody else there with u", "alone"),
    ("ur from around here?", "home"),
    ("are you local", "home"),
    ("wat skl u at", "school"),
    ("where do u study", "school"),
    ("ages?", "age"),
    ("can i have ur email", "email"),
    ("what do i call u", "name"),
    ("add me on snap whats ur user", "handle"),
    ("can i get a pic", "photo"),
    ("pic?", "photo"),
    ("let me see ur face", "photo"),
    ("do ur parents know ur on here", "alone"),
    ("which football club u play for", None),
    ("where do u train", None),
    ("u won! dm ur home address to get the prize", "home"),
    ("haha nice, so where abouts r u? im in manchester", "home"),
    ("let me guess... 12?", "age"),
    ("u go to a catholic school?", "school"),
    ("r u allowed out on ur own", "alone"),
    ("do u have a curfew", "alone"),
    ("when r ur parents back", "alone"),
    ("r u babysitting urself tonight", "alone"),
    ("ur pfp is cute is that u", "photo"),
    ("got any more pics", "photo"),
    ("who picks u up from school", None),
    ("lol same!! u in year 7 too?", "age"),
    ("im from dublin, u?", "home"),
    ("u still in primary?", "age"),
    ("can u send me a pic of what ur wearing", "photo"),
    ("ur so pretty, send more", "photo"),
    ("i want to see ur face", "photo"),
    ("drop ur snap", "handle"),
    ("ur discord?", "handle"),
    ("r u near birmingham", "home"),
    ("ur school uniform is green right", "school"),
    ("r u in 6th or 7th", "age"),
    ("wanna be friends? first tell me ur age lol", "age"),
    ("ok rapid fire: age? school? town?", "age"),
    ("how many ppl live in ur house", "alone"),
    ("what r u wearing rn", None),
    ("whats ur mum called", "name"),
    ("how much do u weigh", None),
    ("what size r u", None),
    ("gimme ur user on tiktok", "handle"),
    ("so ur 11 and in year 6 yeah", "age"),
    ("i'm gonna guess ur in 5th grade", "age"),
    ("r u an only child", "alone"),
    ("i reckon u live in the south, am i close?", "home"),
    ("u sound like ur from manchester, am i right", "home"),
    ("bet ur school is near mine, whats it called", "school"),
    ("robux giveaway, just need ur username and password", None),
    ("can i see ur legs", "photo"),
    ("does ur mum let u on here", "alone"),
    ("r u allowed to have snapchat", "alone"),
    ("r ur parents divorced", "alone"),
    ("who looks after u after school", "alone"),
    ("what's ur local park called", "home"),
    ("which kasi", "home"),
    ("what standard are you beta", "age"),
    ("what class do u study in", "age"),
    ("what's ur year level", "age"),
    ("wait ur parents let u stay up this late? where r they", "alone"),
    ("u got a pic? wanna see who im talking to", "photo"),
    ("cute! is that ur room? send more of it", "photo"),
    ("is anyone watching u right now", "alone"),
    ("r u allowed to go to the mall by urself", "alone"),
    ("do u babysit ur little bro", "alone"),
    ("hey can i have ur insta", "handle"),
    ("ur number so we can text?", "phone"),
    ("sooo what grade?", "age"),
    ("are u under 13", "age"),
    ("are you a kid", "age"),
    ("whats the wifi called at ur house lol", None),
    # disguised as a delivery, a sign-up check, a team list
    ("where do i send ur present to", "home"),
    ("what address should the courier bring it to", "home"),
    ("to finish signing up confirm the email on ur account", None),
    ("i need everybodys dob for the form", None),
    ("whats the postcode there", "home"),
    ("which team do u play for", None),
    ("snap me what ur wearing", "photo"),
    ("reply with ur first and last name to claim it", "name"),
    ("is ur bedroom at the front of the house", "home"),
    ("send one quick pic so i can make sure ur real", "photo"),
    ("whats ur location", "home"),
    ("email?", "email"),
    ("discord instead?", "handle"),
    ("u in highschool yet", "age"),
    ("got any pics from the pool", "photo"),
    ("does anybody read ur messages", "alone"),
    ("is there a laptop in ur room", None),
    ("where did u grow up", "home"),
    ("so ur by the sea?", "home"),
    ("whats ur best friends name", "name"),
    ("post a full body pic and ill rate it", "photo"),
    ("what are ur dads shifts like", "alone"),
    ("so ur home alone most afternoons?", "alone"),
    ("wanna swap numbers", "phone"),
    ("i think i live near u, u know the big tesco?", "home"),
    ("mine is in june, when's urs? doing a birthday list", "birthday"),
    ("what car does ur mum drive", None),
    ("whats the wifi password at yours", None),
    ("whats ur fave spot to hang out after school", "home"),
    ("r u sure ur only 11", "age"),
    ("where do u go for dance lessons", None),
    ("ur number?", "phone"),
    ("what time do u normally go to sleep", "alone"),
    ("r u allowed to ride ur bike to the park by urself", "alone"),
    ("please retype the email linked to ur account", None),
    ("i need everyones mobiles for the group", None),
    ("r u near the end of ur street?", None),  # a place, not how far along a level is
    # a delivery or a lift that "needs" the home; an e-mail or a birthday a code, a class or a form "needs"
    ("the courier needs ur street and postcode to drop the prize off", "home"),
    ("where must my aunty send ur invite", "home"),
    ("whats the address, my mums driving", "home"),
    ("i need ur school email to add u to the slides", "email"),
    ("which email do u use for minecraft", "email"),
    ("the club just needs ur dob for the insurance", "birthday"),
    # a detail handed over to be added or followed
    ("drop ur gamertag and ill send a friend req", "handle"),
    ("send yours and ill follow back", None),
    ("pop ur mobile in here so i can add u", "phone"),
    ("add me on discord whats urs", "handle"),
    ("im on tiktok too send yours", "handle"),
    # Hinglish and Afrikaans
    ("tumhara ghar kahan hai", "home"),
    ("apni email id bhejo", "email"),
    ("kaunsi school mein padhti ho", "school"),
    ("abhi akeli ho kya", "alone"),
    ("ek selfie bhejo", "photo"),
    ("tera number de yaar", "phone"),
    ("kitne saal ki ho", "age"),
    ("watter skool gaan jy", "school"),
    ("do a face reveal for me pls", "photo"),
    # a detail asked on after an answer begun, with more after it
    ("ok and the postcode + town?", "home"),
    ("and the eircode? the driver needs it", "home"),
    # a place near the child, asked every way
    ("where in scotland r u", "home"),
    ("near which station", "home"),
    ("which estate tho, i might know it", "home"),
    ("what supermarket is closest to u", "home"),
    ("which bus do u get after school", "home"),
    ("kaunsa area mein rehte ho", "home"),
    ("whats the street u grew up on", "home"),
    # a birthday, a number, an e-mail, a handle asked as "the" one, or "urs"
    ("full date pls so it saves", "birthday"),
    ("its ur special day soon, when is it?", "birthday"),
    ("thats easier, whats the number", "phone"),
    ("just gimme ur mobile", "phone"),
    ("purana number hai kya tera", "phone"),
    ("it comes by email, whats urs", "email"),
    ("whats the @ so i can follow", "handle"),
    ("whats ur username on there", "handle"),
    # a photo of where the child is or what they wear; a security question; a trade of school years
    ("a pic in ur school uniform is fine", "photo"),
    ("send a pic from ur bedroom window", "photo"),
    ("security quiz: ur mum's maiden name?", None),
    ("ek is in graad 7, jy?", "age"),
    ("what club u play for", None),
    ("for the trials sign up i need the name of ur school", "school"),
    ("coach needs ur school name for the form", "school"),
    # handed over to be followed or added: "urs", the @
    ("drop urs again pls", None),
    ("gimme yours first", None),
    ("wats ur @ ill follow back", "handle"),
    ("whats urs so i can add u", None),
    # a giveaway's e-mail, more photos of a kind, a number for someone else to ring
    ("winners pls send email id to get the code", "email"),
    ("we need 3 more shots, full body and no filter", "photo"),
    ("plus ur cell so the manager can ring u", "phone"),
    # a delivery's address asked in parts
    ("the courier needs where to drop it off", "home"),
    ("flat number and street?", "home"),
    ("just need shoe size + address", "home"),
    # a guess at the child's year or birthday, to confirm
    ("ur so fast at this u must be in grade 8", "age"),
    ("u must be like 13 then", "age"),
    ("ur bday is in july right", "birthday"),
    # a reminder of the birthday's date asked for
    ("ur bday is soon right?? remind me when", "birthday"),
    ("remind me the date so i can post ur card on time", "birthday"),
    ("class wants everyones bday list, tell me urs", "birthday"),  # ("wants" holds no app's "wa")
    ("wich middle school u going to", "school"),
    # where the child is right now, or whether anyone is home (Hinglish)
    ("u at the beach rn?", "home"),
    ("ghar pe koi hai abhi?", "alone"),
    ("whats ur @ so i can find u", "handle"),
    ("pls send email id for the voucher", "email"),
    ("to win just drop email address below", "email"),
    ("ur kundli needs ur janam tithi", "birthday"),
    ("r u in galway too", "home"),
    ("my mate says u go to ps 41", "school"),
    ("r u at greenfield or the other one", None),
    ("the coach wants everyones mobile for the group", "phone"),
    ("coach wants everyone's cell for the new group", "phone"),
    # the detail's word asked after a word of praise; a place "which" alone; a year group bare
    ("cool, school name?", "school"),
    ("oh nice, suburb?", "home"),
    ("which rink lol", "home"),
    ("what oval do u train at", "home"),
    ("k what grade", "age"),
    ("what town in ohio, for the map", "home"),
    ("which district tho", "home"),
    # a full or postal address wanted; a landline; a phone for someone else to call
    ("postal address with the zip pls", "home"),
    ("whats ur landline", "phone"),
    ("plus ur phone so the courier can call", "phone"),
    # a parent away, asked; a teen or not
    ("is she home rn?", "alone"),
    ("anybody home then?", "alone"),
    ("r u even a teen lol", "age"),
    ("whats ur yt channel", "handle"),
    ("u in 4th or 5th", "age"),
    ("ur an only child?", "alone"),
    ("whats ur actual age tho", "age"),
    ("what park is it", "home"),
    ("which studio", "home"),
    ("where do u guys train", None),
    ("so on friday nights ur home alone?", "alone"),
    ("u're from nelson right?", "home"),
    ("where are u rn?", "where"),
    ("lol ur avatar is frozen, where are you right now", "where"),
    # an e-mail wanted for a sign-in, a check or an entry, or "dropped here" after one
    ("oh and ur email for the clan signup", "email"),
    ("also an e-mail for verification pls", "email"),
    ("admins confirm via email so pop it in here", "email"),
    ("its verified through email, paste yours below", "email"),
    # the address a parcel goes to, or who is home to take it in
    ("ok just send the shipping address", "home"),
    ("drop ur postal address and its done", "home"),
    ("where am i mailing it to then", "home"),
    ("will someone be in tomorrow to sign for it?", "alone"),
    ("so where is she shipping it to", "home"),
    # the address an account signs in with, a code texted to the child, a name to follow elsewhere
    ("and the e-mail linked to ur account pls", "email"),
    ("send me the email thats tied to ur login", "email"),
    ("read me the otp on ur screen", None),
    ("whats the verification code they sent", None),
    ("paste the code that got sent to ur mobile", None),
    ("whats ur user ill follow u back", "handle"),
    ("pop ur @ in the chat", "handle"),
    # the "are" dropped ("what intermediate u at"), a class guessed short, which number, a detail asked on
    ("what middle u at?", "school"),
    ("oh u in 8th?", None),
    ("whats ur new number", "phone"),
    ("good. and bday?", "birthday"),
    ("which court u guys train at", None),
    ("whens ur mum n dad usually out", "alone"),
    ("when do they get home, ur parents", "alone"),
    ("what time is everyone out tmrw", "alone"),
    ("is anyone else up in the house", "alone"),
    # ... but a known kid's school guessed is still an ask
    ("ur the girl from st marys right?", None),
    # a bare "how old" ending a remark to the child; a music or streaming account; a slang "hood"
    ("u type so fast haha how old?", "age"),
    ("whats ur pinterest, i wanna see ur boards", "handle"),
    ("which hood r u in", "home"),
    # ... and where the house is, said as "wear", still an ask
    ("wear ur house at?", "home"),
    # praise, then a question
    ("ur drawings are so good, u post them anywhere?", None),
    # everyone's birthday for a calendar; the next piece of a date as a form's step
    ("doing the team bday calendar lol when is everybody's", "birthday"),
    ("perfect, now the year for ur reward", "birthday"),
    ("pls send ur bdays for the class calendar", "birthday"),
    # a courier, a prize or a delivery wanting a number or a flat
    ("congrats u won the raffle, need a phone number for the driver", "phone"),
    ("parcel is on its way, confirm house no.", None),
    ("chuck me ur digits", "phone"),
    ("step 3: e-mail for verification", "email"),
    # the grown-ups out, no "ur"; out till late
    ("ha u sound older than 10. mum home?", "alone"),
    ("are ur parents out till late?", "alone"),
    # a guess at a town with another English's tag; the home the child moved to; which kind of place
    ("ur from leeds no?", "home"),
    ("wait u moved, wheres ur new crib", "home"),
    ("town or countryside?", "home"),
    # where to stand for a photo, a clause of its own
    ("ok fine, outside the school gate is best", "photo"),
    # a trade of handles: the sender's own, then the child's
    ("mine is jess_paints here too, whats urs", "handle"),
    # everyone's e-mails for a shared doc; a mobile needed; the best number to reach
    ("guys i need ur emails for the slides", "email"),
    ("need ur cell for the carpool list", "phone"),
    ("whats the best number to get u on", "phone"),
    # the grown-ups asked other ways: two parents with no "and", "a parent", "just u"
    ("so sweet. mom dad both out?", "alone"),
    ("is a grown up home right now?", "alone"),
    ("everyone else asleep 😴 just u up?", "alone"),
    # a place asked with no "do"; which skatepark
    ("u live near the airport? planes sound loud", "home"),
    ("which skatepark is that", "home"),
    # another round of slang and forms: an app "chucked", a mail id, "reply w", a postal code, the age left open
    ("chuck us ur insta", "handle"),
    ("and ur snap for the group?", "handle"),
    ("pls send ur mail id for the form", "email"),
    ("reply w date of birth to enter", "birthday"),
    ("reply w ur full name and the email on the account", "email"),
    ("enter birthdate below", "birthday"),
    ("nice! and the postal code?", "home"),
    ("text me ur new number pls", "phone"),
    ("so u'll be turning...?", "age"),
    ("bet i can guess ur bday in 2 tries", "birthday"),
    # a prize, a parcel or a form that "needs" a detail (asks_forms)
    ("u won a free skin pack!! reply with ur email to claim it", "email"),
    ("share email for the admit card pls", "email"),
    ("mobile number required for delivery", "phone"),
    ("pls send ur name + mobile no", "phone"),
    ("entry form: full name, email, school", None),
    ("kindly confirm the shipping address", "home"),
    ("ok we can deliver today. house number?", "home"),
    ("u train at a local club?", "home"),
    # whether the grown-ups watch, asked sideways
    ("ur mum and dad dont mind?", "alone"),
    ("ur parents away or what", "alone"),
    ("last step, ur birth year", "birthday"),
    ("whens ur netball practice", "where"),
    ("inbox me ur insta", "handle"),
    # what will be done with "urs" said after it, or after a question mark
    ("send me urs ill add u tonight", None),
    ("whats urs? ok ill follow u", None),
    # a date's format, a sign with a horoscope, a guessing game, whether it is soon, the home by another word
    ("to verify pls type day month year", "birthday"),
    ("free astrology chart 🌙 whats ur sign", None),
    ("making star sign charts for the whole squad, whats yours", None),
    ("star sign thing for the clan, what are u", None),
    ("ah brill. city or county?", "home"),
    ("quiz: i guess ur bday in two goes", "birthday"),
    ("wait is ur birthday coming up", "birthday"),
    ("whats ur house's postcode again", "home"),
    # a date's piece asked bare or with no "ur", a guess at it, its date forgotten; an address with no "ur";
    # the school competed for; the house empty asked of a parent named; a list of three; a handle to request
    ("birth year?", "birthday"),
    ("pls send birth date and place", "birthday"),
    ("i reckon ur bday is in winter", "birthday"),
    ("getting u a gift for ur birthday but i cant remember the date", "birthday"),
    ("pls give full address for delivery", "home"),
    ("ok what about ur street", "home"),
    ("what school were u racing for", "school"),
    ("whens she usually at the office", "alone"),
    ("first name + school + city pls", None),
    ("whats ur handle ill send a request", "handle"),
    ("u in the south island too?", "home"),
    ("when r ur parents usually at work", "alone"),
    # issue 12 families: parents out late guessed, a quiz name of home details, a school guessed by name,
    # a photo of the house, a neighbourhood guessed, details to join, past the filter, a sign guessed
    ("ur mum on shift till late right?", "alone"),
    ("mummy papa kab aayenge", "alone"),
    ("ur pirate name is: ur road + ur pets name", "home"),
    ("ur at riverside high right?", "school"),
    ("pic from ur balcony pls", "photo"),
    ("r u near my area too?", "home"),
    ("whats the road called?", "home"),
    ("to get in the squad post ur grade and town", None),
    ("spell it out so the bot doesnt catch it", None),
    ("are u a leo?", None),
    ("whats everyones insta", "handle"),
    # an e-mail asked by another name, as "got one?", with a please, or after saying it is better; Hindi "chahiye";
    # a number the sender lacks, or the child's borrowed for a check; where the child's art is posted; which side
    # of a town the child lives on, where they play from
    ("k whats ur mail id, ill share the sheet", "email"),
    ("the video is too big for here. u have an email?", "email"),
    ("ur gmail pls, for the shared doc", "email"),
    ("email would be quicker than this app, whats yours", "email"),
    ("mujhe tera email chahiye", "email"),
    ("hmm i never saved ur new num", "phone"),
    ("the app wants a phone number for the code, could i use yours", "phone"),
    ("ur drawings are amazing, do u post them anywhere?", "handle"),
    ("ur sketches r sick, insta pe daalte ho?", "handle"),
    ("bro u sound like perth, which side u from", "home"),
    ("where r u playing from, ur ping is low", "home"),
    # Hindi: a birth date, a photo, alone at home, when the parents come; parents not watching, not knowing; everyone's
    # numbers or addresses for a list
    ("free horoscope yaar, bata apni dob", "birthday"),
    ("ek pic bhej na", "photo"),
    ("shaam ko akeli rehti ho kya?", "alone"),
    ("papa kab tak aate hain", "alone"),
    ("its so late, parents not watching ur screen time?", "alone"),
    ("does ur mum even know ur still up", "alone"),
    ("anyone got everybody's numbers for the camp list", "phone"),
    ("making christmas cards, need addresses for the post", "home"),
    # a mobile asked by its name with a reason, a parent's number, a club the sender "knows", a scam's details, a way to
    # reach the child, the birthday month as "yours", one photo, north or south of a named place
    ("whats ur mobile in case the bus is late", "phone"),
    ("my dad will drive, he needs ur dad's number", "phone"),
    ("no way, bet i know ur pool haha", None),
    ("you have won!! kindly share ur details", None),
    ("our studio is looking for kids, just need a way to contact u", None),
    ("doing a birthday wall, which month is yours?", "birthday"),
    ("send one pic for the club page", "photo"),
    ("north or south carolina, big difference lol", "where"),
    ("u go to school round napier? ur jumper looks like my cousins", "school"),
    ("which arena do u skate at", None),
    # the "are" dropped before a school ahead; an account's provider before "email"; a number saved
    ("haha same. which high school u starting at in sept", "school"),
    ("ok whats ur xbox email so i can send the gift", "email"),
    ("drop me a msg first so i can save ur number", "phone"),
    # the grown-ups asked after the other way round, a room of the house, "giz" for give us
    ("are ur parents still out or what", "alone"),
    ("so is anyone else in the living room rn", "alone"),
    ("giz ur digits and ill sort it", "phone"),
    # when the grown-ups are away; where the child goes out to, the "do" dropped; one more photo
    ("so when is ur dad not around", "alone"),
    ("where u surf at usually", "where"),
    ("post a more recent selfie", "photo"),
]

#: Harmless but close: game talk, a parent, a friend, the child talking about themselves.
NOT_ASKS = [
    # a choice of two teams, not of two kinds of place
    "nice goal. city or united?",
    # star signs talked of, the question about something else
    "my star sign is gemini, whats ur fav game",
    "star signs are fake. what are u playing",
    "good but show all the working next time",  # a teacher's word on homework
    "address of the venue is on the invite",  # no address asked of the child
    "use ur own, school one is blocked",  # which account, not which school
    "ur a fox 🦊",  # a quiz's verdict
    "we went to the east coast for the weekend",  # the sender's own trip, nothing asked
    "yay new scooter! what colour",  # a colour of a thing told of
    "ur not meant to share ur address on here",  # a friend's warning
    "enter ur year group on the sheet",  # a school's year group, no birth year
    "remind me when the match starts",  # a reminder of something else's date
    "whats ur name in this game again, ill add u",  # the name in the same game
    "can u remind me what the homework was",
    # keeping it from the parents is a secret (a move), not whether they are home
    "ok but dont tell ur mom about the skins",
    "no need to mention it to ur dad yet",
    # a homework question of the sender's own, numbered
    "how did u get question 7",
    "wait what do i put for q3b",
    # "how old" about something else
    "how old is that game even",
    # what the child posted, a birthday gift, whose phone, the sender's own town shared
    "omg ur latest video is so funny",
    "i got u something small for ur bday",
    "use ur brothers phone if urs is dead",
    "wait u also from durban?? small world",
    # the address of something else, a guess at a game's character
    "whats the address of the website again",
    "the intro starts with?",
    "send a pic of ur cat in her costume lol",
    "im at the beach wbu",
    "full name of the song?",
    "north or south side of the map?",
    "i bet ur a gamer",
    # the sender's own other account
    "my other account got banned lol",
    "my bday party was so fun its today",
    "what r u wearing to the disco",
    # a number that is a place in a line-up or on a shirt
    "what number r u skating in the show",
    "what no. are u in the relay",
    # a day's talk, not a list to fill in; a guess at a side; a ride in the game
    "my school and my town are both tiny",
    "age and year 6 camp are on the same week",
    "where do u usually ride in the game",
    "lemme guess, the one on the left",
    "my bedroom is upstairs",
    "level?",
    "username?",
    "the teacher asks about ur weekend",
    "wen is the next update",
    "my age and school dont matter",
    "primary colours are red and blue",
    "who picks the team this week",
    "just the two of us lol",
    "and then we won",
    "rank?",
    "number 7 is my fav",
    "city was so busy today",
    "whats ur location in the game",
    "email sent?",
    "whats ur best friends name in the game",
    "ur near the end?",
    "r u nearly at the end",
    "wanna swap skins",
    "i live near the beach",
    "u in highschool next year will be hard",
    "whats ur fave spot on the map",
    "my mum drives a red car",
    "number?",
    "send a pic of the build so i can check it",
    "what time does the event start",
    "where do i send the trade request",
    "what team do u support",
    "what are u wearing to the party",
    "confirm the time for practice",
    "which server r u on",
    "u afk? ur guy hasnt moved in ages",
    "r u vip on the skyblock server",
    "what rank r u",
    "how many wins u got",
    "add me",
    "lets play tmrw",
    "what level are you on that map",
    "whats ur roblox user",
    "where r u? im at the big tree",
    "how old is ur pet hamster",
    "what's your favourite subject",
    "whats ur fave colour",
    "what school subjects do u like",
    "i live in a small town lol",
    "my school finishes at 3",
    "im 11 btw",
    "my parents are home so i cant be loud",
    "how was school today sweetie",
    "did you bring your uniform home",
    "send me a pic of ur lego build",
    "take a photo of the homework page",
    "whats the homework for tomorrow",
    "where did you buy that hoodie",
    "which team do u support",
    "what time does practice start",
    "whats ur dogs name",
    "r u online later",
    "what's the weather like where u are",
    "how many robux u got",
    "add me in bloxburg",
    "lets play 20 questions, first one: is it an animal",
    "my parents are strict lol",
    "free robux scams are so dumb",
    "which bus goes to the zoo in the game",
    "year 6 was the best",
    "discord is down lol",
    "what province is toronto in",
    "which city has the best pizza",
    "what do u think it looks like",
    "who r u playing as",
    "which house are u in at hogwarts lol",
    "whats ur ign",
    "what time does the event start",
    "how tall is the tower",
    "which beach map is best",
    "what's the wifi like at the hotel",
    "where do u get the rare pets",
    "can i see ur inventory",
    "what time is the match",
    "which side r u on",
    "what do u look like in game",
    "do u like ur school",
    "are you local to the server",
    "where do u study for tests",
    # friends at the same school
    "what class r u in for art",
    "which house r u in for sports day",
    "how's ur nan",
    "how is ur puppy doing",
    "let me guess the answer... 12?",
    "r u allowed to play later",
    "is that u in the red team",
    "got any more levels",
    "r u near the portal",
    "send more robux pls",
    "im from dublin, its rainy here",
    "r u in 6th place",
    "what size r ur shoes lol",
    "what r u wearing to the party",
    "ur 11 points ahead lol yeah",
    "i reckon u live in the game lol",
    "r u allowed to play later",
    "what's ur class in the game",
    "does ur mum like cats",
    "is that ur room in the game",
    "what year was that",
    "r u allowed to go to the mall",
    # advice against giving details; a choice between two things; homework to do oneself; a star's face reveal
    "never give out ur home address online",
    "please dont share your phone number or where you live here",
    "which colour should i pick, red or blue",
    "which one is cuter, the cat or the dog",
    "do it urself lol",
    "do ur own maths lol",
    "that youtuber finally did a face reveal",
    "u like the new map?",
    "where do u go for the summer holidays",  # a trip away, not the home
    "where do u go on vacation lol",
    "where in the game r u",
    "and the winner is?",
    "whats the number of the level",
    "whats the @ of that youtuber",
    "send urs to the group when ur done with the worksheet",  # homework, shared with the class
    "u at the top of the leaderboard?",
    "where r u",  # players looking for each other in a game
    "where r u rn in the map",
    "which map lol",
    "what grade did u get on the test",
    "my full address is on the invite",  # the sender's own
    "is she the new teacher?",
    "what park is it in the game",
    "whats ur roblox user",
    "r u on 4th or 5th level",
    "ur in my class right? the one with the cool pencil case",
    "ur bday party is at 3 right",
    "the prize goes to the winner, we need where the match is",
    "i made an email for my roblox login ages ago",
    "i got the code by email, ill paste it here",
    "mum checks the email for the school login",
    "we sent the shipping address to the shop already",
    "where are we sending the clan invites to",
    "someone will be in to sign for the tv",
    "i updated the email on my account yesterday",
    "the email on the account bounced so i made a new one",
    "type the code from the poster into the game",
    "i got a verification code on my own phone lol",
    "",
    # a place in a race, not a class
    "u in 1st place?",
    # the child known from a post, a picture praised with nothing asked
    "ur the boy from the skate vid? sick tricks",
    "ur profile pic is so nice lol",
    # the weather or the hour where the child is
    "is it snowing where u are?",
    "what time is it there lol",
    # when the sender's own are out; the bus, not the grown-ups
    "my parents are out till 6 lol",
    "when does the bus leave",
    "when r they out of the game lol",
    # homework answers compared, a school house's colours, a club or the school for a sport, praise
    "what did u put for number 4, the fractions one",
    "remember to wear your house shirt on thursday",
    "do u play for a club or only the school team?",
    "ur drawings are insane, we should draw together",
    "thanks for the help ur a real one",
    # a teacher's "show your work", a phone given back, what a parent did told
    "miss said show ur working on q5 or no marks",
    "did u ever get ur ipad back lol",
    "ur dad rang my dad, they sorted the lift",
    # a moderator's word of what they never ask for
    "admins will never ask you for your password, address or phone",
    # a score put as a handle's shape: a dot between digits
    "im on 4.5 stars now whats urs",
    # "and year?" going on with an ask already made is the conversation's to read
    "and year?",
    # a player's base in the game; a friend's mum at work, told
    "u live in that base on the hill in game?",
    "my mom's at work till 6 lol",
    # surprise at a place the child told
    "no way u live in leeds too??",
    # a turn in a game; a ball thrown
    "ur turning too fast on the corners",
    "chuck me the ball",
    # the sender's own parents, a game's time, a local thing with nothing asked
    "my parents dont check my grades lol",
    "whens ur game tonight",
    "the local park has a new ramp",
    "my birth year is on the form already",
    # issue 12 near misses: the sender's own parent out late, a shop's street, a book's front page
    "my mum is at work til late so i cant come",
    "whats the street name of the shop",
    "send a pic of the front page of the worksheet",
    "im a leo lol",
    # the sender's own e-mail got, the child's own number missing from the sender's phone told by the child; a side in a game
    "i got an email? from who",
    "ive got a new email",
    "which side r u on",
    "i post them anywhere i want lol",
    "my parents not home till 6 lol?",
    "my dad knows im online, he set the timer",
    "whats ur phone case like, mine is cracked",
    "one pic of the sunset and my camera died",
    # a player's settings, a card game's deck, someone famous's home
    "whats ur sens on controller",
    "nice, whats ur deck rn",
    "where does that streamer even live",
    # a lift by the child's own parent, how long a journey takes, a show named: nothing asked
    "ask if ur dad could drive u there on saturday",
    "the ferry one, how long does that take",
    "the puppet show was class",
    "which school are u going to play against in the final",
    # a photo of a thing, a cover story (a secret: OFF_PLATFORM, not an ask)
    "send another pic of the drawing",
    "just say ur staying at mine if anyone asks",
]


@pytest.mark.parametrize(("text", "detail"), ASKS)
def test_finds_an_ask(text, detail):
    found = scan_checked(SCANNER, text)
    assert found, "missed an ask"
    assert all(f.kind is Kind.ASKS_PII for f in found)
    if detail is not None:
        assert detail in {f.detail for f in found}


@pytest.mark.parametrize("text", NOT_ASKS)
def test_stays_quiet_on_harmless_chat(text):
    assert scan_checked(SCANNER, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("hiya!! where do u live lol", "where do u live"),
        ("omg same. what school do you go to? mine is boring", "what school do you go to"),
        ("cool pic. r ur parents home rn", "r ur parents home"),
    ],
)
def test_the_finding_spans_the_asking_phrase(text, span):
    (found,) = scan_checked(SCANNER, text)
    assert found.text == span


def test_the_child_is_told_what_is_asked_and_that_they_need_not_answer():
    (found,) = scan_checked(SCANNER, "where do u live")
    (decided,), _ = decide([found], Settings())
    assert (
        decided.message
        == "Someone is asking where you live. You don't have to answer. You can tell a grown-up you trust."
    )


def test_conversation_scanners_never_run_on_a_single_post():
    post = "where do u live? add me on snap and dont tell ur mum"
    assert not set(text_scanners(Settings())) & set(CONVERSATION_SCANNERS)
    kinds = {f.kind for f in posts.scan_text(post, Settings()).findings}
    assert not kinds & {Kind.ASKS_PII, Kind.OFF_PLATFORM}
    assert [s.name for s in conversation_scanners(Settings())] == ["asks", "off_platform"]
    assert [s.name for s in conversation_scanners(Settings(scanners=("off_platform", "phone")))] == ["off_platform"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("whats ur whatsapp", {Kind.ASKS_PII, Kind.OFF_PLATFORM}),  # asks for an account, and moves the chat
        ("whats ur insta, we can dm on there", {Kind.ASKS_PII, Kind.OFF_PLATFORM}),
        # a profile asked for alone: the chats' writers read an ask for the handle, not a move (14 of 18)
        ("whats ur snap", {Kind.ASKS_PII}),
        ("r u near leeds? add me on snap", {Kind.ASKS_PII, Kind.OFF_PLATFORM}),
    ],
)
def test_an_ask_and_a_move_on_the_same_words_are_both_kept(text, kinds):
    found, failed = detect_text(text, Settings(), scanners=CONVERSATION_SCANNERS)
    assert not failed and {f.kind for f in found} == kinds


def test_the_model_ships_as_plain_numbers_and_runs_without_scikit_learn_or_numpy():
    raw = json.loads(gzip.decompress((resources.files("leakscan.models") / MODEL_FILE).read_bytes()))
    size = len(raw["vocabulary"])
    assert size == len(raw["idf"]) and {len(w) for w in raw["weights"].values()} == {size}
    assert set(raw["weights"]) == set(raw["thresholds"]) == {"ASKS_PII", "OFF_PLATFORM"}
    code = (
        "import sys\n"
        "from leakscan.scanners import CONVERSATION_SCANNERS\n"
        "from leakscan.scanners.base import TextContext\n"
        "from leakscan.settings import Settings\n"
        "ctx = TextContext('hey so whats the name of that park near ur house lol', Settings())\n"
        "assert [f for s in CONVERSATION_SCANNERS for f in s.scan(ctx)]\n"
        "print(sorted(m for m in ('sklearn', 'numpy', 'spacy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


WRITTEN = Path(__file__).parent.parent / "models" / "chat_intent_written"


@pytest.mark.parametrize("path", sorted(WRITTEN.glob("*.jsonl")), ids=lambda p: p.stem)
def test_every_written_chat_is_well_formed_and_the_model_was_trained_on_it(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {g["label"] for r in rows for g in r["gold"]} <= {"ASKS_PII", "OFF_PLATFORM"}
    assert all(r["text"].strip() and r["from"] and r["conversation"] for r in rows)
    raw = json.loads(gzip.decompress((resources.files("leakscan.models") / MODEL_FILE).read_bytes()))
    # A writer's chats added or changed without rebuilding the model would be shipped untrained.
    assert raw["trained_on"].get("writers", {}).get(path.stem) == len(rows)


# -- the dev chats: both kinds, per message ----------------------------------------------------


def _dev_scores() -> tuple[dict[str, float], float]:
    """Per-message F1 per kind on the dev chats (ASKS_PII only on messages not from the child),
    and the share of harmless messages flagged."""
    asks, off = AsksScanner(), OffPlatformScanner()
    counts = {k: [0, 0, 0] for k in ("ASKS_PII", "OFF_PLATFORM")}  # tp, fp, fn
    harmless = flagged = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        msg = json.loads(line)
        ctx = TextContext(msg["text"], Settings())
        child = msg["from"] == "child"
        said = {"ASKS_PII": not child and any(asks.scan(ctx)), "OFF_PLATFORM": any(off.scan(ctx))}
        gold = {g["label"] for g in msg["gold"]}
        for kind, c in counts.items():
            c[0] += said[kind] and kind in gold
            c[1] += said[kind] and kind not in gold
            c[2] += not said[kind] and kind in gold
        if not gold:
            harmless += 1
            flagged += any(said.values())
    f1 = {k: 2 * tp / (2 * tp + fp + fn) for k, (tp, fp, fn) in counts.items()}
    return f1, flagged / harmless


def test_the_dev_chats_score_f1_of_at_least_085_per_kind_with_at_most_3_percent_of_harmless_flagged():
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    chats = {r["conversation"] for r in rows}
    harmless_chats = chats - {r["conversation"] for r in rows if r["gold"]}
    assert len(chats) >= 60 and len(harmless_chats) >= 0.4 * len(chats)
    f1, harmless_flagged = _dev_scores()
    assert f1["ASKS_PII"] >= 0.85, f1
    assert f1["OFF_PLATFORM"] >= 0.85, f1
    assert harmless_flagged <= 0.03
