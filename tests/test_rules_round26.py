"""Rules added in the twenty-sixth round (150 more real pages annotated by helpers): each test is
a text written here in the style of the pages that showed the class, not a page itself."""
from readout import extract
from readout.clean import find_caption_lines
from readout.participants import REFERENCE_DATE, find_people


def _meetings(record):
    return [(m.countries, sorted((p.family_name, p.country) for p in m.participants if p.role == "principal"))
            for m in record.meetings]


def _principals(record, n=0):
    return sorted((p.family_name, p.country) for p in record.meetings[n].participants if p.role == "principal")


# ---------------------------------------------------------------- people

def test_a_titled_family_name_takes_the_gazetteers_holder_of_that_office():
    # 'President Bush' in 2007: George W. Bush is keyed by his full name (Laura Bush holds no office)
    token = REFERENCE_DATE.set(__import__("datetime").date(2007, 4, 27))
    try:
        people = find_people("On the 27th, a summit meeting with President Bush was held at the ranch.")
        assert [(p.family_name, p.country) for p in people] == [("Bush", "USA")]
        assert [(p.family_name, p.country) for p in find_people("Mrs. Laura Bush joined the tour.")] \
            == [("Bush", None)]
    finally:
        REFERENCE_DATE.reset(token)


def test_a_titled_family_name_outside_the_term_stays_without_a_country():
    token = REFERENCE_DATE.set(__import__("datetime").date(2015, 4, 27))
    try:
        assert [(p.family_name, p.country) for p in find_people("He met President Bush in Dallas.")] == [("Bush", None)]
    finally:
        REFERENCE_DATE.reset(token)


def test_a_bracketed_abbreviation_after_the_titles_country_is_skipped():
    people = find_people("Li met with Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) Kim Minsu.")
    assert [(p.family_name, p.country) for p in people] == [("Kim", "KOR")]


def test_the_taiwan_affairs_office_is_the_prcs():
    record = extract("Minister's Meetings in Beijing, 3 March 2031\n\n3 March 2031\n\n"
                     "Minister for Foreign Affairs Dr Vivian Balakrishnan met Director of the Taiwan Affairs Office "
                     "of the State Council Gao Feng today. Director Gao briefed Minister Balakrishnan on the Office's "
                     "work.")
    assert record.meetings[0].countries == ("CHN", "SGP")


def test_older_organisation_officials_are_in_the_gazetteer():
    record = extract("UK Foreign Secretary meets EU Commissioner\n\n14 June 2005\n\n"
                     "The Foreign Secretary, Jack Straw, met the EU Commissioner for External Relations and the "
                     "European Neighbourhood policy, Benita Ferrero-Waldner, today in London.")
    people = {p.family_name: (p.country, p.organization) for p in record.meetings[0].participants}
    assert people["Ferrero-Waldner"] == (None, "EU") and people["Straw"][0] == "GBR"


def test_the_visitor_of_the_same_level_before_a_passive_lead_beats_an_attendee_after_it():
    text = ("Japan-U.S. Summit Meeting (Summary)\nApril 27, 2007\n"
            "Prime Minister Shinzo Abe visited the United States on April 26 and 27. On the 27th, a summit "
            "meeting with President Bush was held at Camp David that lasted approximately one hour.\n"
            "Also present at the meeting were Japanese Ambassador to the United States Kato from the Japan "
            "side, and Secretary of State Rice from the U.S. side.\n")
    record = extract(text)
    assert _principals(record) == [("Abe", "JPN"), ("Bush", "USA")]


# ---------------------------------------------------------------- kind and text

def test_remarks_made_in_a_meeting_report_it_held():
    text = ("Japanese Foreign Minister Taro Aso said on Friday that the two countries should deepen exchanges.\n"
            "Aso made the remarks in meeting with visiting Chinese Foreign Minister Li Zhaoxing in Tokyo. He "
            "also said the Premier's upcoming visit to Japan would open a new page.\n")
    record = extract(text)
    assert record.document.is_readout and _principals(record) == [("Aso", "JPN"), ("Li", "CHN")]


