"""Gamer tags and handles a picture's text shows by their shape alone (:func:`gamer_tags`,
:func:`lobby_tags`, :func:`added`) or by where they stand (:func:`stamped_senders`, after a
form's label: :func:`labelled_tags`; heading a line, after a lobby's rank or before a chat's
time stamp, status or speaker's ":", in the text as the scanners read it: :func:`screen_names`).

:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text as it shows
it (capitals kept): in a lobby, a leaderboard or a server's member list tags stand side by side,
with no cue before them, so their shape is all that says they are someone's account.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .ner_words import given_name, unheard

#: Not inside a link, an address or a longer word (before), nor before one (after).
_BEFORE, _AFTER = r"(?<![\w.@/#:-])", r"(?![\w@/-]|\.\w)"
#: xX…Xx: a gamer tag's frame.
#: (a hyphen inside too: a hyphenated given name, "xXSeo-yeonPlaysXx")
_FRAMED = re.compile(rf"{_BEFORE}xX[A-Za-z0-9_-]{{3,24}}Xx{_AFTER}")
#: Words joined by "_" ("TaneK_Shark", "Star_mere_12", "the_real_mere07").
_JOINED = re.compile(rf"{_BEFORE}[A-Za-z0-9]{{1,20}}(?:_[A-Za-z0-9]{{1,20}}){{1,4}}{_AFTER}")
#: Capitalised words run together before a number ("NoahBuilds31", "CometAroha19"), maybe
#: after half a gamer tag's frame ("xXSniperQueen389", "XxStar783").
_CAMEL = re.compile(rf"{_BEFORE}(?P<frame>xX|Xx)?(?P<words>(?:[A-Z][a-z]{{1,15}}){{1,4}})\d{{1,4}}{_AFTER}")
#: Three capitalised words or four run together, maybe before a number ("EthanTheBuilder",
#: "ItsMeAroha"): a tag when one of them is a given name.
_CAMEL_LONG = re.compile(rf"{_BEFORE}(?P<words>(?:[A-Z][a-z]{{1,15}}){{3,4}})\d{{0,4}}{_AFTER}")
#: A name, a word and a number, dotted ("aroha.Comet.73").
_DOTTED = re.compile(rf"{_BEFORE}[A-Za-z]{{3,20}}\.[A-Za-z]{{3,20}}\.\d{{1,4}}{_AFTER}")
#: A given name and words after it, dotted, in lower case ("aroha.draws", "tane.ngata.kaiti").
_NAME_DOTTED = re.compile(rf"{_BEFORE}(?P<first>[a-z]{{2,20}})(?:\.[a-z0-9_]{{2,20}}){{1,3}}{_AFTER}")
#: Capitalised words run together before a video creator's "YT" or "TTV" ("DragonNinjaYT",
#: "PixelFoxTTV7"): a channel's name, someone's account.
_CREATOR = re.compile(rf"{_BEFORE}(?:[A-Z][a-z]{{1,15}}){{2,4}}(?:YT|TTV)\d{{0,4}}{_AFTER}")
#: A given name run together with a player's or a creator's word ("MereGaming", "TaneYT",
#: "NoahPlays7"): one child's channel or tag.
_NAME_CREATOR = re.compile(
    rf"{_BEFORE}(?P<name>[A-Z][a-z]{{1,15}})(?:Gaming|Gamer|Plays|Playz|YT|TTV)\d{{0,4}}{_AFTER}"
)
#: A console's friend code: three groups of four digits, after "FC" / "SW" or a code's label
#: ("FC 4312-0087-5521", "friend code: 1234-5678-9012").
_FRIEND_CODE = re.compile(r"(?<![\w-])(?:(?:FC|SW|fc|sw)[ \t:-]{0,3}|(?i:code)[ \t:]{1,3})\d{4}-\d{4}-\d{4}(?![\w-])")
#: What ends a link or a file's name, never a handle ("aroha.com", "aroha.jpg").
_NOT_HANDLE_END = re.compile(
    r"\.(?:com|net|org|io|tv|gg|me|co|uk|au|nz|ca|in|za|ie|us|app|dev|ly|be|to|edu|gov|sch|ac|info|biz"
    r"|jpg|jpeg|png|gif|pdf|doc|docx|txt|mp3|mp4|mov|zip|html|htm|php)$"
)


def gamer_tags(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each gamer tag in ``text`` (as the picture shows it): a word framed
    by "xX…Xx"; words joined by "_" with three letters or more and a digit or a capital past
    the first letter, never capitals alone (a program's "MAX_SIZE") or lower-case words alone
    (a file's "read_me") unless one is a given name ("aroha_k_akl"); capitalised words run
    together before a number, one of them a given name ("NoahBuilds31"; no product:
    "PlayStation5"), or three or four of them, one a given name ("EthanTheBuilder"); a word, a
    word and a number dotted; a given name and words after it dotted
    in lower case ("aroha.draws"; no link or file: "aroha.com", "aroha.jpg"); capitalised words
    before a creator's "YT" ("DragonNinjaYT"), or a given name before a player's word
    ("MereGaming", "TaneYT"); a console's friend code ("FC 4312-0087-5521"); a given name, an
    "x" and a word run together in lower case ("miaxkite")."""
    taken: list[tuple[int, int]] = []
    for start, end in _tags(text):
        if not any(s < end and start < e for s, e in taken):  # one tag of two shapes is one
            taken.append((start, end))
            yield start, end


