"""Dates, times and durations as readouts write them."""
import datetime as dt

import pytest

from readout import dates

ANCHOR = dt.date(2023, 5, 24)  # a Wednesday


def _date(text, anchor=ANCHOR):
    m = next(m for m in dates.iter_dates(text) if dates.is_plausible_date_match(m))
    return dates.resolve_date(m, anchor)[0]


@pytest.mark.parametrize("text, want", [
    ("On May 20, commencing", dt.date(2023, 5, 20)),
    ("on 20 May 2021", dt.date(2021, 5, 20)),
    ("Date 2017-07-28", dt.date(2017, 7, 28)),
    ("met today with", ANCHOR),
    ("held talks on Monday", dt.date(2023, 5, 22)),
    ("held talks on Wednesday", ANCHOR),
    ("met yesterday with", dt.date(2023, 5, 23)),
    ("Nov. 24 (Jiji Press)", dt.date(2022, 11, 24)),
])
def test_resolve_date(text, want):
    assert _date(text) == want


def test_late_december_meeting_reported_in_january_takes_previous_year():
    assert _date("On December 28, the ministers", dt.date(2024, 1, 3)) == dt.date(2023, 12, 28)


def test_month_without_year_and_no_anchor_is_none_with_reason():
    m = next(dates.iter_dates("On May 20, the ministers"))
    assert dates.resolve_date(m, None) == (None, "no year in the text and no published date")


def test_may_as_a_verb_is_not_a_date():
    assert all(not dates.is_plausible_date_match(m) for m in dates.iter_dates("they may 20 times"))


@pytest.mark.parametrize("text, want, note", [
    ("commencing at 2:20 p.m., Mr.", "14:20", None),
    ("at 8:40 p.m. local time (On", "20:40", "local time"),
    ("from 11:30 a.m. (Japan time)", "11:30", "Japan time"),
    ("at 12 noon", "12:00", None),
    ("at 18:02 KST", "18:02", "KST"),
    ("at 12:10 p.m.", "12:10", None),
])
def test_find_time(text, want, note):
    found = dates.find_time(text)
    assert (found.value, found.note) == (want, note)


@pytest.mark.parametrize("text, minutes, approx", [
    ("for approximately 50 minutes", 50, True),
    ("for about an hour", 60, True),
    ("for around one hour and 20 minutes", 80, True),
    ("lasted two hours", 120, False),
    ("for 75 minutes", 75, False),
    ("for one and a half hours", 90, False),
    ("a 41-minute summit", 41, False),
])
def test_find_duration(text, minutes, approx):
    found = dates.find_duration(text)
    assert found.value == minutes and (found.note == "approximate") == approx


def test_time_range_gives_minutes():
    text = "from 10:30 a.m. to 1:10 p.m."
    assert dates.range_minutes(text, 0, len(text)).value == 160


def test_no_time_in_plain_text():
    assert dates.find_time("The two ministers met.") is None


@pytest.mark.parametrize("url, want", [
    ("https://www.example.gov/briefing-room/statements-releases/2024/09/13/readout-of-a-call/",
     (dt.date(2024, 9, 13), 2024)),
    ("https://news.example.com/politics/2023-10-11/ministers-meet", (dt.date(2023, 10, 11), 2023)),
    ("https://news.example.com/view.php?key=20251030002158478", (dt.date(2025, 10, 30), 2025)),
    ("https://news.example.com/20231011/ministers.html", (dt.date(2023, 10, 11), 2023)),
    ("https://www.example.gov/briefings-statements/2025/01/readout-of-a-call/", (None, 2025)),
    ("https://news.example.com/article/2019110756", (None, None)),  # an article number
    ("https://www.mofa.example/a_o/page4e_001313.html", (None, None)),
    ("https://2024.example.com/a", (None, None)),  # the host is never read
    ("https://news.example.com/2024/02/30/x", (None, 2024)),  # no such day; the month still gives the year
    (None, (None, None)),
])
def test_date_in_url(url, want):
    assert dates.date_in_url(url) == want


def test_resolve_with_year_takes_month_and_day_only():
    m = next(dates.iter_dates("On October 10, the ministers"))
    assert dates.resolve_with_year(m, 2023) == dt.date(2023, 10, 10)
    assert dates.resolve_with_year(next(dates.iter_dates("met today")), 2023) is None


@pytest.mark.parametrize("text, want", [
    # A line that is only a time stamp says when the page was posted, not when the meeting began.
    ("Ministers meet\n18:42 JST, January 13, 2025\nTOKYO — The ministers met at 3 p.m. on Monday.", "15:00"),
    ("Ministers meet\n9:05 a.m. 20 May 2023\nThe talk began at 10:00.", "10:00"),
    # The same words inside a sentence are the meeting's time.
    ("The ministers met at 6:30 p.m., January 13, 2025 being the first day of the visit.", "18:30"),
])
def test_time_stamp_lines_are_not_meeting_times(text, want):
    assert dates.find_time(text).value == want


