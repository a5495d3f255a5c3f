"""`opd metric`, `opd metrics`, `opd ideas`, `opd idea` and the return
exports, through a real subprocess: exit codes and one-line refusals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.e2e.test_cli import opd

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    assert opd("add-report", "Zoë Dvořák", "--start", "2024-01-01", data_dir=folder).returncode == 0
    assert opd("add-report", "محمد الأحمد", data_dir=folder).returncode == 0
    return folder


def _refused(result, text: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0] and "Traceback" not in result.stderr


def test_define_record_and_show_metrics(data: Path) -> None:
    made = opd("metric", "define", "Turnaround", "--unit", "days", "--lower-is-better", "--target", "3",
               "--report", "Zoë", data_dir=data)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert opd("metric", "define", "--template", "engagement", data_dir=data).returncode == 0
    assert (
        opd(
            "metric", "record", "Turnaround", "6", "--report", "Zoë", "--on", "2025-01-10", data_dir=data
        ).returncode
        == 0
    )
    shown = opd("metrics", "Zoë", data_dir=data)
    assert "baseline only" in shown.stdout
    assert opd("metric", "record", "turnaround", "4.5", "--report", "Zoë", data_dir=data).returncode == 0
    recorded = opd("metric", "record", "Engagement", "3", "--report", "محمد", data_dir=data)
    assert recorded.returncode == 0 and "baseline" in recorded.stdout
    shown = opd("metrics", "Zoë", data_dir=data)
    assert shown.returncode == 0
    assert "6 → 4.5 (−1.5, better)" in shown.stdout and "target 3" in shown.stdout
    assert "Conversations held on time" in shown.stdout
    team = opd("metrics", data_dir=data)
    assert "Engagement" in team.stdout and "Turnaround" not in team.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("metric", "record", "Turnaround", "fast", "--report", "Zoë"), "not a number"),
        (("metric", "record", "Turnaround", "3", "--report", "محمد"), "another report's metric"),
        (("metric", "record", "Turnaround", "3", "--report", "Zoë", "--on", "2099-01-01"), "in the future"),
        (
            ("metric", "record", "Turnaround", "3", "--report", "Zoë", "--on", "2020-01-01"),
            "before the report started",
        ),
        (("metric", "record", "Turnaround", "3", "--report", "Zoë", "--on", "10/01/2025"), "YYYY-MM-DD"),
        (("metric", "define", "Turnaround", "--report", "Zoë"), "already has a metric"),
        (("metric", "define", "Defects", "--target", "-2"), "wrong sign"),
        (("metric", "define", "Defects", "--target", "many"), "not a number"),
        (("metric", "correct", "Turnaround", "quick", "--report", "Zoë"), "not a number"),
        (("metric", "correct", "Turnaround", "4", "--report", "Zoë", "--on", "2024-02-30"), "YYYY-MM-DD"),
        (
            ("metric", "delete", "Turnaround", "--report", "Zoë", "--on", "2024-06-01"),
            "has no value measured on",
        ),
    ],
)
def test_bad_metric_input_is_one_line_and_changes_nothing(data: Path, args, message) -> None:
    before = opd("metrics", data_dir=data).stdout + opd("metrics", "Zoë", data_dir=data).stdout
    _refused(opd(*args, data_dir=data), message)
    assert opd("metrics", data_dir=data).stdout + opd("metrics", "Zoë", data_dir=data).stdout == before


def test_ideas_through_their_states(data: Path) -> None:
    from opd_desktop.services import followthrough
    from opd_desktop.store.database import open_store

    store = open_store(data)
    zoe = store.execute("SELECT id FROM reports WHERE name LIKE 'Zo%'").fetchone()[0]
    other = store.execute("SELECT id FROM reports WHERE name NOT LIKE 'Zo%'").fetchone()[0]
    first = followthrough.capture_idea(store, zoe, "Self-service export").id
    duplicate = followthrough.capture_idea(store, other, "Export for clinics").id
    spare = followthrough.capture_idea(store, other, "Free lunch on Fridays").id
    store.close()

    _refused(opd("idea", "answer", str(first), "--outcome", "adopted", "--feedback", "Yes", data_dir=data),
             "next step is to take it")  # fmt: skip
    assert opd("idea", "merge", str(duplicate), str(first), data_dir=data).returncode == 0
    listed = opd("ideas", data_dir=data)
    assert f"#{first}" in listed.stdout and "Zoë Dvořák + محمد الأحمد" in listed.stdout
    assert f"merged into #{first}" in listed.stdout
    _refused(opd("idea", "take", str(duplicate), data_dir=data), "merged")
    assert opd("idea", "take", str(first), "--to", "Leadership team", data_dir=data).returncode == 0
    _refused(opd("idea", "drop", str(first), "--reason", "late", data_dir=data), "Only an idea not yet taken")
    _refused(opd("idea", "answer", str(first), "--outcome", "declined", "--feedback", " ", data_dir=data),
             "declined")  # fmt: skip
    answered = opd(
        "idea", "answer", str(first), "--outcome", "adopted", "--feedback", "Next quarter", data_dir=data
    )
    assert answered.returncode == 0 and "adopted" in answered.stdout
    assert opd("idea", "share", str(first), data_dir=data).returncode == 0
    _refused(opd("idea", "share", str(first), data_dir=data), "already shared back")
    assert (
        opd("idea", "drop", str(spare), "--reason", "Not for senior management", data_dir=data).returncode
        == 0
    )
    _refused(opd("idea", "take", "abc", data_dir=data), "not an idea id")
    _refused(opd("idea", "take", "9999", data_dir=data), "no idea with id 9999")
    mine = opd("ideas", "Zoë", data_dir=data)
    assert "shared back, adopted" in mine.stdout


def test_exports(data: Path, tmp_path: Path) -> None:
    dashboard = opd("export", "dashboard", "-o", str(tmp_path / "team.pdf"), data_dir=data)
    assert dashboard.returncode == 0, dashboard.stderr
    assert (tmp_path / "team.pdf").read_bytes().startswith(b"%PDF")
    assert opd("export", "dashboard", "Zoë", "-o", str(tmp_path / "zoe.pdf"), data_dir=data).returncode == 0
    assert opd("export", "ideas", "-o", str(tmp_path / "ideas.pdf"), data_dir=data).returncode == 0
    exported = opd("export", "metrics", "-o", str(tmp_path / "m.csv"), data_dir=data)
    assert exported.returncode == 0
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "Zoë" not in text and "محمد" not in text
    assert list(csv.DictReader(io.StringIO(text)))
    _refused(opd("export", "plan", "-o", str(tmp_path / "p.pdf"), data_dir=data), "Say which report")


def test_correct_and_delete_a_recorded_value(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert opd("add-report", "Łukasz Żółć", "--start", "2024-01-01", data_dir=folder).returncode == 0
    assert opd("metric", "define", "Turnaround", "--report", "Łukasz", data_dir=folder).returncode == 0
    for day, value in (("2025-01-10", "6"), ("2025-02-10", "45")):
        recorded = opd(
            "metric", "record", "Turnaround", value, "--report", "Łukasz", "--on", day, data_dir=folder
        )
        assert recorded.returncode == 0, recorded.stderr
    corrected = opd("metric", "correct", "Turnaround", "4.5", "--report", "Łukasz", data_dir=folder)
    assert corrected.returncode == 0, corrected.stderr
    assert "45 → 4.5" in corrected.stdout
    assert "6 → 4.5" in opd("metrics", "Łukasz", data_dir=folder).stdout
    fixed_first = opd(
        "metric", "correct", "Turnaround", "7", "--report", "Łukasz", "--on", "2025-01-10", data_dir=folder
    )
    assert fixed_first.returncode == 0 and "6 → 7" in fixed_first.stdout
    deleted = opd("metric", "delete", "Turnaround", "--report", "Łukasz", data_dir=folder)
    assert deleted.returncode == 0 and "4.5" in deleted.stdout
    assert "7 (baseline only)" in opd("metrics", "Łukasz", data_dir=folder).stdout
