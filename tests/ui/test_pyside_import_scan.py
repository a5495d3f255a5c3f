"""PySide6's per-module "does this module use PySide6?" scan, made cheaper,
answers exactly as the binding's own does."""

from __future__ import annotations

import importlib
import json
import sys
import types

import PySide6.QtCore  # noqa: F401  (the binding's import hook and its scan come with it)

from opd_desktop.ui import pyside_import_scan as scan

MODULES = [
    "opd_desktop.ui.main_window",  # uses PySide6
    "opd_desktop.ui.forms",
    "opd_desktop.services.reports",  # does not
    "opd_desktop.core.models",
    "json",
    "json.decoder",
    "sys",  # built in
    "_sqlite3",  # an extension module
    "PySide6.QtCore",
]


def _original():
    feature = sys.modules[scan.FEATURE_MODULE]
    current = getattr(feature, scan.SCAN)
    return getattr(current, "original", current)


def test_the_cheaper_scan_answers_as_pyside6_does() -> None:
    original = _original()
    cheaper = scan.cheaper(original)
    for name in MODULES:
        module = importlib.import_module(name)
        assert cheaper(module) == original(module), name
    assert cheaper(importlib.import_module("opd_desktop.ui.main_window")) is True
    assert cheaper(json) is False


def test_a_module_without_a_readable_source_file_is_asked_the_binding_s_way(tmp_path) -> None:
    asked = []
    cheaper = scan.cheaper(lambda module: asked.append(module.__name__) or False)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.pyc")
    assert cheaper(gone) is False and cheaper(compiled) is False and cheaper(sys) is False
    assert asked == ["gone", "compiled", "sys"]


def test_it_is_swapped_in_once_and_only_where_the_hook_exists(monkeypatch) -> None:
    feature = types.ModuleType(scan.FEATURE_MODULE)

    def pysides_own(module) -> bool:
        return False

    feature._mod_uses_pyside = pysides_own
    monkeypatch.setitem(sys.modules, scan.FEATURE_MODULE, feature)
    assert scan.use_cheaper_scan() is True
    swapped = feature._mod_uses_pyside
    assert swapped.original is pysides_own
    assert scan.use_cheaper_scan() is True and feature._mod_uses_pyside is swapped  # not wrapped twice
    monkeypatch.setitem(sys.modules, scan.FEATURE_MODULE, types.ModuleType("no hook"))
    assert scan.use_cheaper_scan() is False
