"""The Return dashboard, metrics in the conversation screen and the ideas loop
to its end, driven like a manager would (real widgets, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest

from opd_desktop.core.models import IdeaStatus
from opd_desktop.services import conversations, followthrough, metrics, outcomes, plans, reports

TODAY = dt.date.today()


@pytest.fixture
def zoe(store):
    return reports.add_report(store, "Zoë Dvořák", start_date=TODAY - dt.timedelta(days=300))


def _open(window, report_id, section):
    window.select_report(report_id)
    window.report_page.show_section(section)
    return window.report_page.section(section)


def test_ideas_outcomes_through_the_screen(
    qtbot, store, zoe, window_factory, answer_dialogs, messages
) -> None:
    other = reports.add_report(store, "محمد الأحمد")
    window = window_factory(store)
    page = _open(window, zoe.id, 3)
    for text in ("Self-service export", "Export for clinics", "Free lunch"):
        answer_dialogs.append({"idea": text})
        page.ideas.add()
    moved = followthrough.capture_idea(store, other.id, "Clinic export button")
    page.ideas.refresh()
    rows = {
        page.ideas.table.item(r, 0).text().lstrip("\u200e"): r for r in range(page.ideas.table.rowCount())
    }
    first, duplicate, lunch = followthrough.ideas(store, zoe.id)

    page.ideas.table.selectRow(rows["Export for clinics"])
    assert page.ideas.merge_button.isEnabled()
    answer_dialogs.append({"into": first.id})
    page.ideas.merge()
    page.ideas.table.selectRow(rows["Free lunch"])
    answer_dialogs.append({"reason": "Not one for senior management"})
    page.ideas.drop()
    from opd_desktop.services import ideas

    ideas.merge(store, moved.id, first.id)  # another employee's idea folded in too
    assert ideas.credited(store, first.id) == [zoe.id, other.id]
    assert followthrough.get_idea(store, duplicate.id).status == IdeaStatus.MERGED
    assert followthrough.get_idea(store, lunch.id).drop_reason == "Not one for senior management"

    page.ideas.filter.setCurrentIndex(page.ideas.filter.findData("all"))
    row = next(
        r
        for r in range(page.ideas.table.rowCount())
        if page.ideas.table.item(r, 0).text().endswith("Self-service export")
    )
    page.ideas.table.selectRow(row)
    answer_dialogs.append({"name of who you took it to": "Leadership team", "date": TODAY.isoformat()})
    page.ideas.next_step()
    page.ideas.table.selectRow(row)
    assert not page.ideas.drop_button.isEnabled()  # taken: no longer dropped or merged
    answer_dialogs.append({"outcome": "declined", "feedback": " ", "date": TODAY.isoformat()})
    answer_dialogs.append({"outcome": "declined", "feedback": "Budget is frozen", "date": TODAY.isoformat()})
    page.ideas.next_step()
    assert any("declined" in r for r in answer_dialogs.refusals)
    page.ideas.table.selectRow(row)
    page.ideas.next_step()
    page.ideas.table.selectRow(row)
    answer_dialogs.append({"date": TODAY.isoformat()})
    page.ideas.next_step()
    done = followthrough.get_idea(store, first.id)
    assert done.status == IdeaStatus.SHARED and done.outcome == "declined"
    assert "Shared back · Declined" in page.ideas.table.item(row, 1).text()


def test_metrics_page_defines_records_corrects_and_deletes(
    qtbot, store, zoe, window_factory, answer_dialogs, messages
) -> None:
    window = window_factory(store)
    page = _open(window, zoe.id, 4)
    assert "No metric agreed yet" in page.cards_box.itemAt(0).widget().text()
    answer_dialogs.append(
        {"template": "", "metric name": "Turnaround", "unit": "days", "direction": False, "target": "3",
         "scope": "report", "agreed in": 4}
    )  # fmt: skip
    page.define()
    answer_dialogs.append({"template": "engagement", "scope": "team"})
    page.define()
    assert {m.name for m in metrics.for_report(store, zoe.id)} == {"Turnaround", "Engagement"}
    turnaround = metrics.find_metric(store, "Turnaround", zoe.id)
    answer_dialogs.append({"metric": turnaround.id, "value": "six", "measurement date": TODAY.isoformat()})
    answer_dialogs.append(
        {
            "metric": turnaround.id,
            "value": "6",
            "measurement date": (TODAY - dt.timedelta(days=30)).isoformat(),
        }
    )
    page.record()
    assert any("not a number" in r for r in answer_dialogs.refusals)
    page.record()
    assert any("baseline only" in c.summary.text() for c in page.cards)
    assert all(card.slot is None and card.chart is None for card in page.cards)
    answer_dialogs.append({"metric": turnaround.id, "value": "4.5", "measurement date": TODAY.isoformat()})
    page.record()
    page.finish_charts()  # charts are otherwise built one per event-loop turn
    card = next(c for c in page.cards if c.chart is not None)
    assert "6 → 4.5" in card.summary.text() and "better" in card.summary.text()

    page.values_table.selectRow(0)  # newest first: 4.5
    answer_dialogs.append({"value": "4"})
    page.correct()
    page.values_table.selectRow(1)
    page.delete()
    assert [v.value for v in metrics.values(store, turnaround.id, zoe.id)] == [4]
    page.show_history.setChecked(True)
    states = {
        page.values_table.item(r, 3).text().lstrip("\u200e") for r in range(page.values_table.rowCount())
    }
    assert states == {"current", "corrected", "deleted"}


def test_team_return_tab_and_pdfs(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.show_home()
    window.home.tabs.setCurrentIndex(5)
    board = window.home.panel(5)
    qtbot.waitUntil(lambda: board.board is not None)  # worked out in a worker thread
    qtbot.waitUntil(lambda: all(card.chart is not None for card in board.cards))  # then drawn one by one
    assert {line.metric.name for line in board.board.lines} == {
        "Engagement",
        "Employee NPS",
        "Retention risk",
    }
    assert all(card.chart is not None for card in board.cards)
    assert board.measures_grid.count() == 2 * len(board.board.measures)
    dialog = board.export_pdf()
    assert dialog is not None and dialog.document.pageCount() >= 1
    dialog.close()
    agenda = board.export_ideas()
    assert agenda is not None
    agenda.close()


def test_chart_follows_the_theme(qtbot, demo_store, window_factory) -> None:
    """The chart's colours are theme roles: switching to the dark theme recolours it."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from opd_desktop.core.theme import ROLES, Role
    from opd_desktop.ui import theme

    window = window_factory(demo_store)
    zoe = reports.find_report(demo_store, "Zoë")
    page = _open(window, zoe.id, 4)
    page.finish_charts()
    chart = next(c.chart for c in page.cards if c.chart is not None)
    app = QApplication.instance()
    saved_palette, saved_style, saved_dark = app.palette(), app.style().name(), theme.is_dark()
    try:
        theme.apply(app, dark=True)
        chart.apply_palette()  # what the palette change event does
        assert chart.plot.backgroundBrush().color() == QColor(ROLES[Role.SURFACE].dark)
        assert chart.curve.opts["pen"].color() == QColor(ROLES[Role.ACCENT].dark)
        theme.apply(app, dark=False)
        chart.apply_palette()
    finally:
        theme._dark = saved_dark  # leave the application as the other tests expect it
        app.setStyle(saved_style)
        app.setPalette(saved_palette)
    assert chart.plot.backgroundBrush().color() == QColor(ROLES[Role.SURFACE].light)
    assert chart.curve.opts["pen"].color() == QColor(ROLES[Role.ACCENT].light)


