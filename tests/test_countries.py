"""Country resolution to ISO 3166-1 alpha-3."""
import pytest

from readout import countries


@pytest.mark.parametrize("text, code", [
    ("ROK", "KOR"), ("Republic of Korea", "KOR"), ("the Republic of Korea", "KOR"), ("South Korea", "KOR"),
    ("Korea", "KOR"), ("U.S.", "USA"), ("US", "USA"), ("United States", "USA"), ("America", "USA"),
    ("PRC", "CHN"), ("China", "CHN"), ("DPRK", "PRK"), ("North Korea", "PRK"), ("UK", "GBR"),
    ("Britain", "GBR"), ("Japanese", "JPN"), ("Korean", "KOR"), ("Chinese", "CHN"), ("American", "USA"),
    ("British", "GBR"), ("Viet Nam", "VNM"), ("Portugal", "PRT"), ("JPN", "JPN"),
])
def test_resolve_country(text, code):
    assert countries.resolve_country(text) == code


def test_unknown_country_is_none():
    assert countries.resolve_country("Atlantis") is None


def test_longest_name_wins():
    found = list(countries.find_countries("North Korean missiles and the Republic of Korea"))
    assert [(m.code, m.kind) for m in found] == [("PRK", "demonym"), ("KOR", "name")]


def test_lower_case_us_is_not_a_country():
    assert list(countries.find_countries("join us in welcoming")) == []


def test_cities_and_publishers():
    assert countries.resolve_city("Seoul") == "KOR"
    assert countries.resolve_city("Gyeongju") == "KOR"
    assert countries.resolve_publisher_country("https://www.mofa.go.jp/a_o/na/page.html") == "JPN"
    assert countries.resolve_publisher_country(None, "The White House") == "USA"


def test_publisher_country_from_australian_foreign_ministry():
    from readout.countries import resolve_publisher_country

    assert resolve_publisher_country(None, "Department of Foreign Affairs and Trade") == "AUS"
    assert resolve_publisher_country("https://www.foreignminister.gov.au/minister/media-release/x", None) == "AUS"
    assert resolve_publisher_country("https://www.gov.uk/government/news/x", None) == "GBR"
    # A generic name says no country: it is every foreign ministry's.
    assert resolve_publisher_country(None, "Ministry of Foreign Affairs") is None


def test_single_word_publisher_cue_is_rejected(monkeypatch):
    from readout import countries as c
    from readout.errors import RulesError

    rules = {**c.RULES, "publishers": {"GBR": ["Foreign"]}}
    monkeypatch.setattr(c, "load", lambda name: rules)
    with pytest.raises(RulesError, match="two words"):
        c._load_rules()


def test_iso_countries_is_pycountrys_table():
    """The remembered table (readout.rx) is exactly what pycountry gives."""
    import pycountry

    expected = tuple((c.alpha_3, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
                     for c in pycountry.countries)
    assert countries.iso_countries() == expected


def test_country_name_prefers_the_common_name():
    assert countries.country_name("BOL") == "Bolivia"
    assert countries.country_name("JPN") == "Japan"
    assert countries.country_name("XXX") == "XXX"  # not a code: given back as it is


@pytest.mark.parametrize("text", [
    "President Biden called New Mexico Governor Ana Ruiz about the fires.",
    "He met the Governor of New Jersey and leaders from New England.",
])
def test_a_place_whose_name_ends_in_a_countrys_is_not_that_country(text):
    assert [m.code for m in countries.find_countries(text)] == []


def test_the_country_itself_is_still_found_beside_such_a_place():
    text = "Drilling in the Gulf of Mexico was discussed with Mexico and New Mexico officials."
    assert [(m.code, text[m.start:m.end]) for m in countries.find_countries(text)] == [("MEX", "Mexico")]


def test_a_not_countries_entry_must_end_in_a_country(monkeypatch):
    from readout.errors import RulesError
    rules = dict(countries.RULES, not_countries=["New Atlantis"])
    monkeypatch.setattr(countries, "load", lambda name: rules)
    with pytest.raises(RulesError, match="not_countries entry 'New Atlantis'"):
        countries._load_rules()


def test_a_groups_members_must_be_known_codes(monkeypatch):
    from readout.errors import RulesError
    rules = dict(countries.RULES, groups={"USA XXY": ["Group of Two"]})
    monkeypatch.setattr(countries, "load", lambda name: rules)
    with pytest.raises(RulesError, match=r"groups\.USA XXY must be two or more alpha-3 codes"):
        countries._load_rules()


def test_the_g7_names_its_members():
    assert countries.GROUPS["G7"] == ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA")