def _tags(text: str) -> Iterator[tuple[int, int]]:
    """Every shape of :func:`gamer_tags`, overlapping ones too."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _FRAMED.finditer(text):
        yield m.span()
    for m in _JOINED.finditer(text):
        word = m.group()
        marked = any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])
        named = any(given_name(part.lower(), lex) for part in word.split("_"))
        if sum(c.isalpha() for c in word) >= 3 and not word.isupper() and (marked or named):
            yield m.span()
    for m in _CAMEL.finditer(text):
        words = re.findall(r"[A-Z][a-z]+", m.group("words"))
        # the frame alone makes a tag; else two words or more, one of them a given name
        if m.group("frame") or (len(words) >= 2 and any(given_name(w.lower(), lex) for w in words)):
            yield m.span()
    for m in _CAMEL_LONG.finditer(text):
        # three words run together make a tag's shape: a given name that is also a word will do ("JackTheSniper")
        if any(given_name(w.lower(), lex, everyday=True) for w in re.findall(r"[A-Z][a-z]+", m.group("words"))):
            yield m.span()
    for m in _DOTTED.finditer(text):
        yield m.span()
    for m in [*_CREATOR.finditer(text), *_FRIEND_CODE.finditer(text)]:
        yield m.span()
    for m in _NAME_CREATOR.finditer(text):
        if given_name(m.group("name").lower(), lex, everyday=True):
            yield m.span()
    for m in _NAME_DOTTED.finditer(text):
        word = m.group()
        if given_name(m.group("first"), lex) and not _NOT_HANDLE_END.search(word) and not _DOTTED.fullmatch(word):
            yield m.span()
    for m in _LOWER_X.finditer(text):
        if _name_x_word(m.group(), lex):
            yield m.span()
    for m in _LOWER_FRAMED.finditer(text):
        if _framed_name(m.group(), lex):
            yield m.span()


#: A lower-case word with an "x" inside ("miaxkite"): maybe a given name and a word joined by it.
_LOWER_X = re.compile(rf"{_BEFORE}[a-z]{{3,15}}x[a-z]{{3,15}}{_AFTER}")


#: A lower-case word framed by a lone "x" at each end ("xtanerocketx"): a gamer tag's frame
#: typed without capitals.
_LOWER_FRAMED = re.compile(rf"{_BEFORE}x[a-z][a-z0-9]{{4,26}}x{_AFTER}")


def _framed_name(word: str, lex) -> bool:
    """A given name of three letters or more opens the frame, with more after it ("xtanerocketx",
    "xmeresk8x"; one that is an everyday word too: the frame makes it a tag). Everyday words framed
    by "x" are rare."""
    inner = word[1:-1]
    return any(given_name(inner[:i], lex, everyday=True) for i in range(3, len(inner) - 1))


def _name_x_word(word: str, lex) -> bool:
    """A given name, an "x" and an everyday word or another name run together ("miaxkite",
    "tanexdragon"): a tag of the "<name> x <thing>" shape, a name no everyday word starts with
    (the x of "taxi" or "sixteen" follows no given name of three letters or more)."""
    from ..truecase import WORD

    for i, c in enumerate(word):
        if c != "x" or i < 3 or len(word) - i - 1 < 3:
            continue
        head, tail = word[:i], word[i + 1 :]
        info = lex.words.get(tail)
        if given_name(head, lex) and ((info is not None and info[0] & WORD) or given_name(tail, lex)):
            return True
    return False


def lobby_tags(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the other players of a lobby, a leaderboard or a friend list, none of
    them a given name needed: capitalised words run together before a number of two digits or
    more ("LilQueen705", "CosmicFox753"); lower-case words dotted ("frost.byte", "its.kiri.art");
    a number between lower-case words ("wolf12storm"); a lower-case word, capitalised ones and a
    number ("wolfKite42"); dotted words ending in a number ("kiri.moa38"); lower-case words joined
    by "_" ("its_kiri_star"); an unknown word and a number
    ("kowhaikid7"); a word no list knows alone on its line or before "(you)" or a level
    ("mangokiwi"); a lower-case tag heading a friend list's row before its status ("kiritane KT
    Playing"), or after the avatar's letters, its own first two ("NO noahxs"). The caller asks
    only where the picture already shows a gamer tag or a handle (a product's "PlayStation5",
    "Xbox360" elsewhere is no tag); a famous name run together is none ("MacBookPro16"), nor a
    link or a file ("kiri.com"), nor two words a lost space joined ("slow.my"), nor an everyday
    word and a number ("season9")."""
    from .. import lexicon as lists
    from ..truecase import WORD, lexicon

    for m in _CAMEL.finditer(text):
        words = re.findall(r"[A-Z][a-z]+", m.group("words"))
        digits = len(m.group()) - len(m.group("words")) - len(m.group("frame") or "")
        if len(words) >= 2 and digits >= 2 and " ".join(words).lower() not in lists.entries("famous"):
            yield m.span()
    for m in _LOWER_DOTTED.finditer(text):
        parts = m.group().split(".")
        if not _NOT_HANDLE_END.search(m.group()) and "www" not in parts and parts[1] not in _SENTENCE_START:
            yield m.span()
    for m in _NUMBER_INSIDE.finditer(text):
        yield m.span()
    # a friend list's or a lobby's tags of other shapes: a lower-case word, then capitalised
    # ones and a number ("wolfKite42"); dotted words ending in a number ("kiri.moa38"); lower-case
    # words joined by "_" ("its_kiri_star")
    for m in [*_LOWER_CAMEL.finditer(text), *_DOTTED_NUMBER.finditer(text), *_LOWER_JOINED.finditer(text)]:
        if not _NOT_HANDLE_END.search(m.group()):
            yield m.span()
    lex = lexicon()
    for m in _WORD_NUMBER.finditer(text):
        if not lex.classes(m.group("word")) & WORD:
            yield m.span()
    for m in _PLAIN_TAG.finditer(text):
        if unheard(m.group("tag"), lex):
            yield m.span("tag")
    # a short given name and a number of three or four digits ("owen346"); "its" before a given
    # name and more words run together ("itskiribunny"), never an everyday word ("itself")
    for m in _NAME_NUMBER.finditer(text):
        if given_name(m.group("name"), lex, everyday=True):
            yield m.span()
    for m in _ITS_NAME.finditer(text):
        rest = m.group("rest")
        if not lex.classes(m.group()) & WORD and any(given_name(rest[:n], lex) for n in range(3, len(rest) - 2)):
            yield m.span()
    # a friend list's row: a tag in lower case heading its line, maybe the avatar's initials,
    # then the friend's status ("kiritane KT Playing ...", "moa_rua Away"); never an everyday word
    for m in _STATUS_ROW.finditer(text):
        tag = m.group("tag")
        if not (tag.isalpha() and lex.classes(tag) & WORD) and not _NOT_HANDLE_END.search(tag):
            yield m.span("tag")
    # a lobby's row: the avatar's two letters, the tag's own first two, then the tag alone
    # ("NO noahxs"; the OCR may read the tag's first "l" as an "I": "LW Iwazikhu52")
    for m in _AVATAR_TAG.finditer(text):
        tag = m.group("tag")
        first = "l" + tag[1:] if tag[0] == "I" else tag
        if m.group("initials") == first[:2].upper() and not lex.classes(first.lower()) & WORD:
            yield m.span("tag")


