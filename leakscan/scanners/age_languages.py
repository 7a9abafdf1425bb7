"""School years and ages in other languages and scripts, for the AGE scanner
(:mod:`leakscan.scanners.age`), which the English and lexicon forms of
:mod:`~leakscan.scanners.age_world` miss:

* Spanish and Portuguese ordinal school years: "5to de primaria", "octavo básico", "2do medio",
  "3º de la eso", "7º ano", "8ª série"; Italian "terza media", "quinta elementare";
* Dutch, German, Polish, Turkish and Vietnamese class words: "brugklas", "in groep 7", "2e klas",
  "7. klasse", "klasa 6", "6. sınıf", "lớp 7"; France's "en 6ème", "en cm2";
* German, Dutch and Nordic ages: "11 jahre alt", "11 jaar oud", "13 år gammel";
* Hong Kong's forms and Thailand's mathayom years: "f.2", "m.3", "f2 exams";
* Korean, Japanese and Chinese school years and ages: "2학년", "중2", "5年生", "小学4年", "三年级", "12さい",
  "11歳", "13살";
* an age alone with another language's "years": "🎈 10 lat", "✨ 9 años!", "!!! 12 anni 🎂";
* "I am N" in Afrikaans, Dutch, German and Hindi/Urdu: "ek is 12 en ...", "ik ben 11!", "main 11 ka hoon";
* someone's age with French "has", Portuguese "turns", Hindi "to turn": "<name> a 8 ans", "faz 12 anos", "13 saal ka hone";
* hashtags of a year group and of a birthday: "#6thyears", "#5thclass", "#mias12th".

Every pattern is a school's or an age's own form: a number alone is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int, float]

_ES_ORDINAL = (
    r"(?:(?:1[0-2]|[1-9])\s?(?:º|°|ª|o|to|vo|mo|ro|do|no|er|ero|ra|er\.)\.?"
    r"|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta"
    r"|s[eé]ptimo|s[eé]ptima|octavo|octava|noveno|novena|d[eé]cimo)"
)
#: A Spanish or Portuguese school year: an ordinal, then the stage ("5to de primaria", "octavo
#: básico", "2do medio", "1ro de secundaria", "3º eso"); "año"/"ano"/"série" only after an ordinal in
#: figures ("4to año", "7º ano", "8ª série"; "segundo año en el club" is a club's year).
_ES_YEAR = re.compile(
    rf"(?<![\w'’])(?:{_ES_ORDINAL}\s{{1,3}}(?:(?:de|del)\s{{1,3}}(?:la\s{{1,3}})?)?"
    r"(?:primaria|secundaria|secu|b[aá]sico|b[aá]sica|medio|grado|eso|bachillerato|bachi|prepa|preparatoria"
    r"|fundamental|elementare|superiore)"
    r"|(?:1[0-2]|[1-9])\s?(?:º|°|ª|o|to|vo|mo|ro|do|no|er)\.?\s{1,3}(?:a[ñn]o|ano|s[eé]rie))(?![\w'’])"
)
#: Italian middle and primary school years: "terza media", "prima media", "quinta elementare".
_IT_YEAR = re.compile(
    r"(?<![\w'’])(?:prima|seconda|terza|quarta|quinta|[1-5]\s?[aª°])\s{1,3}(?:media|elementare|superiore|liceo)(?![\w'’])"
)
#: Dutch, German, Polish, Turkish, Vietnamese: "brugklas", "in groep 7", "bijna groep 6", "2e klas", "klas 3", "7. klasse",
#: "klasse 8", "klasa 6", "6 klasa", "w 6 klasie", "6. sınıf", "lớp 7" (a class's number, 1 to 13).
_CLASS_YEAR = re.compile(
    r"(?<![\w'’])(?:brugklas(?:ser)?"
    # the child's year after "in", "eindelijk" (at last), "naar" (to), "bijna" (almost), "nu" (now): "bijna groep 6"
    r"|(?:(?<=\bin\s)|(?<=\beindelijk\s)|(?<=\bnaar\s)|(?<=\bbijna\s)|(?<=\bnu\s))groep\s{1,3}[1-8]"
    # or before the school it is in ("groep 6 op de vlinder", "groep 4 bij obs ..."), not a photo, a camp or time
    r"|groep\s{1,3}[1-8](?=\s{1,3}(?:op|bij)\s{1,3}(?!(?:de\s{1,3}|het\s{1,3})?(?:foto|kamp|camping|tijd|app|tv)(?![\w'’])))"
    r"|(?:1[0-3]|[1-9])(?:e|de|ste|\.)?\s{0,2}(?:klas|klasse|klasa|klasie|klasy|s[ıi]n[ıi]f)"
    r"|(?:klas|klasse|klasa|l[oớ]p)\s{1,3}(?:1[0-3]|[1-9])[a-z]?)(?![\w'’])"
)
#: Korean, Japanese, Chinese school years: "2학년", "초6", "중2", "고1", "5年生", "中2", "三年级", "5年级".
_CJK_YEAR = re.compile(
    r"(?<!\d)(?:[1-6]\s?학년|[초중고]\s?[1-6](?!\d)|[1-6]\s?年生|[小中高]\s?[1-6](?!\d)|(?:[1-9]|[一二三四五六七八九])\s?年级)"
)
#: France's school years: a collège year ("en 6ème", "je passe en 4e", "5eme au collège ...") and a primary one ("en
#: cm2", "en ce1"): after "en", or before the collège or the école it is in; not a race's or a floor's rank.
_FR_YEAR = re.compile(
    r"(?<![\w'’])(?:(?<=\ben\s)(?:[3-6](?:e|ème|eme|è)|cm[12]|ce[12])(?![\w'’])"
    r"(?!\s{1,3}(?:position|place|rang|étage|etage|arrondissement|fois|ligne))"
    r"|[3-6](?:e|ème|eme|è)(?=\s{1,3}(?:au|à|a|en)\s{1,3}(?:coll[eè]ge|l['’]\s?[eé]cole|[eé]cole)(?![\w'’])))"
)
#: Japan's primary, junior high and high school years written out: "小学5年", "中学2年生", "小学校3年" (the
#: short forms "小5", "中2" are :data:`_CJK_YEAR`'s).
_JA_YEAR = re.compile(r"(?:小学校?|中学校?|高校)\s?[1-6]\s?年生?")
#: Hong Kong's secondary forms and Thailand's mathayom years: "f.2", "m.3" with the dot anywhere (not an "m.2"
#: drive), "f2 exams" glued only before its exams ("f1" and "m2" alone are a race and a car or a square metre).
_FORM_YEAR = re.compile(
    r"(?<![\w.])(?:[fm]\.\s?[1-6](?!\s{0,2}(?:ssd|slot|nvme|drive|screw))|[fm][1-6](?=\s{1,2}exams?(?![\w'’])))(?![\w.])"
)
#: An age in Japanese, Chinese or Korean figures: "12さい", "11歳", "9岁", "13살" (one to nineteen).
_CJK_AGE = re.compile(r"(?<!\d)(?P<n>1?\d)\s?(?:さい|歳|才|岁|살)")
#: Number words five to nineteen of Dutch, Afrikaans, German and the Nordic languages (a child writes the age in
#: words as often as in figures: "tien jaar oud", "zwölf jahre alt", "du är tolv nu").
_GERMANIC_WORDS = {
    w: i + 5
    for words_ in (
        "vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
        "vyf ses sewe agt nege tien elf twaalf dertien veertien vyftien sestien sewentien agtien negentien",
        "fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
        "fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
        "fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    )
    for i, w in enumerate(words_.split())
} | {"åtte": 8, "nitten": 19}
_GERMANIC_N = r"(?P<n>1?\d|" + "|".join(sorted(_GERMANIC_WORDS, key=len, reverse=True)) + ")"
#: An age in German, Dutch and the Nordic languages: "11 jahre alt", "9 jaar oud", "13 år gammel" (the number).
_YEARS_OLD = re.compile(
    rf"(?<![\w'’]){_GERMANIC_N}\s{{1,2}}(?:jahre\s{{1,2}}alt|jaar\s{{1,2}}oud|[aå]r\s{{1,2}}gamm[ae]l)(?![\w'’])"
)
#: "I am N" / "you are N" in Swedish, Norwegian and Danish ("jag är tolv nu", "du er 11!"): the age ends the
#: clause or "now", "today", "years" follow (not "jag är 5 minuter sen").
_NORDIC_AM = re.compile(
    rf"(?<![\w'’])(?:jag|du|han|hon|jeg|hun)\s{{1,3}}(?:är|ar|er)\s{{1,3}}{_GERMANIC_N}"
    r"(?=\s{0,3}(?:$|[!.,?]|[^\x00-\x7f\s]|(?:nu|idag|i\s{1,3}dag|år|ar)(?![\w'’])))"
)
#: An age in Turkish: "11 yaşındayım", "12 yaşındasın", "10 yaşına girdim" (the number).
_TURKISH_AGE = re.compile(r"(?<![\w'’])(?P<n>1?\d)\s{0,2}(?:yaşında|yasinda|yaşına|yasina)")
#: An age alone with "years" in Spanish, Portuguese, French, Polish, Malay/Indonesian, Dutch: "✨ 9 años!",
#: "🎈 10 lat", "mam 13 lat" (Polish "I have"), "tenho 10 anos": the phrase opens the post or follows an emoji or a
#: mark, and ends after the years (not "hace 5 años", "3 lat temu", "5 años de experiencia", "sudah 5 tahun").
_BARE_YEARS = re.compile(
    r"(?:^|(?<=[^\w\s'’$£€¥₹₩₦₱₽₵#@])|(?<![\w'’])(?:mam|tenho)\s)\s{0,3}(?P<n>1?\d)\s{1,2}(?:a[ñn]os|anos|anni|lat|ans|tahun|thn|jaar)"
    r"(?=\s{0,3}(?:$|[^\w\s]|(?:yay|ya|ja|lol|jaja+|haha+|hoy|hoje|now|finally)(?![\w'’])))"
)
#: "I have N years" with its verb before (Polish "mam 9 lat", Czech/Slovak "mám 12 let/rokov", Portuguese
#: "tenho 10 anos"), or Italian "I have" and "I turn" ("ho 11 anni", "compio 12 anni"): the verb says it is
#: the writer's age, whatever follows ("mam 9 lat więc ...").
_HAVE_YEARS = re.compile(
    r"(?<![\w'’])(?:mam|mám|tenho|ho|compio)\s{1,3}(?P<n>1?\d)\s{1,2}(?:lat|let|rokov|anos|anni)(?![\w'’])"
)
#: Someone's age told with French "has" or "will have" ("ma soeur <name> a 8 ans", "il aura 10 ans", "elle fête ses 9
#: ans"; not "il y a 5 ans", years ago, nor "a 3 ans de retard") and Portuguese "turns", "has" ("<name> faz 12 anos
#: hoje", "fez 7 anos", "completa 10 anos", "tem 9 anos"; not "faz 3 anos que ...", years since, nor "tem 30 anos de
#: experiência"): the number, whoever's (a sibling's age tells about the family).
_HAS_YEARS = re.compile(
    r"(?<![\w'’])(?:(?<!\by\s)a|as|aura|auras|aurai|f[eê]te\s{1,3}ses|f[eê]tera\s{1,3}ses)\s{1,3}(?P<fr>1?\d)\s{1,2}ans"
    r"(?![\w'’]|\s{1,3}(?:de|d['’]|que|qu['’])(?![\w]))"
    r"|(?<![\w'’])(?:faz|fez|fazer|fa[cç]o|fiz|completa|completou|completo|completei|tem)\s{1,3}(?P<pt>1?\d)\s{1,2}anos"
    r"(?![\w'’]|\s{1,3}(?:que|q|desde|atr[aá]s|de(?!\s{1,3}idade))(?![\w]))"
)
#: Hindi/Urdu "to turn N" ("9 saal ka hone wala hai", "11 saal ki hone wali hoon"): the number.
_HI_TURNING = re.compile(r"(?<![\w'’])(?P<n>1?\d)\s{1,3}(?:saal|sal)\s{1,3}k[aie]\s{1,3}hone(?![\w'’])")
#: "I am N" in Afrikaans, Dutch and German ("ek is 12 en ...", "ik ben 11!", "ich bin 10"), and Hindi/Urdu "I am N"
#: ("main 11 ka hoon", "mai 12 saal ki hu"): the age ends the clause (not "ik ben 5 minuten te laat").
_I_AM = re.compile(
    r"(?<![\w'’])(?:(?:ek\s{1,3}is|ik\s{1,3}ben|ich\s{1,3}bin)\s{1,3}(?P<n>1?\d)"
    r"(?=\s{0,3}(?:$|[^\w\s]|(?:en|und|maar|aber|nou|nu|jetzt|al|jaar|jahre)(?![\w'’])))"
    r"|(?:main|mai|mein)\s{1,3}(?P<h>1?\d)\s{1,3}(?:saal\s{1,3})?k[aie]\s{1,3}(?:hoon|hun|hu)(?![\w'’]))"
)
#: A year group or a birthday as a hashtag: "#6thyears", "#5thclass" (the tag), "#mias12th", "#ninas13thbday"
#: (the number; a name and its "s" before it).
_HASHTAG = re.compile(
    r"(?<![\w#])#(?:(?P<y>(?:1[0-3]|[1-9])(?:st|nd|rd|th)(?:years?|yrs?|class|form|formers?))"
    r"|[a-z]{2,20}s(?P<n>1?\d(?:st|nd|rd|th))(?:birthday|bday|party)?)(?![\w])"
)


def language_ages(folded: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of each school year or age of the module docstring."""
    if folded.isascii() and not _ascii_gate(folded):
        return
    for pattern in (_ES_YEAR, _IT_YEAR, _CLASS_YEAR, _CJK_YEAR, _FORM_YEAR, _FR_YEAR, _JA_YEAR):
        for m in pattern.finditer(folded):
            yield m.start(), m.end(), 0.75
    for pattern in (_YEARS_OLD, _NORDIC_AM, _TURKISH_AGE):
        for m in pattern.finditer(folded):
            n = m.group("n")
            if 5 <= (int(n) if n.isdigit() else _GERMANIC_WORDS[n]) <= 19:
                yield m.start("n"), m.end("n"), 0.75
    for pattern in (_BARE_YEARS, _HAVE_YEARS):
        for m in pattern.finditer(folded):
            if 5 <= int(m.group("n")) <= 19:
                yield m.start("n"), m.end("n"), 0.7
    for m in _HAS_YEARS.finditer(folded):
        group = "fr" if m.group("fr") else "pt"
        if 1 <= int(m.group(group)) <= 19:
            yield m.start(group), m.end(group), 0.75
    for m in _HI_TURNING.finditer(folded):
        if 1 <= int(m.group("n")) <= 19:
            yield m.start("n"), m.end("n"), 0.75
    for m in _I_AM.finditer(folded):
        group = "n" if m.group("n") else "h"
        if 5 <= int(m.group(group)) <= 19:
            yield m.start(group), m.end(group), 0.7
    if not folded.isascii():
        for m in _CJK_AGE.finditer(folded):
            if 1 <= int(m.group("n")) <= 19:
                yield m.start(), m.end(), 0.75
    if "#" in folded:
        for m in _HASHTAG.finditer(folded):
            if m.group("y"):
                yield m.start("y"), m.end("y"), 0.7
            elif 5 <= int(m.group("n")[:-2]) <= 19:
                yield m.start("n"), m.end("n"), 0.7


