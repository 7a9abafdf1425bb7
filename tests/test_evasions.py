"""Text evasions: characters a screen shows as nothing (or shows in another order) hiding a leak.

Every evasion is applied to every kind it can hide (a phone number, an e-mail address, the
child's own name from ``settings.known``, a street address, a handle). Each case checks, on
the post *as given*:

* the leak is found, with the same kind and verdict as the plain post;
* its offsets are exact: the finding covers the whole disguised value, invisible characters
  included, and ``text[start:end] == finding.text``;
* redaction leaves nothing readable: the placeholder replaces the whole disguised value, and
  the mask covers every character of it.

The negatives are clean posts full of the same characters (emoji between words, a name in an
Arabic isolate, keycap emoji, Korean): nothing to find. All values are fictional.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from leakscan import Kind, Settings, Verdict
from leakscan.posts import scan_many_texts, scan_text
from leakscan.redact.text import mask_findings
from leakscan.scanners.detect import detect_text
from leakscan.textview import TextView, as_shown


@dataclass(frozen=True)
class Target:
    name: str
    prefix: str
    value: str
    suffix: str
    kind: Kind
    settings: Settings


KNOWN = Settings.from_dict({"known": {"names": ["Emma Johnson"]}})
TARGETS = [
    Target("phone", "call me on ", "217 555 0134", " after school", Kind.PHONE, Settings()),
    Target("email", "my email is ", "emma.j2013@gmail.com", " ok", Kind.EMAIL, Settings()),
    Target("known name", "hi its ", "emma johnson", " here", Kind.PERSON, KNOWN),
    Target("address", "i live at ", "42 Oak Street", " come over", Kind.ADDRESS, Settings()),
    Target("handle", "add my snap ", "jakeyboi11", " lol", Kind.HANDLE, Settings()),
]


def between(sep: str) -> Callable[[str], str]:
    """``sep`` between every two characters of the value."""
    return lambda value: sep.join(value)


def wrap_each(open_: str, close: str) -> Callable[[str], str]:
    """Every character inside its own bidi embedding or isolate."""
    return lambda value: "".join(open_ + ch + close for ch in value)


def on_digits(marks: str) -> Callable[[str], str]:
    """Combining marks after every digit."""
    return lambda value: "".join(ch + marks if ch.isdigit() else ch for ch in value)


_MIRROR = str.maketrans("()", ")(")
_MIRROR_ALL = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
#: Bidi controls with a scope (embeddings, overrides, isolates and their closers).
SCOPED = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def reversed_override(value: str) -> str:
    """Stored backwards behind a right-to-left override: shown in the right order."""
    return "\u202e" + value[::-1].translate(_MIRROR) + "\u202c"


EVASIONS: dict[str, Callable[[str], str]] = {
    "soft hyphen": between("\u00ad"),
    "zero-width space": between("\u200b"),
    "zero-width non-joiner": between("\u200c"),
    "zero-width joiner": between("\u200d"),
    "word joiner": between("\u2060"),
    "BOM": between("\ufeff"),
    "left-to-right mark": between("\u200e"),
    "right-to-left mark": between("\u200f"),
    "arabic letter mark": between("\u061c"),
    "function application": between("\u2061"),
    "invisible times": between("\u2062"),
    "invisible separator": between("\u2063"),
    "invisible plus": between("\u2064"),
    "combining grapheme joiner": between("\u034f"),
    "variation selector 16": between("\ufe0f"),
    "variation selector 1": between("\ufe00"),
    "variation selector 17 (supplement)": between("\U000e0100"),
    "tag characters": between("\U000e0041\U000e007f"),
    "hangul filler": between("\u3164"),
    "hangul choseong filler": between("\u115f"),
    "hangul jungseong filler": between("\u1160"),
    "halfwidth hangul filler": between("\uffa0"),
    "mongolian vowel separator": between("\u180e"),
    "isolates": wrap_each("\u2066", "\u2069"),
    "embeddings": wrap_each("\u202a", "\u202c"),
    "left-to-right override": wrap_each("\u202d", "\u202c"),
    "mixed invisibles": between("\u200b\u00ad\u2060\ufeff"),
    # Every format character (Cf) and every control but the line-ending ones shows as nothing.
    "egyptian hieroglyph format control": between("\U00013430"),
    "interlinear annotation anchor": between("\ufff9"),
    "arabic number sign": between("\u0600"),
    # An overlay drawn through a letter or digit leaves it readable.
    "long stroke overlay": between("\u0336"),
    "short solidus overlay": between("\u0337"),
    "long solidus overlay": between("\u0338"),
    "enclosing overlay (combining ring overlay)": between("\u20d8"),
    "right-to-left override, reversed": reversed_override,
}
DIGIT_EVASIONS: dict[str, Callable[[str], str]] = {
    "strikethrough on digits": on_digits("\u0336"),
    "underline on digits": on_digits("\u0332"),
    "keycap digits": on_digits("\ufe0f\u20e3"),
    "enclosing circle on digits": on_digits("\u20dd"),
    "stacked marks on digits": on_digits("\u0301\u0308\u0323"),
}
#: Separators only the phone scanner reads as part of a number.
PHONE_EVASIONS: dict[str, str] = {
    "emoji between groups": "217🔥555🔥0134",
    "emoji between every digit": "2😀1😀7😀5😀5😀5😀0😀1😀3😀4",
    "emoji and spaces": "217 📞 555 📞 0134",
    "zwj emoji sequence": "217👨‍👩‍👧555👨‍👩‍👧0134",
    "flag emoji": "217🇺🇸555🇺🇸0134",
    "line breaks between groups": "217\n555\n0134",
    "crlf between groups": "217\r\n555\r\n0134",
    "a digit per line": "2\n1\n7\n5\n5\n5\n0\n1\n3\n4",
    # every kind of white space and line break is a separator (the view makes them plain)
    "line separator": "217\u2028555\u20280134",
    "paragraph separator": "217\u2029555\u20290134",
    "next line (NEL)": "217\u0085555\u00850134",
    "vertical tab": "217\u000b555\u000b0134",
    "form feed": "217\u000c555\u000c0134",
    "lone carriage returns": "217\r555\r0134",
    "file separator": "217\u001c555\u001c0134",
    "ogham space mark": "217\u1680555\u16800134",
    "ideographic space": "217\u3000555\u30000134",
    "no-break space": "217\u00a0555\u00a00134",
    "narrow no-break space": "217\u202f555\u202f0134",
    "medium mathematical space": "217\u205f555\u205f0134",
    "braille blank": "217\u2800555\u28000134",
    # a control character is a gap where a separator was
    "NULs": "217\x00555\x000134",
    "NUL between every digit": "2\x001\x007\x005\x005\x005\x000\x001\x003\x004",
    "unit separators": "217\x1f555\x1f0134",
    "escapes": "217\x1b555\x1b0134",
    "deletes": "217\x7f555\x7f0134",
    "C1 controls": "217\x9b555\x9b0134",
    # a dot at mid height between the groups
    "middle dots": "217\u00b7555\u00b70134",
    "bullets": "217\u2022555\u20220134",
    "spaced bullets": "217 \u2022 555 \u2022 0134",
    "katakana middle dots": "217\u30fb555\u30fb0134",
    "dot operators": "217\u22c5555\u22c50134",
    "bullet operators": "217\u2219555\u22190134",
    "hyphenation points": "217\u2027555\u20270134",
    "greek ano teleia": "217\u0387555\u03870134",
}
#: Blanks that stand between an e-mail address's local part and its "@".
EMAIL_EVASIONS: dict[str, str] = {
    "braille blank before the @": "emma.j2013\u2800@gmail.com",
    "egyptian format control before the @": "emma.j2013\U00013430@gmail.com",
    "NUL before the @": "emma.j2013\x00@gmail.com",
    "ogham space around the @": "emma.j2013\u1680@\u1680gmail.com",
}

CASES = (
    [
        pytest.param(t, name, fn(t.value), id=f"{t.name}: {name}")
        for t in TARGETS
        for name, fn in (EVASIONS | (DIGIT_EVASIONS if any(c.isdigit() for c in t.value) else {})).items()
    ]
    + [pytest.param(TARGETS[0], name, value, id=f"phone: {name}") for name, value in PHONE_EVASIONS.items()]
    + [pytest.param(TARGETS[1], name, value, id=f"email: {name}") for name, value in EMAIL_EVASIONS.items()]
)


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_the_plain_posts_are_found_and_redacted_whole(target: Target) -> None:
    """The baseline every evasion is held to."""
    post = target.prefix + target.value + target.suffix
    result = scan_text(post, target.settings)
    assert result.verdict is Verdict.BLOCK if target.kind is not Kind.HANDLE else Verdict.WARN
    assert mask_findings(post, result.findings) == f"{target.prefix}[{target.kind.value}]{target.suffix}"


@pytest.mark.parametrize(("target", "evasion", "disguised"), CASES)
def test_an_evasion_is_found_with_exact_offsets_and_redacted(target: Target, evasion: str, disguised: str) -> None:
    post = target.prefix + disguised + target.suffix
    plain = scan_text(target.prefix + target.value + target.suffix, target.settings)
    result = scan_text(post, target.settings)
    assert result.error is None
    for f in result.findings:
        assert post[f.start : f.end] == f.text
    start, end = len(target.prefix), len(target.prefix) + len(disguised)
    # Exact: the whole disguised value. A pair of bidi controls around it may stay outside
    # (they hide nothing once the inside is gone); an override run is taken whole.
    spans = [(f.start, f.end) for f in result.findings if f.kind is target.kind]
    assert len(spans) == 1, f"{evasion}: {target.kind} at {spans}"
    (s, e) = spans[0]
    assert start <= s and e <= end and post[s:e].strip(SCOPED) == disguised.strip(SCOPED), (evasion, (s, e))
    assert result.verdict is plain.verdict
    placed = mask_findings(post, result.findings)
    assert placed.startswith(target.prefix) and placed.endswith(target.suffix)
    assert TextView.of(placed).text == f"{target.prefix}[{target.kind.value}]{target.suffix}"  # as a reader sees it
    masked = mask_findings(post, result.findings, style="mask")
    assert masked[:start] == target.prefix and masked[end:] == target.suffix
    assert not any(ch.isalnum() for ch in masked[start:end])


def test_an_override_run_without_its_pdf_ends_at_the_line_end() -> None:
    post = "text me \u202e4310 555 712\nsee you"
    result = scan_text(post)
    (phone,) = [f for f in result.findings if f.kind is Kind.PHONE]
    assert (phone.start, phone.end) == (8, post.index("\n"))
    assert mask_findings(post, result.findings) == "text me [PHONE]\nsee you"


def test_part_of_an_override_run_maps_to_its_stored_characters() -> None:
    """A number inside a reversed sentence: the span is the stored number, whatever its order."""
    post = "\u202eyadot 4310 555 712 em llac\u202c"  # shows as "call me 217 555 0134 today"
    assert TextView.of(post).text == "call me 217 555 0134 today"
    (phone,) = [f for f in scan_text(post).findings if f.kind is Kind.PHONE]
    assert phone.text == "4310 555 712"


# -- negatives: the same characters in clean posts --------------------------------------------

CLEAN = [
    "we won 3-2 🎉 so happy",
    "best day ever 😂😂 lol",
    "i have 2 🐶 and 3 🐱 and 1 🐟",
    "top 10 🔥 songs 🔥 of the year",
    "lvl 50 ⚔️ 1200 xp 🏆 gg",
    "scores this week:\n12\n15\n9\n21\n18",
    "my top 3:\n1. pizza\n2. tacos\n3. sushi",
    "top 3️⃣ games this week 🎮",
    "👨‍👩‍👧 day out at the beach 🏖️",
    "\u2067مرحبا\u2069 means hello 😊",
    "my friend says \u2067شكرا\u2069 when we share snacks 🍪",
    "\u202eolleh\u202c friends!!",
    "so\u00adcc\u00ader prac\u00adtice was fun",
    "yay\u200b\u200bweekend\u2060!!",
    "2\u20e3 more days till the holidays ✨",
    # the separators and dots of the phone evasions, in clean posts
    "we won 3\u00b72 and then 4\u00b71 \u2022 next game friday",
    "shopping:\n\u2022 2 eggs\n\u2022 3 cups flour\n\u2022 1 tsp salt\n\u2022 250 g butter",
    "shopping:\u2028\u2022 2 eggs\u2028\u2022 3 cups flour\u2028\u2022 1 tsp salt",
    "level 12\u2028level 13\u2028level 14",
    "see you at 3\u2800pm\u2029bring snacks\u0085ok",
    "tabs\tand\u000bvertical\u000cfeeds\u001fand\x00nulls",
    "table 6 \u00b7 chair 2 \u00b7 shelf 14",
]


@pytest.mark.parametrize("post", CLEAN)
def test_clean_posts_with_emoji_bidi_and_invisibles_stay_clean(post: str) -> None:
    result = scan_text(post)
    assert result.findings == () and result.verdict is Verdict.OK


# -- the view itself -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["hello world", "café au lait, 5€, ٣٤ كيلو, e\u0301", "😀 👍🏽 🇬🇧", ""])
def test_a_text_with_nothing_hidden_is_its_own_view(text: str) -> None:
    """The fast path: the same object, no map."""
    view = TextView.of(text)
    assert view.text is text and not view.changed
    assert view.span(0, len(text)) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("em\u200bma", "emma"),
        ("2\ufe0f\u20e31\ufe0f\u20e3", "21"),
        ("a\u0301b", "a\u0301b"),  # an accent on a letter is a letter's, and stays
        ("\u202e4310-555 (712)\u202c", "(217) 555-0134"),  # brackets mirrored as displayed
        ("x \u202eamme\u0301\u202c", "x e\u0301mma"),  # a mark moves with its letter
        ("\u202eab\ncd", "ba\ncd"),  # the paragraph ends the run
        ("\u202eab\u2069cd", "bacd"),  # so does a PDI
        ("\u202ea\u202db\u202cc\u202cd", "cbad"),  # the run's own PDF, past a nested one
        # white space of every kind is a plain space, line breaks of every kind a "\n"
        ("a\u00a0b\u1680c\u2003d\u3000e\u2800f", "a b c d e f"),
        ("a\u2028b\u2029c\u0085d\x0be\x0cf\x1cg", "a\nb\nc\nd\ne\nf\ng"),
        ("a\rb\r\nc", "a\nb\r\nc"),  # a lone CR ends a line; CRLF stays as it is
        ("tab\tstays", "tab\tstays"),
        # format characters show as nothing, the other controls as a gap
        ("2\x001\x1f7\x7f5\x9b5", "2 1 7 5 5"),
        ("call\x00me\x00on\x00217", "call me on 217"),
        ("2\U000134301\ufff97\u06005", "2175"),
        # an overlay drawn through a letter does not change the letter
        ("Z\u0335ara K\u0336owalski", "Zara Kowalski"),
        ("caf\u00e9 e\u0301", "caf\u00e9 e\u0301"),  # other marks on letters stay
    ],
)
def test_the_view_is_what_a_reader_sees(text: str, shown: str) -> None:
    assert TextView.of(text).text == shown


def _in_class(cls: str) -> set[int]:
    import re

    pattern = re.compile(f"[{cls}]")
    return {cp for cp in range(0x110000) if pattern.match(chr(cp))}


def test_the_view_classes_hold_every_character_of_their_unicode_categories() -> None:
    """Classes, not lists: every format (Cf) character and overlay mark (combining class 1) is
    dropped, every space separator (Zs) and control (Cc, but tab and line ends) is a space, every
    line and paragraph separator a break, in the running Python's Unicode database."""
    import unicodedata

    from leakscan import textview as tv

    hidden, spaces, breaks = _in_class(tv.HIDDEN), _in_class(tv.SPACES), _in_class(tv.BREAKS)
    for cp in range(0x110000):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat == "Cf" or unicodedata.combining(ch) == 1:
            assert cp in hidden, f"U+{cp:04X} ({cat}) is kept"
        if cat == "Cc" and ch not in "\t\n\r":
            assert cp in spaces or cp in breaks, f"U+{cp:04X} (Cc) is kept"
        if cat == "Zs" and ch != " ":
            assert cp in spaces, f"U+{cp:04X} (Zs) is not a space"
        if cat in ("Zl", "Zp"):
            assert cp in breaks, f"U+{cp:04X} ({cat}) is not a line break"
    assert not (hidden & spaces or hidden & breaks or spaces & breaks)
    assert {cp for cp in breaks if cp < 0x80} == {0x0B, 0x0C, 0x1C, 0x1D, 0x1E}


