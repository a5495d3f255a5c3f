"""Agreed metrics end to end in the services: define, record, correct, delete
(history kept), bad input refused with nothing changed, the dashboard model,
the computed measures on a constructed history, the CSV for HR and the PDFs."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import conversations as conv
from opd_desktop.services import dashboard, ideas, measures, metrics, metrics_export, outcomes, reports
from opd_desktop.services import followthrough as ft
from tests.conftest import INTERNATIONAL_NAMES

TODAY = dt.date.today()


@pytest.fixture
def zoe(store):
    return reports.add_report(store, "Zoë Dvořák", start_date=TODAY - dt.timedelta(days=400))


def _count(store) -> tuple[int, int]:
    return (
        store.execute("SELECT count(*) FROM metric_definitions").fetchone()[0],
        store.execute("SELECT count(*) FROM metric_values").fetchone()[0],
    )


def test_define_record_correct_delete_keeps_history(store, zoe) -> None:
    metric = metrics.define_metric(store, "Tickets closed", "per week", report_id=zoe.id, target=12)
    first = metrics.record_value(store, metric.id, "8", TODAY - dt.timedelta(days=30), zoe.id)
    second = metrics.record_value(store, metric.id, 10, TODAY - dt.timedelta(days=10), zoe.id)
    fixed = metrics.correct_value(store, second.id, "11")
    assert [v.value for v in metrics.values(store, metric.id, zoe.id)] == [8, 11]
    metrics.delete_value(store, first.id)
    assert [v.value for v in metrics.values(store, metric.id, zoe.id)] == [11]
    states = [(v.value, v.state) for v in metrics.history(store, metric.id, zoe.id)]
    assert states == [(8, "deleted"), (10, "corrected"), (11, "current")]
    assert fixed.corrects_id == second.id
    with pytest.raises(ValidationError, match="already corrected or deleted"):
        metrics.correct_value(store, second.id, 12)


def test_names_are_unique_per_report_and_among_team_metrics(store, zoe) -> None:
    other = reports.add_report(store, "Łukasz Żółć")
    metrics.define_metric(store, "Throughput", report_id=zoe.id)
    metrics.define_metric(store, "throughput", report_id=other.id)  # another report may use the name
    metrics.define_metric(store, "Throughput")  # and so may the team
    before = _count(store)
    with pytest.raises(ValidationError, match="already has a metric called"):
        metrics.define_metric(store, "THROUGHPUT ", report_id=zoe.id)
    with pytest.raises(ValidationError, match="already has a metric called"):
        metrics.define_metric(store, "Throughput")
    assert _count(store) == before


@pytest.mark.parametrize(
    ("value", "day", "message"),
    [
        ("lots", -1, "not a number"),
        ("3", +1, "in the future"),
        ("3", -500, "before the report started"),
        ("7", -1, "runs from 1 to 5"),
    ],
)
def test_bad_values_change_nothing(store, zoe, value, day, message) -> None:
    metric = metrics.define_from_template(store, "engagement")
    before = _count(store)
    with pytest.raises(ValidationError, match=message):
        metrics.record_value(store, metric.id, value, TODAY + dt.timedelta(days=day), zoe.id)
    assert _count(store) == before


def test_a_value_for_another_reports_metric_is_refused(store, zoe) -> None:
    other = reports.add_report(store, "Şükrü Öz")
    metric = metrics.define_metric(store, "Reviews given", report_id=zoe.id)
    with pytest.raises(ValidationError, match="another report's metric"):
        metrics.record_value(store, metric.id, 3, TODAY, other.id)
    with pytest.raises(ValidationError, match="another report's metric"):
        metrics.find_metric(store, "Reviews given", other.id)
    with pytest.raises(NotFoundError, match="no metric called"):
        metrics.find_metric(store, "Nope", zoe.id)


def test_targets_are_checked_against_direction_and_baseline(store, zoe) -> None:
    with pytest.raises(ValidationError, match="wrong sign"):
        metrics.define_metric(store, "Defects", higher_is_better=False, target=-2)
    metric = metrics.define_metric(store, "Turnaround", "days", higher_is_better=False, report_id=zoe.id)
    metrics.record_value(store, metric.id, 6, TODAY - dt.timedelta(days=5), zoe.id)
    with pytest.raises(ValidationError, match="worse than the baseline"):
        metrics.set_target(store, metric.id, 8)
    assert metrics.set_target(store, metric.id, 3).target == 3
    with pytest.raises(ValidationError, match="computed by the app"):
        metrics.define_from_template(store, "retention")


def test_dashboard_reads_direction_and_says_baseline_only(store, zoe) -> None:
    faster = metrics.define_metric(store, "Turnaround", "days", higher_is_better=False, report_id=zoe.id)
    pulse = metrics.define_from_template(store, "engagement")
    for days_ago, value in ((60, 6), (30, 5), (1, 3.5)):
        metrics.record_value(store, faster.id, value, TODAY - dt.timedelta(days=days_ago), zoe.id)
    metrics.record_value(store, pulse.id, 3, TODAY, zoe.id)
    board = dashboard.for_report(store, zoe.id)
    lines = {line.metric.name: line for line in board.lines}
    assert lines["Turnaround"].change.verdict == "better"  # type: ignore[union-attr]
    assert lines["Turnaround"].change.delta == -2.5  # type: ignore[union-attr]
    assert lines["Engagement"].baseline_only and "baseline only" in lines["Engagement"].summary
    team = dashboard.for_team(store)
    assert [line.metric.name for line in team.lines] == ["Engagement"]
    engagement = team.lines[0]
    assert engagement.points[-1][1] == engagement.change.latest  # type: ignore[union-attr]


def _held(store, report_id, number, scheduled: dt.date, held: dt.date):
    c = conv.series_conversation(store, report_id, number)
    conv.schedule(store, c.id, dt.datetime.combine(scheduled, dt.time(10)))
    return conv.hold(store, c.id, held)


def test_measures_on_a_constructed_history(store, zoe) -> None:
    start = TODAY - dt.timedelta(days=120)
    _held(store, zoe.id, 1, start, start)
    _held(store, zoe.id, 2, start + dt.timedelta(days=14), start + dt.timedelta(days=20))  # 6 days late
    conv.skip(store, conv.series_conversation(store, zoe.id, 3).id, "Busy month")
    item = ft.add_action_item(store, zoe.id, "Write it up", "employee", start + dt.timedelta(days=5))
    ft.set_action_status(
        store, item.id, "done", at=dt.datetime.combine(start + dt.timedelta(days=9), dt.time())
    )
    ft.add_action_item(store, zoe.id, "Find a mentor", "manager")
    a = ft.capture_idea(store, zoe.id, "Self-service export", at=dt.datetime.combine(start, dt.time()))
    b = ft.capture_idea(store, zoe.id, "Export for clinics", at=dt.datetime.combine(start, dt.time()))
    ideas.merge(store, b.id, a.id)
    ideas.take(store, a.id, "CEO", start + dt.timedelta(days=2))
    ideas.answer(store, a.id, "adopted", "Yes, next quarter.", start + dt.timedelta(days=12))
    found = {m.key: m for m in measures.compute(store, zoe.id)}
    assert found["held_on_time"].detail == "1 of 2"
    assert found["median_days_late"].value == 6
    assert found["skipped"].value == 1
    assert found["items_done_employee"].value == 100 and found["items_on_time_employee"].value == 0
    assert found["items_done_manager"].value == 0
    assert found["ideas_adopted"].value == 1 and found["ideas_merged"].value == 1
    assert found["idea_median_days_to_answer"].value == 10
    assert found["ideas_shared_back"].value == 0


def test_retention_from_archive_reasons(store) -> None:
    long_ago = TODAY - dt.timedelta(days=400)
    people = [reports.add_report(store, n) for n in ("Zoë", "Дмитрий", "محمد")]
    for person in people:
        _held(store, person.id, 1, long_ago, long_ago)
    outcomes.archive(store, people[1].id, "left_company", long_ago + dt.timedelta(days=60))
    outcomes.archive(store, people[2].id, "moved_manager", long_ago + dt.timedelta(days=60))
    found = {m.key: m for m in measures.compute(store)}
    assert found["retention_6m"].value == 50 and found["retention_12m"].detail == "1 of 2"
    assert outcomes.archive_reason(store, people[1].id)[0] == "left_company"
    with pytest.raises(ValidationError, match="not a reason"):
        outcomes.archive(store, people[0].id, "bored")
    assert not reports.get_report(store, people[0].id).archived


def test_commitments_and_goal_outcomes_feed_the_measures(store, zoe) -> None:
    from opd_desktop.services import plans

    asked = ft.request_leadership_feedback(store, zoe.id, "How can I lead better?")
    with pytest.raises(ValidationError, match="no commitment"):
        outcomes.set_commitment_status(store, asked.id, "kept")
    ft.record_leadership_feedback(store, asked.id, employee_said="More context", commitments="Share the why")
    outcomes.set_commitment_status(store, asked.id, "kept")
    plan = plans.start_plan(store, zoe.id)
    goal = plans.add_goal(store, plan.id, "Lead the migration")
    plans.add_action(store, goal.id, "Write the plan", "employee")
    plans.set_terms(store, plan.id, period_start=TODAY, period_end=TODAY + dt.timedelta(days=120))
    plans.finalize(store, plan.id, confirmed=True)
    final = plans.current_plan(store, zoe.id)
    outcomes.set_goal_outcome(store, final.goals[0].id, "achieved")  # type: ignore[union-attr]
    found = {m.key: m for m in measures.compute(store, zoe.id)}
    assert found["commitments_kept"].value == 100
    assert found["goals_achieved"].value == 100


def test_csv_has_no_names_stable_pseudonyms_and_escaped_cells(store) -> None:
    people = [reports.add_report(store, name) for name in INTERNATIONAL_NAMES]
    metric = metrics.define_metric(store, '=HYPERLINK("x")', "+units")
    for index, person in enumerate(people):
        metrics.record_value(store, metric.id, 5, TODAY - dt.timedelta(days=20), person.id, note=person.name)
        metrics.record_value(store, metric.id, 1.5 + index, TODAY, person.id)
    first = metrics_export.to_csv(store).decode("utf-8")
    second = metrics_export.to_csv(store).decode("utf-8")
    for name in INTERNATIONAL_NAMES:
        assert name not in first
        assert name.split()[0] not in first
    rows = list(csv.DictReader(io.StringIO(first)))
    values = [r for r in rows if r["kind"] == "metric_value"]
    assert {r["report"] for r in values} == {
        r["report"] for r in csv.DictReader(io.StringIO(second)) if r["kind"] == "metric_value"
    }
    assert len({r["report"] for r in values}) == len(people)
    assert all(r["metric"] == '\'=HYPERLINK("x")' for r in values)
    assert all(r["unit"] == "" for r in values)  # typed units are free text: left out
    changes = [r["change"] for r in values if r["is_baseline"] == "0"]
    assert "-3.5" in changes  # a negative change stays a plain number
    assert ",-3.5," in first
    assert any(r["kind"] == "measure" and r["scope"] == "team" for r in rows)
    assert metrics_export.escape_text("@SUM(1)") == "'@SUM(1)"
    assert metrics_export.escape_text("\tx") == "'\tx"


def test_dashboard_pdf_holds_metric_names_and_vector_charts(demo_store) -> None:
    from pypdf import PdfReader

    from opd_desktop.services.documents.dashboard_doc import build_dashboard

    zoe = reports.find_report(demo_store, "Zoë")
    for built in (build_dashboard(demo_store), build_dashboard(demo_store, zoe.id)):
        reader = PdfReader(io.BytesIO(built.data))
        text = "".join(page.extract_text() for page in reader.pages)
        assert "Engagement" in text and "Employee NPS" in text and "Retention risk" in text
        assert "Conversations held on time" in text
        content = reader.pages[0].get_contents().get_data()
        assert b" l\n" in content or b" l " in content  # drawn lines (vector), no images
        assert not any(page.images for page in reader.pages)
    reader = PdfReader(io.BytesIO(build_dashboard(demo_store, zoe.id).data))
    assert "Report turnaround" in "".join(p.extract_text() for p in reader.pages)


def test_ideas_pdf_groups_waiting_ideas_with_everyone_credited(demo_store) -> None:
    from pypdf import PdfReader

    from opd_desktop.services.documents.ideas_doc import build_ideas_agenda

    built = build_ideas_agenda(demo_store)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(built.data)).pages)
    assert "Ideas for the senior-management meeting" in text
    assert "Zoë Martin" in text and "Łukasz Żółć" in text  # merged: both credited
    assert "Already covered" not in text  # dropped ideas are not on the agenda


def test_series_summary_shows_baseline_to_latest(demo_store) -> None:
    from pypdf import PdfReader

    from opd_desktop.services.documents.summary_doc import build_summary

    zoe = reports.find_report(demo_store, "Zoë")
    text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(build_summary(demo_store, zoe.id).data)).pages
    )
    assert "Agreed metrics" in text and "Report turnaround" in text and "better" in text


def test_handover_carries_own_metrics_and_matches_team_ones(demo_store, tmp_path) -> None:
    from opd_desktop.services import handover
    from opd_desktop.store.database import open_store

    receiving = open_store(tmp_path / "receiving")
    metrics.define_from_template(receiving, "engagement")
    zoe = reports.find_report(demo_store, "Zoë")
    lukasz = reports.find_report(demo_store, "Łukasz")
    imported = handover.import_report(
        receiving, handover.export_report(demo_store, zoe.id, tmp_path / "z.json").path
    )
    own = metrics.find_metric(receiving, "Report turnaround", imported.report_id)
    assert own.report_id == imported.report_id and own.target == 3
    assert [m.name for m in metrics.team_metrics(receiving)].count("Engagement") == 1
    board = dashboard.for_report(receiving, imported.report_id)
    assert {line.metric.name for line in board.lines if line.points} >= {"Report turnaround", "Engagement"}
    moved = handover.import_report(
        receiving, handover.export_report(demo_store, lukasz.id, tmp_path / "l.json").path
    )
    merged = [i for i in ft.ideas(receiving, moved.report_id) if i.status.value == "merged"]
    assert merged and merged[0].merged_into_id is None  # Zoë's idea is not Łukasz's to carry
    receiving.close()
