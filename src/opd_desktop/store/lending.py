"""The running app lends its open store to a command it was handed.

While OPD Desktop applies a forwarded `opd` command, `open_store()` for its
data folder returns the app's own store (wrapped so that `close()` leaves it
open): every write goes through the app's connection and transaction, and
the app's windows hear about it at once. The app also lends its backup
passphrase source, so a forwarded `opd backup` never asks the terminal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opd_desktop.store.database import Store

# () -> (passphrase, where it comes from) or None when the app has none
PassphraseSource = Callable[[], "tuple[str, str] | None"]


class LentStore:
    """The app's store as a handed-over command sees it."""

    lent = True

    def __init__(self, store: Store, passphrase: PassphraseSource | None = None) -> None:
        self._store = store
        self.app_passphrase = passphrase

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def close(self) -> None:
        """The app keeps its store open."""


_lent: dict[str, LentStore] = {}


def _key(folder: str | os.PathLike[str]) -> str:
    return os.path.realpath(folder)


@contextlib.contextmanager
def lend(store: Store, passphrase: PassphraseSource | None = None) -> Iterator[LentStore]:
    key = _key(store.data_dir)
    lent = LentStore(store, passphrase)
    previous = _lent.get(key)
    _lent[key] = lent
    try:
        yield lent
    finally:
        if previous is None:
            _lent.pop(key, None)
        else:
            _lent[key] = previous


def lending_now() -> bool:
    """Whether this process is the app applying a handed-over command."""
    return bool(_lent)


def borrowed(folder: str | os.PathLike[str] | Path) -> LentStore | None:
    """The app's store when this process is the app applying a handed-over
    command for `folder`; None otherwise."""
    return _lent.get(_key(folder)) if _lent else None