def test_a_story_told_after_their_first_meeting_is_a_readout():
    text = ("Hart meets Reyes (Reuters) Updated: 2031-05-09 09:35\n"
            "British Foreign Secretary Maria Hart made her debut on Monday, telling U.S. Secretary of State "
            "Anna Reyes after their first meeting that she felt she knew her already.\n"
            "Foreign ministers are to meet on Tuesday to discuss Iran.\n")
    record = extract(text)
    assert record.document.is_readout
    meeting = record.meetings[0]
    # the page's stamp gives neither the day nor the time: 'on Monday' before the stamp's Friday
    assert meeting.date == "2031-05-05" and meeting.start_time is None


def test_photograph_lines_are_captions():
    text = ("Japan-US Summit Meeting\n\nPhotograph of Prime Minister Sato and President Reyes holding a joint "
            "press conference\n\nOn the morning of November 16, Prime Minister Sato held a meeting with "
            "President Reyes at the State Guest House.\n")
    lines = [text[s:e] for s, e in find_caption_lines(text)]
    assert lines == ["Photograph of Prime Minister Sato and President Reyes holding a joint press conference"]
    assert extract(text).document.kind == "readout"


def test_the_govuk_banner_of_an_earlier_government_names_the_publisher():
    text = ("Press release\n\nPM meeting with Prime Minister Lefebvre of Canada: 6 May 2031\n\n"
            "This was published under the 2029 to 2031 Conservative government\n\n"
            "The Prime Minister hosted Canadian Prime Minister Paul Lefebvre at Downing Street this evening.\n")
    record = extract(text)
    assert record.document.publisher == "Government of the United Kingdom"
    assert record.meetings[0].countries == ("CAN", "GBR") and record.meetings[0].host_country == "GBR"


# ---------------------------------------------------------------- dates

def test_a_day_without_a_year_takes_the_year_of_the_same_day_written_in_full():
    filler = "The two ministers also reviewed cooperation on health, trade, climate and culture in detail. " * 6
    text = ("SEOUL, Oct. 6 (Yonhap) -- Foreign Minister Kim Minsu held talks with his French counterpart, "
            "Jean Dupont, in Paris on Wednesday, his office said.\n" + filler + "\n\n"
            "Foreign Minister Kim Minsu and his French counterpart pose for a photo in Paris on Oct. 6, 2021, in "
            "this photo released by the foreign ministry. (Yonhap)\n")
    record = extract(text)
    assert record.meetings[0].date == "2021-10-06"
    assert any("same day written in full" in w for w in record.warnings)


# ---------------------------------------------------------------- several meetings

def test_counterparts_met_together_then_told_apart_are_separate_meetings():
    text = ("Minister for Foreign Affairs Tan's Visit to Nuremberg, 14 March 2031\n\n"
            "At the margins of the ASEAN-EU Ministerial Meeting in Nuremberg, Germany, Foreign Minister Vivian "
            "Balakrishnan met the Foreign Minister of Germany, Dr Klaus Weber and the Foreign Minister of Sweden, "
            "Mr Lars Nilsson, on 14 March 2031.\n\n"
            "During Minister Balakrishnan's discussion with Dr Weber, they agreed that trade mattered.\n\n"
            "Minister Balakrishnan and Mr Nilsson had a wide-ranging discussion on Asia and Europe.\n")
    record = extract(text)
    assert _meetings(record) == [(("DEU", "SGP"), [("Balakrishnan", "SGP"), ("Weber", "DEU")]),
                                 (("SGP", "SWE"), [("Balakrishnan", "SGP"), ("Nilsson", "SWE")])]


def test_counterparts_met_together_and_told_together_stay_one_meeting():
    text = ("On 14 March 2031, Foreign Minister Vivian Balakrishnan met the Foreign Minister of Germany, Dr Klaus "
            "Weber and the Foreign Minister of Sweden, Mr Lars Nilsson, in Berlin.\n\n"
            "Minister Balakrishnan, Dr Weber and Mr Nilsson discussed Asia and Europe.\n")
    assert len(extract(text).meetings) == 1