@pytest.mark.parametrize("text, want", [
    ("talks were held at 1430 hrs in Islamabad", "14:30"),
    ("the call began at 09.15 hrs", "09:15"),
    ("from 14.00 to 14.40 hrs at the Ministry", "14:00"),
    ("trade grew by 14.30 per cent", None),
    ("the 2024 budget", None),
])
def test_twenty_four_hour_times_with_hrs(text, want):
    found = dates.find_time(text)
    assert (found.value if found else None) == want


def test_time_range_in_hrs_gives_minutes():
    text = "from 14.00 to 14.40 hrs at the Ministry"
    assert dates.range_minutes(text, 0, len(text)).value == 40


@pytest.mark.parametrize("line, iso", [
    ("Issued on: 22/03/2025 - 11:36", "2025-03-22"),   # slashes, the day past 12: day first
    ("05.12.2022", "2022-12-05"),                       # dots: day first (German, Russian pages)
    ("News item | 21-02-2024", "2024-02-21"),           # hyphens: day first (Dutch pages)
    ("03/04/2025", "2025-03-04"),                       # slashes that could be either: U.S. style
])
def test_numeric_date_lines(line, iso):
    assert dates.find_full_date(line).value.isoformat() == iso


def test_a_publication_stamp_after_a_numeric_date_is_no_meeting_time():
    from readout import extract
    text = ("Issued on: 22/03/2025 - 11:36 Modified: 22/03/2025 - 14:05\n\nTokyo (AFP) – Foreign Minister Aiko Mori "
            "hosted Chinese Foreign Minister Wang Yi in Tokyo on Saturday.")
    meeting, = extract(text).meetings
    assert (meeting.date, meeting.start_time) == ("2025-03-22", None)


def test_an_iso_stamp_with_its_time_is_a_date_line_and_on_the_nth_is_a_day_of_its_month():
    from readout import extract
    text = ("Japan-India Strategic Dialogue | NHK\n\n2024-03-07T10:12:44.320Z\n\nForeign Minister Aiko Mori met with "
            "Indian Foreign Minister Jaishankar for about an hour and 10 minutes from around 4 pm on the 7th in Tokyo.")
    meeting, = extract(text).meetings
    assert (meeting.date, meeting.start_time, meeting.duration_minutes) == ("2024-03-07", "16:00", 70)


@pytest.mark.parametrize("phrase, iso", [("on the 7th", "2024-03-07"), ("on the 28th", "2024-02-28")])
def test_on_the_nth_counts_back_from_the_publication_date(phrase, iso):
    m = next(dates.iter_dates(f"They met {phrase}."))
    assert dates.resolve_date(m, dt.date(2024, 3, 7))[0].isoformat() == iso


def test_an_ordinal_that_is_not_a_day_is_no_date():
    assert list(dates.iter_dates("They met on the 20th anniversary of the treaty.")) == []


@pytest.mark.parametrize("lead_date, iso", [("December 5", "2024-12-05"), ("May 12", "2024-05-12"),
                                            ("Thursday", "2024-05-09")])
def test_a_date_line_that_reads_either_way_follows_the_day_the_text_writes(lead_date, iso):
    from readout import extract
    text = (f"Vietnam, Australia foreign ministers hold online talks\n05/12/2024 21:07\n\nHanoi (VNA) – Foreign Minister "
            f"Bui Thanh Son held online talks with Australian Minister for Foreign Affairs Penny Wong on {lead_date}.")
    assert extract(text).meetings[0].date == iso


@pytest.mark.parametrize("text", ["The hourlong meeting", "the hour-long call", "their hour long talks"])
def test_an_hour_long_meeting_lasted_sixty_minutes(text):
    assert dates.find_duration(text).value == 60


def test_hours_long_talks_state_no_length():
    assert dates.find_duration("after hours-long talks") is None


def test_a_time_written_with_an_h_is_a_clock_time():
    assert dates.find_time("The meeting, which commenced at 14h30, took place").value == "14:30"
    assert dates.find_time("the 4h relay and the G20 2h session") is None


def test_the_end_of_a_day_range_is_no_date_line():
    text = "Visit of Minister Ana Ruiz to the Republic of Korea, 12 to 14 March 2024\n13 March 2024\n"
    assert dates.find_full_date(text).value.isoformat() == "2024-03-13"


def test_a_page_stamp_hours_ago_is_no_duration():
    from readout.dates import find_duration

    assert find_duration("Agency News | Last Updated: 3 hours ago\nThe two leaders spoke.") is None
    assert find_duration("Updated 2 hours ago. The talks lasted about 2 hours.").value == 120


def test_a_time_after_the_sentences_own_date_is_no_page_stamp():
    from readout.dates import find_time

    assert find_time("On 28 January 2024, at 10.00 hrs., Mr. Parnpree held talks").value == "10:00"
    assert find_time("On Monday, March 4, 2024 at 3 p.m., the leaders met").value == "15:00"
    assert find_time("Posted January 13, 2025 at 17:20") is None


