"""One writer per data folder, with real processes: the app (offscreen), a
second start, `opd` commands from a terminal, a stuck app and a kill -9.

Every wait is bounded and every child is killed at the end, whatever happens."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from opd_desktop.instance.client import ask
from opd_desktop.instance.lock import is_locked

pytestmark = pytest.mark.slow

HELPER = Path(__file__).with_name("watched_app.py")
SECRET = "correct horse battery staple"
READY_WITHIN = 90.0  # seconds; generous for a loaded machine, never a measurement
NO_ANSWER = "opd: OPD Desktop has this folder open and did not answer; close it or try again\n"


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **extra}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def opd(*args: str, data_dir: Path, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opd_desktop.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(**env),
        cwd=cwd,
        timeout=120,
    )


def names_in(data_dir: Path) -> set[str]:
    conn = sqlite3.connect(f"{(data_dir / 'opd.db').as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM reports")}
    finally:
        conn.close()


class RunningApp:
    """A watched app process whose stdout lines are collected by a thread."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.data_dir = data_dir
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER), "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_env(**env),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_ready(self) -> None:
        """Until the app answers a ping over its local socket (bounded)."""
        give_up = time.monotonic() + READY_WITHIN
        while time.monotonic() < give_up:
            if self.process.poll() is not None:
                raise AssertionError(f"the app exited early: {self.process.stderr.read()}")
            answer = ask(self.data_dir, {"op": "ping"}, 2)
            if answer and answer.get("pid") == self.process.pid:
                return
            time.sleep(0.1)
        raise AssertionError("the app never answered")

    def wait_line(self, predicate, within: float = 30.0) -> str:
        give_up = time.monotonic() + within
        for line in self.seen:
            if predicate(line):
                return line
        while time.monotonic() < give_up:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if predicate(line):
                return line
        raise AssertionError(f"no such line from the app; saw {self.seen}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # in case a test left it stopped
            self.process.kill()
        self.process.wait(timeout=30)


@pytest.fixture
def apps():
    started: list[RunningApp] = []

    def start(data_dir: Path, **env: str) -> RunningApp:
        app = RunningApp(data_dir, **env)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    assert opd("add-report", "Zoë Martin", data_dir=data_dir).returncode == 0
    return data_dir


def _log_text() -> str:
    path = Path(os.environ["OPD_LOG_DIR"]) / "opd-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_second_start_hands_over_to_the_running_window_and_exits_0(apps, folder: Path) -> None:
    first = apps(folder)
    first.wait_ready()
    first.wait_line(lambda line: line.startswith("roster"))
    second = subprocess.run(
        [sys.executable, str(HELPER), "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
    )
    assert second.returncode == 0, second.stderr
    assert "its window was brought to the front" in second.stdout
    assert "roster" not in second.stdout, "the second start opened no window"
    assert "a second start asked for the window" in _log_text()
    assert first.process.poll() is None and is_locked(folder)


def test_a_writing_command_is_applied_by_the_app_and_shown_at_once(
    apps, folder: Path, tmp_path: Path
) -> None:
    app = apps(folder, OPD_BACKUP_PASSPHRASE=SECRET)
    app.wait_ready()
    app.wait_line(lambda line: line.startswith("roster") and "Zoë Martin" in line)

    added = opd("add-report", "Łukasz Żółć", "--role", "Инженер", data_dir=folder)
    returned_at = time.time()
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added Łukasz Żółć")
    shown = app.wait_line(lambda line: line.startswith("roster") and "Łukasz Żółć" in line)
    assert float(shown.split()[1]) <= returned_at, "the window showed it before the command returned"
    assert "handing 'opd add-report' to the running app" in _log_text()

    # A relative path is the terminal's, and the app's passphrase is used and named.
    made = opd("backup", "-o", "kept.opdbackup", data_dir=folder, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "OPD Desktop has this folder open, so it made the backup with its passphrase" in made.stdout
    assert (tmp_path / "kept.opdbackup").exists()
    assert names_in(folder) == {"Zoë Martin", "Łukasz Żółć"}


def test_a_stuck_app_gives_the_timeout_message_and_nothing_changes(apps, folder: Path) -> None:
    app = apps(folder)
    app.wait_ready()
    os.kill(app.process.pid, signal.SIGSTOP)
    try:
        stuck = opd("add-report", "Written while stuck", data_dir=folder)
    finally:
        os.kill(app.process.pid, signal.SIGCONT)
    assert stuck.returncode == 1
    assert stuck.stderr == NO_ANSWER
    app.wait_ready()  # it wakes up, reads the old request, and must not apply it
    listed = opd("reports", data_dir=folder)
    assert listed.returncode == 0 and "Written while stuck" not in listed.stdout
    app.stop()
    assert names_in(folder) == {"Zoë Martin"}


def test_restore_while_the_app_is_open_is_refused_and_nothing_changes(
    apps, folder: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "before.opdbackup"
    assert opd("backup", "-o", str(backup), data_dir=folder, OPD_BACKUP_PASSPHRASE=SECRET).returncode == 0
    assert opd("add-report", "Added after the backup", data_dir=folder).returncode == 0
    app = apps(folder)
    app.wait_ready()
    refused = opd("restore", str(backup), "--yes", data_dir=folder, OPD_BACKUP_PASSPHRASE=SECRET)
    assert refused.returncode == 1
    assert refused.stderr == "opd: Restore from the app's Backup menu, or close the app first.\n"
    assert not (folder / "pre-restore").exists()
    assert names_in(folder) == {"Zoë Martin", "Added after the backup"}
    app.stop()  # with the app closed the same restore goes through
    done = opd("restore", str(backup), "--yes", data_dir=folder, OPD_BACKUP_PASSPHRASE=SECRET)
    assert done.returncode == 0, done.stderr
    assert names_in(folder) == {"Zoë Martin"}


def test_the_lock_is_recovered_after_kill_9_of_the_app(apps, folder: Path) -> None:
    crashed = apps(folder)
    crashed.wait_ready()
    assert is_locked(folder)
    crashed.process.send_signal(signal.SIGKILL)
    crashed.process.wait(timeout=30)
    assert not is_locked(folder), "the operating system released the lock"
    after = opd("add-report", "After the crash", data_dir=folder)
    assert after.returncode == 0 and after.stdout.startswith("Added After the crash"), after.stderr
    again = apps(folder)
    again.wait_ready()  # the socket left behind is replaced
    again.wait_line(lambda line: line.startswith("roster") and "After the crash" in line)
    second = subprocess.run(
        [sys.executable, "-m", "opd_desktop", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
    )
    assert second.returncode == 0 and "brought to the front" in second.stdout
