"""Segmentation: paragraphs and points, abbreviation-aware sentences, clause starts."""
from __future__ import annotations

from readout.segment import (clause_start, is_heading, paragraph_sentences, readable_paragraphs, sentences,
                             split_paragraphs, split_sentences)


def texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_numbered_points_give_paragraphs_with_their_numbers():
    text = "Lead sentence here.\n\n1. First point.\n2. Second point,\nwrapped.\n(3) Third point.\n"
    paras = split_paragraphs(text)
    assert [p.point for p in paras] == [None, 1, 2, 3]
    assert texts(text, [p.span for p in paras]) == ["Lead sentence here.", "First point.",
                                                     "Second point,\nwrapped.", "Third point."]


def test_bullets_are_numbered_in_order():
    text = "Overview:\n- Alpha was discussed.\n• Beta was discussed.\n"
    assert [p.point for p in split_paragraphs(text)] == [None, 1, 2]


def test_hard_wrapped_lines_stay_one_paragraph():
    text = "President Biden met with Prime Minister\nKishida today. The leaders discussed\ntrade.\n\nNext paragraph."
    assert len(split_paragraphs(text)) == 2


def test_sentences_respect_abbreviations():
    text = ("Mr. HAYASHI met Dr. Park at 2:20 p.m. in Tokyo. The U.S. and Japan agreed. "
            "Joseph R. Biden, Jr. spoke. Resolution No. 2231 was noted. He left.")
    assert texts(text, split_sentences(text, (0, len(text)))) == [
        "Mr. HAYASHI met Dr. Park at 2:20 p.m. in Tokyo.", "The U.S. and Japan agreed.",
        "Joseph R. Biden, Jr. spoke.", "Resolution No. 2231 was noted.", "He left."]


def test_abbreviation_at_sentence_end_before_an_opener_splits():
    text = "They met in the U.S. The talks went well."
    assert texts(text, split_sentences(text, (0, len(text)))) == ["They met in the U.S.", "The talks went well."]


def test_quotes_and_brackets_close_sentences():
    text = "He said, “We agree.” They left (as planned.) Then it ended."
    assert len(split_sentences(text, (0, len(text)))) == 3


def test_headings_and_captions_are_skipped():
    text = "Japan-Korea Relations\n\n(Photo) Foreign Ministers' Meeting\n\nThe two ministers met. They talked.\n\nBack to top"
    caption = text.index("(Photo)")
    found = sentences(text, None, ((caption, caption + 34),))
    assert texts(text, [s.span for s in found]) == ["The two ministers met.", "They talked.", "Back to top"]


def test_a_cut_off_last_paragraph_is_not_a_heading():
    text = "Lead.\n\n3. The two ministers exchanged views on future b"
    assert texts(text, [s.span for s in sentences(text)])[-1] == "The two ministers exchanged views on future b"


def test_is_heading():
    assert is_heading("(1) Bilateral relations")
    assert not is_heading("The two ministers welcomed the visit.")


def test_clause_start_after_coordinators():
    text = "They exchanged views on North Korea and shared the view"
    assert text[clause_start(text, 14, text.index("shared")):].startswith("and shared")
    text = "He welcomed it, and he called for more"
    assert text[clause_start(text, 10, text.index("called")):].startswith("and he called")
    text = "They condemned X, reaffirmed Y"
    assert text[clause_start(text, 14, text.index("reaffirmed")):] == "reaffirmed Y"
    text = "She welcomed it, while stating"
    assert text[clause_start(text, 12, text.index("stating"), participle=True):] == "while stating"


def test_no_clause_start_inside_an_object():
    text = "He stated that Japan welcomed the plan"
    assert clause_start(text, 9, text.index("welcomed")) is None


def test_clause_start_has_linear_cost_on_long_runs():
    text = "and " * 20000 + "x" * 50 + " shared"
    assert clause_start(text, 0, len(text) - 6) is None


def test_a_caption_inside_a_paragraph_drops_only_its_own_sentences():
    text = ("The two ministers met in Lima on Thursday.\nThey agreed to hold a summit soon.\n"
            "Minister Ito (right) shakes hands with Minister Ruiz on Thursday. (Agency)")
    caption = (text.index("Minister Ito"), len(text))
    found = [text[s.span[0]:s.span[1]] for s in sentences(text, None, (caption,))]
    assert found == ["The two ministers met in Lima on Thursday.", "They agreed to hold a summit soon."]
    whole = [text[s.span[0]:s.span[1]] for s in sentences(text, None, ((0, len(text)),))]
    assert whole == []


def test_sentences_are_the_readable_paragraphs_sentences():
    text = ("Bilateral Relations\n\nThe ministers met. They talked.\n\nPhoto caption here.\n\n"
            "1. Trade was discussed. Energy too.\n\nLast line without a stop")
    caption = text.index("Photo caption here.")
    captions = ((caption, caption + len("Photo caption here.")),)
    readable = readable_paragraphs(text, None, captions)
    assert [text[p.span[0]:p.span[1]] for _, p in readable] == [
        "The ministers met. They talked.", "Trade was discussed. Energy too.", "Last line without a stop"]
    joined = [s for index, para in readable for s in paragraph_sentences(text, index, para, captions)]
    assert joined == sentences(text, None, captions)
    assert [s.point for s in joined] == [None, None, 1, 1, 1]  # a point lasts until the next marker


def test_a_numbered_points_heading_in_sentence_case_is_its_own_paragraph():
    text = "1. Opening remarks\nMinister Ono welcomed the visit.\n\n2. Bilateral relations\nThe two ministers agreed."
    paragraphs = split_paragraphs(text)
    assert [(text[p.span[0]:p.span[1]], p.point, p.heading) for p in paragraphs] == [
        ("Opening remarks", 1, True), ("Minister Ono welcomed the visit.", 1, False),
        ("Bilateral relations", 2, True), ("The two ministers agreed.", 2, False)]


def test_a_full_stop_glued_to_a_sentence_opener_ends_the_sentence():
    text = ("Minister Tran is on a visit at the invitation of Foreign Minister Juan Ruiz Parilla.During their talks on "
            "May 20, the two ministers discussed trade.Tran reaffirmed support. See WhiteHouse.Gov and Mirage.News.")
    sentences = [text[s:e] for s, e in split_sentences(text, (0, len(text)))]
    assert sentences[0].endswith("Ruiz Parilla.") and sentences[1].startswith("During their talks")
    # (not before a word that is no usual opener, nor inside a site's name)
    assert any("trade.Tran reaffirmed" in s for s in sentences) and sentences[-1] == "See WhiteHouse.Gov and Mirage.News."