#: Letters one of which every ASCII form above holds (a cheap gate for most English posts).
_GATE = re.compile(
    r"prim|secu|b[aá]sic|medi|grado|eso|bach|prepa|fundam|element|superior|ano|año|serie|klas|groep|lop|#"
    r"|jahre|jaar|ar\s|anni|\sär\s|\ser\s|yasin|\d\s{1,2}(?:lat|ans|tahun|thn)(?![\w'’])|ek\sis\s|ik\sben\s|ich\sbin\s|\sk[aie]\sh"
    r"|(?<![\w.])[fm]\.?\s?[1-6](?![\w])|(?<![\w'’])(?:[3-6]e|[3-6]eme|cm[12]|ce[12])(?![\w'’])"
)


def _ascii_gate(folded: str) -> bool:
    """True when an ASCII post may hold one of the forms (most do not: one search)."""
    return _GATE.search(folded) is not None


#: Afrikaans number words for ages five to nineteen ("ek is dertien vandag": I am thirteen today).
_AF_WORDS = "vyf ses sewe agt nege tien elf twaalf dertien veertien vyftien sestien sewentien agtien negentien"
_AF_VALUE = {w: i + 5 for i, w in enumerate(_AF_WORDS.split(" "))}
#: An age in Afrikaans: "ek is 12 jaar oud", "ek word dertien vandag", "sy is nege!" (the number is the span).
_AFRIKAANS = re.compile(
    r"(?<![\w'’])(?:ek|hy|sy|ons)\s{1,3}(?:is|word|het)\s{1,3}(?P<n>\d{1,2}|"
    + "|".join(sorted(_AF_VALUE, key=len, reverse=True))
    + r")(?=\s{0,3}(?:$|[!.,?]|[^\x00-\x7f]|(?:jaar|vandag|geword|nou|al|en|maar)(?![\w'’])))"
)


def afrikaans_ages(folded: str) -> Iterator[Span]:
    """Ages said in Afrikaans (:data:`_AFRIKAANS`), five to nineteen."""
    if "ek " not in folded and "sy " not in folded and "hy " not in folded and "ons " not in folded:
        return
    for m in _AFRIKAANS.finditer(folded):
        n = m.group("n")
        if 5 <= (int(n) if n.isdigit() else _AF_VALUE[n]) <= 19:
            yield m.start("n"), m.end("n"), 0.75
