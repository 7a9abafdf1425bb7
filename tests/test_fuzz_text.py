"""Property tests on random and adversarial Unicode posts: offsets, redaction, batching, no errors.

For every text hypothesis (derandomized: the same examples on every run) or the fuzzer's
generator (``benchmarks/fuzz_text.py``, fixed seed) produces:

* ``scan_text`` does not raise and no scanner fails on it;
* every finding satisfies ``text[start:end] == finding.text``;
* redaction (placeholder and mask) changes nothing outside the spans;
* the result equals the batched one (``scan_many_texts``).

The long run (100,000 texts) and the scaling benchmark are commands: see docs/fuzzing.md.
The regression tests at the end are minimal reproducers of what fuzzing found.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakscan.findings import Finding, Kind
from leakscan.posts import scan_many_texts, scan_text
from leakscan.scanners.detect import merge
from leakscan.settings import Settings


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


FUZZ = _load("fuzz_text")
PLAIN = FUZZ.settings_for(False)
KNOWN = FUZZ.settings_for(True)

# -- strategies ----------------------------------------------------------------------------------

_INTERESTING = "".join(FUZZ.SPECIAL) + "".join(FUZZ.EMOJI) + "".join(FUZZ.SCRIPTS) + "0123456789 .,-@#:/()[]+'"
_chars = st.one_of(
    st.characters(),  # any code point, lone surrogates included
    st.sampled_from(_INTERESTING),
    st.characters(min_codepoint=0xFF10, max_codepoint=0xFF19),  # fullwidth digits
    st.characters(whitelist_categories=("Mn", "Me", "Cf", "Zs", "Nd")),  # marks, format controls, spaces, digits
)
_fragment = st.one_of(
    st.sampled_from(FUZZ.PII),
    st.sampled_from(FUZZ.CUES),
    st.sampled_from(FUZZ.WORDS),
    st.sampled_from(FUZZ.EMOJI + FUZZ.SCRIPTS + FUZZ.SPECIAL),
    st.text(_chars, max_size=8),
    st.integers(0, 10**40).map(str),
)
_post = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)),
    st.lists(_fragment, max_size=14),
    st.lists(st.sampled_from(FUZZ.SEPARATORS), min_size=14, max_size=14),
)
_soup = st.builds(lambda unit, n: unit * n, st.one_of(_fragment, st.sampled_from(FUZZ.CUES)), st.integers(2, 60))
TEXTS = st.one_of(_post, _post.map(str.upper), _soup, st.text(_chars, max_size=200))
HYPOTHESIS = settings(
    derandomize=True,  # a fixed seed in CI: the same examples every run
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check(text: str, settings_: Settings) -> None:
    res = FUZZ.check_text(text, settings_)
    assert res["crash"] is None, res["crash"]
    assert res["failed"] is None, res["failed"]
    assert res["offset"] == [], res["offset"]
    assert res["redact"] == [], res["redact"]


@HYPOTHESIS
@given(TEXTS)
def test_offsets_and_redaction_hold_on_any_text(text: str) -> None:
    _check(text, PLAIN)


@HYPOTHESIS
@given(TEXTS)
def test_offsets_and_redaction_hold_with_known_facts(text: str) -> None:
    _check(text, KNOWN)


@settings(HYPOTHESIS, max_examples=40)
@given(st.lists(TEXTS, min_size=2, max_size=8))
def test_batched_scan_equals_one_by_one(texts: list[str]) -> None:
    batched = scan_many_texts(texts, PLAIN)
    assert [r.to_dict() for r in batched] == [scan_text(t, PLAIN).to_dict() for t in texts]


def test_generator_run_fixed_seed() -> None:
    """The fuzzer's own generator, a fixed slice of the long run (seed 1, texts 0..199)."""
    problems = []
    texts = [FUZZ.make_text(1, i) for i in range(200)]
    singles = []
    for i, text in enumerate(texts):
        settings_ = KNOWN if i % 4 == 0 else PLAIN
        res = FUZZ.check_text(text, settings_)
        singles.append(res)
        bad = {k: res[k] for k in ("crash", "failed", "offset", "redact") if res[k]}
        if bad:
            problems.append((i, bad))
    for start in range(0, 200, 16):
        chunk = list(range(start, min(200, start + 16)))
        if all(i % 4 for i in chunk):
            mism = FUZZ.check_batch([texts[i] for i in chunk], [singles[i] for i in chunk], PLAIN)
            problems += [(start, f"batch differs: {m}") for m in mism]
    assert problems == []


