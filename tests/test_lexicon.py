"""The worldwide word lists (leakscan/lexicon): every family loads, entries match with and
without accents, and adding a language is adding a file."""

from __future__ import annotations

from importlib import resources

import pytest

from leakscan import lexicon


@pytest.mark.parametrize("family", sorted(lexicon.FAMILIES))
def test_every_family_has_files_and_entries(family: str) -> None:
    folder = resources.files("leakscan.lexicon") / "data" / family
    assert any(p.name.endswith(".txt") for p in folder.iterdir())
    got = lexicon.entries(family)
    assert got and all(e == lexicon.norm(e) and not e.startswith("#") for e in got)


def test_famous_alone_names_are_famous() -> None:
    # a name the famous one alone goes by is one of the famous lists' (ner_post.Post.famous_here)
    assert lexicon.entries("famous_alone") <= lexicon.entries("famous")


@pytest.mark.parametrize("name", ["teams.txt", "brands.txt", "people.txt"])
def test_one_file_of_a_family_is_part_of_it(name: str) -> None:
    one = lexicon.file_entries("famous", name)
    assert one and one <= lexicon.entries("famous") and "" not in one


def test_one_file_of_an_unknown_family_is_an_error() -> None:
    with pytest.raises(ValueError):
        lexicon.file_entries("no_such_family", "teams.txt")


def test_unknown_family_is_an_error() -> None:
    with pytest.raises(ValueError):
        lexicon.entries("famuos")


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [
        ("famous", "Going to the Mumbai Indians game", ["Mumbai Indians"]),
        ("famous", "we love Spider-Man and mario kart", ["Spider-Man", "mario kart"]),
        ("famous_places", "on st patrick’s day", ["st patrick’s day"]),
        ("famous_places", "is st davids day a day off", ["st davids day"]),  # a saint's day, no apostrophe
        ("school_prefix", "starting Colaiste Bride", ["Colaiste"]),
        ("school_prefix", "hoërskool menlopark", ["hoërskool"]),
        ("filler_words", "kia ora whanau", ["kia ora", "whanau"]),
        ("countries", "flights to south africa", ["south africa"]),
        ("towns", "moved to Moose Jaw from whangarei", ["Moose Jaw", "whangarei"]),
        # one file a country beyond the eight regions (Nigeria, Korea, Uganda, the Netherlands, Ghana)
        ("towns", "from ilesa to wonju, then hoima, sneek and kasoa", ["ilesa", "wonju", "hoima", "sneek", "kasoa"]),
        ("places", "off to the big smoke then chadstone", ["the big smoke", "chadstone"]),
        ("club_suffix", "kilmacud crokes gaa and 3rd ashby scouts", ["crokes", "gaa", "scouts"]),  # a GAA club word too
        ("address_areas", "17 shastri colony", ["colony"]),
        ("countries", "south africa then south africa", ["south africa", "south africa"]),  # twice
        ("school_prefix", "HOERSKOOL menlopark", ["HOERSKOOL"]),  # an accented entry written without
        ("school_prefix", "my colàiste", ["colàiste"]),  # an accent the entry does not have
        ("countries", "flights to south afrìca", ["south afrìca"]),  # ... on a later word of the entry
    ],
)
def test_find(family: str, text: str, expected: list[str]) -> None:
    words = lexicon.text_words(text)
    assert [text[s:e] for _i, _j, s, e in lexicon.find(family, words)] == expected


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ("famous", "my friend billie is here"),  # a first name alone is no famous person
        ("famous", "eastside"),
        ("famous_places", "st andrews primary and georges party"),  # a saint's school, a friend's party
        ("countries", "jordan said hi"),  # a first name, not listed as a country
        ("filler_words", "thandeka and sipho"),
        ("countries", "south afrìcan food 🍲"),  # an accented word that is no entry's
        # towns of the added countries that are a chat word of their own language (Tagalog, Pidgin,
        # Portuguese), a given name's possessive, an aunt (Bengali) or a church (Tongan)
        ("towns", "sulit na wa hala oras pedra porto"),
        ("towns", "amas party at mashi place after siasi"),
    ],
)
def test_find_nothing(family: str, text: str) -> None:
    assert lexicon.find(family, lexicon.text_words(text)) == []


def test_text_words_are_a_new_list_each_time() -> None:
    """The words of recent texts are kept; a caller changing its list changes no one else's."""
    first = lexicon.text_words("Kia ora Whānau’s")
    assert first == [(0, 3, "kia"), (4, 7, "ora"), (8, 16, "whānau")]
    first.clear()
    assert len(lexicon.text_words("Kia ora Whānau’s")) == 3


def test_a_new_language_is_a_new_file(tmp_path, monkeypatch) -> None:
    """The loader reads every .txt file of a family's folder: a language is a file."""
    folder = tmp_path / "data" / "filler_words"
    folder.mkdir(parents=True)
    (folder / "xx.txt").write_text("# a made-up language\nzorblat\nkwee kwee  # two words\n", encoding="utf-8")
    monkeypatch.setattr(lexicon.resources, "files", lambda _name: tmp_path)
    lexicon.entries.cache_clear()
    try:
        assert lexicon.entries("filler_words") == {"zorblat", "kwee kwee"}
    finally:
        lexicon.entries.cache_clear()


@pytest.mark.parametrize(("words", "i", "n"), [([], 0, 0), (["holy", "cross"], 2, 0), (["holy", "cross"], 0, 2)])
def test_longest_at_past_the_words_is_nothing(words: list[str], i: int, n: int) -> None:
    # a school year's "at" that ends the post leaves no words to read a patron from
    assert lexicon.longest_at("school_patrons", words, i) == n