#: A lobby's row: the avatar's two capitals, then a tag alone on the line ("NO noahxs").
_AVATAR_TAG = re.compile(r"(?m)^[ \t]{0,3}(?P<initials>[A-Z]{2})[ \t]{1,3}(?P<tag>[A-Za-z][a-z0-9._]{3,29})[ \t]{0,3}$")


#: A short given name and a number of three or four digits ("owen346", "yuna534").
_NAME_NUMBER = re.compile(rf"{_BEFORE}(?P<name>[a-z]{{3,4}})\d{{3,4}}{_AFTER}")
#: "its" before words run together in lower case ("itskiribunny").
_ITS_NAME = re.compile(rf"{_BEFORE}its(?P<rest>[a-z]{{6,27}}){_AFTER}")
#: Lower-case words dotted, two or three ("frost.byte", "its.kiri.art").
_LOWER_DOTTED = re.compile(rf"{_BEFORE}[a-z]{{2,20}}(?:\.[a-z]{{2,20}}){{1,2}}{_AFTER}")
#: Words a sentence starts with: "slow.my" is two sentences whose space the OCR lost.
_SENTENCE_START = frozenset(
    [
        "the",
        "my",
        "i",
        "a",
        "an",
        "and",
        "so",
        "to",
        "is",
        "it",
        "in",
        "on",
        "we",
        "you",
        "u",
        "me",
        "lol",
        "but",
        "or",
        "of",
        "at",
        "im",
        "its",
    ]
)
#: A number between lower-case words ("wolf12storm", "kiri07art").
_NUMBER_INSIDE = re.compile(rf"{_BEFORE}[a-z]{{3,20}}\d{{1,4}}[a-z]{{3,20}}{_AFTER}")
#: A lower-case word no list knows, alone on its line or before a player's "(you)" or level
#: ("mangokiwi", "frostmoa (you)", "tuiblast LVL 12"): a tag of words run together.
_PLAIN_TAG = re.compile(
    r"(?m)^[ \t]{0,3}(?P<tag>[a-z]{6,30})(?:[ \t]{0,3}$|[ \t]{1,3}(?=\(you\)|(?i:lvl|lv|level)[ \t]?\d))"
)
#: A friend list's row: a lower-case tag heading its line, maybe the avatar's initials, then the
#: friend's status ("kiritane KT Playing", "moa_rua Away", "tuiblast Last online 2h ago").
_STATUS_ROW = re.compile(
    r"(?m)^[ \t]{0,3}(?P<tag>[a-z][a-z0-9_.]{4,29})[ \t]{1,3}(?:[A-Z]{1,2}[ \t]{1,3})?"
    r"(?:Playing|Away|Online|Offline|Busy|In[ \t]game|Last[ \t]online)(?![\w])"
)
#: A lower-case word, capitalised words run together after it and a number ("wolfKite42").
_LOWER_CAMEL = re.compile(rf"{_BEFORE}[a-z]{{2,15}}(?:[A-Z][a-z]{{1,15}}){{1,3}}\d{{1,4}}{_AFTER}")
#: Lower-case words dotted, the last ending in a number ("kiri.moa38").
_DOTTED_NUMBER = re.compile(rf"{_BEFORE}[a-z]{{2,20}}\.[a-z]{{2,20}}\d{{1,4}}{_AFTER}")
#: Lower-case words joined by "_", two to four ("its_kiri_star", "moa_blaze").
_LOWER_JOINED = re.compile(rf"{_BEFORE}[a-z]{{2,20}}(?:_[a-z]{{2,20}}){{1,3}}{_AFTER}")
#: A lower-case word of five letters or more and a number ("kowhaikid7").
_WORD_NUMBER = re.compile(rf"{_BEFORE}(?P<word>[a-z]{{5,30}})\d{{1,4}}{_AFTER}")


