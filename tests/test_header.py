"""Meeting header: each rule shown on a readout of our own."""
import pytest

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


def test_year_from_the_url_when_the_page_states_none():
    text = "On May 20, Foreign Minister Ana Silva of Portugal met with Japanese Foreign Minister Ken Ono."
    record = extract(text, url="https://news.example.com/diplomacy/2023/05/ministers-meet")
    assert record.meetings[0].date == "2023-05-20"
    assert record.meetings[0].spans["date"] == [3, 9]
    assert any("the year 2023 of 'May 20' is the URL's" in w for w in record.warnings)


def test_years_written_in_the_text_do_not_date_an_undated_day():
    # 'launched in July 2013' dates another event; the meeting's year stays unknown.
    record = extract("On October 2, Foreign Minister Ana Silva of Portugal met with Japanese Foreign Minister "
                     "Ken Ono to review the partnership launched in July 2013.")
    assert record.meetings[0].date is None


def test_today_in_a_republished_readout_resolves_against_its_source_url():
    text = ("President Anna Carter met today with Prime Minister Erik Lindqvist of Sweden at the White House.\n"
            "Official news published at https://www.example.gov/briefing-room/2024/09/13/readout-of-the-meeting/")
    record = extract(text)
    assert record.document.published == "2024-09-13" and record.meetings[0].date == "2024-09-13"


def test_today_counts_from_a_release_stamp_under_the_sites_date_line():
    # A republished release: the site's date line, then the release's own stamp, then the lead.
    text = ("Saturday, March 9, 2024\n\nSecretary's Meeting with the Foreign Minister of Chile\n"
            "03/08/2024 10:05 PM EST\n\nSecretary of State Anna Carter hosted Foreign Minister Luis Rojas "
            "of Chile today in Washington.")
    m = _meeting(text)
    assert m.date == "2024-03-08" and m.start_time is None


def test_a_stamp_far_from_the_date_line_does_not_move_today():
    text = ("Saturday, March 9, 2024\n\nRelated: talks of 01/20/2024\n\nSecretary of State Anna Carter "
            "hosted Foreign Minister Luis Rojas of Chile today in Washington.")
    assert _meeting(text).date == "2024-03-09"


def test_pronoun_subject_is_the_person_the_sentence_before_names():
    record = extract("July 8, 2022\n\nForeign Minister Ana Silva of Portugal is on a visit to Japan this week. "
                     "On Tuesday she met Japanese Foreign Minister Ken Ono in Tokyo.")
    m = record.meetings[0]
    assert [(p.family_name, p.country, p.role) for p in m.participants] == [
        ("Silva", "PRT", "principal"), ("Ono", "JPN", "principal")]
    assert list(m.countries) == ["JPN", "PRT"]
    assert "principal: 'she' in the lead is Ana Silva, named in the sentence before" in record.warnings


def test_pronoun_subject_is_the_subject_before_not_the_last_name():
    record = extract("July 8, 2022\n\nPresident Lee Min of the Republic of Korea called President Ana Ruiz of "
                     "Chile on Monday. He also spoke with Prime Minister Ken Ono of Japan.")
    assert [sorted(p.family_name for p in m.participants) for m in record.meetings] == [["Lee", "Ruiz"], ["Lee", "Ono"]]


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


def test_news_lead_without_meeting_verb():
    m = _meeting("Tokyo, Nov. 24 (Jiji Press)--Japanese Foreign Minister Ken Ono and Chinese Foreign Minister "
                 "Li Ming agreed Tuesday to resume business travel between their countries.", published="2020-11-24")
    assert (list(m.countries), m.date, m.host_country) == (["CHN", "JPN"], "2020-11-24", "JPN")


def test_welcomed_to_a_city_is_a_meeting_hosted_there():
    m = _meeting("Australian Foreign Minister Senator Anna Reid has welcomed China's Foreign Minister Li Ming to Canberra for "
                 "the Australia-China Foreign and Strategic Dialogue.", published="2024-03-20")
    assert list(m.countries) == ["AUS", "CHN"] and m.host_country == "AUS"


def test_just_finished_meeting_in_a_briefing():
    m = _meeting("Just finished the trilateral leaders-level meeting between President Carter, South Korean "
                 "President Kim Min-ho, and the Japanese Prime Minister, Ono Ken. The meeting lasted probably "
                 "just over 40 minutes.", published="2024-11-15", url="https://www.whitehouse.gov/briefing-room/")
    assert list(m.countries) == ["JPN", "KOR", "USA"] and m.duration_minutes == 40


def test_attribution_date_is_not_the_meeting_date():
    m = _meeting("November 17, 2023\n\nAccording to Seoul's foreign ministry on Thursday, minister Kim Min-ho had a "
                 "breakfast meeting with his Japanese counterpart Ken Ono on Wednesday, local time.")
    assert m.date == "2023-11-15"


def test_capital_named_by_demonym_gives_host():
    m = _meeting("Egypt's Foreign Minister Omar Nabil discussed with Japanese Foreign Minister Ken Ono ways to "
                 "advance relations.\nThis came during talks held in the Japanese capital.")
    assert m.host_country == "JPN"


def test_former_leader_named_in_the_lead_is_not_a_principal():
    m = _meeting("President Carter called Prime Minister Ono of Japan today to express his condolences on the death "
                 "of former Prime Minister Sato Ken.", published="2022-07-08")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Carter", "Ono"}
    assert m.format == "telephone"


def test_unnamed_title_and_relationship_give_the_other_side():
    m = _meeting("The Foreign Secretary met Tánaiste Simon Byrne today for a meeting on the UK-Ireland bilateral "
                 "relationship.", published="2018-01-31")
    assert list(m.countries) == ["GBR", "IRL"]


def test_ministers_from_a_list_of_countries_are_separate_meetings():
    text = ("February 19, 2023\n\nForeign Affairs Secretary Ana Cruz met with counterparts during the Munich Security "
            "Conference. The official met with foreign ministers from Finland, Belgium, and Sweden during the forum. "
            "Her meeting with Finnish Foreign Minister Pekka Virta was productive.")
    record = extract(text)
    # (the opening 'met with counterparts' is their summary, no meeting of its own)
    assert [list(m.countries) for m in record.meetings] == [["FIN", "PHL"], ["BEL", "PHL"], ["PHL", "SWE"]]
    assert {p.family_name for p in record.meetings[0].participants} == {"Cruz", "Virta"}


def test_visit_paid_by_the_guest_gives_host():
    m = _meeting("External Affairs Minister Ravi Rao on Friday held talks with Deputy Prime Minister of Ethiopia "
                 "Abebe Tadesse. Tadesse, accompanied by a delegation, paid an official visit to India.")
    assert (list(m.countries), m.host_country) == (["ETH", "IND"], "IND")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Rao", "Tadesse"}


def test_adversarial_text_is_handled_in_bounded_windows():
    from readout.header import extract_meetings
    from readout.record import Document
    for text in ("held " * 20000, "Mr. A, " * 15000, "Japan-" * 20000, "A" * 100000, "Foreign Minister " * 8000,
                 "welcomed " + "word " * 20000, "." * 100000):
        meetings, warnings = extract_meetings(Document(id="x", source="x", text=text, is_readout=False))
        assert isinstance(meetings, list) and isinstance(warnings, list)


def test_possessive_and_place_countries_make_no_news_lead():
    # "Russia's war in Ukraine, they confirmed" names no sides: the call below is the meeting.
    text = ("With regard to Russia's war in Ukraine, the two advisors confirmed they would stay in close touch. "
            "National Security Advisor Dana Whitcomb spoke on the phone today with National Security Advisor "
            "Sydney Mthembu of South Africa.")
    meeting = extract(text, published="2024-06-20", publisher="The White House").meetings[0]
    assert meeting.countries == ("USA", "ZAF") and meeting.format == "telephone"
    assert {(p.family_name, p.country) for p in meeting.participants} == {("Whitcomb", "USA"), ("Mthembu", "ZAF")}


def test_counterpart_country_named_after_an_unknown_title():
    text = ("National Security Advisor Dana Whitcomb met today with Members of the Presidency of Bosnia and "
            "Herzegovina Ana Kovac and Emir Dedic to discuss the country's path to Euro-Atlantic integration.")
    meeting = extract(text, published="2024-02-01", publisher="The White House").meetings[0]
    assert meeting.countries == ("BIH", "USA")


def test_country_of_an_object_is_not_taken_from_a_purpose_clause():
    text = ("President Maria Harlan met today with Prime Minister Lea Moreau to discuss support for Ukraine "
            "against Russia.")
    meeting = extract(text, published="2024-02-01", publisher="The White House").meetings[0]
    assert "UKR" not in meeting.countries and "RUS" not in meeting.countries


def test_trigger_words_are_found_only_at_word_starts():
    from readout.header import _FURTHER_WORDS, TRIGGER_WORDS, _word_positions

    low = "they upheld it; held talks (met) and spoke.remet _had 9had meetings"
    positions = _word_positions(low, TRIGGER_WORDS, 0, len(low))
    assert [low[p:p + 4] for p in positions] == ["held", "talk", "met)", "spok", "had ", "meet"]
    # Bounds are respected, and a word start is judged by the character before `start` too.
    assert _word_positions(low, _FURTHER_WORDS, low.index("eld"), len(low)) == [low.index("held t"), low.index("met)"),
                                                                              low.index("spoke"), low.index("had "),
                                                                              low.index("meetings")]


def test_first_person_release_gets_the_speakers_country_from_its_text():
    """A minister's own release ('Today I met …') names its side only through what it says of it."""
    text = ("Meeting with Norway's Foreign Minister\n\nToday I met with Norway’s Minister of Foreign Affairs, "
            "Ingrid Dahl, on the margins of the OSCE Ministerial Council in Vienna.\n\nI raised Chile’s "
            "priorities for Antarctic cooperation and our shared interest in ocean governance.\n\n"
            "Chile and Norway are long-standing partners in fisheries research.")
    record = extract(text, published="2024-12-05")
    assert record.meetings[0].countries == ("CHL", "NOR")
    assert any("first-person readout" in w for w in record.warnings)


def test_first_person_release_without_a_clear_other_country_adds_none():
    text = ("Today I met with Norway’s Minister of Foreign Affairs, Ingrid Dahl, in Vienna. "
            "We discussed fisheries and the Arctic.")
    record = extract(text, published="2024-12-05")
    assert record.meetings[0].countries == ("NOR",)


def test_a_later_meeting_takes_its_own_statements():
    record = extract("November 8, 2023\n\nSecretary of State Anna Carter met with Japanese Foreign Minister Ken Ono "
                     "today in Tokyo. The Secretary and the Foreign Minister discussed the situation in the Middle East.\n"
                     "The Secretary also met with Prime Minister Hiro Sato of Japan. They reaffirmed the strength of "
                     "the alliance.")
    first, second = record.meetings
    assert [s.stance for s in first.statements] == ["exchange_views"]
    assert [s.stance for s in second.statements] == ["confirm"]
    assert first.region[1] == second.region[0]


def test_level_from_the_subject_when_no_person_is_named():
    m = _meeting("May 4, 2024\n\nThe foreign ministers of Japan, the United States and the Republic of Korea held a "
                 "trilateral meeting in Washington.")
    assert (m.level, list(m.countries), m.host_country) == ("foreign_ministers", ["JPN", "KOR", "USA"], "USA")


def test_a_reporting_pronoun_is_not_a_principal():
    record = extract("July 8, 2022\n\nSpokesperson John Kirby of the United States briefed reporters. He said the "
                     "foreign ministers of Portugal and Japan met on Wednesday in Bali.")
    assert all(p.family_name != "Kirby" for m in record.meetings for p in m.participants)


def test_a_meeting_in_a_capital_is_hosted_by_its_country():
    m = _meeting("March 5, 2024\n\nOn 3 March, Foreign Minister Ana Silva of Portugal held talks with Foreign Minister "
                 "Ken Ono of Japan in Lisbon.")
    assert (m.location.city, m.location.country, m.host_country) == ("Lisbon", "PRT", "PRT")


def test_a_call_has_no_place():
    m = _meeting("March 5, 2024\n\nPresident Anna Carter of the United States spoke by phone with Prime Minister Erik "
                 "Lindqvist of Sweden. They discussed the evacuation in Kabul.")
    assert (m.format, m.location, m.host_country) == ("telephone", None, None)


def test_the_place_of_an_event_still_to_come_is_not_the_meetings():
    m = _meeting("March 5, 2024\n\nPresident Anna Carter of the United States met Prime Minister Erik Lindqvist of "
                 "Sweden. They discussed plans for the 2025 NATO Summit in The Hague.")
    assert m.location is None
    m = _meeting("March 5, 2024\n\nPresident Anna Carter of the United States met Prime Minister Erik Lindqvist of "
                 "Sweden. The leaders visited the U.S. Embassy in Stockholm.")
    assert m.location is None


def test_a_list_on_one_side_of_the_verb_shares_its_country():
    m = _meeting("May 4, 2024\n\nSecretary of State Anna Carter of the United States met with Israeli Prime Minister "
                 "Dan Levy, President Ron Adler, and Defense Minister Yael Stern in Jerusalem.")
    assert {p.family_name: p.country for p in m.participants} == {
        "Carter": "USA", "Levy": "ISR", "Adler": "ISR", "Stern": "ISR"}


def test_two_parties_before_the_verb_share_nothing():
    m = _meeting("May 4, 2024\n\nPresident Carl Hanson of the United States and President Rui Costa met at the "
                 "White House.")
    assert {p.family_name: p.country for p in m.participants}["Hanson"] == "USA"
    assert {p.family_name: p.country for p in m.participants}["Costa"] != "USA"


def test_the_other_party_of_a_relationship_written_out_in_the_lead():
    m = _meeting("March 5, 2024\n\nPresident Carl Hanson of the United States welcomed Prime Minister Alexander "
                 "De Croo to the White House today to deepen the United States and Belgium’s cooperation on global "
                 "issues.")
    assert list(m.countries) == ["BEL", "USA"]
    assert {p.family_name: p.country for p in m.participants} == {"Hanson": "USA", "De Croo": "BEL"}


def test_an_object_side_without_a_country_takes_the_other_party():
    m = _meeting("May 4, 2024\n\nOn Friday, Deputy Secretary of State Anna Carter of the United States traveled to "
                 "Chile and met with President Ana Ruiz, Foreign Minister Luis Soto, and Chilean business leaders.")
    assert {p.family_name: p.country for p in m.participants} == {"Carter": "USA", "Ruiz": "CHL", "Soto": "CHL"}


# ---------------------------------------------------------------- sentence bounds do not depend on query order

def _fresh_bounds(text: str, pos: int) -> tuple[int, int]:
    from readout import header

    header._LOCAL.cuts = None
    return header._sentence_bounds(text, pos)


def test_sentence_bounds_are_the_same_whatever_was_asked_before():
    """The boundary table is built lazily as positions are asked for; a sentence's end must be
    the text's, not where an earlier query happened to stop the scan (it once was: the same query
    gave (798, 1600) after a query at 0 and (798, 1401) on a fresh text)."""
    import random

    from readout import header

    run_on = " ".join(f"word{i} and the ministers discussed item {i}" for i in range(120))  # no full stop
    text = ("Prime Minister Kishida met President Yoon in Tokyo. They agreed to cooperate.\n"
            + run_on + ". The two leaders welcomed the progress. " * 3 + run_on)
    positions = list(range(0, len(text), 97))
    expected = {pos: _fresh_bounds(text, pos) for pos in positions}
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(positions)
        header._LOCAL.cuts = None
        assert {pos: header._sentence_bounds(text, pos) for pos in positions} == expected


def test_a_run_without_full_stops_is_cut_at_fixed_places():
    from readout import header

    run_on = " ".join(["The ministers discussed cooperation"] * 200)
    text = "Minister Hayashi met Minister Park. " + run_on
    start, end = _fresh_bounds(text, 100)
    assert start == len("Minister Hayashi met Minister Park. ")
    assert header._LONGEST_SENTENCE <= end - start <= header._LONGEST_SENTENCE + header._SPACE_WINDOW
    assert text[end] == " "  # cut at a space, not inside a word
    assert _fresh_bounds(text, end + 1)[0] == end + 1
    # A sentence with real boundaries is unchanged by the cuts.
    assert _fresh_bounds(text, 5) == (0, len("Minister Hayashi met Minister Park."))


# ---------------------------------------------------------------- a news dateline's date is the filing date

def _only_meeting_date(text: str, published: str) -> str:
    record = extract(text, published=published)
    assert len(record.meetings) == 1, record.warnings
    return record.meetings[0].date


def test_weekday_after_a_news_dateline_counts_back_from_the_dateline():
    text = ("SEOUL, Feb. 4 (Yonhap) -- South Korean Foreign Minister Park Jin held talks with U.S. Secretary "
            "of State Antony Blinken in Washington on Friday (local time) and agreed to strengthen "
            "extended deterrence, the foreign ministry said.")
    assert _only_meeting_date(text, "2023-02-04") == "2023-02-03"


def test_a_news_dateline_naming_the_same_day_as_the_lead():
    text = ("Tokyo, Nov. 24 (Jiji Press)--Japanese Foreign Minister Toshimitsu Motegi and Chinese State "
            "Councillor and Foreign Minister Wang Yi agreed on Tuesday to resume business travel.")
    assert _only_meeting_date(text, "2020-11-25") == "2020-11-24"


def test_a_news_dateline_is_the_date_when_the_lead_names_no_other():
    text = ("BEIJING, March 7 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with visiting "
            "Brazilian Foreign Minister Mauro Vieira, and the two sides agreed to deepen cooperation.")
    assert _only_meeting_date(text, "2024-03-08") == "2024-03-07"


def test_a_past_meeting_in_the_background_is_no_further_meeting():
    text = ("RIYADH, March 11 (AN) -- Saudi Foreign Minister Adel Al-Jubeir held talks with Japanese Foreign "
            "Minister Yoko Kamikawa in Riyadh on Monday and agreed to expand energy cooperation.\n\n"
            "Kamikawa had also met Egyptian Foreign Minister Sameh Shoukry earlier in the week.\n\n"
            "The two ministers last met in Tokyo, when Al-Jubeir held talks with Prime Minister Fumio Kishida.")
    record = extract(text, published="2024-03-12")
    assert [sorted(m.countries) for m in record.meetings] == [["JPN", "SAU"]]


@pytest.mark.parametrize("lead, expected", [
    ("On Tuesday 5 March, Federal Foreign Minister Annalena Baerbock met Polish Foreign Minister Radoslaw "
     "Sikorski in Berlin.", "2024-03-05"),
    ("On Monday (22 January), Foreign Minister Annalena Baerbock held talks with Foreign Minister Wang Yi "
     "of China.", "2024-01-22"),
    ("On Saturday, December 9, National Security Advisor Jake Sullivan met with Foreign Minister Wang Yi "
     "of China.", "2023-12-09"),
    ("Secretary Blinken met with Foreign Minister Wang Yi of China on Tuesday, 5 March 2024.", "2024-03-05"),
])
def test_a_weekday_with_its_date_is_that_date(lead, expected):
    """'On Tuesday 5 March' published in May is 5 March, not the Tuesday before the release."""
    published = "2023-12-08" if "December" in lead else "2024-05-20"
    assert _only_meeting_date(lead, published) == expected


def test_the_visitors_side_of_a_courtesy_call_is_a_meeting():
    """MOFA's usual wording for a visitor: 'paid a courtesy call on Prime Minister …'."""
    text = ("On May 21, commencing at 10:30 a.m. for approximately 25 minutes, H.E. Mr. Cho Tae-yul, Minister "
            "of Foreign Affairs of the Republic of Korea, who is visiting Japan, paid a courtesy call on "
            "Mr. KISHIDA Fumio, Prime Minister of Japan. The two sides welcomed the progress in relations.")
    meeting, = extract(text, published="2024-05-22").meetings
    assert (meeting.date, meeting.start_time, meeting.duration_minutes) == ("2024-05-21", "10:30", 25)
    assert meeting.countries == ("JPN", "KOR") and meeting.host_country == "JPN"
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Cho", "KOR"), ("Kishida", "JPN")]


@pytest.mark.parametrize("lead, home", [
    ("On 12 March 2024, Foreign Minister Maris Sangiampongsa received H.E. Mr. Cho Tae-yul, Minister of Foreign "
     "Affairs of the Republic of Korea, who is visiting Thailand.", "THA"),
    ("On 12 March 2024, Minister of Foreign Affairs Geoffrey van Leeuwen met with Foreign Minister Cho Tae-yul of "
     "the Republic of Korea, who is on an official visit to the Netherlands.", "NLD"),
])
def test_the_principal_with_no_country_is_of_the_country_visited(lead, home):
    meeting, = extract(lead).meetings
    assert meeting.countries == tuple(sorted(("KOR", home))) and meeting.host_country == home
    assert [p.country for p in meeting.participants] == [home, "KOR"]


def test_the_visitors_own_country_is_not_given_to_the_other_side():
    """The visitor is the one with no country: the visited country is already the host's."""
    lead = ("On 12 March 2024, Minister Ana Ruiz, who is visiting Thailand, met with Foreign Minister "
            "Maris Sangiampongsa of Thailand.")
    meeting, = extract(lead).meetings
    assert [p.country for p in meeting.participants] == [None, "THA"]


def test_a_national_ministrys_site_gives_its_ministers_country():
    text = ("The Minister, Elina Virtanen, met with the Minister of Foreign Affairs of Kazakhstan, Murat "
            "Nurtleu, on 4 March 2024.")
    meeting, = extract(text, url="https://um.fi/current-affairs/-/asset_publisher/x").meetings
    assert meeting.countries == ("FIN", "KAZ")
    assert extract(text).meetings[0].countries == ("KAZ",)  # nothing else says which country she serves


def test_start_time_and_duration_said_of_the_meeting_further_down():
    """News reports give them in a later paragraph: 'The meeting started at … and lasted …'."""
    text = ("TOKYO, Nov. 17 (Kyodo) -- Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping met "
            "on the sidelines of the APEC summit in San Francisco on Thursday and agreed to pursue mutually "
            "beneficial relations.\n\nThe two leaders discussed the release of treated water. Kishida called for "
            "the lifting of the import ban.\n\nThe meeting started at around 4:30 p.m. and lasted about 65 "
            "minutes, a Japanese official said.")
    meeting, = extract(text, published="2023-11-17").meetings
    assert (meeting.date, meeting.start_time, meeting.duration_minutes) == ("2023-11-16", "16:30", 65)


def test_the_length_said_of_the_principals_meeting_further_down():
    """'The Vice President and President Ruiz met for approximately 45 minutes', after the lists of
    who joined them: the principals' verb with a length is the meeting's length."""
    text = ("Vice President Ann Lee met today with President Mara Ruiz of Chile on the margins of the Munich "
            "Security Conference. The Vice President was joined by Ambassador Tom Ash; President Ruiz was joined by "
            "Foreign Minister Juan Soto.\n\nThe Vice President and President Ruiz met for approximately 45 minutes. "
            "The leaders spoke for a long time about trade.")
    meeting, = extract(text, published="2024-02-17").meetings
    assert meeting.duration_minutes == 45


def test_a_time_in_a_later_sentence_not_about_the_meeting_is_not_its_start():
    text = ("Prime Minister Fumio Kishida met President Joe Biden in Washington on April 10, 2024.\n\n"
            "The leaders discussed trade. A state dinner was held at 7 p.m. for about two hours.")
    meeting, = extract(text).meetings
    assert (meeting.start_time, meeting.duration_minutes) == (None, None)


