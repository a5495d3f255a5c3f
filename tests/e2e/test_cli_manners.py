"""`opd` on a bad day: a closed pipe, control characters in stored text, and
`opd check` on healthy and damaged databases."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from opd_desktop import cli
from opd_desktop.services import reports
from opd_desktop.store.database import open_store
from tests.store.test_hostile_environment import _drop_index_entries

CONTROLS = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x00"]


def _environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "OPD_LOG_DIR": str(tmp_path / "logs")}


def test_output_into_a_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    for number in range(50):
        reports.add_report(store, f"Person {number}")
    store.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "opd_desktop.cli", "reports", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(tmp_path),
    )
    process.stdout.close()  # like `opd reports | head -0`: the reader is gone before the first line
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""
    log = tmp_path / "logs" / "opd-desktop.log"
    assert not log.exists() or ("Traceback" not in log.read_text() and "ERROR" not in log.read_text())


def test_no_command_prints_raw_control_characters_from_stored_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_dir)
    report = reports.add_report(store, "Placeholder")
    hostile = "Eve" + "".join(CONTROLS) + "[31mRed"
    # text stored before cleaning existed (or written by another tool) goes around the service
    store.execute("UPDATE reports SET name = ? WHERE id = ?", [hostile, report.id])
    store.close()
    for argv in (["reports"], ["show", str(report.id)], ["show", "nobody-by-this-name"]):
        cli.main([*argv, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        for char in CONTROLS:
            assert char not in captured.out and char not in captured.err, (argv, repr(char))


def test_a_name_typed_on_the_command_line_is_cleaned(data_dir: Path, capsys) -> None:
    assert cli.main(["add-report", "Zoë\x1b[2J\tDvořák\u202e", "--data-dir", str(data_dir)]) == 0
    store = open_store(data_dir)
    assert [r.name for r in reports.list_reports(store)] == ["Zoë[2J Dvořák"]
    store.close()
    assert cli.main(["add-report", "\u200b\u200d\u2060", "--data-dir", str(data_dir)]) == 1
    assert "empty" in capsys.readouterr().err


def test_opd_check_on_a_healthy_database(demo_store, capsys) -> None:
    folder = demo_store.data_dir
    demo_store.close()
    assert cli.main(["check", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Data (SQLite integrity_check): OK" in out and "Search index (full-text check): OK" in out
    assert out.strip().endswith("Healthy.")


def test_opd_check_finds_search_index_damage_and_rebuilds_it(demo_store, capsys) -> None:
    folder = demo_store.data_dir
    # the index loses its entries while the notes stay: a damaged full-text index
    demo_store.execute("DELETE FROM search_index_data WHERE id > 10")
    demo_store.close()
    assert cli.main(["check", "--data-dir", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "Search index (full-text check): damaged" in out and "--rebuild-search-index" in out
    assert cli.main(["check", "--rebuild-search-index", "--data-dir", str(folder)]) == 0
    assert "Healthy." in capsys.readouterr().out


def test_opd_check_finds_a_missing_index_entry(demo_store, capsys) -> None:
    folder = demo_store.data_dir
    demo_store.close()
    _drop_index_entries(folder / "opd.db")
    assert cli.main(["check", "--data-dir", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "Not healthy" in out and "missing from index" in out


def test_opd_check_on_a_folder_without_a_database(tmp_path: Path, capsys) -> None:
    assert cli.main(["check", "--data-dir", str(tmp_path / "empty")]) == 0
    assert "nothing to check" in capsys.readouterr().out


def test_the_daily_backup_runs_the_full_check_and_the_status_warns(
    demo_store, memory_keyring, tmp_path: Path
) -> None:
    from opd_desktop.services.backup import passphrase, schedule

    passphrase.store_passphrase(demo_store.data_dir, "correct horse battery staple")
    schedule.save_settings(demo_store, tmp_path / "backups", daily=True, on_quit=False)
    schedule.run_backup(demo_store)
    assert not schedule.status(demo_store).needs_attention()
    demo_store.execute("DELETE FROM search_index_data WHERE id > 10")
    schedule.run_backup(demo_store)
    current = schedule.status(demo_store)
    assert current.needs_attention() and current.message().startswith("Database check failed")
    from opd_desktop.services import checks

    checks.rebuild_search_index(demo_store)
    schedule.run_backup(demo_store)
    assert not schedule.status(demo_store).needs_attention()


def test_a_raw_sqlite_reader_agrees_with_opd_check(demo_store) -> None:
    conn = sqlite3.connect(demo_store.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_data_dir_counts_before_and_after_the_command(tmp_path: Path, capsys) -> None:
    for position, folder in (("before", tmp_path / "a"), ("after", tmp_path / "b")):
        argv = ["add-report", f"Zoë {position}"]
        argv = (
            ["--data-dir", str(folder), *argv] if position == "before" else [*argv, "--data-dir", str(folder)]
        )
        assert cli.main(argv) == 0
        store = open_store(folder)
        assert [r.name for r in reports.list_reports(store)] == [f"Zoë {position}"]
        store.close()