def test_a_semicolon_list_of_counterparts_met_by_an_office_is_a_meeting_each():
    text = ("On the bilateral meetings of External Affairs Minister Mr. Arun Rao in New York\n"
            "September 24, 2007\n"
            "On Monday, September 24, the External Affairs Minister had bilateral meetings with several of his "
            "counterparts, including HE Mr. Omar Haidari, Foreign Minister of Afghanistan; HE Mr. Karim Benali, "
            "Foreign Minister of Algeria; and HE Mr. Paul Leblanc, Foreign Minister of Canada.\n"
            "EAM and the Foreign Minister of Afghanistan reviewed the bilateral relationship.\n"
            "During the meeting between EAM and the Foreign Minister of Algeria, the two sides agreed on the "
            "need to expand trade.\n")
    record = extract(text)
    assert [sorted(m.countries) for m in record.meetings] == [["AFG", "IND"], ["DZA", "IND"], ["CAN", "IND"]]
    assert all(("Mukherjee", "IND") in _principals(record, n) for n in range(3))  # the office holder then
    assert [s.text.split(",")[0][:30] for s in record.meetings[0].statements][-1].startswith("EAM and the Foreign")
    assert record.meetings[1].statements[-1].text.startswith("During the meeting between EAM")


def test_a_split_meetings_part_that_opens_on_its_call_is_a_call():
    text = (" date 2031-02-04 U.S. President Jon Reyes discussed regional challenges with Australian Prime Minister "
            "Tom Blake and South Korean President Lee Minho, according to the White House. In his first call "
            "with Blake, Reyes highlighted the alliance.\n\n"
            "In his call with President Lee Minho of South Korea, Reyes stressed the alliance.\n")
    record = extract(text)
    assert [(m.countries, m.format) for m in record.meetings] == [(("AUS", "USA"), "telephone"),
                                                                   (("KOR", "USA"), "telephone")]


def test_a_groups_own_meeting_hosted_by_the_subject_has_every_member():
    text = ("The G7 Foreign Ministers' Telephone Talk\n\nJune 24, 2031\n\n"
            "On June 24, Mr. SATO Ken, Minister for Foreign Affairs of Japan, hosted the G7 Foreign Ministers' "
            "Telephone Talk for approximately 40 minutes.\n")
    meeting = extract(text).meetings[0]
    assert meeting.countries == ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA") and meeting.format == "telephone"


def test_a_bilateral_meeting_on_the_margins_of_a_group_summit_stays_bilateral():
    text = ("On June 24, 2031, Japanese Prime Minister Ken Sato held a meeting with President Jon Reyes of the United "
            "States on the margins of the G7 Summit in Rome.\n")
    assert extract(text).meetings[0].countries == ("JPN", "USA")


# ---------------------------------------------------------------- stances

def test_stances_of_the_round():
    text = ("On 3 May 2031, Foreign Minister Ken Sato of Japan held a meeting with Foreign Minister Klaus Weber of "
            "Germany. Minister Weber offered words of condolence regarding the floods. Minister Sato made a protest "
            "regarding the incident. In response, Minister Weber showed his agreement. They agreed at the "
            "one-on-one meeting to call each other by first names. The two ministers furthermore agreed on the "
            "Joint Statement by Japan and Germany.")
    statements = extract(text).meetings[0].statements
    assert [(s.stance, s.agents) for s in statements] == [
        ("condole", ("DEU",)), ("protest", ("JPN",)), ("express_support", ("DEU",)), ("decide", ("DEU", "JPN")),
        ("decide", ("DEU", "JPN"))]


def test_a_meeting_given_as_an_example_in_a_statement_is_no_meeting_of_its_own():
    text = ("On 11 September 2031, Minister of Foreign Affairs Kang Mira of the Republic of Korea held a meeting "
            "with Minister for Foreign Affairs of Japan Ken Sato in Hanoi.\n"
            "The two Ministers noted with appreciation ongoing exchanges, including the talks held between Prime "
            "Ministers Lee Jun and Taro Abe in Vladivostok on September 11. Minister Sato voiced hope that "
            "President Moon would visit Japan.")
    record = extract(text)
    assert len(record.meetings) == 1
    assert [(s.stance, s.agents) for s in record.meetings[0].statements][-1] == ("express_hope", ("JPN",))


def test_went_on_to_and_in_response_to_which_are_statements_of_their_own():
    text = ("On 11 September 2031, Minister of Foreign Affairs Kang Mira of the Republic of Korea held a meeting "
            "with Minister for Foreign Affairs of Japan Ken Sato.\n"
            "Minister Kang explained recent developments. She went on to underscore the importance of coordination.\n"
            "Minister Kang extended sympathy over the damage from the typhoon, in response to which Minister Sato "
            "expressed appreciation.")
    statements = extract(text).meetings[0].statements
    assert [(s.stance, s.agents, s.text.split()[0]) for s in statements] == [
        ("explain", ("KOR",), "Minister"), ("explain", ("KOR",), "She"), ("condole", ("KOR",), "Minister"),
        ("appreciate", ("JPN",), "in")]


