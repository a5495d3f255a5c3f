"""A cheaper way for PySide6 to ask "does this module use PySide6?".

Once shiboken6 is loaded it replaces `builtins.__import__` with a hook that,
the first time each module name is imported, records whether the module's
source mentions "PySide6" (for its opt-in `from __feature__ import …`). It
finds out with `inspect.getsource(module)`, which resolves the module through
every entry of `sys.modules` and reads the file through linecache: ~0.1 ms a
module, ~10 ms over the ~100 modules the app imports on the way to its first
window (a bare PySide6 window imports almost none after PySide6 and does not
pay it).

`use_cheaper_scan()` keeps the hook and its answer: a module with a readable
.py file has that file searched for the same text directly; any other module
(built-in, extension, compiled only, from an archive) is still asked PySide6's
own way. When the binding no longer has the hook (another PySide6 version),
nothing is changed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"
SCAN = "_mod_uses_pyside"


def source_mentions_pyside(module: ModuleType) -> bool | None:
    """Whether the module's .py file contains "PySide6"; None when it has no readable .py file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return None


def cheaper(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's scan, reading a module's .py file directly when it has one."""

    def uses_pyside(module: ModuleType) -> bool:
        found = source_mentions_pyside(module)
        return original(module) if found is None else found

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def use_cheaper_scan() -> bool:
    """Swap PySide6's per-module scan for the cheaper one; True when it was there to swap."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, SCAN, None)
    if not callable(original):
        return False
    if not hasattr(original, "original"):  # swapped once only
        setattr(feature, SCAN, cheaper(original))
    return True
