from __future__ import annotations

import pytest

from opd_desktop.errors import NotFoundError, ValidationError
from opd_desktop.services import conversations, reports
from opd_desktop.store.database import open_store
from tests.conftest import INTERNATIONAL_NAMES


def test_add_edit_archive_restore_round_trip(store, data_dir) -> None:
    zoe = reports.add_report(store, "  Zoë   Dvořák ", "Analyst", "Insights", "2024-02-29")
    assert zoe.name == "Zoë Dvořák" and zoe.start_date.isoformat() == "2024-02-29"
    assert [c.number for c in conversations.journey(store, zoe.id)] == list(range(1, 8))
    reports.edit_report(store, zoe.id, role="Senior Analyst")
    reports.archive_report(store, zoe.id)
    assert reports.list_reports(store) == []
    assert reports.list_reports(store, include_archived=True)[0].archived
    reports.restore_report(store, zoe.id)
    store.close()
    reopened = open_store(data_dir)
    (back,) = reports.list_reports(reopened)
    assert (back.name, back.role, back.team, back.archived) == (
        "Zoë Dvořák",
        "Senior Analyst",
        "Insights",
        False,
    )
    reopened.close()


@pytest.mark.parametrize("name", ["", "   ", "\n"])
def test_an_empty_name_is_refused(store, name: str) -> None:
    with pytest.raises(ValidationError, match="name is empty"):
        reports.add_report(store, name)


def test_a_duplicate_name_is_refused_ignoring_case_and_normalization(store) -> None:
    reports.add_report(store, "Zoë Martin")
    with pytest.raises(ValidationError, match="already on your team"):
        reports.add_report(store, "zoe\u0308 martin")  # decomposed ë, other case


def test_an_archived_name_can_be_reused_but_not_restored_twice(store) -> None:
    first = reports.add_report(store, "Ana")
    reports.archive_report(store, first.id)
    reports.add_report(store, "Ana")
    with pytest.raises(ValidationError, match="already on your team"):
        reports.restore_report(store, first.id)


def test_a_bad_start_date_says_how_to_write_it(store) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        reports.add_report(store, "Bo", start_date="31/12/2024")


def test_find_report_by_id_part_of_name_and_ambiguity(store) -> None:
    ids = {name: reports.add_report(store, name).id for name in INTERNATIONAL_NAMES}
    assert reports.find_report(store, str(ids["张伟"])).name == "张伟"
    assert reports.find_report(store, "żółć").name == "Łukasz Żółć"
    assert reports.find_report(store, "Дмитрий").name == "Дмитрий Иванов"
    assert reports.find_report(store, "محمد").name == "محمد الأحمد"
    with pytest.raises(ValidationError, match="matches several reports"):
        reports.find_report(store, "z")
    with pytest.raises(NotFoundError, match="No report matches"):
        reports.find_report(store, "Nobody")
    with pytest.raises(NotFoundError):
        reports.find_report(store, "9999")


def test_roster_lists_stage_and_next_date(store) -> None:
    report = reports.add_report(store, "Ana")
    first = conversations.series_conversation(store, report.id, 1)
    conversations.schedule(store, first.id, "2026-01-05 10:00")
    conversations.hold(store, first.id, "2026-01-05")
    second = conversations.series_conversation(store, report.id, 2)
    conversations.schedule(store, second.id, "2026-01-19 10:00")
    (entry,) = reports.list_roster(store)
    assert entry.stage.label == "2 of 7"
    assert entry.stage.next_date.isoformat() == "2026-01-19T10:00:00"
