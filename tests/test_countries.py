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
