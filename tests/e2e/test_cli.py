"""The `opd` command end to end, through a real subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import INTERNATIONAL_NAMES

pytestmark = pytest.mark.slow


def opd(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "opd_desktop.cli", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)


def test_demo_then_reports_and_show(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    made = opd("demo", data_dir=data)
    assert made.returncode == 0, made.stderr
    listed = opd("reports", data_dir=data)
    assert listed.returncode == 0
    assert "Zoë Martin" in listed.stdout and "OVERDUE" in listed.stdout and "4 of 7" in listed.stdout
    shown = opd("show", "Żółć", data_dir=data)
    assert shown.returncode == 0
    assert "Building the Development Plan" in shown.stdout and "Completed" in shown.stdout


def test_international_names_survive_add_list_and_show(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name in INTERNATIONAL_NAMES:
        added = opd("add-report", name, "--role", "Инженер", "--start", "2025-01-06", data_dir=data)
        assert added.returncode == 0, added.stderr
    listed = opd("reports", data_dir=data).stdout
    for name in INTERNATIONAL_NAMES:
        assert name in listed
        shown = opd("show", name, data_dir=data)
        assert shown.returncode == 0 and shown.stdout.startswith(name)
    stored = sqlite3.connect(data / "opd.db").execute("SELECT name FROM reports ORDER BY id").fetchall()
    assert [r[0] for r in stored] == INTERNATIONAL_NAMES


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "Nobody"), "No report matches 'Nobody'"),
        (("show", "a"), "matches several reports"),
        (("add-report", "X", "--start", "2025-02-30"), "YYYY-MM-DD"),
        (("add-report", ""), "name is empty"),
    ],
)
def test_bad_input_gets_one_clear_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    data = tmp_path / "data"
    opd("add-report", "Ana", data_dir=data)
    opd("add-report", "Bea", data_dir=data)
    result = opd(*args, data_dir=data)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_unwritable_data_dir_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = opd("reports", data_dir=blocker / "data")
    assert result.returncode == 1 and "Choose a folder you can write to" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_database_is_reported_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    opd("add-report", "Ana", data_dir=data)
    (data / "opd.db").write_bytes(b"\x00garbage" * 1000)
    result = opd("reports", data_dir=data)
    assert result.returncode == 1 and "damaged" in result.stderr and "backup" in result.stderr
    assert (data / "opd.db").read_bytes() == b"\x00garbage" * 1000


def test_the_demo_refuses_real_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    opd("add-report", "Ana", data_dir=data)
    result = opd("demo", data_dir=data)
    assert result.returncode == 1 and "holds real data" in result.stderr


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPD_DATA_DIR", str(tmp_path / "env"))
    assert opd("add-report", "Zoë").returncode == 0
    assert (tmp_path / "env" / "opd.db").exists()


def test_export_every_document_and_import_a_worksheet(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    data = tmp_path / "demo"
    assert opd("demo", data_dir=data).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    for args in (
        ("agenda", "Дмитрий", "4"),
        ("brief", "Дмитрий", "4"),
        ("plan", "Zoë"),
        ("summary", "Zoë"),
        ("worksheet", "Aoife", "1"),
        ("agenda", "Zoë", "checkin"),
        *(("worksheet", "Łukasz", str(n)) for n in range(2, 8)),
        ("worksheet", "Zoë", "checkin"),
    ):
        target = out / f"{'-'.join(args)}.pdf"
        result = opd("export", *args, "-o", str(target), data_dir=data)
        assert result.returncode == 0, result.stderr
        assert len(PdfReader(target).pages) >= 1
    sheet = out / "worksheet-Aoife-1.pdf"
    writer = PdfWriter(clone_from=PdfReader(sheet))
    writer.update_page_form_field_values(
        writer.pages[0], {"opd_values": "x", "opd_strengths": "Patient with clinics"}, auto_regenerate=False
    )
    filled = out / "filled.pdf"
    with filled.open("wb") as handle:
        writer.write(handle)
    imported = opd("import", "worksheet", "Aoife", str(filled), data_dir=data)
    assert imported.returncode == 0 and "Imported 1 strength" in imported.stdout
    wrong = opd("import", "worksheet", "Zoë", str(filled), data_dir=data)
    assert wrong.returncode == 1 and "made for Aoife Ní Bhriain" in wrong.stderr
    assert wrong.stderr.count("\n") == 1
    checkin = PdfWriter(clone_from=PdfReader(out / "worksheet-Zoë-checkin.pdf"))
    checkin.update_page_form_field_values(
        None, {"opd_progress": "张伟 · محمد · Дмитрий: on track"}, auto_regenerate=False
    )
    with filled.open("wb") as handle:
        checkin.write(handle)
    back = opd("import", "worksheet", "Zoë", str(filled), data_dir=data)
    assert back.returncode == 0 and "Imported 1 note" in back.stdout, back.stderr
    again = opd("import", "worksheet", "Zoë", str(filled), data_dir=data)
    assert again.returncode == 0 and "nothing new" in again.stdout


def test_export_refuses_clearly_and_leaves_files_alone(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    opd("demo", data_dir=data)
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"keep me")
    no_plan = opd("export", "plan", "Aoife", "-o", str(existing), data_dir=data)
    assert no_plan.returncode == 1 and "no development plan yet" in no_plan.stderr
    assert existing.read_bytes() == b"keep me"
    missing_number = opd("export", "agenda", "Zoë", "-o", str(existing), data_dir=data)
    assert missing_number.returncode == 1 and "Say which conversation" in missing_number.stderr
    bad_folder = opd("export", "summary", "Zoë", "-o", str(tmp_path / "nowhere" / "x.pdf"), data_dir=data)
    assert bad_folder.returncode == 1 and "does not exist" in bad_folder.stderr