def test_view_spans_map_back_exactly() -> None:
    text = "x \u202e4310\u202c y\u200bz"
    view = TextView.of(text)
    assert view.text == "x 0134 yz"
    assert view.span(2, 6) == (2, 8)  # the whole run: its controls too
    assert view.span(2, 3) == (6, 7)  # "0" is stored last
    assert view.span(7, 9) == (9, 12)  # "y<ZWSP>z"
    assert view.span(7, 8) == (9, 11)  # "y" and the invisible character after it
    assert view.span(9, 9) == (12, 12)


_HIDING = "\u00ad\u200b\u200d\u2060\u2062\ufeff\u034f\ufe0f\U000e0100\U000e0041\u3164\u202a\u202c\u202d\u202e\u2066\u2069\u200f"
#: Shown as nothing too: other format characters, controls, overlays.
_NOTHING = "\U00013430\ufff9\u0600\u0336\u20d8"
#: Shown as a plain space or line break.
_BLANKS = "\u00a0\u1680\u2003\u3000\u2800\x00\x1f\x7f\x9b\u2028\u2029\u0085\x0b\x0c\x1c\r"
_VIEW_TEXTS = st.text(
    st.one_of(
        st.sampled_from(_HIDING + _NOTHING + _BLANKS + "\u0301\u20e3()[]<>\n 0123456789abc@."),
        st.characters(whitelist_categories=("Mn", "Me", "Cf", "Nd", "Ll", "Zs", "So")),
    ),
    max_size=60,
)


