"""Document facts: publisher detection and readout/kind classification, and their rules files."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from readout import extract
from readout.document import (KINDS, PhraseMatcher, classify_document, count_turns, detect_publisher,
                              is_news_host, lead_text, publisher_from_text, title_zone, tokenize)
from readout.inputs import iter_inputs
from readout.pipeline import extract_input
from readout.record import Document
from readout.rules import load, require_groups

ROOT = Path(__file__).resolve().parents[1]
INPUTS = Path(__file__).parent / "fixtures" / "inputs"


# A meeting as the header stage gives it, between two parties.
_A_MEETING = SimpleNamespace(countries=("JPN", "PER"), organizations=(), occasion=None)


def classify_text(text: str, title=None, url=None, meetings=()):
    document = Document(id="x", source="x", text=text, is_readout=False, title=title, url=url)
    return classify_document(document, list(meetings))


def record_for(path: Path):
    return extract_input(next(iter_inputs([str(path)])))


# ---------------------------------------------------------------- publisher

@pytest.mark.parametrize("url, publisher", [
    ("https://www.mofa.go.jp/a_o/na/page1e_000001.html", "Ministry of Foreign Affairs of Japan"),
    ("https://bidenwhitehouse.archives.gov/briefing-room/x/", "The White House"),
    ("https://www.whitehouse.gov/briefings-statements/2025/01/x/", "The White House"),
    ("https://www.state.gov/secretary-blinkens-meeting/", "U.S. Department of State"),
    ("https://2021-2025.state.gov/x/", "U.S. Department of State"),
    ("https://www.mofa.go.kr/eng/brd/m_5676/view.do", "Ministry of Foreign Affairs of the Republic of Korea"),
    ("https://japan.kantei.go.jp/101_kishida/actions/202206/01.html", "Prime Minister's Office of Japan"),
    ("https://en.yna.co.kr/view/AEN2021", "Yonhap News Agency"),
    ("www.gov.uk/government/news/x", "Government of the United Kingdom"),
    ("https://example.org/x", None),
    ("not a url", None),
    (None, None),
])
def test_publisher_from_url(url, publisher):
    assert detect_publisher("Some text.", url) == publisher


def test_publisher_from_dateline_and_masthead():
    assert publisher_from_text("SEOUL, May 12 (Yonhap) -- Ministers met.") == "Yonhap News Agency"
    assert publisher_from_text("Tokyo, Nov. 24 (Jiji Press)--Ministers met.") == "Jiji Press"
    assert publisher_from_text("OFFICE OF THE SPOKESPERSON\n\nOffice of the Spokesperson\nThe Secretary met") == \
        "U.S. Department of State"


def test_publisher_is_not_taken_from_a_mention():
    text = "The two leaders met in Paris. " * 20 + "The White House said the talks were useful. " * 10
    assert detect_publisher(text, None) is None


def test_news_hosts():
    assert is_news_host("https://www.reuters.com/world/x") and not is_news_host("https://www.mofa.go.jp/x")


def test_publishers_rules_file_is_valid():
    data = require_groups("publishers.yaml", load("publishers.yaml"), ["hosts", "news_hosts", "cues"])
    assert all(isinstance(v, str) and v for group in data.values() for v in group.values())
    assert not set(data["hosts"]) & set(data["news_hosts"])


# ---------------------------------------------------------------- kinds

@pytest.mark.parametrize("name, is_readout, kind", [
    ("mofa-style.txt", True, "readout"),
    ("page-with-main.html", True, "readout"),
    ("page-without-main.html", True, "readout"),
    ("front-matter.md", True, "readout"),
    ("doc.json", True, "readout"),
    ("crlf-nbsp.txt", True, "readout"),
    ("news-report.txt", True, "news_report"),
    ("announcement.txt", False, "announcement"),
    ("news-preview.txt", False, "announcement"),
    ("press-conference.txt", False, "press_conference"),
    ("remarks.txt", False, "remarks"),
    ("joint-statement.txt", False, "joint_statement"),
    ("joint-statement-meeting.txt", True, "joint_statement"),
])
def test_fixture_kinds(name, is_readout, kind):
    document = record_for(INPUTS / name).document
    assert (document.is_readout, document.kind) == (is_readout, kind)


@pytest.mark.parametrize("name, is_readout, kind", [
    ("announcement-future-visit.txt", False, "announcement"),
    ("canada-germany-ministers-meeting.md", True, "readout"),
    ("japan-kenya-telephone-talk.txt", True, "readout"),
    ("japan-portugal-foreign-ministers-meeting.txt", True, "readout"),
    ("news-korea-australia-talks.txt", True, "news_report"),
    ("state-department-meeting.html", True, "readout"),
    ("white-house-call-readout.json", True, "readout"),
])
def test_example_kinds(name, is_readout, kind):
    document = record_for(ROOT / "examples" / name).document
    assert (document.is_readout, document.kind) == (is_readout, kind)


@pytest.mark.parametrize("text, expected", [
    ("Minister Lee spoke with Minister Dupont by telephone on Monday.", (True, "readout")),
    ("President Ruiz held a telephone talk with Prime Minister Okoye.", (True, "readout")),
    ("The Foreign Minister received a courtesy call from the Ambassador of Peru.", (True, "readout")),
    ("Foreign Minister Lund will visit Japan next week to hold talks with Foreign Minister Ito.",
     (False, "announcement")),
    ("Foreign Minister Lund is scheduled to meet Foreign Minister Ito on May 3.", (False, "announcement")),
    ("The two governments are coordinating a summit between the leaders for next month.", (False, "announcement")),
    # what happened comes first, so a later plan does not make it an announcement
    ("Minister Rossi of Italy met Minister Dupont of France in Rome on Tuesday and agreed that they will meet "
     "again in the autumn.", (True, "readout")),
    ("Nothing here is about a meeting at all.", (False, "other")),
    # references to earlier meetings are no evidence that this one took place
    ("The two leaders, who last met in Lima in 2019, will hold talks in Seoul on Friday.",
     (False, "announcement")),
    ("The ministers, who have not met since 2021, are scheduled to hold the so-called 2+2 talks.",
     (False, "announcement")),
    ("The ministry announced that Foreign Minister Nguyen of Viet Nam and Foreign Minister Tan of Singapore held "
     "talks in Hanoi on Friday.", (True, "news_report")),
    ("On the eve of the summit, President Lee met Prime Minister Ishiba in Osaka.", (True, "readout")),
])
def test_lead_cues(text, expected):
    # As the pipeline calls it: with the meetings the header found (a news report needs one).
    assert classify_text(text, meetings=extract(text).meetings) == expected


def test_title_decides_for_press_conferences_even_when_a_meeting_is_mentioned():
    text = "Minister Ito: Yesterday I held a meeting with the Foreign Minister of Chile."
    assert classify_text(text, title="Press Conference by Foreign Minister Ito") == (False, "press_conference")


def test_readout_title_with_plans_in_the_lead():
    text = "The minister will meet the press after he met with Foreign Minister Wang in Tokyo."
    assert classify_text(text, title="Japan-China Foreign Ministers' Meeting", meetings=[_A_MEETING])[0] is True


def test_header_meetings_support_a_document_without_cues():
    text = "Foreign Minister Lund and Foreign Minister Ito, Tokyo, 3 May."
    assert classify_text(text) == (False, "other")
    assert classify_text(text, meetings=[_A_MEETING]) == (True, "readout")


def test_captions_are_not_the_lead():
    text = "Japan-Peru Relations\n\nFile photo: the ministers at an earlier meeting.\n\n" \
           "Foreign Minister Ito will visit Peru from June 3 to 5 and is scheduled to hold talks in Lima."
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (False, "announcement")


def test_japanese_readout_and_announcement():
    assert classify_text("本日、外務大臣は、訪日中のペルー外務大臣と会談を行いました。概要は以下のとおりです。",
                         meetings=[_A_MEETING])[0] is True
    assert classify_text("外務大臣は、来週ペルーを訪問する予定です。現地で外相会談を予定しています。"
                         "これは長い文章であり、段落として扱われるべきものです。") == (False, "announcement")


def test_news_report_by_url_and_by_dateline():
    text = "The foreign ministers of Chile and Peru held talks in Lima on Monday, officials said."
    found = extract(text).meetings
    assert found
    assert classify_text(text, url="https://www.reuters.com/world/x", meetings=found) == (True, "news_report")
    assert classify_text("LIMA, June 3 (Andes Wire) -- " + text, meetings=found) == (True, "news_report")
    assert classify_text(text, url="https://www.mofa.go.jp/x", meetings=found) == (True, "readout")
    # A story with no meeting found in it, and nothing but weak cues ("urged"), is no readout.
    weak = "China on Monday urged the Philippines to stop its provocations, officials said."
    assert classify_text(weak, url="https://www.reuters.com/world/x") == (False, "news_report")


def test_transcript_turns():
    transcript = "MODERATOR: Welcome.\nQ: A question.\nSECRETARY LANE: An answer.\n"
    assert count_turns(transcript) == 3
    assert count_turns("NEW YORK: The ministers met.\nRIYADH: Another dateline.") == 0
    assert count_turns("JANE DOE: one.\nJOHN ROE: two.\nJANE DOE: three.") == 2


def test_phrase_matcher_gaps_stay_in_one_sentence():
    matcher = PhraseMatcher.build({"held": ["held … meeting"], "met": ["met with"]})
    first, counts = matcher.scan(tokenize("They held a long bilateral meeting. Then met with him."))
    assert first == {"held": 1, "met": 8} and counts == {"held": 1, "met": 1}
    first, _ = matcher.scan(tokenize("They held a reception. The meeting was later."))
    assert "held" not in first


def test_title_zone_and_lead_skip_captions():
    text = "Japan-Chile Relations\n\nMay 1, 2020\n(Photo) Ministers\n\nOn May 1, the ministers held a long meeting in Tokyo on the margins of the summit."
    captions = [(35, 53)]
    assert "(Photo)" not in title_zone(text, None, captions)
    assert lead_text(text, captions).startswith("On May 1, the ministers")


def test_kinds_rules_file_is_valid_and_every_cue_has_words():
    data = load("kinds.yaml")
    groups = ["title_press_conference", "title_remarks", "title_joint_statement", "title_statement",
              "title_other", "title_readout", "title_announcement", "held", "held_weak", "future",
              "speech", "transcript_labels", "news", "official", "neutral"]
    require_groups("kinds.yaml", data, groups)
    for group in groups:
        PhraseMatcher.build({group: data[group]})  # raises on a cue without words
    assert set(KINDS) >= {"readout", "announcement", "press_conference", "remarks", "statement",
                          "joint_statement", "news_report", "other"}


def test_menu_lines_in_the_title_zone_are_not_titles():
    text = ("Home | Press Conferences | Speeches and Remarks | Joint Statements\n\nPress Conferences\n\n"
            "Japan-Peru Foreign Ministers' Meeting\n\nOn May 3, Foreign Minister Ito held a meeting with "
            "Foreign Minister Vega of Peru in Tokyo, and the two ministers exchanged views.")
    assert classify_text(text, meetings=extract(text).meetings) == (True, "readout")


def test_a_cue_without_words_is_a_rules_error():
    from readout.errors import RulesError

    with pytest.raises(RulesError, match="has no words"):
        PhraseMatcher.build({"held": ["… meeting"]})


def test_news_report_by_a_news_outlets_masthead():
    from readout import extract

    text = ("Japan, S. Korea foreign ministers agree to boost ties\n\nKYODO NEWS - Jan 13, 2025 - 21:05 | World\n"
            "Japanese Foreign Minister Ken Ono and South Korean counterpart Kim Min-ho agreed Monday to further "
            "develop bilateral ties during talks in Seoul.")
    document = extract(text).document
    assert (document.publisher, document.kind) == ("Kyodo News", "news_report")


def test_a_news_story_without_a_meeting_is_no_readout():
    """A story about a protest or a briefing has 'urged', 'expressed' ... but reports no meeting."""
    from readout import extract

    text = ("China urges neighbour to stop provocations\n\nBEIJING, Aug 19 (Reuters) - China on Monday urged the "
            "Philippines to stop its provocations in the South China Sea, a day after two vessels collided.\n\n"
            "Foreign ministry spokesperson Mao Ning told a regular press briefing that China had lodged stern "
            "representations with Manila.\n\nChinese President Xi Jinping and Philippine President Ferdinand "
            "Marcos Jr. last met in San Francisco in November 2022 on the sidelines of the APEC summit.")
    record = extract(text, published="2024-08-19")
    assert record.meetings == ()
    assert (record.document.is_readout, record.document.kind) == (False, "news_report")


def test_a_news_report_of_a_meeting_is_still_a_readout():
    from readout import extract

    text = ("SEOUL, May 12 (Yonhap) -- First Vice Foreign Minister Choi Jong-kun met with his Mongolian "
            "counterpart, Batsumber Munkhjin, in Seoul on Wednesday and discussed regional cooperation, the "
            "foreign ministry said.")
    record = extract(text, published="2021-05-12")
    assert len(record.meetings) == 1
    assert (record.document.is_readout, record.document.kind) == (True, "news_report")


@pytest.mark.parametrize("title", ["Address to the Parliament of Australia by the Foreign Minister",
                                   "Article by Foreign Minister Kamikawa: A Partnership for the Pacific"])
def test_an_address_or_an_article_that_recalls_a_meeting_is_no_readout(title):
    from readout import extract

    text = ("Earlier this week I met with my G20 counterparts, and yesterday I sat down with Secretary Blinken "
            "to discuss the situation in the Middle East. Today I want to speak about our region's future.")
    record = extract(text, title=title, published="2024-11-20")
    assert record.document.is_readout is False and record.meetings == ()


def test_a_written_briefing_on_a_call_is_its_readout_and_a_briefing_with_questions_is_not():
    readout_text = ("Written Briefing by Spokesperson Kim Ha-na on the Phone Call between President Lee Jae Myung and "
                    "Prime Minister Ana Silva of Portugal\n\n2025.07.02\n\nPresident Lee Jae Myung held a 20-minute "
                    "phone call with Prime Minister Ana Silva of Portugal starting at 4 p.m. today.\n\nThe two leaders "
                    "agreed to deepen cooperation in shipbuilding.")
    record = extract(readout_text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    meeting, = record.meetings
    assert (meeting.countries, meeting.start_time, meeting.duration_minutes) == (("KOR", "PRT"), "16:00", 20)
    briefing = ("Press Briefing by Spokesperson Kim Ha-na on the Phone Call between the two leaders\n\n"
                "Q: Did President Lee Jae Myung hold a phone call with Prime Minister Silva today?\n"
                "Spokesperson: Yes. President Lee held a phone call with Prime Minister Silva.\n"
                "Q: What did they discuss?\nSpokesperson: Shipbuilding.\n")
    assert extract(briefing).document.kind == "press_conference"


@pytest.mark.parametrize("masthead, publisher", [
    ("GOV.UK\nHome\nPM call with Prime Minister Luxon: 7 July 2024", "Government of the United Kingdom"),
    ("PM Luxon meets President Marcos in Manila | Beehive.govt.nz", "New Zealand Government"),
])
def test_mastheads_name_the_publisher(masthead, publisher):
    assert publisher_from_text(masthead + "\n\nThe Prime Minister spoke to Prime Minister Luxon today.") == publisher


def test_a_statement_on_an_election_that_was_held_is_no_readout():
    text = ("Statement by Press Secretary KOBAYASHI Maki on the General Election in the Kingdom of Bhutan\n\n"
            "January 11, 2024\n\n1. Japan welcomes the peaceful and orderly conduct of the National Assembly Elections "
            "in the Kingdom of Bhutan, the final round of which was held on January 9, and extends its congratulations "
            "to the winning party.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (False, "statement")


def test_the_white_house_press_office_masthead_names_the_publisher():
    text = ("the WHITE HOUSE\nPresident Barack Obama\n\nThe White House\nOffice of the Press Secretary\nFor Immediate "
            "Release\nApril 18, 2016\n\nThe President called Prime Minister Shinzo Abe of Japan today.")
    record = extract(text)
    assert record.document.publisher == "The White House"
    assert [(p.family_name, p.country) for p in record.meetings[0].participants] == [("Obama", "USA"), ("Abe", "JPN")]


def test_a_speech_checked_against_delivery_is_no_readout():
    text = ("Speech\nAustralia's engagement in our region: the year in review\n\nSpeech, check against delivery\n"
            "4 December 2024\n\nThank you for that introduction. In my meetings with Foreign Minister Wang Yi in Canberra "
            "in March, I was clear that we would cooperate where we can.")
    assert extract(text).document.is_readout is False


def test_the_mofa_official_cue_does_not_use_up_the_held_that_makes_a_visit_page_a_readout():
    text = ("Visit to Japan by H.E. Mr. Jonas Petras, Minister of Foreign Affairs of Lithuania\n\nJune 20, 2024\n\n"
            "On June 19, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Minister Petras.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")


def test_leaders_likely_to_speak_this_week_is_an_announcement():
    text = ("Trump, Xi Likely to Speak This Week as Trade Truce Frays\n\nJune 2, 2025\n\nPresident Donald Trump and "
            "Chinese President Xi Jinping are likely to speak by phone this week, the White House said, as the two "
            "economies trade accusations that the other side has broken a tariff truce reached last month.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind, record.meetings) == (False, "announcement", ())


def test_a_breadcrumb_section_is_not_what_the_page_is():
    text = ("Ministry of Foreign Affairs of the People's Republic of China\nHome > Foreign Ministry > Spokesperson's "
            "Remarks\nXi Jinping Meets with Spanish Prime Minister Pedro Sánchez\nUpdated: April 11, 2025 20:47\n"
            "On the afternoon of April 11, President Xi Jinping met with Spanish Prime Minister Pedro Sánchez, who is on "
            "an official visit to China, at the Great Hall of the People in Beijing.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    assert record.meetings[0].countries == ("CHN", "ESP")


def test_a_governments_statement_on_a_meeting_of_others_is_a_statement():
    text = ("Press Releases\nStatement by Foreign Minister IWAYA Takeshi on the Meeting between the Leaders of Armenia and "
            "Azerbaijan in Washington, D.C.\nAugust 9, 2025\nJapanese\n  1. Japan welcomes that, on August 8 (local "
            "time), H.E. Mr. Ilham Aliyev, President of the Republic of Azerbaijan, and H.E. Mr. Nikol Pashinyan, Prime "
            "Minister of the Republic of Armenia, met in Washington, D.C.")
    record = extract(text)
    assert record.document.title.startswith("Statement by Foreign Minister IWAYA Takeshi")
    assert (record.document.is_readout, record.document.kind) == (False, "statement")


def test_a_schedule_as_briefed_is_an_announcement():
    text = ("Prime Minister Ishiba’s Attendance at the ASEAN-related Summit Meetings in the Lao PDR (Schedule as Briefed "
            "by the Press Secretary)\nOctober 8, 2024\n\nThe Press Secretary briefed the press today on the schedule of "
            "Mr. ISHIBA Shigeru, Prime Minister of Japan, for his visit to Vientiane.\nThursday, October 10\n  Morning: "
            "ASEAN-Japan Summit Meeting")
    assert extract(text).document.kind == "announcement"


@pytest.mark.parametrize("head, country", [
    ("Government of the Netherlands\n\nHome > Topics > News\n\n", "NLD"),
    ("Ministry of Foreign Affairs of the Czech Republic\n\nCzech | English\n\n", "CZE"),
    ("Sultanate of Oman\nMinistry of Foreign Affairs\n\nHome   Ministry   Media Center\n\n", "OMN"),
    ("Ministry of Foreign Affairs and Regional Integration\nRepublic of Ghana\n\nHOME   ABOUT US\n\n", "GHA"),
    ("The President of the State of Israel\nHome > News > Press Releases\n\n", "ISR"),
    ("Official website of the President of the Republic of Poland\nNews | President\n\n", "POL"),
    # a foreign ministry's masthead in capitals, its country last, its building after a bar
    ("MINISTERIO DE RELACIONES EXTERIORES\nMINISTRY OF FOREIGN AFFAIRS PERU  |  TORRE TAGLE\n\n", "PER"),
    ("Ministry of Foreign Affairs, Republic of Fiji\nMedia\n\n", "FJI"),
])
def test_a_governments_masthead_names_the_publisher_and_its_country(head, country):
    from readout.countries import resolve_publisher_country
    from readout.document import detect_publisher

    text = head + "The Minister of Foreign Affairs met the Ambassador of Chile on 3 March 2025."
    assert resolve_publisher_country(None, detect_publisher(text, None)) == country


def test_no_masthead_in_a_sentence():
    from readout.document import publisher_from_masthead

    assert publisher_from_masthead("The Ministry of Foreign Affairs of Japan said on Monday that talks were held.") is None
    # A wrapped first line of a sentence is no masthead.
    assert publisher_from_masthead("President Biden spoke today with President Abdel Fattah El-Sisi of Egypt\nabout "
                                   "the situation.") is None


def test_the_new_zealand_governments_site_names_itself():
    text = ("The official website of the New Zealand Government\n\nForeign Minister meets Chinese counterpart\n\n"
            "Foreign Minister Nanaia Mahuta met China's Foreign Minister Qin Gang in Beijing on Thursday.")
    assert detect_publisher(text, None) == "New Zealand Government"


# ---------------------------------------------------------------- a meeting between parties

_WH = "https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/04/x/"


def _from_white_house(title: str, body: str):
    return extract(f"{title}\n\n{body}", url=_WH, published="2023-05-04")


def test_a_readout_of_a_meeting_at_home_is_no_readout():
    # ANNOTATION.md: a readout reports a meeting of officials of two countries (or a country and an
    # international organisation); a government's readout of its talks at home is not one.
    record = _from_white_house(
        "Readout of the President’s Call with Governor Dana Whitfield of Oregon",
        "Today, the President spoke with Governor Dana Whitfield of Oregon about the wildfires near Bend. "
        "The President offered federal support and agreed to stay in close touch with the Governor.")
    assert (record.document.is_readout, record.document.kind, record.meetings) == (False, "other", ())


def test_a_convening_with_no_meeting_found_is_no_readout():
    record = _from_white_house(
        "Readout of White House Roundtable with Apprenticeship Leaders",
        "On Thursday, senior officials hosted a roundtable with employers, unions and training providers "
        "to discuss registered apprenticeships. Participants shared lessons from their programs.")
    assert not record.document.is_readout


@pytest.mark.parametrize("title, body, parties", [
    # the other party named by a demonym the header resolves ('Kosovan': XKX, a user-assigned code)
    ("Readout of National Security Advisor’s Call with Kosovan Prime Minister Albin Kurti",
     "National Security Advisor Jake Sullivan spoke today with Prime Minister Albin Kurti of Kosovo about "
     "the situation in the north.", {"USA", "XKX"}),
    # a head of state by title alone
    ("Readout of President Biden’s Call with His Holiness Pope Francis",
     "President Joseph R. Biden, Jr. spoke today with His Holiness Pope Francis. The President thanked "
     "His Holiness for his prayers for peace.", {"USA", "VAT"}),
    ("Readout of President Biden’s Call with King Charles III",
     "President Joseph R. Biden, Jr. spoke today with King Charles III to congratulate him on the "
     "anniversary of his accession.", {"USA", "GBR"}),
])
def test_a_foreign_party_named_by_title_keeps_the_readout(title, body, parties):
    record = _from_white_house(title, body)
    assert record.document.is_readout
    assert set(record.meetings[0].countries) == parties


def test_a_foreign_city_in_the_title_keeps_the_readout():
    record = _from_white_house(
        "Readout of National Security Advisor’s Call with Khaled bin Mohamed Al Nahyan, Crown Prince of Abu Dhabi",
        "National Security Advisor Jake Sullivan spoke today with Khaled bin Mohamed Al Nahyan, the Crown "
        "Prince of Abu Dhabi. Mr. Sullivan congratulated Sheikh Khaled on his recent appointment.")
    assert record.document.is_readout and sorted(record.meetings[0].countries) == ["ARE", "USA"]


def test_a_foreign_party_without_a_country_keeps_the_readout():
    # The header finds the publisher's country alone; the title says the other side is from abroad.
    record = _from_white_house(
        "Readout of National Cyber Director’s Roundtable with Foreign Dignitaries",
        "Today, National Cyber Director Chris Inglis hosted a roundtable at the White House with the "
        "ambassadors and senior officials who attended the launch of the initiative.")
    assert record.document.is_readout


def test_an_unknown_publisher_with_no_meeting_found_is_no_readout():
    assert classify_text("Readout: ministers discussed cooperation\n\nThe ministers discussed cooperation "
                         "and agreed to meet again.") == (False, "other")


def test_a_republished_press_release_is_no_transcript():
    # 'PRESS RELEASE : …' lines (the page and its related links) are no speaker turns, and a
    # site's host name on top is its masthead, not the title.
    text = ("NEWSWIRE.EXAMPLE.ORG\nHome   Politicians   Speeches   Press Releases\n\n"
            "PRESS RELEASE : Minister Holt meets Chilean Foreign Minister Pablo Reyes [May 2024]\n\n"
            "Posted on May 15, 2024 by newswire\n\n"
            "Minister Anna Holt of New Zealand met Chile's Minister of Foreign Affairs, Pablo Reyes, in Wellington "
            "today. The ministers discussed trade and Antarctic science.\n\nRelated\n"
            "PRESS RELEASE : Minister Holt call with the Peruvian Foreign Minister [April 2024]\n"
            "PRESS RELEASE : New Zealand and Chile sign an agreement [June 2024]\n")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    assert record.document.title.startswith("PRESS RELEASE : Minister Holt meets")


def test_spoke_on_phone_is_a_held_call():
    text = ("PM speaks with President of Chile\n\nPosted On: 21 OCT 2024 7:12PM\n\n"
            "Prime Minister Rajiv Menon of India spoke on phone today with President Carla Soto of Chile. "
            "The Prime Minister invited President Soto to visit India.")
    record = extract(text)
    assert record.document.is_readout and record.meetings[0].format == "telephone"


def test_a_meeting_with_the_icrc_is_a_readout():
    record = _from_white_house(
        "Readout of National Security Advisor’s Meeting with ICRC President Mirjana Spoljaric Egger",
        "National Security Advisor Jake Sullivan spoke with President Mirjana Spoljaric Egger of the International "
        "Committee of the Red Cross (ICRC). The two discussed ongoing efforts to expand humanitarian access.")
    assert record.document.is_readout


def test_the_state_departments_archive_banner_names_the_publisher():
    text = ("Secretary Lane's Meeting With Japanese Foreign Minister Ono\nYou are viewing ARCHIVED CONTENT released "
            "online from January 20, 2009 to January 20, 2017. Content in this archive site is NOT UPDATED, and links "
            "may not work.\n\nSecretary Lane met today with Japanese Foreign Minister Ken Ono in Hiroshima.")
    record = extract(text, published="2016-04-10")
    assert record.document.publisher == "U.S. Department of State"
    assert sorted(record.meetings[0].countries) == ["JPN", "USA"]


def test_ukpols_line_over_a_republished_release_names_the_publisher():
    text = ("UKPOL.CO.UK\n\nPRESS RELEASE : Minister Holt meets Iraqi Foreign Minister [November 2024]\n\n"
            "Posted on November 15, 2024 by ukpol\n\nThe press release issued by the Foreign Office on 14 November "
            "2024.\n\nThe Minister for the Middle East met Iraq's Minister of Foreign Affairs, Fuad Hussein, in "
            "London today.")
    record = extract(text)
    assert record.document.publisher == "Foreign, Commonwealth & Development Office"
    assert (sorted(record.meetings[0].countries), record.meetings[0].host_country) == (["GBR", "IRQ"], "GBR")


def test_a_news_story_of_talks_held_by_telephone_is_a_readout():
    from readout import extract
    record = extract("Tokyo, Oct. 23 (Jiji Press)--Japanese Foreign Minister Ken Ono and U.S. Secretary of State Ana "
                     "Ruiz agreed in telephone talks Wednesday to cooperate to make the president's upcoming visit to "
                     "Japan a success. The president is expected to arrive in Tokyo on Monday.")
    assert (record.document.is_readout, record.document.kind) == (True, "news_report")
    assert record.meetings[0].format == "telephone"


def test_a_call_someone_said_he_would_make_is_no_readout():
    from readout import extract
    record = extract("Ruto to hold phone talks with Abiy as port deal stirs tensions\nNews Desk | Nairobi | Updated: "
                     "03-01-2024 19:12 IST\n\nKenyan President William Ruto said on Wednesday he would speak by phone "
                     "with Ethiopian Prime Minister Abiy Ahmed later in the day, as concern mounts across the region.\n\n"
                     "\u201cI will be talking to my brother Prime Minister Abiy this evening,\u201d Ruto said.")
    assert record.document.is_readout is False


def test_a_masthead_under_an_accessibility_link_names_the_publisher():
    from readout.document import detect_publisher
    assert detect_publisher("Skip to main content\nÉlysée\nMenu\nSearch\n\nTelephone conversation", None) == \
        "Élysée (Presidency of France)"


def test_a_meeting_with_people_who_hold_no_office_is_no_readout():
    from readout import extract
    record = extract("On Monday, National Security Advisor Ana Ruiz met with a delegation of Chilean labor leaders to "
                     "discuss workers’ rights. Ms. Ruiz reiterated the administration’s commitment to free unions.",
                     url="https://www.whitehouse.gov/briefing-room/x", published="2023-12-05",
                     title="Readout of National Security Advisor Ana Ruiz’s Meeting with Chilean Labor Leaders")
    assert (record.document.is_readout, record.document.kind) == (False, "other")
    # Officials of another country in the same kind of title still make a readout.
    record = extract("On Monday, National Security Advisor Ana Ruiz met with Chilean Foreign Minister Alberto van "
                     "Klaveren and labor leaders to discuss workers’ rights.",
                     url="https://www.whitehouse.gov/briefing-room/x", published="2023-12-05",
                     title="Readout of National Security Advisor Ana Ruiz’s Meeting with Chilean Officials and Labor Leaders")
    assert record.document.is_readout


def test_site_names_at_the_top_of_a_page_name_the_publisher():
    assert detect_publisher("Government.nl\nMinistry of Foreign Affairs\n\nHome > Latest > News\n\nMinister X in Kyiv",
                            None) == "Government of the Netherlands"
    assert detect_publisher("Department of Foreign Affairs\nAn Roinn Gnóthaí Eachtracha\n\nPress release\n\nTánaiste "
                            "meets …", None) == "Department of Foreign Affairs of Ireland"


def _kind_of_wh_page(title: str, lead: str) -> tuple:
    """(is_readout, kind) of a White House page with this title and lead, and a line after it."""
    from readout import extract
    record = extract(lead + " Ms. Ruiz underscored the administration’s commitment.", title=title,
                     url="https://www.whitehouse.gov/briefing-room/x", published="2023-12-05")
    return record.document.is_readout, record.document.kind


@pytest.mark.parametrize("title, lead", [
    ("Readout of National Security Advisor Ana Ruiz’s Call with Iranian-American Human Rights Activist Leila Navid",
     "Today National Security Advisor Ana Ruiz spoke with Leila Navid following threats against her in New York."),
    ("Readout of President Hale’s Meeting with Congressional Leaders on Ukraine",
     "Today, President Hale convened Congressional Leadership to discuss support for Ukraine."),
    ("Readout of Ms. Ruiz’s Meeting on Haiti with Leaders of Civil Rights Groups",
     "Today, Ana Ruiz met with leaders of U.S.-based civil rights groups to discuss the crisis in Haiti."),
    ("Readout of Colombian Day Diaspora Event",
     "Last week, the White House Office of Public Engagement convened 80 leaders of the Colombian community."),
])
def test_an_activist_congress_or_civil_rights_groups_make_no_readout(title, lead):
    assert _kind_of_wh_page(title, lead) == (False, "other")


def test_the_first_leader_to_visit_in_years_is_who_he_is_not_a_plan():
    from readout import extract
    record = extract("BEIJING, Nov 6 (Reuters) - Chinese President Xi Jinping told Australian Prime Minister Anthony "
                     "Albanese on Monday that relations are on the right path, as the first Australian leader to visit "
                     "Beijing in seven years sought to stabilise ties.\n\nAlbanese met Xi at the Great Hall of the "
                     "People in Beijing.")
    assert (record.document.is_readout, record.document.kind) == (True, "news_report")
    assert list(record.meetings[0].countries) == ["AUS", "CHN"]


@pytest.mark.parametrize("title, lead", [
    ("Readout of President Hale’s Call with Mara Quinn",
     "President Hale spoke today with Mara Quinn, the sister of Tom Quinn who is wrongfully detained in Russia."),
    ("Readout of Senior White House Officials’ Meeting with State Legislators",
     "Today, senior White House officials met with state legislators to discuss efforts to ensure Haitian migrants "
     "are treated with dignity."),
    ("Readout of National Security Advisor Ana Ruiz’s Meeting with Bipartisan House Members",
     "This morning, National Security Advisor Ana Ruiz met with a bipartisan group of House members to discuss how "
     "to out-compete China."),
])
def test_a_country_named_in_the_purpose_or_a_relative_clause_is_no_party(title, lead):
    assert _kind_of_wh_page(title, lead) == (False, "other")


def test_a_call_with_the_g7_is_among_nations():
    from readout import extract
    record = extract("Today, President Hale joined a call with the G7 to discuss the attack. President Hale and "
                     "the G7 condemned the attack.", title="Readout of President Hale’s call with the G7",
                     url="https://www.whitehouse.gov/briefing-room/x", published="2031-04-13")
    assert record.document.is_readout


def test_a_press_statement_that_tells_a_courtesy_call_on_a_prime_minister_is_its_readout():
    record = extract("MFA Press Statement: Prime Minister Tan Wei's Visit to Malaysia, 19 May 2031\n\n19 May 2031\n\n"
                     "Prime Minister Tan Wei of Singapore called on Prime Minister of Malaysia Dato' Seri Aziz Rahman at Perdana Putra "
                     "in Putrajaya this afternoon.\n\nPM Tan congratulated PM Aziz on his appointment. The two Prime "
                     "Ministers reaffirmed the close ties between Singapore and Malaysia.\n")
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    assert list(record.meetings[0].countries) == ["MYS", "SGP"]


def test_a_standfirst_on_the_first_foreign_minister_to_visit_is_no_plan():
    record = extract("SBS News\n\nAna Ruiz is the first Chilean foreign minister to visit China since 2016, as the two "
                     "try to put the relationship back on track.\n\nUpdated 8 November 2031\n\nForeign Minister Ana Ruiz "
                     "has held talks with her Chinese counterpart Li Wen in Beijing. The pair met on Thursday.")
    assert record.document.is_readout and record.meetings


@pytest.mark.parametrize("title, lead", [
    ("Readout of President Ann Cole’s Call with U.S. Servicemembers",
     "President Ann Cole spoke on Monday with U.S. service members responsible for operations in Iraq and Syria."),
    ("Readout of White House Listening Session with Cuban American Leaders",
     "Today, Senior Advisor Paul Marsh met with Cuban American leaders to listen to their concerns about Cuba."),
    ("Readout of Vice President Cole’s Roundtable Discussion with Clean Energy Leaders in Thailand",
     "Vice President Ann Cole today convened business leaders advancing Thailand’s clean energy transition."),
])
def test_meetings_with_people_who_hold_no_office_are_no_readouts(title, lead):
    record = extract(lead + " They discussed the region.", title=title, published="2031-03-04",
                     url="https://www.whitehouse.gov/briefing-room/x/")
    assert not record.document.is_readout


def test_a_news_pages_link_labels_are_no_speakers():
    text = ("MANILA, Philippines — The two ministers discussed the region, the ministry said on Wednesday.\n"
            "READ: Coast guard tells ships to leave the shoal\nREAD: 40 ships spotted off the island\n"
            "ALSO READ: Ministers to meet again in May\n")
    assert count_turns(text) == 0
    assert count_turns("MANALO: We met today.\nNULAND: We did.\nMANALO: Thank you.\n") == 2  # (a name twice still speaks)


def test_a_ministerial_meeting_page_linking_its_joint_press_conference_is_a_readout():
    from readout import extract
    text = ("Japan-Arland Relations\n\nJanuary 8, 2031\nThe two foreign ministers shake hands\nJapan-Arland Foreign "
            "Ministerial Meeting\nJoint Press Conference\n\nOn January 8, commencing at 1:05 p.m. local time for "
            "approximately 85 minutes, Ms. MORI Aiko, Minister for Foreign Affairs of Japan, who is visiting the "
            "Republic of Poland, held a foreign ministers' meeting with H.E. Mr. Jan NOWAK, Minister of Foreign Affairs "
            "of the Republic of Poland. The overview is as follows.\n\n1. Minister Mori stated that Poland is a "
            "strategic partner.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    assert record.meetings[0].countries == ("JPN", "POL")
    # (a page that is the press conference stays one)
    press = extract("Joint Press Conference\n\nMinister Mori: Thank you. We held a good meeting today.\n\nQuestion: "
                    "What did you discuss?\n\nMinister Mori: Trade.")
    assert press.document.kind == "press_conference"


def test_received_a_visit_from_is_a_held_meeting_before_an_upcoming_visit():
    from readout import extract
    record = extract("Jakarta, MINA – Indonesian Foreign Minister Budi Santoso received a visit from French Minister for "
                     "Europe and Foreign Affairs, Jean Martin, at the Ministry of Foreign Affairs on Wednesday. The visit "
                     "is part of the preparations for the upcoming visit of French President Paul Roux to Indonesia.",
                     published="2031-03-26")
    assert (record.document.is_readout, record.document.kind) == (True, "news_report")  # (a news agency's dateline)
    assert record.meetings[0].countries == ("FRA", "IDN")


def test_a_meeting_page_that_transcribes_the_opening_remarks_after_its_readout_is_a_readout():
    from readout import extract
    text = ("Meeting with Prime Minister of Japan Aiko Mori\n\nSeptember 5, 2031, Russky Island\n\nIvan Petrov had a "
            "meeting with Prime Minister of Japan Aiko Mori.\n\nThey discussed the current aspects of bilateral "
            "relations.\n\n* * *\n\nPresident of Russia Ivan Petrov: Mr Prime Minister, colleagues, I would like to "
            "welcome you all to Vladivostok.\n\nPrime Minister of Japan Aiko Mori: Thank you, Mr President.\n\n"
            "President of Russia Ivan Petrov: Let us begin.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    # (a press conference titled so stays one)
    press = extract(text.replace("Meeting with Prime Minister", "Press statements following talks with Prime Minister"
                                 ).replace("had a meeting with", "held a press conference with"))
    assert press.document.kind == "press_conference"


@pytest.mark.parametrize("text", [
    "Foreign Minister Karl Weber is today (13 April) in Brussels. He will be holding political talks with Belgian "
    "Foreign Minister Luc Peeters. The discussions will focus on European issues.",
    "Slovak Prime Minister Jan Novak, who's currently visiting the USA, will invite US President Tom Reed to Slovakia "
    "at their meeting on Friday in Washington.",
])
def test_talks_still_to_be_held_are_announced(text):
    from readout import extract
    record = extract(text, published="2031-04-13")
    assert (record.document.is_readout, record.document.kind) == (False, "announcement")


def test_an_archives_transcript_id_label_makes_no_transcript_of_a_media_release():
    text = ("PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nReed, Tom\n\nRelease Date:\n"
            "14/01/2031\nRelease Type:\nMedia Release\nTranscript ID:\n50692\nJoint Meeting Outcomes - Visit to "
            "Australia by Japanese Prime Minister Mori\n\nPrime Minister Reed and Prime Minister Mori held a productive "
            "working meeting in Sydney today. Discussions highlighted the depth of the Australia-Japan relationship.")
    record = extract(text)
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    # (a page titled a transcript stays remarks)
    assert extract("Transcript of doorstop interview, Sydney\n\nPrime Minister Reed and Prime Minister Mori held a "
                   "productive working meeting in Sydney today.").document.kind == "remarks"


def test_a_visit_concluded_with_a_leader_is_a_meeting_held():
    text = ("Prime Minister Reed concludes successful visit to Washington to meet with President Stone\n\n"
            "The Prime Minister of Canada, Tom Reed, today concluded his first official visit with the President of the "
            "United States, Ann Stone.\n\nDuring the bilateral meetings, the two leaders covered trade and security.")
    record = extract(text, published="2031-02-13")
    assert (record.document.is_readout, record.document.kind) == (True, "readout")
    assert record.meetings[0].countries == ("CAN", "USA")


def test_a_minister_who_will_arrive_is_announced():
    text = ("India’s foreign minister to visit Turkey\nANKARA\nIndian Foreign Minister Ravi Shah will arrive in Turkey "
            "July 20 for a three-day official visit, the Foreign Ministry announced on July 19.")
    record = extract(text, published="2031-07-19")
    assert (record.document.is_readout, record.document.kind) == (False, "announcement")
