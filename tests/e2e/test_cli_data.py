"""`opd import roster`, `opd export/import json`, `opd export/import report`
and `opd purge` end to end, through a real subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROSTER = (
    "\ufeffFull name;Job title;Department;Hire date\n"
    "Zoë Dvořák;Data Analyst;Insights;14/03/2024\n"
    "Łukasz Żółć;Engineer;Platform;2023-01-09\n"
    "Şükrü Öz;Sales Analyst;Customers;30.11.2022\n"
    "Дмитрий Иванов;QA Lead;Platform;2021-06-01\n"
    "محمد الأحمد;Customer Success;Customers;2020-02-17\n"
    "张伟;Product Designer;Insights;2019-09-02\n"
)


def opd(*args: str, data_dir: Path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "opd_desktop.cli", *args, "--data-dir", str(data_dir)]
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **env}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        input=stdin if stdin is not None else "",
    )


def names(data_dir: Path) -> list[str]:
    if not (data_dir / "opd.db").exists():
        return []
    conn = sqlite3.connect(data_dir / "opd.db")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM reports ORDER BY id")]
    finally:
        conn.close()


def test_roster_dry_run_then_import(tmp_path: Path) -> None:
    data = tmp_path / "data"
    csv_file = tmp_path / "team.csv"
    csv_file.write_text(ROSTER, encoding="utf-8")
    dry = opd("import", "roster", str(csv_file), "--dry-run", data_dir=data)
    assert dry.returncode == 0, dry.stderr
    assert "6 to add" in dry.stdout and "line 7: 张伟" in dry.stdout and "nothing was written" in dry.stdout
    assert names(data) == []
    done = opd("import", "roster", str(csv_file), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Added 6 reports" in done.stdout
    assert names(data) == ["Zoë Dvořák", "Łukasz Żółć", "Şükrü Öz", "Дмитрий Иванов", "محمد الأحمد", "张伟"]
    again = opd("import", "roster", str(csv_file), data_dir=data)
    assert again.returncode == 0 and "6 already on your team" in again.stdout
    assert len(names(data)) == 6


def test_roster_with_bad_rows_exits_1_and_lists_every_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    csv_file = tmp_path / "team.csv"
    csv_file.write_bytes("Name,Start date\nZo\xeb,03/04/2024\n,2024-01-01\n".encode("cp1252"))
    for args in (("--dry-run",), ()):
        refused = opd("import", "roster", str(csv_file), *args, data_dir=data)
        assert refused.returncode == 1
        assert "line 2:" in refused.stderr and "line 3:" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert names(data) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4\n", "is a PDF"),
        (b"PK\x03\x04xlsx", "spreadsheet"),
        (b"", "is empty"),
        (b"Name\n", "no rows"),
    ],
)
def test_files_that_are_not_csv_get_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "team.csv"
    path.write_bytes(content)
    refused = opd("import", "roster", str(path), data_dir=tmp_path / "data")
    assert refused.returncode == 1 and message in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_json_export_import_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "source"
    assert opd("demo", data_dir=source).returncode == 0
    first = tmp_path / "all.json"
    exported = opd("export", "json", "-o", str(first), data_dir=source)
    assert exported.returncode == 0, exported.stderr
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    imported = opd("import", "json", str(first), data_dir=tmp_path / "copy")
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "again.json"
    assert opd("export", "json", "-o", str(second), data_dir=tmp_path / "copy").returncode == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    into_full = opd("import", "json", str(first), data_dir=source)
    assert into_full.returncode == 1 and "already holds data" in into_full.stderr
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(first.read_bytes()[:500])
    cut = opd("import", "json", str(truncated), data_dir=tmp_path / "third")
    assert cut.returncode == 1 and "cut short" in cut.stderr
    document = json.loads(first.read_text(encoding="utf-8"))
    document["format_version"] = 7
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document), encoding="utf-8")
    refused = opd("import", "json", str(newer), data_dir=tmp_path / "fourth")
    assert refused.returncode == 5 and "newer version" in refused.stderr


def test_handover_with_rename_and_encryption(tmp_path: Path) -> None:
    outgoing, receiving = tmp_path / "outgoing", tmp_path / "receiving"
    assert opd("demo", data_dir=outgoing).returncode == 0
    assert opd("add-report", "Łukasz Żółć", data_dir=receiving).returncode == 0
    plain = tmp_path / "lukasz.opdhandover"
    written = opd("export", "report", "Żółć", "-o", str(plain), data_dir=outgoing)
    assert written.returncode == 0, written.stderr
    assert "private notes are not included" in written.stdout
    clash = opd("import", "report", str(plain), data_dir=receiving)
    assert clash.returncode == 1 and "--as" in clash.stderr
    renamed = opd("import", "report", str(plain), "--as", "Łukasz Żółć Jr", data_dir=receiving)
    assert renamed.returncode == 0, renamed.stderr
    assert names(receiving) == ["Łukasz Żółć", "Łukasz Żółć Jr"]

    sealed = tmp_path / "zhang.opdhandover"
    secret = {"OPD_HANDOVER_PASSPHRASE": "张伟's handover phrase"}
    encrypted = opd("export", "report", "张伟", "-o", str(sealed), "--encrypt", data_dir=outgoing, **secret)
    assert encrypted.returncode == 0, encrypted.stderr
    no_secret = opd("import", "report", str(sealed), data_dir=receiving)
    assert no_secret.returncode == 1 and "OPD_HANDOVER_PASSPHRASE" in no_secret.stderr
    wrong = opd(
        "import", "report", str(sealed), data_dir=receiving, OPD_HANDOVER_PASSPHRASE="wrong passphrase!"
    )
    assert wrong.returncode == 3
    damaged = tmp_path / "damaged.opdhandover"
    data = bytearray(sealed.read_bytes())
    data[-20] ^= 1
    damaged.write_bytes(bytes(data))
    assert opd("import", "report", str(damaged), data_dir=receiving, **secret).returncode == 4
    right = opd("import", "report", str(sealed), data_dir=receiving, **secret)
    assert right.returncode == 0, right.stderr
    assert "张伟" in names(receiving)


def test_purge_asks_for_the_name_and_refuses_without_a_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert opd("demo", data_dir=data).returncode == 0
    refused = opd("purge", "Дмитрий", data_dir=data)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert "Дмитрий Соколов" in names(data)
    unknown = opd("purge", "Nobody", "--yes", data_dir=data)
    assert unknown.returncode == 1 and "No report matches" in unknown.stderr
    done = opd("purge", "Дмитрий", "--yes", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Deleted Дмитрий Соколов permanently" in done.stdout
    assert "Дмитрий Соколов" not in names(data)
    content = (data / "opd.db").read_bytes()
    wal = data / "opd.db-wal"
    content += wal.read_bytes() if wal.exists() else b""
    assert "Дмитрий Соколов".encode() not in content