def test_redaction_check_catches_a_change_outside_the_spans() -> None:
    """The checker itself: a finding whose span is wrong is caught."""
    text = "call 217 555 0134 now"
    good = Finding(kind=Kind.PHONE, text="217 555 0134", start=5, end=17)
    assert FUZZ.span_problems(text, [good]) == []
    assert FUZZ.redaction_problems(text, [good]) == []
    bad = Finding(kind=Kind.PHONE, text="217 555 0135", start=5, end=17)
    assert FUZZ.span_problems(text, [bad])


# -- minimal reproducers of what fuzzing found -----------------------------------------------------


@pytest.mark.parametrize("text", ["hi \udc80 call me 217 555 0134, emma johnson", "\ud83d\ude00 emma johnson \udfff"])
def test_lone_surrogates_do_not_stop_name_recognition(text: str) -> None:
    """Fuzzing: a lone surrogate (surrogateescape-decoded bytes, a "\\udc80" JSON escape, a
    ``--text`` argument with a non-UTF-8 byte) made spaCy's tokenizer raise: the NER scanner
    failed on the post, and the batched path (``scan_many_texts``, the CLI) crashed outright."""
    result = scan_text(text)
    assert result.error is None
    assert any(f.kind is Kind.PERSON for f in result.findings)
    assert all(text[f.start : f.end] == f.text for f in result.findings)
    assert scan_many_texts([text, "ok"])[0].to_dict() == result.to_dict()


def test_a_long_run_without_spaces_costs_spacy_linear_time() -> None:
    """Fuzzing (text_scaling "handle-urls": "http://a.com/" x 100 KB took 10 s in spaCy's
    tokenizer, 65x per 10x): long runs are cut for NER, keeping the length and the offsets."""
    from leakscan import nlp

    text = "http://a.com/" * 8000  # 104,000 characters
    assert len(nlp.ner_text(text)) == len(text)
    nlp.make_doc("warm up", PLAIN.model)
    times = []
    for n in (20_000, 100_000):
        t = time.process_time()
        nlp.make_doc(text[:n], PLAIN.model)
        times.append(max(time.process_time() - t, 1e-3))
    assert times[1] / times[0] < 12  # linear: ~5x; quadratic: ~25x


def test_overlap_merge_is_linear_in_the_number_of_findings() -> None:
    """Fuzzing (text_scaling: "i'm 11 " x 100 KB): merging N findings compared each with every
    one kept, N² — minutes for a long post. Two interleaved kinds, 40,000 findings."""
    findings = []
    for i in range(20_000):
        findings.append(Finding(kind=Kind.AGE, text="11", start=7 * i, end=7 * i + 2, scanner="age"))
        findings.append(Finding(kind=Kind.PERSON, text="m", start=7 * i + 3, end=7 * i + 4, scanner="ner"))
        findings.append(Finding(kind=Kind.LOCATION, text="11", start=7 * i, end=7 * i + 2, scanner="ner"))
    t = time.process_time()
    merged = merge(findings)
    cpu = time.process_time() - t
    assert len(merged) == 40_000 and {f.kind for f in merged} == {Kind.AGE, Kind.PERSON}
    assert cpu < 5  # quadratic took minutes; linear takes well under a second


def test_merge_keeps_the_higher_priority_kind() -> None:
    a = Finding(kind=Kind.SCHOOL, text="lincoln elementary", start=0, end=18, scanner="school")
    b = Finding(kind=Kind.PERSON, text="lincoln", start=0, end=7, scanner="ner")
    c = Finding(kind=Kind.PERSON, text="mia", start=30, end=33, scanner="ner")
    assert merge([b, a, c]) == [a, c]


