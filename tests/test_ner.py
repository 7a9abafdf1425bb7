"""Tests for the NER scanner (PERSON / LOCATION / ORG) and length-preserving truecasing.

Every post here is written for leakscan; the children, teachers, towns, parks and shops are
made up (a few real towns and cities appear as places).
"""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from conftest import CORPUS, needs_corpus, scan_checked
from hypothesis import given, settings
from hypothesis import strategies as st

from leakscan import nlp
from leakscan.findings import Kind
from leakscan.lexicon import find as lexicon_find
from leakscan.lexicon import text_words as lexicon_words
from leakscan.scanners.base import TextContext
from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings
from leakscan.truecase import FIRST, PLACE, WORD, lexicon, truecase

SETTINGS = Settings()
SCANNER = NerScanner()


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding (each checked against the scanner contract), and never two that overlap."""
    out = scan_checked(SCANNER, text, SETTINGS)
    for a, b in pairwise(out):
        assert a.end <= b.start, "findings must not overlap"
    return [(f.kind.value, f.text) for f in out]


P, L, G = "PERSON", "LOCATION", "ORG"

POSITIVE = [
    # the examples of the design
    ("me and jake at riverside park", [(P, "jake"), (L, "riverside park")]),
    ("my sister Lily is so annoying", [(P, "Lily")]),
    ("mrs patterson gave us sooo much homework", [(P, "patterson")]),
    ("coach dave said we made the team", [(P, "dave")]),
    ("we went to westfield mall", [(L, "westfield mall")]),
    ("i live in springfield", [(L, "springfield")]),
    # a birthday wish names whose day it is; Afrikaans titles' short forms; two-word particles
    ("happy bday tanvir!!! 14 now", [(P, "tanvir")]),
    ("happy birthday to ayesha 🎂", [(P, "ayesha")]),
    ("mnr steyn gave us detention", [(P, "steyn")]),
    ("juf van der berg is the best", [(P, "van der berg")]),
    ("bio: tahlia 🌻 10 🌻 netball", [(P, "tahlia")]),  # a profile's bio opens on its owner's name
    ("tevita come play touch after school", [(P, "tevita")]),  # the friend called to come
    # relations, titles, "me and X", "with X and Y"
    ("my little sister lily took my ipad", [(P, "lily")]),
    ("my brother Ethan and his friend Oscar", [(P, "Ethan"), (P, "Oscar")]),
    ("my teacher mrs kowalski is the best", [(P, "kowalski")]),
    ("miss jenkins gave me a gold star today", [(P, "jenkins")]),
    ("mr thompson is the worst science teacher ever", [(P, "thompson")]),
    ("uncle steve and aunt linda are visiting from texas", [(P, "steve"), (P, "linda"), (L, "texas")]),
    ("emma johnson is my bff", [(P, "emma johnson")]),
    ("hanging with liam and noah at bondi beach", [(P, "liam"), (P, "noah"), (L, "bondi beach")]),
    ("me tyler and marcus r going to the skatepark", [(P, "tyler"), (P, "marcus")]),
    ("going to the mall w sophie and maya", [(P, "sophie"), (P, "maya")]),
    ("ella and me went to central park", [(P, "ella"), (L, "central park")]),
    ("my best friend is called ava", [(P, "ava")]),
    ("my name is zara", [(P, "zara")]),
    ("ask my mom, her name is sarah", [(P, "sarah")]),
    ("sleepover at mias tonight", [(P, "mias")]),
    ("sophia and olivia are my besties forever", [(P, "sophia"), (P, "olivia")]),
    ("omg harper just texted me", [(P, "harper")]),
    ("Ava is coming over for a sleepover", [(P, "Ava")]),
    ("happy bday to my sis ruby!!! love u", [(P, "ruby")]),
    ("OMG JAKE IS HERE AT THE MALL", [(P, "JAKE")]),
    ("Went to Westfield Mall with Emma", [(L, "Westfield Mall"), (P, "Emma")]),
    # places
    ("we moved to new york last year", [(L, "new york")]),
    ("my cousin lives in port haven", [(L, "port haven")]),
    ("i'm from millbrook", [(L, "millbrook")]),
    ("anyone from hillcrest wanna play", [(L, "hillcrest")]),
    ("camping at pine lake this weekend", [(L, "pine lake")]),
    ("i live on maple street", [(L, "maple street")]),
    ("party at bounce world on saturday", [(L, "bounce world")]),
    ("at the eiffel tower with grandma", [(L, "eiffel tower")]),
    ("we are on holiday in cornwall", [(L, "cornwall")]),
    ("just got back from orlando it was sooo hot", [(L, "orlando")]),
    ("my nana lives in leeds", [(L, "leeds")]),
    ("ryan and i are going to the lake district", [(P, "ryan"), (L, "lake district")]),
    ("cant wait for swim practice at lakeview aquatic center tmrw", [(L, "lakeview aquatic center")]),
    ("he lives on elm road near the church", [(L, "elm road")]),
    ("Im at Sunnyside Park right now come find me", [(L, "Sunnyside Park")]),
    # clubs, teams, workplaces
    ("my dad works at hendersons hardware", [(G, "hendersons hardware")]),
    ("riverside rovers won again", [(G, "riverside rovers")]),
    ("troop 214 cookie sale outside the store", [(G, "troop 214")]),
    ("my mum works at station 31 shes a paramedic", [(G, "station 31")]),  # a numbered station
    ("jo and i got our arrow of light at pack 52", [(G, "pack 52")]),  # a cub pack in a post about cubs
    # a card, a parcel, a letter: who it is to or from; an unknown word after a given name is its surname
    ("to: oscar lindqvist\nfrom: grandma", [(P, "oscar lindqvist")]),
    ("Dear Priya Ramaswamy,\nthank you for the gift", [(P, "Priya Ramaswamy")]),
    ("we go to st luke's church every sunday", [(G, "st luke's church")]),
    # a parish and a faith's centre by name: the congregation
    ("youth group at st. brendans parish in riverton was fun", [(G, "st. brendans parish"), (L, "riverton")]),
    ("diwali at hindu spiritual centre was great", [(G, "hindu spiritual centre")]),
    ("my dog max and jake came over", [(P, "jake")]),  # a friend after a pet, no naming word
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(text: str, expected: list[tuple[str, str]]) -> None:
    got = found(text)
    for item in expected:
        assert item in got, f"{item} not in {got}"


#: (text, kinds that must not be reported)
NEGATIVE = [
    ("we got a pet goldfish and named him boris", {P}),  # a pet named after naming it
    ("my brother got a pet frog and called her doris lol", {P}),
    ("my uncle has a donkey called barney", {P}),  # a farm animal's name
    ("our goat is named pickles", {P}),
    ("happy bday bestie love u", {P}),  # an everyday word after the wish
    ("happy birthday to me lol", {P}),
    ("bio: dancing 💃 and art", {P}),  # an everyday word opens the bio
    ("bio homework is due tomorrow", {P}),  # biology
    ("everyone come to the hall at lunch", {P}),  # an everyday word before "come"
    ("Summer come back pls", {P}),
    ("Autumn come back we miss u", {P}),  # a season spoken to at the post's start (ner_no_entity)
    ("I will go", {P}),
    ("will you come to my party", {P}),
    ("may I have a cookie", {P}),
    ("the grace period is over", {P}),
    ("Grace period ends Friday", {P}),
    ("mark my words", {P}),
    ("i got a bill for my phone", {P}),
    ("summer is so hot", {P}),
    ("i hope so", {P}),
    ("i miss you so much", {P}),
    ("my mom is so annoying", {P}),
    ("my sister is mean", {P}),
    ("my friend said no", {P}),
    ("me and my friends", {P}),
    ("can u help me w my homework", {P}),
    ("coach said we won", {P}),
    ("my cat is called pickles", {P}),
    ("the train leaves from station 2 at 5", {G}),  # a station, no workplace
    ("my cat is called sir whiskerton the third", {P}),  # a pet's mock title
    ("our dog is named captain biscuit", {P}),
    ("my dog max is cute", {P}),
    ("jan 1st is new years", {P}),
    ("my bday is june 3rd", {P}),
    ("lol ok", {P, L, G}),
    ("omg im so bored", {P, L, G}),
    ("CALL ME NOWWWW ITS AN EMERGENCY", {P, L, G}),
    ("park the car over there", {L}),
    ("can we park here", {L}),
    ("it was a nice day", {L}),
    ("reading is boring", {L}),
    ("my mobile is dead", {L}),
    ("the bath was too cold", {L}),
    ("what a deal", {L}),
    ("we played in the park", {L}),
    ("the mall was packed", {L}),
    ("went to the beach today", {L}),
    ("at the skate park", {L}),
    ("at the dog park", {L}),
    ("the water park was fun", {L}),
    ("the new mall opens soon", {L}),
    ("its a big world", {L}),
    ("i live in a house", {L}),
    ("i live in fear of tests", {L}),
    ("i am at home", {L}),
    ("follow @mia.dances for more", {P, L, G}),
    ("email jake.smith@example.com", {P}),
    ("see https://example.com/jake", {P}),
    ("🦄🦄🦄", {P, L, G}),
    ("12345 678", {P, L, G}),
    # everyday words in lower case, which the model alone took for an organisation
    ("bake sale saturday 10am", {G}),
    # a cheer typed stretched and a contraction without its apostrophe end no name (world17 family)
    ("we're 2 up at the break lets gooo", {P, L, G}),
    ("dont even ask lol", {P, L, G}),
    # a pet named in Hindi ("my cat's name is ..."); pets named together, in the plural
    ("hamari billi ka naam mithu hai", {P}),
    ("we have 2 kittens called luna and mochi", {P}),
    ("my puppies named max and bella", {P}),
    ("menu pizza margherita 8.50\nfish and chips 9.95\napple pie 4.00", {G}),
    # a game server is a region and a compass word, no one's name
    ("eu west", {P}),
    ("eu central lol", {P}),
    ("to: the moon and back", {P}),
    ("from: me lol", {P}),
]


@pytest.mark.parametrize(("text", "kinds"), NEGATIVE)
def test_negative(text: str, kinds: set[str]) -> None:
    got = found(text)
    assert not [g for g in got if g[0] in kinds], got


def test_offsets_exact_with_unicode_and_possessive() -> None:
    texts = found("✨✨ héllo!! me and jake’s cousin zoë went to riverside park 🛝")
    assert (P, "jake") in texts
    assert (L, "riverside park") in texts


def test_spacy_labels_are_mapped() -> None:
    got = found("Jake Miller flew from Boston to Paris with Google people.")
    kinds = {k for k, _ in got}
    assert P in kinds
    assert L in kinds


def test_entity_trimmed() -> None:
    # spaCy sees "Jake at" as one PERSON; the scanner reports just the name.
    assert (P, "jake") in found("me and jake at the shops")
    assert (P, "Mia") in found("Mia's party was fun")


def test_shared_doc_is_used() -> None:
    text = "me and jake at riverside park"
    doc = nlp.make_doc(text, SETTINGS.model)
    ctx = TextContext(text, SETTINGS, doc=doc)
    assert ctx.doc is doc
    assert (Kind.PERSON, "jake") in {(f.kind, f.text) for f in SCANNER.scan(ctx)}


# -- truecase ---------------------------------------------------------------------------------

TRUECASE = [
    ("me and jake at riverside park", "me and Jake at Riverside Park"),
    ("we went to new york and salt lake city", "we went to New York and Salt Lake City"),
    ("my sister lily and mrs patterson", "my sister Lily and Mrs Patterson"),
    ("i live in springfield", "I live in Springfield"),
    ("I will go", "I will go"),
    ("may i have a grace period", "may I have a grace period"),
    ("park the car", "park the car"),
    ("going to nice in summer", "going to nice in summer"),
    ("reading and bath and mobile", "reading and bath and mobile"),
    ("OMG JAKE IS HERE", "omg Jake is here"),
    ("follow @mia.dances and email jake.smith@example.com", "follow @mia.dances and email jake.smith@example.com"),
    ("I went with jake to the mall", "I went with Jake to the mall"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), TRUECASE)
def test_truecase(text: str, expected: str) -> None:
    assert truecase(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_truecase_keeps_length_and_letters(text: str) -> None:
    out = truecase(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or a.lower() == b.lower() or a.upper() == b


_WORDS = ["jake", "lily", "riverside", "park", "new", "york", "I", "i", "will", "may", "İ", "ß", "ǅ", "@", "#", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
def test_truecase_same_length_on_word_soup(text: str) -> None:
    assert len(truecase(text)) == len(text)
    assert len(nlp.ner_text(text)) == len(text)


def test_lexicon() -> None:
    lex = lexicon()
    assert lex.classes("jake") & FIRST
    assert lex.classes("springfield") & PLACE
    assert lex.classes("park") & WORD
    assert lex.is_common("will")
    assert not lex.is_common("jake")
    assert (lex.score("jake") or 0) > (lex.score("will") or 0)
    assert "new" in lex.phrases


# -- corpus check (runs where ../shared/corpus exists) ----------------------------------------


def _public_dont_care(record: dict) -> dict:
    """``record`` with its gold spans on a famous name or a bare country relabelled OTHER."""
    words = lexicon_words(record["text"])
    public = [m for family in ("famous", "famous_places", "countries") for m in lexicon_find(family, words)]
    spans = [
        {**s, "label": "OTHER"} if any(m[2] <= s["start"] and s["end"] <= m[3] for m in public) else s
        for s in record["spans"]
    ]
    return {**record, "spans": spans}


def _f1(records: list[dict], preds: list[list[tuple[int, int, str]]], kind: str) -> float:
    tp_g = n_g = tp_p = n_p = 0
    for rec, pred in zip(records, preds, strict=True):
        gold = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == kind and not s.get("handle")]
        care = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "OTHER" or s.get("handle")]
        mine = [(s, e) for s, e, k in pred if k == kind]
        for g in gold:
            n_g += 1
            tp_g += any(p[0] < g[1] and g[0] < p[1] for p in mine)
        for p in mine:
            hit = any(p[0] < g[1] and g[0] < p[1] for g in gold)
            if hit or not any(p[0] < c[1] and c[0] < p[1] for c in care):
                n_p += 1
                tp_p += hit
    prec = tp_p / n_p if n_p else 0.0
    rec_ = tp_g / n_g if n_g else 0.0
    return 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0


@needs_corpus
def test_beats_plain_spacy_on_tweets() -> None:
    """PERSON and LOCATION F1 on WNUT-17 must beat spaCy's own entities (= Presidio's).

    Famous people, characters, teams, sights and bare countries are "don't care" for both
    (WNUT labels them; leakscan leaves them quiet on purpose: they tell nothing about a child).
    """
    path = CORPUS / "text" / "wnut17_test.jsonl"
    records = [_public_dont_care(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()][:600]
    texts = [r["text"] for r in records]
    model = nlp.load(SETTINGS.model)
    labels = {"PERSON": P, "GPE": L, "LOC": L, "FAC": L, "ORG": G}
    plain = [
        [(e.start_char, e.end_char, labels[e.label_]) for e in d.ents if e.label_ in labels] for d in model.pipe(texts)
    ]
    ours = [
        [(f.start, f.end, f.kind.value) for f in SCANNER.scan(TextContext(t, SETTINGS, doc=d))]
        for t, d in zip(texts, nlp.make_docs(texts, SETTINGS.model), strict=True)
    ]
    for kind in (P, L):
        assert _f1(records, ours, kind) > _f1(records, plain, kind), kind


# -- issue 10: famous and fictional names, filler words, names from many languages -------------

#: Famous people, characters, teams, sights and countries as national sides in a kid's post: nothing to report.
PUBLIC_QUIET = [
    # a full name before its records: a recording artist; a show and its character side by side
    "kim minji new song on repeat all week",
    "priya sharma songs make my nan cry",
    "riya patel songs make me cry",  # ... the model tagging the given name alone (ner_public_people)
    "jethalal from tmkoc cracks me up every time",
    # more famous names, shows, chains, sights and chat words of many languages (lexicon lists)
    "jedward are on the telly again",
    "scott dixon is so fast in the wet",
    "father ted reruns every christmas",
    "jollibee spaghetti is underrated",
    "saw the tower of london on a school video",
    "marina bay sands looks unreal at night",
    "halifax wanderers played so bad",
    "hayibo this homework is too much",
    "gong xi fa cai everyone",
    "kelewele and groundnut after school",
    "ugali and nyama for lunch again",  # meat, and British biscuits with a name-like word
    "jammie dodger or party rings at the party",
    "grandad only watches fianna fáil and sinn féin on the news",  # national parties
    "nan says fine gael will lose lol",
    "mrs claus wrapped all the presents",  # Santa's wife, a figure of Christmas stories
    "jandals and togs for the beach",
    "jom makan nasi lemak lepas ni",
    "niaje nimefika school",
    # a country alone, nationalities and languages, a title that is a famous name's first word
    "snowing in scotland again ugh",
    "ghana will never lose at jollof",
    "typical irish weather today",
    "cant play till i finish me french homework",
    "mr bean made me laugh so hard",
    "ms dhoni hit a six in the last over",
    "laro na mamaya after class",
    "olivia rodrigo tickets went on sale and i cried",
    "cristiano ronaldo scored a bicycle kick omg",
    # authors, illustrators, film-makers and figures of history on covers, posters and quotes
    "flag quiz: is it ivory coast or senegal",
    "liverpool 3 1 everton full time",
    "results\n1-0\nfulham\nwolves",  # a results table: one team a line
    "full time: liverpool fc 3 everton 1",
    "illustrated by quentin blake",
    "directed by steven spielberg in cinemas july 4",
    "reading jacqueline wilson books all weekend",
    "our project is on rosa parks and martin luther king",
    "we watched bluey then peppa pig with my baby cousin",
    "rajasthan royals need a new captain fr",
    "south sydney rabbitohs are cooked this season",
    "dumbledore is lowkey the best character",
    "my mum took a photo of stonehenge on her phone",
    "kaizer chiefs scored in the last minute",
    "new zealand won the cricket again",
    "ishowspeed stream was so loud",
    "i want the new lebron james shoes",
    "sawubona friends",
    "drake album dropped at midnight",
    "messi is the goat fr",
    "had biryani and roti at my nanis",
    "arre bhai what was that",
    "mija you forgot your lunch",
    # exams, boards and bodies every school has
    "my NCEA results came out",
    "CBSE boards are so stressful",
    "NAPLAN tomorrow ugh",
    "got my ATAR back",
    "the PTA bake sale was good",
    "the JEE is so hard",
    "Mufti day tomorrow",
    "Diwali mela at school",
    "Duke of Ed hike this weekend",
    "my PSN is down again",
    # a big city beside a famous name is where the famous one was, not the child
    "olivia rodrigo played in melbourne last night",
    "cristiano ronaldo scored in riyadh again",
    "shah rukh khan lives in mumbai",
    "my fav youtuber lives in brighton",
    # a county or city as a side: what it did in a game
    "dublin won the all ireland again",
    "otago beat canterbury by 20",
    # a major-league team by its fans' short name
    "jays are going all the way this year",
    "bucs lost again on sunday",
]

#: The same first names when the child knows the person, and names from many languages.
PEOPLE_KEPT = [
    ("claus from my swim club is so fast", "claus"),  # a given name alone, no "mrs" before it
    ("sleepover at gael's house tonight", "gael"),  # a given name that a party's name holds, alone
    ("liam's new song he wrote in music class", "liam"),  # a friend by a given name, before a song
    ("my friend priya sharma new song is fire", "priya sharma"),  # a personal cue
    ("my sister named her baby rosa", "rosa"),  # named, no pet: a person
    # given names that are words of other languages too: kept as names after a cue
    ("me and sana went to the mall", "sana"),
    ("with sian at the park", "sian"),
    ("tayo and me at training", "tayo"),
    ("my friend billie lent me her hoodie", "billie"),
    ("me and drake built a fort in the garden", "drake"),
    ("me and kendrick played footy at lunch", "kendrick"),
    ("with mickey at the park after school", "mickey"),
    ("chelsea is coming to my house after school", "chelsea"),
    ("went to the shops with matilda and her mum", "matilda"),
    ("siphesihle and lwazi are walking me home", "lwazi"),
    ("hanging out with saoirse and cian at the green", "saoirse"),
    ("me and nikau slept over last night", "nikau"),
    ("practice with jaspreet and anaya after lunch", "jaspreet"),
    # one-word famous names that are also names: quiet only when the post is about the famous one
    ("daisy and bonnie are coming to my party", "bonnie"),
    ("charles and harry are my neighbours", "charles"),
    ("my uncle adam west is visiting", "adam west"),
    ("mr west is our new teacher", "west"),
]


@pytest.mark.parametrize("text", PUBLIC_QUIET)
def test_public_names_stay_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), PEOPLE_KEPT)
def test_people_the_child_knows_are_names(text: str, name: str) -> None:
    assert (P, name) in found(text)


#: Families of famous and public names the blind text-v7 showed (own examples): stars called by a
#: surname or nickname, TV bakers, soca artists, sneaker models, trophies named after people,
#: county fixtures, a team by its two words apart, a score after a side, long-running shows after
#: everyday words, historic treaties and battles, Sri Lankan English filler, religious chants,
#: a pet's name before "the dog".
PUBLIC_FAMILIES_QUIET = [
    "lebron dropped 40 last night",
    "mahomes threw for 300 yards",
    "chennai super kings won and hardik was unreal",
    "prue leith said the bake was raw",
    "machel montano concert was a vibe",
    "five nights at freddys movie was mid",
    "new jordan 4s drop saturday",
    "liam maccarthy cup final today",
    "the webb ellis cup looks huge in real life",
    "cork v kerry football on sunday",
    "galway vs clare hurling tomorrow",
    "arsenal 2 1 at half time",
    "victory won again, melbourne is going off",
    "watching home and away with my mum",
    "we did a project on the treaty of versailles",
    "the battle of hastings was in 1066",
    "saw a tassie devil at the wildlife park",
    "aiyo machan the bus was late again",
    "ane the homework is too long machang",
    "jai shri ram everyone happy diwali",
    "radhe radhe 🙏",
    "max the cat knocked my cup over",
    "bella the dog stole my sock",
    # a chain's counter or aisle, a fixture of two famous sides (issue 10, family 9)
    "the smell of lidl bakery is unreal",
    "kaizer chiefs vs pirates on saturday who wins",
    # a star's surname alone beside a famous team; a Doctor; fans' spelling of a star
    "chennai super kings lost, kohli what was that",
    "best doctor ever is matt smith no debate",
    "salman khan new film looks mid",
    # a pet named after a city, a wish to live somewhere
    "our cat is called london lol",
    "wish i lived in fiji honestly",
    # chat words of Swahili, Hinglish and Afrikaans, a country's short form
    "nimechoka sana, mvua inanyesha",
    "fan bhi kaam nahi kar raha yaar",
    "ons het 'n nuwe kat",
    "christmas in aus is so hot",
    "múinteoir was not happy with us today",  # a title alone
    "see you all at church on sunday",  # a kind of place, no name
    "going to the beach after kura",
    "our school is performing matilda next term",  # a musical's title
    "allyuh come by the savannah later",  # Caribbean "you all"
    "ngiyakuthanda so much 💕",  # isiZulu "I love you"
]

#: The same words when they name someone near the child, or a place the child is in.
PUBLIC_FAMILIES_KEPT = [
    ("oakville rangers u12 won the tourney in barrie", (L, "barrie")),  # a youth team, no famous side's town
    ("my friend rohit is coming over", (P, "rohit")),
    ("rohit and ananya came over for holi", (P, "rohit")),
    ("hardik came over after tuition", (P, "hardik")),
    ("my mate kohli is here", (P, "kohli")),
    ("my friend jack the dog walker", (P, "jack")),
    ("my bestie mia the cat lover lol", (P, "mia")),
    ("we moved to wellington last week, go the phoenix", (L, "wellington")),
    ("emma shortland street", (L, "emma shortland street")),
    ("my mum works at lidl bakery", (G, "lidl bakery")),
    ("my friend kohli is funny", (P, "kohli")),
    ("me and renée went to the shops", (P, "renée")),  # "me" beside the name stays no name
    ("múinteoir ní bhriain gave us homework", (P, "ní bhriain")),  # the name after the title stays
]


@pytest.mark.parametrize("text", PUBLIC_FAMILIES_QUIET)
def test_public_families_stay_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), PUBLIC_FAMILIES_KEPT)
def test_public_family_words_near_the_child_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're at bondi beach rn come", (L, "bondi beach")),
        ("i live in canada now", (L, "canada")),
        ("we're going to japan in the summer", (L, "japan")),
        ("visiting my cousins in ghana over xmas", (L, "ghana")),
        ("at legoland with my cousins", (L, "legoland")),
        ("we live in melbourne and olivia rodrigo is coming", (L, "melbourne")),
        ("we're going to sydney tomorrow", (L, "sydney")),
        ("i wish i could leave dubbo", (L, "dubbo")),
        ("my cousin lives in brighton", (L, "brighton")),
        ("we won in dunedin on saturday", (L, "dunedin")),
        ("we live in aus now", (L, "aus")),
        ("my cousin is moving to letterkenny", (L, "letterkenny")),  # a town, though a show too
        ("i wish i lived in fiji but we live in auckland", (L, "auckland")),
    ],
)
def test_public_places_the_child_is_at_are_places(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


WORLD_FORMS = [
    ("sharma sir took our class today", (P, "sharma")),
    # honorifics and kinship words after a name, a possessive of a name no list knows, a pair
    ("hamza bhai add me on pubg", (P, "hamza")),
    ("anwar chacha sent haleem", (P, "anwar")),
    ("priyanka didi is so strict", (P, "priyanka")),
    ("sleepover at kwabenas house", (P, "kwabenas")),
    ("ishaani and anjali dance at the temple", (P, "ishaani")),
    ("gupta ma'am gave extra homework", (P, "gupta")),
    ("going to priyas house after tuition", (P, "priya")),
    ("sleepover at thandos place tonight", (P, "thando")),
    ("tui and kahu at the skatepark", (P, "kahu")),
    ("lwazi and zola r coming with us", (P, "lwazi")),
    ("game day for the bayside bulldogs u10s", (G, "bayside bulldogs u10s")),
    ("go northside under 12s!!", (G, "northside under 12s")),
    ("rajalakshmi ma'am gave us a free period", (P, "rajalakshmi")),
    ("busisiwe is my best friend", (P, "busisiwe")),
    ("oluwaseun is coming over later", (P, "oluwaseun")),
    ("nomvuyo and chikondi at the shops", (P, "chikondi")),
    ("talking to lebohang rn", (P, "lebohang")),
    ("hanging with nthabiseng", (P, "nthabiseng")),
    # a surname with its particle after a title, titles of other languages (lexicon ``titles``)
    ("mr o'driscoll gave us extra homework", (P, "o'driscoll")),
    ("ms o brien is off sick", (P, "o brien")),
    ("mrs nic amhlaoibh read us a story", (P, "nic amhlaoibh")),
    # the title left out of the name, as for "mnr", "mdm", "kuya" and "múinteoir" in this file
    ("juffrou van niekerk is streng", (P, "van niekerk")),
    ("mwalimu wanjala alituambia", (P, "wanjala")),
    ("mdm lim say no phone", (P, "lim")),
    ("kuya jepoy is so funny", (P, "jepoy")),
    ("our parish priest fr doyle is so nice", (P, "doyle")),  # a clergy title, "fr" before a surname
    ("rev mensah visited our class", (P, "mensah")),
    # "and I" in another language after a given name ("X y yo", "X et moi")
    ("carmen y yo vamos a la playa", (P, "carmen")),
    ("mathis et moi on joue dehors", (P, "mathis")),
    ("dewi sama aku di sekolah", (P, "dewi")),  # Malay/Indonesian "X and me"
    # given names of more regions (lexicon first_names), a name opening the post before a verb
    ("kwaku and efua at the beach", (P, "efua")),
    ("wanjiku scored twice today", (P, "wanjiku")),
    ("szymon brought his switch to school", (P, "szymon")),
    ("bunty fell off his cycle again", (P, "bunty")),
    ("wambui brought mandazi", (P, "wambui")),
    ("mhairi from oban is my penpal", (P, "mhairi")),  # Scottish Gaelic, Wolof (first_names gd-sn)
    ("euan got detention again lol", (P, "euan")),
    ("tane sup bro", (P, "tane")),  # a greeting said to the friend named first
    ("fatou on va au marché demain ?", (P, "fatou")),
    # a town opening the post, its weather or crowd, and a word of now: where the child is
    ("oban wind is mad today", (L, "oban")),
    ("durban is so humid rn", (L, "durban")),
    # a possessive without its apostrophe before what the friend's family has ("finlays trampoline")
    ("finlays trampoline is the best", (P, "finlay")),
    ("cians gaff after school?", (P, "cian")),  # a home in Irish and British slang
    ("movie night at jaydens crib", (P, "jayden")),
    ("sandeeps nani made laddoos", (P, "sandeep")),
    ("mahlangus gogo cooked pap for us", (P, "mahlangu")),
    ("tanakas older bro has a ps5", (P, "tanaka")),
    ("rubens nonna made us gnocchi", (P, "ruben")),
    # a profile line: the name, then the age between emoji or bars
    ("kiri 🌸 11 🌸 rotorua 🌸 netball", (P, "kiri")),
    ("tomasz | 12 | gdansk | gamer", (P, "tomasz")),
    ("amara ✨ 13 ✨ lagos", (P, "amara")),
    # a friend's name inside a birthday or support hashtag
    ("best night ever #HappyBirthdayKiri", (P, "Kiri")),
    ("vote for her #TeamAnaya 🗳️", (P, "Anaya")),
    ("so much cake #TomaszTurns12", (P, "Tomasz")),
    ("party time #ishasbday", (P, "isha")),
]

WORLD_QUIET = [
    "leeds was robbed today the ref was blind",  # a team's result, not the weather there
    "bro sup",
    "mr da best",
    "fr fr that test was easy",  # "fr" as chat's "for real", no title
    "that goal was unreal fr",
    "el gato y yo dormimos",  # a thing before another language's "and I", no listed name
    "kucing sama aku tidur",  # a cat (Indonesian) before "sama aku", no listed name
    "mana ran out in the boss fight",
    "dev team fixed the bug",
    "i love hurling so much",
    "i ate pizza at lunch",
    "my mam made dinner",
    "ok bhai lets go",
    "fish and chips at nans was unreal",
    "its baltic out, wear a coat",
    "cheese toasties for lunch again",
    "wish i was on oxford street with the lights",
    "dinner at the dogs house",
    "pizza and pasta night",
    "naruto from that anime is so cool",
    "olaf from frozen is the funniest",
    "toy story 4 made me cry",
    "salt and pepper chips are the best",
    "the neighbours trampoline is bigger",
    "free gaff on saturday lads",  # a home with no owner
    "my address flat 9, 4th floor",  # "address" before a flat's number is no one's
    "my parents car broke down",
    "todays trampoline session was fun",
    "the kids pool is closed",
    "the girls older sister drove",
    "pizza 🍕 10 🍕 best day",
    "mood | 12 | tired",
    "lol 😂 14 😂",
    "group project done #teamwork",
    "so proud #TeamGB",
    "#HappyBirthdayToMe 🎂",
    "#happybirthdayamerica fireworks",
    "#HappyBirthdayTaylorSwift",
]


@pytest.mark.parametrize(("text", "expected"), WORLD_FORMS)
def test_names_and_teams_in_forms_of_many_regions(text: str, expected: tuple[str, str]) -> None:
    kind, name = expected
    # "priyas house": the finding may keep the "s" of a possessive written without its apostrophe.
    assert any(k == kind and v in (name, name + "s") for k, v in found(text)), found(text)


@pytest.mark.parametrize("text", WORLD_QUIET)
def test_characters_and_pairs_of_words_stay_quiet(text: str) -> None:
    assert found(text) == []


# -- issue 10, families 6 and 4: local places and local clubs of eight regions ------------------

LOCAL_PLACES = [
    ("meet u at the kelston shops after school", (L, "kelston shops")),
    ("on joue au parc beaulieu demain", (L, "parc beaulieu")),  # a park in French after "au"
    ("fuimos a playa hermosa el sabado", (L, "playa hermosa")),  # ... a beach in Spanish
    # towns and suburbs of the eight regions, lower case, after a place word
    ("my cousins live in bathurst", (L, "bathurst")),
    ("we drove out to mullingar for the match", (L, "mullingar")),
    ("just moved to pietermaritzburg", (L, "pietermaritzburg")),
    ("shifted to lucknow in april", (L, "lucknow")),
    ("nana's place near whangarei", (L, "whangarei")),
    ("im from moose jaw originally", (L, "moose jaw")),
    # malls, venues, beaches, parks the word lists know
    ("meet me at chadstone after", (L, "chadstone")),
    ("loitering round the metrocentre", (L, "the metrocentre")),
    ("we're at eaton centre getting slushies", (L, "eaton centre")),
    ("went to menlyn with my aunty", (L, "menlyn")),
    ("tukutane kariakoo kesho", (L, "kariakoo")),  # Tanzania, Malawi, Senegal (places tz-bw-mw-sn-vn)
    ("area 47 kids are the best", (L, "area 47")),
    ("on se voit à ouakam demain", (L, "ouakam")),
    ("hanging at the rec after tea", (L, "the rec")),
    # slang names of cities
    ("road trip to the gong this weekend", (L, "the gong")),
    ("flying to joburg for the hols", (L, "joburg")),
    ("back in brum tomorrow", (L, "brum")),
    ("kickabout down the rec", (L, "the rec")),
    ("we're going lakeside after school", (L, "lakeside")),
    ("we're up the metrocentre", (L, "the metrocentre")),
    ("holidays in sunny bournemouth", (L, "bournemouth")),
    ("back to rainy ballarat", (L, "ballarat")),
    # a name before a venue word of the regions
    ("swimming at kowhai reserve", (L, "kowhai reserve")),
    ("nets at kingsgrove oval", (L, "kingsgrove oval")),
    ("bargains in sarojini market", (L, "sarojini market")),
    ("chaat at rajouri chowk", (L, "rajouri chowk")),
    ("meet me at parnell station", (L, "parnell station")),
    ("picnic on the clontarf foreshore", (L, "clontarf foreshore")),
    # letters spaced out
    ("guess where i live: d u b l i n", (L, "d u b l i n")),
    ("we moved to p e r t h last year", (L, "p e r t h")),
    ("live in L.E.E.D.S lol", (L, "L.E.E.D.S")),
    ("near d-u-r-b-a-n", (L, "d-u-r-b-a-n")),
    # a town or venue as a hashtag: the place inside the tag
    ("sunset swim #cronulla #nofilter", (L, "cronulla")),
    ("brekkie #papatoetoe", (L, "papatoetoe")),
    ("sunset walk #palmerstonnorth", (L, "palmerstonnorth")),
    ("home sweet home #dunedincity", (L, "dunedincity")),
    ("#cronullalife forever", (L, "cronullalife")),
    ("mad day at the park #mamelodipride", (L, "mamelodipride")),  # pride in one's own town
    ("#papakuragirl 4eva", (L, "papakuragirl")),
    ("12 | leeds | footy and gaming", (L, "leeds")),  # a profile line's field that is a town
    ("bio: 11 🎀 akl 🐝 netball", (L, "akl")),  # ... or a city's short code
    # a town before a word that says the child's people or way are there
    ("tralee gang where ye at", (L, "tralee")),
    ("bankstown lads 💯", (L, "bankstown")),
    ("penrith kids represent", (L, "penrith")),
    ("nagarkot gayeko thiyo", (L, "nagarkot")),  # Nepali "went (to)" after the town
    ("hijo dhulikhel gako, ramro thiyo", (L, "dhulikhel")),
    # a town that is also a team's name, before its market: an outing, no game
    ("geelong markets were packed, got dumplings", (L, "geelong markets")),
    # a venue, suburb or nickname of the hand-written lists needs no place word before it
    ("joburg traffic this morning was mad", (L, "joburg")),
    ("chadstone food court run after school", (L, "chadstone")),
    ("the gong crew where u at", (L, "the gong")),
    # malls, venues and play chains of many regions (lexicon ``places``)
    ("bowling then laser quest for my party", (L, "laser quest")),
    ("nobody at sunway pyramid today", (L, "sunway pyramid")),
    ("ice cream at devon house wit mi cousin", (L, "devon house")),
    ("ur coming to sarit centre on sato?", (L, "sarit centre")),
    # a town a name cue misreads stays a town ("my gran lives in Soweto")
    ("we moved to Tembisa and i like it", (L, "Tembisa")),
    ("my cousin stays in Umlazi and i go there", (L, "Umlazi")),
    ("just moved to garden grove and i miss everyone", (L, "garden grove")),
    # a home turf shouted out ("X gang where u at", "X represent"): a nickname no list knows, a
    # city's short code; letters spaced out or a hashtag of a city's code
    ("skeggy massive where u at", (L, "skeggy")),
    ("s k e g g y represent", (L, "s k e g g y")),
    ("#htx kids where u at", (L, "htx")),
    ("KL gang where u at", (L, "KL")),
    ("mankhurd gang where u at", (L, "mankhurd")),  # a suburb, no plural of people
    ("ballykeeran lads where ye at", (L, "ballykeeran")),  # Irish and Scottish plural "you"
    ("pho with my cousins in little hanoi", (L, "little hanoi")),  # a neighbourhood named for a homeland
    # a NZ city by its Māori name, an Auckland suburb written short
    ("ōtepoti is freezing today", (L, "ōtepoti")),
    ("fish n chips at pt chev with my cuzzies", (L, "pt chev")),
    # a mall named "of" a region or a country
    ("waiting for mpho at mall of the highveld", (L, "mall of the highveld")),
    ("ice skating at the Mall of Luzon today", (L, "Mall of Luzon")),
    ("we walked to little portugal after mass", (L, "little portugal")),
    ("tullyvarra crew where yous at", (L, "tullyvarra")),
    ("chipo stays in mabvuku and me in glen view lol", (L, "mabvuku")),  # the place before "and me" is no one
    ("b l r traffic is the worst", (L, "b l r")),
    ("#the6ix all day", (L, "the6ix")),
    ("b'luru metro was packed today", (L, "b'luru")),  # a city written short with an apostrophe
    ("htx stand up", (L, "htx")),
    ("meet me at sector 21 after tuition", (L, "sector 21")),  # a numbered sector of an Indian town
    ("sector 9 park at 6 for badminton", (L, "sector 9")),
    ("chalo kal sector 14 ground pe milte", (L, "sector 14")),  # a spot of the sector after a Hindi word
    ("me n tia going trafford centre saturday", (L, "trafford centre")),  # a trip's verb ends the name
    # the place a post names right after its own postal code, even a famous one
    ("my postcode is 3141 so richmond not the one in london lol", (L, "richmond")),
    ("my pin code is 400053 so andheri side, delivery is fast", (L, "andheri")),
    ("postcode 4551 thats caloundra lol", (L, "caloundra")),
    ("its so hot in pta today", (L, "pta")),  # a city's code after "in", though a parents' body alone
    ("moving to akl next year", (L, "akl")),
    # neighbourhoods of Cairo, Kathmandu, Kraków, Glasgow and Kuala Lumpur, wherever they stand
    ("skating in zamalek with the girls later", (L, "zamalek")),
    ("got momos near boudha after class", (L, "boudha")),
    ("easterhouse crew out on bikes tonight", (L, "easterhouse")),
    ("badminton at cheras sports hall sunday", (L, "cheras")),
    ("netball at glenfield sports hall tonight", (L, "glenfield")),  # a town's hall: the town (ner_venues)
]

LOCAL_PLACES_QUIET = [
    "this is the mall of my dreams",  # a saying after "mall of", no mall's name
    "the pt is the chev has a flat tyre",  # the short forms' words apart
    "worst mall of the year honestly",
    "biggest mall of the world is in dubai i think",
    "we won 3 - 2 | leeds | great game",  # fields, but no age alone: a score line, no profile
    "charity shops have the best jumpers",
    "be there in a minute",
    "at lunch i ate my sandwich",
    "i'm in fortnite with my squad",
    "at school all day",
    "we went to the park and the shops",
    "back in a sec",
    "in the morning i have maths",
    "a b c d e is the start of the alphabet",
    "to be honest i dont care",
    "at home with a cold",
    "reading at bedtime",
    "shut up and eat",
    "up the stairs to bed",
    "down the road from my nan",
    "in sunny weather we play outside",
    "going to watch bournemouth play",
    "back to square one with my project",
    "going strong after 3 laps",
    "waiting at the station",
    "in the market for a new phone",
    "the reserve team won",
    "the bus station was packed",
    "#nofilter #tbt #blessed",
    "#citylife #beachlife",
    "kanata girls hockey won",
    "geelong won by 20 last night",  # the team's town alone, no market: the side
    "the stock market fell on the news",
    "the boys gang is here",
    "s-o-r-r-y i was late",
    # a listed nickname in a post about a famous team, or a listed suburb as a teacher's surname
    "the cowboys won the super bowl joburg fans stand up",
    "mr menlyn gave us a pop quiz",
    "what timezone are u in",
    "i might flip out if i fail",
    "my pj top is so soft",
    "gamers where u at",
    "swifties where u at",
    "neet toppers where u at",  # a group of people by a plural of theirs, no place
    "class 10 students represent",
    "aaj mera tiffin mein poha hai",  # a lunchbox (a town of the lists too) before "mein"
    "bts army where u at",
    "girls where u at",
    "lads where ye at",  # a shout with no place
    "cut it in little pieces",  # "little" before an everyday word
    "i talk to little sis every day",
    "pizza at little rosarios tonight",  # a shop's possessive after "little"
    "that's a bad idea lol",  # no city's short form
    "team red represent",
    "fortnite gang where u at",
    "minecraft kids where u at",
    "l o l represent",
    "the eagles won the super bowl htx stand up",
    "my pj pants have holes",
    "the private sector pays more",  # a sector with no number
    "bal bharati school sector 12 sports day",  # the sector of a school's name
    "my postcode is 2000 so what",  # no place after the code
    "zip code 90210 that's the one from tv",
    "my mom is in the pta",  # "the" before it: the parents' body
    "pta meeting tonight",
    "we need to get the dub",  # a win
]

CLUBS = [
    ("swimming with dolphin bay swim club at 6", (G, "dolphin bay swim club")),
    ("u14 lady comets won again", (G, "u14 lady comets")),  # the age group opening the post, a girls' team's lead
    ("st aidans vs oakfield u13 tmrw", (G, "oakfield u13")),  # "vs" is no part of the team's name
    ("ballyhale foróige tonight is games night", (G, "ballyhale foróige")),  # an Irish youth club
    ("die eike netbalklub het gewen", (G, "die eike netbalklub")),  # an Afrikaans club word
    ("sunday service at hillsong church", (G, "hillsong church")),
    ("langar at gurdwara singh sabha after", (G, "gurdwara singh sabha")),
    ("eid prayers at masjid al noor", (G, "masjid al noor")),
    ("taraweeh at the masjid ar-rahim tonight", (G, "masjid ar-rahim")),  # an Arabic article's hyphen
    ("jummah at masjidul taqwa then lunch", (G, "masjidul taqwa")),  # the construct form of "masjid"
    # a kapa haka group, a Hindu children's class, a dance company written short, a netball club's centre
    ("te rito kowhai kapa haka won the regional", (G, "te rito kowhai kapa haka")),
    ("gita bala vihar class sunday", (G, "gita bala vihar")),
    ("moonbeam dance co comp this weekend", (G, "moonbeam dance co")),
    ("finals at the tarawera netball centre", (G, "tarawera netball centre")),
    ("confirmation class at iglesia santa rosa tonight", (G, "iglesia santa rosa")),
    ("my troop is 3rd kingsbury scouts", (G, "3rd kingsbury scouts")),
    ("beaver camp with 9th ashgrove beavers", (G, "9th ashgrove beavers")),
    ("kickboxing at tigers dojo westgate", (G, "tigers dojo westgate")),
    ("ballet at the elmhurst dance academy", (G, "elmhurst dance academy")),
    ("hurling with kilmacud crokes gaa later", (G, "kilmacud crokes gaa")),
    ("tag rugby at drumcolm rfc minis sunday", (G, "drumcolm rfc")),  # a rugby club by its letters
    ("castlerow rlfc u10s won again", (G, "castlerow rlfc u10s")),
    ("ons oefen by dansstudio kolibrie", (G, "dansstudio kolibrie")),  # an Afrikaans dance studio before its name
    ("optrede met dansskool vonkel vanaand", (G, "dansskool vonkel")),
    ("my dad works at fonterra in edendale", (G, "fonterra")),
    ("my dad works at fonterra in edendale", (L, "edendale")),
    ("my dad works in dunedin", (L, "dunedin")),
    ("cubs pack 7 went camping", (G, "pack 7")),
    ("my nan works at the royal infirmary", (G, "royal infirmary")),
    ("kathak lessons at natyalaya on fridays", (G, "natyalaya")),
    ("tumbling at comet gymnastics academy", (G, "comet gymnastics academy")),
    ("grandad volunteers at sunrise manor", (G, "sunrise manor")),
    ("mums shift at st vincents hospital finishes late", (G, "st vincents hospital")),
    # a chain is quiet, but not as a parent's workplace: its branch is where the family is found
    ("my dad works at Tesco", (G, "Tesco")),
    ("my aunty has a job at woolworths", (G, "woolworths")),
    # a denomination after a church's name, diaspora groups, arts and sports academies
    ("we go to st peters anglican every sunday", (G, "st peters anglican")),
    ("choir practice with the waitara tongan methodist", (G, "waitara tongan methodist")),
    ("bhangra at the surrey punjabi sangam", (G, "surrey punjabi sangam")),
    ("nets with the kingfishers cricket academy", (G, "kingfishers cricket academy")),
    ("feis with scoil rince uí bhriain", (G, "scoil rince uí bhriain")),
    # local teams after their town, youth sports and culture groups
    ("training with the bathurst panthers tonight", (G, "bathurst panthers")),
    ("my bro plays for whangarei districts fc", (G, "whangarei districts fc")),
    ("tryouts for the kelowna rockets bantam on sat", (G, "kelowna rockets bantam")),
    ("relays at mackay little athletics", (G, "mackay little athletics")),
    ("swim lessons at the dubbo pcyc", (G, "dubbo pcyc")),
    ("maths at bright sparks tuition centre", (G, "bright sparks tuition centre")),
    # "works in", "drives for"; a chain's branch is the parent's workplace
    ("my aunty works in the aldi in tallaght", (G, "aldi")),
    ("my da works in Kerrigan Foods", (G, "Kerrigan Foods")),
    ("my uncle drives for metlink", (G, "metlink")),
    # a nurse's ward, a parent's own shop
    ("my aunty is a nurse in caldbrook hospital", (G, "caldbrook hospital")),
    ("my dad runs ngata motors", (G, "ngata motors")),
    # an Afrikaans youth team's age group ("onder 14", under 14)
    ("brakpan netbal o/14 het gewen", (G, "brakpan netbal o/14")),
    ("rooidam rugby o12 speel môre", (G, "rooidam rugby o12")),
    # a temple society, an Irish club named for a saint, an iwi; a khalsa darbar, a heritage school
    ("kirtan at iskcon chowpatty tonight", (G, "iskcon chowpatty")),
    ("naomh eanna hurling on sat", (G, "naomh eanna hurling")),
    ("ngati porou at the regatta", (G, "ngati porou")),
    ("seva at the brampton khalsa darbar", (G, "brampton khalsa darbar")),
    ("after ukrainian saturday school we get pierogi", (G, "ukrainian saturday school")),
    # a martial-arts or dance style (or an arts chain) before its branch's town, a dance school
    # named for its teacher, an academy where belts are graded, scouting groups by number
    ("black belt grading at tkd parramatta next week", (G, "tkd parramatta")),
    ("karate at zen do kai penrith tonight", (G, "zen do kai penrith")),
    ("comp with hip hop wollongong on sunday", (G, "hip hop wollongong")),
    ("karate do federation pune orange belt test", (G, "karate do federation pune")),
    ("singing at stagecoach geelong on saturdays", (G, "stagecoach geelong")),
    ("recital with Miss Priya's School of Dance on friday", (G, "Miss Priya's School of Dance")),
    ("yellow belt grading at Dragon Fist Academy tmrw", (G, "Dragon Fist Academy")),
    ("crossing over night for Pack 212 🏕", (G, "Pack 212")),
    ("pinewood derby with pack 40 on sat", (G, "pack 40")),
    ("2nd Pune Bulbuls had a hike", (G, "2nd Pune Bulbuls")),
    ("tryouts for leeds city fc academy next week", (G, "leeds city fc academy")),
    ("training at oakville minor hockey tonight", (G, "oakville minor hockey")),
    ("camp with voortrekkers kommando pretoria oos", (G, "voortrekkers kommando pretoria oos")),
    # an age group before the team's name, the US and Canadian way; a parent's job before "at"
    ("go U12 morley thunder!!! we beat the sharks 3-0", (G, "U12 morley thunder")),
    ("snap me if ur in U15 AA barrhaven wolves 🏒", (G, "U15 AA barrhaven wolves")),
    ("my mums a bus driver at metro line wellington depot lol", (G, "metro line wellington depot")),
    ("my dad is a cashier at pak n save so we get discounts", (G, "pak n save")),
    ("my dad is a firefighter at brookvale fire station", (G, "brookvale fire station")),
    ("dance comp with arabesque academy in leeds tmrw so nervous 🩰", (G, "arabesque academy")),
    # a town's club by its sport before what its members do; guiding's and scouting's youngest units
    ("cant wait for taupo rugby training tonight", (G, "taupo rugby")),
    ("signed up for nanaimo ringette tryouts", (G, "nanaimo ringette")),
    ("cookie sale with 4th oakville sparks", (G, "4th oakville sparks")),
    ("6th rotorua keas went to the zoo", (G, "6th rotorua keas")),
    # a club's name and its club word run together in a hashtag
    ("new leotard day 🤸 #bouncepeakgymnastics", (G, "bouncepeakgymnastics")),
    ("relay medals!! #harbourviewswimclub", (G, "harbourviewswimclub")),
    # an Irish "O'" surname in a family business where a parent works; a parent's boss's workplace
    ("my ma is a cashier at o'faolains chemist", (G, "o'faolains chemist")),
    ("mam works at o'rourkes", (G, "o'rourkes")),
    # a performing group by its group word ("dance crew", "pipe band")
    ("sunburst dance crew showcase next week", (G, "sunburst dance crew")),
    ("marching with the ballyhale pipe band", (G, "ballyhale pipe band")),
    # more sports' club words; a Māori group's name after "te rōpū"
    ("kelso figure skating club comp sat", (G, "kelso figure skating club")),
    ("training at oakridge badminton club", (G, "oakridge badminton club")),
    ("te rōpū taiohi o manurewa practice tonight", (G, "te rōpū taiohi o manurewa")),
    ("my moms boss at quinlan signs is so kind", (G, "quinlan signs")),
    ("my cousin is an apprentice at tolka motors", (G, "tolka motors")),
]

CLUBS_QUIET = [
    "read rfc 2616 for the homework",  # a web standard's number
    "the rfc says no to that",  # letters with no club's name
    "ons dansstudio is toe vandag",  # the word with no name after it
    "the masjidul is packed on fridays",  # the word alone, no name after it
    "the boss at the end of the dungeon is so hard",  # a game's boss, no parent's
    "our dance crew is the best",  # a group word with no name before it
    "we joined the rowing club",
    "figure skating club was so fun",
    "a marching band went past the house",
    "my dads boss at work is strict",
    "o'rourke scored a cracker last night",  # an O' surname alone, no workplace cue
    "science tuition after school again",  # a subject's lessons, no centre's name
    "hindi tuition is so boring",
    "my dad works at night",
    "mum works at a bank",
    "mum's shift at work was long",
    "we went to church today",
    "the scouts were selling cookies",
    "my dad works at home",
    "at the mandir there were so many people",
    "my mum works at the weekend",
    "dance class at the hall was fun",
    "masjid was packed for eid",
    "church youth group was fun",
    "maui from moana is the best",
    "we went to tesco for snacks",
    "woolworths has the best cookies",
    "on a mission to finish my homework",
    "the choir sang so well",
    "youth fellowship tonight",
    "im doing kapa haka this term",
    "the tigers won the grand final",
    "my dad works in retail",
    "my dad runs marathons every year",  # a parent runs, no shop
    "my mum runs so fast lol",
    "my o2 signal is so bad",  # a phone network, no age group
    "the best kapa haka tutors ever tbh",  # praise, no group's name
    "went swimming at the sports centre",
    "my mum works in the garden on sundays",
    "karate in the hall on mondays",
    "hip hop is my fav music",
    "the karate kid is such a good film",
    "pack 2 jumpers for scout camp",
    "Pack 10 snacks for the trip",
    "grab a 12 pack of juice",
    "the bulbuls were singing",
    "minor hockey season starts soon",
    "the voortrekkers monument is huge",
    "u12 tryouts tomorrow",  # the age group's doings, no name
    "U12 girls won",
    "u10 red card again",  # an everyday word after the age group
    "u14 ladies final today",  # the lead word then the fixture's word, no name
    "on va au parc demain matin",  # a park and French little words after it, no park's name
    "my mum is a cleaner at the hospital",  # a job at a place that names nothing
    "leeds netball is fun",  # a town's sport, no doing of its club
    "netball trials tomorrow",  # the sport's trials, no town
    "the sparks from the fire",  # sparks, no unit's name
    "#ilovegymnastics #rhythmicgymnastics #olympicgymnastics",  # a fan's cheer, an everyday word, the big stage
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_PLACES)
def test_local_places_of_eight_regions(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", LOCAL_PLACES_QUIET)
def test_times_games_and_everyday_places_are_no_place(text: str) -> None:
    assert [f for f in found(text) if f[0] == L] == []


@pytest.mark.parametrize(("text", "expected"), CLUBS)
def test_local_clubs_groups_and_workplaces(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", CLUBS_QUIET)
def test_general_workplaces_and_groups_are_no_org(text: str) -> None:
    assert found(text) == []


#: (text, what a model tagged and as what, what the scanner keeps): the rules on top of any
#: pipeline's entities, whatever the model (a retrained one tags these; the shipped one does not).
MODEL_ENTITIES = [
    ("summer is so hot", ("summer", "PERSON"), []),  # a season in lower case, no cue: a time
    ("see u in june", ("june", "PERSON"), []),
    ("my friend Summer is here", ("Summer", "PERSON"), [("Summer", "PERSON")]),  # capitalised: a name
    ("her name is summer", ("summer", "PERSON"), [("summer", "PERSON")]),  # cued
    ("holidays in sunny bournemouth", ("sunny bournemouth", "GPE"), [("bournemouth", "LOCATION")]),
    ("old trafford was loud", ("old trafford", "GPE"), [("old trafford", "LOCATION")]),  # a name's own word
    (
        "mums shift at st vincents hospital finishes late",
        ("st vincents hospital finishes", "ORG"),
        [("st vincents hospital", "ORG")],
    ),
    ("riverside swim club rocks", ("riverside swim club", "ORG"), [("riverside swim club", "ORG")]),
    # one lower-case word and nothing else: the model has nothing to judge by (a rank, a colour)
    ("diamond", ("diamond", "PERSON"), []),
    ("gold lol", ("gold", "PERSON"), []),
    ("me and diamond went", ("diamond", "PERSON"), [("diamond", "PERSON")]),  # a name in a sentence
    ("Diamond", ("Diamond", "PERSON"), [("Diamond", "PERSON")]),  # capitalised
    # a network's name: the surname is the name ("Johnson_Family" read as words by the QR scanner)
    ("Johnson Family", ("Johnson Family", "PERSON"), [("Johnson", "PERSON")]),
]


@pytest.mark.parametrize(("text", "entity", "kept"), MODEL_ENTITIES)
def test_the_rules_trim_what_a_model_tags(text: str, entity: tuple[str, str], kept: list) -> None:
    from leakscan.scanners import ner

    doc = nlp.make_doc(text, SETTINGS.model)
    start = text.index(entity[0])
    doc.ents = [doc.char_span(start, start + len(entity[0]), label=entity[1])]
    found = ner._entities(doc, list(doc), text, lexicon())
    assert [(text[s:e], k.value) for s, e, k, _c, _p in found] == kept


# -- dev set world7: names before an age, lists of friends, shout-outs, local venues ------------

#: Families of world7's misses (own wording): a name opening a post before an age or a birthday, a
#: birthday wish before the name, a list of three friends, "ft" before friends in a photo, a name
#: no list knows before a deed, a shout-out, a given name spoken to in another language's chat; a
#: regional theme park or a venue the child goes to, a big city after "from", a numbered street;
#: a given name opening a post and spoken to ("X u owe me", "X my number is"), after a birthday wish.
WORLD7_FOUND = [
    ("tendai turns 11 on saturday", (P, "tendai")),
    ("rudo is 10 today 🎈", (P, "rudo")),
    ("chanda 13 today!!", (P, "chanda")),
    ("happy birthday bwalya 12 today", (P, "bwalya")),
    ("haziq birthday 3 march", (P, "haziq")),
    ("ritika, harini and keerthana tuition gang", (P, "harini")),
    ("ayaan, tendai and chipo at the nets", (P, "tendai")),
    ("angus siti farai come to mine", (P, "siti")),
    ("ft jolene and brandi at the rink 📸", (P, "jolene")),
    ("tavisha dared me to jump in the pond", (P, "tavisha")),
    ("shoutout to zoravar for the assist", (P, "zoravar")),
    ("siti jom makan later", (P, "siti")),
    # a given name that opens the post, spoken to; a given name after a birthday wish
    ("tendai u still have my charger", (P, "tendai")),
    ("keerthana my mum says yes", (P, "keerthana")),
    ("harini da come fast", (P, "harini")),
    ("happy 11th chipo 🎉", (P, "chipo")),
    ("hbd mulenga love ya", (P, "mulenga")),
    ("we went to movie world on the weekend", (L, "movie world")),
    ("class trip to emerald park tomorrow", (L, "emerald park")),
    ("my cousin is from kano", (L, "kano")),
    ("amaka from kano says hi", (P, "amaka")),
    ("skating at the rink on 3rd street", (L, "3rd street")),
    ("meet outside greggs on the high st", (L, "greggs")),
    ("meet outside coles after netball", (L, "coles")),  # a chain met at, the model reading a name
    # a mall called by a saying after a place word; a town the model took for a person
    ("we r going to square one tmrw", (L, "square one")),
    ("raining again in the banner", (L, "the banner")),  # a county's nickname after a place word
    ("in the windy city for the holidays", (L, "the windy city")),  # a metro area's nickname
    ("stellies was so busy today", (L, "stellies")),  # a town by its nickname
    ("invercargill got no cinema lol", (L, "invercargill")),
    ("losa and manu we going to the river later", (P, "manu")),
    # a chain's dish is famous, the branch a parent works at is not
    ("my mum works at jollibee on main road", (G, "jollibee")),
    # "the" and a landmark every town has one of, after a word of going, meeting or living: the local one
    ("meet at the square saturday lads", (L, "the square")),
    ("cycled down the bay on saturday with rhodri", (L, "the bay")),
    ("we moved to the heights its so quiet", (L, "the heights")),
    ("we moved to the glen so i change buses now", (L, "the glen")),  # "so", "last", "now" after it
    ("moved to the crescent last year and love it", (L, "the crescent")),
    ("anyone at the glen rn", (L, "the glen")),
    # ... then where it lies ("right by", "near", "next to"): still the local one
    ("we live in the crescent right by the chippy", (L, "the crescent")),
    ("meet at the junction near the bakery", (L, "the junction")),
    # a hashtag of a town run on with a tail of pride, a big city or a nickname with one
    ("best summer ever #tralee4life", (L, "tralee4life")),
    ("home for christmas #corkgirl", (L, "corkgirl")),
    ("surf was pumping #gonglife", (L, "gonglife")),
    # a town written with hyphens, run together in a hashtag
    ("chips on the pier #burnhamonsea", (L, "burnhamonsea")),
    ("rainy half term #stokeontrent", (L, "stokeontrent")),
    # a place of the lists with a Turkish case ending joined to it: the place without the ending
    ("cumartesi üsküdarda buluşalım mı", (L, "üsküdar")),
    ("ataşehir'den servisle geliyorum", (L, "ataşehir")),
    ("bakırköydeki parkta oynadık", (L, "bakırköy")),
    # Turkish given names, initials and clipped names of the lists
    ("ask kaan if hes coming to training", (P, "kaan")),
    ("happy bday olly ur 10 now", (P, "olly")),
    ("me and cj at the skatepark", (P, "cj")),
    ("tell rawan the bus is late", (P, "rawan")),  # Arabic, Tongan, Setswana given names of the lists
    ("me and siaosi at the beach", (P, "siaosi")),
    ("thembi and lerato walked me home", (P, "thembi")),
    ("me and bartosz at the skatepark", (P, "bartosz")),  # Polish, Korean, Yoruba given names of the lists
    ("minseo and me at the pc bang", (P, "minseo")),
    ("tell tomiwa the match is at 4", (P, "tomiwa")),
    ("bio: 11 • longford • camogie", (L, "longford")),  # an Irish county as a bio's field
    ("bio: 12 🍀 mayo 🐑 hurling", (L, "mayo")),  # ... though an everyday word too
    # a park, square or beach named in Spanish, French, Portuguese: its name after "del", "de la"...
    ("vamos al parque del retiro después del cole", (L, "parque del retiro")),
    ("pique-nique au parc de la tête d'or avec léa", (L, "parc de la tête d'or")),
    ("bora na praça da sé amanhã", (L, "praça da sé")),
    ("jhb girls where u at", (L, "jhb")),  # a city's code shouted out to its girls
    ("ldn traffic is so bad today", (L, "ldn")),  # ... opening the post with its traffic now
    ("bday party at timezone in penrith saturday", (L, "timezone")),  # an arcade chain's branch
    ("tía rosa y yo en el parque del sol jajaja", (L, "parque del sol")),  # the park's name ends before laughter
]

#: The same forms when they name no one near the child (own wording).
WORLD7_QUIET = [
    "hope u all have a great weekend",
    "lazy day on the couch #sundayfunday",  # a hashtag of everyday words, no town run together
    "just get to the point right now pls",  # a saying, though a place word follows
    "bugün evde kaldık çok sıkıldım",  # Turkish words with the same endings, no place before them
    "she said the garden needs water",  # English words ending like a Turkish case, known whole
    "wish everyone good luck for the test",
    "guys faith is a word too not only a name",
    "ms marvel season 2 when",
    "going greggs later",
    "the lakers sucks this season",
    "room is 12 degrees today brrr",
    "grade 5 today was boring",
    "kia kaha to the team 💪",
    "bula bula see you soon",
    "the road not taken is my fav poem",
    "chillin hoopin and vibin all day",
    "my 5th st patricks day parade",
    "pizza u want some",
    "happy birthday to meee",
    "happy 4th everyone",
    "back to square one with this project",
    "we are at square one again lol",
    "the banner at school says welcome",  # the nickname is a thing too: only after a place word
    "jollibee chickenjoy for lunch yum",
    "harry potter studio tour next week!!",
    "get to the point already",  # the landmark words as everyday words
    "get to the point so we can go",
    "the base of the triangle is 5cm",
    "write your answer in the square",
    "at the point where i gave up",
    "new series of my fav author #readinglife",  # a big city's name as an everyday word, tail of no pride
    "sunday vibes #islandlife",
    "tuna sandwich for lunch again",  # a Turkish name that is an everyday English word, left out
    "the dj played my song",  # initials as a word
    "ofa atu to everyone this christmas",  # Tongan "love you", though "ofa" is a given name
    "hala madrid forever",  # a cheer, left out of the Arabic names
    "got chips at the iga after school",  # a supermarket chain, left out of the Polish names
    "bio: 13 | down | camogie",  # a county's name that is a mood in a bio
    "fuimos a la playa hoy con mis primos",  # the beach, no name after it
    "nos vemos en el parque later, u in?",  # a time after the word, no name
    "the girls where u at",  # a shout-out to no place
    "which timezone does the server use",  # the arcade chain's name as a word, no place word before it
]


@pytest.mark.parametrize(("text", "expected"), WORLD7_FOUND)
def test_world7_families_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", WORLD7_QUIET)
def test_world7_near_misses_stay_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in (P, L)] == [], found(text)


# -- chat of other languages, regional fruit and wildlife, side nicknames, a sport as a place -----

#: Invented posts of the families a spent blind set flagged though they name no one.
REGIONAL_QUIET = [
    "jom makan kat kantin, lapar sangat",  # Malay chat: a hangout, hunger
    "ang init grabe, umulan na sana",  # Tagalog: the heat, a wish for rain
    "semi final mein india haar gaye yaar",  # Hinglish: a side lost
    "carrom mein didi ne hara diya",  # Hinglish: the big sister won
    "too many tamarillo on the tree",  # regional fruit
    "pukeko walking across the paddock",  # regional wildlife
    "galahs screaming on the roof again",
    "super falcons won the cup 🇳🇬",  # a national side's nickname
    "penn state blew the lead",  # a college side
    "the proteas world cup campaign",  # a side and its tournament
    "scored twice in netball practice",  # a sport after "in"
    "kopitiam kaya toast before school",  # a kind of eating place
    "wembanyama blocked like five shots",  # an athlete's nickname
    "kohli captaincy was poor today",  # one English word the lists lack after a star
    "uncle ke saath market gaye",  # a relation before a particle
    "bhaiya ne phone tod diya",  # Hinglish: a thing broken
    "jummah then lunch with the cousins",  # Friday prayers
    "faafetai for the food everyone",  # Samoan thanks
]

#: The same words where they still name someone or somewhere near the child.
REGIONAL_KEPT = [
    ("diya is sleeping over tonight", (P, "diya")),  # "diya" alone is a given name
    ("we moved to gaya in june", (L, "gaya")),  # "gaya" alone is a town
    # a given name opening the post before two words of another language, or before a particle
    ("thabo sawubona ngiyabonga for the lift", (P, "thabo")),
    ("ishaan ke ghar pe party hai", (P, "ishaan")),
    ("madhurima er jonno gift kinlam", (P, "madhurima")),
    ("lindiwe wena come outside", (P, "lindiwe")),
    ("zaneles braids look amazing", (P, "zanele")),
]


@pytest.mark.parametrize("text", REGIONAL_QUIET)
def test_regional_chat_fruit_wildlife_and_sides_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(("text", "expected"), REGIONAL_KEPT)
def test_regional_words_alone_stay_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


# -- a new writer's families (dev set world8): names the lists lacked, creole and Afrikaans forms,
# -- a star's town, events at a venue, kinship words, season events -------------------------------

#: Invented posts of each family where a name, place or club is near the child.
WORLD8_FOUND = [
    ("happy bday cerys hope its a good one", (P, "cerys")),  # a Welsh given name
    ("osian took my pencil case again", (P, "osian")),
    ("séan u coming to training", (P, "séan")),  # an accent the lists do not spell
    ("iwan forgot his boots again", (P, "iwan")),  # a past tense without "-ed"
    ("carla en jaco gaan swem", (P, "jaco")),  # Afrikaans "en" between two given names
    ("sione yuh coming or not", (P, "sione")),  # Caribbean and Tok Pisin "yuh", "yu"
    ("bula everyone mereani here from suva", (P, "mereani")),
    ("we chilled at flic en flac", (L, "flic en flac")),  # a beach town of Mauritius
    ("off to skeggy for the weekend", (L, "skeggy")),  # a seaside town's nickname
    ("go riverton ac 🏃", (G, "riverton ac")),  # athletic club
    ("st brendans cyc disco friday", (G, "st brendans cyc")),  # catholic youth club
    ("tongan assembly of god youth night", (G, "tongan assembly of god")),
    ("happy birthday nonna lucia", (P, "nonna lucia")),  # a kinship word before the name
    ("we live in stratford and justin bieber is from there", (L, "stratford")),  # the child's own town
    ("we are at melbourne zoo", (L, "melbourne zoo")),  # the child at a city's sight
    ("my dad works at chipotle", (G, "chipotle")),  # a parent's workplace
    ("my moms work bluegum plumbing is closed today", (G, "bluegum plumbing")),  # "moms work", no "at"
    ("my dads work at kestrel logistics", (G, "kestrel logistics")),  # "dads work" + "work at"
    ("meet at the bakery on wyndham", (L, "wyndham")),  # a shop's street, one word
    ("pizza at marcos on highway 7 tonight", (L, "highway 7")),  # a numbered road
    ("going to the ekka tomorrow", (L, "the ekka")),  # a state agricultural show
    ("go riverside hawks 12u", (G, "riverside hawks 12u")),  # an age group after its number
    ("lady panthers 10u won again", (G, "lady panthers 10u")),  # a girls' team
    ("mere u coming to kapa haka", (P, "mere")),  # a listed given name that is an English word too
    ("we went to de villiers park", (L, "de villiers park")),  # "de" starting a surname stays
    ("brightstar tuition wale bhaiya is chill", (G, "brightstar tuition")),  # a tuition centre by its name
]

#: The same families where they name no one near the child.
WORLD8_QUIET = [
    "taylor swift at wembley would be unreal",  # a star at a venue
    "justin bieber is from stratford lol stratford must be proud",  # a star's town, said twice
    "rugby final at the mcg tonight",  # a public event at a sight
    "melbourne zoo got a baby giraffe",  # a city's zoo in the news
    "the fireworks on nye in london were unreal",  # a holiday's short form
    "my nonna is turning 90 on friday",  # kinship words of other languages
    "koro is coming for dinner",
    "netflix and chill this weekend",  # an idiom
    "monsoon ka mausam aa gaya",  # Hinglish weather words
    "exams over liao so happy",  # a Singlish particle
    "supermacs chips are the best",  # a regional chain
    "babar azam scored a century",  # a cricket star the lists lacked
    "text me on this phone not the old one",  # "this" + a thing owned is no possessive
    "Lincoln MS band concert is tonight",  # "MS" in capitals after a name: a middle school
    "summer camp starts next week",  # a season's event
    "im at home on my phone",  # no shop before "on"
    "at practice on saturday again",  # a day after "on"
    "my mums work friend is so funny",  # no name after "mums work"
    "he made the 12u team",  # an age group with no name before it
    "a mere five minutes late",  # the English word, not opening the post
    "garmi aa gayi yaar",  # Hinglish "came" after a weather word
    "saint nicholas brought the presents",  # a saint, no one near the child
    "we limin by de river later",  # Caribbean "de" (the) before an everyday word
    "sweetest soca inna di whole world",  # Jamaican "inna" (in the)
]


@pytest.mark.parametrize(("text", "expected"), WORLD8_FOUND)
def test_world8_families_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", WORLD8_QUIET)
def test_world8_near_misses_stay_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in (P, L)] == [], found(text)


# -- the retrained model's misses, read by ner_people, ner_routine, ner_no_entity, ner_public_people
# -- and ner_sides (invented rows) --
MORE_FOUND = [
    ("lets meet at square one by the fountain", (L, "square one")),  # a venue right after "at"
    ("my aunty named her baby tevita", (P, "tevita")),  # a relative's baby named
    ("tamsin from my dance class is coming over", (P, "tamsin")),  # the child's own group, its activity
    ("we moved to aus last year", (L, "aus")),  # a country written short after a residence cue
    ("we live in savannah now", (L, "savannah")),  # the town, no "the" before it
    ("iga is coming to my party", (P, "iga")),  # the given name, no "the" before it
    ("#sydneylife", (L, "sydneylife")),  # a town's hashtag, no everyday word
    ("#torontolife", (L, "torontolife")),  # a big city before a topic's tail (ner_places)
    ("my mate mcgrath scored twice", (P, "mcgrath")),  # the child's mate
    ("we lost 0 - 4 at bolton", (L, "bolton")),  # a place word before the town
    ("me and coco went to the shops", (P, "coco")),  # no company word, though "co" starts it
]
MORE_QUIET = [
    "ugh back to square one on my essay",
    "my cousin named her dog biscuit",  # a pet
    "the boy from my chess club is annoying",
    "i want to move to aus one day",  # a wish, no home
    "lions sleep on the savannah all day",
    "mum sent me to the iga for milk",
    "#schoollife is hard",
    "doherty scored a header",
    "lost 1-2 | hull | gutted",
    "Copyright (c) 2009 Brindlemoor Optics Company",  # a company word ends it: a firm (ner_no_entity)
    "printed by Harwick Stitchworks Ltd.",
]


@pytest.mark.parametrize(("text", "expected"), MORE_FOUND)
def test_the_retrained_models_misses_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", MORE_QUIET)
def test_the_retrained_models_near_misses_stay_quiet(text: str) -> None:
    assert [f for f in found(text) if f[0] in (P, L)] == [], found(text)


# -- the retrained model's misses read by rules (ner_people, ner_routine, the Swahili filler words, the world
# -- cities), a temple's word after a possessive and a redaction placeholder left alone (invented) --
RULED_FOUND = [
    ("going to the park with nadia after school", (P, "nadia")),  # a given name after "with", a time after it
    ("anne-sophie et moi au parc", (P, "anne-sophie")),  # a hyphenated given name before "et moi"
    ("eu e a bruna na praia 🏖️", (P, "bruna")),  # Portuguese "me and" with the article before the name
    ("io e federica a scuola", (P, "federica")),  # Italian "me and"
    ("we catch the cork bus home every day", (L, "cork")),  # a city's bus the child rides
    ("hongera amani kwa ushindi", (P, "amani")),  # a friend congratulated on the win
    ("we live in pune and its way better than chennai", (L, "pune")),  # the child's own city compared
    ("me and kestrel at the game #kestrelhigh", (P, "kestrel")),  # a friend named like the school's tag
    ("shiv mandir ki aarti dekhi", (G, "shiv mandir")),  # a temple by a god's name
    ("the tamaki family came for dinner", (P, "tamaki")),  # a household by its surname, no org
    ("i live in 14 kereru street", (L, "kereru street")),  # the street, its house number the address's
    ("we live on 4 kauri street patrick's", (L, "kauri street")),  # the street, not the possessive after it
]
RULED_QUIET = [
    "going to the shops with mum after school",  # kin after "with"
    "pique-nique et moi on mange",  # a hyphenated everyday word before "et moi"
    "eu e a minha avó no sofá",  # "me and my grandma"
    "io e te per sempre",  # "me and you"
    "they say never take london buses at night",  # a city's buses, no child riding them
    "hongera kwa mafanikio",  # Swahili "congratulations on the success"
    "lucknow is way better than jaipur tbh",  # two world cities compared, no home
    "go kestrel!! #kestrelhigh",  # the school's short name cheered beside its tag
    "hi im [PERSON] from [LOCATION] and i go to [ORG]",  # a redacted post's placeholders
    "apne mandir mein aarti thi",  # Hindi "one's own temple": a possessive, no name
    "the royal family was on tv",  # an everyday word before "family"
    "Netgear 5 G keeps dropping",  # a router's maker
]


@pytest.mark.parametrize(("text", "expected"), RULED_FOUND)
def test_the_retrained_models_misses_read_by_rules(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", RULED_QUIET)
def test_the_retrained_models_misreadings_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"), [("Marigold", True), ("Tavita", True), ("marigold", False), ("tavita", False)]
)
def test_a_bare_word_needs_its_capital_for_the_models_guess(text: str, expected: bool) -> None:
    # a whole message of one lower-case word is read by the conversation layer after a question;
    # a capitalised one (a name label, a photo's Artist field) is still the model's to read
    assert bool(found(text)) is expected
