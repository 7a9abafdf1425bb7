"""The engine: one shared context per text, isolated scanner errors, merged overlaps, limits."""

from __future__ import annotations

import pytest

from leakscan import Finding, Kind, Settings, posts
from leakscan.scanners import SCANNER_NAMES, TEXT_SCANNERS, detect
from leakscan.scanners.detect import merge


def span(kind: Kind, start: int, end: int, text: str = "", **kw) -> Finding:
    return Finding(kind=kind, text=text or "x" * (end - start), start=start, end=end, **kw)


def test_same_kind_overlaps_merge_into_one_span():
    text = "0123456789"
    a = Finding(Kind.PHONE, text[0:6], start=0, end=6, confidence=0.7)
    b = Finding(Kind.PHONE, text[4:10], start=4, end=10, confidence=0.9, detail="known")
    (m,) = merge([a, b])
    assert (m.start, m.end, m.text, m.confidence, m.detail) == (0, 10, text, 0.9, "known")


def test_more_specific_kind_wins_an_overlap():
    school = span(Kind.SCHOOL, 8, 26)
    person = span(Kind.PERSON, 8, 15)
    org = span(Kind.ORG, 8, 26)
    assert merge([person, org, school]) == [school]


def at(text: str, sub: str, kind: Kind) -> Finding:
    i = text.index(sub)
    return Finding(kind=kind, text=sub, start=i, end=i + len(sub))


A, H, L, ORG, P, S = Kind.ADDRESS, Kind.HANDLE, Kind.LOCATION, Kind.ORG, Kind.PERSON, Kind.SCHOOL
#: A lower-ranked name that runs past an address, handle, link or number keeps its own whole words
#: beyond it (invented posts): (text, winner, its kind, loser, its kind, what the loser keeps).
TRIMMED = [
    # the NER's place over street and suburb: the street is the ADDRESS, the suburb stays a place
    ("we moved to 27 plover lane kelsworth", "27 plover lane", A, "plover lane kelsworth", L, "kelsworth"),
    ("see 9 wren rd, ostlebury x", "9 wren rd", A, "wren rd, ostlebury", L, "ostlebury"),  # the comma goes
    ("come to 3 tui street mission bay", "3 tui street", A, "tui street mission bay", L, "mission bay"),  # a known town
    # a name read on into a handle: the name before the handle stays
    ("ask tavi brennock @tavib_09 tho", "@tavib_09", H, "tavi brennock @tavib_09", P, "tavi brennock"),
]
#: Nothing kept: past a name or an age; an ORG; a piece of a token, punctuation, a stop word, chat
#: filler, a number or an everyday word alone; any piece of a kind that is no name (a phone's digits).
DROPPED = [
    # a name over another name: two readings of one name, or of its context
    ("the Dunmore Academy Rowing squad won", "Dunmore Academy", S, "Dunmore Academy Rowing", ORG),
    ("dad teaches at Kerrow Edwin Hallam College", "Edwin Hallam College", S, "Kerrow Edwin Hallam", P),
    ("add tavibrennock pls", "tavibren", H, "tavibrennock", P),
    ("at 4 moss way, ok", "4 moss way", A, "moss way,", L),
    ("at 4 moss way of", "4 moss way", A, "moss way of", L),
    ("at 4 moss way lol", "4 moss way", A, "moss way lol", L),
    ("at 4 moss way 2207", "4 moss way", A, "moss way 2207", L),
    ("at 4 moss way west", "4 moss way", A, "moss way west", L),  # an everyday word alone
    ("she is in year 6 brimwell now", "year 6", Kind.AGE, "year 6 brimwell", L),  # past an age: one reading
    ("ring 021 448 3017 Harrowgate Motors", "021 448 3017", Kind.PHONE, "3017 Harrowgate Motors", ORG),  # an ORG
    ("mail quin dot arlow at mailbox email", "quin dot arlow at mailbox", Kind.EMAIL, "arlow at mailbox email", ORG),
    ("ring 0219 448 301 55 ok", "0219 448 301", Kind.EMAIL, "448 301 55", Kind.PHONE),
]


@pytest.mark.parametrize(("text", "win", "win_kind", "lose", "lose_kind", "left"), TRIMMED)
def test_a_lower_ranked_name_keeps_its_words_past_the_winner(text, win, win_kind, lose, lose_kind, left):
    winner, loser = at(text, win, win_kind), at(text, lose, lose_kind)
    kept = merge([loser, winner])
    assert winner in kept and len(kept) == 2
    (rest,) = [f for f in kept if f is not winner]
    assert (rest.kind, rest.text, text[rest.start : rest.end]) == (lose_kind, left, left)


@pytest.mark.parametrize(("text", "win", "win_kind", "lose", "lose_kind"), DROPPED)
def test_no_fragment_of_a_lower_ranked_finding_is_kept(text, win, win_kind, lose, lose_kind):
    winner = at(text, win, win_kind)
    assert merge([at(text, lose, lose_kind), winner]) == [winner]


def test_a_failing_scanner_is_isolated(monkeypatch):
    class Boom:
        name = "boom"
        kinds = frozenset({Kind.PHONE})

        def scan(self, ctx):
            raise RuntimeError("bug")

    monkeypatch.setattr(detect, "text_scanners", lambda settings: (Boom(), *TEXT_SCANNERS))
    result = posts.scan_text("my email is mia.rossi@example.com")
    assert result.error == "scanner failed: boom"
    assert [f.kind for f in result.findings] == [Kind.EMAIL]


