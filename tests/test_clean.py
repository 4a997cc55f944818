"""The clean stage: normalised text, HTML main content, captions, title and date line."""
from __future__ import annotations

from pathlib import Path

import pytest

from readout.clean import (clean_input, find_caption_lines, find_date_line, guess_title, html_to_text,
                           normalize_text, parse_published, unwrap_lines)
from readout.errors import InputError
from readout.inputs import InputDoc
from readout.rules import load, require_groups

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def clean_file(name: str):
    path = INPUTS / name
    raw = path.read_text(encoding="utf-8")
    doc = InputDoc(source=name, html=raw) if name.endswith(".html") else InputDoc(source=name, text=raw)
    return clean_input(doc)


# ---------------------------------------------------------------- normalisation

def test_normalize_line_ends_spaces_and_zero_width():
    raw = "Readout\r\n\r\nThe\u00a0Secretary  spoke\u200b today\u2009with\tthe FM.\r\n\r\n\r\n\r\nEnd\u00ad. "
    assert normalize_text(raw) == "Readout\n\nThe Secretary spoke today with the FM.\n\nEnd."


def test_normalize_is_nfc():
    assert normalize_text("Bogote\u0301") == "Bogot\u00e9"


def test_normalize_drops_control_characters_but_keeps_newlines():
    assert normalize_text("a\x00b\x07c\nd\x0ce") == "abc\nd\ne"


def test_normalize_strips_inline_tags_leaked_into_text():
    assert normalize_text("the 21<sup>st</sup> century and <u>this</u>") == "the 21st century and this"
    assert normalize_text("x < y and a<b") == "x < y and a<b"


def test_normalize_is_idempotent_on_samples():
    for sample in ["a \u00a0\n\n\n b", "  x\r\ny  ", "e\u200b\u0301", "\ufeffTitle\n\nBody."]:
        once = normalize_text(sample)
        assert normalize_text(once) == once


def test_unwrap_joins_hard_wrapped_paragraphs_and_keeps_offsets():
    wrapped = ("President Joseph R. Biden, Jr. spoke today with Prime Minister Anna\n"
               "Lindqvist of Sweden to discuss their shared support for Ukraine and\n"
               "the security of the Baltic Sea region. The two leaders also talked\n"
               "about energy.\n\n"
               "President Biden welcomed Sweden's contributions to Allied defense and\n"
               "underscored the United States' commitment to Article 5 of the treaty.\n"
               "1. A numbered point that stays on its own line.")
    joined = unwrap_lines(wrapped)
    assert len(joined) == len(wrapped)
    assert "Prime Minister Anna Lindqvist of Sweden" in joined
    assert "about energy.\n\nPresident Biden" in joined
    assert "treaty.\n1. A numbered point" in joined


def test_unwrap_leaves_ordinary_text_alone():
    text = "Title\n\nMay 20, 2023\nA long paragraph that is not wrapped at any width at all, it just goes on."
    assert unwrap_lines(text) == text


# ---------------------------------------------------------------- plain text

def test_text_document_title_date_and_photo_caption():
    cleaned = clean_file("mofa-style.txt")
    assert cleaned.published == "2021-08-30"
    assert cleaned.title == "Japan-Chile Foreign Ministers' Video Conference Meeting"
    captions = [cleaned.text[s:e] for s, e in cleaned.captions]
    assert captions == ["Foreign Minister Mori shakes hands with Foreign Minister Pino\n"
                        "(Photo) Japan-Chile Foreign Ministers' Video Conference Meeting"]


def test_metadata_title_is_put_on_top_of_the_text_once():
    doc = InputDoc(source="x", text="President Santos met Prime Minister Holm today.", title="Santos meets Holm")
    cleaned = clean_input(doc)
    assert cleaned.text == "Santos meets Holm\n\nPresident Santos met Prime Minister Holm today."
    again = clean_input(InputDoc(source="x", text=cleaned.text, title="Santos meets Holm"))
    assert again.text == cleaned.text


def test_metadata_published_wins_and_bad_one_warns():
    doc = InputDoc(source="x", text="May 1, 2020\n\nThe ministers met.", published="2021-01-27T10:00:00Z")
    assert clean_input(doc).published == "2021-01-27"
    bad = clean_input(InputDoc(source="x", text="May 1, 2020\n\nThe ministers met.", published="soon"))
    assert bad.published == "2020-05-01"
    assert bad.warnings == ["published date 'soon' is not a date; looked for a date line instead"]


