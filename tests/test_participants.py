"""Participants: names without honorifics, family names by convention, titles, countries."""
import pytest

from readout.participants import find_people, split_name


def _people(text):
    return [(p.name, p.family_name, p.title, p.country, p.organization) for p in find_people(text)]


def test_mofa_capitals_and_honorifics():
    text = ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Park Jin, "
            "Minister of Foreign Affairs of the Republic of Korea (ROK), who is visiting Japan.")
    assert _people(text) == [
        ("Yoshimasa Hayashi", "Hayashi", "Minister for Foreign Affairs", "JPN", None),
        ("Park Jin", "Park", "Minister of Foreign Affairs", "KOR", None),
    ]


def test_title_before_name_with_country_adjective():
    text = "Foreign Minister Wang Yi held talks with Japanese Foreign Minister Takeshi Iwaya in Beijing."
    assert [(n, f, c) for n, f, _, c, _ in _people(text)] == [("Wang Yi", "Wang", "CHN"), ("Takeshi Iwaya", "Iwaya", "JPN")]


def test_of_country_after_name_and_suffix():
    text = "President Joseph R. Biden, Jr. met with President Xi Jinping of the People’s Republic of China."
    assert [(f, c) for _, f, _, c, _ in _people(text)] == [("Biden", "USA"), ("Xi", "CHN")]


def test_possessive_country_and_counterpart():
    text = "It was South Korea's Foreign Minister Cho Tae-yul's first meeting with his Japanese counterpart Takeshi Iwaya."
    people = find_people(text)
    assert [(p.family_name, p.country, p.possessive) for p in people] == [("Cho", "KOR", True), ("Iwaya", "JPN", False)]


def test_post_title_with_country_adjective_and_default_country():
    text = "He met H.E. Ms. Katherine Tai, U.S. Trade Representative, and the Tánaiste Simon Coveney."
    assert [(f, c) for _, f, _, c, _ in _people(text)] == [("Tai", "USA"), ("Coveney", "IRL")]


def test_organization_official_has_no_country():
    text = "The Prime Minister met UN Secretary-General António Guterres in New York."
    people = find_people(text)
    assert [(p.family_name, p.country, p.organization) for p in people] == [("Guterres", None, "UN")]


@pytest.mark.parametrize("name, country, family", [
    ("HAYASHI Yoshimasa", "JPN", "Hayashi"),
    ("Park Jin", "KOR", "Park"),
    ("Wang Yi", "CHN", "Wang"),
    ("Cho Tae-yul", "KOR", "Cho"),
    ("Antony J. Blinken", "USA", "Blinken"),
    ("Jean-Yves Le Drian", "FRA", "Le Drian"),
    ("Albert del Rosario", "PHL", "del Rosario"),
    ("Marcelo Ebrard Casaubón", "MEX", "Ebrard"),
    ("Bui Thanh Son", "VNM", "Bui"),
    ("Motegi Toshimitsu", "JPN", "Motegi"),
    ("Saifuddin Abdullah", "MYS", "Saifuddin"),
    ("Faisal bin Farhan Al Saud", "SAU", "Faisal"),
    ("Li Qiang", None, "Li"),
])
def test_split_name(name, country, family):
    assert split_name(name, country)[0] == family