def _resolve_reference(cands):
    """The first, quadratic version of ``ner._resolve``: the rule written out plainly."""
    cands = sorted(cands, key=lambda c: (-c[4], c[0], -c[1]))
    kept = []
    for c in cands:
        if not any(c[0] < k[1] and k[0] < c[1] and k[2] is not c[2] and k[4] > c[4] for k in kept):
            kept.append(c)
    out = []
    for s, e, k, conf, _p in sorted(kept, key=lambda c: (c[0], -c[1])):
        for idx, (s2, e2, k2, c2) in enumerate(out):
            if k2 is k and s < e2 and s2 < e:
                out[idx] = (min(s, s2), max(e, e2), k, max(conf, c2))
                break
        else:
            out.append((s, e, k, conf))
    return out


_cand = st.tuples(
    st.integers(0, 40),
    st.integers(1, 8),
    st.sampled_from([Kind.PERSON, Kind.LOCATION, Kind.ORG]),
    st.sampled_from([0.6, 0.8, 0.9]),
    st.sampled_from([1.0, 2.0, 3.0]),
).map(lambda t: (t[0], t[0] + t[1], t[2], t[3], t[4]))


@given(st.lists(_cand, max_size=12))
@settings(max_examples=300, deadline=None)
def test_ner_overlap_resolution_keeps_the_rule(cands) -> None:
    """The linear ``ner._resolve`` decides as the plain quadratic rule does (where that rule's
    union is already disjoint: it could leave two overlapping spans of one kind)."""
    from leakscan.scanners import ner

    got = ner._resolve(list(cands))
    want = _resolve_reference(cands)
    if all(not (a[2] is b[2] and a[0] < b[1] and b[0] < a[1]) for i, a in enumerate(want) for b in want[i + 1 :]):
        assert got == want
    spans = {}
    for s, e, k, _c in got:  # always: one kind's spans never overlap
        assert all(not (s < e2 and s2 < e) for s2, e2 in spans.get(k, []))
        spans.setdefault(k, []).append((s, e))


def test_ner_overlap_resolution_is_linear() -> None:
    """Fuzzing (text_scaling "ner-names": 100 KB of names took 20 s, ~75x per 10x):
    ``ner._resolve`` compared every candidate with every kept one. 40,000 candidates."""
    from leakscan.scanners import ner

    cands = [(10 * i, 10 * i + 5, Kind.PERSON if i % 2 else Kind.LOCATION, 0.8, 2.0) for i in range(20_000)]
    cands += [(10 * i + 2, 10 * i + 7, Kind.ORG, 0.7, 1.0) for i in range(20_000)]
    t = time.process_time()
    out = ner._resolve(cands)
    cpu = time.process_time() - t
    assert len(out) == 20_000 and Kind.ORG not in {k for _s, _e, k, _c in out}
    assert cpu < 5  # quadratic took minutes; linear well under a second


def test_a_post_over_a_million_characters_is_scanned_when_the_limit_allows_it() -> None:
    """spaCy refuses a text over its own ``max_length`` (1,000,000 characters); leakscan's
    ``max_text_chars`` is the limit that counts. The text is a name, a million characters of
    dots and blanks (2,000 words: spaCy's length check, not a minute of NER on 120,000 words)
    and a name at its end."""
    # A thousand runs of the same thousand blanks, not one run of a million: spaCy computes a
    # word's attributes character by character once per distinct word (5 s for the million, 2.7 s
    # here; the same findings at the same offsets).
    text = "hi emma johnson. " + ("." + " " * 999) * 1000 + "bye from jack wilson."
    result = scan_text(text, Settings(max_text_chars=2_000_000, scanners=("ner",)))
    assert result.error is None
    assert [(f.start, f.text) for f in result.findings] == [(3, "emma johnson"), (1_000_026, "jack wilson")]


def test_redacting_a_jsonl_post_with_a_lone_surrogate_escape(tmp_path, cli_runner) -> None:
    from leakscan.cli import cli

    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": 1, "text": "hi \udc80 call me 217 555 0134"}) + "\n", encoding="ascii")
    result = cli_runner.invoke(cli, ["redact", str(posts), "--out", str(tmp_path / "out")])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    out = (tmp_path / "out" / "posts.jsonl").read_text(encoding="utf-8")
    assert "[PHONE]" in out