def test_invalid_utf8_warning_is_passed_on():
    doc = InputDoc(source="x", text="Bogot\ufffd", warnings=("invalid UTF-8 at byte 5: 1 …",))
    assert clean_input(doc).warnings == ["invalid UTF-8 at byte 5: 1 …"]


def test_whitespace_only_text_is_an_error():
    with pytest.raises(InputError, match="empty document"):
        clean_input(InputDoc(source="x", text="\u200b \u00a0\n"))


@pytest.mark.parametrize("text, expected", [
    ("Japan-ROK Relations\n\nMay 20, 2023\n\nOn May 20 the ministers met.", "2023-05-20"),
    ("Title\n\n20 May 2023\n\nBody.", "2023-05-20"),
    ("Title\nDate: 2023-05-20\nBody.", "2023-05-20"),
    (" date 2022-07-08 Title line", "2022-07-08"),
    ("By Evelyn Nam Posted : January 13, 2025, 17:20 Updated : January 13, 2025, 17:26", "2025-01-13"),
    ("Published Feb 19, 2023 12:54 pm", "2023-02-19"),
    ("Reuters 08 Jul, 2022", "2022-07-08"),
    ("Published: 29 Oct. 2025, 20:09", "2025-10-29"),
    ("2020/1/4 英字", "2020-01-04"),
    ("Sept. 5, 2019", "2019-09-05"),
    ("Paris/Tokyo, 2 June 2022 (TDI): A telephonic summit was held between the two leaders, who spoke "
     "about many things for a long time.", "2022-06-02"),
])
def test_date_line_forms(text, expected):
    assert find_date_line(text) == expected


def test_date_in_a_long_sentence_is_not_a_date_line():
    text = ("On 5th January 2023, the Foreign Minister held a meeting with his counterpart, and the two "
            "ministers discussed many issues of common interest at great length over lunch.")
    assert find_date_line(text) is None


def test_impossible_dates_are_not_dates():
    assert find_date_line("February 30, 2023") is None
    assert find_date_line("2023-13-01") is None


def test_parse_published_forms():
    assert parse_published("2021-01-27") == "2021-01-27"
    assert parse_published("2021-01-27T10:00:00+09:00") == "2021-01-27"
    assert parse_published("May 20, 2023") == "2023-05-20"
    assert parse_published("2021-02-30") is None
    assert parse_published("yesterday") is None
    # Day first with dots, as German, Russian and Dutch sites write it (U.S. sites use slashes).
    assert parse_published("05.12.2022") == "2022-12-05"
    assert parse_published("31.02.2022") is None
    assert parse_published("21-02-2024") == "2024-02-21"  # and with hyphens (the Dutch government's "News item | 21-02-2024")


def test_caption_lines():
    text = ("SEOUL, May 12 (Korea Wire) -- The ministers met.\n"
            "Foreign Minister Cho, right, with his counterpart on Monday. (Yonhap)\n"
            "Photo: Ministry of Foreign Affairs\n"
            "meeting.jpg\n"
            "They agreed to meet again.")
    captions = [text[s:e] for s, e in find_caption_lines(text)]
    assert captions == ["Foreign Minister Cho, right, with his counterpart on Monday. (Yonhap)",
                        "Photo: Ministry of Foreign Affairs", "meeting.jpg"]


def test_no_caption_cues_no_captions():
    assert find_caption_lines("The ministers met at APEC and discussed trade.") == []


def test_guess_title_skips_section_names_and_dates():
    assert guess_title("Press Releases\n\nMay 1, 2020\n\nJapan-Peru Summit\n\nBody text.", []) == "Japan-Peru Summit"


# ---------------------------------------------------------------- HTML

def test_html_main_content_without_furniture():
    cleaned = clean_file("page-with-main.html")
    text = cleaned.text
    assert text.startswith("Home > International\n\nForeign Secretary meets Estonian Foreign Minister\n\n")
    assert "Published 11 May 2022" in text
    assert "The Foreign Secretary met Estonian Foreign Minister Maarja Kask in London today." in text
    assert "They discussed support for Ukraine and security in the Baltic region." in text
    assert "3. The ministers agreed to meet again at the NATO summit.\n\n4. They welcomed" in text
    for furniture in ("tracking", "color: red", "Speeches and remarks", "Search", "Share on Facebook",
                      "Open Government Licence", "a comment"):
        assert furniture not in text
    assert cleaned.published == "2022-05-11"
    assert cleaned.language == "en"
    assert cleaned.title == "Foreign Secretary meets Estonian Foreign Minister"
    assert [text[s:e] for s, e in cleaned.captions] == ["The Foreign Secretary with Foreign Minister Kask in London."]