#: A chat's "add me <tag> on <app>" ("add me shadow_boi on snap"): the tag is the sender's.
_ADD_ME = re.compile(
    r"\b(?i:add me|add|follow me)[ \t]{1,2}(?P<tag>@?[A-Za-z0-9][A-Za-z0-9._]{2,29})[ \t]{1,2}(?i:on|at)[ \t]{1,2}"
    r"(?i:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tt|discord|roblox|fortnite|xbox|psn|steam|kik|twitch|minecraft)\b"
)


#: An invitation's tag at the end of its line ("join us ShadowNoodle324" by a game's QR code),
#: or after a profile's "add me:" label whatever follows it ("add me: wolfKite42 School: ..."):
#: a word with a digit, an inner capital or a "_", never an everyday word ("join us today").
_JOIN_US = re.compile(
    r"\b(?:(?i:join us|join me|add me|play with me)[ \t:]{1,3}(?P<tag>@?(?=[A-Za-z0-9._]{0,29}(?:\d|[a-z][A-Z]|_))"
    r"[A-Za-z][A-Za-z0-9._]{2,29})[ \t!]{0,3}$"
    r"|(?i:add me):[ \t]{1,3}(?P<labelled>@?(?=[A-Za-z0-9._]{0,29}(?:\d|[a-z][A-Z]|_))[A-Za-z][A-Za-z0-9._]{2,29})"
    r"(?![\w@/]|\.\w))",
    re.MULTILINE,
)


