"""Japanese-language readouts (readout.japanese): each rule shown on readouts of our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from readout import extract, japanese
from readout.errors import RulesError

FIXTURES = Path(__file__).parent / "fixtures" / "japanese"


def _record(name: str, **kwargs):
    return extract((FIXTURES / name).read_text(encoding="utf-8"), **kwargs)


def _principals(meeting):
    return [(p.family_name, p.country) for p in meeting.participants if p.role == "principal"]


def test_is_japanese():
    assert japanese.is_japanese((FIXTURES / "telephone_talk.txt").read_text(encoding="utf-8"))
    assert not japanese.is_japanese("The ministers met in Tokyo (東京) and discussed the 日米 alliance at length, "
                                    "agreeing to continue close coordination on regional issues.")
    assert not japanese.is_japanese("")


@pytest.mark.parametrize("line, want", [
    ("令和元年6月27日", "2019-06-27"),
    ("平成31年4月1日", "2019-04-01"),
    ("令和5年12月3日", "2023-12-03"),
    ("2023年5月20日", "2023-05-20"),
    ("令和5年2月30日", None),  # no such day
])
def test_date_line_with_era_years(line, want):
    assert japanese.find_date_line(f"外相会談\n\n{line}\n\n本日，外相会談を行いました。") == want


def test_telephone_talk_header_and_principals():
    record = _record("telephone_talk.txt")
    doc = record.document
    assert (doc.language, doc.published, doc.is_readout, doc.kind) == ("ja", "2023-03-10", True, "readout")
    m = record.meetings[0]
    assert (m.date, m.start_time, m.duration_minutes, m.duration_approximate, m.format) == (
        "2023-03-10", "20:30", 30, True, "telephone")
    assert (list(m.countries), m.host_country, m.level) == (["JPN", "PRT"], None, "foreign_ministers")
    # The Japanese minister by the kanji family name in the rules; the counterpart by the English
    # name in brackets after the Japanese one.
    assert _principals(m) == [("Hayashi", "JPN"), ("Silva", "PRT")]
    text = doc.text
    for name, value in (("date", "本10日"), ("start_time", "午後8時30分から"), ("duration_minutes", "約30分"),
                        ("format", "電話会談")):
        start, end = m.spans[name]
        assert text[start:end] == value, name
    silva = m.participants[1]
    assert text[silva.span[0]:silva.span[1]] == "Ana Silva"


def test_telephone_talk_statements():
    m = _record("telephone_talk.txt").meetings[0]
    got = [(s.point, s.agents, s.stance) for s in m.statements]
    assert got == [
        (1, ("JPN",), "congratulate"),   # 林大臣から，…に祝意を表しました
        (1, ("PRT",), "appreciate"),     # シルバ大臣から謝意が表明されました: the word before the light verb
        (2, ("JPN",), "explain"),        # 「…」と述べ: reported speech, whatever it quotes
        (2, ("PRT",), "express_support"),  # 支持すると述べました: no quotation, the stance word counts
        (3, ("JPN", "PRT"), "exchange_views"),  # 両大臣は，…意見交換を行い，
        (3, ("JPN", "PRT"), "decide"),   # …していくことで一致しました: an agreement on future action
    ]
    assert m.statements[-1].commitment is not None
    assert set(m.topics) == {"north_korea", "russia_ukraine", "rule_of_law_values"}
    assert all(s.cameo for s in m.statements)  # PLOVER has no type for plain statements ("explain")


def test_summit_abroad_is_hosted_by_the_country_visited():
    m = _record("summit_abroad.txt").meetings[0]
    assert (m.date, m.duration_minutes, m.format, m.host_country, m.level) == (
        "2024-06-14", 45, "in_person", "ITA", "leaders")
    # '日伊首脳会談' names the meeting: no person '日伊'.
    assert [p.family_name for p in m.participants] == ["Kishida", "ロッシ"]
    assert [(s.agents, s.stance) for s in m.statements] == [
        (("JPN",), "commend"), (("ITA",), "welcome"), (("ITA", "JPN"), "exchange_views")]


def test_title_country_and_visiting_japan():
    m = _record("blinken_style.txt").meetings[0]
    assert (m.start_time, m.duration_minutes, m.host_country) == ("10:00", 60, "JPN")
    assert _principals(m) == [("Hayashi", "JPN"), ("スミス", "USA")]  # 国務長官: the U.S. office
    assert [(s.agents, s.stance) for s in m.statements] == [(("JPN", "USA"), "confirm")]


def test_a_planned_meeting_is_an_announcement():
    record = _record("announcement.txt")
    assert (record.document.is_readout, record.document.kind, record.meetings) == (False, "announcement", ())


def test_country_abbreviations_count_only_in_pairs():
    found = japanese.find_countries("日米首脳会談と本日中の予定", 0, 13)
    assert [code for code, _, _ in found] == ["JPN", "USA"]
    assert japanese.find_countries("本日中に", 0, 4) == []


def test_unknown_japanese_family_name_is_kept_whole_with_a_warning():
    record = extract("令和5年3月10日\n\n本10日，山田一郎外務大臣は，アナ・シルバ・ポルトガル外務大臣と電話会談を行いました。")
    m = record.meetings[0]
    assert _principals(m)[0] == ("山田一郎", "JPN")
    assert any("山田一郎外務大臣: family name not separated" in w for w in record.warnings)


def test_english_documents_do_not_take_the_japanese_path():
    record = extract("May 20, 2023\n\nForeign Minister Ana Silva of Portugal met Japanese Foreign Minister Ken Ono "
                     "at the Iikura Guest House (飯倉公館) in Tokyo.")
    assert record.document.language is None and record.meetings[0].countries == ("JPN", "PRT")


def test_rules_groups_are_validated(monkeypatch):
    import readout.japanese as module
    import readout.rules as rules_module

    good = rules_module.load("japanese.yaml")
    for group, bad in (("titles", {"外務大臣": "emperors"}), ("meeting_words", {"会談": "by_letter"}),
                       ("stances", {"歓迎": "rejoice"}), ("topics", {"no_such_topic": ["x"]}),
                       ("country_aliases", {"XXX": ["x"]}), ("held_verbs", [])):
        monkeypatch.setattr(rules_module, "load", lambda name, group=group, bad=bad: {**good, group: bad})
        module.rules.cache_clear()
        with pytest.raises(RulesError):
            module.rules()
    monkeypatch.undo()
    module.rules.cache_clear()
    assert module.rules().data["eras"]["令和"] == 2019


def test_every_rules_group_changes_what_is_extracted():
    data = japanese.rules().data
    text = "令和5年3月10日\n\n本10日，林健一外務大臣は，アナ・シルバ・ポルトガル外務大臣と{word}を行いました。"
    for word, fmt in data["meeting_words"].items():
        m = extract(text.format(word=word)).meetings[0]
        assert m.format == fmt, word
    for word, stance in data["stances"].items():
        m = extract(text.format(word="会談") + f"\n1　林大臣から，{word}しました。").meetings[0]
        assert [(s.agents, s.stance) for s in m.statements] == [(("JPN",), stance)], word
    for topic, cues in data["topics"].items():
        m = extract(text.format(word="会談") + f"\n1　両大臣は，{cues[0]}について意見交換を行いました。").meetings[0]
        assert topic in m.topics, (topic, cues[0])


def test_the_other_side_and_a_venue_in_japan():
    record = extract("令和5年3月10日\n\n本10日，林健一外務大臣は，飯倉公館において，アナ・シルバ・ポルトガル外務大臣と"
                     "夕食会を行いました。\n1　先方から，招待に謝意が表明されました。")
    m = record.meetings[0]
    assert (m.format, m.host_country) == ("in_person", "JPN")
    assert [(s.agents, s.stance) for s in m.statements] == [(("PRT",), "appreciate")]


def test_prime_ministers_office_style_call():
    """The Prime Minister's Office writes '、' and '本日' and names its principal by family name and title."""
    m = _record("pmo_summit_call.txt").meetings[0]
    assert (m.date, m.start_time, m.duration_minutes, m.format, m.level) == (
        "2022-06-01", "20:03", 25, "telephone", "leaders")
    assert _principals(m) == [("Kishida", "JPN"), ("デュボワ", "FRA")]
    assert [(s.point, s.agents, s.stance) for s in m.statements] == [
        (1, ("JPN",), "congratulate"),   # 祝意を伝えました
        (1, ("FRA",), "appreciate"),     # 謝意の表明がありました
        (2, ("FRA", "JPN"), "exchange_views"),
        (2, ("FRA", "JPN"), "share_view"),  # …であるとの認識で一致しました
        (3, ("JPN",), "request"),        # …協力を求め、
        (3, ("FRA",), "express_support"),  # デュボワ大統領から支持を得ました
    ]
    assert {"abductions", "russia_ukraine", "multilateral"} <= set(m.topics)