def test_conversation_records_metrics_where_the_guide_asks(
    qtbot, store, zoe, window_factory, messages
) -> None:
    metrics.define_from_template(store, "engagement")
    one = conversations.series_conversation(store, zoe.id, 1)
    window = window_factory(store)
    window.select_report(zoe.id, one.id)
    view = window.report_page.view
    view.ensure_tab(0)
    (recorder,) = view.metric_recorders  # conversation 1 carries metrics in: record the baseline
    assert "Agreed metrics" in view.carried_label.text() and "bring the baseline" in view.carried_label.text()
    (edit,) = recorder.edits.values()
    edit.setText("9")
    recorder.record()
    assert messages and "runs from 1 to 5" in messages[-1]
    assert metrics.values_recorded_in(store, one.id) == []
    (edit,) = recorder.edits.values()
    edit.setText("3.5")
    recorder.record()
    ((metric, value),) = metrics.values_recorded_in(store, one.id)
    assert metric.name == "Engagement" and value.value == 3.5
    assert "Engagement 3.5" in recorder.recorded_label.text()
    four = conversations.series_conversation(store, zoe.id, 4)
    window.select_report(zoe.id, four.id)
    view = window.report_page.view
    view.ensure_tab(0)
    assert "last 3.5" in view.carried_label.text()
    assert not getattr(view, "metric_recorders", [])  # conversation 4 records under Conduct
    view.ensure_tab(1)
    assert len(view.metric_recorders) == 1


def test_commitments_and_goal_outcomes_on_screen(qtbot, store, zoe, window_factory, answer_dialogs) -> None:
    asked = followthrough.request_leadership_feedback(store, zoe.id, "How can I lead better?")
    followthrough.record_leadership_feedback(
        store, asked.id, employee_said="More context", commitments="Share why"
    )
    window = window_factory(store)
    page = _open(window, zoe.id, 3)
    page.feedback.table.selectRow(0)
    answer_dialogs.append({"status": "not_kept"})
    page.feedback.mark_kept()
    assert followthrough.leadership_feedback(store, zoe.id)[0].commitment_status == "not_kept"
    assert page.feedback.table.item(0, 5).text().endswith("Not kept")

    plan = plans.start_plan(store, zoe.id)
    plans.add_goal(store, plan.id, "Lead the migration")
    plan_page = _open(window, zoe.id, 2)
    plan_page.tree.setCurrentItem(plan_page.tree.topLevelItem(0))
    answer_dialogs.append({"outcome": "partly"})
    plan_page.goal_outcome()
    assert list(outcomes.goal_outcomes(store, plan.id).values()) == ["partly"]
    assert "Partly achieved" in plan_page.tree.topLevelItem(0).text(3)
