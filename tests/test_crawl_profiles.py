"""Site profiles: every built-in profile validates, recognises its readout URLs, and bad files fail loudly."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from readout.crawl.profiles import builtin_names, load_profile, parse_profile, validate_profile
from readout.errors import CrawlError

PROFILES = Path(__file__).resolve().parents[1] / "readout" / "profiles"

# For each built-in profile: addresses in the shape of its site's readouts, and of pages that are not.
EXAMPLES = {
    "mofa-jp": (["https://www.mofa.go.jp/a_o/na/kr/page4e_000902.html",
                 "https://www.mofa.go.jp/press/release/press4e_000335.html",
                 "https://www.mofa.go.jp/s_sa/sea1/vn/pageite_000001_00338.html",
                 "https://www.mofa.go.jp/me_a/me1/eg/shin4e_000040.html"],
                ["https://www.mofa.go.jp/press/kaiken/kaiken4e_000702.html",
                 "https://www.mofa.go.jp/mofaj/s_sa/sea2/id/page3_002791.html",
                 "https://www.mofa.go.jp/press/release/index.html",
                 "https://www.mofa.go.kr/a_o/na/kr/page4e_000902.html"]),
    "kantei-jp": (["https://japan.kantei.go.jp/101_kishida/diplomatic/202206/_00001.html",
                   "https://japan.kantei.go.jp/101_kishida/diplomatic/202406/14usa.html"],
                  ["https://japan.kantei.go.jp/101_kishida/diplomatic/index.html",
                   "https://japan.kantei.go.jp/101_kishida/statement/202406/14speech.html"]),
    "whitehouse": (["https://www.whitehouse.gov/briefings-statements/2025/01/readout-of-president-donald-j-trump-call-with-crown-prince-mohammad-bin-salman/"],
                   ["https://www.whitehouse.gov/briefings-statements/2025/01/fact-sheet-president-donald-j-trump-protects-civil-service/",
                    "https://www.whitehouse.gov/briefings-statements/page/2/"]),
    "state-dept": (["https://www.state.gov/secretary-blinkens-meeting-with-republic-of-korea-foreign-minister-chung-3/",
                    "https://www.state.gov/releases/office-of-the-spokesperson/2025/03/secretary-rubios-call-with-japanese-foreign-minister-iwaya/"],
                   ["https://www.state.gov/press-releases/page/2/",
                    "https://www.state.gov/countries-areas/japan/"]),
    "mofa-kr": (["https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320957&srchFr=&page=1"],
                ["https://www.mofa.go.kr/eng/brd/m_5676/list.do?page=2",
                 "https://www.mofa.go.kr/eng/wpge/m_5405/contents.do"]),
}


def test_every_builtin_profile_has_examples():
    assert sorted(EXAMPLES) == builtin_names()


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_builtin_profile_validates_and_recognises_its_readouts(name):
    profile = load_profile(name)
    assert profile.name == name
    assert profile.start_pages and all(p.startswith(profile.base_url) for p in profile.start_pages)
    readouts, others = EXAMPLES[name]
    for url in readouts:
        assert profile.is_readout_link(url), url
    for url in others:
        assert not profile.is_readout_link(url), url


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_builtin_profile_says_it_was_written_from_public_structure(name):
    text = (PROFILES / f"{name}.yaml").read_text(encoding="utf-8")
    assert "Written from the public structure" in text
    assert f"readout crawl --check {name}" in text


def test_generic_profile_points_at_the_given_site():
    profile = load_profile("https://news.example.org/")
    assert profile.generic and profile.name == "news.example.org"
    assert profile.start_pages == ("https://news.example.org/",)
    assert profile.sitemaps == ("https://news.example.org/sitemap.xml",)
    assert profile.is_readout_link("https://news.example.org/releases/secretarys-meeting-with-minister/")
    assert not profile.is_readout_link("https://other.example.org/releases/secretarys-meeting-with-minister/")
    assert not profile.is_readout_link("https://news.example.org/tag/meetings/")


def test_rebased_profile_keeps_paths_on_the_new_origin():
    profile = load_profile("mofa-jp").rebased("http://127.0.0.1:8000")
    assert profile.start_pages == ("http://127.0.0.1:8000/press/release/index.html",)
    assert profile.is_readout_link("http://127.0.0.1:8000/a_o/na/kr/page4e_000902.html")
    assert not profile.is_readout_link("https://www.mofa.go.jp/a_o/na/kr/page4e_000902.html")


def test_date_formats_find_dates_in_date_lines():
    assert load_profile("mofa-jp").parse_date("  May 20, 2025 ") == "2025-05-20"
    assert load_profile("mofa-kr").parse_date("Date 2023.05.20 Hit 1203") == "2023-05-20"
    assert load_profile("kantei-jp").date_from_url(
        "https://japan.kantei.go.jp/101_kishida/diplomatic/202406/14usa.html") == "2024-06-01"
    assert load_profile("mofa-jp").parse_date("no date here 12345") is None


def _valid() -> dict:
    return yaml.safe_load((PROFILES / "mofa-jp.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(start_page=["/x"]), "unknown key(s) start_page"),
    (lambda d: d.pop("readout_links"), "'readout_links' is missing or empty"),
    (lambda d: d.update(readout_links=["^/(unclosed"]), "bad regular expression"),
    (lambda d: d["selectors"].update(content="div[[oops"), "bad CSS selector"),
    (lambda d: d["selectors"].update(body="main"), "unknown key(s) body"),
    (lambda d: d.update(date_formats=["%d/%m"]), "must use %Y or %y"),
    (lambda d: d.update(base_url="www.mofa.go.jp"), "'base_url' must be an http(s) origin"),
    (lambda d: d.update(url_date="/(\\d{4})/"), "named group"),
    (lambda d: d.update(max_index_pages=0), "positive whole number"),
])
def test_invalid_profile_fails_loudly_naming_the_problem(change, message):
    data = _valid()
    change(data)
    with pytest.raises(CrawlError) as caught:
        validate_profile(data, "broken.yaml")
    assert "profile broken.yaml" in str(caught.value)
    assert message in str(caught.value)


def test_profile_file_that_is_not_yaml_fails_loudly():
    with pytest.raises(CrawlError, match="not valid YAML"):
        parse_profile("name: [unclosed", "bad.yaml")


def test_unknown_profile_name_lists_the_builtin_ones():
    with pytest.raises(CrawlError, match="no such profile .*mofa-jp"):
        load_profile("mofa-xx")
