"""Profile, plan, follow-through and team screens, driven like a manager would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from opd_desktop.core.models import IdeaStatus
from opd_desktop.services import conversations, followthrough, organization, plans, profile, reports

TODAY = dt.date.today()


@pytest.fixture
def ana(store):
    return reports.add_report(store, "Ana Łukasiewicz")


def _open(window, report_id, section):
    window.select_report(report_id)
    window.report_page.show_section(section)
    return window.report_page.section(section)


def test_profile_lists_themes_and_career(qtbot, store, ana, window_factory, answer_dialogs) -> None:
    window = window_factory(store)
    page = _open(window, ana.id, 1)
    strengths = page.lists["strength"]
    strengths.input.setText("Explains data to anyone")
    qtbot.keyClick(strengths.input, Qt.Key.Key_Return)
    assert [e.text for e in profile.entries(store, ana.id, "strength")] == ["Explains data to anyone"]
    assert strengths.list.item(0).text() == "Explains data to anyone"
    answer_dialogs.append(
        {"entry": "Support Specialist, Clinicorp", "start date": "2021-06-30", "end date": "2018-03-01"}
    )
    page.add_career()
    assert "before the start date" in answer_dialogs.refusals[0]  # nothing saved, message inline
    answer_dialogs.append(
        {
            "entry": "Support Specialist, Clinicorp",
            "start date": "2018-03-01",
            "end date": "2021-06-30",
            "learned": "Listen before fixing",
        }
    )
    page.add_career()
    assert page.career.item(0, 0).text() == "Support Specialist, Clinicorp"
    assert page.career.item(0, 1).text() == "Mar 2018"
    profile.set_clifton_themes(store, ana.id, ["Learner", "Achiever", "Relator", "Woo", "Focus"])
    page.refresh()
    assert page.themes_label.text().startswith("1. Learner, 2. Achiever")


def test_plan_from_draft_to_final_to_new_version(
    qtbot, store, ana, window_factory, answer_dialogs, messages
) -> None:
    strength = profile.add_entry(store, ana.id, "strength", "Explains data to anyone")
    window = window_factory(store)
    page = _open(window, ana.id, 2)
    assert page.start_button.isVisible()
    page.start_plan()
    start = TODAY
    page.start_edit.set_date(start)  # calendar date fields
    page.end_edit.set_date(start + dt.timedelta(days=300))
    page.save_terms()
    answer_dialogs.append({"goal": "Teach a data course", "link": strength.id, "measure": "Two sessions run"})
    page.add_goal()
    answer_dialogs.append(
        {
            "action": "Draft the outline",
            "owner": "employee",
            "due date": (start - dt.timedelta(days=5)).isoformat(),
        }
    )
    page.add_action()
    assert "before the plan starts" in answer_dialogs.refusals[-1]
    answer_dialogs.append(
        {
            "action": "Draft the outline",
            "owner": "employee",
            "due date": (start + dt.timedelta(days=20)).isoformat(),
            "support": "Review it",
        }
    )
    page.add_action()
    page.employee_commitments.setPlainText("Bring the outline to each check-in")
    window.autosaver.flush()
    page.finalize()  # 10 months: asks first (answered Yes by the fixture)
    assert any("Keep this period anyway" in m for m in messages)
    plan = plans.current_plan(store, ana.id)
    assert plan.status == "final" and plan.employee_commitments == "Bring the outline to each check-in"
    assert plan.goals[0].profile_entry_id == strength.id
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.set_status(plans.ItemStatus.DONE)
    assert page.progress.value() == 100
    page.revise()
    assert plans.current_plan(store, ana.id).version == 2
    assert page.versions.count() == 2 and page.versions.isVisible()
    assert "version 1 stays in force" in page.summary.text()


def test_follow_through_loops(qtbot, store, ana, window_factory, answer_dialogs) -> None:
    window = window_factory(store)
    page = _open(window, ana.id, 3)
    answer_dialogs.append({"action item": "Book the training room", "owner": "manager"})
    page.actions.add()
    page.actions.table.selectRow(0)
    page.actions.set_status(followthrough.ItemStatus.DONE)
    assert followthrough.action_items(store, ana.id)[0].status.value == "done"
    assert page.actions.table.rowCount() == 0  # the list shows open items by default

    answer_dialogs.append({"idea": "Pair new hires with a clinic"})
    page.ideas.add()
    for answer in (
        {"name of who you took it to": "Leadership team", "date": TODAY.isoformat()},
        {"feedback": "Piloting it in spring", "date": TODAY.isoformat()},
        {"date": TODAY.isoformat()},
    ):
        page.ideas.table.selectRow(0)
        answer_dialogs.append(answer)
        page.ideas.next_step()
        page.ideas.filter.setCurrentIndex(page.ideas.filter.findData("all"))
    (idea,) = followthrough.ideas(store, ana.id)
    assert idea.status == IdeaStatus.SHARED and idea.feedback == "Piloting it in spring"

    answer_dialogs.append({"request": "How could I lead better?"})
    page.feedback.ask()
    page.feedback.table.selectRow(0)
    answer_dialogs.append({"employee_said": "Explain the why", "commitments": "Share reasons weekly"})
    page.feedback.answer()
    page.feedback.table.selectRow(0)
    page.feedback.close_commitments()
    assert followthrough.leadership_feedback(store, ana.id)[0].status.value == "closed"


def test_team_ideas_filter_and_organization_feeds_conversation_two(qtbot, demo_store, window_factory) -> None:
    window = window_factory(demo_store)
    window.show_home()
    window.home.tabs.setCurrentIndex(2)
    ideas = window.home.panel(2)
    ideas.filter.setCurrentIndex(ideas.filter.findData("answered"))
    assert ideas.table.rowCount() == len(followthrough.ideas(demo_store, status=IdeaStatus.ANSWERED))
    window.home.tabs.setCurrentIndex(3)
    org = window.home.panel(3)
    org.editors["mission"].setPlainText("Care for every clinic — Zoë's words")
    window.autosaver.flush()
    assert organization.read(demo_store, "organization")["mission"] == "Care for every clinic — Zoë's words"
    aoife = reports.find_report(demo_store, "Aoife")
    second = conversations.series_conversation(demo_store, aoife.id, 2)
    window.select_report(aoife.id, second.id)
    assert "Care for every clinic — Zoë" in window.report_page.view.carried_label.text()


def test_conversation_seven_summary_schedules_checkins(qtbot, store, ana, window_factory) -> None:
    for number in range(1, 8):
        conv = conversations.series_conversation(store, ana.id, number)
        conversations.hold(store, conv.id, TODAY - dt.timedelta(days=14 * (8 - number)))
    window = window_factory(store)
    seventh = conversations.series_conversation(store, ana.id, 7)
    window.select_report(ana.id, seventh.id)
    panel = window.report_page.view.wrap_up.series_summary
    panel.editors["summary_employee"].setPlainText("Ran the rota; learned to delegate")
    panel.every.setValue(21)
    panel.count.setValue(4)
    panel.schedule()
    assert "4 check-ins scheduled" in panel.result.text()
    qtbot.waitUntil(lambda: window.report_page.journey_model.rowCount() == 11)
    window.autosaver.flush()
    from opd_desktop.services import series_summary

    assert series_summary.read(store, ana.id)["summary_employee"] == "Ran the rota; learned to delegate"


def test_plan_goals_captured_in_conversation_five_reach_the_plan(qtbot, store, ana, window_factory) -> None:
    window = window_factory(store)
    fifth = conversations.series_conversation(store, ana.id, 5)
    window.select_report(ana.id, fifth.id)
    capture = window.report_page.view.capture
    capture.kind.setCurrentIndex(capture.kind.findText("Development plan goal"))
    capture.text.setText("Lead the reporting migration")
    capture.capture()
    assert [g.title for g in plans.current_plan(store, ana.id).goals] == ["Lead the reporting migration"]
    assert "Plan goal: Lead the reporting migration" in capture.list.text()
    window.report_page.view.plan_requested.emit()
    assert window.report_page.current_section() == 2


def test_an_action_item_is_edited_in_place(qtbot, store, ana, window_factory, answer_dialogs) -> None:
    item = followthrough.add_action_item(store, ana.id, "Book the room", "manager")
    window = window_factory(store)
    page = _open(window, ana.id, 3)
    page.actions.table.selectRow(0)
    answer_dialogs.append({"action item": "Book the big room", "owner": "employee", "due date": "2030-02-30"})
    page.actions.edit()
    assert "date" in answer_dialogs.refusals[-1].lower()  # refused inline; nothing saved
    answer_dialogs.append({"action item": "Book the big room", "owner": "employee", "due date": "2030-02-03"})
    page.actions.edit()
    edited = followthrough.get_action_item(store, item.id)
    assert (edited.text, edited.owner.value, edited.due_date.isoformat()) == (
        "Book the big room",
        "employee",
        "2030-02-03",
    )
    assert page.actions.table.item(0, 0).text().endswith("Book the big room")  # the page refreshed itself


def test_a_refused_ranking_is_explained_in_the_themes_dialog(
    qtbot, store, ana, window_factory, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from opd_desktop.ui.profile_page import CliftonDialog

    window = window_factory(store)
    page = _open(window, ana.id, 1)
    seen: list[str] = []
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def fake_exec(dialog: CliftonDialog) -> int:
        seen.append(dialog.error.text())
        return next(answers)

    monkeypatch.setattr(CliftonDialog, "exec", fake_exec)
    monkeypatch.setattr(CliftonDialog, "themes", lambda _dialog: ["Learner", "Learner"])
    page.choose_themes()
    assert seen[0] == "" and seen[1]  # the refusal is shown in the dialog, which stays open
    assert profile.entries(store, ana.id, "clifton_theme") == []


def test_a_captured_action_item_takes_a_due_date_and_is_edited_where_it_was_captured(
    qtbot, store, ana, window_factory, answer_dialogs
) -> None:
    window = window_factory(store)
    window.select_report(ana.id)
    view = window.report_page.view
    view.tabs.setCurrentIndex(1)
    capture = view.capture
    capture.kind.setCurrentIndex(capture.kind.findText("Action item for the employee"))
    assert capture.due.isVisible()  # an action item has a due date
    capture.text.setText("Send the rota draft")
    capture.due.set_date(dt.date(2030, 3, 4))
    capture.capture()
    (item,) = followthrough.action_items(store, ana.id)
    assert (item.text, item.owner.value, item.due_date) == (
        "Send the rota draft",
        "employee",
        dt.date(2030, 3, 4),
    )
    assert "Action for Ana: Send the rota draft" in capture.list.text()
    assert capture.due.value() == ""  # ready for the next one, with no date
    capture.kind.setCurrentIndex(capture.kind.findText("Idea for senior management"))
    assert not capture.due.isVisible()

    assert len(capture.list.edit_buttons) == 1
    answer_dialogs.append(
        {"action item": "Send the final rota", "owner": "manager", "due date": "2030-03-11"}
    )
    capture.list.edit_buttons[0].click()
    edited = followthrough.get_action_item(store, item.id)
    assert (edited.text, edited.owner.value, edited.due_date) == (
        "Send the final rota",
        "manager",
        dt.date(2030, 3, 11),
    )
    assert "Action for you: Send the final rota" in capture.list.text()
