"""Rules of the statements stage: every vocabulary id is reachable, the files validate."""
from __future__ import annotations

import json
import re

import pytest
import yaml

from readout.errors import RulesError
from readout.lexicon import (_compile_tail, agent_lexicon, code_tables, cue_lexicon, stance_lexicon, topic_lexicon,
                             verb_forms, vocabulary)
from readout.rules import load

from conftest import SHARED

SPEC = SHARED / "spec"


def shared_ids(name: str, key: str) -> list[str]:
    path = SPEC / name
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared/spec is not checked out beside the project")
    return [row["id"] for row in json.loads(path.read_text())[key]]


def stance_ids_in_rules() -> set[str]:
    ids = set()
    for rules in stance_lexicon().rules.values():
        for rule in rules:
            ids.add(rule.stance)
            if rule.one_side:
                ids.add(rule.one_side)
    return ids


def test_vendored_vocabulary_matches_shared_spec():
    assert vocabulary()["stances"] == shared_ids("stances.json", "stances")
    assert vocabulary()["topics"] == shared_ids("topics.json", "topics")


def test_every_stance_id_is_reachable_from_the_rules():
    assert stance_ids_in_rules() == set(vocabulary()["stances"])


def test_every_topic_id_is_reachable_from_the_rules():
    topics = {t for values in topic_lexicon().lookup.values() for t in values}
    assert topics == set(vocabulary()["topics"])


def test_rules_ids_are_a_subset_of_the_vendored_vocabulary():
    assert stance_ids_in_rules() <= set(vocabulary()["stances"])
    topics = {t for values in topic_lexicon().lookup.values() for t in values}
    assert topics <= set(vocabulary()["topics"])


def test_every_example_of_the_spec_gets_its_stance():
    """The examples in stances.json, in a sentence, give their stance (conventions apply)."""
    path = SPEC / "stances.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    from readout.statements import find_verbs
    misses = []
    for row in json.loads(path.read_text())["stances"]:
        for example in row["examples"]:
            text = f"The two ministers {example} the matter."
            hits = find_verbs(text, (0, len(text)))
            got = {h.stance for h in hits} | {h.one_side for h in hits}
            if row["id"] not in got:
                misses.append((row["id"], example))
    # "will support" / "will coordinate towards" are future forms: readouts say "agreed to" / "expressed support".
    assert set(misses) <= {("decide", "will coordinate towards")}, misses


def _topics_found(text: str) -> set:
    lex = cue_lexicon()
    return {v for m in lex.pattern.finditer(text) for k, v in lex.lookup.get(" ".join(m.group().split()), ())
            if k == "topic"}


def test_every_topic_cue_finds_its_topic_in_running_text():
    for topic, cues in load("topics.yaml")["topics"].items():
        for cue in cues:
            written = str(cue).replace("(s)", "").replace("(es)", "")
            assert topic in _topics_found(f"They discussed {written} today."), (topic, cue)


def test_cues_written_in_capitals_match_only_as_written():
    assert "multilateral" in _topics_found("They discussed reform of the WHO today.")
    assert "multilateral" not in _topics_found("The minister, who arrived today, spoke.")
    assert "science_technology" not in _topics_found("Concerns that stem from the dispute.")


def test_not_topic_phrases_hide_the_cue_inside_them():
    for phrase in load("topics.yaml")["not_topics"]:
        assert not _topics_found(f"They spoke of {str(phrase).replace('(s)', '')} today."), phrase
    assert "defense_security" in _topics_found("They discussed security cooperation.")
    assert "defense_security" not in _topics_found("They discussed international peace and security.")
    assert "multilateral" in _topics_found("on the margins of the Asia-Pacific Economic Cooperation forum")
    assert "economy_trade" not in _topics_found("on the margins of the Asia-Pacific Economic Cooperation forum")


def test_infrastructure_and_energy_security_name_the_topic_they_are_about():
    # Threatened infrastructure is security, the energy system energy, attacked infrastructure no trade.
    assert _topics_found("They discussed sabotage of critical undersea infrastructure.") == {"defense_security"}
    assert _topics_found("They discussed repairs to the energy infrastructure.") == {"energy"}
    assert _topics_found("They discussed energy security.") == {"energy"}
    assert "economy_trade" not in _topics_found("They condemned attacks on civilian infrastructure.")
    assert "economy_trade" in _topics_found("They discussed investment in port infrastructure.")


def test_the_economy_as_a_means_or_a_cost_is_no_trade_topic():
    assert "economy_trade" not in _topics_found("They would impose severe economic costs on the aggressor.")
    assert "economy_trade" not in _topics_found("They discussed diplomatic, humanitarian, and economic means.")
    assert "economy_trade" not in _topics_found("They discussed support for the country's economic reconstruction.")
    assert "economy_trade" in _topics_found("They discussed deepening economic ties and investment.")


def test_stance_patterns_have_no_nested_unbounded_quantifiers():
    raw = load("stances.yaml")
    for lemma, entries in raw["verbs"].items():
        for entry in entries:
            assert not re.search(r"\)[*+]\)?[*+]", entry[1]), (lemma, entry)


def test_verb_forms():
    assert verb_forms("concur", {"concur": "concurred"})["concurred"] == "past"
    assert verb_forms("welcome", {})["welcomed"] == "past"
    assert verb_forms("urge", {})["urging"] == "ing"
    assert "exchanges" not in verb_forms("exchange", {})  # plural noun, not a verb
    assert verb_forms("offer", {})["offers"] == "present"


def test_bad_tail_pattern_fails_loudly():
    with pytest.raises(RulesError, match="stances.yaml"):
        _compile_tail("(unclosed", {}, "express")


def test_agents_rules_load_and_resolve_names():
    lex = agent_lexicon()
    assert lex.countries.lookup["ROK"] == "KOR" and lex.countries.lookup["U.S."] == "USA"
    assert lex.organizations.lookup["United Nations"] == "UN"
    assert lex.collective.search("The two ministers agreed")
    assert not lex.collective.search("Minister Park agreed")


def test_codes_rules_cover_every_stance():
    assert set(code_tables()["stances"]) == set(vocabulary()["stances"])
    for mode in ("phone", "visit", "third-party", "multilateral"):
        assert code_tables()["consult"][mode]["cameo"].startswith("04")


def test_rules_files_are_valid_yaml_with_comments_citing_their_use():
    from importlib import resources
    for name in ("stances.yaml", "topics.yaml", "agents.yaml", "codes.yaml", "vocab.yaml"):
        raw = resources.files("readout.rules").joinpath(name).read_text()
        assert raw.lstrip().startswith("#"), name
        assert yaml.safe_load(raw)
