"""Meeting header: each rule shown on a readout of our own."""
from readout import extract


def _meeting(text, **kw):
    record = extract(text, **kw)
    assert record.meetings, record.warnings
    return record.meetings[0]


def test_seoul_meeting_between_japan_and_rok_is_hosted_by_korea():
    m = _meeting("January 13, 2025\n\nThe foreign ministers of South Korea and Japan held talks in Seoul on Monday. "
                 "South Korea's Foreign Minister Kim Min-ho welcomed his Japanese counterpart Ken Ono.")
    assert (m.date, m.host_country, list(m.countries)) == ("2025-01-13", "KOR", ["JPN", "KOR"])
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {("Kim", "KOR"), ("Ono", "JPN")}


def test_third_country_venue_has_no_host():
    m = _meeting("July 8, 2022\n\nForeign Minister Ana Silva of Portugal met with Foreign Minister Wang Yi of China "
                 "in Bali on the margins of the G20 Foreign Ministers' Meeting.")
    assert m.host_country is None and m.location.city == "Bali"
    assert m.occasion == "G20 Foreign Ministers' Meeting"


def test_title_of_json_document_makes_it_a_call():
    m = _meeting("President Carter and Prime Minister Erik Lindqvist of Sweden discussed Ukraine today.",
                 title="Readout of President Carter's Call with Prime Minister Lindqvist of Sweden",
                 published="2026-01-27", url="https://www.whitehouse.gov/x")
    assert m.format == "telephone" and m.host_country is None


def test_video_conference():
    m = _meeting("On June 2, 2023, Prime Minister SATO Ken held a video conference with President Lee Min of the "
                 "Republic of Korea.")
    assert m.format == "video" and m.host_country is None and m.date == "2023-06-02"


def test_courtesy_call_received_is_hosted_by_receiver():
    m = _meeting("On June 27, 2014, Prime Minister ABE Shinzo received a courtesy call from H.E. Mr. Carlos Ruiz, "
                 "Secretary of Foreign Relations of Mexico.")
    assert m.format == "in_person" and m.host_country == "JPN"


def test_relative_weekday_uses_published_date():
    m = _meeting("Foreign Minister Ana Silva of Portugal met with Japanese Foreign Minister Ken Ono on Wednesday.",
                 published="2023-05-26")
    assert m.date == "2023-05-24"


def test_no_year_anywhere_gives_null_date_and_a_warning():
    record = extract("On May 20, Foreign Minister Ana Silva of Portugal met with Japanese Foreign Minister Ken Ono.")
    assert record.meetings[0].date is None
    assert any("no year" in w for w in record.warnings)


def test_second_meeting_with_someone_new_is_a_separate_meeting():
    text = ("September 13, 2022\n\nSpecial Envoy MORI Taro held talks with H.E. Mr. Paul Otieno, Minister of "
            "Foreign Affairs of the Republic of Kenya. He also had talks with Hon. Dr. Lamin Jallow, Minister of "
            "Foreign Affairs of the Republic of the Gambia.")
    record = extract(text)
    assert [list(m.countries) for m in record.meetings] == [["JPN", "KEN"], ["GMB", "JPN"]]


def test_every_header_value_has_a_span_inside_the_text():
    text = ("May 20, 2023\n\nOn May 20, commencing at 2:20 p.m., Mr. ONO Ken, Minister for Foreign Affairs of Japan, "
            "held a meeting with H.E. Dr. Kim Min-ho, Minister of Foreign Affairs of the Republic of Korea, who is "
            "visiting Japan, for approximately 50 minutes.")
    m = _meeting(text)
    for field in ("date", "start_time", "duration_minutes", "host_country"):
        start, end = m.spans[field]
        assert 0 <= start < end <= len(text)
    assert text[slice(*m.spans["start_time"])] == "2:20 p.m."
    assert m.region[0] <= m.spans["date"][0]


def test_plain_text_without_meeting_has_no_meeting():
    record = extract("The weather was fine and the markets were calm.")
    assert record.meetings == ()
