"""The roster and journey models, tested without a window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from opd_desktop.core.guides import default_guides
from opd_desktop.services import conversations, reports
from opd_desktop.ui.models import ConversationIdRole, JourneyModel, ReportIdRole, RosterModel


def test_roster_model_shows_name_stage_next_and_overdue(demo_store, qtmodeltester) -> None:
    model = RosterModel()
    model.set_entries(reports.list_roster(demo_store))
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.columnCount() == 4
    rows = {
        model.index(r, 0).data(): (model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    assert rows["Aoife Ní Bhriain"][0] == "1 of 7"
    stage, nxt = rows["Дмитрий Соколов"]
    assert stage == "4 of 7" and nxt.startswith("⚠")
    overdue_row = next(r for r in range(7) if model.index(r, 0).data() == "Дмитрий Соколов")
    assert model.index(overdue_row, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(overdue_row, 1).data() == "QA Lead"
    assert isinstance(model.index(0, 0).data(ReportIdRole), int)


def test_journey_model_lists_seven_then_checkins(demo_store, qtmodeltester) -> None:
    zoe = reports.find_report(demo_store, "Zoë")
    model = JourneyModel(default_guides())
    model.set_conversations(conversations.journey(demo_store, zoe.id))
    qtmodeltester.check(model)
    titles = [model.index(r).data().split("\n")[0] for r in range(model.rowCount())]
    assert titles[:7] == [f"{n}. {g.short_title}" for n, g in enumerate(default_guides().conversations, 1)]
    assert titles[7:] == ["Check-in"] * 3
    assert model.index(0).data().split("\n")[1].startswith("Completed")
    assert model.index(8).data().split("\n")[1].startswith("Planned")
    assert model.row_of(model.index(3).data(ConversationIdRole)) == 3


def test_journey_marks_an_overdue_conversation(store) -> None:
    report = reports.add_report(store, "Ana")
    first = conversations.series_conversation(store, report.id, 1)
    conversations.schedule(store, first.id, dt.datetime.now() - dt.timedelta(days=2))
    model = JourneyModel(default_guides())
    model.set_conversations(conversations.journey(store, report.id))
    assert model.index(0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1).data().endswith("Not scheduled")