def test_html_without_main_drops_menus_and_keeps_breaks():
    cleaned = clean_file("page-without-main.html")
    text = cleaned.text
    assert "Archive" not in text and "Jr. Lampa" not in text and "Home | Press" not in text
    assert "at the Torre Tagle Palace.\nThe ministers reviewed" in text
    assert cleaned.published == "2021-08-30"
    assert cleaned.title == "Minister Vargas holds talks with Chilean counterpart"
    assert [text[s:e] for s, e in cleaned.captions] == ["Minister Vargas receives Minister Pino (Photo: MRE)"]


def test_html_with_no_body_is_an_error():
    with pytest.raises(InputError) as info:
        clean_file("no-body.html")
    assert info.value.problem == "HTML has no text in its body"


def test_html_with_only_furniture_is_an_error():
    with pytest.raises(InputError) as info:
        clean_file("only-furniture.html")
    assert info.value.problem == "HTML has no text outside navigation, scripts and forms"


def test_deeply_nested_html_is_read_as_text_with_a_warning():
    page = "<html><body>" + "<div>" * 5000 + "<p>The two ministers met in Oslo.</p>" + "</div>" * 5000 + "</body></html>"
    cleaned = clean_input(InputDoc(source="deep.html", html=page))
    assert cleaned.text == "The two ministers met in Oslo."
    assert cleaned.warnings == ["HTML is nested more than 200 levels deep; read its text without the page structure"]


def test_nesting_limit_is_configurable():
    page = "<html><body>" + "<div>" * 30 + "<p>Ministers met.</p>" + "</div>" * 30 + "</body></html>"
    assert clean_input(InputDoc(source="x", html=page)).warnings == []
    limited = clean_input(InputDoc(source="x", html=page), max_depth=10)
    assert limited.text == "Ministers met."
    assert limited.warnings == ["HTML is nested more than 10 levels deep; read its text without the page structure"]


def test_html_with_encoding_declaration_in_a_str():
    page = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Caf\u00e9 talks.</p></body></html>'
    assert html_to_text(page, "x").text == "Caf\u00e9 talks."


def test_fallback_drops_scripts_and_unclosed_ones():
    # Plain string search (no backtracking regex), so adversarial input stays linear.
    from readout.clean import _drop_elements
    assert _drop_elements("a<script>x</script>b<STYLE>y</style>c", ("script", "style")) == "abc"
    assert _drop_elements("keep<script>" * 20000 + "<style>" + "x" * 100, ("script", "style")) == "keep"


def test_clean_rules_file_is_valid():
    data = require_groups("clean.yaml", load("clean.yaml"), ["drop_tags", "caption_line_prefixes",
                                                              "section_headings", "main_selectors"])
    assert "nav" in data["drop_tags"] and "(Photo)" in data["caption_line_prefixes"]


def test_wrapped_text_with_a_long_link_line_is_still_unwrapped():
    from readout.clean import normalize_text

    lines = ["President Maria Harlan spoke today with Prime Minister Andrew",
             "Okonjo-Baptiste of Jamaica to mark the anniversary of independence and",
             "to thank him for his partnership. They last met in Kingston on [June",
             "9](https://example.org/track/click?u=4f1e2a9c0b7d55e1&id=7c3e5a1b9d&e=0a1b2c3d4e),",
             "where they agreed to stay in close touch in the months that lie ahead."]
    text = normalize_text("\n".join(lines))
    assert "Andrew Okonjo-Baptiste" in text
    # A long line of prose means the text was never wrapped: its breaks stay.
    prose = normalize_text("Title line\n\n" + "word " * 40 + "\nSecond line\nThird line\nFourth line")
    assert "\nSecond line\nThird line" in prose


def test_published_date_from_the_url_when_the_page_has_no_date():
    doc = InputDoc(source="x", text="The ministers met today.", url="https://news.example.com/2023/10/11/ministers")
    assert clean_input(doc).published == "2023-10-11"
    # The date line comes first.
    dated = InputDoc(source="x", text="October 12, 2023\n\nThe ministers met today.",
                     url="https://news.example.com/2023/10/11/ministers")
    assert clean_input(dated).published == "2023-10-12"


