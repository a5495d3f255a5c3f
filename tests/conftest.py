"""Test set-up shared by every layer: Qt offscreen, a private data folder per
test, logs kept out of the user's folders, and an in-memory keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen Qt with a desktop-sized virtual screen (the plugin's default is 800 px wide,
# smaller than the main window's minimum, so window geometry could not be tested).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

# The app raises the counts of None/True/False against PySide6 6.12.0's leaked references
# on Python 3.11 (ui/qt_workarounds.py); a long test run repaints and emits far more than
# one session, so the suite runs guarded like the app (the guard's own test uses a subprocess).
from opd_desktop.ui.qt_workarounds import keep_singletons_alive

keep_singletons_alive()

INTERNATIONAL_NAMES = [
    "Zoë Dvořák",
    "Łukasz Żółć",
    "Дмитрий Иванов",
    "محمد الأحمد",
    "张伟",
    "Şükrü Öz",
]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    logs = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("OPD_LOG_DIR", str(logs))
    monkeypatch.delenv("OPD_DATA_DIR", raising=False)
    monkeypatch.delenv("OPD_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.setenv(
        "PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring"
    )  # subprocesses never reach the OS keyring
    yield


class MemoryKeyring:
    """An in-memory keyring backend: the OS keyring is outside the machine's tests."""

    priority = 10

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    backend_class = type("TestMemoryKeyring", (MemoryKeyring, KeyringBackend), {})
    backend = backend_class()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    from opd_desktop.store.database import open_store

    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(tmp_path: Path):
    from opd_desktop.services.demo import create_demo

    opened = create_demo(tmp_path / "demo")
    yield opened
    opened.close()
