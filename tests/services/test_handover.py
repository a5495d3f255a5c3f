"""Handing a report's record from one data folder to another: private notes
left out unless asked, a rename on a name clash, encryption in the backup
format, and the receiving team untouched."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from opd_desktop.errors import OpdError
from opd_desktop.services import conversations, handover, json_export, metrics, notes, plans, reports
from opd_desktop.services.backup import file_format
from opd_desktop.services.conversations import series_conversation
from opd_desktop.services.schema_map import owned_row_ids, read_schema, select_rows
from opd_desktop.store.database import open_store

PASSPHRASE = "Zoë's handover passphrase"
PRIVATE_MARKER = "PRIVATE-MARKER-Żółć-7f3a"
SHARED_MARKER = "SHARED-MARKER-Дмитрий-91c2"
SUMMARY_MARKER = "SUMMARY-MARKER-张伟-4b0d"


@pytest.fixture
def outgoing(demo_store):
    """The demo team; Дмитрий Соколов gets a private note, a shared note and a summary."""
    dmitry = reports.find_report(demo_store, "Дмитрий")
    first = series_conversation(demo_store, dmitry.id, 1)
    notes.save_note(demo_store, first.id, "prep", f"{PRIVATE_MARKER} worried about burnout", private=True)
    notes.save_note(
        demo_store, first.id, "aspirations", f"{SHARED_MARKER} wants to lead testing", private=False
    )
    conversations.save_wrap_up(demo_store, first.id, summary=f"{SUMMARY_MARKER} went well")
    return demo_store


@pytest.fixture
def receiving(tmp_path: Path):
    store = open_store(tmp_path / "receiving")
    reports.add_report(store, "Zoë Dvořák", "Analyst", "Insights")
    reports.add_report(store, "محمد الأحمد", "Support", "Customers")
    metrics.define_metric(store, "Engagement", "score 1–5")
    yield store
    store.close()


def record_of(store, report_id: int) -> dict[str, list[dict]]:
    schema = read_schema(store.conn)
    owned = owned_row_ids(store.conn, schema, report_id)
    return {t.name: select_rows(store.conn, t, owned.get(t.name, [])) for t in schema.owned_tables()}


def all_text(store, report_id: int) -> str:
    return json.dumps(record_of(store, report_id), ensure_ascii=False)


def test_handover_between_two_folders_leaves_private_notes_out(outgoing, receiving, tmp_path: Path) -> None:
    dmitry = reports.find_report(outgoing, "Дмитрий")
    before = {r.id: record_of(receiving, r.id) for r in reports.list_reports(receiving)}
    written = handover.export_report(outgoing, dmitry.id, tmp_path / "dmitry.opdhandover")
    assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
    raw = written.path.read_text(encoding="utf-8")
    assert PRIVATE_MARKER not in raw and SUMMARY_MARKER not in raw
    assert SHARED_MARKER in raw and "Дмитрий Соколов" in raw
    document = json.loads(raw)
    assert document["contents"]["private_notes_included"] is False
    assert "private notes are not included" in document["contents"]["description"]

    imported = handover.import_report(receiving, written.path)
    assert imported.name == "Дмитрий Соколов" and not imported.private_included
    text = all_text(receiving, imported.report_id)
    assert SHARED_MARKER in text and PRIVATE_MARKER not in text and SUMMARY_MARKER not in text

    source, target = record_of(outgoing, dmitry.id), record_of(receiving, imported.report_id)
    for table in (
        "conversations",
        "action_items",
        "ideas",
        "plans",
        "plan_goals",
        "plan_actions",
        "profile_entries",
    ):
        assert len(target[table]) == len(source[table]), table
    shared_notes = [n for n in source["notes"] if not n["private"]]
    assert len(shared_notes) < len(source["notes"])
    assert sorted(n["body"] for n in target["notes"]) == sorted(n["body"] for n in shared_notes)
    assert [p["version"] for p in target["plans"]] == [p["version"] for p in source["plans"]]
    assert len(target["metric_values"]) == len(source["metric_values"])
    engagement = receiving.execute("SELECT id FROM metric_definitions WHERE name = 'Engagement'").fetchone()[
        0
    ]
    assert receiving.execute("SELECT count(*) FROM metric_definitions").fetchone()[0] == 2
    assert any(v["metric_id"] == engagement for v in target["metric_values"])
    assert notes.search_notes(receiving, SHARED_MARKER.split("-")[0])
    # nobody else on the receiving team was touched
    assert {
        r.id: record_of(receiving, r.id) for r in reports.list_reports(receiving) if r.id in before
    } == before


def test_the_plan_with_its_versions_and_snapshot_arrives(outgoing, receiving, tmp_path: Path) -> None:
    zoe = reports.find_report(outgoing, "Zoë Martin")
    source = record_of(outgoing, zoe.id)
    assert source["plans"] and source["plan_goals"]
    written = handover.export_report(outgoing, zoe.id, tmp_path / "zoe.opdhandover")
    imported = handover.import_report(receiving, written.path)
    target = record_of(receiving, imported.report_id)
    assert [(p["version"], p["status"], p["snapshot"]) for p in target["plans"]] == [
        (p["version"], p["status"], p["snapshot"]) for p in source["plans"]
    ]
    assert [g["title"] for g in target["plan_goals"]] == [g["title"] for g in source["plan_goals"]]
    assert (
        plans.current_plan(receiving, imported.report_id).version
        == plans.current_plan(outgoing, zoe.id).version
    )


def test_include_private_carries_private_notes_and_says_so(outgoing, receiving, tmp_path: Path) -> None:
    dmitry = reports.find_report(outgoing, "Дмитрий")
    written = handover.export_report(outgoing, dmitry.id, tmp_path / "d.opdhandover", include_private=True)
    raw = written.path.read_text(encoding="utf-8")
    assert PRIVATE_MARKER in raw and SUMMARY_MARKER in raw
    assert "INCLUDES the previous manager's private notes" in json.loads(raw)["contents"]["description"]
    imported = handover.import_report(receiving, written.path)
    assert imported.private_included
    text = all_text(receiving, imported.report_id)
    assert PRIVATE_MARKER in text and SUMMARY_MARKER in text


def test_a_name_on_the_receiving_team_is_refused_with_a_rename_offered(
    outgoing, receiving, tmp_path: Path
) -> None:
    zoe = reports.add_report(outgoing, "Zoë Dvořák", "Analyst")
    written = handover.export_report(outgoing, zoe.id, tmp_path / "zoe.opdhandover")
    count = len(reports.list_reports(receiving))
    with pytest.raises(handover.NameClashError, match=r'--as "Zoë Dvořák \(2\)"'):
        handover.import_report(receiving, written.path)
    assert len(reports.list_reports(receiving)) == count
    assert handover.preview(receiving, written.path).clash
    renamed = handover.import_report(receiving, written.path, new_name="Zoë D. Dvořák")
    assert reports.get_report(receiving, renamed.report_id).name == "Zoë D. Dvořák"
    assert len(reports.list_reports(receiving)) == count + 1


def test_the_same_file_twice_is_refused_the_second_time(outgoing, receiving, tmp_path: Path) -> None:
    shukru = reports.find_report(outgoing, "Şükrü")
    written = handover.export_report(outgoing, shukru.id, tmp_path / "s.opdhandover")
    handover.import_report(receiving, written.path)
    with pytest.raises(handover.NameClashError):
        handover.import_report(receiving, written.path)


def test_an_archived_report_arrives_active(outgoing, receiving, tmp_path: Path) -> None:
    zhang = reports.find_report(outgoing, "张伟")
    reports.archive_report(outgoing, zhang.id)
    written = handover.export_report(outgoing, zhang.id, tmp_path / "z.opdhandover")
    imported = handover.import_report(receiving, written.path)
    assert not reports.get_report(receiving, imported.report_id).archived


def test_encrypted_handover_uses_the_backup_format(outgoing, receiving, tmp_path: Path) -> None:
    dmitry = reports.find_report(outgoing, "Дмитрий")
    written = handover.export_report(outgoing, dmitry.id, tmp_path / "d.opdhandover", passphrase=PASSPHRASE)
    data = written.path.read_bytes()
    assert data.startswith(file_format.MAGIC) and written.encrypted
    assert SHARED_MARKER.encode() not in data and "Дмитрий".encode() not in data
    assert handover.is_encrypted(written.path)
    with pytest.raises(handover.PassphraseNeededError):
        handover.import_report(receiving, written.path)
    with pytest.raises(OpdError) as wrong:
        handover.import_report(receiving, written.path, passphrase="not the passphrase")
    assert wrong.value.exit_code == 3
    damaged = bytearray(data)
    damaged[-40] ^= 0x01
    (tmp_path / "damaged.opdhandover").write_bytes(bytes(damaged))
    with pytest.raises(OpdError) as broken:
        handover.import_report(receiving, tmp_path / "damaged.opdhandover", passphrase=PASSPHRASE)
    assert broken.value.exit_code == 4
    imported = handover.import_report(receiving, written.path, passphrase=PASSPHRASE)
    assert SHARED_MARKER in all_text(receiving, imported.report_id)


def test_a_newer_handover_format_is_refused(outgoing, receiving, tmp_path: Path) -> None:
    zoe = reports.find_report(outgoing, "Zoë")
    written = handover.export_report(outgoing, zoe.id, tmp_path / "z.opdhandover")
    document = json.loads(written.path.read_text(encoding="utf-8"))
    document["format_version"] = 99
    written.path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(OpdError, match="newer version") as newer:
        handover.import_report(receiving, written.path)
    assert newer.value.exit_code == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "opd-desktop-export", "format_version": 1}', "not an OPD Desktop handover file"),
        (b'{"format": "opd-desktop-handover", "format_version": 1, "schema_version": 1', "cut short"),
        (b"", "is empty"),
    ],
)
def test_files_that_are_not_handovers(receiving, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.opdhandover"
    path.write_bytes(content)
    count = len(reports.list_reports(receiving))
    with pytest.raises(OpdError, match=message):
        handover.import_report(receiving, path)
    assert len(reports.list_reports(receiving)) == count


def test_a_full_export_is_not_a_handover_and_back(outgoing, tmp_path: Path) -> None:
    everything = json_export.export_json(outgoing, tmp_path / "all.json").path
    with pytest.raises(OpdError, match="not an OPD Desktop handover"):
        handover.read_document(everything)
    zoe = reports.find_report(outgoing, "Zoë")
    one = handover.export_report(outgoing, zoe.id, tmp_path / "z.opdhandover").path
    with pytest.raises(OpdError, match="not an OPD Desktop export"):
        json_export.import_json(tmp_path / "new", one)
