"""What every screen of a report needs, passed as one object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from opd_desktop.core.guides import GuideSet
from opd_desktop.store.database import Store
from opd_desktop.ui.autosave import Autosaver


@dataclass(frozen=True)
class ScreenContext:
    store: Store
    guides: GuideSet
    autosaver: Autosaver
    on_error: Callable[[str], None]  # shows a message the user can act on
