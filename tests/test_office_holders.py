"""A side named by its office alone ('The Prime Minister met …', as No. 10 and the FCDO write):
the officials gazetteer's holder of that office on the document's date, said in a warning."""
import pytest

from readout import extract
from readout.participants import REFERENCE_DATE, holder_of_office


def _principals(record):
    return sorted((p.family_name, p.country, p.title) for p in record.meetings[0].participants
                  if p.role == "principal")


NO10 = ("PM meeting with President Duarte of Brazil: {date}\n"
        "The Prime Minister met with Luiz Duarte, President of Brazil, at the summit in Rome today.\n"
        "The Prime Minister and President Duarte discussed the UK-Brazil partnership on clean energy.\n")


def test_the_prime_minister_of_a_no10_readout_is_the_holder_on_its_date():
    record = extract(NO10.format(date="14 June 2024"))
    assert _principals(record) == [("Duarte", "BRA", "President"), ("Sunak", "GBR", "Prime Minister")]
    assert any("GBR's Prime Minister by office only" in w and "Sunak" in w and "2024-06-14" in w
               for w in record.warnings)


def test_the_holder_follows_the_date():
    record = extract(NO10.format(date="2 September 2024"))
    assert ("Starmer", "GBR", "Prime Minister") in _principals(record)


def test_no_date_no_holder():
    record = extract(NO10.replace(": {date}", "").replace(" today", ""))
    assert [p for p in _principals(record) if p[1] == "GBR"] == []
    assert not any("by office only" in w for w in record.warnings)


def test_a_title_with_its_own_country_names_that_countrys_holder():
    text = ("Foreign Secretary meets Irish counterpart\n31 January 2018\n"
            "The Foreign Secretary met Tánaiste Sean Walsh in London today to discuss the UK-Ireland relationship.")
    record = extract(text)
    assert ("Johnson", "GBR", "Foreign Secretary") in _principals(record)


@pytest.mark.parametrize("lead", [
    # an office in someone else's title
    "Deputy Assistant to the President Dana Cole spoke today with Prime Minister Ana Reyes of Chile.",
    # a former holder
    "The former Prime Minister met with President Luiz Duarte of Brazil in London today.",
    # several office holders
    "The Foreign Ministers of the G7 met with President Luiz Duarte of Brazil in London today.",
    # part of a longer title, the name after its abbreviation
    "Principal Deputy National Security Advisor (PDNSA) Dana Cole met with President Luiz Duarte of Brazil today.",
    # someone's own title after the name
    "Mr. Tom Ash, Foreign Secretary, who is visiting Brazil, met with President Luiz Duarte of Brazil today.",
])
def test_offices_that_do_not_name_one_holder_of_the_day(lead):
    record = extract(lead + " They discussed the UK-Brazil and US-Chile relationships.", published="2024-06-14")
    assert not any("by office only" in w for w in record.warnings)


def test_an_office_after_the_verb_is_left_to_the_names_found():
    # The counterpart's office: the lead names him in a form the name finder may not know.
    text = "President Luiz Duarte of Brazil held talks with the Prime Minister today on the UK-Brazil partnership."
    record = extract(text, published="2024-06-14")
    assert record.meetings[0].countries == ("BRA", "GBR")
    assert [p for p in _principals(record) if p[1] == "GBR"] == []


def test_holder_of_office_needs_one_holder_inside_a_term():
    import datetime as dt
    token = REFERENCE_DATE.set(dt.date(2024, 6, 14))
    try:
        assert holder_of_office("GBR", "Prime Minister") == "Sunak"
        assert holder_of_office("GBR", "Minister for Foreign Affairs") == "Cameron"  # any foreign minister's title
        assert holder_of_office("GBR", "Chancellor") is None
    finally:
        REFERENCE_DATE.reset(token)
    token = REFERENCE_DATE.set(dt.date(2024, 7, 5))  # the day the office changed hands: the successor's
    try:
        assert holder_of_office("GBR", "Prime Minister") == "Starmer"
    finally:
        REFERENCE_DATE.reset(token)


def test_an_office_after_an_opening_phrase_stands_alone():
    text = "On 27 March 2024, EAM called on the Prime Minister of Malaysia, H.E. Dato' Seri Anwar Ibrahim, in Putrajaya."
    record = extract(text)
    assert ("Jaishankar", "IND", "EAM") in _principals(record)