def test_the_first_meeting_told_again_after_another_goes_on_there():
    text = ("MFA Press Statement: State Visit of President Maria Santos of the Philippines, 12 November 2031\n\n"
            "12 November 2031\n\n"
            "Philippine President Maria Santos, who is visiting Singapore, was hosted to a Welcome Ceremony by "
            "Singapore Prime Minister Daniel Goh at the Istana this morning.\n\n"
            "Following the Welcome Ceremony, President Santos called on President Ravi Kumar of Singapore. "
            "President Kumar and President Santos affirmed the deep ties between the two countries.\n\n"
            "President Santos then had a meeting with Prime Minister Goh. Prime Minister Goh and President "
            "Santos had a wide-ranging discussion on regional issues. Prime Minister Goh expressed "
            "appreciation to President Santos for the Philippines' support.\n")
    record = extract(text)
    first, second = record.meetings
    assert {p.family_name for p in first.participants if p.role == "principal"} == {"Santos", "Goh"}
    assert [s.stance for s in first.statements] == ["exchange_views", "appreciate"]
    assert [s.stance for s in second.statements] == ["confirm"]


def test_a_meeting_held_today_after_a_plan_is_reported():
    text = ("Press Trust Of India New Delhi\n"
            "India and Pakistan will hold foreign minister-level talks on January 13 when External Affairs Minister "
            "Arun Rao travels to Islamabad.\n\n"
            "This was decided when External Affairs Minister Rao today met his Pakistani counterpart Imran Qadir "
            "Bajwa over lunch, their "
            "first interaction as foreign ministers.\n\n"
            "The two sides discussed ways to take the peace process forward.\n")
    record = extract(text)
    assert record.document.is_readout
    assert _principals(record) == [("Bajwa", "PAK"), ("Rao", "IND")]


def test_a_plan_agreed_in_the_meeting_stays_the_meetings_lead():
    text = ("NEW YORK: The foreign ministers of Japan, the United States and South Korea on Monday agreed that "
            "their countries will hold a trilateral summit by the end of this year.\n"
            "In their meeting held in New York, Japanese Foreign Minister Ken Sato, US Secretary of State Jon "
            "Reyes and South Korean Foreign Minister Kim Minsu confirmed their cooperation.\n")
    meeting = extract(text).meetings[0]
    assert meeting.statements[0].text.startswith("NEW YORK: The foreign ministers")


def test_another_countrys_officials_family_name_is_no_family_name_first():
    from readout.participants import split_name

    assert split_name("Khurshid Mehmood Kasuri", "PAK")[0] == "Kasuri"
    assert split_name("Salman Khurshid", "IND")[0] == "Khurshid"


def test_on_the_next_day_is_the_day_after_the_one_told_before():
    text = ("Visit to Canada - First Day -\n\nMarch 3, 2031\n"
            "On March 2, 2031 (local time), Prime Minister Sato visited Ottawa.\n"
            "On the next day, Prime Minister Sato attended breakfast with the Honourable Anne Roy, Deputy Prime "
            "Minister of Canada, and held a summit meeting with the Right Honourable Paul Lefebvre, Prime Minister "
            "of Canada.\n")
    record = extract(text)
    assert [(m.date, _principals(record, n)) for n, m in enumerate(record.meetings)] == [
        ("2031-03-03", [("Roy", "CAN"), ("Sato", None)]), ("2031-03-03", [("Lefebvre", "CAN"), ("Sato", None)])]


def test_felt_that_is_a_view_shared_by_both_and_told_by_one():
    text = ("On 3 May 2031, Foreign Minister Ken Sato of Japan held a meeting with Foreign Minister Klaus Weber of "
            "Germany. They also felt that both sides should explore ways to deepen trade. Minister Weber felt that "
            "the talks were useful.")
    assert [(s.stance, s.agents) for s in extract(text).meetings[0].statements] == [
        ("share_view", ("DEU", "JPN")), ("explain", ("DEU",))]