def test_location_and_occasion():
    record = extract("令和5年9月20日\n\n本20日，第78回国連総会出席のためニューヨークを訪問中の林健一外務大臣は，"
                     "アナ・シルバ・ポルトガル外務大臣と外相会談を行いました。")
    m = record.meetings[0]
    assert (m.location.city, m.location.country, m.occasion) == ("New York", "USA", "第78回国連総会")
    assert m.host_country is None  # New York is neither side's
    text = record.document.text
    assert text[m.spans["location"][0]:m.spans["location"][1]] == "ニューヨーク"
    seoul = extract("令和5年9月20日\n\n本20日，ソウルにおいて，林健一外務大臣は，朴振韓国外交部長官と外相会談を行いました。")
    assert (seoul.meetings[0].host_country, seoul.meetings[0].location.city) == ("KOR", "Seoul")
    # 朴振 is a known office holder (foreign_names): his family name as English texts write it.
    assert [(p.family_name, p.country) for p in seoul.meetings[0].participants] == [("Hayashi", "JPN"), ("Park", "KOR")]


def test_news_style_japanese():
    """NHK-style news: full-width digits, '中国の李明外相' (country joined by の), 'およそ１時間半'."""
    record = _record("news_style.txt")
    m = record.meetings[0]
    assert (record.document.published, m.date, m.duration_minutes, m.host_country) == (
        "2020-11-24", "2020-11-24", 90, "JPN")
    assert _principals(m) == [("山本", "JPN"), ("李", "CHN")]
    assert [(s.agents, s.stance) for s in m.statements] == [
        (("CHN", "JPN"), "decide"), (("CHN",), "explain"), (("JPN",), "express_concern")]
    assert any("山本外務大臣: family name not separated" in w for w in record.warnings)


