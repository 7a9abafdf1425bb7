"""The ordinary words a handle is never: text-speak and plain English (:data:`COMMON_WORDS`),
platform names (:data:`PLATFORM_WORDS`) and spaCy's English stop words, read without importing
spaCy. Shared by the handle, URL and e-mail scanners."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .base import words

#: Words that often follow a platform name or stand where a username could, but are plain
#: English (or text-speak, or an intensifier of other Englishes: "heaps fun", "hella good"; a
#: judgement of a thing: "that xbox is unreal", "my snap is dry"; an intensifier before one: "ps is pretty chill").
#: Together with spaCy's stop words they are never taken as handles.
COMMON_WORDS = words(
    """
    a an and or but so the this that these those it its it's is are was were be been am im i'm
    me my mine you your u ur he she they them we us our him her his their here there
    now later today tonight tomorrow tmrw tmr tmrw 2day 2nite 2night 2moro 2morrow 4ever b4 l8r gr8 soon
    yesterday morning afternoon evening night noon midnight weekend week weekends day days time
    rn asap atm tbh idk idc ngl lol lmao lmfao rofl omg omfg wtf smh fr frfr ikr imo btw brb gtg ttyl
    pls plz please thx thanks ty yes yeah yep yup ya yea no nah nope ok okay k kk sure maybe
    hi hey hello bye sup yo hmm hmu dm dms pm msg text call chat
    bro bruh sis dude guys girls boys mom mum dad friend friends bestie besties fam squad crew
    private public locked open closed blocked banned deleted hacked suspended disabled
    down up broken dead gone lagging laggy slow fast offline online live
    new old same real fake main alt spam backup second other
    cool awesome amazing great good bad best worst better worse fun funny boring lit fire
    sick lame trash mid goated epic insane crazy weird cute nice sweet ugly hard easy
    account acc acct profile page bio link links post posts story stories reel reels video videos
    pic pics photo photos picture pictures selfie streak streaks filter filters snap snaps
    chat chats group groups server servers channel channels stream streams streaming streamer
    game games gaming gamer match matches round party lobby squads duo duos trio trios solo
    skin skins vbucks robux coins season battle pass creative mode map maps world worlds realm
    survival build building code codes update updates glitch glitches bug bugs
    name names username usernames user users id tag handle gamertag ign
    request requests follower followers following follow follows subscriber subscribers sub subs
    like likes comment comments view views share shares add added adding message messages
    school home work class lunch recess practice church camp park mall beach pool
    play playing played plays game playing get getting got gonna wanna gotta going go went
    come coming came see seen saw look looking looked watch watching watched meet meeting met
    stay staying stayed wait waiting waited leave leaving left arrive arrived arriving
    laugh laughing laughed smile smiling stare staring point pointing yell yelling mad angry
    sad happy glad scared good great best love loving loved hate hating hated miss missing
    stuck sitting standing there everyone everybody anyone nobody someone people person
    here everywhere something anything nothing everything stuff thing things
    too also very really just only even still already again ever never always sometimes
    one two three four five six seven eight nine ten first second third last next
    fine famous viral popular poppin deactivated glitched bugged changed different temporary temp
    secret hidden empty full yours theirs free cringe sus bussin slay valid based gg ez noob pro op
    busted cooked washed cracked bad goofy random boring annoying toxic
    actually lowkey highkey literally honestly deadass kinda sorta way decent lads lad mates
    zombies collab collabs
    heaps hella bare wicked proper
    wild unreal wack whack dope chill peak elite garbage dry cursed iconic legendary savage wholesome
    rough brutal massive
    pretty quite super totally
    """
)

#: Platform words, so "snap insta tiktok" is not read as a username.
PLATFORM_WORDS = words(
    """
    snapchat snap sc instagram insta ig tiktok tt discord dc roblox rblx fortnite epic minecraft mc
    gamertag psn playstation ps4 ps5 xbox xbl twitch youtube yt kik telegram steam twitter facebook
    fb bereal vsco pinterest reddit wattpad spotify soundcloud valorant riot whatsapp
    """
)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from spaCy's own list without importing spaCy: ``import
    spacy`` takes half a second, which a photo whose metadata holds a bare web address (and
    no text for NER) should not pay. The list is a plain module that imports nothing."""
    import importlib.util
    import sys

    module = sys.modules.get("spacy.lang.en.stop_words")
    if module is None:
        found = importlib.util.find_spec("spacy")  # finds the package, runs none of it
        folders = found.submodule_search_locations if found is not None else None
        if not folders:  # pragma: no cover - spaCy is a dependency
            return frozenset()
        spec = importlib.util.spec_from_file_location(
            "leakscan_spacy_en_stop_words", Path(folders[0], "lang", "en", "stop_words.py")
        )
        if spec is None or spec.loader is None:  # pragma: no cover
            return frozenset()
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def is_common_word(word: str) -> bool:
    """True when ``word`` (any case) is an ordinary English word, never a username."""
    w = word.lower().replace("’", "'")
    return w in COMMON_WORDS or w in PLATFORM_WORDS or w in stop_words()


__all__ = ["COMMON_WORDS", "PLATFORM_WORDS", "is_common_word"]