def test_a_side_the_text_names_is_a_party():
    """Russian and Chinese ministries name their own side: 'The Russian side reaffirmed …'."""
    text = ("On April 2, 2024, Deputy Foreign Minister and Special Presidential Envoy for the Middle East and "
            "Africa Mikhail Bogdanov met with Ambassador of the Republic of the Sudan to the Russian Federation "
            "Mohamed Sirrag.\n\nThe sides discussed the situation in Sudan. The Russian side reaffirmed its "
            "principled position in favour of an early settlement.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("RUS", "SDN")
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Bogdanov", "RUS"), ("Sirrag", "SDN")]


def test_the_city_a_minister_travelled_to_is_where_the_meeting_was():
    text = ("Stéphane Séjourné, Minister for Europe and Foreign Affairs, travelled to Kyiv on 13 February 2024 for "
            "his first bilateral visit abroad, where he met with his Ukrainian counterpart, Mr Dmytro Kuleba.")
    meeting, = extract(text).meetings
    assert meeting.location.city == "Kyiv" and meeting.host_country == "UKR"


def test_a_later_meeting_does_not_take_the_format_of_the_title_or_the_first_meeting():
    text = ("Foreign Minister Sergey Lavrov's telephone conversation with Minister of Foreign Affairs of Türkiye "
            "Hakan Fidan\n\nOn April 2, 2024, Sergey Lavrov had a telephone conversation with Minister of Foreign "
            "Affairs of the Republic of Türkiye Hakan Fidan.\n\nThe ministers exchanged views on Syria.\n\n* * *\n\n"
            "On April 2, 2024, Deputy Foreign Minister Mikhail Bogdanov met with Ambassador of the Republic of the "
            "Sudan to the Russian Federation Mohamed Sirrag.\n\nThe sides discussed the situation in Sudan.")
    call, meeting = extract(text).meetings
    assert (call.format, meeting.format) == ("telephone", "in_person")


def test_a_courtesy_call_still_to_come_is_no_meeting():
    text = ("While in Manila, Foreign Minister Toshimitsu Motegi is also scheduled to pay a courtesy call on "
            "President Rodrigo Duterte, the DFA said in a statement on 9 July 2020.")
    record = extract(text)
    assert record.meetings == () and record.document.kind == "announcement"


def test_a_later_meeting_of_an_unnamed_subject_is_not_the_first_counterparts():
    """GOV.UK: 'The Prime Minister met President Biden … Finally, the Prime Minister held a bilateral
    meeting with Prime Minister Modi': the second meeting is the UK's with India, not Biden's."""
    text = ("On 9 September 2023, the Prime Minister met President Biden. Finally, the Prime Minister held a "
            "bilateral meeting with Prime Minister Narendra Modi.")
    first, second = extract(text, url="https://www.gov.uk/government/news/x").meetings
    assert first.countries == ("GBR", "USA")
    # The unnamed Prime Minister is the gazetteer's holder on that date (tests/test_office_holders.py).
    assert second.countries == ("GBR", "IND") and [p.family_name for p in second.participants] == ["Sunak", "Modi"]


@pytest.mark.parametrize("opener", ["Finally", "Afterwards", "Separately", "On the margins of the G20"])
def test_an_opening_phrase_before_the_title_is_no_person(opener):
    text = f"{opener}, the Prime Minister held a bilateral meeting with Prime Minister Narendra Modi on 9 September 2023."
    meeting, = extract(text, url="https://www.gov.uk/government/news/x").meetings
    assert [p.family_name for p in meeting.participants] == ["Sunak", "Modi"]  # no person named 'Finally'
    assert meeting.countries == ("GBR", "IND")


def test_a_palace_is_a_place_and_the_kremlin_is_a_government():
    meeting, = extract("On 5 March 2024, President Emmanuel Macron received Prime Minister Fumio Kishida of Japan "
                       "at the Élysée Palace.").meetings
    assert meeting.host_country == "FRA" and meeting.location.city == "Élysée Palace"
    text = ("Today, Secretary Antony Blinken met with Norwegian Foreign Minister Anniken Huitfeldt on 12 October 2022. "
            "They expressed their concern over Russia's recent missile strikes in Ukraine and the Kremlin's "
            "attempts to annex Ukrainian territory.")
    assert extract(text).meetings[0].location is None


def test_calling_on_an_office_holder_is_a_courtesy_call_and_calling_on_him_to_act_a_request():
    visit = extract("Minister Vivian Balakrishnan called on Prime Minister Paetongtarn Shinawatra in Bangkok on "
                    "14 October 2024. They discussed trade.").meetings
    assert [m.countries for m in visit] == [("SGP", "THA")]
    assert [s.stance for s in visit[0].statements] == ["exchange_views"]  # the call itself is no request
    ask = extract("On 14 October 2024, President Joe Biden called on President Vladimir Putin to withdraw his troops.")
    assert ask.meetings == ()
    text = ("On 14 October 2024, Minister Balakrishnan met Foreign Minister Maris Sangiampongsa of Thailand. He called "
            "on Thailand to join the initiative. He also called on Prime Minister Paetongtarn Shinawatra.")
    first, second = extract(text).meetings
    assert [s.stance for s in first.statements] == ["request"]
    assert [p.family_name for p in second.participants] == ["Balakrishnan", "Shinawatra"]


def test_the_length_of_the_call_said_further_down():
    text = ("SEOUL, June 20 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held phone talks with U.S. "
            "Secretary of State Antony Blinken on Thursday, the foreign ministry said.\n\nThe two discussed North "
            "Korea. Cho called for close coordination.\n\nDuring the 25-minute call, Blinken reaffirmed the U.S. "
            "commitment to defending South Korea.")
    meeting, = extract(text, published="2024-06-20").meetings
    assert (meeting.duration_minutes, meeting.format) == (25, "telephone")


def test_the_place_of_a_meeting_still_to_come_is_not_this_ones():
    text = ("Minister Vivian Balakrishnan met Foreign Minister Maris Sangiampongsa of Thailand on 14 October 2024. "
            "They agreed to convene the next Joint Commission in Singapore in 2025.")
    meeting, = extract(text).meetings
    assert meeting.location is None and meeting.host_country is None


def test_a_later_meeting_with_no_place_of_its_own_took_place_where_the_first_did():
    text = ("On 9 September 2023, on the margins of the G20 Summit in New Delhi, Prime Minister Rishi Sunak met "
            "President Joe Biden of the United States. The Prime Minister also met Prime Minister Narendra Modi of "
            "India. They discussed trade.")
    first, second = extract(text).meetings
    assert first.host_country is None and second.location.city == "New Delhi" and second.host_country == "IND"


def test_a_sentence_opening_with_the_place():
    text = ("Principal Deputy National Security Advisor Jon Finer traveled to West Africa this week.\n\n"
            "In Nigeria, Mr. Finer met with Vice President Kashim Shettima on 18 March 2024.")
    meeting = extract(text, url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/19/x/").meetings[-1]
    assert meeting.location.country == "NGA" and meeting.host_country == "NGA"
    assert meeting.countries == ("NGA", "USA")


def test_further_meetings_received_and_then():
    text = ("On 26 July 2024, Foreign Minister Badr Abdelatty met Foreign Minister Antony Blinken of the United "
            "States in Vientiane. In the evening, Minister Abdelatty received a call from Foreign Minister José "
            "Manuel Albares of Spain.")
    first, second = extract(text).meetings
    assert second.countries == ("EGY", "ESP") and second.format == "telephone"
    text = ("President Yoon Suk Yeol met with President Joe Biden in Vilnius on 11 July 2023. President Yoon then "
            "held talks with Canadian Prime Minister Justin Trudeau.")
    assert [m.countries for m in extract(text).meetings] == [("KOR", "USA"), ("CAN", "KOR")]


def test_a_briefing_received_is_no_meeting():
    text = ("On 2 November 2022, President Joe Biden met Prime Minister Fumio Kishida of Japan. The Task Force also "
            "received a briefing from Special Presidential Envoy for Climate John Kerry.")
    assert len(extract(text).meetings) == 1


def test_former_and_then_dash_office_holders_are_no_principals():
    text = ("On 2 November 2022, President Joe Biden met Prime Minister Fumio Kishida of Japan, who recalled his "
            "talks with then-Prime Minister Shinzo Abe.")
    meeting, = extract(text).meetings
    assert "Abe" not in [p.family_name for p in meeting.participants]


def test_a_later_meeting_is_not_dated_by_the_plan_in_the_next_sentence():
    text = ("VIENTIANE, July 26 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held talks with Japanese "
            "Foreign Minister Yoko Kamikawa in Vientiane on Friday. Later in the day, Cho also had a brief "
            "conversation with Russian Foreign Minister Sergey Lavrov. On Saturday, Cho is scheduled to attend the "
            "ASEAN Regional Forum.")
    assert [m.date for m in extract(text, published="2024-07-26").meetings] == ["2024-07-26", "2024-07-26"]


def test_a_later_meeting_with_an_organisations_official():
    text = ("On 29 January 2024, EAM Dr. S. Jaishankar met Prime Minister Fumio Kishida of Japan in Tokyo. He also "
            "met EU High Representative Josep Borrell.")
    first, second = extract(text).meetings
    assert second.countries == ("IND",) and second.organizations == ("EU",)


def test_the_countries_of_an_occasion_named_in_the_lead_are_not_the_meetings():
    text = ("On May 26, 2024, on the sidelines of the ROK-Japan-China Trilateral Summit in Seoul, Foreign Minister "
            "Cho Tae-yul of the Republic of Korea met Foreign Minister Yoko Kamikawa of Japan. The two ministers "
            "agreed to cooperate closely.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("JPN", "KOR")
    assert [s.agents for s in meeting.statements] == [("JPN", "KOR")]


def test_a_meeting_a_statement_is_about_is_no_meeting_of_the_document():
    text = ("On October 5, 2025, Foreign Minister Cho Hyun held talks with Foreign Minister Takeshi Iwaya of Japan in "
            "Seoul. The two ministers welcomed that President Lee Jae-myung met Prime Minister Shigeru Ishiba in "
            "August and agreed to continue shuttle diplomacy. Minister Cho stated that the ROK attaches importance "
            "to the relationship.")
    meeting, = extract(text).meetings
    assert [(s.agents, s.stance) for s in meeting.statements] == [
        (("JPN", "KOR"), "welcome"), (("JPN", "KOR"), "decide"), (("KOR",), "explain")]


def test_a_photo_caption_is_no_lead():
    page = ("<html><body><main><h1>Cho, Blinken discuss North Korea</h1><figure><img src='x.jpg'><figcaption>"
            "Foreign Minister Cho Tae-yul held talks with Secretary of State Antony Blinken in Washington on May 28, "
            "2024. (Yonhap)</figcaption></figure><p>SEOUL, June 20 (Yonhap) -- South Korean Foreign Minister Cho "
            "Tae-yul held phone talks with U.S. Secretary of State Antony Blinken on Thursday, the foreign ministry "
            "said.</p><p>The two discussed North Korea.</p></main></body></html>")
    meeting, = extract(page, published="2024-06-20").meetings
    assert (meeting.date, meeting.format) == ("2024-06-20", "telephone")


def test_a_counterpart_does_not_take_the_country_of_the_subjects_title():
    """'EAM held talks with X': India is the subject's side; X, after the verb, is not India's."""
    meeting, = extract("On 15 March 2024, EAM held talks with Prime Cabinet Secretary Musalia Mudavadi in "
                       "Nairobi.").meetings
    assert meeting.countries == ("IND", "KEN")
    # 'EAM' is India's External Affairs Minister of the day (tests/test_office_holders.py); Kenya's
    # Prime Cabinet Secretary is Kenya's (titles.yaml default_country), not India's.
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Jaishankar", "IND"), ("Mudavadi", "KEN")]


@pytest.mark.parametrize("noun", ["Japan-U.S.-ROK Foreign Ministers' Telephone Talk", "Japan-U.S. Summit Telephone Talk",
                                  "U.K.-Japan Foreign Ministers’ Video Conference"])
def test_a_meeting_name_with_abbreviations_after_held_is_a_meeting(noun):
    text = (f"On November 29, 2017, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a {noun} with the "
            "Honorable Rex W. Tillerson, Secretary of State of the United States of America.")
    meeting, = extract(text).meetings
    assert {"JPN", "USA"} <= set(meeting.countries) and meeting.date == "2017-11-29"
    assert {p.family_name for p in meeting.participants} == {"Kono", "Tillerson"}


def test_held_firm_does_not_run_on_into_the_next_sentence():
    from readout.header import PATTERNS
    text = "The minister held firm. The talks were useful."
    assert not any(m.group().startswith("held") for m in PATTERNS["triggers"].finditer(text))


SEPARATE = ("Tokyo, May 8 (Jiji Press)--Foreign Minister Aiko Mori held separate telephone talks with Canadian Foreign "
            "Minister Paul Roy and German Foreign Minister Eva Brandt on Thursday, her first since taking office.\n\n"
            "In the talks with Roy, which began at 9 a.m. and lasted about 25 minutes, Mori called for closer "
            "cooperation on energy.\n\nMori and Brandt, who spoke for about 15 minutes in the evening, agreed to meet "
            "in person soon.")


def test_separate_talks_with_two_counterparts_are_two_meetings_each_with_its_own_details():
    first, second = extract(SEPARATE, published="2025-05-08").meetings
    assert (first.countries, first.start_time, first.duration_minutes) == (("CAN", "JPN"), "09:00", 25)
    assert (second.countries, second.start_time, second.duration_minutes) == (("DEU", "JPN"), None, 15)
    assert [p.family_name for p in first.participants] == ["Mori", "Roy"]
    assert [p.family_name for p in second.participants] == ["Mori", "Brandt"]
    assert first.date == second.date == "2025-05-08" and first.format == second.format == "telephone"
    assert [s.text.split(",")[0] for s in second.statements] == ["Mori and Brandt"]


def test_talks_with_two_counterparts_not_said_to_be_separate_are_one_meeting():
    # (told together afterwards; told apart, each in a sentence of its own, they are two: see
    # tests/test_rules_round26.py)
    text = SEPARATE.replace("separate ", "").replace("In the talks with Roy,", "In the talks with Roy and Brandt,")
    meeting, = extract(text, published="2025-05-08").meetings
    assert meeting.countries == ("CAN", "DEU", "JPN")


@pytest.mark.parametrize("sent", ["conveyed the warm greetings of Prime Minister Shri Arun Rao",
                                  "delivered a message from President Arun Rao",
                                  "expressed congratulations on behalf of President Arun Rao"])
def test_someone_whose_greetings_are_brought_is_not_at_the_meeting(sent):
    text = (f"On 27 March 2024, Foreign Minister Maya Sen of India called on Prime Minister Lim Wei of Malaysia "
            f"in Putrajaya and {sent}.")
    meeting, = extract(text).meetings
    assert [p.family_name for p in meeting.participants] == ["Sen", "Lim"]


def test_two_parties_of_a_trilateral_meeting_that_met_separately_are_a_meeting_of_their_own():
    text = ("Tokyo, March 22, 2025 -- Japanese Foreign Minister Aiko Mori hosted Chinese Foreign Minister Wang Yi and "
            "South Korean Foreign Minister Cho Tae-yul in Tokyo for a trilateral foreign ministers' meeting.\n\n"
            "The ministers agreed to hold a leaders' summit.\n\nAhead of the three-way meeting, Foreign Minister Mori "
            "held separate talks with Foreign Minister Wang Yi, during which she urged the release of detained "
            "nationals.")
    trilateral, pair = extract(text).meetings
    assert trilateral.countries == ("CHN", "JPN", "KOR")
    assert pair.countries == ("CHN", "JPN") and pair.date == "2025-03-22"
    assert sorted(p.family_name for p in pair.participants) == ["Mori", "Wang"]


def test_an_adviser_who_met_the_same_counterpart_separately_after_the_leaders_had_a_meeting_of_his_own():
    record = extract("President Ann Cole met today in Washington with Prime Minister Rui Lopes of Portugal to reaffirm "
                     "the importance of the relationship. The two discussed energy. National Security Advisor Jake Sullivan "
                     "also met separately with Prime Minister Lopes.", url="https://www.whitehouse.gov/briefing-room/x/",
                     published="2022-01-27")  # (Sullivan: of the U.S. then, the gazetteer says)
    leaders, adviser = record.meetings
    assert [p.family_name for p in leaders.participants] == ["Cole", "Lopes"]
    assert [p.family_name for p in adviser.participants] == ["Sullivan", "Lopes"]
    assert (adviser.countries, adviser.date) == (("PRT", "USA"), "2022-01-27")


def test_a_sentence_naming_well_known_office_holders_of_two_countries_without_titles_is_a_lead():
    text = ("Japan's Fumio Kishida hosted China's Li Qiang and South Korea's Yoon Suk Yeol in Tokyo on "
            "Sunday, 26 May 2024, for their first trilateral summit in years.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("CHN", "JPN", "KOR")


def test_a_counterparts_misspelt_name_in_a_later_sentence_is_no_new_meeting():
    text = ("Foreign Minister Aiko Mori held a strategic dialogue with Indian External Affairs Minister Jaishankar in "
            "Tokyo on 7 March 2024.\n\nForeign Minister Mori met with Indian Foreign Minister Jaishanker for about an "
            "hour.")
    meeting, = extract(text).meetings
    assert sorted(p.family_name for p in meeting.participants) == ["Jaishankar", "Mori"]


def test_spoke_by_telephone_on_a_date_with_is_a_call():
    text = ("Jean Martin, Minister for Europe and Foreign Affairs, spoke by telephone on 8 May 2025 with Mohammad Ishaq "
            "Dar, Deputy Prime Minister and Minister of Foreign Affairs of Pakistan.")
    meeting, = extract(text).meetings
    assert (meeting.format, meeting.date, meeting.countries) == ("telephone", "2025-05-08", ("FRA", "PAK"))


def test_i_on_a_ministers_own_page_is_the_minister_its_masthead_names():
    text = ("Meeting with Indonesian Foreign Minister Sugiono | Australian Minister for Foreign Affairs\n"
            "Minister for Foreign Affairs\nSenator the Hon Penny Wong\nMedia release\n28 November 2024\n\n"
            "Today I met Indonesia’s Minister for Foreign Affairs, Sugiono, in Jakarta.\n\n"
            "I welcomed Indonesia’s strong interest in deepening our defence cooperation.")
    record = extract(text)
    meeting, = record.meetings
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Wong", "AUS"), ("Sugiono", "IDN")]
    assert [(s.agents, s.stance) for s in meeting.statements] == [(("AUS",), "welcome")]
    assert any("'I' in the lead is Penny Wong" in w for w in record.warnings)


def test_i_without_a_masthead_name_stays_unresolved():
    text = "Media release\n28 November 2024\n\nToday I met Indonesia’s Minister for Foreign Affairs, Sugiono, in Jakarta."
    meeting, = extract(text).meetings
    assert [p.family_name for p in meeting.participants] == ["Sugiono"]


def test_two_ministers_who_spoke_by_phone_with_no_object_is_a_call_of_their_two_countries():
    text = ("TOKYO, Nov 13 (Reuters) - Japanese Foreign Minister Aiko Mori and his Ukrainian counterpart Andrii Sybiha "
            "spoke by phone for about 30 minutes on Wednesday and shared grave concern over the deployment of North "
            "Korean troops to fight alongside Russian forces, Japan's foreign ministry said.")
    meeting, = extract(text, published="2024-11-13").meetings
    assert (meeting.countries, meeting.format, meeting.duration_minutes, meeting.date) == (
        ("JPN", "UKR"), "telephone", 30, "2024-11-13")


def test_someone_in_a_who_clause_after_the_counterpart_is_not_a_principal():
    text = ("On March 19, 2019, Mr. Shinzo Abe, Prime Minister of Japan, received a courtesy call from H.E. Mr. Pham Binh "
            "Minh, Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam, who is visiting Japan to co-chair "
            "the Cooperation Committee with Mr. Taro Kono, Minister for Foreign Affairs.")
    meeting, = extract(text).meetings
    principals = [(p.family_name, p.country) for p in meeting.participants if p.role == "principal"]
    assert principals == [("Abe", "JPN"), ("Pham", "VNM")] and meeting.host_country == "JPN"


def test_leaders_named_in_what_two_ministers_agreed_on_are_not_at_their_meeting():
    text = ("TOKYO — Japanese Foreign Minister Fumio Kishida and his South Korean counterpart Yun Byung Se agreed Sunday, "
            "June 21, 2015, to accelerate efforts toward holding the first formal summit between Prime Minister Shinzo "
            "Abe and President Park Geun Hye.")
    meeting, = extract(text).meetings
    assert [p.family_name for p in meeting.participants] == ["Kishida", "Yun"]


def test_visiting_a_town_the_gazetteer_does_not_know_then_its_country_hosts():
    text = ("On June 16, 2025, Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting Kananaskis, Canada, to attend "
            "the G7 Summit, held informal talks with the Right Honourable Mark Carney, Prime Minister of Canada.")
    meeting, = extract(text).meetings
    assert (meeting.countries, meeting.host_country) == (("CAN", "JPN"), "CAN")


def test_md_before_a_name_does_not_end_the_sentence():
    text = ("Riyadh, November 22, 2024 -- Minister of Foreign Affairs Prince Faisal bin Farhan received a phone call today "
            "from Adviser for Foreign Affairs of Bangladesh Md. Touhid Hossain.")
    meeting, = extract(text).meetings
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Faisal", "SAU"), ("Hossain", "BGD")]


def test_a_gathering_named_after_its_city_is_where_the_meeting_took_place():
    text = ("07 December 2024\n\nHE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani "
            "of Qatar met with HE Minister of Foreign Affairs of Ukraine Andrii Sybiha, on the sidelines of the Doha "
            "Forum 2024.")
    meeting, = extract(text).meetings
    assert (meeting.location.city, meeting.host_country) == ("Doha", "QAT")


def test_a_restated_lead_gives_the_meetings_time_and_length():
    text = ("SEOUL, Dec. 18, 2023 (Yonhap) -- South Korea, the United States and Japan held a trilateral phone call "
            "Monday to discuss North Korea's launch.\n\nForeign Minister Park Jin held the call with U.S. Secretary of "
            "State Antony Blinken and Japanese Foreign Minister Yoko Kamikawa for around 20 minutes starting at 8:30 "
            "p.m., according to Seoul's Foreign Ministry.")
    meeting = extract(text).meetings[0]
    assert (meeting.start_time, meeting.duration_minutes, meeting.format) == ("20:30", 20, "telephone")


@pytest.mark.parametrize("sentence, minutes", [
    ("The summit at the presidential office in Seoul's Yongsan district began shortly after 4 p.m. and lasted about "
     "one hour and 50 minutes.", 110),
    ("The two leaders met at the Istana for about two hours, including a four-eyed session.", 120),
])
def test_the_meetings_length_said_further_down_with_a_longer_subject(sentence, minutes):
    text = ("SINGAPORE – Prime Minister Lawrence Wong and Indonesian President Prabowo Subianto held their first Leaders' "
            f"Retreat on March 3, 2025.\n\nThe ministers signed six agreements. {sentence}")
    assert extract(text).meetings[0].duration_minutes == minutes


def test_initials_without_stops_in_a_name_are_not_its_family_name():
    meeting, = extract("Foreign Minister Retno LP Marsudi met with United States Secretary of State Antony Blinken in "
                       "Jakarta on July 13, 2023.").meetings
    assert [p.family_name for p in meeting.participants] == ["Marsudi", "Blinken"]


def test_a_visitor_who_is_an_international_officials_counterpart_keeps_their_own_side():
    text = ("On March 17, 2024, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting New York to "
            "preside over the Security Council meeting, held a meeting with H.E. Mr. António Guterres, "
            "Secretary-General of the United Nations.")
    meeting, = extract(text).meetings
    assert (meeting.countries, meeting.host_country) == (("JPN",), None)
    assert [(p.family_name, p.country, p.organization) for p in meeting.participants] == [
        ("Kamikawa", "JPN", None), ("Guterres", None, "UN")]


def test_the_visitor_of_a_who_was_visiting_clause_is_not_of_the_place_visited():
    text = ("On November 10, 2011, Mr. Koichiro Gemba, Minister for Foreign Affairs, who was visiting Honolulu to attend "
            "the APEC Ministerial Meeting, held a working dinner with the Hon. Kevin Rudd MP, Minister for Foreign "
            "Affairs of Australia.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("AUS", "JPN") and meeting.host_country is None


def test_korean_vice_ministers_and_japanese_names_written_family_first():
    text = ("First Vice Minister of Foreign Affairs Kim Hong-kyun held the ROK-Japan Vice Foreign Ministerial Strategic "
            "Dialogue with Vice-Minister for Foreign Affairs of Japan Okano Masataka in Tokyo on April 18, 2024.")
    meeting, = extract(text).meetings
    assert sorted((p.family_name, p.country) for p in meeting.participants) == [("Kim", "KOR"), ("Okano", "JPN")]


def test_a_two_plus_two_named_at_length_after_held_is_a_meeting_of_four():
    text = ("On July 8, 2024, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, and Mr. KIHARA Minoru, Minister "
            "of Defense of Japan, held the second Japan-Philippines Foreign and Defense Ministerial Meeting (\"2+2\") "
            "with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Republic of the Philippines, and H.E. "
            "Mr. Gilberto C. Teodoro Jr., Secretary of National Defense of the Republic of the Philippines.")
    meeting, = extract(text).meetings
    assert sorted(p.family_name for p in meeting.participants) == ["Kamikawa", "Kihara", "Manalo", "Teodoro"]


def test_when_only_headings_report_the_meeting_the_storys_first_sentence_is_its_lead():
    text = ("PM Luxon meets President Marcos in Manila | Beehive.govt.nz\nRelease\nPM Luxon meets President Marcos in "
            "Manila\nRt Hon Christopher Luxon\nPrime Minister\n20 April 2024\n\nPrime Minister Christopher Luxon and "
            "President Ferdinand Marcos Jr. agreed on Friday to conclude negotiations on a Status of Visiting Forces "
            "Agreement as soon as possible, following an hour-long bilateral meeting at Malacañang Palace.")
    meeting, = extract(text).meetings
    assert (meeting.date, meeting.duration_minutes, meeting.host_country) == ("2024-04-19", 60, "PHL")
    assert meeting.countries == ("NZL", "PHL")


def test_a_first_line_that_runs_on_is_no_heading():
    text = ("President Biden spoke today with President Zelenskyy of\nUkraine about the ongoing work to deliver "
            "assistance.\nPresident Biden and President Macron agreed their teams will stay in close touch.")
    meeting = extract(text, published="2022-02-01").meetings[0]
    assert "UKR" in meeting.countries


def test_an_office_meeting_its_counterpart_of_a_country_is_a_lead():
    text = ("GOV.UK\nPM meeting with the Prime Minister of Poland: 17 January 2025\nThe Prime Minister met his Polish "
            "counterpart in Warsaw today.\nPublished\n17 January 2025\n\nThe Prime Minister met the Prime Minister of "
            "Poland at the Chancellery in Warsaw this afternoon.\n\nSir Keir Starmer thanked Prime Minister Donald Tusk "
            "for Poland's leadership on defence spending.")
    meeting, = extract(text).meetings
    assert (meeting.countries, meeting.host_country, meeting.date) == (("GBR", "POL"), "POL", "2025-01-17")
    assert [p.family_name for p in meeting.participants] == ["Starmer", "Tusk"]


def test_the_body_sentence_that_tells_the_summary_lines_meeting_again_dates_it():
    text = ("GOV.UK\nNews story\nForeign Secretary hosts Jordanian Deputy Prime Minister in London\nForeign Secretary "
            "David Lammy met Jordan's Deputy Prime Minister Ayman Safadi in London.\nFrom:\nForeign, Commonwealth & "
            "Development Office\nPublished\n16 October 2024\nForeign Secretary David Lammy hosted Jordan's Deputy Prime "
            "Minister Ayman Safadi at the Foreign, Commonwealth and Development Office yesterday.")
    meeting, = extract(text).meetings
    assert meeting.date == "2024-10-15"


@pytest.mark.parametrize("sentence, occasion", [
    ("met on the sidelines of the U.N. General Assembly in New York.", "U.N. General Assembly in New York"),
    ("met on the sidelines of the Asia-Pacific Economic Cooperation forum in Lima.", "Asia-Pacific Economic Cooperation"),
    ("met on the margins of the G20 Summit in Rome and discussed trade.", "G20 Summit in Rome"),
    ("met on the sidelines of the Raisina Dialogue in the Indian capital.", "Raisina Dialogue"),
])
def test_an_occasions_name_ends_with_its_own_words(sentence, occasion):
    m = _meeting("Prime Minister Ann Cole of Portugal and Chancellor Tom Reyes of Austria " + sentence,
                 published="2031-09-21")
    assert m.occasion == occasion


def test_a_later_sentence_that_tells_the_meeting_gives_its_occasion_and_a_city_named_after_its_kind():
    m = _meeting("Prime Minister Ravi Kumar of India and Chinese President Li Ming today held constructive talks and "
                 "agreed that more needs to be done.\n\nThe two leaders met for over an hour on the sidelines of the "
                 "BRICS Summit in the Chinese coastal city of Xiamen.\n\nKumar raised terrorism.", published="2031-09-05")
    assert (m.occasion, m.location.city, m.host_country) == ("BRICS Summit", "Xiamen", "CHN")


@pytest.mark.parametrize("place, city, country", [
    ("in Pyongyang", "Pyongyang", "PRK"), ("in Nay Pyi Taw", "Nay Pyi Taw", "MMR"),
    ("in Sharm el-Sheikh", "Sharm el-Sheikh", "EGY"), ("in Sofia", "Sofia", "BGR"), ("in Taipei", "Taipei", "TWN"),
])
def test_capitals_and_summit_towns_the_gazetteer_knows(place, city, country):
    m = _meeting(f"Russian President Ivan Petrov and Foreign Minister Ana Ruiz of Portugal met {place} on Monday.",
                 published="2031-06-19")
    assert (m.location.city, m.location.country) == (city, country)


def test_an_event_at_home_a_later_sentence_names_makes_no_meeting_among_nations():
    record = extract("On Tuesday, Ann Cole, National Economic Advisor, met with county elected officials to discuss "
                     "investment. The meeting was held during the National Association of Counties Legislative "
                     "Conference with participation from private sector executives.",
                     url="https://www.whitehouse.gov/briefing-room/x/", published="2031-02-13")
    assert not record.document.is_readout and not record.meetings


def test_on_the_occasion_of_a_visit_to_a_city_hosts():
    text = ("1. Minister of Foreign Affairs Cho Tae-yul, on the occasion of his visit to Rio de Janeiro to attend the G20 "
            "Foreign Ministers' Meeting, held a meeting with Minister of Foreign Affairs of Brazil Mauro Vieira on "
            "February 22, 2024.")
    meeting, = extract(text).meetings
    assert (meeting.countries, meeting.host_country) == (("BRA", "KOR"), "BRA")


def test_the_city_a_visitor_is_welcomed_to_is_the_meetings_place():
    text = ("February 7, 2025\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today welcomed Juan Ramón de la "
            "Fuente, Secretary of Foreign Affairs of Mexico, to Ottawa.")
    meeting, = extract(text).meetings
    assert (meeting.location.city, meeting.host_country) == ("Ottawa", "CAN")


VISIT_PAGE = ("Visit to Japan by H.E. Mr. Jonas Petras, Minister of Foreign Affairs of the Republic of Lithuania\n"
              "June 20, 2024\nH.E. Mr. Jonas PETRAS, Minister of Foreign Affairs of the Republic of Lithuania, is "
              "visiting Japan from June 18 to 21. The overview of his meetings is as follows.\n\n"
              "1. Japan-Lithuania Foreign Ministers' Meeting\nOn June 19, commencing at 11:50 a.m. for approximately 90 "
              "minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a Japan-Lithuania Foreign "
              "Ministers' Meeting with Minister Petras.\n" + "(1) The two ministers confirmed the importance of "
              "cooperation on economic security and concurred to promote cooperation in high-tech fields. " * 12 +
              "\n2. Courtesy Call on Prime Minister Kishida\nOn June 20, from 5:15 p.m. for about 15 minutes, Minister "
              "Petras paid a courtesy call on Mr. KISHIDA Fumio, Prime Minister of Japan.\n(1) The two sides shared the "
              "view to work closely together toward the success of the NATO Summit in Washington, D.C. in July.")


def test_a_visit_page_with_two_meetings_far_apart():
    first, second = extract(VISIT_PAGE).meetings
    assert (first.date, first.host_country) == ("2024-06-19", "JPN")
    assert (second.date, second.start_time, second.duration_minutes, second.host_country) == ("2024-06-20", "17:15", 15,
                                                                                            "JPN")
    assert [(p.family_name, p.country) for p in second.participants] == [("Petras", "LTU"), ("Kishida", "JPN")]
    assert second.location is None  # 'the success of the NATO Summit in Washington' is no meeting place


def test_sat_down_with_is_a_meeting():
    text = ("VIENTIANE (Reuters) - U.S. Secretary of State Antony Blinken sat down with Chinese Foreign Minister Wang Yi "
            "on Friday, July 26, 2024, on the sidelines of the ASEAN meetings.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("CHN", "USA")


def test_a_news_sentence_below_a_long_menu_is_still_the_lead():
    menu = "\n".join(["Home", "News", "Bangladesh", "Diplomacy", "Opinion", "Business", "Sports"] * 12)
    text = (menu + "\n\nMon Aug 25, 2025\n\nForeign Affairs Adviser Md Touhid Hossain of Bangladesh and Pakistan's "
            "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar led their respective sides at the meeting, "
            "held at state guesthouse Padma in Dhaka.")
    meeting, = extract(text).meetings
    assert meeting.countries == ("BGD", "PAK")


def test_a_feature_story_lead_dated_by_the_short_paragraph_before_and_a_chain_is_no_place():
    text = ("Jan 08, 2025, 05:00 AM\n\nPUTRAJAYA – When the zone was first mooted a year ago, businesses wanted to know "
            "one thing.\n\nThat question got a firmer answer yesterday.\n\nPrime Minister Lawrence Wong and Malaysian "
            "Prime Minister Anwar Ibrahim witnessed the signing of the agreement at the 11th Singapore-Malaysia "
            "Leaders' Retreat.\n\nSpeaking at a joint press conference after their meeting at the Perdana Putra, Mr Wong "
            "said the zone would bring investments.")
    meeting, = extract(text).meetings
    assert (meeting.date, meeting.host_country) == ("2025-01-07", "MYS")
    assert meeting.location is None or meeting.location.city != "Singapore"


def test_a_quad_video_conference_with_its_nickname_in_brackets_and_a_list_of_name_title_pairs():
    text = ("March 3, 2022\n\nOn March 3, commencing at 11:00 p.m. for approximately one hour, Mr. KISHIDA Fumio, Prime "
            "Minister of Japan, held a Japan-Australia-India-U.S. (Quad) Leaders’ Video Conference with the Hon. Scott "
            "Morrison MP, Prime Minister of Australia, H.E. Mr. Narendra Modi, Prime Minister of the Republic of India, "
            "and the Honorable Joseph R. Biden, Jr., President of the United States of America.")
    meeting, = extract(text).meetings
    assert (meeting.format, meeting.start_time, meeting.duration_minutes) == ("video", "23:00", 60)
    assert [(p.family_name, p.country) for p in meeting.participants] == [
        ("Kishida", "JPN"), ("Morrison", "AUS"), ("Modi", "IND"), ("Biden", "USA")]


def test_a_clock_time_after_the_verb_does_not_end_the_object_and_an_archive_range_is_no_date_line():
    text = ("Secretary Clinton's Call With Japanese Foreign Minister Matsumoto\nThis is an archive of information "
            "published from January 20, 2009 to January 20, 2013 on the U.S. Department of State website.\n"
            "March 11, 2011\n\nSecretary Clinton spoke by phone at 7:30 a.m. today with Japanese Foreign Minister "
            "Takeaki Matsumoto to convey the deep condolences of the American people.")
    record = extract(text)
    meeting, = record.meetings
    assert (meeting.date, meeting.start_time, meeting.countries) == ("2011-03-11", "07:30", ("JPN", "USA"))
    assert record.document.published == "2011-03-11"


def test_a_quoted_first_person_statement_is_the_office_named_above():
    text = ("Statement by the Taoiseach following his phone call with Prime Minister Keir Starmer\nPublished on 5 July "
            "2024\n\n\"I spoke with Prime Minister Keir Starmer this afternoon to congratulate him on his election "
            "victory.\"")
    record = extract(text)
    meeting, = record.meetings
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Harris", "IRL"), ("Starmer", "GBR")]
    assert meeting.speaker == "IRL"


def test_post_nominal_td_is_no_part_of_a_name():
    from readout.participants import find_people
    assert [p.name for p in find_people("Taoiseach Simon Harris TD spoke with Prime Minister Keir Starmer.")][0] == \
        "Simon Harris"


def test_the_spokesperson_a_readout_is_attributed_to_is_no_principal():
    text = ("July 23, 2021\n\nThe below is attributable to Spokesperson Ned Price: Deputy Secretary of State Wendy R. "
            "Sherman met with Republic of Korea First Vice Foreign Minister Choi Jong Kun in Seoul.")
    meeting, = extract(text).meetings
    assert "Price" not in [p.family_name for p in meeting.participants]


def test_a_counterpart_who_is_a_spokesperson_stays_a_principal():
    text = ("National Security Advisor Jake Sullivan met today, February 20, 2023, with Dr. Ibrahim Kalin, Spokesperson "
            "and Chief Advisor to the President of Türkiye.")
    meeting, = extract(text).meetings
    assert "Kalin" in [p.family_name for p in meeting.participants]


def test_the_same_day_is_the_day_of_the_meeting_told_just_before():
    text = ("GOV.UK\nPublished\n22 February 2024\n\nForeign Secretary Lord Cameron arrived in Rio de Janeiro on "
            "Wednesday for the G20 Foreign Ministers’ Meeting.\n\nOn Wednesday evening the Foreign Secretary held a "
            "bilateral meeting with Brazil’s Foreign Minister, Mauro Vieira.\n\nEarlier the same day, Lord Cameron met "
            "Argentina’s Foreign Minister, Diana Mondino.")
    dates_by_country = {m.countries: m.date for m in extract(text).meetings}
    assert dates_by_country[("BRA", "GBR")] == dates_by_country[("ARG", "GBR")] == "2024-02-21"


def test_a_courtesy_call_on_a_dignitary_named_with_his_excellency():
    text = ("September 25, 2024\nOn 23 September, EAM called on H.E. Mr. Philemon Yang, President of the 79th Session "
            "of the UN General Assembly.")
    meeting, = extract(text).meetings
    assert [p.family_name for p in meeting.participants] == ["Jaishankar", "Yang"]


def test_a_meetings_length_told_after_a_parenthetical_about_the_talks():
    text = ("BANGKOK, Nov. 17, 2022 -- Prime Minister Fumio Kishida and Chinese President Xi Jinping held talks on "
            "Thursday.\n\nThe talks, held at a hotel in Bangkok where the two leaders were attending the Asia-Pacific "
            "Economic Cooperation forum, began at about 5:25 p.m. local time and lasted about 45 minutes.")
    meeting, = extract(text).meetings
    assert (meeting.start_time, meeting.duration_minutes) == ("17:25", 45)


def test_a_page_of_meetings_told_one_by_one_gives_one_meeting_each():
    """'held a series of bilateral meetings …' then 'In her meeting with X, …', 'At her meeting with Y, …':
    one meeting per counterpart, each with the subject; the announcing lead (one side only) is none."""
    text = ("Geneva – Foreign Minister Ana Lindqvist of Sweden held a series of bilateral meetings on the sidelines "
            "of the Human Rights Council on 26 February 2025.\n\n"
            "In her meeting with Foreign Minister Kaja Tamm of Estonia, the two ministers discussed the rights of "
            "Estonian workers in Sweden.\n\n"
            "At her meeting with Chilean Foreign Minister Rafael Ortega, Minister Lindqvist welcomed cooperation on "
            "Antarctic research.\n\n"
            "Meanwhile, in the meeting with Foreign Minister Amara Diallo of Senegal, the ministers exchanged views "
            "on the Sahel.")
    meetings = extract(text, published="2025-02-26").meetings
    assert [m.countries for m in meetings] == [("EST", "SWE"), ("CHL", "SWE"), ("SEN", "SWE")]
    assert all(m.date == "2025-02-26" for m in meetings)
    assert text[slice(*meetings[1].region)].startswith("At her meeting with Chilean")
    # Held where the series was, not where the topic of a meeting is ('workers in Sweden').
    assert [(m.location.city, m.host_country) for m in meetings] == [("Geneva", None)] * 3


def test_meeting_with_inside_a_sentence_tells_no_meeting_of_its_own():
    text = ("On 3 March 2025, Foreign Minister Ana Lindqvist of Sweden met Foreign Minister Kaja Tamm of Estonia "
            "in Stockholm. Minister Tamm said she looked forward to meeting with Foreign Minister Rafael Ortega "
            "of Chile in Santiago next month.")
    meetings = extract(text).meetings
    assert [m.countries for m in meetings] == [("EST", "SWE")]


def test_a_turkish_dotted_capital_above_the_lead_does_not_shift_it():
    """'TÜRKİYE' lower-cases to one character more ('i' + a combining dot): the trigger scan must
    still find the verbs of the lines below it."""
    text = ("REPUBLIC OF TÜRKİYE MINISTRY OF FOREIGN AFFAIRS\n\n"
            "Minister of Foreign Affairs Hakan Fidan had a phone call with Foreign Minister Retno Marsudi of "
            "Indonesia on 4 February 2024.")
    meeting, = extract(text).meetings
    assert (meeting.format, meeting.countries, meeting.date) == ("telephone", ("IDN", "TUR"), "2024-02-04")


def test_convened_a_call_with_leaders_reports_it():
    text = ("Today, President Maria Harlan convened a secure video call with Prime Minister Lea Moreau of France and "
            "Chancellor Jonas Weber of Germany to discuss energy security.")
    meeting, = extract(text, published="2024-02-01", publisher="The White House").meetings
    assert (meeting.format, meeting.countries) == ("video", ("DEU", "FRA", "USA"))


def test_convened_a_domestic_call_reports_no_meeting():
    text = ("This afternoon, President Maria Harlan convened a call with Secretary of Energy Dana Cole and the "
            "chief executives of two utilities to discuss the storm.")
    assert extract(text, published="2024-02-01", publisher="The White House").meetings == ()


def test_who_is_visiting_the_country_makes_the_other_side_the_host():
    text = ("Foreign Minister Kaja Tamm of Estonia met with Foreign Minister Rafael Ortega of Chile, who is currently "
            "visiting the country, on 3 March 2025.")
    meeting, = extract(text).meetings
    assert meeting.host_country == "EST"
    # Not when the clause follows someone else than a principal: the visitor is then unknown.
    text = ("Foreign Minister Kaja Tamm of Estonia met with the trade delegation of Chile, which is visiting the "
            "country, on 3 March 2025.")
    assert extract(text).meetings[0].host_country is None


def test_ha_noi_is_a_city_of_viet_nam():
    text = ("At 2:30 p.m. on 30 January 2024, in Ha Noi, Minister of Foreign Affairs Bui Thanh Son held talks with "
            "Secretary of Foreign Affairs of the Philippines Enrique Manalo.")
    meeting, = extract(text).meetings
    assert (meeting.location.city, meeting.host_country) == ("Ha Noi", "VNM")


def test_a_country_in_the_occasion_after_the_verb_is_no_side():
    text = ("BUSAN - Foreign Minister Aiko Mori of Japan and her Chinese counterpart Wang Yi agreed Sunday to seek "
            "a solution, as the two held talks on the sidelines of a trilateral gathering with South Korea.")
    meeting, = extract(text, published="2023-11-26").meetings
    assert meeting.countries == ("CHN", "JPN")


def test_where_the_lead_says_they_met_beats_the_stories_dateline():
    text = ('NEW DELHI, July 4 (Reuters) - India\'s Foreign Minister Subrahmanyam Jaishankar and his Chinese '
            'counterpart Wang Yi agreed on Thursday to "redouble" efforts on the border, Jaishankar said after they '
            'met in Kazakhstan.')
    meeting, = extract(text, published="2024-07-04").meetings
    assert (meeting.location.country, meeting.host_country) == ("KAZ", None)


def test_a_head_of_state_named_in_a_fronted_frame_is_not_at_the_meeting():
    text = ("At 2:30 p.m. on 30 January 2024, in Ha Noi, within the framework of the State Visit to Viet Nam by "
            "President of the Philippines Ferdinand Marcos Jr., Minister of Foreign Affairs Bui Thanh Son held talks "
            "with Secretary of Foreign Affairs of the Philippines Enrique Manalo.")
    meeting, = extract(text).meetings
    assert [p.family_name for p in meeting.participants] == ["Bui", "Manalo"]


@pytest.mark.parametrize("place, city, host", [
    ("at the Presidential Office in Yongsan, Seoul", "Seoul", "KOR"),
    ("on the margins of the G7 Leaders' Summit in Kananaskis", "Kananaskis", None),
])
def test_a_known_city_after_a_district_or_a_summit_town(place, city, host):
    text = (f"President Yoon Suk Yeol on the 9th received a courtesy call from U.S. Secretary of State Antony "
            f"Blinken {place}.")
    meeting, = extract(text, published="2023-11-09").meetings
    assert meeting.location.city == city and meeting.host_country == host


def test_a_country_before_a_city_is_no_district():
    text = ("Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, have held talks on the "
            "sidelines of the APEC meeting in Peru, Seoul's foreign ministry said Friday.")
    meeting, = extract(text, published="2024-11-15").meetings
    assert meeting.location.country == "PER" and meeting.host_country is None


def test_two_meeting_verbs_with_a_counterpart_each_are_two_meetings():
    text = ("On Tuesday, Minister of Foreign Affairs Radosław Sikorski paid a visit to Astana, where he was received "
            "by President of Kazakhstan Kassym-Jomart Tokayev and held talks with Minister of Foreign Affairs of "
            "Kazakhstan Murat Nurtleu.\n\nDuring the meeting with President Tokayev, the sides discussed energy.\n\n"
            "The talks with Minister Nurtleu, which lasted an hour and a half, focused on the economy.")
    meetings = extract(text, published="2024-10-15").meetings
    assert [[p.family_name for p in m.participants] for m in meetings] == [["Sikorski", "Tokayev"],
                                                                          ["Sikorski", "Nurtleu"]]
    assert [m.duration_minutes for m in meetings] == [None, 90]


def test_a_news_lead_with_an_organisations_official_and_a_deadline_before_the_call():
    """The official of an organisation is the other side of a news lead; 'to July 9' is a deadline,
    'on Sunday' the day of the call."""
    text = ("Trump delays EU tariffs after call with von der Leyen\n\n"
            "U.S. President Donald Trump said he would push back his threatened tariff on European Union goods to "
            "July 9 after a phone call with European Commission President Ursula von der Leyen on Sunday.")
    record = extract(text, published="2025-05-25")  # a Sunday
    meeting, = record.meetings
    assert (meeting.format, meeting.date, meeting.countries, meeting.organizations) == \
        ("telephone", "2025-05-25", ("USA",), ("EU",))


def test_the_year_of_a_date_from_the_pages_breadcrumb_path():
    text = ("Newsroom / Press Statements, Transcripts & Photos / 2024 / 03\n\n"
            "Minister for Foreign Affairs Dr Vivian Balakrishnan met External Affairs Minister of the Republic of "
            "India Dr Subrahmanyam Jaishankar on 23 March at 12.30pm.")
    meeting, = extract(text).meetings
    assert meeting.date == "2024-03-23"
    # A path whose month is not the date's says nothing of its year.
    assert extract(text.replace("/ 2024 / 03", "/ 2024 / 05")).meetings[0].date is None


def test_a_visitor_named_in_a_frame_after_the_object_is_not_at_the_meeting():
    text = ("Ministerio de Relaciones Exteriores, Comercio Internacional y Culto\n\n"
            "Foreign Minister Santiago Cafiero held a bilateral meeting this Sunday in Beijing with State Councilor "
            "and Minister of Foreign Affairs of the People's Republic of China, Wang Yi, within the framework of the "
            "official visit of President Alberto Fernández to China.")
    meeting, = extract(text, published="2022-02-06").meetings
    # The masthead names the publisher, whose country the unplaced foreign minister is of.
    assert [(p.family_name, p.country) for p in meeting.participants] == [("Cafiero", "ARG"), ("Wang", "CHN")]


def test_the_kind_of_call_told_in_the_sentence_after_a_news_lead():
    text = ("SEOUL, Jan. 7 (Yonhap) -- Foreign Minister Yun Byung-se and U.S. Secretary of State John Kerry agreed "
            "Thursday to push for strong sanctions, Seoul's foreign ministry said.\n"
            "In a 20-minute phone conversation that began at 8:30 a.m., the two sides condemned the test.")
    meeting, = extract(text, published="2016-01-07").meetings
    assert (meeting.format, meeting.host_country, meeting.duration_minutes) == ("telephone", None, 20)


def test_separate_calls_listed_after_a_colon():
    text = ("Vice President Maria Harlan today had five separate calls with European leaders.\n\n"
            "The Vice President spoke individually with: Prime Minister Kaja Kallas of Estonia; Prime Minister "
            "Krisjanis Karins of Latvia; and Prime Minister Nicolae Ciuca of Romania.\n\n"
            "Throughout each of the calls, the Vice President underscored the strength of the Alliance.")
    meetings = extract(text, published="2022-03-01", publisher="The White House").meetings
    assert [m.countries for m in meetings] == [("EST", "USA"), ("LVA", "USA"), ("ROU", "USA")]
    assert all(m.format == "telephone" and m.statements for m in meetings)


def test_she_and_a_named_colleague_met_names_her_too():
    text = ("Homeland Security Advisor Dr. Liz Sherwood-Randall traveled to Mexico City. On June 10, she and U.S. "
            "Ambassador to Mexico Ken Salazar met with President Andrés Manuel López Obrador.")
    meeting, = extract(text, published="2024-06-12").meetings
    # (the ambassador beside her attends: see test_an_ambassador_beside_an_official_of_the_same_side_attends…)
    assert [(p.family_name, p.country, p.role) for p in meeting.participants] == [
        ("Sherwood-Randall", "USA", "principal"), ("López Obrador", "MEX", "principal"), ("Salazar", "USA", "attendee")]


def test_a_second_verb_after_and_was():
    text = ("Czech Minister of Foreign Affairs Jan Lipavský today paid a working visit to Azerbaijan, where he held "
            "talks with his Azerbaijani counterpart Jeyhun Bayramov and was received by President of Azerbaijan Ilham "
            "Aliyev.")
    meetings = extract(text, published="2023-06-07").meetings
    assert [[p.family_name for p in m.participants] for m in meetings] == [["Lipavský", "Bayramov"],
                                                                          ["Lipavský", "Aliyev"]]


def test_co_chaired_by_two_countries_reports_a_meeting_a_domestic_chair_does_not():
    text = ("External Affairs Minister Dr. S. Jaishankar and Foreign Minister of the Republic of Korea H.E. Mr. Cho "
            "Tae-yul co-chaired the 10th India-Republic of Korea Joint Commission Meeting in Seoul on 6 March 2024.")
    meeting, = extract(text).meetings
    assert (meeting.countries, meeting.host_country) == (("IND", "KOR"), "KOR")
    domestic = "Prime Minister Maria Harlan of Spain chaired the meeting of the Council of Ministers on 6 March 2024."
    assert extract(domestic).meetings == ()


@pytest.mark.parametrize("head, date", [
    ("Ministero degli Affari Esteri e della Cooperazione Internazionale\n\nDate: 07/10/2021\n\n", "2021-10-07"),
    ("Ministério das Relações Exteriores\n\nPublicado em 11/07/2024 19h12\n\n", "2024-07-11"),
    ("Readout\n\nDate: 07/10/2021\n\n", "2021-07-10"),  # nothing says the site writes the day first
])
def test_a_numeric_date_line_of_a_day_first_site(head, date):
    text = head + "Foreign Minister Luigi Di Maio met Foreign Minister Faisal bin Farhan of Saudi Arabia today."
    assert extract(text).meetings[0].date == date


def test_yesterday_after_a_day_first_agency_dateline():
    text = ("ABU DHABI, 6th November, 2019 (WAM) -- Dr. Anwar Gargash, Minister of State for Foreign Affairs of the "
            "UAE, received V. Muraleedharan, Minister of State for External Affairs of India, in Abu Dhabi yesterday.")
    assert extract(text).meetings[0].date == "2019-11-05"


def test_a_publication_stamp_at_the_foot_of_a_page_dates_it():
    text = ("Home > Media > Press Releases\n\n"
            "Foreign Minister Zambry Abd Kadir received Foreign Minister Park Jin of the Republic of Korea today.\n\n"
            "Ministry of Foreign Affairs\nPutrajaya\n\nLast Updated : 16 Oct 2023\n\nCopyright 2023")
    assert extract(text).meetings[0].date == "2023-10-16"


@pytest.mark.parametrize("verb, found", [
    ("traveled to New Delhi, India today to meet with", True),
    ("will travel to New Delhi next week to meet with", False),  # a plan
])
def test_travelled_to_meet_with_someone_named_reports_a_meeting(verb, found):
    text = (f"National Security Advisor Jake Sullivan {verb} Indian National Security Advisor Ajit Doval. "
            "The two National Security Advisors reviewed progress.")
    meetings = extract(text, published="2024-06-17", publisher="The White House").meetings
    assert bool(meetings and meetings[0].countries == ("IND", "USA")) is found
    unnamed = "Dr. Philip Gordon traveled to Guatemala on November 27 to meet with government officials."
    assert extract(unnamed, published="2023-11-28", publisher="The White House").meetings == ()


def test_a_photo_caption_above_a_news_story_is_not_its_lead():
    text = ("ISTANBUL Aug 05, 2022 - 11:58 pm GMT+3\n\n"
            "President Recep Tayyip Erdoğan (L) and Russian President Vladimir Putin shake hands during their meeting "
            "in Sochi, Russia, Aug. 5, 2022. (AA Photo)\n\n"
            "President Recep Tayyip Erdoğan and his Russian counterpart Vladimir Putin agreed on Friday to increase "
            "bilateral trade, following talks in the Black Sea resort city of Sochi that lasted around four hours.")
    meeting, = extract(text).meetings
    assert meeting.region[0] == text.index("President Recep Tayyip Erdoğan and his")
    assert (meeting.duration_minutes, meeting.date) == (240, "2022-08-05")


def test_separate_meetings_read_from_the_sentence_that_opens_on_each():
    text = ("The Minister of Foreign Affairs of Nigeria, Ambassador Yusuf Tuggar, on 20 September 2023 held separate "
            "bilateral meetings with the Minister of Foreign Affairs of Greece, Mr. George Gerapetritis, and the "
            "Minister of Foreign Affairs of Cyprus, Dr. Constantinos Kombos, in New York.\n\n"
            "2. At the meeting with the Greek Foreign Minister, both Ministers reviewed bilateral relations. "
            "Minister Gerapetritis expressed appreciation for the Nigerian Navy.\n\n"
            "3. In his meeting with the Cypriot Foreign Minister, HM Tuggar raised the welfare of Nigerian students. "
            "Dr. Kombos undertook to look into the concerns raised.")
    meetings = extract(text).meetings
    assert [m.countries for m in meetings] == [("GRC", "NGA"), ("CYP", "NGA")]
    assert meetings[0].region[0] == text.index("At the meeting")
    assert meetings[1].region[0] == text.index("In his meeting")
    assert [p.family_name for p in meetings[1].participants] == ["Tuggar", "Kombos"]  # 'HM' is an honorific


def test_news_leads_has_spoken_with_and_talks_between():
    call = ("Prime Minister Anthony Albanese has spoken with US president-elect Donald Trump, describing their "
            "conversation as warm.\n\nThe call took place at about 9:30am and lasted roughly 15 minutes.")
    meeting, = extract(call, published="2024-11-07").meetings
    assert (meeting.countries, meeting.format) == (("AUS", "USA"), "telephone")
    talks = ("MANILA – The agreement was signed shortly before the second two-plus-two security talks between Foreign "
             "Minister Yoko Kamikawa of Japan and Foreign Affairs Secretary Enrique Manalo of the Philippines on Monday.")
    assert extract(talks, published="2024-07-08").meetings[0].countries == ("JPN", "PHL")
    peace = "Minister Hayashi commended Kenya's mediation of the peace talks between the Ethiopian government and the TPLF."
    assert extract(peace, published="2023-05-01").meetings == ()
    planned = ("Planned phone talks between Foreign Minister Cho Tae-yul and his Japanese counterpart Takeshi Iwaya have "
               "been postponed, diplomatic sources said Thursday.")
    assert extract(planned, published="2024-12-05").meetings == ()


def test_a_headline_on_what_the_meeting_agreed_is_no_announcement():
    text = ("Yoon, Biden, Kishida agree to hold trilateral summits annually at Camp David\n\n"
            "CAMP DAVID, Maryland — President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister "
            "Fumio Kishida agreed Friday (local time) to hold trilateral summits every year.")
    record = extract(text, published="2023-08-19")
    assert record.document.is_readout and record.meetings[0].countries == ("JPN", "KOR", "USA")


def test_a_visit_made_above_the_meetings_places_them():
    text = ("Minister for Foreign Affairs Dr Vivian Balakrishnan made an Official Visit to Japan from 6 to 8 March 2023.\n\n"
            "Minister Balakrishnan called on Prime Minister Kishida Fumio on 7 March 2023. They reaffirmed close "
            "relations.")
    meeting, = extract(text).meetings
    assert meeting.host_country == "JPN"


def test_a_spokespersons_briefing_on_the_summit_without_questions_is_its_readout():
    text = ("Briefing by Spokesperson Kang Yu-jung on the Korea-Viet Nam Summit\n\n"
            "President Lee Jae Myung held a summit with To Lam, General Secretary of the Communist Party of Viet Nam, "
            "who is on a state visit to Korea, at the Yongsan Presidential Office today, starting at 10:30 a.m.")
    record = extract(text, published="2025-08-11")
    assert record.document.kind == "readout" and record.meetings[0].start_time == "10:30"


def test_the_leads_own_date_at_the_top_of_a_page_is_its_date():
    text = ("Ministry of Foreign Affairs, Kingdom of Thailand\n\n"
            "On 28 January 2024, at 10.00 hrs., Mr. Parnpree Bahiddha-Nukara, Deputy Prime Minister and Minister of "
            "Foreign Affairs of Thailand, held talks with Mr. Wang Yi, Minister of Foreign Affairs of China, who was on "
            "an official visit to Thailand from 26 to 29 January 2024.")
    assert extract(text).meetings[0].date == "2024-01-28"


def test_section_headings_meeting_with_each_counterpart():
    text = ("President Javier Milei held a series of bilateral meetings this afternoon at the Casa Rosada on 10 December "
            "2023.\n\nMeeting with the President of Ukraine, Volodymyr Zelenskyy\n\n"
            "The President received his Ukrainian counterpart, who is making his first visit to Latin America. The two "
            "leaders discussed a summit.\n\nMeeting with the President of Chile, Gabriel Boric\n\n"
            "The two presidents reviewed bilateral trade.")
    meetings = extract(text).meetings
    assert [m.countries for m in meetings] == [("ARG", "UKR"), ("ARG", "CHL")]
    assert meetings[0].statements  # the heading's meeting runs on through the sentence under it


def test_a_reuters_photo_and_headline_bullets_do_not_hide_the_story():
    text = ("Biden, Xi discuss Taiwan in first talks since California summit\n\n"
            "U.S. President Joe Biden meets with Chinese President Xi Jinping on the sidelines of the APEC summit in "
            "Woodside, California, U.S., November 15, 2023. REUTERS/Kevin Lamarque/File Photo Purchase Licensing Rights\n"
            'Xi says U.S. tech restrictions "not de-risking but creating risks"\n'
            "Yellen, Blinken to visit China in coming weeks\n\n"
            "WASHINGTON, April 2 (Reuters) - U.S. President Joe Biden and Chinese leader Xi Jinping held a phone call "
            "on Tuesday, their first conversation since a November summit.")
    record = extract(text, published="2024-04-02")
    assert record.document.is_readout
    meeting, = record.meetings
    assert (meeting.date, meeting.format, meeting.host_country) == ("2024-04-02", "telephone", None)


def test_our_call_which_lasted_gives_the_length():
    text = ("At 7.30am today I spoke with Japan's Foreign Minister Taro Kono.\n\n"
            "I expressed Australia's solidarity with the people of Japan.\n\n"
            "Our call, which lasted around 20 minutes, also covered preparations for the next consultations.")
    meeting, = extract(text, published="2017-08-29").meetings
    assert (meeting.duration_minutes, meeting.start_time) == (20, "07:30")


def test_the_countries_in_an_events_name_are_no_sides_when_both_are_named():
    text = ("Today, National Security Advisor Jake Sullivan welcomed National Security Adviser Eduardo Año of the "
            "Philippines to the White House on the eve of the first-ever United States-Japan-Philippines Trilateral "
            "Leaders’ Summit.")
    meeting, = extract(text, published="2024-04-10", publisher="The White House").meetings
    assert meeting.countries == ("PHL", "USA")


def test_a_menu_item_above_the_lead_is_not_the_format():
    # 'Telephone conversations' is a section of the site's menu, not how these talks were held.
    m = _meeting("President of Freedonia\nNews\nTrips\nTelephone conversations\n\nFreedonian-Peruvian talks\n\n"
                 "President Lars Berg, who is in Peru on a state visit, held talks in Lima with President of Peru "
                 "Ana Quispe.\n\nMay 27, 2024\n\nThe talks began in a restricted format.")
    assert (m.format, m.host_country) == ("in_person", "PER")


def test_a_visit_told_above_the_meetings_gives_their_host():
    text = ("Visit of the Foreign Minister to Chile (March 3, 2025)\n\n"
            "Foreign Minister Dr. Rajiv Menon of India visited Chile on 3 March 2025, on his way to Brazil.\n\n"
            "2. Minister Menon called on President Carla Soto of Chile and conveyed the greetings of the "
            "Prime Minister of India.\n\n"
            "3. Minister Menon held a meeting with Foreign Minister Pablo Reyes of Chile. The two ministers "
            "reviewed cooperation in mining and renewable energy.")
    record = extract(text)
    assert [m.host_country for m in record.meetings] == ["CHL"] * len(record.meetings) and record.meetings


def test_video_talks_are_a_video_meeting():
    m = _meeting("SEOUL, Nov. 13 (Yonhap) -- National Security Adviser Park Min-su held video talks with his "
                 "Japanese counterpart, Ken Ono, on Thursday to discuss North Korea, the presidential office said.")
    assert (m.format, m.host_country) == ("video", None)


def test_a_later_sentence_about_the_talks_gives_their_day():
    m = _meeting("Ono, Kim hold first phone talks\n\nJune 9, 2025 21:14 JST (Updated)\n\n"
                 "Japan's Prime Minister Ono Ken has held his first phone talks with South Korea's new President "
                 "Kim Min-ho. The two leaders agreed to develop relations in a stable manner.\n\n"
                 "The talks took place for about 25 minutes from around 6:40 p.m. on Saturday.")
    assert (m.date, m.start_time, m.duration_minutes) == ("2025-06-07", "18:40", 25)


def test_the_conference_around_the_meetings_does_not_date_them():
    record = extract("Published Feb 19, 2023\n\nForeign Secretary Ana Cruz met with her counterparts from "
                     "various European countries during the Munich Security Conference.\n\n"
                     "She met ministers from Finland, Belgium and Sweden during the forum.\n\n"
                     "The conference was held from Feb. 17 to 19.\n\nShe met Foreign Minister Pekka Haavisto "
                     "of Finland and discussed defence cooperation.")
    assert all(m.date != "2023-02-17" for m in record.meetings)


def test_a_sentence_can_end_in_d_c():
    # 'in Washington, D.C. The two sides …': the people of the next sentence are no principals.
    record = extract("Deputy National Security Advisor Ana Ruiz met today with Vice Minister of Foreign Affairs "
                     "Li Wen of China in Washington, D.C. The two sides built on the summit between President "
                     "Carter and President Xi in November.", url="https://www.whitehouse.gov/x", published="2024-01-26")
    principals = {(p.family_name, p.country) for p in record.meetings[0].participants if p.role == "principal"}
    assert principals == {("Ruiz", "USA"), ("Li", "CHN")}


def test_met_his_counterparts_from_several_countries_is_a_summary():
    text = ("NEW YORK, 25 September 2022 – Secretary for Foreign Affairs Ana Cruz met with her counterparts from "
            "New Zealand and Canada on the sidelines of the UN General Assembly.\n\n"
            "In her meeting with New Zealand Foreign Minister Nanaia Mahuta on 21 September, Secretary Cruz thanked "
            "New Zealand for its support.\n\n"
            "In her meeting with Canadian Foreign Minister Mélanie Joly on 23 September, Secretary Cruz welcomed "
            "Canada's engagement in the region.")
    record = extract(text, url="https://dfa.gov.ph/x")
    assert [sorted(m.countries) for m in record.meetings] == [["NZL", "PHL"], ["CAN", "PHL"]]


def test_outside_a_city_is_where_they_met():
    m = _meeting("National Security Advisor Ana Ruiz met on August 27-28 with Foreign Minister Wang Yi outside "
                 "Beijing, China. This meeting followed the summit in Woodside, California.",
                 url="https://www.whitehouse.gov/x", published="2024-08-28")
    assert (m.location.city, m.host_country) == ("Beijing", "CHN")


def test_travel_told_above_gives_the_host_and_a_pair_of_countries_is_no_place():
    m = _meeting("National Security Advisor Ana Ruiz traveled to Brasilia, Brazil on Monday, December 5 for "
                 "meetings with the Brazilian government. Ms. Ruiz met with Secretary for Strategic Affairs "
                 "Admiral Flávio Rocha of Brazil to express appreciation for the progress in the U.S.-Brazil "
                 "relationship.", url="https://www.whitehouse.gov/x", published="2022-12-06")
    assert m.host_country == "BRA" and (m.location is None or m.location.country == "BRA")


def test_called_on_a_prime_minister_named_with_a_demonym():
    m = _meeting("Tokyo [Japan], March 8 (ANI): External Affairs Minister Ravi Rao called on Japanese Prime Minister "
                 "Ken Ono in Tokyo today and conveyed warm greetings.")
    assert (sorted(m.countries), m.host_country) == (["IND", "JPN"], "JPN")


def test_two_leaders_who_spoke_briefly_met():
    record = extract("JAKARTA – Amid the standoff, Japanese Prime Minister Ken Ono and Chinese Premier Li Wei spoke briefly on "
                     "Wednesday on the sidelines of the ASEAN Plus Three summit in Jakarta, the government said.",
                     published="2023-09-06")
    assert record.document.is_readout and sorted(record.meetings[0].countries) == ["CHN", "JPN"]


def test_the_next_sentences_phone_talks_outweigh_a_visit_in_the_title():
    m = _meeting("Japan, U.S. top diplomats agree to bolster alliance ahead of Trump visit\n\n"
                 "KYODO NEWS - Oct 22, 2025 - 12:40\n\nJapan's new Foreign Minister Toshimitsu Motegi and U.S. "
                 "Secretary of State Marco Rubio agreed Wednesday to further strengthen the bilateral alliance ahead "
                 "of the President's visit to Japan next week.\n\nIn their first phone talks since Motegi took office, the two "
                 "confirmed close coordination toward a summit in Tokyo.")
    assert (m.format, m.host_country) == ("telephone", None)


def test_a_denied_meeting_is_none():
    record = extract("MOSCOW, January 14. /TASS/. Moscow has not yet received any specific proposals from the team of "
                     "US President-elect Donald Trump regarding contacts, the Russian foreign minister said at a "
                     "news conference.")
    assert not record.meetings and not record.document.is_readout


def test_a_leader_at_a_summit_of_many():
    m = _meeting("Readout of President Carter's Participation in the East Asia Summit\n\nPresident Carter today "
                 "attended the annual East Asia Summit (EAS) in Phnom Penh, Cambodia. President Carter reaffirmed "
                 "the enduring U.S. commitment to the Indo-Pacific.",
                 url="https://www.whitehouse.gov/x", published="2022-11-13")
    assert (m.date, m.format, list(m.countries)) == ("2022-11-13", "in_person", ["USA"])
    assert m.statements and m.statements[0].stance == "confirm"


def test_a_council_joined_by_a_president():
    record = extract("Today, the European Council was joined by President Ana Ruiz of Chile. The leaders discussed "
                     "trade and agreed to meet again.", published="2022-03-24")
    assert record.meetings and record.meetings[0].date == "2022-03-24"


def test_two_verbs_two_meetings_each_on_its_day():
    record = extract("1. First Vice Minister of Foreign Affairs Kim Min-ho, during his visit to Japan from March 11 to "
                     "12, held the ROK-Japan Vice Foreign Ministerial Strategic Dialogue with Vice-Minister for "
                     "Foreign Affairs of Japan Okano Masataka on March 11 (Mon.) in Tokyo, and paid a courtesy call on "
                     "Minister for Foreign Affairs of Japan Kamikawa Yoko on March 12 (Tue.).",
                     url="https://www.mofa.go.kr/eng/x", published="2024-03-12")
    assert [(m.date, sorted(p.family_name for p in m.participants)) for m in record.meetings] == [
        ("2024-03-11", ["Kim", "Okano"]), ("2024-03-12", ["Kamikawa", "Kim"])]


def test_two_meetings_told_in_the_leads_order_take_their_own_times():
    text = ("On November 4, Ms. ONO Ken, Minister for Foreign Affairs of Japan, who is visiting Amman, held a "
            "Japan-Jordan Foreign Ministers' Meeting with H.E. Mr. Ayman Safadi, Minister of Foreign Affairs of "
            "Jordan, and paid a courtesy call on H.E. Dr. Bisher Al-Khasawneh, Prime Minister of Jordan. The "
            "overview is as follows.\n\n1. Japan-Jordan Foreign Ministers' Meeting (from 11:40 a.m. for "
            "approximately 80 minutes)\n(1) Minister Ono explained Japan's position. Minister Safadi explained "
            "Jordan's position.\n\n2. Courtesy call on Prime Minister Al-Khasawneh (from 2:30 p.m. for approximately "
            "30 minutes)\nPrime Minister Al-Khasawneh welcomed Minister Ono's visit.")
    record = extract(text, url="https://www.mofa.go.jp/x", published="2023-11-05")
    assert [(m.start_time, m.duration_minutes, sorted(p.family_name for p in m.participants)) for m in record.meetings] \
        == [("11:40", 80, ["Ono", "Safadi"]), ("14:30", 30, ["Al-Khasawneh", "Ono"])]


def test_who_is_named_after_since_was_not_on_the_call():
    m = _meeting("WASHINGTON/MOSCOW, Feb 15 (Reuters) - U.S. Secretary of State Ana Ruiz spoke by phone with Russian "
                 "Foreign Minister Sergei Lavrov on Saturday, the first known conversation between the two countries' "
                 "top diplomats since President Donald Trump returned to the White House last month.")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Ruiz", "Lavrov"}


def test_earlier_this_week_in_a_series_of_meetings_is_one_of_them():
    text = ("Vientiane (ANTARA) - Indonesian Foreign Minister Sari Dewi held a series of bilateral meetings on the "
            "sidelines of the ASEAN Foreign Ministers' Meeting in Vientiane, Laos, this week.\n\n"
            "Earlier this week, Dewi met with Japanese Foreign Minister Ken Ono, with whom she discussed "
            "infrastructure projects.\n\nOn Thursday, she held a meeting with Chinese Foreign Minister Li Wei, during "
            "which the two ministers discussed the declaration signed earlier this week.")
    record = extract(text, published="2024-07-27")
    assert [sorted(m.countries) for m in record.meetings] == [["IDN", "JPN"], ["CHN", "IDN"]]


def test_israels_office_holders_without_a_country_in_the_text():
    m = _meeting("Mr. Ruiz met with President Herzog, Prime Minister Bennett and Minister of Defense Gantz in "
                 "Jerusalem today.", url="https://www.whitehouse.gov/x", published="2021-12-22")
    assert {(p.family_name, p.country) for p in m.participants} >= {("Herzog", "ISR"), ("Bennett", "ISR")}


def test_who_joins_the_subject_attends():
    m = _meeting("President Ana Ruiz, joined by Vice President Carla Soto, spoke today with President Volodymyr "
                 "Zelenskyy of Ukraine.", url="https://www.whitehouse.gov/x", published="2022-10-04")
    assert {(p.family_name, p.role) for p in m.participants} == {
        ("Ruiz", "principal"), ("Zelenskyy", "principal"), ("Soto", "attendee")}


def test_people_who_announced_what_the_meeting_is_about_are_not_at_it():
    m = _meeting("National Security Advisor Ana Ruiz hosted the inaugural meeting of the Investor Network announced by "
                 "President Joe Biden, Uruguayan President Luis Lacalle Pou, and Canadian Prime Minister Justin "
                 "Trudeau in November 2023.", url="https://www.whitehouse.gov/x", published="2024-07-17")
    assert [p.family_name for p in m.participants] == ["Ruiz"]


def test_the_place_a_guest_is_welcomed_to_comes_before_a_place_in_the_purpose():
    m = _meeting("President Ana Ruiz welcomed President-elect Edmundo Gonzalez Urrutia of Venezuela to the White House "
                 "to discuss shared efforts to restore democracy in Venezuela.",
                 url="https://www.whitehouse.gov/x", published="2025-01-06")
    assert (m.location.city, m.host_country) == ("White House", "USA")


def test_venues_name_their_country():
    m = _meeting("Deputy Secretary of State Ana Ruiz met on Wednesday with Japanese Vice Minister for Foreign Affairs "
                 "Ken Ono at the Department of State.", url="https://www.state.gov/x", published="2025-05-08")
    assert (m.location.country, m.host_country) == ("USA", "USA")
    m = _meeting("Bogor, Indonesia, Jan. 11 (Jiji Press)--Japanese Prime Minister Ken Ono and Indonesian President "
                 "Budi Santoso held talks Saturday.")
    assert m.host_country == "IDN"


def test_where_people_live_is_not_where_they_met():
    m = _meeting("Later in the day, President Ana Cruz of the Philippines held a separate meeting with Canadian Prime "
                 "Minister Mark Carney, where the two leaders discussed the welfare of the Filipinos living in Canada.")
    assert m.host_country is None and (m.location is None or m.location.country != "CAN")


def test_leaders_who_had_the_opportunity_to_engage_met():
    m = _meeting("President Ana Ruiz and President Budi Santoso of Indonesia had the opportunity to engage on the "
                 "sidelines of the G20 in New Delhi, India. President Ruiz congratulated President Santoso.",
                 url="https://www.whitehouse.gov/x", published="2023-09-09")
    assert (list(m.countries), m.format, m.host_country) == (["IDN", "USA"], "in_person", None)


def test_a_counterpart_named_after_a_time_frame_is_met():
    m = _meeting("President Ana Ruiz held a bilateral meeting ahead of a St. Patrick's Day celebration with Taoiseach "
                 "Leo Varadkar of Ireland at the White House.", url="https://www.whitehouse.gov/x",
                 published="2023-03-17")
    assert list(m.countries) == ["IRL", "USA"] and {p.family_name for p in m.participants} == {"Ruiz", "Varadkar"}


def test_who_joins_the_subject_with_a_long_title_attends():
    m = _meeting("Principal Deputy National Security Advisor Ana Ruiz, joined by Acting Assistant Secretary of State "
                 "for Near Eastern Affairs Carla Soto, traveled to Tunis and met today with President Kais Saied of "
                 "Tunisia.", url="https://www.whitehouse.gov/x", published="2021-08-13")
    assert {(p.family_name, p.role) for p in m.participants} == {
        ("Ruiz", "principal"), ("Saied", "principal"), ("Soto", "attendee")}


@pytest.mark.parametrize("text, place", [
    ("Vice President Ana Ruiz today met with Prime Minister Philip Cole of the Commonwealth of The Bahamas in Nassau.",
     ("Nassau", "BHS", "BHS")),
    ("Today, Vice President Ana Ruiz met with President Luis Cruz of the Philippines at the Vice President’s "
     "Residence, building on her "
     "meeting with President Cruz in Manila in November 2022.", ("Vice President’s Residence", "USA", "USA")),
    ("Vice President Ana Ruiz met today with President Ivan Petrenko of Ukraine in Lucerne, Switzerland, on the margins "
     "of the Summit on Peace in Ukraine.", ("Lucerne", "CHE", None)),
])
def test_capitals_and_residences_place_the_meeting(text, place):
    m = _meeting(text, url="https://www.whitehouse.gov/x", published="2023-06-08")
    assert (m.location.city, m.location.country, m.host_country) == place


def test_those_listed_as_joining_a_call_of_many_are_its_parties():
    m = _meeting("President Ana Ruiz hosted a secure conference call today with Allies and partners about the war. "
                 "The leaders discussed their support to Ukraine.\n\nJoining President Ruiz on the call were Prime "
                 "Minister Trudeau of Canada, NATO Secretary General Jens Stoltenberg, President Duda of Poland, and "
                 "Prime Minister Kishida of Japan.", url="https://www.whitehouse.gov/x", published="2022-03-11")
    assert list(m.countries) == ["CAN", "JPN", "POL", "USA"] and list(m.organizations) == ["NATO"]
    assert m.statements[0].agents == ("CAN", "JPN", "POL", "USA")


def test_a_call_with_a_long_gap_before_with():
    m = _meeting("Friday, 13 June 2025\n\nFederal Chancellor Friedrich Merz spoke this afternoon for around 45 minutes "
                 "by telephone with the President of the Republic of Türkiye, Recep Tayyip Erdoğan.")
    assert (list(m.countries), m.format, m.duration_minutes) == (["DEU", "TUR"], "telephone", 45)


def test_jordans_foreign_minister_by_his_own_title():
    m = _meeting("11 April 2024\n\nThe Tánaiste, Micheál Martin TD, today welcomed the Deputy Prime Minister and "
                 "Minister of Foreign and Expatriates Affairs of the Hashemite Kingdom of Jordan, Ayman Safadi, to "
                 "Iveagh House for a working lunch.")
    assert {(p.family_name, p.country) for p in m.participants} == {("Martin", "IRL"), ("Safadi", "JOR")}


def test_meetings_told_in_one_paragraph_take_their_numbered_sections():
    text = ("January 11, 2023\n\nOn January 10, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is "
            "visiting the Argentine Republic, held a Japan-Argentina Foreign Ministers' Meeting with H.E. Mr. Pablo "
            "Cruz, Minister of Foreign Affairs of Argentina, commencing at 10:00 a.m. for approximately 50 minutes. "
            "Subsequently, from 2:30 p.m. for about 30 minutes, Minister Hayashi paid a courtesy call on H.E. Dr. "
            "Luis Soto, President of the Argentine Republic. The overviews are as follows.\n\n"
            "1. Japan-Argentina Foreign Ministers' Meeting\n\n(1) Minister Cruz welcomed the visit.\n\n"
            "2. Courtesy Call on President Soto\n\n(1) President Soto stated that Japan is an important partner.")
    first, second = extract(text).meetings
    assert [s.stance for s in first.statements] == ["welcome"]
    assert [(s.agents, s.stance) for s in second.statements] == [(("ARG",), "explain")]


def test_a_lead_that_dates_each_counterparts_meeting_gives_each_its_own():
    text = ("Outcome of Foreign Minister Cho's Meetings\n\nDate\n2024-07-26\n\nForeign Minister Cho Tae-yul, who is "
            "visiting Vientiane, held a bilateral meeting with Minister of Foreign Affairs of Viet Nam Bui Thanh Son "
            "on July 25 from 3 p.m. for about 40 minutes, and with Minister of Foreign Affairs of the Lao PDR "
            "Saleumxay Kommasith on the morning of July 26. The overview is as follows.\n\n"
            "□ ROK-Viet Nam Foreign Ministers' Meeting\n\no Minister Son thanked the ROK government.\n\n"
            "□ ROK-Lao PDR Foreign Ministers' Meeting\n\no Minister Saleumxay welcomed the visit.")
    viet, lao = extract(text).meetings
    assert (viet.countries, viet.date, viet.start_time, viet.duration_minutes, viet.host_country) == (
        ("KOR", "VNM"), "2024-07-25", "15:00", 40, None)
    assert (lao.countries, lao.date, lao.start_time, lao.duration_minutes, lao.host_country) == (
        ("KOR", "LAO"), "2024-07-26", None, None, "LAO")
    assert [s.stance for s in viet.statements] == ["appreciate"] and [s.stance for s in lao.statements] == ["welcome"]


def test_a_heading_that_ends_in_jr_is_no_sentence_and_lloyd_j_austin_is_american():
    text = ("U.S. Department of Defense\nReadout of Secretary of Defense Lloyd J. Austin III's Meeting With Philippine "
            "Secretary of National Defense Gilberto Teodoro Jr.\nOct. 3, 2023 |\nSecretary of Defense Lloyd J. "
            "Austin III welcomed Philippine Secretary of National Defense Gilberto C. Teodoro Jr. to the Pentagon "
            "today. During their roughly 90-minute meeting, Secretary Austin reiterated the United States' support "
            "for the Philippines.")
    m = extract(text).meetings[0]
    assert (list(m.countries), m.host_country, m.duration_minutes) == (["PHL", "USA"], "USA", 90)
    assert {(p.family_name, p.country) for p in m.participants} == {("Austin", "USA"), ("Teodoro", "PHL")}


def test_viet_nams_party_office_for_external_relations():
    m = _meeting("Hanoi, October 12, 2024\n\nHead of the Party Central Committee's Commission for External Relations "
                 "Tran Van Minh on October 12 received visiting Japanese Minister of Foreign Affairs Ken Ono in Hanoi.")
    assert (list(m.countries), m.host_country) == (["JPN", "VNM"], "VNM")
    assert {(p.family_name, p.country) for p in m.participants} == {("Tran", "VNM"), ("Ono", "JPN")}


def test_a_releases_own_dateline_dates_its_yesterday():
    m = _meeting("Press Releases\n\n26 August 2025\n\nMANILA, 26 August 2025 — Foreign Affairs Secretary Ana Cruz welcomed "
                 "Australian Minister for Foreign Affairs Senator Penny Wong to the Department of Foreign Affairs "
                 "yesterday for a bilateral meeting.")
    assert m.date == "2025-08-25"


def test_a_visit_that_held_the_following_meetings_is_their_summary():
    text = ("October 11, 2024\n\nMr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting Vientiane, the Lao "
            "People's Democratic Republic, to attend the ASEAN-related Summit Meetings, held the following bilateral "
            "meetings.\n\n1. Japan-Laos Summit Meeting\nOn October 10, Prime Minister Ishiba held a summit meeting "
            "with H.E. Mr. Sonexay Siphandone, Prime Minister of the Lao People's Democratic Republic.\n"
            "(1) The two leaders welcomed the Comprehensive Strategic Partnership.\n\n2. Japan-Malaysia Summit "
            "Meeting\nOn October 10, Prime Minister Ishiba held a summit meeting with the Honourable Dato' Seri Anwar "
            "Ibrahim, Prime Minister of Malaysia.\n(1) The two leaders concurred to strengthen cooperation.")
    record = extract(text)
    assert [list(m.countries) for m in record.meetings] == [["JPN", "LAO"], ["JPN", "MYS"]]


def test_a_subject_named_by_family_name_alone_is_the_person_named_in_full_above():
    text = ("Deputy National Security Advisor Ana Ruiz traveled to Lima on March 3.\n\n"
            "Ruiz met with Peruvian Foreign Minister Elmer Schialer to discuss migration and trade.")
    meeting = _meeting(text, url="https://www.whitehouse.gov/x", published="2025-03-04")
    assert sorted((p.family_name, p.country) for p in meeting.participants if p.role == "principal") == [
        ("Ruiz", "USA"), ("Schialer", "PER")]


def test_a_new_clause_with_they_ends_the_object_of_the_meeting_verb():
    # The counterparts they discussed engagements with were not on the call.
    text = ("On October 13, Deputy National Security Advisor Ana Ruiz spoke with UN Special Coordinator Tor Wennesland, "
            "and they discussed ongoing engagements with Egyptian, Jordanian, and other regional counterparts.")
    meeting = _meeting(text, url="https://www.whitehouse.gov/x", published="2023-10-13")
    assert meeting.countries == ("USA",)


def test_a_treaty_between_two_countries_names_the_other_party():
    text = ("Minister for Trade Ann Lee today held a virtual meeting with the UK Secretary of State for Business and "
            "Trade, the Rt Hon Kemi Badenoch MP, to mark the anniversary of the Australia-United Kingdom Free Trade "
            "Agreement.")
    meeting = _meeting(text, published="2024-05-31")
    assert meeting.countries == ("AUS", "GBR")
    assert {p.family_name: p.country for p in meeting.participants} == {"Lee": "AUS", "Badenoch": "GBR"}


def test_a_city_then_its_countrys_long_name_is_a_place_not_a_party():
    text = ("On February 21, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting Rio de Janeiro, "
            "the Federative Republic of Brazil, to attend the G20 Foreign Ministers' Meeting, held a meeting with H.E. "
            "Ms. Diana Mondino, Minister of Foreign Affairs of the Argentine Republic.")
    meeting = _meeting(text, published="2024-02-22")
    assert meeting.countries == ("ARG", "JPN") and meeting.host_country is None


def test_a_city_and_country_date_line_places_a_meeting_on_the_margins():
    text = ("Minister Lee meets with Indonesia’s Minister of Foreign Affairs\n\n"
            "July 13, 2023 - Jakarta, Indonesia - Global Affairs Canada\n\n"
            "The Honourable Ann Lee, Minister of Foreign Affairs of Canada, today met with Retno Marsudi, Indonesia’s "
            "Minister of Foreign Affairs, on the margins of the ASEAN Post Ministerial Conference with Canada.")
    meeting = _meeting(text)
    assert (meeting.location.city, meeting.host_country) == ("Jakarta", "IDN")


def test_a_lead_that_names_only_countries_takes_its_people_from_the_next_sentence():
    text = ("Korea and Japan held their first vice-ministerial strategic dialogue in nearly a decade in Tokyo on "
            "Friday.\nFirst Vice Foreign Minister Kim Min-jae and Japanese Vice Minister for Foreign Affairs Taro Sato "
            "held the talks at the Iikura Guest House starting at 2 p.m.")
    meetings = extract(text, published="2024-09-27").meetings
    assert len(meetings) == 1
    assert [(p.family_name, p.country) for p in meetings[0].participants] == [("Kim", "KOR"), ("Sato", "JPN")]


def test_a_leader_called_by_the_given_name_is_no_new_counterpart():
    text = ("BOGOR, Indonesia - Japanese Prime Minister Shigeru Ishiba and Indonesian President Prabowo Subianto agreed "
            "Saturday to strengthen security cooperation.\nIshiba, who arrived from Malaysia, held talks with Prabowo "
            "at the Bogor Presidential Palace.")
    assert len(extract(text, published="2025-01-11").meetings) == 1


def test_a_capitalised_state_visit_makes_the_host():
    text = ("On March 26, from 5:00 p.m. for about an hour, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a Summit "
            "Meeting with H.E. Mr. Luiz Inácio LULA DA SILVA, President of the Federative Republic of Brazil, who is "
            "paying a State Visit to Japan.")
    meeting = _meeting(text, published="2025-03-26")
    assert meeting.host_country == "JPN"
    assert [p.family_name for p in meeting.participants] == ["Ishiba", "Lula da Silva"]


def test_a_summary_line_naming_a_known_counterpart_without_title_keeps_the_body():
    # GOV.UK: a summary line, the page's 'From:' block, then the readout told again with titles.
    text = ("News story\nForeign Secretary call with Japanese Foreign Minister Kamikawa\n\n"
            "Foreign Secretary David Cameron spoke with Yoko Kamikawa following the earthquake.\n\n"
            "From: Foreign, Commonwealth & Development Office\nPublished 3 January 2024\n\n"
            "Foreign Secretary David Cameron spoke to Japanese Foreign Minister Yoko Kamikawa today.\n\n"
            "The Foreign Secretary offered the UK's deepest condolences to the people of Japan. Lord Cameron invited "
            "Foreign Minister Kamikawa to visit London.")
    meetings = extract(text, url="https://www.gov.uk/government/news/x", published="2024-01-03").meetings
    assert len(meetings) == 1
    assert [s.stance for s in meetings[0].statements] == ["condole", "invite"]


def test_companions_joining_him_on_a_trip_make_no_meeting():
    text = ("Earlier this week, Principal Deputy National Security Advisor Ana Ruiz traveled to Nigeria. She was joined "
            "by National Security Council Senior Director for Africa Dana Banks.\n\nIn Nigeria, Ms. Ruiz met with Vice "
            "President Yemi Osinbajo of Nigeria and discussed regional security.")
    meeting = _meeting(text, url="https://www.whitehouse.gov/x", published="2021-10-21")
    assert meeting.countries == ("NGA", "USA")
    assert {p.family_name for p in meeting.participants if p.role == "principal"} == {"Ruiz", "Osinbajo"}


def test_the_people_of_an_earlier_meeting_fronted_before_the_subject_are_not_at_this_one():
    text = ("After an audience with His Holiness Pope Leo, President Ana Ruiz met Vatican Secretary of State Cardinal "
            "Parolin in Rome.")
    meeting = _meeting(text, published="2025-06-01")
    assert [p.family_name for p in meeting.participants if p.role == "principal"] == ["Ruiz", "Parolin"]


def test_a_building_then_its_city_and_a_title_that_says_in_which_city():
    text = ("Foreign Minister Anna Berg received Kenya's Prime Cabinet Secretary Musalia Mudavadi at the Federal Foreign "
            "Office in Berlin today for political talks.")
    meeting = _meeting(text, published="2024-03-12")
    assert (meeting.location.city, meeting.host_country) == ("Berlin", "DEU")
    text = ("Tánaiste meets Egyptian Foreign Minister in Dublin\n\nDate: 12th March, 2025\n\n"
            "The Tánaiste and Minister for Foreign Affairs, Simon Harris TD, today met with Egypt's Minister of Foreign "
            "Affairs, Dr Badr Abdelatty, at Iveagh House.")
    meeting = _meeting(text)
    assert (meeting.location.city, meeting.host_country) == ("Dublin", "IRL")


def test_a_news_storys_untitled_subject_after_a_countrys_possessive():
    text = ("ABUJA (AFP) - The foreign ministers of Ghana and Nigeria pledged on Tuesday to mend ties.\n\n"
            "Ghana's Samuel Ablakwa, on his first visit to Nigeria since taking office, met his Nigerian counterpart "
            "Yusuf Tuggar for around two hours.")
    meeting = _meeting(text, published="2025-03-04")
    assert sorted((p.family_name, p.country) for p in meeting.participants if p.role == "principal") == [
        ("Ablakwa", "GHA"), ("Tuggar", "NGA")]


# ---- a trip told one counterpart per paragraph (2026-11-27, tenth round)

_WH = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/06/readout/"


def _principals_by_meeting(record):
    return [sorted((p.family_name, p.country) for p in m.participants if p.role == "principal")
            for m in record.meetings]


def test_a_trip_paragraph_opening_with_a_country_is_a_meeting_in_that_country():
    record = extract("Deputy National Security Advisor Maria Lopez traveled to West Africa this week.\n\n"
                     "In Ghana, Ms. Lopez met with President Kofi Mensah and Foreign Minister Ama Boateng to discuss "
                     "maritime security. They agreed to deepen cooperation on counterterrorism.\n\n"
                     "In Senegal, Ms. Lopez met with President Amadou Diallo, Minister for Foreign Affairs Awa Ndiaye, "
                     "and other senior officials to discuss trade. Ms. Lopez welcomed Senegal's leadership in the region.",
                     published="2024-03-08", url=_WH)
    # (each president leads his side; the ministers beside him attend: one meeting with both of Senegal's)
    assert _principals_by_meeting(record) == [[("Lopez", "USA"), ("Mensah", "GHA")], [("Diallo", "SEN"), ("Lopez", "USA")]]
    assert [[p.family_name for p in m.participants if p.role == "attendee"] for m in record.meetings] == [
        ["Boateng"], ["Ndiaye"]]
    assert [m.host_country for m in record.meetings] == ["GHA", "SEN"]


def test_a_later_counterpart_without_a_country_is_of_the_country_visited():
    record = extract("Deputy National Security Advisor Maria Lopez traveled to Kyiv on May 4 and 5.\n\n"
                     "Lopez met with Ukrainian President Ivan Petrenko to discuss support for Ukraine's energy system.\n\n"
                     "Lopez met with Oleh Marchenko, the head of the Presidential Office, to discuss the front lines.",
                     published="2024-05-06", url=_WH)
    assert _principals_by_meeting(record) == [[("Lopez", "USA"), ("Petrenko", "UKR")],
                                              [("Lopez", "USA"), ("Marchenko", "UKR")]]
    # the sentence before the lead says where she went
    assert [(m.location.city if m.location else None, m.host_country) for m in record.meetings] == \
        [("Kyiv", "UKR"), ("Kyiv", "UKR")]


def test_a_later_counterpart_of_a_country_the_lead_does_not_name_keeps_no_country():
    # 'in Nairobi' names no other country, but the lead names Tanzania: no trip country is assumed.
    record = extract("Deputy National Security Advisor Maria Lopez met with Kenyan President John Mwangi in Nairobi "
                     "on May 4 to discuss trade.\n\nLopez also met with Joseph Mrema, the head of the Presidential "
                     "Office, to discuss the situation in Tanzania.", published="2024-05-06", url=_WH)
    assert _principals_by_meeting(record) == [[("Lopez", "USA"), ("Mwangi", "KEN")]]


def test_leading_a_delegation_in_a_virtual_meeting_reports_the_meeting():
    m = _meeting("National Security Advisor Anna Reyes led U.S. participation in a virtual meeting of the "
                 "U.S.-Norway Strategic Dialogue on March 3. The officials discussed Arctic security.",
                 published="2024-03-04")
    assert (m.date, m.format, list(m.countries)) == ("2024-03-03", "video", ["NOR", "USA"])


def test_a_year_still_to_come_recalls_no_earlier_meeting():
    record = extract("PRESS RELEASE\n\nThe Minister of Foreign Affairs of Malaysia, Ahmad bin Yusof, held several bilateral "
                     "meetings on the sidelines of the ASEAN Retreat on 19 January 2025.\n\n2. In his meeting with Dr. "
                     "Vivian Ong, Minister for Foreign Affairs of Singapore, both Ministers welcomed the rail link, which "
                     "is scheduled to begin operations in 2026.\n\n3. Ahmad also met Nur Hadi, Minister of Foreign "
                     "Affairs of Brunei Darussalam. Both Ministers discussed the oil and gas sector.")
    assert _principals_by_meeting(record) == [[("Ahmad", "MYS"), ("Ong", "SGP")], [("Ahmad", "MYS"), ("Hadi", "BRN")]]


def test_a_trip_earlier_this_week_gives_its_meetings_no_date():
    record = extract("Earlier this week, Deputy National Security Advisor Maria Lopez traveled to Ghana and Senegal.\n\n"
                     "In Ghana, Ms. Lopez met with President Kofi Mensah to discuss maritime security.\n\n"
                     "In Senegal, Ms. Lopez met with President Amadou Diallo to discuss trade.",
                     published="2024-03-08", url=_WH)
    assert [m.date for m in record.meetings] == [None, None]


_STATE = "https://www.state.gov/deputy-secretary-travel/"


def test_an_official_named_by_office_visits_counterparts_of_the_country_visited():
    record = extract("Deputy Secretary of State Anna Carter traveled to Hanoi, Vietnam, and Bangkok, Thailand, from "
                     "October 20 to 22.\n\nIn Hanoi on October 21, the Deputy Secretary met with Permanent Deputy "
                     "Foreign Minister Tran Van Minh to review the partnership.\n\nIn Bangkok on October 22, the Deputy "
                     "Secretary met with Foreign Minister Somchai Wongsa. Deputy Secretary Carter later met with Minister "
                     "of Defence Prasert Chaiyo to discuss the alliance.", published="2024-10-22", url=_STATE)
    assert _principals_by_meeting(record) == [[("Carter", "USA"), ("Tran", "VNM")],
                                              [("Carter", "USA"), ("Wongsa", "THA")],
                                              [("Carter", "USA"), ("Chaiyo", "THA")]]  # of the last stop, not the first
    # 'later met' is later on the day of the meeting told just before
    assert [m.date for m in record.meetings] == ["2024-10-21", "2024-10-22", "2024-10-22"]


def test_a_delegation_meets_the_visited_countrys_officials_and_a_cited_president_is_not_there():
    record = extract("Assistant Secretary of State Mark Hill traveled to Haiti to underscore U.S. commitment to the "
                     "people of Haiti.\n\nThe delegation met with Prime Minister Jean Baptiste and Foreign Minister "
                     "Paul Celestin to discuss security. As President Biden has said, the United States remains "
                     "committed to Haiti's future.", published="2021-10-04", url=_WH)
    assert _principals_by_meeting(record) == [[("Baptiste", "HTI"), ("Hill", "USA")]]  # (the minister beside him attends)
    assert "Celestin" in {p.family_name for p in record.meetings[0].participants if p.role == "attendee"}


def test_the_leads_own_place_hosts_it_not_a_visit_recalled_after_it():
    m = _meeting("On May 20, 2025, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira in Beijing.\n\n"
                 "Wang Yi said that last year, President Xi Jinping paid a state visit to Brazil.")
    assert (m.host_country, m.location.city) == ("CHN", "Beijing")


def test_someone_mourned_in_the_lead_is_not_at_the_meeting():
    m = _meeting("President Joseph R. Biden, Jr. spoke today with King Harald V of Norway to offer his condolences on "
                 "the passing of Queen Sonja.", published="2022-09-14", url=_WH)
    assert sorted(p.family_name for p in m.participants if p.role == "principal") == ["Biden", "Harald"]


def test_an_ambassador_beside_an_official_of_the_same_side_attends_and_travel_told_above_a_pronoun_hosts():
    record = extract("On June 10-11, Homeland Security Advisor Dr. Rosa Kettering traveled to Mexico City. On June 10, she "
                     "and U.S. Ambassador to Mexico Carl Moreno met with President Luis Ortega. They discussed migration.\n\n"
                     "On June 11, Dr. Kettering and Ambassador Moreno met with President-elect Dr. Carmen Ibarra. "
                     "Dr. Kettering expressed congratulations on her election.",
                     url="https://www.whitehouse.gov/x", published="2024-06-12")
    assert [(m.date, m.host_country) for m in record.meetings] == [("2024-06-10", "MEX"), ("2024-06-11", "MEX")]
    for m in record.meetings:
        assert [(p.family_name, p.role) for p in m.participants if p.country == "USA"] == \
            [("Kettering", "principal"), ("Moreno", "attendee")]


def test_an_ambassador_who_leads_the_side_alone_is_its_principal():
    m = _meeting("On May 3, Ambassador Carl Moreno of the United States met with Foreign Minister Ana Ruiz of Mexico.",
                 url="https://www.whitehouse.gov/x", published="2024-05-03")
    assert [(p.family_name, p.role) for p in m.participants] == [("Moreno", "principal"), ("Ruiz", "principal")]


def test_the_participants_listed_after_a_call_with_unnamed_leaders_are_its_principals():
    m = _meeting("President Robert Hale held a secure video call with transatlantic leaders today. The leaders "
                 "discussed energy security.\n\nParticipants in the call included Prime Minister Anna Brandt of Canada, "
                 "European Commission President Ursula von der Leyen, and President Paul Girard of France.",
                 url="https://www.whitehouse.gov/x", published="2022-01-24")
    assert m.countries == ("CAN", "FRA", "USA")
    assert [(p.family_name, p.country, p.organization) for p in m.participants] == [
        ("Hale", "USA", None), ("Brandt", "CAN", None), ("von der Leyen", None, "EU"), ("Girard", "FRA", None)]


def test_a_list_of_participants_one_a_line_with_the_country_after_a_comma():
    m = _meeting("President Robert Hale held a virtual meeting with the leaders of the Major Economies Forum today.\n\n"
                 "Participants included:\n\n-   President Luis Ortega, Argentine Republic\n-   Prime Minister Anna "
                 "Brandt, Canada\n\nThe leaders discussed methane.", url="https://www.whitehouse.gov/x",
                 published="2021-09-17")
    assert m.countries == ("ARG", "CAN", "USA")


def test_who_dispatched_a_delegation_is_not_at_its_courtesy_call():
    m = _meeting("On April 25, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, received a courtesy call from "
                 "the Policy Consultation Delegation dispatched by H.E. Mr. KIM Tae-ho, President-elect of the Republic of "
                 "Korea (ROK), headed by H.E. Mr. LEE Jin-woo, Vice Speaker of the National Assembly of the ROK.",
                 published="2022-04-25")
    assert [(p.family_name, p.country) for p in m.participants if p.role == "principal"] == [
        ("Hayashi", "JPN"), ("Lee", "KOR")]


def test_a_meeting_in_qingdao_is_hosted_by_china():
    m = _meeting("On August 9, Foreign Minister Kim Min-ho held talks with Foreign Minister Wang Yi of China in Qingdao, "
                 "China.", published="2022-08-09")
    assert (m.location.city, m.host_country) == ("Qingdao", "CHN")


def test_a_counterpart_met_again_later_was_a_meeting_of_its_own():
    record = extract("New Delhi [India], March 18 (ANI): External Affairs Minister Ravi Rao on Monday met Kenya's Foreign "
                     "Minister Peter Omondi and Egypt's Foreign Minister Karim Saleh on the sidelines of the Raisina "
                     "Dialogue.\n\nRao said the two sides reviewed cooperation in agriculture.\n\nLater, Rao met Minister Saleh, "
                     "with whom he discussed the situation in Gaza.", published="2024-03-18")
    assert [(m.countries, [p.family_name for p in m.participants if p.role == "principal"]) for m in record.meetings] \
        == [(("IND", "KEN"), ["Rao", "Omondi"]), (("EGY", "IND"), ["Rao", "Saleh"])]
    assert [s.agents for s in record.meetings[1].statements] == [("EGY", "IND")]


def test_a_later_separate_talk_of_two_keeps_the_trilateral():
    record = extract("On December 25, Foreign Minister Ken Ono met Foreign Minister Wang Lei of China and Foreign "
                     "Minister Park Min of the Republic of Korea in Tokyo for a trilateral meeting. The ministers "
                     "discussed trade.\n\nLater, Ono held separate talks with Wang.", published="2024-12-25")
    assert record.meetings[0].countries == ("CHN", "JPN", "KOR")


def test_a_lead_by_office_alone_then_retold_by_name_is_one_meeting_with_its_statements():
    record = extract("Press release\nThe Foreign Secretary met Norwegian Foreign Minister Kari Lund in Oslo today.\n\n"
                     "Published 3 March 2025\n\nForeign Secretary Alan Pratt met with Norwegian Foreign Minister Kari "
                     "Lund in Oslo today (3 March).\n\nThe Foreign Secretary raised the UK's concerns about Arctic "
                     "security and urged closer coordination on energy.", publisher="Government of the United Kingdom")
    assert len(record.meetings) == 1
    m = record.meetings[0]
    assert list(m.countries) == ["GBR", "NOR"]
    assert [(s.stance, s.agents) for s in m.statements] == [("express_concern", ("GBR",)), ("request", ("GBR",))]


def test_a_series_of_meetings_including_with_a_named_host_is_a_visit():
    m = _meeting("During the week of March 3, Deputy National Security Advisor Dr. Ann Hale led a delegation to "
                 "Muscat, Oman. In a series of visits and meetings, including with Omani Foreign Minister Sayyid "
                 "Badr Albusaidi, Dr. Hale discussed maritime security and expressed thanks for Oman's mediation.",
                 published="2025-03-07", url="https://www.whitehouse.gov/briefings-statements/2025/03/readout-x/")
    assert (list(m.countries), m.format, m.host_country) == (["OMN", "USA"], "in_person", "OMN")
    assert [s.stance for s in m.statements] == ["exchange_views", "appreciate"]


def test_a_visits_account_after_two_one_line_leads_goes_with_its_first_meeting():
    record = extract("National Security Advisor Tom Reed met today in Hanoi, Vietnam with Prime Minister Pham Van Long "
                     "of Vietnam. He also met with Deputy Prime Minister/Foreign Minister Bui Quoc Tan. Mr. Reed "
                     "reaffirmed the importance of the U.S.-Vietnam partnership. The two sides discussed maritime "
                     "security.", published="2024-01-26", url="https://www.whitehouse.gov/briefing-room/x/")
    first, second = record.meetings
    assert [p.family_name for p in first.participants if p.country == "VNM"] == ["Pham"]
    assert [s.stance for s in first.statements] == ["confirm", "exchange_views"]
    assert [p.family_name for p in second.participants if p.country == "VNM"] == ["Bui"] and not second.statements


def test_separate_accounts_of_two_meetings_keep_their_own_statements():
    record = extract("National Security Advisor Tom Reed met today in Hanoi with Prime Minister Pham Van Long of "
                     "Vietnam. Mr. Reed reaffirmed the importance of the partnership. He also met with Deputy Prime "
                     "Minister Bui Quoc Tan. The two discussed maritime security.", published="2024-01-26",
                     url="https://www.whitehouse.gov/briefing-room/x/")
    assert [[s.stance for s in m.statements] for m in record.meetings] == [["confirm"], ["exchange_views"]]


def test_the_meeting_included_lists_the_leaders_convened():
    m = _meeting("Vice President Ann Cole convened today Pacific leaders on the margins of the APEC Leaders Meeting "
                 "in Lima, Peru. In addition to the Vice President, the meeting included: Prime Minister Kishida of "
                 "Japan, Prime Minister Albanese of Australia, and Prime Minister Trudeau of Canada. They met to "
                 "consult on the missile launch.", published="2024-11-15",
                 url="https://www.whitehouse.gov/briefing-room/x/",
                 title="Readout of Vice President Ann Cole’s Meeting with Pacific Leaders")
    assert list(m.countries) == ["AUS", "CAN", "JPN", "USA"]
    assert [s.agents for s in m.statements] == [("AUS", "CAN", "JPN", "USA")]


def test_an_office_named_alone_and_a_counterpart_co_chairing_a_commission_meet():
    m = _meeting("Press Releases\n\nMarch 06, 2024\n\n1. External Affairs Minister Dr. S. Jaishankar is on an official "
                 "visit to Viet Nam from 5-6 March 2024. On 6 March 2024, EAM and H.E. Mr. Bui Thanh Son, Minister of "
                 "Foreign Affairs of Viet Nam, co-chaired the 18th India-Viet Nam Joint Commission Meeting in Hanoi.\n\n"
                 "2. The two Ministers exchanged views on regional issues.")
    assert (m.date, list(m.countries), m.host_country) == ("2024-03-06", ["IND", "VNM"], "VNM")
    assert [s.stance for s in m.statements] == ["exchange_views"]


def test_the_event_a_visitor_came_to_attend_names_no_side():
    m = _meeting("November 17, 2021\n\nOn November 17, Mr. SATO Ken, Vice-Minister for Foreign Affairs of Japan, who "
                 "is visiting Washington D.C., the United States, to attend the Japan-U.S.-Australia Vice-Ministerial "
                 "Meeting, held a meeting with H.E. Mr. Tom Reid, Secretary of the Department of Foreign Affairs and "
                 "Trade of Australia.")
    assert (list(m.countries), m.host_country) == (["AUS", "JPN"], None)


def test_whose_meeting_a_run_in_headline_names_is_a_principal():
    m = _meeting("HomeOffice of the SpokespersonPress Releases...Secretary Reed’s Meeting with Indonesian Foreign "
                 "Minister Sari hide Secretary Reed’s Meeting with Indonesian Foreign Minister Sari Readout Office of "
                 "the Spokesperson December 13, 2031 The following is attributable to Spokesperson Ann Lee: Secretary "
                 "of State Tom Reed met today with Indonesian Foreign Minister Dewi Sari in Jakarta to discuss the "
                 "Strategic Partnership. The Secretary and Foreign Minister Sari discussed climate finance.")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {("Reed", "USA"), ("Sari", "IDN")}


def test_counterparts_from_a_list_of_allies_met_together_when_no_meeting_of_each_is_told():
    record = extract("National Security Advisor Ann Cole met today with her counterparts from NATO Allies Estonia, "
                     "Latvia, and Lithuania.  They expressed unwavering support for Ukraine.",
                     url="https://www.whitehouse.gov/briefing-room/x/", published="2024-05-30")
    assert [list(m.countries) for m in record.meetings] == [["EST", "LTU", "LVA", "USA"]]
    assert [s.agents for s in record.meetings[0].statements] == [("EST", "LTU", "LVA", "USA")]


def test_the_leaders_that_participated_listed_after_the_account_with_a_namesake():
    record = extract("Vice President Ann Harris met virtually today with 3 leaders representing Caribbean nations and "
                     "underscored the importance of our partnerships. The Vice President and the leaders discussed "
                     "the climate crisis.\n\nThe Leaders that participated:\n\n"
                     "-   Prime Minister Gaston Browne of Antigua and Barbuda\n"
                     "-   Prime Minister Phillip Davis of The Bahamas\n"
                     "-   Prime Minister Dr. Timothy Harris of Saint Kitts and Nevis\n",
                     url="https://www.whitehouse.gov/briefing-room/x/", published="2022-04-29",
                     title="Readout of Vice President Harris’s Meeting with Caribbean Leaders")
    assert record.document.is_readout
    assert list(record.meetings[0].countries) == ["ATG", "BHS", "KNA", "USA"]


def test_the_people_of_an_earlier_summit_the_lead_names_are_not_at_the_meeting():
    m = _meeting("National Security Advisor Ann Cole spoke by telephone today with Brazilian Presidential Advisor "
                 "Celso Amaral to follow up on last week’s call between President Carter and President Lula. The two "
                 "discussed bilateral cooperation.", url="https://www.whitehouse.gov/briefing-room/x/",
                 published="2024-02-01")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Cole", "Amaral"}
    assert list(m.countries) == ["BRA", "USA"]


def test_talks_with_a_visiting_minister_are_hosted_by_the_other_side():
    m = _meeting("New Delhi [India], March 28 (ANI): External Affairs Minister S Jaishankar on Friday held "
                 "delegation-level talks with visiting Greek Foreign Minister Nikos Pappas in the national capital.",
                 published="2031-03-28")
    assert (list(m.countries), m.host_country) == (["GRC", "IND"], "IND")


def test_bilateral_meetings_told_after_a_summary_take_its_place():
    record = extract("Published Feb 19, 2031\n\nForeign Affairs Secretary Ana Cruz met with her counterparts from "
                     "various European countries to discuss regional matters during the 2031 Munich Security "
                     "Conference (MSC).\n\nThe official met with foreign ministers from Finland, Belgium and Sweden "
                     "during the forum.", url="https://mb.com.ph/x")
    assert [m.location.city if m.location else None for m in record.meetings] == ["Munich"] * 3
    assert [m.host_country for m in record.meetings] == [None] * 3


def test_the_people_of_what_else_went_on_while_they_met_are_not_at_the_meeting():
    m = _meeting("Kyiv (AFP) - Japanese Prime Minister Ken Ono held talks with Ukrainian President Volodymyr Zelensky "
                 "in Kyiv on Tuesday, making a surprise visit to the country as Chinese leader Xi Jinping was meeting "
                 "Russian President Vladimir Putin in Moscow.", published="2031-03-21")
    assert list(m.countries) == ["JPN", "UKR"]
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Ono", "Zelensky"}


def test_a_latin_american_leader_named_without_a_country_is_found_in_the_gazetteer():
    record = extract("National Security Advisor to the Vice President Dr. Ann Cole traveled to El Salvador on November "
                     "28.\n\nIn a meeting with President Nayib Bukele, Dr. Cole emphasized the importance of good "
                     "governance.", published="2023-11-29", url="https://www.whitehouse.gov/briefing-room/x/")
    assert ("Bukele", "SLV") in [(p.family_name, p.country) for m in record.meetings for p in m.participants]


def test_a_meeting_held_under_a_quoted_short_name_in_a_parenthesis():
    m = _meeting("On March 3, Ms. SATO Emi, Minister for Foreign Affairs of Japan, and Mr. ITO Ken, Minister of "
                 "Defense of Japan, held the Japan-Australia Security Committee (\"2+2\") via video "
                 "conference with Ms. Jane Hill, Foreign Minister of Australia. The overview is as follows.",
                 published="2031-03-03")
    assert (list(m.countries), m.format) == (["AUS", "JPN"], "video")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Sato", "Ito", "Hill"}


def test_the_points_go_to_the_meeting_whose_overview_was_promised_before_a_courtesy_call():
    record = extract("On May 2, Ms. SATO Emi, Minister for Foreign Affairs of Japan, who is visiting Chile, held a "
                     "Japan-Chile Foreign Ministers' Meeting with H.E. Mr. Luis Rojas, Minister of Foreign Affairs of "
                     "the Republic of Chile. The overview of the meeting is as follows. Prior to the meeting, Minister "
                     "Sato paid a courtesy call on H.E. Mr. Pablo Vera, President of the Republic of Chile.\n\n"
                     "1. Minister Sato stated that Chile is a strategic partner. Minister Rojas expressed his "
                     "appreciation.\n2. The two ministers agreed to hold the next meeting in Tokyo.\n",
                     published="2031-05-02")
    main, call = record.meetings
    assert {p.family_name for p in main.participants if p.role == "principal"} == {"Sato", "Rojas"}
    assert [s.stance for s in main.statements] == ["explain", "appreciate", "decide"]
    assert call.statements == ()


def test_who_was_not_met_after_but_is_not_at_the_meeting():
    m = _meeting("BEIJING (Reuters) - U.S. Secretary of State Ann Cole met Chinese Foreign Minister Wang Yi on Monday, "
                 "but did not meet President Xi Jinping, unlike on previous visits.", published="2018-10-08")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Cole", "Wang"}


def test_a_senior_chinese_official_named_with_an_appositive_is_found_in_the_gazetteer():
    record = extract("HONOLULU, June 17 (Xinhua) -- Yang Jiechi, a member of the Political Bureau of the CPC Central "
                     "Committee, held talks with U.S. Secretary of State Ann Cole on Wednesday.\n\nYang said that both "
                     "sides should implement the consensus.", published="2020-06-18")
    m = record.meetings[0]
    assert ("Yang", "CHN") in [(p.family_name, p.country) for p in m.participants if p.role == "principal"]
    assert [s.agents for s in m.statements] == [("CHN",)]


def test_a_meeting_told_in_passing_keeps_its_sentence_and_the_account_goes_on_with_the_one_before():
    record = extract("Today in Jerusalem, National Security Advisor Ann Cole met with Israeli Prime Minister Benjamin "
                     "Netanyahu to discuss the war in Gaza.\n\nMs. Cole arrived in Israel from Riyadh, Saudi Arabia, "
                     "where she held constructive meetings with the Crown Prince and Prime Minister of Saudi Arabia "
                     "Mohammed bin Salman focused on an integrated region. Ms. Cole briefed Prime Minister Netanyahu "
                     "on these meetings.\n\nMs. Cole proposed concrete measures to ensure more aid surges into Gaza.",
                     url="https://www.whitehouse.gov/briefing-room/x/", published="2024-05-19")
    israel, saudi = record.meetings
    assert [(s.stance, s.agents) for s in israel.statements] == [
        ("exchange_views", ("ISR", "USA")), ("explain", ("USA",)), ("propose", ("USA",))]
    assert list(saudi.countries) == ["SAU", "USA"] and saudi.statements == ()


def test_a_delegations_participation_led_and_the_other_delegation_led_by_its_head():
    record = extract("National Security Advisor Ann Cole led an interagency U.S. delegation’s participation in a virtual "
                     "meeting of the U.S.-Israel Strategic Consultative Group on March 11.  The Israeli interagency "
                     "delegation was led by National Security Advisor Meir Ben-Shabbat.  During the discussion, the two "
                     "sides shared perspectives on regional security issues.",
                     url="https://www.whitehouse.gov/briefing-room/x/", published="2021-03-12")
    m = record.meetings[0]
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {
        ("Cole", "USA"), ("Ben-Shabbat", "ISR")}
    assert (m.date, list(m.countries)) == ("2021-03-11", ["ISR", "USA"])


def test_a_news_story_that_opens_with_what_a_minister_told_his_counterpart_reports_their_meeting():
    record = extract("Press Trust of India | Dushanbe\nLast Updated at July 14, 2021 16:45 IST\n\nExternal Affairs "
                     "Minister S Jaishankar on Wednesday told his Chinese counterpart Wang Yi that any unilateral change "
                     "in the status quo was not acceptable.\n\nThe two ministers agreed to convene the next round of "
                     "talks at an early date.")
    assert record.document.is_readout
    m = record.meetings[0]
    assert (m.date, list(m.countries)) == ("2021-07-14", ["CHN", "IND"])


def test_an_audience_with_the_pope_is_the_meeting_told():
    m = _meeting("Readout of President Ann Cole’s Audience with His Holiness Pope Francis\n\nIn her audience with Pope "
                 "Francis today, President Cole thanked His Holiness for his advocacy for refugees. She lauded his "
                 "leadership on the climate crisis.", published="2031-10-29",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, list(m.countries)) == ("2031-10-29", ["USA", "VAT"])
    assert [s.stance for s in m.statements] == ["appreciate", "commend"]


def test_after_an_audience_with_the_pope_the_meeting_told_is_the_one_that_follows():
    m = _meeting("After an audience with His Holiness Pope Francis, President Ann Cole met Vatican Secretary of "
                 "State Cardinal Parolin. President Cole thanked Cardinal Parolin for the Vatican’s leadership.",
                 published="2031-10-29", url="https://www.whitehouse.gov/briefing-room/x/")
    assert {p.family_name for p in m.participants if p.role == "principal"} == {"Cole", "Parolin"}


def test_leaders_listed_between_dashes_who_convened_to_do_something_met():
    m = _meeting("Joint Readout of Leaders Call\n\nToday the Leaders – Prime Minister Pedro Sanz of Spain, President "
                 "Paul Marc of France, and President Ann Cole of the United States – convened to reaffirm their "
                 "commitment to a stable Mediterranean. They agreed to meet in person in Madrid in the coming months.",
                 published="2031-03-03", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, list(m.countries)) == ("2031-03-03", ["ESP", "FRA", "USA"])
    assert [(s.stance, s.agents) for s in m.statements] == [
        ("confirm", ("ESP", "FRA", "USA")), ("decide", ("ESP", "FRA", "USA"))]


def test_a_meeting_convened_to_do_something_with_one_side_is_no_meeting_between_countries():
    record = extract("The meeting was convened to build a public-private community of practice on cybersecurity. "
                     "Officials from the Department of Energy discussed grid security.", published="2031-03-03",
                     url="https://www.whitehouse.gov/briefing-room/x/")
    assert record.meetings == ()


def test_officials_of_three_countries_who_convened_the_meeting_of_a_dialogue_met_and_the_earlier_summits_day_is_not_theirs():
    m = _meeting("Following the November 13, 2030 Phnom Penh Summit of the leaders, Cabinet Councillor Ken Sato of "
                 "Japan, Secretary Min Park of the ROK, and Senior Director Ann Cole from the U.S. National Security "
                 "Council convened the inaugural meeting of the U.S.-Japan-ROK Economic Security Dialogue in Honolulu, "
                 "Hawaii. The trilateral discussed ways to collaborate on critical technologies.",
                 published="2031-02-28", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (list(m.countries), m.date) == (["JPN", "KOR", "USA"], None)
    assert [s.stance for s in m.statements] == ["exchange_views"]


def test_a_call_with_the_g7_is_with_its_members_and_other_leaders_speak_with_the_one_named():
    m = _meeting("Readout of President Ann Cole’s call with the G7\n\nToday, U.S. President Ann Cole joined a call with "
                 "the G7 to discuss the attack against the ship. President Cole and other G7 Leaders condemned the attack.",
                 published="2031-04-13", url="https://www.whitehouse.gov/briefing-room/x/")
    g7 = ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA")
    assert tuple(m.countries) == g7
    assert [s.agents for s in m.statements] == [g7, g7]


def test_a_meeting_on_the_margins_of_the_g7_summit_is_with_the_one_met():
    m = _meeting("On June 14, President Ann Cole met with Prime Minister Paul Marc of France on the margins of the G7 "
                 "Summit in Apulia. The two leaders discussed Ukraine.", published="2031-06-14",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert list(m.countries) == ["FRA", "USA"]


def test_a_meeting_convened_at_the_white_house_with_advisers_of_three_countries_then_one_of_them_met_alone():
    record = extract("National Security Advisor Ann Cole convened a meeting at the White House today with French "
                     "Diplomatic Counselor to the President Paul Marc, German Chancellery Foreign and Security Policy "
                     "Advisor Jens Roth and Head of the Office of the President of Ukraine Ivan Koval to discuss support "
                     "for Ukraine. They discussed air defenses.\n\nFollowing the meeting, National Security Advisor Cole "
                     "met with Mr. Koval to discuss Ukraine’s reconstruction.",
                     published="2031-06-27", url="https://www.whitehouse.gov/briefing-room/x/")
    group, pair = record.meetings
    assert list(group.countries) == ["DEU", "FRA", "UKR", "USA"]
    assert {(p.family_name, p.country) for p in group.participants} >= {("Marc", "FRA"), ("Roth", "DEU")}
    assert [s.agents for s in group.statements] == [("DEU", "FRA", "UKR", "USA")] * 2
    assert list(pair.countries) == ["UKR", "USA"]
    assert [s.stance for s in pair.statements] == ["exchange_views"]


def test_meetings_on_a_trip_are_with_the_country_travelled_to_on_the_trips_day():
    m = _meeting("Deputy National Security Advisor Ann Cole traveled to Port-au-Prince, Haiti on October 16 to meet "
                 "with senior Haitian officials. Ms. Cole was joined by a senior U.S. delegation from the Department "
                 "of State. During separate meetings with members of the Council and Prime Minister Henri Valcin, Ms. "
                 "Cole expressed condolences for the loss of life. Ms. Cole also commended the Council for the "
                 "transition on October 7.", published="2031-10-17", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, list(m.countries), m.host_country) == ("2031-10-16", ["HTI", "USA"], "HTI")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {("Cole", "USA"), ("Valcin", "HTI")}
    assert [s.stance for s in m.statements] == ["condole", "commend"]


def test_meetings_with_someone_inside_a_sentence_is_no_lead():
    record = extract("The Minister said that she looks forward to meetings with President Ann Cole of Chile next year.",
                     published="2031-10-17")
    assert record.meetings == ()


def test_a_meeting_with_the_governor_of_puerto_rico_is_a_domestic_one():
    record = extract("Today, Deputy Secretary of Commerce Ann Cole met with Puerto Rico Governor Pedro Ruiz to "
                     "announce an Economic Dialogue. They discussed Puerto Rico’s economic prosperity.",
                     published="2031-08-11", url="https://www.whitehouse.gov/briefing-room/x/")
    assert not record.document.is_readout
    assert all(set(m.countries) <= {"USA"} for m in record.meetings)


def test_a_country_with_its_short_name_in_parentheses_before_a_title_is_the_holders():
    m = _meeting("Secretary of State Ann Cole met with People's Republic of China (PRC) Director of the Office of the "
                 "Central Foreign Affairs Commission Li Wen on the margins of the ASEAN meetings in Jakarta, Indonesia, "
                 "today. The Secretary raised concerns about PRC actions.", published="2031-07-13")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {("Cole", "USA"), ("Li", "CHN")}


def test_a_news_story_filed_where_the_leaders_met_is_hosted_there():
    m = _meeting("AP NEWS\n\nWOODSIDE, Calif. (AP) — U.S. President Ann Cole and Chinese President Li Wen agreed Wednesday to "
                 "restore military communications, as the two leaders met for the first time in a year.",
                 published="2031-11-15")
    assert (list(m.countries), m.host_country) == (["CHN", "USA"], "USA")


def test_an_agencys_byline_city_is_where_talks_held_here_took_place():
    m = _meeting("Press Trust of India | Tokyo\nNovember 11, 2031\n\nIndia and Japan today sealed a civil nuclear deal "
                 "after Prime Minister Raj Mehta held wide-ranging talks with his Japanese counterpart Ken Sato here.")
    assert (list(m.countries), m.host_country) == (["IND", "JPN"], "JPN")


def test_a_call_reported_under_a_dateline_has_no_host():
    m = _meeting("SEOUL, May 12 (Yonhap) -- Foreign Minister Park Min spoke by phone with Japanese Foreign Minister Ken "
                 "Sato on Friday.", published="2031-05-12")
    assert (m.format, m.host_country) == ("telephone", None)


def test_a_head_of_state_leads_the_ministers_named_beside_him():
    m = _meeting("On Wednesday, Deputy National Security Advisor Ann Cole met with President Luis Mora and Foreign "
                 "Minister Pablo Ruiz of Colombia in New York. They discussed migration.", published="2031-09-20",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert {(p.family_name, p.country, p.role) for p in m.participants} == {
        ("Cole", "USA", "principal"), ("Mora", "COL", "principal"), ("Ruiz", "COL", "attendee")}


def test_two_heads_of_one_side_both_lead_and_ministers_without_a_head_all_lead():
    heads = _meeting("Secretary of State Ann Cole met with President Jan Nowak and Prime Minister Piotr Wolski of "
                     "Poland in Warsaw today. They discussed Ukraine.", published="2031-03-01")
    assert {p.family_name for p in heads.participants if p.role == "principal"} == {"Cole", "Nowak", "Wolski"}
    ministers = _meeting("Foreign Minister Ken Sato and Defense Minister Taro Mori of Japan held talks with Secretary of "
                         "State Ann Cole and Secretary of Defense Paul Marsh of the United States in Tokyo today.",
                         published="2031-03-01")
    assert {p.family_name for p in ministers.participants if p.role == "principal"} == {"Sato", "Mori", "Cole", "Marsh"}


def test_a_head_named_after_the_verb_leads_no_one_named_before_it():
    m = _meeting("Secretary of State Ann Cole held talks in New York on Thursday with Vice Chairman Kim Yong Chol of "
                 "North Korea toward a summit between President Paul Marsh of the United States and Chairman Kim.",
                 published="2031-05-31")
    assert ("Cole", "USA") in {(p.family_name, p.country) for p in m.participants if p.role == "principal"}


def test_a_leader_named_by_family_name_alone_on_a_trip_is_of_the_country_visited():
    record = extract("National Security Advisor Ann Cole traveled to Brasilia, Brazil on Monday, December 5 for meetings "
                     "with the Brazilian government.\n\nMs. Cole met with Secretary for Strategic Affairs Admiral Rui "
                     "Costa to express appreciation for the progress in the relationship.\n\nMs. Cole also met with "
                     "President-elect Lopes and members of his transition team, during which she congratulated the "
                     "President-elect on his election victory. The leaders also discussed climate change.",
                     published="2031-12-06", url="https://www.whitehouse.gov/briefing-room/x/")
    assert [[(p.family_name, p.country) for p in m.participants if p.role == "principal"] for m in record.meetings] == [
        [("Cole", "USA"), ("Costa", "BRA")], [("Cole", "USA"), ("Lopes", "BRA")]]
    # the later meeting told with what was said in it keeps what follows
    assert [s.stance for s in record.meetings[1].statements] == ["congratulate", "exchange_views"]
    assert [s.stance for s in record.meetings[0].statements] == ["appreciate"]


def test_a_country_inside_an_organisations_name_is_no_party():
    m = _meeting("Today, Deputy National Security Advisor Ann Cole spoke with UN Relief and Works Agency for Palestine "
                 "Refugees in the Near East (UNRWA) Commissioner General Paul Marc to discuss the humanitarian "
                 "situation.", published="2031-11-17", url="https://www.whitehouse.gov/briefing-room/x/")
    assert list(m.countries) == ["USA"]
    assert [(p.family_name, p.organization) for p in m.participants if p.role == "principal"] == [
        ("Cole", None), ("Marc", "UNRWA")]


def test_joining_leaders_of_a_group_for_a_summit_is_a_meeting():
    m = _meeting("President Ann Cole today joined leaders of the Association of Southeast Nations (ASEAN) member "
                 "states and the ASEAN Secretary General for the annual U.S.-ASEAN Summit. She reaffirmed the U.S. "
                 "commitment to ASEAN centrality.", published="2031-10-26", url="https://www.whitehouse.gov/briefing-room/x/")
    assert m.date == "2031-10-26" and "USA" in m.countries
    assert [s.stance for s in m.statements] == ["confirm"]


def test_a_meeting_in_belfast_is_hosted_by_the_united_kingdom():
    m = _meeting("President Ann Cole met today with Prime Minister Paul Marsh of the United Kingdom in Belfast.",
                 published="2031-04-12", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.host_country, m.location.city) == ("GBR", "Belfast")


def test_a_town_the_gazetteer_does_not_know_takes_the_country_named_after_it():
    m = _meeting("President Ann Cole met today with Prime Minister Rui Lopes of the Republic of Cabo Verde in Sal, "
                 "Cabo Verde. The two leaders discussed climate resilience.",
                 published="2031-12-02", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.location.city, m.location.country, m.host_country) == ("Sal", "CPV", "CPV")


def test_a_list_of_countries_after_a_town_is_no_place():
    m = _meeting("President Ann Cole met today with Prime Minister Rui Lopes of Portugal to discuss the crisis in "
                 "Peru, Chile and Bolivia.", published="2031-12-02", url="https://www.whitehouse.gov/briefing-room/x/")
    assert m.location is None or m.location.city is None  # no town 'Peru' in Chile


@pytest.mark.parametrize("text", [
    "National Security Advisor Ann Cole convened the Quint national security advisors of France, Germany, Italy, "
    "and the United Kingdom at the White House today. Participants reiterated their commitment to Ukraine.",
    "Secretary Ann Cole met with the foreign ministers of France, Germany, Italy, and the United Kingdom in "
    "Washington today. They reiterated their commitment to Ukraine.",
])
def test_the_offices_of_a_list_of_countries_make_each_a_party(text):
    m = _meeting(text, published="2031-08-24", url="https://www.whitehouse.gov/briefing-room/x/")
    assert list(m.countries) == ["DEU", "FRA", "GBR", "ITA", "USA"]
    assert list(m.statements[0].agents) == ["DEU", "FRA", "GBR", "ITA", "USA"]


def test_convening_officials_of_one_country_alone_is_no_meeting():
    record = extract("Secretary Ann Cole convened the national security advisors of the Interior Department to "
                     "discuss wildfires.", published="2031-08-24", url="https://www.whitehouse.gov/briefing-room/x/")
    assert not record.meetings


@pytest.mark.parametrize("lead", [
    "U.S. Secretary of State Ann Cole and Chinese Foreign Minister Li Ming on Wednesday failed to agree on a response "
    "to North Korea's nuclear test.\n\nSpeaking after talks with Li in Beijing, Cole said the two countries had "
    "agreed on the importance of a new resolution.",
    "U.S. President Ann Cole on Tuesday asked South Korean President Kim Min-ho to provide medical equipment, Kim's "
    "office said.\n\nIn their 23-minute phone conversation, Kim said he would provide support.",
])
def test_news_leads_of_failing_to_agree_and_of_asking_a_leader(lead):
    m = _meeting("SEOUL, Jan. 27 (Yonhap) -- " + lead, published="2031-01-27")
    assert len(m.countries) == 2 and len([p for p in m.participants if p.role == "principal"]) == 2


def test_asking_ones_own_ministers_to_travel_is_no_meeting_with_them():
    m = _meeting("President Ann Cole spoke this morning with President Luis Ortega of Mexico about migration. "
                 "President Cole has asked Secretary of State Paul Marsh to travel to Mexico in the coming days to "
                 "meet with President Ortega.", published="2031-12-19", url="https://www.whitehouse.gov/briefing-room/x/",
                 title="Readout of President Cole’s Call with President Luis Ortega of Mexico")
    assert [p.family_name for p in m.participants if p.role == "principal"] == ["Cole", "Ortega"]


def test_calling_the_prime_minister_is_a_call():
    record = extract("PM call with President Cole: 14 July 2031\n\nA Downing Street spokesperson said:\n\n"
                     "\"US President Ann Cole called the Prime Minister this afternoon to congratulate her on her appointment.\n\n"
                     "\"They agreed on the importance of continuing to work together, building on the commitments made "
                     "at the Warsaw Summit last week.\"", url="https://www.gov.uk/government/news/x", published="2031-07-14")
    m = record.meetings[0]
    assert (m.format, m.location) == ("telephone", None)  # the summit after the lead is an event, not the place
    assert [s.stance for s in m.statements][:1] == ["congratulate"]


def test_the_next_sentence_saying_the_two_leaders_held_a_phone_conversation():
    m = _meeting("SEOUL, May 10 (Yonhap) -- President Kim Min-ho and U.S. President Ann Cole agreed Wednesday to hold "
                 "a summit at an early date, Kim's office said.\n\nThe two leaders held a 30-minute phone conversation "
                 "that began at 10:30 p.m.", published="2031-05-10")
    assert (m.format, m.host_country) == ("telephone", None)


@pytest.mark.parametrize("text, city, country", [
    ("Prime Minister Paul Marsh met US President Ann Cole at Downing Street today.", "Downing Street", "GBR"),
    ("External Affairs Minister Ravi Rao on Thursday held talks with his Chinese counterpart Li Ming. The meeting "
     "took place on the sidelines of the SCO foreign ministers' conclave in Goa.", "Goa", "IND"),
])
def test_more_places(text, city, country):
    m = _meeting(text, published="2031-05-04")
    assert (m.location.city, m.location.country) == (city, country)


def test_a_clause_of_what_was_said_after_the_object_names_no_side():
    m = _meeting("HANGZHOU, China, Sept. 5 (Yonhap) -- President Park Geun-hye and Chinese President Xi Jinping held "
                 "summit talks in this eastern Chinese city on Monday, with Xi reiterating Beijing's opposition to the "
                 "deployment of an advanced U.S. missile defense system in South Korea.", published="2016-09-05")
    assert list(m.countries) == ["CHN", "KOR"]  # (Park's country from the gazetteer of office holders)


def test_office_holders_of_two_sides_who_gathered_met():
    m = _meeting("Readout of the Trilateral Meeting of National Security Advisors\n\nNational Security Advisor Ann "
                 "Cole of the United States, National Security Advisor Sato Kenji of Japan, and National Security "
                 "Advisor Rui Lopes of Portugal gathered for the first time on 16 June 2031 in Tokyo, Japan to exchange "
                 "views on trilateral cooperation.\n\nRecalling the security environment discussed in the recent "
                 "Japan-United States and Japan-Portugal summit meetings, the three advisors reaffirmed the importance "
                 "of trilateral cooperation.", url="https://www.whitehouse.gov/briefing-room/x/", published="2031-06-16")
    assert (list(m.countries), m.host_country, m.format) == (["JPN", "PRT", "USA"], "JPN", "in_person")
    assert [(s.stance, s.agents) for s in m.statements] == [("exchange_views", ("JPN", "PRT", "USA")),
                                                            ("confirm", ("JPN", "PRT", "USA"))]


def test_gathered_alone_reports_no_meeting():
    record = extract("Secretary of Labor Ann Cole and union leaders gathered in Pittsburgh today to discuss "
                     "apprenticeships.", url="https://www.whitehouse.gov/briefing-room/x/", published="2031-06-16")
    assert not record.document.is_readout


def test_a_town_then_a_direction_and_its_country():
    m = _meeting("HUANGSHAN, Anhui, March 30 (Xinhua) -- Chinese Foreign Minister Li Ming held talks with Russian Foreign "
                 "Minister Ivan Petrov in Tunxi, east China's Anhui Province, on Wednesday.\n\nLi said that China-Russia "
                 "relations have withstood the test of time.", published="2031-03-30")
    assert (m.location.city, m.location.country, m.host_country) == ("Tunxi", "CHN", "CHN")


def test_a_day_in_a_fronted_phrase_naming_another_event_is_not_the_meetings():
    m = _meeting("Readout of the Adviser's Meeting\n\nAhead of Portugal’s presidential runoff election on August 20, "
                 "National Security Advisor Ann Cole met today with Foreign Minister Rui Lopes of Portugal to underscore "
                 "the importance of a fair process.", url="https://www.whitehouse.gov/briefing-room/x/",
                 published="2031-08-11")
    assert m.date == "2031-08-11"


def test_a_release_that_opens_with_this_week_gives_no_day():
    m = _meeting("Readout of Senior Administration Travel to Portugal\n\nThis week, Deputy National Security Advisor "
                 "Ann Cole was in Lisbon to discuss trade. Cole met with Foreign Minister Rui Lopes of Portugal. They "
                 "discussed energy prices.", url="https://www.whitehouse.gov/briefing-room/x/",
                 published="2031-04-01")
    assert (m.date, list(m.countries)) == (None, ["PRT", "USA"])


def test_a_royal_residence_places_the_meeting_in_its_country():
    m = _meeting("Readout of the President's Meeting with the Prime Minister\n\nPresident Ann Cole met today with "
                 "Prime Minister Rob Hale of the United Kingdom at Windsor Castle. They discussed trade.",
                 url="https://www.whitehouse.gov/briefing-room/x/", published="2031-07-10")
    assert m.host_country == "GBR"


def test_a_plural_title_before_a_list_of_countries_names_no_person():
    record = extract("Readout of Senior Administration Official Travel\n\nIndo-Pacific Coordinator Ann Cole met with the "
                     "Prime Ministers of Papua New Guinea, Solomon Islands, Vanuatu, and Fiji in addition to senior "
                     "officials.", url="https://www.whitehouse.gov/briefing-room/x/", published="2031-03-28")
    assert not any(p.name == "Solomon Islands" for m in record.meetings for p in m.participants)


def test_a_meeting_co_chaired_by_people_of_two_sides_is_reported_in_the_passive():
    m = _meeting("Today, the fourth meeting of the Steering Committee of the Donor Coordination Platform was "
                 "co-chaired by Deputy National Security Advisor for International Economics Tom Reyes, Deputy "
                 "Prime Minister for Restoration of Ukraine Ivan Petrenko, and European Commission Director-General "
                 "Anna Berg. The group discussed recovery priorities.", published="2031-06-21",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, list(m.countries)) == ("2031-06-21", ["UKR", "USA"])
    assert [(p.name, p.country) for p in m.participants] == [
        ("Tom Reyes", "USA"), ("Ivan Petrenko", "UKR"), ("Anna Berg", None)]


def test_a_meeting_co_chaired_in_a_virtual_format_names_its_manner_before_its_chairs():
    m = _meeting("On June 20th, the fifth meeting of the Steering Committee of the Donor Coordination Platform was "
                 "co-chaired in a virtual format by Deputy National Security Advisor Tom Reyes, Deputy Prime "
                 "Minister for Restoration of Ukraine Ivan Petrenko, and European Commission Director-General Anna "
                 "Berg.\n\nThe group discussed recovery priorities.",
                 published="2031-06-22", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, m.format, list(m.countries)) == ("2031-06-20", "video", ["UKR", "USA"])
    assert [(p.name, p.country) for p in m.participants] == [
        ("Tom Reyes", "USA"), ("Ivan Petrenko", "UKR"), ("Anna Berg", None)]


def test_a_chief_of_cabinet_named_with_a_minister_of_the_same_country_is_a_principal():
    m = _meeting("National Security Advisor Tom Reyes met yesterday with Foreign Minister Ana Ruiz and Chief of "
                 "Cabinet Pablo Soto of Argentina at the White House.", published="2031-05-17",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert [(p.name, p.title, p.country) for p in m.participants] == [
        ("Tom Reyes", "National Security Advisor", "USA"), ("Ana Ruiz", "Foreign Minister", "ARG"),
        ("Pablo Soto", "Chief of Cabinet", "ARG")]


def test_a_leader_named_for_the_summit_on_whose_eve_the_talks_were_held_is_not_at_them():
    record = extract("Kim, Chinese Premier Wang agree to launch dialogue\n\nSEOUL, May 26 (Yonhap) -- South Korean "
                     "President Kim Min-su and Chinese Premier Wang Lei agreed Sunday to launch a new dialogue, the "
                     "presidential office said.\n\nKim and Wang held talks at the presidential office in Seoul on the "
                     "eve of a trilateral summit involving Japanese Prime Minister Kenji Sato.\n\nDuring the 50-minute "
                     "talks, the two leaders agreed to launch the dialogue at the vice ministerial level.\n\nKim called "
                     "for China to play a constructive role.", published="2031-05-26")
    [m] = record.meetings
    assert (list(m.countries), m.duration_minutes) == (["CHN", "KOR"], 50)
    assert [(s.stance, s.agents) for s in m.statements] == [
        ("decide", ("CHN", "KOR")), ("decide", ("CHN", "KOR")), ("request", ("KOR",))]


def test_a_headline_leads_then_the_body_gives_the_first_day_before_the_date_line_gives_the_last():
    m = _meeting("BRIEFING ROOM\nReadout of National Security Advisor Ann Cole’s Meeting with Chinese Communist Party "
                 "Political Bureau Member, Director of the Office of the Central Foreign Affairs Commission, and "
                 "Minister of Foreign Affairs Wang Yi\nJanuary 27, 2031\nStatements and Releases\n\nOn January 26 "
                 "and 27, National Security Advisor Ann Cole met with Chinese Communist Party Political Bureau Member, "
                 "Director of the Office of the Central Foreign Affairs Commission, and Minister of Foreign Affairs "
                 "Wang Yi in Bangkok, Thailand. The meetings were part of ongoing efforts.\n\nThe two sides had "
                 "candid discussions.", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.date, list(m.countries)) == ("2031-01-26", ["CHN", "USA"])


def test_a_session_chaired_by_one_side_alone_is_no_meeting():
    record = extract("Today, the weekly session of the Cabinet was chaired by Deputy National Security Advisor "
                     "Tom Reyes. The group discussed recovery priorities.", published="2031-06-21",
                     url="https://www.whitehouse.gov/briefing-room/x/")
    assert not record.meetings


def test_a_news_lead_that_one_leader_told_another_something_reports_their_meeting():
    m = _meeting("Sato tells Ellis of new plans\n\nKYODO\nNOV 19, 2037\n\nMANILA – Japanese Prime Minister Kenji Sato told U.S. "
                 "President Mark Ellis on Thursday that Japan will consider new patrols, a Japanese government "
                 "official said.\n\nIn a meeting on the sidelines of the summit in Manila, Sato also expressed "
                 "support for freedom of navigation.")
    assert (m.date, list(m.countries)) == ("2037-11-19", ["JPN", "USA"])
    assert [(p.family_name, p.country) for p in m.participants] == [("Sato", "JPN"), ("Ellis", "USA")]


def test_a_person_in_a_with_clause_of_what_one_side_urged_is_no_participant():
    m = _meeting("KUALA LUMPUR, Aug. 6, 2031 (Yonhap) -- The foreign ministers of South Korea and Japan held talks on "
                 "Thursday in Malaysia, with Seoul urging Tokyo to show a correct view of history in a statement to be "
                 "issued by Japanese Prime Minister Kenji Sato.\n\nSouth Korean Foreign Minister Lee Min-ho and his Japanese "
                 "counterpart, Taro Ono, met on the sidelines of the forum for about 50 minutes.")
    assert sorted((p.family_name, p.country) for p in m.participants if p.role == "principal") == [
        ("Lee", "KOR"), ("Ono", "JPN")]


def test_talks_still_to_be_resumed_or_a_possible_meeting_is_not_the_meeting_reported():
    m = _meeting("SEOUL, June 30, 2031 (Yonhap) -- President Lee Min-ho and U.S. President Mark Ellis agreed Sunday to "
                 "make joint efforts to revive denuclearization talks with North Korea, as Ellis headed for the border "
                 "for a possible meeting with North Korean leader Kim Jong-un.\n\nLee and Ellis held their summit at "
                 "Cheong Wa Dae.")
    assert list(m.countries) == ["KOR", "USA"]
    assert [(p.family_name, p.country) for p in m.participants] == [("Lee", "KOR"), ("Ellis", "USA")]


def test_an_embassy_named_after_the_lead_and_a_summit_still_to_come_are_not_the_meetings_place():
    m = _meeting("National Security Advisor Dana Ruiz met today with Minister of Foreign Affairs Ali Nasheed of "
                 "Maldives to discuss the partnership. Ms. Ruiz congratulated Maldives on opening its embassy in "
                 "Washington, D.C. on Friday.", published="2031-06-14", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.location, m.host_country) == (None, None)
    m = _meeting("President Ann Cole met today with Secretary General Lars Berg of NATO ahead of NATO's Anniversary "
                 "Summit in Washington, DC next month. The President welcomed steps Allies are taking.",
                 published="2031-06-14", url="https://www.whitehouse.gov/briefing-room/x/")
    assert (m.location, m.host_country) == (None, None)
    m = _meeting("Ahead of their talks, the two leaders met in Hanoi: President Ann Cole met with President Tran Van "
                 "Minh of Vietnam.", published="2031-06-14", url="https://www.whitehouse.gov/briefing-room/x/")
    assert m.location.city == "Hanoi"


def test_two_hosts_make_neither_side_the_host():
    m = _meeting("Today, President Ann Cole and Angolan President João Mendes co-hosted leaders from Zambia and "
                 "Tanzania to celebrate progress on the rail corridor.", published="2031-12-04",
                 url="https://www.whitehouse.gov/briefing-room/x/")
    assert m.host_country is None
    m = _meeting("Today, President Ann Cole hosted Angolan President João Mendes to celebrate progress on the rail "
                 "corridor.", published="2031-12-04", url="https://www.whitehouse.gov/briefing-room/x/")
    assert m.host_country == "USA"


def test_a_meeting_named_then_held_with_its_two_plus_two_ministers_attending_after_it():
    m = _meeting("Second Japan-India 2+2 Foreign and Defence Ministerial Meeting\n\nSeptember 8, 2031\n\n"
                 "On September 8, commencing at 3:00 p.m. for approximately 90 minutes, the Second Japan-India 2+2 "
                 "Foreign and Defence Ministerial Meeting was held in Tokyo. The meeting was attended by Mr. SATO "
                 "Kenji, Minister for Foreign Affairs of Japan, and Mr. KATO Hiro, Minister of Defense of Japan, from "
                 "the Japanese side, and by Dr. Arun Mehta, Minister of External Affairs, and Mr. Vikram Rao, Minister "
                 "of Defence, from the Indian side.\n\n1. The four Ministers welcomed the progress in defense "
                 "cooperation.")
    assert (m.date, m.start_time, m.duration_minutes, m.host_country) == ("2031-09-08", "15:00", 90, "JPN")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {
        ("Sato", "JPN"), ("Kato", "JPN"), ("Mehta", "IND"), ("Rao", "IND")}


def test_a_news_lead_told_after_hours_of_talks_and_attributed_to_a_minister():
    m = _meeting("February 7, 2031\n\nMOSCOW, Feb 7 (Reuters) - French President Paul Girard said on Monday he "
                 "had received assurances from Russian President Ivan Sokolov that he would not escalate the crisis, "
                 "after more than five hours of talks in the Kremlin.\nSokolov said some of Girard's ideas could form "
                 "the basis for further steps, and the two leaders agreed to speak again after Girard's visit to Kyiv "
                 "on Tuesday.")
    assert (m.date, m.duration_minutes) == ("2031-02-07", 300)
    m = _meeting("July 7, 2031\n\nHAMBURG (Reuters) - U.S. President John Carter pressed Russian President Ivan "
                 "Sokolov on Friday about Moscow's alleged meddling in their first face-to-face meeting, U.S. "
                 "Secretary of State Mark Hill said.")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {
        ("Carter", "USA"), ("Sokolov", "RUS")}


# ---- twenty-second round (2026-11-27): separate meetings, fronted events, offices and attendance

_WH_ROUND22 = "https://www.whitehouse.gov/briefing-room/statements-releases/2031/10/04/readout/"


def test_an_adviser_meeting_an_organisations_head_separately_is_a_meeting_of_its_own():
    record = extract("President Ann Cole met today with NATO Secretary General Lars Berg. They discussed the "
                     "security environment. President Cole reaffirmed her strong support for NATO. Additionally, "
                     "National Security Advisor Tom Reed met separately with NATO Secretary General Berg.",
                     published="2031-10-04", url=_WH_ROUND22)
    assert [sorted((p.family_name, p.country, p.organization) for p in m.participants if p.role == "principal")
            for m in record.meetings] == [[("Berg", None, "NATO"), ("Cole", "USA", None)],
                                          [("Berg", None, "NATO"), ("Reed", "USA", None)]]


def test_an_african_union_commission_chairperson_speaks_for_the_union():
    m = _meeting("National Security Advisor Tom Reed met with African Union Commission Chairperson Amadou Sow to "
                 "reinforce the President's commitment to Africa. Chairperson Sow and Mr. Reed discussed working "
                 "together.", published="2031-03-10", url=_WH_ROUND22)
    assert [(p.family_name, p.organization) for p in m.participants if p.role == "principal"] == [
        ("Reed", None), ("Sow", "AU")]


def test_the_commission_chairperson_is_known_by_the_family_name_the_gazetteer_gives():
    m = _meeting("National Security Advisor Jake Sullivan met with African Union Commission Chairperson Moussa "
                 "Faki Mahamat to discuss the crisis in the Sahel.", published="2022-03-10", url=_WH_ROUND22)
    assert ("Faki", "AU") in [(p.family_name, p.organization) for p in m.participants]


def test_a_companion_joining_on_a_trip_is_no_meeting_and_a_separate_meeting_is_one():
    record = extract("Senior Advisor to the President Tom Reed travelled to the Dominican Republic January 8-10 to "
                     "build on the discussions between President Ann Cole and President Luis Pena on economic "
                     "cooperation. "
                     "Senior Advisor Reed was joined by Special Assistant to the President and Senior Director for "
                     "the Western Hemisphere at the National Security Council Juan Ortiz. During their meeting with "
                     "President Pena, Senior Advisor Reed reiterated the United States' commitment to regional "
                     "economic cooperation. During a separate meeting with Labor Minister Luis Miguel de Soto, "
                     "Senior Advisor Reed discussed our collaboration to generate sustainable economic development "
                     "for the people of the Dominican Republic.", published="2031-01-11", url=_WH_ROUND22)
    assert _principals_by_meeting(record) == [[("Pena", "DOM"), ("Reed", "USA")],
                                             [("Reed", "USA"), ("de Soto", "DOM")]]


def test_the_president_joined_by_leaders_from_a_list_of_countries_is_still_a_meeting():
    # (no one is found after 'joined by', but the countries there say who came)
    m = _meeting("Today, President Biden convened the Major Economies Forum. The President was joined by "
                 "leaders from Argentina, Australia, Indonesia, and Mexico. Leaders underscored the urgency of "
                 "climate action.", published="2021-09-17", url=_WH_ROUND22)
    assert {"ARG", "AUS", "IDN", "MEX"} <= set(m.countries)


def test_a_leader_named_in_a_fronted_earlier_conversation_is_not_at_the_meeting():
    m = _meeting("Following President Ann Cole's fruitful conversation with Israeli Prime Minister Dan Levi on "
                 "April 24, National Security Advisor Tom Reed met today with his Israeli counterpart, National "
                 "Security Advisor Dr. Eyal Ben-Ami, to discuss a range of regional and global security issues.",
                 published="2031-04-25", url=_WH_ROUND22)
    assert sorted(p.family_name for p in m.participants if p.role == "principal") == ["Ben-Ami", "Reed"]


def test_an_envoys_remit_is_no_side_of_the_meeting():
    m = _meeting("National Security Advisor Tom Reed met with UN Special Envoy for Yemen Hans Lund on May 15 at the "
                 "White House. Mr. Reed underscored the President's commitment to ending the war in Yemen.",
                 published="2031-05-16", url=_WH_ROUND22)
    assert m.countries == ("USA",)
    assert [(p.family_name, p.organization) for p in m.participants if p.family_name == "Lund"] == [("Lund", "UN")]


def test_a_two_plus_two_named_with_its_short_name_then_held_and_attended_from_each_side():
    m = _meeting("The Tenth Japan-Australia 2+2\n\nDecember 9, 2031\n\nOn December 9, commencing at 10:00 a.m. for "
                 "approximately 110 minutes, the Tenth Japan-Australia 2+2 Foreign and Defence Ministerial "
                 "Consultations (\"2+2\") were held in Tokyo. Mr. SATO Kenji, Minister for Foreign Affairs, and Mr. "
                 "KATO Hiro, Minister of Defense, attended from Japan, while Senator the Hon. Jane Ross, Minister for "
                 "Foreign Affairs, and the Hon. Tom Bell MP, Deputy Prime Minister and Minister for Defence, attended "
                 "from Australia.\n\n1. The four Ministers welcomed the signing of the Joint Declaration.")
    assert (m.date, m.start_time, m.duration_minutes, m.host_country) == ("2031-12-09", "10:00", 110, "JPN")
    assert {(p.family_name, p.country) for p in m.participants if p.role == "principal"} == {
        ("Sato", "JPN"), ("Kato", "JPN"), ("Ross", "AUS"), ("Bell", "AUS")}


def test_the_presidents_of_listed_countries_are_each_a_side():
    m = _meeting("President Ann Cole met with the Presidents of Kazakhstan, the Kyrgyz Republic, Tajikistan, "
                 "Turkmenistan, and Uzbekistan today for the C5+1 presidential summit.", published="2031-09-19",
                 url=_WH_ROUND22)
    assert m.countries == ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB")


def test_an_official_serving_at_a_named_countrys_office_is_of_that_country():
    m = _meeting("National Security Advisor Tom Reed met today with Jean-Paul\nHansen-Kofi, Permanent Under-Secretary "
                 "of State at the Danish\nPrime Minister's Office. They condemned Russia's aggression\nagainst "
                 "Ukraine.", published="2031-01-06", url=_WH_ROUND22)
    assert [(p.family_name, p.country) for p in m.participants if p.role == "principal"] == [
        ("Reed", "USA"), ("Hansen-Kofi", "DNK")]


def test_the_north_korean_leader_is_known_by_name():
    m = _meeting("Xi Jinping holds talks with Kim Jong Un\n\nBEIJING, March 28, 2018 (Xinhua) -- Kim Jong Un paid "
                 "an unofficial visit to China from Sunday to Wednesday.\n\nXi held talks with Kim at the Great Hall "
                 "of the People in Beijing.\n\nXi said the traditional friendship should be passed on.")
    assert m.countries == ("CHN", "PRK")


def test_a_trip_for_meetings_with_a_countrys_officials_is_a_meeting_with_that_country():
    m = _meeting("A U.S. interagency delegation traveled to Papua New Guinea, July 14-16, 2031, for meetings with "
                 "senior Papua New Guinea officials focused on deepening our bilateral relationship, including "
                 "through the US-PNG Defense Cooperation Agreement. The delegation underscored U.S. commitment to "
                 "PNG through new initiatives.", published="2031-07-17", url=_WH_ROUND22)
    assert (m.countries, m.host_country, m.date) == (("PNG", "USA"), "PNG", "2031-07-14")
    assert m.statements[-1].agents == ("USA",)  # 'The delegation': the side whose account it is


def test_the_other_of_two_leaders_who_met_is_the_office_holder_the_lead_names_by_family_name():
    m = _meeting("BRASILIA, Jan 30 (Reuters) - Brazilian President Luiz Inacio Lula da Silva on Monday rejected a "
                 "German request to send ammunition to Ukraine.\n\nSpeaking alongside German Chancellor Olaf Scholz "
                 "after the two leaders met in Brasilia, Lula said Brazil had no interest in passing on munitions.",
                 published="2023-01-31")
    assert sorted((p.family_name, p.country) for p in m.participants if p.role == "principal") == [
        ("Lula", "BRA"), ("Scholz", "DEU")]
    assert m.host_country == "BRA"


def test_a_news_storys_dateline_paragraph_dates_the_meeting_its_next_paragraph_tells():
    # (a first paragraph too long to be read as a line leading into the next)
    m = _meeting("WARSAW, May 13 (Reuters) - Polish Foreign Minister Adam Nowak on Tuesday urged allies to speed up "
                 "deliveries of air defence systems to Ukraine, proposing instead that the European Union pool its "
                 "orders and share the costs among its members.\n\nNowak held talks with Ukrainian Foreign Minister "
                 "Ivan Petrenko in Warsaw, where the two discussed air defence.", published="2031-05-14")
    assert m.date == "2031-05-13"


# ---- twenty-third round (2026-11-28): other events' days, listed sides, remarks at a meeting, calls


def test_the_day_of_an_event_being_prepared_or_of_a_thing_launched_is_not_the_meetings():
    m = _meeting("President Reed spoke with Prime Minister Anna Lindqvist of Sweden\nregarding preparations for the "
                 "May 12-13 Arctic Summit on Energy and\nefforts to end the pandemic. The two leaders reaffirmed their "
                 "shared\ncommitment through the U.S.-Sweden Energy Dialogue launched on\nMarch 3.",
                 published="2031-05-05", url=_WH_ROUND22)
    assert m.countries == ("SWE", "USA")
    assert m.date is None  # the text names no day of the call, and other days stand in it


def test_a_week_is_no_meeting_day():
    m = _meeting("During the week of October 6, Homeland Security Advisor Tom Reed\nled an interagency delegation to "
                 "Oslo, Norway. In a series of meetings,\nincluding with Norwegian Minister of Justice Kari Nordmann, "
                 "Mr. Reed\ndiscussed counterterrorism cooperation.", published="2031-10-11", url=_WH_ROUND22)
    assert m.date is None


def test_a_day_named_for_the_meeting_itself_still_dates_it():
    # (guards the narrowing: 'on March 3' after 'met' is the meeting's own day)
    m = _meeting("President Reed met on March 3 with Prime Minister Anna Lindqvist of Sweden\nahead of the May 12 "
                 "Arctic Summit. The two leaders discussed energy.", published="2031-03-04", url=_WH_ROUND22)
    assert m.date == "2031-03-03"


def test_ambassadors_and_chiefs_of_mission_from_a_list_of_countries_are_its_sides():
    m = _meeting("National Security Advisor Tom Reed met yesterday with Ambassadors\nand Chiefs of Mission from "
                 "Chile, Estonia, Ghana, Norway and\nVietnam. The group discussed their collective call for the "
                 "release of\nthe detained sailors.", published="2031-05-16", url=_WH_ROUND22)
    assert m.countries == ("CHL", "EST", "GHA", "NOR", "USA", "VNM")
    assert m.statements[0].agents == m.countries


def test_a_country_joining_a_call_by_its_unnamed_representatives_is_a_side():
    m = _meeting("President Reed spoke by video conference today with Allies and\npartners to underscore continued "
                 "support for Moldova.\n\nJoining President Reed on the call were Prime Minister Lindqvist of\nSweden, "
                 "Chancellor Weber of Germany, and representatives from Spain\nand the European Union.",
                 published="2031-09-08", url=_WH_ROUND22)
    assert m.countries == ("DEU", "ESP", "SWE", "USA")


def test_an_office_as_subject_and_a_well_known_office_holder_as_object_is_a_lead():
    m = _meeting("Spanish Foreign Minister met Sergey Lavrov and discussed energy security\n\nMarch 3rd, 2031\n\n"
                 "On 2nd of March 2031 Spanish Minister of Foreign Affairs Ana Ruiz visited Russia. The ministers "
                 "discussed relations between Spain and Russia.")
    assert m.countries == ("ESP", "RUS")
    assert sorted(p.family_name for p in m.participants if p.role == "principal") == ["Lavrov", "Ruiz"]


def test_he_made_the_remarks_while_meeting_names_the_meeting_and_the_paragraph_before_its_remarks():
    record = extract("Chinese President Chen Wei said China will deepen pragmatic cooperation with Spain in all "
                     "fields, particularly in green energy and trade, and in education, for more results this year.\n\n"
                     "He made the remarks while meeting Spanish Foreign Minister Ana Ruiz in Beijing on April 15, "
                     "2031.\n\nAna Ruiz said the visits had brought relations back on track.")
    m, = record.meetings
    assert sorted((p.family_name, p.country) for p in m.participants if p.role == "principal") == [
        ("Chen", "CHN"), ("Ruiz", "ESP")]
    assert m.statements[0].text.startswith("Chinese President Chen Wei said")
    assert m.statements[0].agents == ("CHN",)


def test_a_meeting_with_its_weekday_before_with_is_a_meeting():
    m = _meeting("Egyptian Foreign Minister Omar Nabil, who is currently in Lisbon, underlined Egypt's keenness on "
                 "cooperation.\n\nHe made the remarks during a meeting on Sunday with his Portuguese counterpart "
                 "Rui Costa, the spokesman said.", published="2031-03-17")
    assert (m.countries, m.date) == (("EGY", "PRT"), "2031-03-16")  # (the Sunday before)


@pytest.mark.parametrize("text, held", [
    ("The following is the gist of the summit meeting between Japanese Prime Minister Aiko Mori and Chinese "
     "President Chen Wei in Beijing:\n\nMori: I want to raise our relations to a higher level.", True),
    # (a meeting still to be held is none)
    ("A possible meeting between Japanese Prime Minister Aiko Mori and Chinese President Chen Wei in Beijing "
     "was discussed by officials.", False),
])
def test_a_meeting_between_people_of_two_sides_is_a_meeting(text, held):
    meetings = extract(text, published="2031-12-24").meetings
    assert (len(meetings) == 1 and meetings[0].countries == ("CHN", "JPN")) is held


@pytest.mark.parametrize("verb, fmt", [
    ("received congratulatory calls from", "telephone"),
    ("received courtesy calls from", "in_person"),  # (a courtesy call is a visit)
])
def test_calls_received_are_telephone_calls(verb, fmt):
    m = _meeting(f"On Tuesday, Prime Minister Ravi Menon {verb} President Moon Jae-in of the Republic of "
                 f"Korea, the statement said. Menon thanked President Moon for his greetings.", published="2019-06-05")
    assert m.format == fmt


def test_a_later_meeting_co_chaired_with_a_counterpart_is_a_meeting_of_its_own():
    # (a well-known office holder as the subject: the gazetteer gives his country)
    record = extract("Foreign Minister Mevlüt Çavuşoğlu had a meeting in Ankara on 8 June 2022 with Foreign Minister "
                     "Ivan Sokolov of the Russian Federation.\n\nMinister Çavuşoğlu underscored that dialogue would "
                     "benefit the region.\n\nThen, Minister Çavuşoğlu attended the ninth meeting of the Turkish-Dutch "
                     "Conference he co-chaired with Foreign Minister Pieter de Wit of the Netherlands, and a joint "
                     "press conference was held.\n\nMinister Çavuşoğlu underlined that relations with the "
                     "Netherlands dated back 4 centuries.")
    assert [m.countries for m in record.meetings] == [("RUS", "TUR"), ("NLD", "TUR")]


@pytest.mark.parametrize("title, fmt", [
    ("Joint Readout of Nordic Leaders Call", "telephone"),
    ("Readout of the Foreign Minister's Courtesy Call", "in_person"),
])
def test_a_title_that_ends_with_the_call_gives_the_format(title, fmt):
    m = _meeting("Today Prime Minister Anna Lindqvist of Sweden and Prime Minister Ola Nordmann of Norway\nconvened "
                 "to reaffirm their commitment to regional security.", title=title, published="2031-03-03",
                 url=_WH_ROUND22)
    assert m.format == fmt


@pytest.mark.parametrize("text, fmt", [
    ("Later that day, Minister Ayla Demir held a fruitful meeting with Foreign Minister Sean Byrne of Ireland via "
     "video-conference.", "video"),
    ("Egyptian Foreign Minister Omar Nabil and his US counterpart Tom Reed have affirmed the depth of relations between the "
     "two countries.\n\nNabil received on Sunday a phone call from Reed, where the two reiterated a desire to boost "
     "relations.", "telephone"),
])
def test_a_video_conference_with_a_hyphen_and_a_call_told_next_by_name(text, fmt):
    m = _meeting(text, published="2031-09-28")
    assert m.format == fmt


def test_a_visit_to_a_town_with_its_country_in_brackets_is_hosted_by_that_country():
    m = _meeting("On Sunday, June 7, commencing at 6:00 p.m. (local time) for approximately 20 minutes, Mr. Aiko Mori, "
                 "Prime Minister of Japan, who was visiting Elmau (Germany) to attend the G7 Summit, held a summit "
                 "meeting with H.E. Dr. Anna Weber, Federal Chancellor of the Federal Republic of Germany.",
                 published="2031-06-08")
    assert (m.countries, m.host_country) == (("DEU", "JPN"), "DEU")


def test_during_their_talks_after_a_visit_sentence_glued_to_it_is_the_lead():
    m = _meeting("– Vietnamese Deputy Prime Minister and Foreign Minister Tran Van An is paying an official visit to "
                 "Cuba from May 19-21 at the invitation of Cuban Foreign Minister Juan Ruiz Parilla.During their talks "
                 "on May 20, the two ministers informed each other of the situation in their countries.The two "
                 "ministers agreed that bilateral relations are developing well.", published="2031-05-21")
    assert "VNM" in m.countries
    # (the host who invited is the partner in 'their talks', held on their own day, in his country)
    assert (m.countries, m.host_country, m.date) == (("CUB", "VNM"), "CUB", "2031-05-20")
    assert m.statements[0].text.startswith("During their talks")
    # (the header's sentences end at the glued full stop too)
    from readout.header import _sentence_bounds
    text = "He met Minister Juan Ruiz Parilla.During their talks, they agreed."
    assert text[slice(*_sentence_bounds(text, 0))] == "He met Minister Juan Ruiz Parilla."
    assert text[slice(*_sentence_bounds(text, text.index("During")))] == "During their talks, they agreed."


def test_on_the_same_day_is_the_day_the_text_named_before():
    text = ("Published 21 November 2031\n\nForeign Minister Kemal Aydin visited Brussels to attend the NATO Foreign Ministers' Meeting on 20 November "
            "2031.\n\nDuring his speech, Minister Aydin emphasized the importance of solidarity.\n\nOn the same day, "
            "Minister Aydin met with Foreign Minister Tom Hale of the United Kingdom.\n\nAt the meeting, bilateral "
            "relations were discussed.")
    m = extract(text).meetings[0]
    assert m.date == "2031-11-20"
    assert text[slice(*m.spans["date"])] == "20 November 2031"


def test_a_day_still_to_come_after_the_meeting_leaves_its_date_alone():
    # ('would be pleased to host … on 11 December' is a plan: the date line's day stays the meeting's)
    text = ("Ankara, 20 November 2031\n\nMinister Kemal Aydin met with Foreign Minister Tom Hale of the United "
            "Kingdom.\n\nAt the meeting, bilateral relations were discussed.\n\nMinister Aydin stated that he would be pleased to host his counterpart in Ankara on 11 "
            "December 2031.")
    assert extract(text).meetings[0].date == "2031-11-20"
    earlier = text.replace("11 December 2031", "11 October 2031")
    assert extract(earlier).meetings[0].date is None  # (an earlier day: which one is the meeting's is unclear)


def test_a_place_line_over_the_date_line_is_where_the_release_was_issued():
    text = ("Press Releases: Secretary Reed's Meeting With UK Foreign Secretary Hale\n\nOffice of the Spokesperson\n\n"
            "Washington, DC\n\nAugust 22, 2031\n\nThe below is attributable to Spokesperson Ann Cole:\n\n"
            "Secretary Tom Reed met today with UK Foreign Secretary Jack Hale. They discussed global issues.")
    m = extract(text).meetings[0]
    assert (m.countries, m.host_country) == (("GBR", "USA"), "USA")
    assert text[slice(*m.spans["host_country"])] == "Washington"
    # (a line that is no place, or no date line under it, says nothing)
    assert extract(text.replace("Washington, DC", "Media Note")).meetings[0].host_country is None
    assert extract(text.replace("\n\nAugust 22, 2031", "")).meetings[0].host_country is None
    # (nor where the lead names a city abroad: the release came from home, the meeting was on a trip)
    abroad = text.replace("met today with UK Foreign Secretary Jack Hale.", "met today with UK Foreign Secretary Jack "
                          "Hale while accompanying the President on his trip to Paris.")
    assert extract(abroad).meetings[0].host_country is None


def test_a_list_of_demonym_counterparts_is_a_meeting_with_each():
    text = ("Foreign Minister Kemal Aydin of Türkiye met with his British, Finnish, Greek and Bulgarian counterparts on "
            "the sidelines of the NATO foreign ministers' meeting in Brussels on Wednesday.\n\nAydin and British "
            "Foreign Minister Tom Hale discussed the war in Gaza.\n\nAydin also met with Greek Foreign Minister Nikos "
            "Papas to discuss bilateral issues.\n\nAydin then met with Finnish Foreign Minister Elina Virta to discuss "
            "security cooperation.")
    record = extract(text, published="2031-04-04")
    assert [m.countries for m in record.meetings] == [("GBR", "TUR"), ("GRC", "TUR"), ("FIN", "TUR"), ("BGR", "TUR")]
    assert [[p.family_name for p in m.participants] for m in record.meetings] == [
        ["Aydin", "Hale"], ["Aydin", "Papas"], ["Aydin", "Virta"], ["Aydin"]]
    assert [s.text for s in record.meetings[2].statements] == ["to discuss security cooperation."]
    assert record.meetings[3].statements == ()  # (the text tells nothing more of the Bulgarian one)


@pytest.mark.parametrize("lead", [
    "Secretary Tom Reed held a trilateral meeting with his Japanese and Korean counterparts in Tokyo on Wednesday.",
    "Secretary Tom Reed met jointly with his Japanese and Korean counterparts in Tokyo on Wednesday.",
    "Secretary Tom Reed met with his Japanese and Korean and other counterparts in Tokyo on Wednesday.",
])
def test_counterparts_met_together_or_not_only_by_demonyms_stay_one_meeting(lead):
    assert len(extract(lead, published="2031-04-04").meetings) == 1


def test_a_capitalised_family_name_keeps_both_words_when_its_country_comes_later():
    text = ("On January 11, for approximately 105 minutes, Ms. MORI Aiko, Minister for Foreign Affairs of Japan, during "
            "her visit to The Hague, the Netherlands, held a Foreign Ministers' Meeting with H.E. Ms. Hanke BRUINS SLOT, "
            "Minister of Foreign Affairs, the Kingdom of the Netherlands. The overview is as follows.")
    m = extract(text, published="2031-01-11").meetings[0]
    assert [(p.family_name, p.country) for p in m.participants] == [("Mori", "JPN"), ("Bruins Slot", "NLD")]
    # (a name read without capitals still takes its country's convention: 'Anwar Ibrahim' is Anwar)
    other = extract("Prime Minister Mori Aiko of Japan held a meeting with Prime Minister Anwar Ibrahim in Kuala "
                    "Lumpur, Malaysia.", published="2031-01-11").meetings[0]
    assert ("Anwar", "MYS") in [(p.family_name, p.country) for p in other.participants]


def test_a_former_minister_who_is_the_leads_subject_held_the_talk():
    text = ("On September 14, commencing at 9:20 a.m. for approximately 10 minutes, former Foreign Minister MORI Aiko "
            "held a telephone talk with the Honorable Tom Reed, Secretary of State of the United States of America.")
    m = extract(text, published="2031-09-14").meetings[0]
    assert [(p.family_name, p.country) for p in m.participants] == [("Mori", "JPN"), ("Reed", "USA")]
    # (someone mourned, or former and not the subject, is still no principal)
    other = extract("On September 14, Prime Minister Ken Sato of Japan, remembering former Prime Minister Aiko Mori, "
                    "met with Secretary of State Tom Reed of the United States.", published="2031-09-14").meetings[0]
    assert "Mori" not in [p.family_name for p in other.participants]


def test_engaged_in_discussion_with_reports_a_meeting():
    record = extract("London, 21 June 2031 (TDI): German Foreign Minister Anna Berg engaged in discussion with her newly "
                     "appointed Turkish counterpart, Kemal Aydin, to address regional matters. The meeting took place on "
                     "the sidelines of the Ukraine Recovery Conference in London.")
    assert record.document.is_readout
    m = record.meetings[0]
    assert (m.date, m.countries) == ("2031-06-21", ("DEU", "TUR"))


def test_the_first_day_of_a_visits_span_gives_way_to_the_meetings_own_day():
    m = _meeting("Foreign Minister Tran Van An, on an official visit to Cuba from May 19-21, held talks on May 20 with "
                 "Cuban Foreign Minister Juan Ruiz.", published="2031-05-22")
    assert m.date == "2031-05-20"
    # (a span alone still dates the meeting by its first day)
    alone = _meeting("Foreign Minister Tran Van An held talks with Cuban Foreign Minister Juan Ruiz in Havana on May "
                     "19-21.", published="2031-05-22")
    assert alone.date == "2031-05-19"
    # (an invitation sent by someone who holds no talks in the lead names no partner)
    sent = _meeting("President Tom Reed met Prime Minister Ken Sato of Japan in Tokyo, at the invitation of King Ali "
                    "Hamad of Jordan.", published="2031-05-22")
    assert "JOR" not in sent.countries


def test_a_bracketed_line_under_a_sections_heading_gives_that_meetings_time():
    text = ("On December 2 and 3, 2031, Mr. Aiko Mori, Minister for Foreign Affairs, visited the Russian Federation, "
            "during which he paid a courtesy call on H.E. Mr. Ivan Petrov, President of the Russian Federation, in Saint "
            "Petersburg on December 2, and held a meeting in Moscow with H.E. Mr. Oleg Sokolov, Minister of Foreign "
            "Affairs of the Russian Federation on December 3. The overview of each meeting is as follows.\n"
            "1. Courtesy Call on President Petrov\n(5:50 p.m., Dec. 2 (local time, the same hereafter), for "
            "approximately 30 minutes)\n(1) President Petrov welcomed the visit.\n")
    first = extract(text).meetings[0]
    assert (first.start_time, first.duration_minutes) == ("17:50", 30)


def test_a_talk_named_with_an_abbreviation_glued_in_and_exchanged_opinions_with_report_meetings():
    talk = extract("On Friday, September 9, 2031, commencing at around 6:20 p.m. for approximately 15 minutes, Mr. Aiko "
                   "Mori, Minister for Foreign Affairs of Japan, held a Japan-United Kingdom(UK)-Australia Foreign Ministers’ "
                   "telephone talk with the Rt Hon. Tom Hale, Secretary of State for Foreign and Commonwealth Affairs of "
                   "the UK, and the Hon. Jane Reed MP, Minister for Foreign Affairs of Australia.").meetings[0]
    assert (talk.countries, talk.format, talk.start_time) == (("AUS", "GBR", "JPN"), "telephone", "18:20")
    views = extract("On December 19, 2031, commencing at 5:15 p.m. for approximately 45 minutes, Mr. Aiko Mori, "
                    "Minister for Foreign Affairs of Japan, exchanged opinions with Ms. Jane Reed, U.S. Ambassador to "
                    "Japan.").meetings[0]
    assert (views.date, views.countries, views.duration_minutes) == ("2031-12-19", ("JPN", "USA"), 45)


def test_the_countries_of_an_event_attended_are_no_sides_of_the_meeting_held_there():
    text = ("On March 3, 2031, commencing at 12:35 p.m. for approximately 60 minutes, Mr. MORI Aiko, Minister for "
            "Foreign Affairs of Japan, who is visiting India to attend the Japan-Australia-India-US (Quad) Foreign "
            "Ministers' Meeting, held a working lunch with H.E. Dr. S. Rao, Minister of External Affairs of India.")
    assert extract(text).meetings[0].countries == ("IND", "JPN")


def test_a_pronoun_after_a_spokespersons_words_is_the_one_named_before_them():
    text = ("MANILA - Foreign Affairs Secretary Jose Ramos reported for work Monday after an illness.\n\n“He reported for "
            "work at the department today,” DFA spokesperson Ana Cruz told reporters.\n\nHe held a face-to-face "
            "meeting with Canadian Ambassador Peter Hill at the department.")
    record = extract(text, published="2031-08-08")
    assert [(p.family_name, p.country) for p in record.meetings[0].participants] == [("Ramos", "PHL"), ("Hill", "CAN")]
    assert "principal: 'He' in the lead is Jose Ramos, named before the spokesperson's words" in record.warnings


def test_a_place_told_after_a_calls_lead_gives_no_one_a_country():
    text = ("On May 22, 2031 Foreign Minister Elmar Aliyev held a telephone conversation with Russian Foreign Minister "
            "Ivan Petrov.\n\nThe Ministers exchanged views on the pandemic.\n\nThe general exchange was held on the "
            "recent online session of the World Health Organisation in Geneva.")
    m = extract(text).meetings[0]
    assert [(p.family_name, p.country) for p in m.participants] == [("Aliyev", None), ("Petrov", "RUS")]


def test_the_minister_opening_a_news_sentence_is_the_minister_named_before():
    text = ("Moscow is open for cooperation with Washington, Russian Foreign Minister Ivan Petrov said Saturday. The "
            "minister held talks with US Deputy Secretary of State Tom Reed on the sidelines of the G20 Foreign Ministers' "
            "Meeting in Nagoya, Japan.")
    m = extract(text, published="2031-11-24").meetings[0]
    assert [(p.family_name, p.country) for p in m.participants] == [("Petrov", "RUS"), ("Reed", "USA")]


@pytest.mark.parametrize("place, code", [("the Kingdom of eSwatini", "SWZ"), ("Botswana", "BWA")])
def test_a_visit_named_before_the_verb_is_where_its_talks_were_held(place, code):
    m = extract(f"President Sipho Dube of South Africa has concluded a Working Visit to {place} where he held talks with "
                "His Majesty King Mandla III on a range of bilateral issues.").meetings[0]
    assert (m.countries, m.host_country) == (tuple(sorted(("ZAF", code))), code)


def test_a_spokesperson_who_says_the_meeting_was_held_is_no_party_to_it():
    text = ("President Sipho Dube has returned to South Africa after a state visit to Mozambique.\n\nIn a statement, "
            "spokesperson Thabo Mokoena said President Dube and Mozambique President Luis Nhaca held successful talks.")
    m = extract(text, published="2031-05-22").meetings[0]
    assert "Mokoena" not in [p.family_name for p in m.participants]


def test_a_stay_abroad_to_talk_to_someone_is_the_meeting_not_the_earlier_one_it_followed():
    text = ("Secretary of Foreign Affairs Jose Ramos is in Moscow to talk to Russian Foreign Minister Ivan Petrov on how "
            "both ministries would prepare the visit.\n\nThe bilateral meeting came at the heels of the meeting between "
            "President Ana Cruz of the Philippines and Russian President Oleg Sokolov on the sidelines of the APEC "
            "Summit in Lima, Peru.")
    m = extract(text, published="2031-12-06").meetings[0]
    assert [(p.family_name, p.country) for p in m.participants][:2] == [("Ramos", "PHL"), ("Petrov", "RUS")]
    assert "Sokolov" not in [p.family_name for p in m.participants]
    assert extract(text.split("\n\n")[1], published="2031-12-06").meetings == ()  # (the earlier one alone)
    # ('to talk to' without a stay or a journey before it reports no meeting)
    assert extract("Minister Jose Ramos of the Philippines wants to talk to Foreign Minister Ivan Petrov of Russia "
                   "soon.", published="2031-12-06").meetings == ()


def test_the_day_of_a_release_is_no_meetings_day():
    text = ("New Delhi, March 1 (PTI) External Affairs Minister Arjun Rao on Wednesday held talks with his Russian "
            "counterpart Ivan Petrov.\n\nIn a release on Tuesday night, the Russian Foreign Ministry had said the "
            "situation was grave. Rao also met his counterparts Anna Berg (South Africa) and Luis Ruiz (Argentina).")
    assert [m.date for m in extract(text, published="2031-03-01").meetings] == ["2031-03-01"] * 3


def test_also_met_separately_after_a_first_meeting_adds_meetings():
    text = ("RIO DE JANEIRO — Foreign Minister Aiko Mori of Japan held a brief meeting with her South Korean counterpart "
            "in Rio de Janeiro on Wednesday where they confirmed they would work together.\nThis was the first time Mori "
            "talked in person with South Korean Foreign Minister Kim Min-su.\nJapanese Foreign Minister Mori also met separately "
            "with British Foreign Secretary Tom Hale and French Foreign Minister Paul Roux.")
    record = extract(text, published="2031-02-22")
    assert [m.countries for m in record.meetings] == [("JPN", "KOR"), ("GBR", "JPN"), ("FRA", "JPN")]


def test_an_ambassador_meets_the_government_he_is_accredited_to_where_he_serves():
    m = extract("On December 19, 2031, commencing at 5:15 p.m. for approximately 45 minutes, Mr. Aiko Mori, Minister "
                "for Foreign Affairs of Japan, exchanged opinions with Ms. Jane Reed, U.S. Ambassador to Japan.").meetings[0]
    assert (m.countries, m.host_country) == (("JPN", "USA"), "JPN")
    # (a call has no host)
    call = extract("On December 19, 2031, Mr. Aiko Mori, Minister for Foreign Affairs of Japan, held a telephone talk "
                   "with Ms. Jane Reed, U.S. Ambassador to Japan.").meetings[0]
    assert call.host_country is None


def test_conducted_consultations_with_reports_a_meeting():
    m = extract("Principal Deputy National Security Advisor Tom Reed of the United States conducted bilateral and "
                "regional consultations with Minister of External Affairs Ravi Shah of India and National Security "
                "Advisor Anil Das in New Delhi on December 4, 2031.").meetings[0]
    assert (m.date, m.countries) == ("2031-12-04", ("IND", "USA"))
    # (a review conducted is no meeting)
    assert extract("Foreign Minister Rina Sari of Indonesia conducted a review of the embassy with Secretary of State "
                   "Tom Reed's letter in hand.").meetings == ()


def test_the_one_principal_without_a_country_holds_the_office_named_later_with_its_country():
    text = ("Hon. Minister for Foreign Affairs Mr. Daniel Okello held a telephone conversation with His Excellency "
            "Foreign Minister of Kenya Ms. Ruth Wanjiru this afternoon.\nThe two Ministers discussed trade across the "
            "border.\nThe Minister for Foreign Affairs of Uganda thanked the Government of Kenya for its help.")
    m = extract(text, published="2031-03-20").meetings[0]
    assert m.countries == ("KEN", "UGA")
    assert {p.name: p.country for p in m.participants} == {"Daniel Okello": "UGA", "Ruth Wanjiru": "KEN"}
    # (an office of another level names no one at the call: a prime minister is not the foreign minister)
    other = text.replace("The Minister for Foreign Affairs of Uganda", "The Prime Minister of Uganda")
    assert extract(other, published="2031-03-20").meetings[0].countries == ("KEN",)


def test_a_title_case_headline_with_a_plural_verb_and_fm_names_no_one():
    text = ("Peruvian FM, Chilean Counterpart Hold Key Talks\n\nPeruvian Foreign Minister Ana Rojas and her Chilean "
            "counterpart Luis Vidal in a meeting in Lima on Wednesday discussed trade and regional developments.")
    m = extract(text, published="2031-09-28").meetings[0]
    assert m.countries == ("CHL", "PER")
    assert sorted(p.name for p in m.participants if p.role == "principal") == ["Ana Rojas", "Luis Vidal"]
    # ('FM' is a foreign minister's title in a headline's short form)
    fm = extract("Chilean FM Luis Vidal meets Peruvian counterpart Ana Rojas in Lima", published="2031-09-28").meetings[0]
    assert [(p.name, p.title) for p in fm.participants][:1] == [("Luis Vidal", "FM")]


@pytest.mark.parametrize("second", [
    "The agreement was made during the new foreign minister's first phone conversation with Foreign Minister "
    "Aiko Mori held earlier in the day, according to the ministry.",
    "This understanding was reached between the two officials in a phone call made last night by Secretary Stone.",
])
def test_a_call_named_inside_the_next_sentence_gives_the_format(second):
    text = ("SEOUL, June 21 (Yonhap) -- South Korean Foreign Minister Kim Min-su and Japanese Foreign Minister Aiko Mori "
            "agreed Wednesday to work closely together on North Korea, the foreign ministry said.\n\n" + second)
    m = extract(text, published="2031-06-21").meetings[0]
    assert (m.format, m.host_country) == ("telephone", None)
    # (a call named later in the text, not in the next sentence, is another matter)
    later = extract(text.replace(second, "Kim arrived in Tokyo on Tuesday.\n\n" + second), published="2031-06-21")
    assert later.meetings[0].format == "in_person"


def test_post_nominal_privy_council_and_mp_letters_are_no_names():
    m = extract("On Wednesday, February 22, 2031, Mr. Aiko Mori, Prime Minister of Japan, held a telephone talk with the "
                "Right Honourable Tom Reed, P.C., M.P., Prime Minister of Canada.").meetings[0]
    assert [(p.name, p.country, p.role) for p in m.participants] == [
        ("Aiko Mori", "JPN", "principal"), ("Tom Reed", "CAN", "principal")]


def test_a_clause_break_inside_brackets_does_not_end_the_object():
    text = ("On March 20, 2031, Mr. Aiko Mori, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ "
            "Meeting (second time this year; lasted approximately three hours including the working lunch) with Mr. "
            "Ivan Ivanovich Petrov, Minister of Foreign Affairs of the Russian Federation.")
    m = extract(text).meetings[0]
    assert [(p.family_name, p.country) for p in m.participants] == [("Mori", "JPN"), ("Petrov", "RUS")]
    assert m.duration_minutes == 180


def test_the_day_someone_took_office_is_not_the_meetings():
    m = extract("1. Foreign Minister Kim Min-su, who took office on October 8, had a telephone conversation with US "
                "Secretary of State Ann Stone on October 9 at her request.", published="2031-10-09").meetings[0]
    assert m.date == "2031-10-09"


def test_a_principal_who_visited_a_party_in_the_next_sentence_makes_it_host():
    text = ("On October 13, 2031, Minister for Foreign Affairs of Japan Aiko Mori had a meeting with Minister for Foreign "
            "Affairs of Australia Tom Reed, at the Minister’s reception room for about 50 minutes. Mr. Reed visited "
            "Japan on his way to a conference in Europe.")
    assert extract(text).meetings[0].host_country == "JPN"


@pytest.mark.parametrize("city, host", [("Hanover", "DEU"), ("Davao City", "PHL"), ("Siem Reap", "KHM"),
                                        ("Marrakech", "MAR")])
def test_more_cities_where_leaders_meet_give_the_host(city, host):
    text = (f"Prime Minister Aiko Mori of Japan and the leader of the host country held talks in {city} on Monday, "
            f"with Foreign Minister Tom Reed of Canada joining them.")
    record = extract(text.replace("the leader of the host country", {"DEU": "German Chancellor Karl Weber",
                     "PHL": "Philippine President Jose Cruz", "KHM": "Cambodian Prime Minister Sok Dara",
                     "MAR": "Moroccan Prime Minister Ali Bennani"}[host]), published="2031-03-20")
    assert record.meetings[0].host_country == host


def test_separate_calls_on_two_of_one_country_then_a_new_subject_who_also_met_the_visitor():
    text = ("MFA Press Statement: Meetings between Singapore Leaders and India's Minister of External Affairs Mrs Priya "
            "Shah, 16 August 2031\n\n"
            "The Minister of External Affairs of India Mrs Priya Shah is in Singapore on an introductory visit.\n\n"
            "On 16 August 2031, Mrs Shah called separately on Singapore Prime Minister (PM) David Tan and Senior Minister "
            "(SM) Peter Lim. Minister for Foreign Affairs of Singapore K Rajan also met Mrs Shah and hosted her to lunch."
            "\n\nDuring his meeting with Mrs Shah, PM Tan reaffirmed the excellent relations between Singapore and India."
            "\n\nSM Lim and Mrs Shah exchanged views on recent developments in the region.\n\n"
            "Minister Rajan and Mrs Shah expressed satisfaction with the strengthening cooperation.")
    meetings = extract(text).meetings
    assert [sorted(p.family_name for p in m.participants if p.role == "principal") for m in meetings] == [
        ["Shah", "Tan"], ["Lim", "Shah"], ["Rajan", "Shah"]]
    assert [[s.text.split()[0] for s in m.statements] for m in meetings] == [["During"], ["SM"], ["Minister"]]
    # (without 'separately', the two of one country are one meeting with the visitor)
    together = extract(text.replace("called separately on", "called on")).meetings
    assert len(together) == 2


def test_separate_meetings_respectively_pair_each_subject_with_its_counterpart():
    text = ("Ahead of the inaugural 2+2 dialogue, External Affairs Minister Ravi Shah and Defence Minister Anil Das held "
            "separate meetings on Thursday with U.S. Secretary of State Tom Reed and Defense Secretary Ann Stone "
            "respectively.")
    meetings = extract(text, published="2031-09-06").meetings
    assert [sorted(p.family_name for p in m.participants if p.role == "principal") for m in meetings] == [
        ["Reed", "Shah"], ["Das", "Stone"]]


def test_a_time_range_in_a_sentence_that_tells_the_meeting_again_gives_its_length():
    text = ("Foreign Minister Kim Min-su met with U.S. Deputy Secretary of State Tom Reed on the afternoon of April 27, "
            "2031. In the meeting, the two sides reviewed the preparations for the summit.\n\n"
            "1. Foreign Minister Kim Min-su met with U.S. Deputy Secretary of State Tom Reed from 16:00 to 16:45 on "
            "Saturday, April 27.")
    m = extract(text).meetings[0]
    assert (m.date, m.start_time, m.duration_minutes) == ("2031-04-27", "16:00", 45)


@pytest.mark.parametrize("span", ["from 21 - 30 September 2031", "from 21-30 September 2031"])
def test_the_last_day_of_a_visits_span_gives_way_to_the_meetings_day(span):
    text = (f"Minister for Foreign Affairs Tan Boon Huat, who is in New York {span} for the General Assembly, met "
            "Saudi Foreign Minister His Royal Highness (HRH) Prince Saud Al-Faisal bin Abdulaziz Al Saud on 22 September "
            "2031.")
    m = extract(text).meetings[0]
    assert m.date == "2031-09-22"
    # (an honorific's abbreviation in brackets; the son of Faisal is known as Saud)
    assert ("Saud", "SAU") in [(p.family_name, p.country) for p in m.participants]


def test_meetings_with_two_of_one_country_by_a_pronoun_subject_then_on_the_next_day():
    text = ("Mr. Aiko Mori, Minister for Foreign Affairs of Japan, visited Australia from Saturday to Sunday, February 20 "
            "to 21. On the 20th, he had meetings with The Hon. Tom Reed, Minister for Defence, and The Hon. Ann Stone, "
            "Prime Minister of Australia in Sydney. On the 21st, Foreign Minister Mori held a Foreign Ministers’ "
            "Meeting with Foreign Minister Paul Hart of Australia in Canberra.")
    meetings = extract(text, published="2031-02-24").meetings
    assert [(m.date, sorted(p.family_name for p in m.participants if p.role == "principal")) for m in meetings] == [
        ("2031-02-20", ["Mori", "Reed"]), ("2031-02-20", ["Mori", "Stone"]), ("2031-02-21", ["Hart", "Mori"])]


def test_a_pronoun_stands_for_a_well_known_office_holder_named_without_a_title():
    text = ("Pham Binh Minh, who is also deputy prime minister, said during his three-day visit to Pyongyang that "
            "Vietnam supports dialogue.\nHe met with Foreign Minister Kim Song-il of the DPRK on Wednesday.")
    m = extract(text, published="2019-02-13").meetings[0]
    assert m.countries == ("PRK", "VNM")


def test_talks_in_mamallapuram_are_held_in_india():
    m = extract("Prime Minister Narendra Modi and Chinese President Li Wei held one-on-one talks in Mamallapuram on "
                "Friday.", published="2019-10-12").meetings[0]
    assert m.host_country == "IND"


def test_remarks_made_during_a_phone_conversation_report_the_call():
    text = ("BEIJING, Oct. 28 (Xinhua) -- Chinese Foreign Minister Wang Lei on Tuesday called on China and Japan to build "
            "stable ties.\n\nWang, also a member of the Political Bureau, made the remarks during a phone conversation "
            "with Japanese Foreign Minister Aiko Mori.")
    m = extract(text, published="2031-10-28").meetings[0]
    assert (m.format, m.countries) == ("telephone", ("CHN", "JPN"))


def test_a_quoted_phrase_inside_had_a_conversation_with():
    text = ("Ukrainian Foreign Minister Ivan Koval said he had had a “warm and meaningful” conversation with British "
            "Foreign Secretary Ann Stone.")
    assert extract(text, published="2031-09-05").meetings[0].countries == ("GBR", "UKR")


def test_a_visitor_received_by_the_hosts_is_in_their_country():
    text = ("Special Adviser to the Prime Minister of Japan Ken Sato has arrived in Ashgabat as part of his tour of five "
            "Central Asian countries.\n\nOn 5 February, Sato was received by President of Turkmenistan Serdar Orazov.")
    m = extract(text, published="2031-02-06").meetings[0]
    assert (m.countries, m.host_country) == (("JPN", "TKM"), "TKM")
    assert [p.family_name for p in m.participants if p.role == "principal"] == ["Sato", "Orazov"]


def test_a_day_quoted_after_an_attribution_and_a_colon_is_the_meetings():
    text = ("Thu 29 May 2031 | 07:57 AM\n\nThe Russian Ministry of Foreign Affairs announced that Foreign Minister Ivan "
            "Petrov held a telephone conversation with U.S. Secretary of State Tom Reed.\n\nAccording to the ministry's "
            "statement: \"On May 28, a telephone conversation took place between the two ministers.\"")
    assert extract(text).meetings[0].date == "2031-05-28"


def test_a_meeting_and_working_brunch_with_reports_the_meeting():
    text = ("Japan’s Foreign Minister MORI Aiko visited Manila for a Japan-Philippines Foreign Ministers’ Meeting and "
            "Working Brunch with Philippine Secretary of Foreign Affairs Maria Santos. The two-hour meeting focused on "
            "security.")
    record = extract(text, published="2031-01-15")
    assert record.document.is_readout and record.meetings[0].countries == ("JPN", "PHL")


def test_talks_said_to_be_separate_split_by_demonym_even_beside_the_quads_name():
    text = ("WASHINGTON — Japan, Australia and India agreed to continue cooperation within the Quad during the two "
            "separate talks of Japanese Foreign Minister Aiko Mori with his Australian and Indian counterparts in Washington on "
            "Sunday.\nIn talks with Australian Foreign Minister Ann Stone, Mori said the region matters.\nIn talks with "
            "Indian External Affairs Minister Ravi Shah, the two ministers agreed to cooperate in science.")
    meetings = extract(text, published="2031-01-20").meetings
    assert [m.countries for m in meetings] == [("AUS", "JPN"), ("IND", "JPN")]
    # (a Quad meeting with both, not said to be separate, stays one)
    together = extract(text.replace("the two separate talks", "the Quad meeting"), published="2031-01-20").meetings
    assert [m.countries for m in together] == [("AUS", "IND", "JPN")]


@pytest.mark.parametrize("venue, host", [("the Diaoyutai State Guesthouse", "CHN"), ("the Great Hall of the People", "CHN"),
                                         ("the Akasaka Palace", "JPN"), ("Rashtrapati Bhavan", "IND")])
def test_state_guest_houses_and_halls_are_places_of_their_country(venue, host):
    lead = {"CHN": "Chinese Foreign Minister Wang Lei held talks with U.S. Secretary of State Ann Stone",
            "JPN": "Japanese Prime Minister Aiko Mori held talks with U.S. Secretary of State Ann Stone",
            "IND": "Indian President Ravi Shah held talks with U.S. Secretary of State Ann Stone"}[host]
    m = extract(f"On June 29, 2031, {lead} at {venue}.").meetings[0]
    assert m.host_country == host