def test_known_foreign_office_holders_get_their_english_family_name():
    data = japanese.rules().data["foreign_names"]
    for written, (family, country) in data.items():
        text = f"令和5年1月1日\n\n本1日，林健一外務大臣は，{written}大統領と電話会談を行いました。"
        m = extract(text).meetings[0]
        assert (m.participants[1].family_name, m.participants[1].country) == (family, country), written
        assert m.participants[1].name == written  # the record keeps the name as written


def test_a_counterpart_whose_office_name_is_a_list():
    # '英国外務・英連邦・開発大臣': the office's last word ('開発') is no name; the person is the katakana
    # name before the office's country, with the English name MOFA brackets after it.
    text = ("日英外相電話会談\n\n令和7年11月4日\n\n　本4日、午後5時15分から約20分間、茂木敏充外務大臣は、"
            "イヴェット・クーパー英国外務・英連邦・開発大臣（The Rt Hon Yvette Cooper MP, Secretary of State for "
            "Foreign, Commonwealth and Development Affairs of the United Kingdom）と電話会談を行ったところ、"
            "概要は以下のとおりです。\n\n1　冒頭、両大臣は、日英関係の強化で一致しました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert sorted((p.family_name, p.country) for p in meeting.participants) == [("Cooper", "GBR"), ("Motegi", "JPN")]


def test_an_english_name_with_accents_in_brackets():
    text = ("日・メキシコ外相会談\n\n令和7年6月12日\n\n　本12日午前11時から約45分間、岩屋毅外務大臣は、訪日中のフアン・ラモン・"
            "デ・ラ・フエンテ・メキシコ合衆国外務大臣（H.E. Dr. Juan Ramón de la Fuente, Secretary of Foreign Affairs of "
            "the United Mexican States）と日・メキシコ外相会談を行いました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert ("de la Fuente", "MEX") in [(p.family_name, p.country) for p in meeting.participants]


def test_a_kanji_name_with_its_reading_in_brackets():
    text = ("日韓首脳会談\n\n令和6年5月26日\n\n　本26日、韓国を訪問中の岸田文雄内閣総理大臣は、尹錫悦（ユン・ソンニョル）"
            "大韓民国大統領（H.E. Mr. YOON Suk Yeol, President of the Republic of Korea）と日韓首脳会談を行いました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert sorted((p.family_name, p.country) for p in meeting.participants) == [("Kishida", "JPN"), ("Yoon", "KOR")]


def test_the_four_ministers_are_all_sides():
    text = ("日米豪印外相会合\n\n令和6年7月29日\n\n　本29日、上川陽子外務大臣は、東京において、アントニー・ブリンケン米国国務長官、"
            "ペニー・ウォン豪州外務大臣及びスブラマニヤム・ジャイシャンカル・インド外務大臣と日米豪印外相会合を行ったところ、"
            "概要は以下のとおりです。\n\n1　4大臣は、自由で開かれたインド太平洋の実現に向けた連携を確認しました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert meeting.statements[-1].agents == tuple(sorted(meeting.countries)) and len(meeting.countries) == 4


def test_a_passive_speech_act_closes_its_clause():
    text = ("日英外相電話会談\n\n令和7年11月4日\n\n　本4日、茂木敏充外務大臣は、イヴェット・クーパー英国外務大臣（The Rt Hon "
            "Yvette Cooper MP, Foreign Secretary of the United Kingdom）と電話会談を行ったところ、概要は以下のとおりです。\n\n"
            "1　冒頭、クーパー大臣から茂木大臣の外務大臣就任に対する祝意が述べられ、茂木大臣から謝意を表明しました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert [(s.agents, s.stance) for s in meeting.statements][:2] == [(("GBR",), "congratulate"), (("JPN",), "appreciate")]


def test_both_countries_inside_what_one_side_said_is_no_joint_subject():
    text = ("日韓首脳会談\n\n令和6年5月26日\n\n　本26日、岸田文雄内閣総理大臣は、尹錫悦（ユン・ソンニョル）大韓民国大統領"
            "（H.E. Mr. YOON Suk Yeol, President of the Republic of Korea）と日韓首脳会談を行いました。\n\n"
            "1　岸田総理大臣から、両国間の協力を更に幅広い分野で進めていきたい旨述べました。")
    meeting = extract(text, url="https://www.mofa.go.jp/mofaj/x.html").meetings[0]
    assert meeting.statements[-1].agents == ("JPN",)