@pytest.mark.parametrize("text, minutes", [
    ("The talks lasted 2.5 hours.", 150),          # a decimal is no '5 hours'
    ("They held a two-and-a-half-hour meeting.", 150),
    ("for 1.5 hours", 90),
])
def test_decimal_and_hyphened_durations(text, minutes):
    assert dates.find_duration(text).value == minutes


def test_a_time_in_hours_is_no_duration():
    # 'at 10.30 hrs.' is a start time (Thai and Indian style), not 10.3 or 30 hours
    assert dates.find_duration("On 8 March 2018 at 10.30 hrs., the Minister met the Deputy Prime Minister.") is None


def test_a_day_is_no_meetings_length():
    # '… in the past 24 hours' says when, not how long they talked
    assert dates.find_duration("The leaders spoke after the attacks of the past 24 hours.") is None


def test_a_slash_date_is_read_the_way_the_page_writes_its_dates():
    from readout import extract
    eu = extract("Brussels, 10/06/2025 - 18:41\n\nHigh Representative Kaja Kallas met Foreign Minister Ravi Rao of India "
                 "today. They recalled the attack of 22 April.")
    assert eu.meetings[0].date == "2025-06-10"
    us = extract("10/06/2025 11:52 PM EDT\n\nSecretary Ana Ruiz met Foreign Minister Ravi Rao of India today. They "
                 "recalled the attack of April 22.")
    assert us.meetings[0].date == "2025-10-06"


@pytest.mark.parametrize("text, value", [
    ("received the Prime Minister at Palazzo Chigi at 12.30 today", "12:30"),
    ("the talks ran from 18.00 in the evening", "18:00"),
    ("inflation grew at 12.50 percent", None),
])
def test_a_dotted_24_hour_time_after_at(text, value):
    found = dates.find_time(text)
    assert (found.value if found else None) == value


def test_france_diplomaties_title_stamp_gives_the_year():
    from readout import extract
    m = extract("France Diplomatie\n\nSingapore - Meeting between Jean Dupont and Ravi Rao (27.01.25)\n\nJean Dupont, "
                "Minister for Europe and Foreign Affairs, met with his Singaporean counterpart, Ravi Rao, at the Quai "
                "d'Orsay on 27 January.").meetings[0]
    assert (m.date, m.host_country) == ("2025-01-27", "FRA")


def test_a_date_in_a_links_url_is_no_date_of_the_text():
    text = ("Mr. Cole also led the fourth meeting of [the Strategic Group](https://www.whitehouse.gov/briefing-room/"
            "statements/2021/12/22/joint-statement/) on December 21.")
    assert [m.group() for m in dates.iter_dates(text)] == ["December 21"]


def test_a_span_of_years_is_no_date_line():
    from readout.dates import find_full_date
    # ('the 75th anniversary of the National Day (October 1, 1949 - October 1, 2024)': neither end)
    assert find_full_date("on the 75th anniversary (October 1, 1949 - October 1, 2024), the minister said") is None
    assert find_full_date("May 20, 2031 - 14:30 Tokyo").value.isoformat() == "2031-05-20"  # a time after the dash


def test_a_range_between_two_times_is_a_duration():
    text = "Minister Lee had his first telephone conversation with Minister Mori between 17:50 and 18:15 on October 4."
    assert dates.range_minutes(text, 0, len(text)).value == 25
    other = "Minister Lee met Minister Mori at 5 p.m. and 6 p.m. was the time of the dinner."
    assert dates.range_minutes(other, 0, len(other)) is None  # ('and' makes a range only after 'between')


@pytest.mark.parametrize("text, value", [
    ("Published February 22,2024", "2024-02-22"),  # (no space after the comma)
    ("27 September 203120:25", "2031-09-27"),  # (a date line run into its clock time, as MID pages scrape)
    ("On May 5, 2031 the ministers met", "2031-05-05"),
])
def test_a_year_after_a_bare_comma_or_glued_to_a_clock_time(text, value):
    found = dates.find_full_date(text)
    assert found is not None and found.value.isoformat() == value


def test_a_glued_year_needs_a_whole_clock_time_after_it():
    assert dates.find_full_date("27 September 203125 people") is None
    assert dates.find_full_date("May 20313") is None


def test_a_weekday_followed_by_a_numeric_date_is_that_date():
    from readout import extract
    m = extract("September 20, 2031\n\nFM receives call from New Zealand FM\n\nMinister of Foreign Affairs of Egypt Omar "
                "Nabil received a phone call on Tuesday 30/1/2031, from the Minister of Foreign Affairs of New Zealand, "
                "Tom Reed.").meetings[0]
    assert m.date == "2031-01-30"


def test_a_24_hour_time_with_a_redundant_pm():
    assert dates.find_time("commencing at 18:10 p.m. for approximately 15 minutes").value == "18:10"
    assert dates.find_time("at 18:10 a.m.") is None  # (no such time)


def test_on_the_day_of_the_month_opening_a_sentence_is_a_date():
    from readout.dates import iter_dates
    text = "On the 21st, the minister met his counterpart."
    assert [m.group() for m in iter_dates(text, 0, len(text))] == ["the 21st"]
