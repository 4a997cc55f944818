"""PLOVER/CAMEO coding of statements and of the meeting's CONSULT event."""
from __future__ import annotations


import pytest

from readout.code import code_meeting, code_statement, consult_event
from readout.lexicon import code_tables, vocabulary
from readout.record import Meeting, Statement


def meeting(**kw) -> Meeting:
    base = dict(date=None, start_time=None, duration_minutes=None, format="in_person", countries=("JPN", "KOR"),
                host_country="JPN", participants=(), statements=(), topics=())
    base.update(kw)
    return Meeting(**base)


def statement(stance: str, text: str = "The two ministers welcomed the visit.", verb=(18, 26)) -> Statement:
    return Statement(text=text, span=(0, len(text)), agents=("JPN",), stance=stance, verb_span=verb)


@pytest.mark.parametrize("stance", vocabulary()["stances"])
def test_every_stance_has_a_cameo_code_and_goldstein_value(stance):
    coded = code_statement(statement(stance))
    assert coded.cameo and len(coded.cameo) == 3 and coded.goldstein is not None


@pytest.mark.parametrize("stance,cameo,goldstein,plover", [
    ("welcome", "051", 3.4, "SUPPORT"), ("condole", "018", 3.4, None), ("invite", "036", 4.0, "AGREE"),
    ("request", "020", 3.0, None), ("express_concern", "111", -2.0, "ACCUSE"), ("explain", "010", 0.0, None),
    ("exchange_views", "040", 1.0, "CONSULT"), ("decide", "030", 4.0, "AGREE")])
def test_stance_codes(stance, cameo, goldstein, plover):
    coded = code_statement(statement(stance))
    assert (coded.cameo, coded.goldstein, coded.plover) == (cameo, goldstein, plover)


def test_a_more_specific_verb_overrides_the_stance_code():
    text = "The two ministers signed the agreement."
    coded = code_statement(statement("decide", text, (18, 24)))
    assert (coded.cameo, coded.goldstein, coded.plover) == ("057", 8.0, "SUPPORT")
    text = "Minister Lee rejected the claim."
    coded = code_statement(statement("protest", text, (13, 21)))
    assert (coded.cameo, coded.plover) == ("120", "REJECT")


@pytest.mark.parametrize("kw,mode,cameo,source,target", [
    (dict(format="in_person", host_country="JPN"), "visit", "042", "KOR", "JPN"),
    (dict(format="telephone", host_country=None), "phone", "041", None, None),
    (dict(format="video", host_country=None), "phone", "041", None, None),
    (dict(format="in_person", host_country=None), "third-party", "044", None, None),
    (dict(countries=("JPN", "KOR", "USA"), host_country=None), "multilateral", "040", None, None),
    (dict(format=None, host_country=None), None, "040", None, None)])
def test_consult_event(kw, mode, cameo, source, target):
    event = consult_event(meeting(**kw))
    assert event["plover"] == "CONSULT"
    assert (event["mode"], event["cameo"], event["source"], event["target"]) == (mode, cameo, source, target)


def test_code_meeting_codes_every_statement_and_sets_the_event():
    coded = code_meeting(meeting(statements=(statement("welcome"), statement("explain"))))
    assert [s.cameo for s in coded.statements] == ["051", "010"]
    assert coded.event["goldstein"] == 1.9


def test_tables_cite_their_sources():
    from importlib import resources
    raw = resources.files("readout.rules").joinpath("codes.yaml").read_text()
    assert "CAMEO2PLOVER" in raw and "CAMEO" in raw and "Goldstein" in raw
    assert set(code_tables()["stances"]) == set(vocabulary()["stances"])


def test_goldstein_values_lie_on_the_scale():
    tables = code_tables()
    for group in ("stances", "verbs", "consult"):
        for row in tables[group].values():
            assert -10.0 <= row["goldstein"] <= 10.0
