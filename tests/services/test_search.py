"""Search over everything written: accents, prefixes, hostile queries,
newest first, one report, and an index that follows every change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from opd_desktop.errors import ValidationError
from opd_desktop.services import conversations, followthrough, notes, plans, profile, reports
from opd_desktop.services.search import (
    ACTION_ITEM,
    CONVERSATION_SECTION,
    FOLLOW_THROUGH_SECTION,
    NOTE,
    PLAN_SECTION,
    PROFILE_SECTION,
    RECAP,
    search,
)
from opd_desktop.store import database, migrations


@pytest.fixture
def team(store):
    zoe = reports.add_report(store, "Zoë Dvořák")
    lukasz = reports.add_report(store, "Łukasz Żółć")
    first = conversations.series_conversation(store, zoe.id, 1)
    conversations.hold(store, first.id, dt.datetime.now() - dt.timedelta(days=20))
    notes.save_note(store, first.id, "preferences", "Şükrü recommended the migration clinic to Zoë.")
    notes.save_note(store, first.id, "prep", "Private: ask about the Łódź office move.", private=True)
    conversations.save_wrap_up(
        store, first.id, summary="We agreed on a mentoring plan.", next_steps="Book the clinic."
    )
    other = conversations.series_conversation(store, lukasz.id, 1)
    notes.save_note(store, other.id, "strengths", "Łukasz explains the migration calmly.")
    return store, zoe, lukasz, first, other


@pytest.mark.parametrize(
    ("typed", "expected"), [("zoe", "Zoë"), ("sukru", "Şükrü"), ("lukasz", "Łukasz"), ("LODZ", "Łódź")]
)
def test_accents_are_optional(team, typed: str, expected: str) -> None:
    store = team[0]
    hits = search(store, typed)
    assert hits and any(expected in h.text for h in hits)


def test_prefixes_match_as_you_type_and_every_word_is_required(team) -> None:
    store, _zoe, _lukasz, *_ = team
    assert {h.person for h in search(store, "migr")} == {"Zoë Dvořák", "Łukasz Żółć"}
    assert {h.person for h in search(store, "migr calm")} == {"Łukasz Żółć"}
    assert search(store, "migrationx") == []


@pytest.mark.parametrize(
    "hostile", ['"', "AND OR", "*", "NEAR(", 'zoe"', "a:b", ")", "-", "OR", "^migr", "😀"]
)
def test_hostile_queries_never_fail(team, hostile: str) -> None:
    store = team[0]
    search(store, hostile)  # no exception


def test_an_empty_search_is_refused(store) -> None:
    with pytest.raises(ValidationError, match="Type something"):
        search(store, "   ")


def test_results_name_the_person_place_date_and_highlight_the_match(team) -> None:
    store, _zoe, _lukasz, first, _other = team
    note_hit = next(h for h in search(store, "clinic") if h.kind == NOTE)
    assert note_hit.person == "Zoë Dvořák" and note_hit.conversation_id == first.id
    assert note_hit.place.startswith("Conversation 1: Partnering · ")
    assert note_hit.when == conversations.get_conversation(store, first.id).held_on
    assert ("clinic", True) in note_hit.snippet.segments
    assert note_hit.section == CONVERSATION_SECTION and note_hit.field == "preferences"
    recap = next(h for h in search(store, "mentoring") if h.kind == RECAP)
    assert recap.field == "summary" and recap.place.endswith("Summary")
    steps = next(h for h in search(store, "book") if h.kind == RECAP)
    assert steps.field == "next_steps"
    conversations.save_wrap_up(store, first.id, recap="Thank you, Zoë: the clinic plan is agreed.")
    recap = next(h for h in search(store, "thank") if h.kind == RECAP)
    assert recap.field == "recap" and recap.place.endswith("Recap for the employee")


def test_every_kind_of_text_is_found_and_opens_its_page(team) -> None:
    store, zoe, *_ = team
    followthrough.add_action_item(store, zoe.id, "Draft the quarterly roadmap", "employee")
    followthrough.capture_idea(store, zoe.id, "A roadmap wiki for the team")
    profile.add_entry(store, zoe.id, "aspiration", "Lead the roadmap work")
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "Own the roadmap review")
    sections = {(h.kind, h.section) for h in search(store, "roadmap")}
    assert (ACTION_ITEM, FOLLOW_THROUGH_SECTION) in sections
    assert {s for _k, s in sections} == {FOLLOW_THROUGH_SECTION, PROFILE_SECTION, PLAN_SECTION}
    assert len(sections) == 4


def test_newest_first_with_a_limit_and_one_report(team) -> None:
    store, zoe, lukasz, *_ = team
    base = dt.datetime.now() - dt.timedelta(days=200)
    for week in range(2, 8):
        conversation = conversations.series_conversation(store, zoe.id, week)
        conversations.hold(store, conversation.id, base + dt.timedelta(days=week * 7))
        notes.save_note(store, conversation.id, "opening", f"Weekly focus number {week}")
    hits = search(store, "focus", limit=3)
    assert [h.text for h in hits] == [f"Weekly focus number {n}" for n in (7, 6, 5)]
    assert {h.person for h in search(store, "migration", report_id=lukasz.id)} == {"Łukasz Żółć"}


def test_words_longer_than_the_indexed_prefix_are_checked_whole(team) -> None:
    store, zoe, _lukasz, first, _other = team
    notes.save_note(store, first.id, "strengths", "We implemented it. The implementation review is next.")
    second = conversations.series_conversation(store, zoe.id, 2)
    notes.save_note(store, second.id, "opening", "Implemented twice, implementing again.")
    assert [h.field for h in search(store, "implementation")] == ["strengths"]
    assert len(search(store, "implemen")) == 2
    assert search(store, "implementations") == []


def test_opd_check_rebuild_refills_the_search_index(team) -> None:
    from opd_desktop.services import checks

    store = team[0]
    before = [h.text for h in search(store, "migr")]
    store.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    assert search(store, "migr") == []
    checks.rebuild_search_index(store)
    assert [h.text for h in search(store, "migr")] == before
    assert checks.check_store(store).search_index_problem is None


def test_private_notes_are_found_by_the_manager(team) -> None:
    store = team[0]
    assert any(h.field == "prep" for h in search(store, "office move"))


def test_the_index_follows_edits_deletes_and_date_changes(team) -> None:
    store, zoe, _lukasz, first, _other = team
    notes.save_note(store, first.id, "preferences", "Rewritten: nothing about that topic.")
    assert not any("Şükrü" in h.text for h in search(store, "sukru"))
    assert search(store, "rewritten")
    conversations.correct_held(store, first.id, dt.datetime.now() - dt.timedelta(days=400))
    hit = search(store, "rewritten")[0]
    assert hit.when == (dt.date.today() - dt.timedelta(days=400))
    checkin_store_count = store.execute("SELECT count(*) FROM search_index").fetchone()[0]
    sources = store.execute(
        "SELECT (SELECT count(*) FROM notes WHERE item_key != 'checklist' AND trim(body) != '') + "
        "(SELECT count(*) FROM conversations WHERE trim(summary || next_steps) != '')"
    ).fetchone()[0]
    assert checkin_store_count == sources  # no stale entry left behind by the date change
    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "Rewritten goal about onboarding")
    followthrough.add_action_item(store, zoe.id, "Rewritten checklist", "employee")
    assert len(search(store, "rewritten")) == 3
    store.execute("DELETE FROM reports WHERE id = ?", [zoe.id])  # cascades through every kind of text
    assert search(store, "rewritten") == [] and search(store, "mentoring") == []
    assert [h.person for h in search(store, "calmly")] == ["Łukasz Żółć"]
    store.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    remaining = store.execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert remaining == store.execute("SELECT count(*) FROM notes WHERE trim(body) != ''").fetchone()[0]


def test_an_existing_database_is_indexed_when_it_migrates(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_rhythm = [name for name, _step in migrations.MIGRATION_STEPS].index("m004_rhythm")
    monkeypatch.setattr(migrations, "MIGRATION_STEPS", migrations.MIGRATION_STEPS[:before_rhythm])
    monkeypatch.setattr(database, "SCHEMA_VERSION", before_rhythm)
    old = database.open_store(data_dir)
    report = reports.add_report(old, "Zoë Before")
    first = conversations.series_conversation(old, report.id, 1)
    old.execute(
        "UPDATE conversations SET status = 'held', held_on = '2025-05-06', scheduled_at = '2025-05-06 14:00' "
        "WHERE id = ?",
        [first.id],
    )
    second = conversations.series_conversation(old, report.id, 2)
    old.execute(  # planned with a date only, then held: the time falls back to 09:00
        "UPDATE conversations SET status = 'held', held_on = '2025-06-03', scheduled_at = '2025-06-03' "
        "WHERE id = ?",
        [second.id],
    )
    old.execute(
        "INSERT INTO notes(conversation_id, item_key, body, updated_at) VALUES (?, 'opening', 'Łukasz said hi', '')",
        [first.id],
    )
    old.close()
    monkeypatch.undo()
    store = database.open_store(data_dir)
    try:
        assert conversations.get_conversation(store, first.id).held_at == dt.datetime(2025, 5, 6, 14, 0)
        assert conversations.get_conversation(store, second.id).held_at == dt.datetime(2025, 6, 3, 9, 0)
        assert [h.person for h in search(store, "lukasz")] == ["Zoë Before"]
    finally:
        store.close()