def test_more_stances_of_the_round():
    text = ("On 3 May 2031, Foreign Minister Ken Sato of Japan held a meeting with Foreign Minister Klaus Weber of "
            "Germany. Minister Sato reiterated his congratulations on the victory. Minister Weber paid respect to "
            "Minister Sato who chairs the G7. Minister Sato also conveyed Japan's disappointment over the purchase.")
    assert [(s.stance, s.agents) for s in extract(text).meetings[0].statements] == [
        ("congratulate", ("JPN",)), ("commend", ("DEU",)), ("express_concern", ("JPN",))]


def test_a_stop_typed_after_the_honorable_does_not_end_the_lead():
    text = ("May 20, 2031\n\nOn May 20, Mr. Ken Sato, Prime Minister of Japan, held a Summit telephone talk with the "
            "Honorable. Tom Blake, Prime Minister of the Commonwealth of Australia. The two leaders shared the view "
            "to cooperate.")
    assert _principals(extract(text)) == [("Blake", "AUS"), ("Sato", "JPN")]


def test_the_office_of_the_subject_named_in_the_headline_above():
    text = ("Canadian Prime Minister Paul Lefebvre speaks with the President of the United States of America, Jon Reyes\n\n"
            "The Prime Minister spoke today with United States President Jon Reyes.\n\n"
            "The Prime Minister raised the issue of steel tariffs.\n")
    record = extract(text)
    assert _principals(record) == [("Lefebvre", "CAN"), ("Reyes", "USA")]
    assert record.meetings[0].statements[0].agents == ("CAN",)


def test_a_releases_dateline_is_no_place_of_a_call():
    text = ("Washington, DC - Secretary of State Jon Reyes spoke today with Turkish Foreign Minister Ali Demir. "
            "The Secretary expressed his condolences regarding the attack.")
    meeting = extract(text).meetings[0]
    assert (meeting.format, meeting.host_country) == ("telephone", None)


def test_two_callers_on_one_minister_respectively_are_a_meeting_each():
    text = ("MFA Press Statement: Introductory calls on Minister for Foreign Affairs Dr Vivian Balakrishnan\n\n"
            "28 Oct 2031\n\n"
            "The US Ambassador to Singapore H.E. Jon Miller and Chinese Ambassador to Singapore H.E. Zhao Lei paid "
            "introductory calls on Minister for Foreign Affairs Dr Vivian Balakrishnan on 27 and 28 October 2031 "
            "respectively. They had wide-ranging discussions on bilateral cooperation.\n")
    record = extract(text)
    assert [sorted(m.countries) for m in record.meetings] == [["SGP", "USA"], ["CHN", "SGP"]]
    assert all(m.statements and m.statements[0].stance == "exchange_views" for m in record.meetings)


def test_the_publishers_office_alone_calling_two_counterparts_separately():
    text = ("Readout of the President's Calls with British Prime Minister Cameron and French President Sarkozy\n\n"
            "October 10, 2011\n\n"
            "Today the President spoke by phone separately with British Prime Minister David Cameron and French "
            "President Nicolas Sarkozy, continuing his close consultations about the eurozone.\n")
    record = extract(text)
    assert record.document.publisher == "The White House"
    assert [_principals(record, n) for n in range(len(record.meetings))] == [
        [("Cameron", "GBR"), ("Obama", "USA")], [("Obama", "USA"), ("Sarkozy", "FRA")]]


def test_spoke_yesterday_under_a_statement_line_is_a_readout():
    text = ("Washington, DC (Wire) The US Department of State released the following statement:\n\n"
            "Secretary of State Jon Reyes spoke yesterday with United Nations Secretary-General Antonio Guterres "
            "about the situation in Ukraine. Secretary Reyes thanked the Secretary-General for his work.\n")
    assert extract(text, published="2031-02-25").document.is_readout


def test_a_statement_following_the_authors_own_meeting_is_its_readout():
    text = ("Brussels, 25 January 2031\n"
            "Statement by Herman VAN ROMPUY, President of the European Council, following his meeting with Pal "
            "Schmitt, President of Hungary\n"
            "\"President Schmitt and I had a productive discussion regarding the agenda of the European Council.\"\n")
    assert extract(text).document.is_readout


def test_pib_releases_name_indias_office_holders():
    text = ("Friday, May 28, 2010\n\nPrime Minister discusses wide range of issues with President Obama\n\n"
            "(PIB NEWS) The Prime Minister spoke this evening with United States President Barack Obama. The two "
            "leaders discussed the forthcoming Strategic Dialogue.\n")
    record = extract(text)
    assert record.document.publisher == "Press Information Bureau (India)"
    assert _principals(record) == [("Obama", "USA"), ("Singh", "IND")]


