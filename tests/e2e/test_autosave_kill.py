"""A kill -9 of the running app loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opd_desktop.services import conversations, notes, reports
from opd_desktop.store.database import open_store

pytestmark = pytest.mark.slow

HELPER = Path(__file__).with_name("typing_app.py")
TEXT = "Zoë said: Łukasz Żółć leads the rota; Дмитрий reviews. محمد agrees! 张伟 too. " * 2


def _start(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, str(HELPER), str(data_dir), TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
    )


def _saved(data_dir: Path, report_id: int) -> str:
    store = open_store(data_dir)
    third = conversations.series_conversation(store, report_id, 3)
    note = notes.get_note(store, third.id, "manager_expectations")
    store.close()
    return note.body if note else ""


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, int]:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    report = reports.add_report(store, "Zoë Martin")
    store.close()
    return data_dir, report.id


def test_killed_while_typing_loses_at_most_the_last_second(prepared) -> None:
    data_dir, report_id = prepared
    app = _start(data_dir)
    typed_at: list[tuple[int, float]] = []
    try:
        assert app.stdout is not None
        for line in app.stdout:
            word, count, stamp = line.split()
            if word == "typed":
                typed_at.append((int(count), float(stamp)))
                if int(count) == 100:
                    break
        killed_at = time.time()
        app.send_signal(signal.SIGKILL)
    finally:
        app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL
    saved = _saved(data_dir, report_id)
    typed_before_last_second = max(count for count, stamp in typed_at if stamp <= killed_at - 1.0)
    assert TEXT.startswith(saved), "what was saved is exactly what was typed, never garbled"
    assert len(saved) >= typed_before_last_second


def test_killed_after_a_pause_loses_nothing(prepared) -> None:
    data_dir, report_id = prepared
    app = _start(data_dir)
    try:
        assert app.stdout is not None
        for line in app.stdout:
            if line.startswith("done"):
                break
        time.sleep(1.0)
        app.send_signal(signal.SIGKILL)
    finally:
        app.wait(timeout=30)
    assert _saved(data_dir, report_id) == TEXT
