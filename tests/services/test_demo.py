from __future__ import annotations

from pathlib import Path

import pytest

from opd_desktop.core.models import IdeaStatus, ItemStatus
from opd_desktop.errors import OpdError
from opd_desktop.services import followthrough, metrics, plans, reports
from opd_desktop.services.demo import create_demo


def test_the_demo_team_is_realistic(demo_store) -> None:
    roster = reports.list_roster(demo_store)
    assert 6 <= len(roster) <= 8
    assert len({e.stage.label for e in roster}) >= 5
    names = {e.report.name for e in roster}
    assert {"Zoë Martin", "Łukasz Żółć", "محمد الأحمد", "张伟"} <= names
    assert any(e.stage.overdue for e in roster)
    assert {i.status for i in followthrough.ideas(demo_store)} == set(IdeaStatus)
    assert {i.status for i in followthrough.action_items(demo_store)} >= {
        ItemStatus.OPEN,
        ItemStatus.DONE,
    }
    finals = [p for e in roster if (p := plans.current_plan(demo_store, e.report.id)) and p.status == "final"]
    assert len(finals) == 1 and finals[0].goals
    engagement = metrics.definitions(demo_store)[0]
    assert len(metrics.values(demo_store, engagement.id, finals[0].report_id)) >= 2
    notes_count = demo_store.db.execute("SELECT count(DISTINCT conversation_id) FROM notes").fetchone()[0]
    assert notes_count >= 10


def test_the_demo_refuses_a_folder_with_real_data(tmp_path: Path) -> None:
    from opd_desktop.store.database import open_store

    store = open_store(tmp_path / "real")
    reports.add_report(store, "A real person")
    store.close()
    with pytest.raises(OpdError, match="holds real data"):
        create_demo(tmp_path / "real")
    store = open_store(tmp_path / "real")
    assert [r.name for r in reports.list_reports(store)] == ["A real person"]
    store.close()


def test_running_the_demo_twice_rebuilds_it(tmp_path: Path) -> None:
    create_demo(tmp_path / "d").close()
    store = create_demo(tmp_path / "d")
    assert len(reports.list_reports(store)) == 7
    store.close()