def test_too_long_text_is_an_error_not_a_hang():
    result = posts.scan_text("a" * 101, Settings(max_text_chars=100))
    assert result.error and "over the limit of 100" in result.error
    assert "a" * 10 not in result.error  # no post text in errors


def test_empty_and_blank_texts_have_no_findings():
    assert posts.scan_text("").findings == ()
    assert posts.scan_text(" \n\t ").findings == ()


def test_batched_scan_equals_one_by_one():
    texts = [
        "me and jake at riverside park",
        "we won 3-2!!",
        "text me 217 555 0134",
        "",
        "my insta is mia.dances and i go to lincoln elementary",
    ]
    batched = posts.scan_many_texts(texts)
    single = [posts.scan_text(p) for p in texts]
    assert [r.to_dict() for r in batched] == [r.to_dict() for r in single]


@pytest.mark.parametrize(
    ("lengths", "size", "batches"),
    [
        ([10] * 5, 2, [2, 2, 1]),  # by count
        ([10] * 3, 256, [3]),  # short posts: one batch
        ([60_000, 60_000, 10], 256, [2, 1]),  # long posts: the characters close the batch early
        ([150_000, 10, 10], 256, [1, 2]),  # one post over the characters is a batch of its own
        ([], 256, []),
    ],
)
def test_batches_end_at_a_count_or_a_size(lengths: list[int], size: int, batches: list[int]):
    it = iter([("a" * n, None, None) for n in lengths])
    got = []
    while batch := posts._next_batch(it, size):
        got.append(len(batch))
    assert got == batches


@pytest.mark.parametrize(
    "text",
    [
        "me and ja\u200bke at riverside park",  # an invisible character: the view differs from the post
        "call\u00a0me at 217 555 0134 jake",  # a blank that is not a space: same length
    ],
)
def test_a_changed_view_uses_the_batch_doc(monkeypatch, text: str):
    """The Doc made in the batch is of the view's text: no post makes its own again."""
    from leakscan import nlp

    single = posts.scan_text(text)
    monkeypatch.setattr(nlp, "make_doc", lambda *a: pytest.fail("a Doc made again"))
    (batched,) = posts.scan_many_texts([text])
    assert batched.to_dict() == single.to_dict()


@pytest.mark.parametrize("scanner", [s.name for s in TEXT_SCANNERS])
def test_each_scanner_can_be_switched_off(scanner):
    others = tuple(n for n in SCANNER_NAMES if n not in (scanner, "photo_metadata"))
    result = posts.scan_text("hi", Settings(scanners=others))
    assert result.error is None


def test_new_words_do_not_stay_in_the_spacy_vocabulary():
    """A long-running service meets new words all day (usernames, typos): every NER use runs in
    a spaCy memory zone, so none of them stays in the shared vocabulary (it used to grow by
    0.1-0.4 KiB per new word, forever)."""
    import threading

    import leakscan
    from leakscan import nlp
    from leakscan.posts import scan_many_texts

    settings = Settings()

    def posts(tag: str) -> list[str]:
        return [f"me and zorblax{tag}{i}qq at flumpington{tag}{i} park" for i in range(40)]

    # Everyday words seen twice are learned for good (nlp._learn_chunks, bounded): warm up on
    # the template so that "me", "at", "park" are known before the count, whatever ran earlier
    # in this process; the made-up words never repeat and must not stay.
    for post in posts("w")[:3]:
        leakscan.scan_text(post, settings)
    # check_post warms the pipeline up once per process on a sample post (api.warm_up): do that
    # here, and see its own words twice, so that nothing is learned for the first time below
    # when the tests that ran earlier happened to see some of those words once.
    for _ in range(2):
        leakscan.check_post(text="add me quuxor77 on snap")
    vocab = nlp.load(settings.model).vocab
    strings, words = len(vocab.strings), {lex.orth_ for lex in vocab}

    for post in posts("a"):
        leakscan.scan_text(post, settings)
    scan_many_texts(posts("b"), settings)
    leakscan.check_post(text="add me quuxor77 on snap")
    threads = [threading.Thread(target=lambda t=t: [leakscan.scan_text(p) for p in posts(t)]) for t in "cd"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(vocab.strings) == strings
    assert {lex.orth_ for lex in vocab} == words


def test_ner_in_a_fresh_context_does_not_look_up_thinc_backends_again(monkeypatch):
    """Every request of the HTTP service runs in a fresh context (an asyncio task, a pool
    thread), where thinc used to look its backend up again: an entry-point scan and failed
    imports, 2-3 ms a request. leakscan hands it the backend found once."""
    import contextvars

    import thinc.backends

    import leakscan

    leakscan.scan_text("warm up: me and jake at riverside park")

    def no_lookup(*args, **kwargs):
        raise AssertionError("thinc looked its backend up again")

    monkeypatch.setattr(thinc.backends, "get_ops", no_lookup)
    result = contextvars.Context().run(leakscan.scan_text, "me and emma went to riverside park")
    assert result.error is None and {f.kind for f in result.findings} >= {Kind.PERSON}