UN_PAGE = ("United Nations Secretary-General\n\nReadout of the Secretary-General's meeting with the Prime Minister of "
           "Fiji\n\nNew York\n23 September 2025\n\nThe Secretary-General met with H.E. Mr. Tomasi Vula, Prime Minister "
           "of the Republic of Fiji, on the margins of the General Assembly.")


def test_the_secretary_general_of_the_one_organisation_a_page_names_is_its_holder():
    meeting, = extract(UN_PAGE).meetings
    people = [(p.family_name, p.country, p.organization) for p in meeting.participants]
    assert people == [("Guterres", None, "UN"), ("Vula", "FJI", None)]
    assert meeting.countries == ("FJI",) and meeting.organizations == ("UN",)


def test_a_secretary_general_of_one_of_two_organisations_named_is_left_unresolved():
    meeting, = extract(UN_PAGE + " They discussed NATO and the United Nations.").meetings
    assert [p.family_name for p in meeting.participants] == ["Vula"]


@pytest.mark.parametrize("name", ["Abdel Fattah El-Sisi", "Abdel Fattah Al-Sisi"])
def test_an_arabic_article_before_a_known_family_name_is_passed_over(name):
    meeting, = extract(f"President {name} received a phone call from US President Joe Biden this evening.",
                       published="2024-08-24").meetings
    assert meeting.countries == ("EGY", "USA")


def test_a_known_name_written_with_its_diacritics_is_known():
    meeting, = extract("Deputy Prime Minister and Foreign Minister Phạm Bình Minh held phone talks with US Secretary "
                       "of State Michael Pompeo on August 6, 2020.").meetings
    assert sorted((p.family_name, p.country) for p in meeting.participants) == [("Phạm", "VNM"), ("Pompeo", "USA")]


@pytest.mark.parametrize("text, published, expected", [
    # (the gazetteer's earlier terms: 2009-2019 leaders and foreign ministers named without a country)
    ("President Zuma and President Filipe Nyusi of Mozambique held talks in Maputo on Monday.", "2015-05-18",
     {"Zuma": "ZAF", "Nyusi": "MOZ"}),
    ("Foreign Minister Elmar Mammadyarov held a telephone conversation with his colleague from Russia, "
     "Sergei Lavrov, on Friday.", "2020-05-22", {"Mammadyarov": "AZE", "Lavrov": "RUS"}),
    ("Secretary of State John Kerry met Foreign Minister Laurent Fabius in Paris on Sunday.", "2014-01-12",
     {"Kerry": "USA", "Fabius": "FRA"}),
])
def test_earlier_office_holders_named_without_a_country(text, published, expected):
    record = extract(text, published=published)
    assert {p.family_name: p.country for p in record.meetings[0].participants if p.role == "principal"} == expected


def test_an_earlier_term_does_not_outlast_its_end():
    # (Mammadyarov left office in July 2020: in a document of 2023 the gazetteer gives him no country)
    record = extract("Foreign Minister Elmar Mammadyarov held a telephone conversation with his colleague from "
                     "Russia, Sergei Lavrov, on Friday.", published="2023-05-22")
    assert {p.family_name: p.country for p in record.meetings[0].participants}["Mammadyarov"] is None


def test_a_downing_street_spokesperson_makes_the_prime_minister_the_uks():
    text = ("Readout of PM call with Prime Minister Reed: 19 May 2019\nA Downing Street spokesperson said:\n"
            "The Prime Minister spoke to Australia’s Prime Minister Tom Reed to congratulate him on his election victory.")
    record = extract(text)
    assert record.document.publisher == "Prime Minister's Office, 10 Downing Street"
    assert _principals(record) == [("May", "GBR", "Prime Minister"), ("Reed", "AUS", "Prime Minister")]


def test_an_organisations_office_named_after_the_verb_is_its_holder():
    record = extract("BUSAN, Nov. 24 (Yonhap) -- Foreign Minister Kim Min-su held talks with the secretary-general of the "
                     "Association of Southeast Asian Nations (ASEAN) on Sunday.", published="2019-11-24")
    assert [(p.family_name, p.country, p.organization) for p in record.meetings[0].participants] == [
        ("Kim", "KOR", None), ("Lim", None, "ASEAN")]


def test_the_japanese_prime_ministers_of_2001_to_2009_are_known():
    record = extract("Prime Minister Aso held a telephone conversation with President Tom Reed of the United States.",
                     published="2009-01-29")
    assert record.meetings[0].countries == ("JPN", "USA")
