"""The header rules files: each loads, validates, and each group changes what is extracted."""
import datetime as dt
import re

import pytest

from readout import extract

from readout import countries, header, participants
from readout.errors import RulesError
from readout.rules import load


@pytest.mark.parametrize("name", ["countries.yaml", "titles.yaml", "honorifics.yaml", "meeting_types.yaml",
                                  "officials.yaml"])
def test_rules_file_loads(name):
    assert load(name)


def test_a_key_written_twice_is_refused_with_its_line(tmp_path, monkeypatch):
    """YAML keeps the last of two equal keys silently: a rule added under a key that already
    exists would replace the first. The loader refuses it, naming the file, the key and the line."""
    from readout import rules

    (tmp_path / "twice.yaml").write_text("publishers:\n  ZAF: [a.gov.za]\n  IND: [b.gov.in]\n  ZAF: [c.gov.za]\n")
    monkeypatch.setattr(rules.resources, "files", lambda package: tmp_path)
    with pytest.raises(RulesError, match=r"rules file twice.yaml is malformed: key 'ZAF' is written twice \(line 4\)"):
        rules.load.__wrapped__("twice.yaml")


def test_every_rules_file_has_each_key_once():
    from importlib import resources

    from readout.rules import _parse_yaml

    for package in ("readout.rules", "readout.profiles"):
        for entry in resources.files(package).iterdir():
            if entry.name.endswith(".yaml"):
                assert _parse_yaml(entry.read_text(encoding="utf-8")) is not None, entry.name


def test_a_publishers_second_name_is_kept():
    # ZAF was listed twice under publishers; the second line dropped the department's name
    assert countries.resolve_publisher_country(None, "Department of International Relations and Cooperation") == "ZAF"
    assert countries.resolve_publisher_country("https://dirco.gov.za/x", None) == "ZAF"


def test_countries_groups_are_used():
    rules = load("countries.yaml")
    assert countries.resolve_country(rules["aliases"]["KOR"][0]) == "KOR"
    assert countries.resolve_country(rules["demonyms"]["JPN"][0]) == "JPN"
    assert countries.resolve_city(rules["cities"]["KOR"][0]) == "KOR"
    assert countries.resolve_publisher_country(rules["publishers"]["JPN"][0]) == "JPN"
    assert countries.ORG_RE.search(rules["organizations"]["UN"][0])
    members, names = next(iter(rules["groups"].items()))
    assert countries.GROUPS[names[0]] == tuple(sorted(members.split()))


def test_titles_groups_are_used():
    rules = load("titles.yaml")
    for level, items in rules["levels"].items():
        assert participants.level_of(items[0]) == level
    text = "Secretary of State Rex Adams met Hon. Ann Lee."
    assert participants.find_people(text)[0].country == rules["default_country"]["Secretary of State"]
    assert participants.find_people("He met UN Secretary-General Ana Ruiz.")[0].organization == "UN"


def test_honorific_groups_are_used():
    rules = load("honorifics.yaml")
    assert "H.E." in rules["honorifics"]
    assert participants.find_people("met H.E. Dr. Carla Ruiz, Minister of Foreign Affairs of Chile.")[0].name == "Carla Ruiz"
    assert participants.split_name("Kim Min-ho", "KOR")[0] == "Kim"
    assert participants.split_name("Carla Ruiz Soto", "CHL")[0] == "Ruiz"
    assert participants.split_name("Aziz Rahman", "MYS")[0] == "Aziz"
    assert participants.split_name("Ana de la Cruz", "PHL")[0] == "de la Cruz"
    for given in rules["japanese_given_names"]:
        assert participants.split_name(f"Tanabe {given}", "JPN")[0] == "Tanabe", given