def test_published_date_from_the_source_a_republished_page_names():
    text = ("The President met today with the Prime Minister.\n"
            "The post first appeared at https://www.example.gov/briefing-room/2024/09/13/readout/\n"
            "More stories: https://other.example.com/2020/01/02/old-story")
    assert clean_input(InputDoc(source="x", text=text)).published == "2024-09-13"
    # A link with no word saying it is the source dates nothing.
    plain = ("The President met today with the Prime Minister to discuss trade, energy and the security of the "
             "region. See https://other.example.com/2020/01/02/x")
    assert clean_input(InputDoc(source="x", text=plain)).published is None


def test_an_html_page_gives_its_own_address_when_the_input_has_none():
    from readout import extract

    page = ("<html><head><link rel='canonical' href='https://www.auswaertiges-amt.de/en/newsroom/news/x-2654000'>"
            "<meta property='og:url' content='https://example.org/other'></head><body><main>"
            "<h1>Foreign Minister Baerbock meets her Polish counterpart</h1><p>12.01.2024</p>"
            "<p>On Friday, Federal Foreign Minister Annalena Baerbock met her counterpart, Foreign Minister "
            "Radoslaw Sikorski, in Warsaw. The two ministers discussed support for Ukraine.</p></main></body></html>")
    record = extract(page)
    assert record.document.url == "https://www.auswaertiges-amt.de/en/newsroom/news/x-2654000"
    assert record.document.publisher == "Federal Foreign Office (Germany)"
    assert record.document.kind == "readout"
    given = extract(page, url="https://mirror.example.net/page")
    assert given.document.url == "https://mirror.example.net/page"  # the input's URL comes first
    relative = extract(page.replace("https://www.auswaertiges-amt.de/en/newsroom/news/x-2654000", "/en/x"))
    assert relative.document.url == "https://example.org/other"  # a relative canonical link is no address


def test_korean_and_japanese_site_menus_are_furniture():
    from readout.clean import html_to_text

    menu = "".join(f"<li><a href='#'>Menu item {i}</a></li>" for i in range(40))
    page = (f"<html><body><div id='gnb'><ul>{menu}</ul></div><div class='lnb'><ul>{menu}</ul></div>"
            "<div id='contents'><p>Date 2024-05-14</p><p>Minister of Foreign Affairs Cho Tae-yul held talks with "
            "Foreign Minister Yoko Kamikawa of Japan.</p></div></body></html>")
    text = html_to_text(page, "x.html").text
    assert "Menu item" not in text and text.startswith("Date 2024-05-14")


def test_a_release_dated_in_its_closing_lines():
    from readout import extract

    body = "Minister for Foreign Affairs Dr Vivian Balakrishnan called on Prime Minister Paetongtarn Shinawatra this morning. " + \
        "They discussed trade and investment, and regional developments. " * 20
    text = "Minister Balakrishnan's visit to Thailand\n\n" + body + "\n\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n14 OCTOBER 2024"
    record = extract(text)
    assert record.document.published == "2024-10-14"
    assert record.meetings[0].date == "2024-10-14"
    # A date inside the last sentence is not a date line.
    assert extract(body + " The next round will be held on 14 October 2025.").document.published is None


def test_a_sentence_broken_over_blank_lines_is_joined_and_headings_are_not():
    from readout.clean import normalize_text
    text = ("Japan-China Foreign Ministers' Meeting\n\nForeign Minister Mori\n\n\nmet with Chinese Foreign Minister "
            "Wang Yi,\n\nwho is visiting Japan\n\n, at the Iikura Guest House for about an hour from 5:30 pm.\n\n"
            "At the beginning, Minister Mori said the relationship mattered.")
    assert normalize_text(text) == (
        "Japan-China Foreign Ministers' Meeting\n\nForeign Minister Mori met with Chinese Foreign Minister Wang Yi, "
        "who is visiting Japan, at the Iikura Guest House for about an hour from 5:30 pm.\n\n"
        "At the beginning, Minister Mori said the relationship mattered.")


def test_the_joined_sentence_gives_the_meetings_time_and_length():
    from readout import extract
    text = ("Foreign Minister Mori\n\n\nmet with Chinese Foreign Minister Wang Yi,\n\nwho is visiting Japan\n\n, "
            "for about an hour and a half from about 5:30 pm on 24 November 2020.")
    meeting, = extract(text).meetings
    assert (meeting.start_time, meeting.duration_minutes) == ("17:30", 90)


