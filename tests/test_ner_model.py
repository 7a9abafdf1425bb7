"""leakscan's own NER pipeline for kid text (``leakscan-kid-ner``, models/kid_ner, models/NER.md).

The posts here are written for leakscan; the children, teachers and towns are made up or
ordinary places. The scanner runs with the shipped model, through the scanner contract.
"""

from __future__ import annotations

import importlib.util
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import run_offline, scan_checked

from leakscan import nlp
from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

MODEL = "leakscan-kid-ner"
SETTINGS = Settings(model=MODEL)
SCANNER = NerScanner()
P, L = "PERSON", "LOCATION"


def found(text: str) -> set[tuple[str, str]]:
    """``(kind, text)`` of every PERSON/LOCATION/ORG finding with the shipped model."""
    return {(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)}


def test_loads_by_name_from_package_data() -> None:
    pipeline = nlp.load(MODEL)
    assert pipeline.pipe_names == ["ner"]
    assert {"PERSON", "GPE", "ORG"} <= set(pipeline.get_pipe("ner").labels)
    assert (files("leakscan.models") / "kid_ner" / "config.cfg").is_file()


def test_loads_offline() -> None:
    # A fresh process where every socket fails: the model comes from leakscan's own package data.
    code = (
        "import leakscan\n"
        f"r = leakscan.scan_text('me and thandeka at the mall', leakscan.Settings(model={MODEL!r}))\n"
        "print(sorted(f.kind.value for f in r.findings))\n"
    )
    done = run_offline(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PERSON" in done.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me n thandeka r bored at the mall", {(P, "thandeka")}),
        ("hanging with sefa and mele after school", {(P, "sefa"), (P, "mele")}),
        ("my bff Oluwaseun is sleeping over tonight", {(P, "Oluwaseun")}),
        ("i live in stellenbosch lol", {(L, "stellenbosch")}),
        ("visiting my nan in Ballymena for the holidays", {(L, "Ballymena")}),
        ("me and priya at the park in chennai rn", {(P, "priya"), (L, "chennai")}),
    ],
)
def test_finds_names_and_towns_in_kid_posts(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "omg taylor swift concert was insane",
        "watching spongebob again lol",
        "i want to go to the eiffel tower one day",
        "real madrid won again!!",
        "got a new nike hoodie",
        "arre yaar so bored today",
        "jan 1st is new years",  # a month before a day: a date, though this pipeline tags no DATE
        "see u on may 3rd",
    ],
)
def test_quiet_on_famous_names_and_filler(text: str) -> None:
    assert found(text) == set()


