"""Store rules and schema: office wordings (rules as data), migration files, Datasette's view of the file."""
from __future__ import annotations

import sqlite3

import pytest

from readout.errors import RulesError
from readout.rules import load
from readout.store import Store
from readout.store.migrate import load_migrations, split_statements
from readout.store.resolve import (canonical_office, choose_undated, given_compatible, levels_compatible, normalize,
                                   place_compatible, place_confirmed)


@pytest.mark.parametrize("title,office", [
    ("Minister for Foreign Affairs of Japan", "Minister for Foreign Affairs"),
    ("Japanese Foreign Minister", "Minister for Foreign Affairs"),
    ("Foreign Minister", "Minister for Foreign Affairs"),
    ("U.S. Secretary of State", "Minister for Foreign Affairs"),
    ("External Affairs Minister", "Minister for Foreign Affairs"),
    ("Vice Minister for Foreign Affairs", "Vice Minister for Foreign Affairs"),
    ("Deputy Foreign Minister", "Vice Minister for Foreign Affairs"),
    ("Prime Minister of Japan", "Prime Minister"),
    ("Deputy Prime Minister", "Deputy Prime Minister"),
    ("President of the Republic of Korea", "President"),
    ("new Japanese Prime Minister", "Prime Minister"),
    ("High Representative of the European Union for Foreign Affairs and Security Policy",
     "High Representative of the European Union"),
    ("Ambassador of Japan to Mexico", "Ambassador of Japan to Mexico"),
    # As Japanese readouts write them: the same offices as the English wordings.
    ("外務大臣", "Minister for Foreign Affairs"),
    ("外相", "Minister for Foreign Affairs"),
    ("総理", "Prime Minister"),
    ("副大統領", "Vice President"),
    ("外務副大臣", "Vice Minister for Foreign Affairs"),
    ("Minister", None),
    ("", None),
    (None, None),
])
def test_office_wordings(title, office):
    assert canonical_office(title) == office


def test_office_rules_file_has_every_group():
    data = load("store_offices.yaml")
    assert {"offices", "modifiers", "generic", "prefixes", "occasion_filler"} <= set(data)
    assert all(data["offices"].values())


def test_an_office_without_wordings_fails_loudly(monkeypatch):
    from readout.store import resolve
    resolve._office_rules.cache_clear()
    monkeypatch.setattr(resolve, "load", lambda name: {"offices": {"President": []}, "modifiers": ["vice"],
                                                        "generic": ["minister"], "prefixes": ["new"]})
    try:
        with pytest.raises(RulesError, match="office 'President' has no wordings"):
            canonical_office("President")
    finally:
        monkeypatch.undo()
        resolve._office_rules.cache_clear()


@pytest.mark.parametrize("a,b,ok", [("yoshimasa", "yoshimasa", True), ("", "yoshimasa", True),
                                    ("y", "yoshimasa", True), ("antonyj", "antony", True),
                                    ("taro", "yoshimasa", False), ("yoshimasha", "yoshimasa", True),
                                    ("yoshihide", "yoshihiko", False), ("tara", "taro", False)])
def test_given_names(a, b, ok):
    assert given_compatible(a, b) is ok


def test_normalize_folds_case_accents_and_punctuation():
    assert normalize("Kyung-wha") == "kyungwha"
    assert normalize("Ebrárd") == "ebrard"
    assert normalize("HAYASHI") == normalize("Hayashi")


def test_migration_files_are_numbered_per_backend():
    for backend in ("sqlite", "postgresql"):
        migrations = load_migrations(backend)
        assert [m.version for m in migrations] == [1, 2, 3, 4]
        assert all(split_statements(m.sql) for m in migrations)
    assert "fts5" in load_migrations("sqlite")[1].sql
    assert "tsvector" in load_migrations("postgresql")[1].sql


# The query Datasette (and sqlite-utils) run to find a table's full-text index.
DATASETTE_DETECT_FTS = """
    select name from sqlite_master where rootpage = 0 and (
        sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
        or (tbl_name = "{table}" and sql like '%VIRTUAL TABLE%USING FTS%'))
"""


def test_the_sqlite_file_is_datasette_ready(tmp_path):
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("b", Path(__file__).parent / "fixtures/store/builder.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    db = tmp_path / "d.db"
    with Store(str(db)) as store:
        store.ingest(builder.build(builder.load_docs()["mofa-jp-fm"]))
    conn = sqlite3.connect(str(db))
    assert conn.execute(DATASETTE_DETECT_FTS.format(table="documents")).fetchall() == [("documents_fts",)]
    # Datasette's own search: rowids from the FTS table, rows from the content table.
    hits = conn.execute("select title from documents where rowid in "
                        "(select rowid from documents_fts where documents_fts match ?)", ["missile"]).fetchall()
    assert hits == [("Japan-Republic of Korea Foreign Ministers' Meeting",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert {"documents", "meetings", "meeting_sources", "participants", "persons", "person_names", "offices",
            "statements", "statement_topics", "meeting_topics", "events", "cited_references", "commitments",
            "schema_migrations"} <= tables


# -- rule 6: reports without any date ---------------------------------------------------------

def place(city=None, country=None, host=None, occasion=None, id=0) -> dict:
    return {"id": id, "location_city": city, "location_country": country, "host_country": host, "occasion": occasion}


def test_a_missing_city_is_no_conflict_but_different_ones_are():
    assert place_compatible(place(host="JPN"), place(city="Tokyo", host="JPN"))
    assert not place_compatible(place(city="Tokyo"), place(city="Osaka"))
    assert not place_compatible(place(country="PER"), place(city="Seoul", country="KOR"))
    assert not place_compatible(place(host="JPN"), place(host="KOR"))


def test_occasions_conflict_only_when_they_share_no_distinctive_word():
    assert place_compatible(place(occasion="TICAD 9"), place(occasion="the ninth TICAD ministerial meeting"))
    assert not place_compatible(place(occasion="on the margins of the G7 Summit"), place(occasion="APEC Summit"))


def test_the_place_must_be_confirmed_by_a_value_both_sides_give():
    assert place_confirmed(place(host="ITA"), place(city="Rome", host="ITA"))
    assert place_confirmed(place(occasion="G20 Foreign Ministers' Meeting"), place(occasion="G20"))
    assert not place_confirmed(place(city="Rome"), place(host="ITA"))
    assert not place_confirmed(place(), place())


def test_a_host_country_does_not_place_a_report_against_a_meeting_at_a_named_occasion():
    """France hosted both the ministers' talks in November and the summit in March."""
    assert not place_confirmed(place(city="Paris", host="FRA"), place(host="FRA", occasion="36th Franco-British Summit"))
    assert place_confirmed(place(host="FRA", occasion="Franco-British Summit"), place(host="FRA", occasion="the summit, Franco-British"))


def test_a_mixed_level_does_not_conflict_with_one_rank():
    assert levels_compatible("mixed", "foreign_ministers") and levels_compatible(None, "leaders")
    assert not levels_compatible("leaders", "foreign_ministers")


def test_a_candidate_in_the_same_named_city_is_preferred_and_must_be_alone():
    rome, unplaced, naples = place(city="Rome", id=1), place(host="ITA", id=2), place(city="Naples", id=3)
    assert choose_undated(place(city="Rome"), [unplaced, rome]) == (rome, [])
    assert choose_undated(place(host="ITA"), [unplaced]) == (unplaced, [])
    assert choose_undated(place(host="ITA"), [unplaced, naples]) == (None, [unplaced, naples])
    assert choose_undated(place(city="Rome"), [rome, dict(rome, id=4)]) == (None, [rome, dict(rome, id=4)])