def added(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the tag a chat asks to be added by on an app ("add me shadow_boi on
    snap"), or an invitation names at the end of its line ("join us ShadowNoodle324"): whatever
    its shape, it is someone's account."""
    for m in _ADD_ME.finditer(text):
        yield m.span("tag")
    for m in _JOIN_US.finditer(text):
        yield m.span("tag" if m.group("tag") else "labelled")


#: A chat's header: the contact's avatar initials, their name, then their tag with a number
#: ("KT Kiri Tane kiri_t09", "M Moana moanab2014"), maybe after the status bar's clock.
_HEADER = re.compile(
    r"[ \t]{0,3}(?:\d{1,2}:\d\d[ \t]{1,3})?(?P<initials>[A-Z]{1,2})[ \t]{1,3}"
    r"(?P<name>[A-Z][a-z]{1,15}(?:[ \t]{1,2}[A-Z][A-Za-z'-]{1,20})?)[ \t]{1,3}"
    r"(?P<tag>[A-Za-z][A-Za-z0-9._]{1,28}\d{1,4})[ \t]{0,3}"
)
#: A chat header's name alone on its line ("Kiri T.", "Kiri Tane"), and the initials and tag under it.
_NAME_LINE = re.compile(r"[ \t]{0,3}(?P<name>[A-Z][a-z]{1,15}(?:[ \t]{1,2}[A-Z](?:[A-Za-z'-]{1,20}|\.))?)[ \t]{0,3}")
_INITIALS_TAG = re.compile(
    r"[ \t]{0,3}(?P<initials>[A-Z]{1,2})[ \t]{1,3}(?P<tag>[A-Za-z][A-Za-z0-9._]{1,28}\d{1,4})[ \t]{0,3}"
)
#: Lines of a screenshot's top a chat's header stands in (the status bar's clock and signal first).
_HEADER_LINES = 4


def _own_initials(initials: str, name: str) -> bool:
    """An avatar's initials are the name's own ("KT" before "Kiri Tane", "M" before "Moana")."""
    return initials == "".join(w[0] for w in name.split())[:2]


def header_tags(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the tag a chat's header shows after its contact's name, on one of the
    picture's first lines, the avatar's initials before the name being the name's own ("KT Kiri
    Tane kiri_t09"): the contact's account, whatever its shape (a message's words never
    start with the initials of the name after them)."""
    pos = 0
    for line in text.split("\n")[:_HEADER_LINES]:
        m = _HEADER.fullmatch(line)
        if m is not None and _own_initials(m.group("initials"), m.group("name")):
            yield pos + m.start("tag"), pos + m.end("tag")
        pos += len(line) + 1
    # ... or the name on its own line over the initials and the tag ("Kiri T." over "KT kiri_t09")
    lines = text.split("\n")[: _HEADER_LINES + 1]
    pos = 0
    for above, line in pairwise(lines):
        pos += len(above) + 1
        name, m = _NAME_LINE.fullmatch(above), _INITIALS_TAG.fullmatch(line)
        if name and m and _own_initials(m.group("initials"), name.group("name")):
            yield pos + m.start("tag"), pos + m.end("tag")


#: A messaging or game app's name heading a notification's line, before its sender.
_APP = re.compile(
    r"(?mi)^[ \t]{0,3}(?:(?:snapchat|discord|instagram|tiktok|whatsapp|messenger|telegram|roblox|twitch|steam|xbox"
    r"|playstation|threads)[ \t]{1,3}){1,2}$"
)
#: A chat's header: the avatar's initials and the contact's name, alone on a line.
_INITIALS_NAME = re.compile(
    r"[ \t]{0,3}(?P<initials>[A-Z]{1,2})[ \t]{1,3}(?P<name>[A-Z][a-z]{1,15}(?:[ \t]{1,2}[A-Z][A-Za-z'-]{1,20})?)[ \t]{0,3}"
)


def camel_senders(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of three or four capitalised words run together ("TheBlazeFox"), with
    no given name among them, where a sender's tag stands: right after an app's name heading a
    notification ("Discord TheBlazeFox ur in ..."), or alone on the line under a chat header's
    initials and name ("EY Emre Yilmaz" over "ThePixelRider"): an account, not a title."""
    for m in _CAMEL_LONG.finditer(text):
        start = m.start()
        line_start = text.rfind("\n", 0, start) + 1
        if _APP.fullmatch(text, line_start, start):
            yield m.span()
            continue
        # alone on its line, the line above a chat header's
        line_end = len(text) if (n := text.find("\n", m.end())) < 0 else n
        above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        header = _INITIALS_NAME.fullmatch(text, above_start, max(line_start - 1, 0))
        alone = not text[line_start:start].strip() and not text[m.end() : line_end].strip()
        mine = header is not None and _own_initials(header.group("initials"), header.group("name"))
        if alone and line_start > 0 and mine and text.count("\n", 0, start) <= _HEADER_LINES:
            yield m.span()


#: A sign-up form's or a profile's username after its label, with or without its ":" ("Username
#: kai.draws", "Gamertag: Koru_77").
_LABELLED = re.compile(
    r"\b(?i:user[ \t]?name|gamer[ \t]?tag|screen[ \t]?name|display[ \t]name|player[ \t]id)[ \t]{0,2}[:*]?[ \t]{1,3}"
    rf"(?P<tag>@?[A-Za-z0-9][A-Za-z0-9._-]{{1,29}}[A-Za-z0-9]){_AFTER}"
)


def labelled_tags(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the username a form or a profile gives after its label ("Username
    kai.draws"): one with a ".", a "_" or a digit in it, or a word no list knows; never the
    next label's word ("Username Email") or a link's domain."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _LABELLED.finditer(text):
        tag = m.group("tag").lstrip("@")
        low = tag.lower()
        shaped = any(c in "._" or c.isdigit() for c in tag) and sum(c.isalpha() for c in tag) >= 3
        if (shaped or unheard(low, lex)) and not _NOT_HANDLE_END.search(low):
            yield m.span("tag")


#: A chat's sender before its time stamp ("frost.moa Today at 4:16 PM"), whatever the tag's
#: shape; the OCR may run the two together ("kiri07Yesterday at 9:02").
_STAMPED = re.compile(
    r"(?<![\w.@#])(?P<tag>[A-Za-z0-9_.]{3,30}?)[ \t]{0,3}(?=(?i:today|yesterday)[ \t]at[ \t]\d{1,2}[:.]\d\d)"
)


def stamped_senders(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the tag heading a server's chat message before its time stamp
    ("mangokid Today at 5:50 PM"): its sender's account, whatever its shape; never an everyday
    word ("Guest", "deleted user") nor a clock's "PM"."""
    from ..truecase import WORD, lexicon

    lex = lexicon()
    for m in _STAMPED.finditer(text):
        tag = m.group("tag")
        plain = tag.isalpha()
        if sum(c.isalpha() for c in tag) >= 3 and not (plain and lex.classes(tag.lower()) & WORD):
            yield m.span("tag")


#: Words dotted, the last maybe a letter ("mia.rose.x", "its.tane.art", "tane.X").
_DOTTED_TAG = r"[a-zA-Z0-9_]{2,30}(?:\.[a-zA-Z0-9_]{1,30}){1,3}"
#: A dotted tag before what a notification says it did ("tane.k started following you").
_NOTIFIED = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<tag>{_DOTTED_TAG})[ \t]{{1,3}}(?i:started following you|followed you|mentioned you"
    r"|sent you|liked your|commented|tagged you|requested to follow)"
)
#: A dotted tag alone on its line (a profile's header) ...
_ALONE = re.compile(rf"(?m)^[ \t]{{0,3}}(?P<tag>{_DOTTED_TAG})[ \t]{{0,3}}$")
#: ... in a picture showing a profile's counts.
_PROFILE = re.compile(r"\b(?i:followers|following)\b")


def followed(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a dotted tag heading a notification ("mia.rose.x started following
    you") or alone on its line in a profile (a picture saying "followers"): an account, whatever
    its words; never a link or a file's name ("kiri.com", "notes.txt")."""
    spans = [m.span("tag") for m in _NOTIFIED.finditer(text)]
    if _PROFILE.search(text):
        spans += [m.span("tag") for m in _ALONE.finditer(text)]
    for start, end in spans:
        tag = text[start:end]
        # three letters or more: a count's "12.5k" is no tag
        if sum(c.isalpha() for c in tag) >= 3 and not _NOT_HANDLE_END.search(tag.lower()):
            yield start, end


#: A handle's shape: letters and digits joined by "_" or "." ("ninjacat_56", "mia.dances63",
#: "sk8r_11"), at least three letters: no time, price, version or code ("v1.2", "sw-4845").
_HANDLE = r"(?<![\w.@/])(?=(?:[0-9._]{0,40}[a-z]){3})[a-z0-9]{1,30}(?:[._][a-z0-9]{1,30}){1,4}(?![\w@/]|\.\w)"
#: A handle with no "_" or "." in it: a gamer tag ("xxkoa47xx") or five letters or more and a
#: number ("tamsinlakeside5"); only where a layout shows a screen name (:data:`_SCREEN_NAME`)
#: and never an everyday word and a number ("player1", "level12": :func:`screen_names`).
_BARE = r"(?<![\w.@/])(?:xx[a-z]{2,20}\d{1,4}xx|[a-z]{5,30}\d{1,4})(?![\w@/]|\.\w)"
#: ... at the start of a line (maybe after a clock: a profile's header "9:41 tamsinlakeside5",
#: and the avatar's one or two letters a chat's header shows before it: "9:41 tl tamsin.l52"),
#: after "from" or a lobby's rank ("#2 kiri.moana.2013"), before a chat's time stamp or status,
#: or before the ":" of a game chat's speaker ("tane_ruru4: anyone here").
_SCREEN_NAME = re.compile(
    rf"(?m)(?:^[ \t]{{0,3}}(?:\d{{1,2}}:\d{{2}}[ \t]{{1,3}})?(?:[a-z]{{1,2}}[ \t]{{1,3}}){{0,2}}|\bfrom[ \t]{{1,3}}|(?<!\S)#\d{{1,3}}[ \t]{{1,3}})"
    rf"(?P<a>{_HANDLE}|{_BARE})"
    rf"|(?P<b>{_HANDLE}|{_BARE})(?=[ \t]{{1,3}}(?:today|yesterday|active|online|sent|replied|liked|commented|level\b"
    rf"|lvl\b|\d{{1,2}}:\d{{2}})|:[ \t])"
)
#: Words a domain ends with: a link is the link scanner's ("mia.dances" is a handle, "mia.com" is not).
_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|tv|gg|me|co|uk|au|nz|ca|in|za|ie|us|app|dev|ly|be|to)$")


def screen_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each handle-shaped word heading a line, a chat message or a
    notification in ``text`` (lower case, as the scanners read it)."""
    for m in _SCREEN_NAME.finditer(text):
        group = "a" if m.group("a") else "b"
        word = m.group(group)
        if "_" in word or (not _DOMAIN_END.search(word) and any(c.isdigit() for c in word) and not _worded(word)):
            yield m.start(group), m.end(group)
        elif "." in word and not _NOT_HANDLE_END.search(word) and _names_someone(word):
            # a word and a given name dotted where a screen name stands ("comet.tane"): no number needed
            yield m.start(group), m.end(group)


def _names_someone(word: str) -> bool:
    """One of the dotted parts of ``word`` is a given name (no everyday word: "sunny", "max"), and
    none is a short title or abbreviation ("st.james", "dr.ana")."""
    from ..truecase import lexicon

    lex = lexicon()
    parts = word.split(".")
    return all(len(part) >= 3 for part in parts) and any(given_name(part, lex) for part in parts)


def _worded(word: str) -> bool:
    """An everyday word and a number ("player1", "level12"), not a screen name."""
    from ..truecase import WORD, lexicon

    if "." in word:
        return False
    info = lexicon().words.get(word.rstrip("0123456789"))
    return info is not None and bool(info[0] & WORD)