def _build_ner():  # type: ignore[no-untyped-def]
    pytest.importorskip("faker", reason="the train extra builds the model (pip install -e '.[train]')")
    path = Path(__file__).resolve().parents[1] / "models" / "build_ner.py"
    spec = importlib.util.spec_from_file_location("build_ner", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_posts_are_deterministic() -> None:
    build = _build_ner()
    pools = build.Pools(3)
    first = build.generate(3, n_pos=60, n_neg=30, pools=pools)
    assert first == build.generate(3, n_pos=60, n_neg=30, pools=build.Pools(3))
    assert first != build.generate(4, n_pos=60, n_neg=30, pools=pools)
    assert sum(1 for _, spans in first if not spans) >= 30, "the near-misses carry no entity"
    for text, spans in first:
        for start, end, label in spans:
            assert label in {"PERSON", "GPE", "LOC", "ORG"}
            assert text[start:end] and text[start:end] == text[start:end].strip()


@pytest.mark.parametrize(
    ("line", "text", "spans", "unknown"),
    [
        # a title stays outside the name, as in the corpora; "the" outside a place
        (
            "UK\t[[PERSON|mrs begum]] is the best n [[PERSON|chloe]] too",
            "mrs begum is the best n chloe too",
            [(4, 9, "PERSON"), (24, 29, "PERSON")],
            [],
        ),
        (
            "UK\tme at [[LOCATION|the trafford centre]] in [[LOCATION|manchester]]",
            "me at the trafford centre in manchester",
            [(10, 25, "LOC"), (29, 39, "GPE")],
            [],
        ),
        # leaks that are not NER entities are neither entity nor outside
        (
            "US\tim [[AGE|12]] add me [[HANDLE|tacoKing_209]] at [[ORG|st lukes hospital]]",
            "im 12 add me tacoKing_209 at st lukes hospital",
            [(29, 46, "ORG")],
            [(3, 5), (13, 25)],
        ),
        ("CA\tthe leafs choked again 😭", "the leafs choked again 😭", [], []),
        # a kinship word is outside the name; alone it is no name, so unknown
        ("NZ\t[[PERSON|aunt mere]] n [[PERSON|nana]]", "aunt mere n nana", [(5, 9, "PERSON")], [(12, 16)]),
        # the scanner's titles of other languages (the lexicon's) before a name, an honorific after it
        ("ZA\t[[PERSON|mnr dlamkile]] n [[PERSON|Kuya Benjo]]", "mnr dlamkile n Kuya Benjo", [(4, 12, "PERSON"), (20, 25, "PERSON")], []),
        ("IN\t[[PERSON|rastogi ma'am]] n [[PERSON|tarun ji]]", "rastogi ma'am n tarun ji", [(0, 7, "PERSON"), (16, 21, "PERSON")], []),
        # a title that is also a given name stays in; an honorific alone is no title to strip
        ("US\t[[PERSON|tia okafor]] n [[PERSON|sir]]", "tia okafor n sir", [(0, 10, "PERSON"), (13, 16, "PERSON")], []),
    ],
)  # fmt: skip
def test_written_posts_parse(line: str, text: str, spans: list, unknown: list) -> None:
    build = _build_ner()
    assert build.parse_written(line) == (text, spans, unknown)


@pytest.mark.parametrize(("school", "expected"), [("org", ([(5, 15, "ORG")], [])), ("unknown", ([], [(5, 15)]))])
def test_written_schools_are_org_or_unknown(school: str, expected: tuple) -> None:
    build = _build_ner()
    text, spans, unknown = build.parse_written("IE\ti go [[SCHOOL|scoil eoin]]", school=school)
    assert text == "i go scoil eoin"
    assert (spans, unknown) == expected


def _gold(text: str, *marks: tuple[str, str]) -> dict:
    """A blind-set style record: each ``(label, value)`` marked at its first place in ``text``."""
    return {
        "text": text,
        "spans": [{"start": text.index(v), "end": text.index(v) + len(v), "label": lab} for lab, v in marks],
    }


@pytest.mark.parametrize(
    ("record", "spans", "unknown"),
    [
        # mapped as a writer's mark: a title outside the name, "the" outside a venue, a town GPE
        (_gold("coach priya said meet at the quarry rec", ("PERSON", "coach priya"), ("LOCATION", "the quarry rec")), [(6, 11, "PERSON"), (29, 39, "LOC")], []),
        (_gold("moving to whangarei next term", ("LOCATION", "whangarei")), [(10, 19, "GPE")], []),
        (_gold("go team at kestrel swim club", ("ORG", "kestrel swim club")), [(11, 28, "ORG")], []),
        # schools, other leaks and a kinship word alone are unknown, never "O" nor an entity
        (_gold("uncle and me at hollowmere primary", ("PERSON", "uncle"), ("SCHOOL", "hollowmere primary")), [], [(0, 5), (16, 34)]),
        (_gold("dm me 0400 111 222 im 9", ("PHONE", "0400 111 222"), ("AGE", "9")), [], [(6, 18), (22, 23)]),
        # a clean near-miss: nothing at all
        (_gold("taylor swift concert was insane"), [], []),
    ],
)  # fmt: skip
def test_blind_gold_parse(record: dict, spans: list, unknown: list) -> None:
    build = _build_ner()
    assert build.parse_gold(record) == (record["text"], spans, unknown)


@pytest.mark.parametrize("version", ["v26", "v27", "v99", "chats-v8", ""])
def test_only_spent_blind_sets_are_read(version: str) -> None:
    # a fresh blind set is the lead's final measure: the build refuses it before opening anything
    build = _build_ner()
    with pytest.raises(SystemExit):
        build.blind_spent_posts([version])


@pytest.mark.parametrize(("version", "spent"), [("v1", True), ("v21", True), ("v25", True), ("v26", False)])
def test_spent_blind_sets_are_v1_to_v25(version: str, spent: bool) -> None:
    # v21-v25 were read and tuned on (C20 trained on v21-v23); v26 is the next read, never trained on
    assert (version in _build_ner().BLIND_SPENT) is spent


def test_no_blind_set_comes_in_as_a_dev_set() -> None:
    # --dev-sets takes paths: a blind set named by path is refused before it is opened (it does not exist here)
    build = _build_ner()
    with pytest.raises(SystemExit):
        build.dev_set_posts([build.BLIND / "text-v999.jsonl"])


def test_written_files_parse_whole() -> None:
    # Every line of the writers' files parses, with spans on the text and no marks left behind.
    build = _build_ner()
    for path in sorted(build.WRITTEN.glob("*.tsv")):
        for text, spans, unknown in build.written_posts([path.stem]):
            assert "[[" not in text and "]]" not in text
            for start, end, *_ in spans + unknown:
                assert 0 <= start < end <= len(text) and text[start:end] == text[start:end].strip()


def test_the_shipped_model_has_only_the_labels_it_was_trained_on() -> None:
    # The base pipeline's 14 other labels (DATE, CARDINAL...) cost a quarter of NER's time and
    # were never chosen (models/NER.md): the model's output layer is the four kept labels'.
    ner = nlp.load(MODEL).get_pipe("ner")
    assert set(ner.labels) == {"PERSON", "GPE", "LOC", "ORG"}
    assert ner.moves.n_moves == 18  # B, I, L, U of each, the bare U and O


#: Posts where en_core_web_sm finds only the kept labels (the same entities after the cut) or
#: also a dropped one (gone after it).
KEEP = ("PERSON", "GPE", "LOC", "ORG")


@pytest.fixture(scope="module")
def sm_pair(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import spacy

    build = _build_ner()
    out = tmp_path_factory.mktemp("sm_ner")
    build.base_pipeline("sm").to_disk(out)
    whole = spacy.load(out)
    dropped = build.keep_labels(out, KEEP)
    return whole, spacy.load(out), dropped


@pytest.mark.parametrize(
    "text",
    [
        "Kevin Dasher went to Dublin with Sarah",
        "me and Jake at the park in Leeds",
        "Priya and Sam moved to Toronto",
        "Lily goes to Lincoln Elementary in Ohio",
        "I work at Microsoft with Tom Hanks",
    ],
)
def test_keeping_labels_leaves_the_other_entities_as_they_were(sm_pair, text: str) -> None:  # type: ignore[no-untyped-def]
    whole, kept, _ = sm_pair
    before = [(e.start_char, e.end_char, e.label_) for e in whole(text).ents]
    assert before and {label for *_, label in before} <= set(KEEP)
    assert [(e.start_char, e.end_char, e.label_) for e in kept(text).ents] == before


@pytest.mark.parametrize(
    "text",
    ["Kevin turned 12 on Monday, March 3rd", "It cost $20 and took 3 hours", "She speaks French and English"],
)
def test_keeping_labels_drops_the_others(sm_pair, text: str) -> None:  # type: ignore[no-untyped-def]
    whole, kept, dropped = sm_pair
    assert set(dropped) == {"CARDINAL", "DATE", "EVENT", "FAC", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL"} | {
        "PERCENT",
        "PRODUCT",
        "QUANTITY",
        "TIME",
        "WORK_OF_ART",
    }
    assert {e.label_ for e in whole(text).ents} - set(KEEP), "the base pipeline finds a dropped label here"
    assert {e.label_ for e in kept(text).ents} <= set(KEEP)
    assert set(kept.get_pipe("ner").labels) == set(KEEP)
