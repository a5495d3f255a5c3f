"""The cycle collector is paused while the app starts and resumed once; a
collector someone else turned off stays off."""

from __future__ import annotations

import gc

from opd_desktop.startup_gc import PausedCollection


def test_paused_then_resumed_once() -> None:
    assert gc.isenabled()
    paused = PausedCollection()
    try:
        assert not gc.isenabled()
        paused.resume()
        assert gc.isenabled()
        gc.disable()
        paused.resume()  # a second resume changes nothing
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        paused = PausedCollection()
        paused.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
