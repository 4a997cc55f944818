"""SVG charts and the page-data helpers: titles, axis labels, palette, escaping, derived numbers."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from readout.web import charts, views
from readout.web.app import WebError
from readout.web.filters import labels, topic_label

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script>&"\''

MEETINGS = [
    {"id": 1, "date": "2019-08-01", "level": "foreign_ministers", "format": "in_person", "topics": ["north_korea"]},
    {"id": 2, "date": "2020-02-21", "level": "foreign_ministers", "format": "telephone", "topics": ["health"]},
    {"id": 3, "date": "2022-09-21", "level": "leaders", "format": "in_person",
     "topics": ["north_korea", "abductions"]},
    {"id": 4, "date": "2023-05-20", "level": None, "format": None, "topics": ["north_korea"]},
    {"id": 5, "date": None, "level": "leaders", "format": "video", "topics": []},
]


def parse(svg) -> ET.Element:
    """Charts must be well-formed XML (so any unescaped value would break the parse)."""
    return ET.fromstring(str(svg))


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_timeline_has_title_axis_labels_rows_and_links():
    root = parse(charts.timeline_chart(MEETINGS, "JPN–KOR meetings"))
    assert root.find(f"{SVG}title").text == "JPN–KOR meetings"
    shown = texts(root)
    assert "Date of meeting" in shown and "Level" in shown
    assert "Leaders" not in shown and "leaders" in shown and "foreign ministers" in shown and "unknown" in shown
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == ["/meetings/1", "/meetings/2", "/meetings/3", "/meetings/4"]  # undated meeting left out


def test_timeline_tells_formats_apart_by_shape_and_okabe_ito_colour():
    svg = str(charts.timeline_chart(MEETINGS))
    assert "<circle" in svg and "<rect" in svg  # in person vs telephone
    for colour in (charts.FORMAT_STYLE["in_person"][0], charts.FORMAT_STYLE["telephone"][0]):
        assert colour in charts.OKABE_ITO and colour in svg


@pytest.mark.parametrize("make", [
    lambda: charts.timeline_chart([{"id": HOSTILE, "date": "2020-01-01", "level": HOSTILE,
                                    "format": HOSTILE, "title": HOSTILE}], HOSTILE),
    lambda: charts.bar_chart([(HOSTILE, 3)], HOSTILE, HOSTILE, HOSTILE),
    lambda: charts.ranked_bar_chart([(HOSTILE, 3)], HOSTILE, HOSTILE, HOSTILE, link="/c/"),
    lambda: charts.heat_map({(HOSTILE, 2020): 2}, HOSTILE, HOSTILE, HOSTILE),
    lambda: charts.line_chart({HOSTILE: [(HOSTILE, 1)]}, HOSTILE, HOSTILE, HOSTILE),
])
def test_every_label_is_escaped(make):
    svg = str(make())
    assert "<script" not in svg
    root = parse(svg)
    assert any(HOSTILE in t for t in texts(root)) or HOSTILE in root.find(f"{SVG}title").text


def test_bar_chart_heights_follow_values_and_axis_rounds_up():
    root = parse(charts.bar_chart([(2019, 1), (2020, 0), (2021, 4)], "Per year", "Year", "Meetings"))
    heights = [float(r.get("height")) for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert heights[1] == 0 and heights[2] == pytest.approx(4 * heights[0])
    assert {"Year", "Meetings", "2019", "2021"} <= set(texts(root))


def test_ranked_bar_chart_puts_the_largest_first():
    root = parse(charts.ranked_bar_chart([("USA", 2), ("KOR", 7), ("CHN", 4)], "Partners", "Meetings", "Partner"))
    labels_in_order = [t for t in texts(root) if t in {"USA", "KOR", "CHN"}]
    assert labels_in_order == ["KOR", "CHN", "USA"]


def test_heat_map_prints_counts_and_shades_by_value():
    root = parse(charts.heat_map({("a", 2020): 1, ("a", 2021): 4, ("b", 2021): 0}, "Topics", "Year", "Topic"))
    fills = {r.find(f"{SVG}title").text: r.get("fill") for r in root.iter(f"{SVG}rect")}
    assert fills["a, 2021: 4"] == "#0072b2" and fills["b, 2021: 0"] == "#ffffff"
    assert "4" in texts(root)


def test_empty_charts_say_no_data():
    for svg in (charts.timeline_chart([]), charts.bar_chart([], "t", "x", "y"), charts.heat_map({}, "t", "x", "y"),
                charts.line_chart({}, "t", "x", "y"), charts.ranked_bar_chart([], "t", "x", "y")):
        assert "No data" in texts(parse(svg))


def test_fill_years_adds_missing_years_as_zero():
    assert charts.fill_years({"2019": 2, 2021: 1}) == [(2019, 2), (2020, 0), (2021, 1)]


def test_longest_gap_between_consecutive_dated_meetings():
    gap = views.find_longest_gap(MEETINGS)
    assert gap["start"] == "2020-02-21" and gap["end"] == "2022-09-21"
    assert gap["days"] == 943 and (gap["start_meeting"], gap["end_meeting"]) == (2, 3)
    assert views.find_longest_gap(MEETINGS[:1]) is None


def test_topics_by_year_and_per_year_counts():
    assert views.count_per_year(MEETINGS) == {2019: 1, 2020: 1, 2022: 1, 2023: 1}
    table = views.count_topics_by_year(MEETINGS)
    assert list(table)[0] == "north_korea" and table["north_korea"] == {2019: 1, 2022: 1, 2023: 1}


@pytest.mark.parametrize("pair", ["JPN", "JPN-KOR-USA", "J1N-KOR", "<b>-KOR", ""])
def test_bad_dyads_are_404(pair):
    with pytest.raises(WebError) as err:
        views.parse_dyad(pair)
    assert err.value.status == 404


def test_filters_validate_dates_and_upper_case_codes():
    assert views.clean_filters({"dyad": "jpn-kor", "since": "2020-01-01", "q": ""}) == {
        "dyad": "JPN-KOR", "since": "2020-01-01"}
    with pytest.raises(WebError) as err:
        views.clean_filters({"until": "last year"})
    assert err.value.status == 422


def test_web_labels_rules_file_covers_the_vocabularies():
    groups = labels()
    assert {"topics", "stances", "levels", "formats"} <= set(groups)
    assert topic_label("north_korea") == groups["topics"]["north_korea"] != "north_korea"
    assert topic_label("not_a_topic") == "Not a topic"
    assert "share_view" in groups["stances"] and "in_person" in groups["formats"]


def test_only_http_links_are_kept():
    assert views.safe_url("https://example.org/a") == "https://example.org/a"
    assert views.safe_url("javascript:alert(1)") is None