def test_bhutto_zardari_is_known_by_both_names():
    from readout.participants import split_name

    assert split_name("Bilawal Bhutto Zardari", "PAK")[0] == "Bhutto Zardari"


def test_agreeing_after_a_verb_is_a_statement_of_its_own():
    text = ("July 18, 2014\n\nPresident Obama spoke today with Prime Minister Cameron of the United Kingdom. The "
            "President and Prime Minister also discussed the situation in Gaza, agreeing that all parties must show "
            "restraint.")
    statements = extract(text).meetings[0].statements
    assert [(s.stance, s.agents, s.text.split()[0]) for s in statements] == [
        ("exchange_views", ("GBR", "USA"), "The"), ("share_view", ("GBR", "USA"), "agreeing")]


def test_agreeing_in_the_held_sentence_is_a_statement():
    text = ("President Jon Reyes of the United States spoke today with Prime Minister Tom Blake of Australia, "
            "agreeing that all parties must show restraint.")
    statements = extract(text).meetings[0].statements
    assert [s.stance for s in statements] == ["share_view"]


def test_a_short_title_takes_the_gazetteers_holder_of_the_longer_office():
    text = ("Minister Cannon meets NATO's Secretary General Rasmussen\n\nDecember 3, 2009 - NATO, Brussels\n\n"
            "Minister Cannon met with NATO's Secretary General Rasmussen today. They discussed Afghanistan.")
    people = {p.family_name: (p.country, p.organization) for p in extract(text).meetings[0].participants}
    assert people == {"Cannon": ("CAN", None), "Rasmussen": (None, "NATO")}


def test_two_who_spoke_this_morning_ahead_of_a_meeting_spoke_by_phone():
    text = ("Readout of the Secretary's call, September 11, 2031\n\n"
            "Secretary of State Jon Reyes and Russian Foreign Minister Ivan Petrov spoke this morning in advance "
            "of the meeting in Geneva tomorrow. They discussed the schedule.")
    meeting = extract(text).meetings[0]
    assert (meeting.countries, meeting.format) == (("RUS", "USA"), "telephone")


def test_approval_conveyed_and_appreciation_noted():
    text = ("On 3 May 2031, Foreign Minister Ken Sato of Japan held a meeting with Foreign Minister Klaus Weber of "
            "Germany. Minister Weber conveyed his approval. Minister Sato noted his deep appreciation for the "
            "support of Germany.")
    assert [s.stance for s in extract(text).meetings[0].statements] == ["express_support", "appreciate"]


def test_a_no10_title_names_its_publisher():
    text = ("PM call with Prime Minister Blake of Australia: 6 July 2024\n"
            "The Prime Minister spoke to the Australian Prime Minister, Tom Blake, this morning.\n"
            "The leaders discussed the region.\n")
    record = extract(text)
    assert record.document.publisher == "Prime Minister's Office, 10 Downing Street"
    assert record.meetings[0].countries == ("AUS", "GBR")
    assert extract(text.replace("PM call with", "Call with")).document.publisher is None


def test_italys_prime_minister_of_2013_and_pakistans_adviser_on_foreign_affairs():
    text = ("Ahead of next week's summit, the Prime Minister held a video conference with President Obama, "
            "Chancellor Merkel, President Hollande and Prime Minister Letta this evening.\n\n13 June 2013\n")
    assert "ITA" in extract(text, published="2013-06-13").meetings[0].countries
    people = find_people("Minister Salman Khurshid met Pakistan Prime Minister’s Adviser on Foreign Affairs Sartaj Aziz.")
    assert [(p.family_name, p.title) for p in people][-1] == ("Aziz", "Adviser on Foreign Affairs")


def test_a_sentence_said_in_the_meeting_names_its_speaker_before():
    text = ("JAKARTA, Oct 24, 2031 (Wire) -- Indonesia's newly appointed Foreign Minister, Budi Santoso has affirmed "
            "the country's full support for Malaysia's chairmanship of ASEAN.\n\n"
            "This was stated during a bilateral meeting with the Malaysia's Minister of Economy Aziz Rahman on the "
            "sidelines of the summit in Kazan, Russia.\n")
    assert extract(text).meetings[0].countries == ("IDN", "MYS")