def test_a_menu_line_does_not_set_the_width_a_text_is_wrapped_at():
    from readout.clean import normalize_text
    text = ("Scoop\nParliament | Politics | World | Business | Sci-Tech | Health | Education | Regional | Search\n\n"
            "Deputy Prime Minister and Foreign\nMinister Winston Peters met with Indonesian Foreign Minister\n"
            "Retno Marsudi in Jakarta today, as the two countries look\ntowards the 2025 anniversary of their "
            "Comprehensive\nPartnership.\n\nThe two Foreign Ministers\ndiscussed trade and economic links, including\n"
            "opportunities under the ASEAN free trade area upgrade.")
    out = normalize_text(text)
    assert "met with Indonesian Foreign Minister Retno Marsudi in Jakarta today" in out
    assert "their Comprehensive Partnership." in out
    assert "Parliament | Politics" in out


def test_a_file_photo_credit_marks_a_caption_line():
    from readout.clean import find_caption_lines
    text = ("Readout\nPrime Minister Ana Ruiz and President Tom Ash at the G20 in November 2024. (File photo: A. Scott / "
            "PMO)\nMinister Lee today welcomed Minister Kim to Ottawa.")
    assert len(find_caption_lines(text)) == 1


def test_unwrap_joins_a_line_cut_short_mid_sentence():
    wrapped = ("Today, Ann Cole, Assistant to the President and Director of the Gender Policy\n"
               "Council, and Tom Reed, Special Assistant to the President, met with\n"
               "Dina Karimova, Head of the Presidential\n"
               "Administration Communications and Information Policy Department of\n"
               "Uzbekistan.  They discussed their commitment to gender equity.\n\n"
               "The United States is committed to deepening our strategic partnership\n"
               "through cooperation on these issues and to supporting Uzbekistan.\n")
    joined = unwrap_lines(wrapped)
    assert len(joined) == len(wrapped)
    assert "Head of the Presidential Administration Communications" in joined
    assert "gender equity.\n\nThe United States" in joined


def test_a_numbered_points_heading_is_no_title():
    from readout.clean import guess_title
    text = ("Japan-Viet Nam Relations\n\nMay 5, 2031\nOn May 5, Mr. Aiko Mori, Minister for Foreign Affairs of Japan, "
            "met with H.E. Mr. Tran Van An, Minister of Foreign Affairs of Viet Nam. The overview is as follows.\n\n"
            "1.Opening remarks\n\nMinister Tran welcomed Minister Mori.\n")
    assert guess_title(text, []) != "1.Opening remarks"
    assert guess_title("Japan-Viet Nam Foreign Ministers' Meeting\n\n1. Opening remarks\n\nText.", []) \
        == "Japan-Viet Nam Foreign Ministers' Meeting"


def test_a_file_picture_credited_in_capitals_is_a_caption():
    from readout import extract
    text = ("President Sipho Dube shakes hands with US President Tom Reed as Indian Prime Minister Arjun Rao watches "
            "during the G20 Summit, in New Delhi, India, on September 9 2030. File picture: POOL VIA REUTERS/ANN LEE\n.\n"
            "President Sipho Dube of South Africa and US President Tom Reed have discussed a visit.\nDuring a phone call "
            "on Tuesday evening, Reed congratulated Dube on his re-election.")
    m = extract(text, published="2031-07-03").meetings[0]
    assert (m.countries, m.format, m.date) == (("USA", "ZAF"), "telephone", "2031-07-01")


def test_lines_broken_mid_sentence_with_a_space_before_the_break_are_joined():
    text = ("1. Foreign Minister Kim Min-su, who took office on October 8, had a telephone conversation with \n"
            "US Secretary of State Ann Stone on October 9 at her request to discuss the alliance.\n\n"
            "2. After congratulating Minister Kim on his inauguration, Secretary Stone voiced willingness to make \n"
            "active efforts to further develop the relations based on personal friendship and trust. Extending \n"
            "appreciation in response, Minister Kim proposed maintaining close consultation and cooperation to "
            "strengthen the alliance and the overall ties between the two countries.")
    out = normalize_text(text)
    assert "conversation with US Secretary" in out and "to make active" in out and "Extending appreciation" in out
    assert "at her request to discuss the alliance.\n\n2." in out  # (a paragraph's end stays)
    # (a list of names, one a line, each ending in a space, stays a list)
    names = ("Anne Ackerley, Managing Director and Head of Retirement Group, BlackRock \n"
             "Shai Akabas, Executive Director of Economic Policy, Bipartisan Policy Center \n"
             "Kevin Barry, President of Workplace Investing and Retirement Plans, Fidelity Investments \n"
             "Jeff Cimini, Senior Vice President and Head of Retirement Plan Services, Principal Financial Group \n"
             "Lynn Dudley, Senior Vice President for Global Retirement and Compensation Policy, American Benefits Council")
    assert normalize_text(names).count("\n") == 4
