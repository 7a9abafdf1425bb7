"""What the NER scanner (:mod:`leakscan.scanners.ner`) leaves quiet because it names no one near
the child (issue 10, family 9), read from the lists of :mod:`leakscan.lexicon`: chat filler and
foods of many languages, famous people, characters, teams, sights and brands, bare countries,
and a character named "from the film". The post's lexicon matches, looked up by offset, are
:class:`~.ner_post.Post`'s.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, Lexicon
from .base import words
from .ner_cues import classmate_after
from .ner_elsewhere import (
    AT,
    FIRST_PERSON,
    MOVE_WISH,
    PLACE_BEFORE,
    PUBLIC_HOME,
    RESIDENCE,
    TRAVEL,
    big_city,
    city_sight,
    event_at,
    not_here,
    star_home,
    town_here,
    world_record,
)
from .ner_post import Post, inside_match, match_at, namelike
from .ner_public_people import artist_records, office_holder, own_story
from .ner_sides import county_fixture, pastime, place_side, side, team_colour
from .ner_words import MONTHS, RELATIONS, TITLES

#: Words right before a name that make it somebody the child knows ("my friend billie", "me n
#: drake", "with chelsea"): a famous name after them is still a name ("my parcel from amazon" is a shop's).
_PERSONAL = re.compile(
    r"(?:\b(?:my|our|his|her)\s{1,3}(?:(?!(?:from|off)\s)[a-z]{2,12}\s{1,3}){0,2}|\bme\s{1,3}(?:and|n|&)\s{1,3}|\bwith\s{1,3}|\bw/?\s{1,3}"
    r"|\b(?:mrs?|ms|(?<!\bi\s)(?<!\bu\s)(?<!\bwe\s)(?<!\bso\s)miss|coach|named|called|name\s{1,3}is|sir|aunty|auntie|uncle)\.?\s{1,3})$"
)
#: "with" after a verb of liking is a fan's, not a friend's ("obsessed with drake", "in love with sza"),
#: and so is "with" after a verb of choosing or dunking food ("sticking with nutella", "biscuit slam with ovaltine").
_FAN_WITH = re.compile(
    r"\b(?:obsessed|love|inlove|crush|addicted|hooked|simping|fangirling|sticking|slam|dunked|dipped)\s{1,3}w(?:ith|/)?\s{1,3}$"
)


@functools.cache
def _workplace() -> re.Pattern[str]:
    """The words before a parent's workplace (lexicon ``workplace_cues``), at the end of a text."""
    cues = sorted(wl.entries("workplace_cues"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\s{1,3}(?:the\s{1,3})?$")


#: After a name: a character "from the film", "in that show", "off the game".
_FICTION_AFTER = re.compile(
    r"\s{1,3}(?:from|in|off|on)\s{1,3}(?:the\s{1,3}|that\s{1,3}|this\s{1,3}|a\s{1,3})?"
    r"(?:film|movie|show|series|game|book|cartoon|anime|manga|episode|comic|tv)s?\b"
)
#: "from" and maybe "the" before a title or a side ("maui from moana", "<player> from the all blacks").
#: After a name: the title it names ("hamilton the musical", "paddington the movie").
#: A show's season or series number after a name ("<town> season 3 kab aayega"): the show, no place or person.
_SEASON_AFTER = re.compile(r"\s{1,3}(?:season|series|szn)\s{0,2}\d{1,2}(?!\d)")
#: A storm's or cyclone's name ("hurricane katrina", "cyclone gabrielle"): the weather's, no one near the child.
_NAMED_WEATHER = re.compile(r"(?<![\w'’])(?:cyclone|hurricane|typhoon|storm|tropical\s{1,3}storm)\s{1,3}$")
#: A hashtag of a school: a name run together with a school word ("#<name>college", "#<name>high").
_SCHOOL_TAG_END = r"(?:college|school|primary|high|academy|secondary|elementary|hs|ms|ps)(?![\w])"


def _school_tag(lows: str, word: str) -> bool:
    """A hashtag of the post is ``word`` run together with a school word: the word is the school's."""
    return "#" in lows and re.search(rf"(?<![\w#])#{re.escape(word)}{_SCHOOL_TAG_END}", lows) is not None


#: ... or a film named by the name right before "movie" ("<hero's name> movie dekhi"; not "movie night").
_TITLE_AFTER = re.compile(
    r"\s{1,3}(?:the\s{1,3}(?:musical|movie|film|series|show|play|game|book)s?\b"
    r"|(?:movie|film)(?![\w'’]|\s{1,3}(?:night|nite|nights|marathon|day|date|time|with|and|n|&)\b))"
)
_FROM = re.compile(r"\s{1,3}from\s{1,3}(?:the\s{1,3})?")


def not_public(
    found: list[tuple[int, int, Kind, float]], text: str, lex: Lexicon
) -> list[tuple[int, int, Kind, float]]:
    """Drop what names no one near the child: chat filler of many languages ("sawubona", "ka
    pai", "arre"), famous people, characters and teams ("billie eilish concert", "chennai super
    kings"), a word spoken of as a word ("grace is a word") or a wish ("hope ur all well"), a chain
    that is a surname ("going greggs"), sights the child is not at ("saw big ben"; "at bondi beach" stays), countries as
    national sides or beside a famous name ("ireland beat the all blacks") and a country alone
    ("so wet in scotland today"; "i live in canada" and "we're going to japan" stay places), a big city right after a famous name ("olivia
    rodrigo played in melbourne"; "we saw olivia rodrigo in melbourne" stays), a public person's
    home ("my fav youtuber lives in brighton"), a place as a side in a game ("dublin won", "cork v
    kerry football"), a star's surname ("lebron said"), a team by its two words apart ("go the
    phoenix ... wellington is so back") or before a score ("liverpool 4 0"), and a show's name
    after everyday words ("watching shortland street").

    A famous name right after a personal cue ("my friend billie", "me and drake") stays a name,
    and so does a famous one-word name that is also a common first name ("chelsea", "matilda")
    unless the post speaks of the famous one (a famous-context word or another famous name near).
    Linear in the post: matches and words are found by binary search on their offsets.
    """
    if not found:
        return found
    toks = wl.text_words(text)
    post = Post(toks, lex, text)
    lows = text.lower()
    out = []
    public: dict[str, int] = {}  # places dropped as a famous one's (name -> offset); said again later, still the star's
    people = {s for s, _e, k, _c in found if k is Kind.PERSON}
    for start, end, kind, conf in found:
        toks = post.words_in(start, end)
        # chat filler only, maybe with a place word of its own ("niaje wasee nimefika school", "jom makan
        # nasi lemak": two filler phrases side by side) or a price inside ("10 ka bechte", "r35 kota")
        said = [t for t in toks if t[2] not in _FILLER_HEADS and not t[2].isdigit() and not _PRICE.fullmatch(t[2])]
        if (
            (said and all(w in post.filler or match_at(post.fillers, s) is not None for s, _e, w in said))
            or inside_match(post.fillers, start, end)
        ) and not (kind is Kind.PERSON and post.filler_named(start, end, people)):
            continue  # "kai time"; "kai and me" is a friend
        if kind is Kind.PERSON and _SPECIES_AFTER.match(lows, end):
            continue  # "<tree> trees are so old", "<word> is a type of tree": a species, no one
        before = lows[max(0, start - 30) : start]
        hit = post.covering(post.famous, start, end)
        if hit is None and kind is not Kind.PERSON and not (AT.search(before) or PLACE_BEFORE.search(before)):
            # "tesco bakery", "aldi middle aisle", "pirates vs chiefs"; not "party at sky zone"
            hit = post.famous_then_everyday(start, end)
        # a personal cue, a parent's workplace ("my dad works at tesco": the chain's branch is where
        # the family is found) or the child's group after it ("moana from my class") keeps a famous
        # name or brand -- unless the cue is the famous name's own first word ("mr bean"); a cue before
        # a word that only starts a longer famous name is no one's ("obsessed with stanley cups").
        # "my uncle supports liverpool": the cue is the fan's, and a famous club after "supports" is the club
        # "<star> is from <town> and so am i": the child says the place is theirs too
        same = kind is Kind.LOCATION and _SAME_HOME.match(lows, end) is not None
        personal = (hit is None or (hit[2] >= start and hit[3] <= end)) and (
            (
                _PERSONAL.search(before) is not None
                and not _FAN_WITH.search(before)
                and not (hit and (_FAN.search(before) or _FAN_MY.search(before)))
            )
            or _workplace().search(before) is not None
            or (kind is Kind.PERSON and classmate_after(lows, end))
            or same
        )
        if (
            len(toks) == 1
            and toks[0][2] in _VENUES
            and (kind is Kind.LOCATION or (kind is Kind.PERSON and not personal and not namelike(toks[0][2], lex)))
        ):
            continue  # "see u at church", "after kura", "jamatkhana then dinner": a kind of place, no name
        if kind is not Kind.PERSON and not personal and _generic_venue(text, toks):
            continue  # "at the rec centre", "the community hall": a kind of place every town has, no name
        if kind is not Kind.ORG and toks and not personal and _pastime_words(post, [w for _s, _e, w in toks]):
            continue  # "3 goals in netball today", "rippa rugby", "did bharatanatyam", "moved to thursdays", "cross country"
        if (
            kind is not Kind.PERSON
            and len(toks) > 1
            and toks[0][2] in _CREOLE_THE
            and all(_everyday(w, lex) or w in post.filler for _s, _e, w in toks[1:])
        ):
            continue  # "lime by de beach", "at de fete": Caribbean "the" before an everyday word
        if kind is Kind.PERSON and text[start:end].isupper() and _CODE_BEFORE.search(lows[max(0, start - 60) : start]):
            continue  # "the code for the lobby i think its QWERTF": a game's code in capitals, no one's name
        if not personal and _inside_famous(post, start):
            continue  # "[harry] styles wax figure": the tagger cut a star's or show's name, read the rest as a name
        if not personal and _star_thing(post, start, end):
            continue  # "<star's full name> ki batting": the star's play, song or goal, no place or person
        if kind is Kind.PERSON and toks and all(w in TITLES or w in _PRONOUNS for _s, _e, w in toks):
            continue  # "muinteoir is raging", "sir said": a title alone names no one; nor "me" ("me and chloé")
        if not personal and _SEASON_AFTER.match(lows, end):
            continue  # "<show named after a town> season 3": a series, no one near the child
        if kind is Kind.PERSON and _NAMED_WEATHER.search(before):
            continue  # "after cyclone gabrielle": a storm's given name, no one's
        if kind is Kind.PERSON and len(toks) == 1 and not personal and _school_tag(lows, toks[0][2]):
            continue  # "up <name> 💙 #<name>college": the school's short name cheered, the school scanner's
        if kind is Kind.PERSON and len(toks) == 1 and toks[0][2] in _EPITHETS and not personal:
            continue  # "king is back", "the goat did it again": a fan's word for a star, no one's name
        if (
            kind is Kind.PERSON
            and len(toks) == 1
            and (
                (before.endswith("friend ") and toks[0][2] in _FRIEND_NOUNS)
                or (not personal and _plain_word(text, toks[0], before, lex))
                or (not personal and _dropped_g(text, toks[0], lex))
            )
        ):
            continue  # "new house is ...", "my friend code is ...": an everyday word, no one's given name
        if kind is Kind.PERSON and not personal and _country_person(post, lows, start, end, lex):
            continue  # "canada is just america but colder": a country the tagger took for a name
        if kind is not Kind.ORG and not personal and wl.norm(text[start:end]) in wl.entries("nationalities"):
            continue  # "<singer> is thai", "a tongan dance": a nationality or a language, no one's name or place
        if (
            kind is Kind.PERSON
            and not personal
            and post.sights
            and wl.norm(text[start:end]) in wl.entries("world_cities")
        ):
            continue  # "florence looks unreal, gotta see the duomo one time": the sight's city, no girl named so
        if kind is Kind.PERSON and len(toks) == 1 and not personal and team_colour(toks[0][2], before):
            continue  # "up the red and ruby": a side's colours, no girl named so
        if kind is Kind.LOCATION and len(toks) == 1 and toks[0][2] in _COLOURS and before.endswith(" in "):
            continue  # "the cups in pink", "comes in teal": a colour, no place
        if (
            len(toks) > 1
            and not personal
            and hit is None
            and all(inside_match(post.famous, s, e) for s, e, _w in toks)
            and all(post.famous_here(m) for m in {match_at(post.famous, s) for s, _e, _w in toks} if m)
        ):
            continue  # "<a show> <its character>": two famous names side by side
        if (
            len(toks) > 1
            and not personal
            and any(w in _CHEERS for _s, _e, w in toks)
            and all(w in _CHEERS or inside_match(post.famous, s, e) for s, e, w in toks)
        ):
            continue  # "forza <club>", "<club> şampiyon": a fan's cheer for a famous club, no one's name
        if kind is Kind.PERSON and toks and not personal and artist_records(lows, end, len(toks), lex):
            # "<singer's full name> new song on repeat", "... songs make me cry": a recording artist, though
            # the model cut the surname off (a friend goes by a given name: "liam's new song he wrote" stays)
            continue
        if kind is Kind.PERSON and (
            _from_fiction(lows, end, post.famous_starts, lex)
            or _word_itself(lows, start, end)
            or (not personal and (own_story(lows, end) or office_holder(lows, end)))
        ):
            continue  # "oisín from the film", "maui from moana"; "grace is a word"; "<name> ... in my comic"
        if kind is Kind.PERSON and not personal and _on_show(post, lows, end):
            continue  # "<name> on <two-word show> is my fav": a contestant on the screen, no one near the child
        # a chain or a star that is a surname ("going greggs") names no place of the child's ("outside greggs" does)
        placed = AT.search(before) is not None or PLACE_BEFORE.search(before) is not None
        chain = kind is not Kind.PERSON and not placed and post.surname_only(hit) if hit else False
        fan = _FAN_WITH.search(before) is not None  # a fan's words say the post is about the famous one
        famous = hit is not None and (post.famous_here(hit) or chain or fan)
        if famous and not personal and not town_here(text, start, end, before, kind, lex):
            continue
        if hit is not None and not personal and kind is Kind.PERSON and post.surname_only(hit):
            continue  # "lebron really said", "kohli is cooked": a star's surname, no child's given name
        if kind is Kind.PERSON and hit is None and not personal and post.star_surname(start, end):
            continue  # "mumbai indians lost, pandya what": a star's surname alone beside a famous name
        if kind is Kind.PERSON and _month(toks, before, lows, end):
            continue  # "-40 in jan", "kingsmead high in september": a month, no one's name
        if kind is Kind.LOCATION and not_here(post, lows, start, end, before, lex, personal=personal):
            continue  # "i could never live there", "<big city> is so expensive", "on the news": not where the child is
        if (
            kind is Kind.PERSON
            and not personal
            and _place_no_name(lows[start:end], lex)
            and not_here(post, lows, start, end, before, lex, personal=False)
        ):
            continue  # "i'd love to visit <island> before i die": a place the tagger took for a name, dreamt of
        if hit is None and not personal and post.famous_inside(start, end):
            continue  # "watching shortland street": everyday words before a show's name
        if (
            kind is not Kind.PERSON
            and not personal
            and PLACE_BEFORE.search(before) is None
            and post.split_team(start, end)
        ):
            continue  # "go the phoenix ... wellington is so back": the team, by its two words
        if not personal and _nations_fixture(post, start, end):
            continue  # "<country> vs <country> cricket": two national sides, no club of the child's
        if county_fixture(lows, start, end):
            continue  # "wexford vs kilkenny hurling", "cork v kerry": two counties' sides, no club of the child's
        sight = post.covering(post.sights, start, end, parts=True)
        if sight is None and len(toks) > 1 and all(inside_match(post.sights, s, e) for s, e, _w in toks):
            sight = match_at(post.sights, toks[0][0])  # "the mcg boxing day": a sight and a holiday side by side
        # a named ground, too ("<sponsor> stadium is massive"); a game there may be the child's club's
        seen = sight or (None if kind is Kind.PERSON else post.ground(toks))
        if seen is not None and not personal and AT.search(before) is None and RESIDENCE.search(before) is None:
            continue  # "saw big ben", "tim hortons timbits"; not "we're at bondi beach", "we live in ibiza"
        big = kind is Kind.LOCATION and big_city(text[start:end], lex)
        if (
            kind is Kind.LOCATION
            # a street after a star ("chuck e cheese on ridge rd") is the branch's, no star's town
            and (big or sight is not None or post.star_before(start, toks))
            and post.famous_before(start)
            and not FIRST_PERSON.search(before)
            and not personal
        ):
            public.setdefault(wl.norm(text[start:end]), start)
            continue  # "olivia rodrigo played in melbourne", "sabrina carpenter at wembley", "bieber is from stratford"
        if (
            kind is not Kind.PERSON
            and sight is not None
            and (event_at(before) or _FIXTURE_AT.search(lows, max(0, start - 60), start))
            and not FIRST_PERSON.search(lows[:start])
        ):
            continue  # "watching the cup final at wembley", "<side> vs <side> at <stadium>": a public event there
        if kind is not Kind.PERSON and not personal and world_record(lows, end):
            continue  # "<mall> used to be the biggest in the world": a public fact, no one's spot
        if kind is Kind.LOCATION and city_sight(post, start, end, before, lex):
            continue  # "dublin zoo has a new baby elephant": a city's zoo in the news; "at dublin zoo" stays
        fan = _FAN.search(before) is not None  # "my uncle supports everton": the cue is the fan's, not the club's
        if kind is Kind.PERSON and (fan or not personal) and place_side(toks, lex) and side(lows, start, end, before):
            continue  # "limerick are hurling champions": a county's side the tagger took for a person
        town = kind is Kind.LOCATION or (kind is Kind.ORG and wl.norm(text[start:end]) in wl.entries("towns"))
        if town and not personal and star_home(post, lows, start, lex):
            # "<singer> is from <town>", "<player> grew up in <town>": a public person's home (a town whose
            # name ends in a church's or a club's word, "<name> chapel", read as a group all the same)
            continue
        if kind is Kind.LOCATION and not same and (PUBLIC_HOME.search(before) or side(lows, start, end, before)):
            continue  # "my fav youtuber lives in brighton"; "dublin won the all ireland", "otago beat canterbury"
        spot = post.covering(post.countries, start, end, context=False)
        if spot is not None and kind is not Kind.PERSON and RESIDENCE.search(before) is None and post.sporty(spot):
            continue  # "ireland beat the all blacks", "india vs australia"; "we're going to japan" stays
        there = RESIDENCE.search(before) or TRAVEL.search(before)
        if spot is not None and kind is not Kind.PERSON and (MOVE_WISH.search(before) or not there):
            continue  # "so wet in scotland today", "nigeria can never", "i wanna move to peru": a country alone finds no one (read as a group too)
        out.append((start, end, kind, conf))
    if public:
        # "bieber is from stratford ... all i know about stratford": the star's town named again
        # (spaCy may call it a person the second time)
        out = [f for f in out if f[0] < public.get(wl.norm(text[f[0] : f[1]]), len(text))]
    return out


#: After a word that is a given name too: a tree's kind ("trees") or a species said to be one.
_SPECIES_AFTER = re.compile(r"\s{1,3}(?:trees?|(?:is|are)\s{1,3}an?\s{1,3}(?:type|kind|species)\s{1,3}of)(?![\w'’])")


#: Possessives of Hindi, Urdu and Punjabi after a name ("<star> ki batting", "<singer> ka gaana").
_POSSESSIVES = words("ka ki ke da di")


def _star_thing(post: Post, start: int, end: int) -> bool:
    """The span opens with a famous full name and runs on past a possessive after it ("<star> ki
    batting") or to a famous sight ("<star> played <stadium>"): the star's thing or stage, which
    the tagger took for a place or a person."""
    hit = match_at(post.famous, start)
    if hit is None:
        return False
    i, j, s, e = hit
    if s != start or e >= end or j - i < 2:
        return False
    # "<star's full name> played <stadium>": the tagger ran the star, a verb and the sight together
    sight = match_at(post.sights, end - 1)
    return (j < len(post.toks) and post.toks[j][2] in _POSSESSIVES) or (sight is not None and sight[3] == end)


def _inside_famous(post: Post, start: int) -> bool:
    """The span starts inside a famous name of two words or more, past its first word ("[harry]
    styles wax figure"): a piece of the show's or star's name, no one near the child."""
    m = match_at(post.famous, start)
    return m is not None and m[2] < start and m[1] - m[0] > 1


#: A fan's words for a star, said as a name ("king is back", "goat did it again", "the legend"):
#: no child's given name.
_EPITHETS = frozenset({"king", "queen", "goat", "legend", "boss", "champ", "skipper", "captain", "icon", "hero"})
#: Fans' cheers of other languages said with a club's name: Italian, Spanish, French, Basque "come on",
#: Arabic "let's go", "champion(s)" in Turkish and Spanish. Never a name beside a famous club.
_CHEERS = words("forza vamos allez aupa hala yalla şampiyon sampiyon campeon campeón campeones")
#: Colours said after "in" ("the cups in pink"), which a tagger may take for a place; colours that
#: are towns or given names too ("orange", "rose", "violet", "hazel") are left out.
_COLOURS = frozenset(
    {
        "pink", "purple", "lilac", "lavender", "teal", "turquoise", "beige", "maroon", "magenta", "burgundy",
        "mauve", "cyan", "navy", "grey", "gray", "black", "white", "blue", "red", "green", "yellow", "gold",
        "silver", "cream", "khaki", "mint", "neon", "rainbow",
    }
)  # fmt: skip
#: Right after a place: the child's own too ("... from <town> and so am i", "..., me too").
_SAME_HOME = re.compile(
    r"\s{0,3}[,.!]?\s{0,3}(?:(?:and|&)\s{1,3})?(?:so\s{1,3}(?:am|do)\s{1,3}i|me\s{1,3}too|same\s{1,3}(?:as\s{1,3}me|here))(?![\w'’])"
)
#: "The" in Caribbean English and creoles ("de beach", "di world"); "de" also starts surnames
#: ("de villiers"), so only everyday words may follow it.
_CREOLE_THE = frozenset({"de", "di"})
#: Pronouns a tagger may take for a name beside one ("me and chloé").
_PRONOUNS = frozenset({"me", "i", "u", "you", "we", "us", "him", "her", "them"})
#: Kinds of places every town has, alone (the tagger may read "at church" as a named place):
#: worship, a camp, Māori "kura" (school) and "kōhanga" (language nest).
_VENUES = frozenset(
    {"church", "chapel", "mosque", "temple", "mandir", "gurdwara", "camp", "kura", "kohanga", "kōhanga"}
    # ... by other spellings and languages' words ("at gurudwara", "masjid after school", Tamil "kovil")
    | {"gurudwara", "masjid", "kovil", "koil"}
    # and the services held there ("see yiz at mass", "after jummah")
    | {"mass", "jummah", "jumma", "namaz", "puja", "pooja", "satsang", "kirtan", "shul", "synagogue", "sabbath"}
    # ... the meal, the procession, the class and the prayers of a faith ("langar was packed", "madressa ran late")
    | {"langar", "kavadi", "madressa", "madrassa", "madrasa", "iftar", "taraweeh", "tarawih", "novena"}
    # and the corner shop by its kind ("kota from the spaza", "the kirana near us")
    | {"spaza", "tuckshop", "kirana", "duka"}
    | {"jamatkhana", "jamaatkhana"}  # an Ismaili prayer hall, by its kind
    | {"lotu"}  # church and its service in Tongan, Samoan and Fijian ("see u after lotu")
)
#: Words of a kind of venue every town has ("the rec centre", "the local leisure centre", "the skate park"):
#: what it is for, then its kind.
_VENUE_KINDS = words(
    "the our local rec recreation community leisure sports sport youth aquatic aquatics civic skate swimming swim"
    " fitness activity activities medical health shopping public town village"
)
_VENUE_HEADS = words("centre center centres centers hall park pool gym rink library")


def _generic_venue(text: str, toks: list[wl.Word]) -> bool:
    """Lower-case words of a kind of venue only, ending in its kind ("the rec centre", "community
    hall"): no named place. A name in it ("kowhai community centre") or capitals keep it."""
    return (
        len(toks) >= 2
        and toks[-1][2] in _VENUE_HEADS
        and all(w in _VENUE_KINDS for _s, _e, w in toks[:-1])
        and text[toks[0][0] : toks[-1][1]].islower()
    )


#: A pastime's sessions after its name ("kapa haka practice", "netball training").
_SESSIONS = words("practice practise practices training trainings rehearsal rehearsals")


def _pastime_words(post: Post, said: list[str]) -> bool:
    """Words of a pastime only: each a pastime, or all one ("rippa rugby"), maybe with its sessions
    after it ("kapa haka practice"), or the first word of a pastime of two ("at kapa haka": the
    tagger took "kapa" alone)."""
    if not said:
        return False
    while len(said) > 1 and said[-1] in _SESSIONS:
        said = said[:-1]
    if all(pastime(w) for w in said) or pastime(" ".join(said)):
        return True
    if len(said) != 1:
        return False
    return any(pastime(f"{said[0]} {after}") for after in post.followers.get(said[0], ()))


#: A code just before ("the code ... its X"): what follows in capitals is the code.
_CODE_BEFORE = re.compile(r"\bcodes?\b[^.!?]{0,50}$")
#: A price as one word: a currency's sign or letter and the amount ("r35", "rs50", "50p").
_PRICE = re.compile(r"(?:r|rs|kes|ksh)\d{1,5}|\d{1,5}(?:p|c|rs|bucks|quid)")
#: Everyday place words a filler phrase may run into ("nimefika school"): no name by themselves.
_FILLER_HEADS = frozenset({"school", "skool", "class", "church", "beach", "shop", "shops", "mall", "home"})


#: Before a month: a time word ("in jan", "since september", "next june") or a day's number ("on 22 jan",
#: "the 3rd of june").
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|til|by|of|from|through|next|last|this|early|late|mid|every|each)"
    r"|(?<![\d.,:/-])\b\d{1,2}(?:st|nd|rd|th)?(?:\s{1,3}of)?)\s{1,3}$"
)
#: Months that are nobody's given name in the name lists' sense ("june", "april", "may" and "jan"
#: are): a person only by a cue before them.
_PLAIN_MONTHS = words("january february march september october november december feb sept oct nov dec")