@hsettings(derandomize=True, max_examples=400, deadline=None, database=None)
@given(_VIEW_TEXTS, st.data())
def test_every_view_character_maps_back_to_the_character_shown(text: str, data: st.DataObject) -> None:
    """Each character of the view is an original character (a bracket mirrored in an override run),
    and any view span maps to a span of the original that holds it."""
    view = TextView.of(text)
    for k, ch in enumerate(view.text):
        lo, hi = view.span(k, k + 1)
        assert 0 <= lo < hi <= len(text)
        shown = as_shown(text[lo:hi])  # blanks as the plain space or line break they show as
        assert ch in shown or ch.translate(_MIRROR_ALL) in shown or ch in text[lo:hi]  # (a whole run's controls)
    a = data.draw(st.integers(0, len(view.text)))
    b = data.draw(st.integers(a, len(view.text)))
    lo, hi = view.span(a, b)
    assert 0 <= lo <= hi <= len(text)
    if "\u202e" not in text:  # no reordering: the original span reads as the view's span
        assert TextView.of(text[lo:hi]).text == view.text[a:b]


@hsettings(derandomize=True, max_examples=200, deadline=None, database=None)
@given(
    st.text(st.sampled_from("abc 12.@-\n"), max_size=40),
    st.lists(st.sampled_from(_HIDING[:11] + _NOTHING), max_size=8),
    st.data(),
)
def test_invisible_characters_change_nothing_a_reader_sees(text: str, hidden: list[str], data: st.DataObject) -> None:
    """Invisible characters (not bidi controls) put anywhere: the same view."""
    out = text
    for ch in hidden:
        i = data.draw(st.integers(0, len(out)))
        out = out[:i] + ch + out[i:]
    assert TextView.of(out).text == text


