"""What every screen of a report needs, passed as one object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from opd_desktop.store.database import Store
from opd_desktop.ui.actions import Actions
from opd_desktop.ui.autosave import Autosaver
from opd_desktop.ui.changes import ChangeBus

if TYPE_CHECKING:
    from opd_desktop.core.guides import GuideSet  # the guides are read after the first paint


@dataclass(frozen=True)
class ScreenContext:
    store: Store
    guides: GuideSet
    autosaver: Autosaver
    on_error: Callable[[str], None]  # shows a message the user can act on
    actions: Actions  # runs every user action that changes data (ui/actions.py)
    changes: ChangeBus  # pages subscribe here to the topics they show (ui/changes.py)