def test_meeting_type_groups_are_used():
    for group in header._GROUPS:
        assert isinstance(header.PATTERNS[group], re.Pattern)
    assert header.PATTERNS["triggers"].search("held a bilateral meeting with")
    assert header.PATTERNS["telephone"].search("held a telephone talk")
    assert header.PATTERNS["video"].search("held a video conference")
    assert header.PATTERNS["weak_telephone"].search("spoke today with")
    assert header.PATTERNS["in_person"].search("who is visiting Japan")
    assert header.PATTERNS["host_verbs"].search("received a courtesy call")
    assert header.PATTERNS["noun_triggers"].search("Japan-ROK Foreign Ministers' Meeting")
    assert header.PATTERNS["news_triggers"].search("the two ministers agreed on Monday")
    assert "held" in header.TRIGGER_WORDS and "spoke" in header.TRIGGER_WORDS
    assert header.PATTERNS["recalled"].search("Last year, President Xi held a meeting with him")
    assert header.PATTERNS["recalled"].search("when they met in November 2023")
    assert not header.PATTERNS["recalled"].search("met today with the Prime Minister in Rome")


def test_officials_are_a_fallback_country():
    assert participants.official_country("Kishida") == "JPN"
    assert participants.official_country("Wang Yi") == "CHN"


@pytest.mark.parametrize("name", ["Lee Jae-myung", "Lee Jae Myung", "LEE Jae-Myung", "Tamim Bin Hamad Al-Thani",
                                  "Tamim bin Hamad Al Thani"])
def test_officials_full_names_match_however_hyphens_spaces_and_capitals_are_written(name):
    token = participants.REFERENCE_DATE.set(dt.date(2025, 6, 24))
    try:
        assert participants.official_country(name) in ("KOR", "QAT")
    finally:
        participants.REFERENCE_DATE.reset(token)


def test_officials_count_only_within_a_term():
    # Every entry carries its office and term; at a date outside every term the gazetteer is silent.
    assert all(t.office and t.start for terms in participants.OFFICIALS.values() for t in terms)
    token = participants.REFERENCE_DATE.set(dt.date(2015, 3, 1))
    try:
        assert participants.official_country("Kishida") == "JPN"  # Foreign Minister then
        assert participants.official_country("Blinken") is None  # not yet in office
        assert participants.official_country("Wong") is None
    finally:
        participants.REFERENCE_DATE.reset(token)


def test_officials_term_without_dates_is_rejected():
    with pytest.raises(RulesError):
        participants._term("JPN", "Nobody", {"office": "Prime Minister"})
    with pytest.raises(RulesError):
        participants._term("JPN", "Nobody", {"office": "Prime Minister", "from": dt.date(2020, 1, 1),
                                             "to": dt.date(2019, 1, 1)})


def test_office_holder_without_country_in_text_is_read_at_the_document_date():
    text = "Foreign Minister Wong held talks with Foreign Minister Kuleba in Kyiv."
    assert {p.country for p in extract(text, published="2023-06-01").meetings[0].participants} >= {"AUS", "UKR"}
    # Ten years earlier neither held the office: the text says nothing of their countries.
    assert {p.country for p in extract(text, published="2013-06-01").meetings[0].participants} == {None}


def test_trigger_must_start_with_a_word():
    with pytest.raises(RulesError):
        header._leading_words(["(?:a|b) meeting"])
    assert header._leading_words(["holds? talks", "welcome[sd]? to"]) == ("hold", "welcome")


def test_unsafe_pattern_is_rejected():
    with pytest.raises(RulesError):
        header._compile_group("triggers", ["(?:a+)+b"])
    with pytest.raises(RulesError):
        header._compile_group("triggers", ["(unclosed"])


def test_cached_office_holder_answers_follow_the_reference_date():
    # official_country is cached: the same name must still get each date's answer, in either order.
    assert participants.official_country("Blinken") == "USA"
    token = participants.REFERENCE_DATE.set(dt.date(2015, 3, 1))
    try:
        assert participants.official_country("Blinken") is None
    finally:
        participants.REFERENCE_DATE.reset(token)
    assert participants.official_country("Blinken") == "USA"
