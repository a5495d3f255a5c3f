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
    yield


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