def _month(toks: list[wl.Word], before: str, lows: str, end: int) -> bool:
    """One word, a month or its short form, said as a time: after a time word ("in jan", "by
    june"), before a day's number ("jan 5th"), or a month that is no given name ("september")."""
    if len(toks) != 1 or toks[0][2] not in MONTHS:
        return False
    if toks[0][2] in _PLAIN_MONTHS or _MONTH_BEFORE.search(before):
        return True
    return re.match(r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?\b", lows[end:]) is not None


#: Two sides of a match, then "at (the)" and the ground ("<country> vs <country> at <stadium>").
_FIXTURE_AT = re.compile(
    r"\b(?:vs|v|versus)\.?\s{1,3}[a-z'’]{2,20}(?:\s{1,3}[a-z'’]{2,20}){0,2}\s{1,3}(?:at|@)\s{1,3}(?:the\s{1,3})?$"
)


def _place_no_name(name: str, lex: Lexicon) -> bool:
    """One word that the names lexicon or the towns lists know as a place and that is nobody's
    given name ("bali", "langkawi"; not "paris", "florence")."""
    info = lex.words.get(name)
    place = (info is not None and bool(info[0] & PLACE)) or name in wl.entries("towns")
    given = (info is not None and bool(info[0] & FIRST)) or name in wl.entries("first_names")
    return place and not given


#: A fan's verb right before a club ("my dad supports sunderland").
_FAN = re.compile(r"\bsupport(?:s|ing|ed)?\s{1,3}$")
#: "my fav" right before a famous name ("my favourite nintendo console", "our favourite band"): a fan's pick,
#: no one near the child ("my fav cousin chelsea" has a word of kin between, and stays).
_FAN_MY = re.compile(r"\b(?:my|our)\s{1,3}(?:all\s{1,3}time\s{1,3})?(?:fav|fave|favs|favourite|favorite)\s{1,3}$")


def _nations_fixture(post: Post, start: int, end: int) -> bool:
    """The span starts with a country that has "vs" and another country beside it ("<country> vs
    <country> cricket ...", "<country> vs [<country> cricket ...]"): national sides, no club of the
    child's."""
    return any(
        start in (a[2], b[2]) and b[0] > a[1] and all(w in _VERSUS_WORDS for *_o, w in post.toks[a[1] : b[0]])
        for a, b in pairwise(post.countries)
    )


#: Between two sides of a match.
_VERSUS_WORDS = words("vs v versus")


def _country_person(post: Post, lows: str, start: int, end: int, lex: Lexicon) -> bool:
    """A country the tagger read as a person: one that is nobody's given name, or one that is a
    given name too ("india", "kenya") with another country in the post ("canada is just
    america"). Countries that are common given names (jordan, georgia) are not on the list."""
    spot = post.covering(post.countries, start, end, context=False)
    if spot is None or spot[2] != start or spot[3] != end:
        return False
    info = lex.words.get(lows[start:end])
    if info is None or not info[0] & FIRST:
        return True
    return len(post.countries) > 1


def _from_fiction(lows: str, end: int, famous_starts: set[int], lex: Lexicon) -> bool:
    """The name is a character: "from the film" follows, or "from" and a famous title that is no
    big city ("maui from moana"; "aisha from kano" is a girl from the city)."""
    if _FICTION_AFTER.match(lows, end) or _TITLE_AFTER.match(lows, end):
        return True
    after = _FROM.match(lows, end)
    if after is None or after.end() not in famous_starts:
        return False
    word = re.match(r"[^\W\d_]+", lows[after.end() :])
    return word is None or not (big_city(word.group(), lex) or word.group() in wl.entries("towns"))


_ON = re.compile(r"\s{1,3}on\s{1,3}")


def _on_show(post: Post, lows: str, end: int) -> bool:
    """The name is followed by "on" and a famous name of two words or more ("<name> on <reality
    show>"): a contestant; a one-word game or app after "on" ("on roblox", "on tiktok") may be a
    friend's."""
    on = _ON.match(lows, end)
    return on is not None and any(m[2] == on.end() and m[1] - m[0] > 1 for m in post.famous)


#: After a name: the post speaks of the word itself ("grace is a word", "is just a name").
_WORD_TALK = re.compile(
    r"\s{1,3}(?:is|was)\s{1,3}(?:(?:also|just|only|not)\s{1,3}){0,2}(?:a|an)\s{1,3}(?:word|name|verb|noun)\b"
)
#: Verbs that open a wish to everyone ("hope ur all well", "wish u all luck"), names too.
_WISH_VERBS = frozenset({"hope", "wish", "pray", "trust"})
#: Who the wish is for, after the verb.
_WISHED = re.compile(
    r"\s{1,3}(?:ur|your|yall|y'all|everyone|everybody|(?:u|you)\s{1,3}(?:all|guys|feel|get|have|had|enjoy|like|r|are))\b"
)


def _word_itself(lows: str, start: int, end: int) -> bool:
    """The post speaks of the word, not of someone: "grace is a word", or a wish that opens the
    post ("hope ur all having a good day")."""
    if _WORD_TALK.match(lows, end):
        return True
    if lows[start:end] not in _WISH_VERBS or _WISHED.match(lows, end) is None:
        return False
    return not any(c.isalpha() for c in lows[:start])  # the wish opens the post


#: The truecasing score (log odds of a capital) at or under which a word is an everyday one first.
_LOWER_CASE_SCORE = -1.0
_LAST_WORD = re.compile(r"([a-z'’]+)\W*$")
#: Nouns after "friend" that make a thing of it ("my friend code is ...", "friend request").
_FRIEND_NOUNS = frozenset({"code", "codes", "request", "requests", "list", "group", "zone"})


def _plain_word(text: str, tok: wl.Word, before: str, lex: Lexicon) -> bool:
    """A word typed in lower case that is an everyday word and nobody's given name, and that
    English text writes in lower case far more often than capitalised ("new", "code", "cross";
    a surname too, but a child's friend goes by a given name), with no title or family word right
    before it ("mdm tan", "nana blessing" stay)."""
    start, end, word = tok
    info = lex.words.get(word)
    prev = _LAST_WORD.search(before)
    return (
        text[start:end].islower()
        and info is not None
        and bool(info[0] & WORD)
        and not info[0] & FIRST
        and info[1] <= _LOWER_CASE_SCORE
        and word not in wl.entries("first_names")
        and not (prev and (prev[1] in TITLES or prev[1] in RELATIONS))
    )


def _dropped_g(text: str, tok: wl.Word, lex: Lexicon) -> bool:
    """A verb typed in lower case with its "g" dropped ("ur lyin", "stop cappin"): its "-ing" form
    is an everyday word and it is nobody's name."""
    start, end, word = tok
    if len(word) < 4 or not word.endswith("in") or not text[start:end].islower():
        return False
    info = lex.words.get(word)
    full = lex.words.get(word + "g")
    return (
        (info is None or not info[0] & (FIRST | LAST))
        and word not in wl.entries("first_names")
        and full is not None
        and bool(full[0] & WORD)
        and not full[0] & FIRST
    )


def _everyday(word: str, lex: Lexicon) -> bool:
    """An everyday word ("beach"), though a name or place too; not a given name first ("savannah")."""
    info = lex.words.get(word)
    return info is not None and bool(info[0] & WORD) and not info[0] & (FIRST | MAJOR)