def test_a_doc_made_from_the_original_text_is_not_used_for_the_view() -> None:
    """A caller that batches NER on the original text still gets exact offsets."""
    from leakscan import nlp

    text = "i met em\u200bma johnson at the park \u202e4310 555 712\u202c"
    settings = Settings()
    with nlp.zone(settings.model):
        wrong_doc = nlp.make_doc(text, settings.model)
        with_doc, _ = detect_text(text, settings, doc=wrong_doc)
    assert with_doc == detect_text(text, settings)[0]
    assert {f.kind for f in with_doc} >= {Kind.PERSON, Kind.PHONE}


def test_batched_and_single_scans_agree_on_evasions() -> None:
    posts = [t.prefix + fn(t.value) + t.suffix for t in TARGETS[:2] for fn in EVASIONS.values()]
    assert [r.to_dict() for r in scan_many_texts(posts)] == [scan_text(p).to_dict() for p in posts]


# -- text inside photo metadata goes through the same view ---------------------------------------


@pytest.mark.parametrize(
    ("comment", "kind", "value"),
    [
        ("ring me \u202e4310 555 712\u202c", Kind.PHONE, "\u202e4310 555 712\u202c"),
        ("write to em\u200bma.j2013@gm\u00adail.com", Kind.EMAIL, "em\u200bma.j2013@gm\u00adail.com"),
        ("call 217\u2028555\u20280134", Kind.PHONE, "217\u2028555\u20280134"),
        ("call 217\u2800555\u28000134", Kind.PHONE, "217\u2800555\u28000134"),
        ("call 217\u1680555\u16800134", Kind.PHONE, "217\u1680555\u16800134"),
        ("write to emma.j2013\U00013430@gmail.com", Kind.EMAIL, "emma.j2013\U00013430@gmail.com"),
    ],
)
def test_an_evasion_in_a_photo_comment_is_found(tmp_path, comment: str, kind: Kind, value: str) -> None:
    """A PNG text chunk is scanned like a post: the view, not blanks in place of invisibles."""
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    from leakscan import scan_image

    info = PngInfo()
    info.add_itxt("Comment", comment)
    path = tmp_path / "drawing.png"
    Image.new("RGB", (8, 8), "white").save(path, pnginfo=info)
    result = scan_image(path)
    found = [(f.text, f.start, f.end) for f in result.findings if f.kind is kind and f.field]
    assert found == [(value, comment.index(value), comment.index(value) + len(value))]
    assert result.verdict is Verdict.BLOCK
