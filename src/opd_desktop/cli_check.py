"""`opd check`: the full database check, with a plain summary.
Exit 0 when healthy, 1 when not."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from opd_desktop.paths import resolve_data_dir
from opd_desktop.store.database import database_path
from opd_desktop.store.errors import StoreError


def check(args: argparse.Namespace) -> int:
    from opd_desktop.services import checks
    from opd_desktop.store.database import open_store

    folder = resolve_data_dir(args.data_dir)
    path = database_path(folder)
    if not path.exists() or path.stat().st_size == 0:
        print(f"There is no database in {folder} yet; nothing to check.")
        return 0
    try:
        store = open_store(folder)
    except StoreError as exc:  # refused at the start-up check: damaged, foreign -wal, newer …
        print(f"Checked {path}.")
        print(f"Not healthy: {exc}")
        return 1
    try:
        if args.rebuild_search_index:
            checks.rebuild_search_index(store)
            print("The search index was rebuilt from the notes.")
        report = checks.check_and_record(store)
    finally:
        store.close()
    print(f"Checked {path} ({path.stat().st_size / 1e6:.1f} MB).")
    for line in report.lines():
        print(line)
    return 0 if report.healthy else 1


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    parser = commands.add_parser(
        "check", parents=[common], help="check the database and its search index (exit 1 if not healthy)"
    )
    parser.add_argument(
        "--rebuild-search-index",
        action="store_true",
        help="rebuild the full-text search index from the notes first",
    )
    return {"check": check}
