"""The `opd backup`, `verify`, `restore` and `passphrase` commands. The
passphrase comes from the keyring, from OPD_BACKUP_PASSPHRASE, or a prompt."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from opd_desktop.errors import OpdError
from opd_desktop.instance.forwarder import read_only, refused_while_open
from opd_desktop.paths import resolve_data_dir
from opd_desktop.services.backup import passphrase as secrets


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise OpdError(
            f"No backup passphrase available: set {secrets.ENV_VAR} or store one with "
            "'opd passphrase set' (needs a working keyring)."
        )
    return getpass.getpass(prompt)


def _passphrase(data_dir: Path, *, new: bool = False) -> str:
    found = secrets.stored(data_dir) or secrets.from_environment()
    if found:
        return found
    if not new:
        return _ask("Backup passphrase: ")
    first = _ask(f"Choose a backup passphrase (at least {secrets.MIN_LENGTH} characters): ")
    secrets.check_new(first, _ask("Type it again: "))
    if secrets.store_passphrase(data_dir, first):
        print("The passphrase is kept in your keyring for the next backups.")
    else:
        print(
            "No keyring is available here: you will be asked for the passphrase each time.", file=sys.stderr
        )
    return first


def _app_passphrase(store) -> str | None:
    """When the running app applies this command (handed over), its own
    passphrase source: the keyring, or the passphrase it holds this session."""
    source = getattr(store, "app_passphrase", None)
    if source is None:
        return None
    found = source()
    if found is None:
        raise OpdError(
            "OPD Desktop has this folder open and has no backup passphrase yet: set one in its "
            "Backup settings (or back up from its Backup menu), then try again."
        )
    secret, origin = found
    print(f"OPD Desktop has this folder open, so it made the backup with its passphrase ({origin}).")
    return secret


def backup(args: argparse.Namespace) -> int:
    from opd_desktop.services.backup import schedule
    from opd_desktop.services.backup.backups import create_backup
    from opd_desktop.store.database import open_store

    store = open_store(args.data_dir)
    try:
        secret = _app_passphrase(store) or _passphrase(store.data_dir, new=True)
        if args.output:
            info = create_backup(store, Path(args.output), secret)
            schedule.record_success(store, info)
        else:
            info = schedule.run_backup(store, secret)
    finally:
        store.close()
    print(f"Backup written and verified: {info.path} ({info.size / 1e6:.1f} MB; {info.manifest.describe()}).")
    return 0


def verify(args: argparse.Namespace) -> int:
    from opd_desktop.services.backup.backups import verify_backup

    manifest = verify_backup(Path(args.file), _passphrase(resolve_data_dir(args.data_dir)))
    print(f"OK: {Path(args.file).name} can be restored; {manifest.describe()}.")
    return 0


def restore(args: argparse.Namespace) -> int:
    from opd_desktop.services.backup.backups import read_backup
    from opd_desktop.services.backup.backups import restore as restore_backup

    data_dir = resolve_data_dir(args.data_dir)
    secret = _passphrase(data_dir)
    manifest, _image = read_backup(Path(args.file), secret)
    print(f"This backup was {manifest.describe()}.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise OpdError("Add --yes to restore without a question.")
        if input(
            f"Replace the data in {data_dir} with it? The current data is kept as a copy. [y/N] "
        ).strip().lower() not in ("y", "yes"):
            print("Nothing changed.")
            return 0
    result = restore_backup(data_dir, Path(args.file), secret)
    kept = f" The previous data is kept in {result.pre_restore_copy}." if result.pre_restore_copy else ""
    print(f"Restored.{kept}")
    return 0


def passphrase(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if args.action == "status":
        where = "kept in the keyring" if secrets.stored(data_dir) else "not in the keyring"
        keyring_state = "a keyring is available" if secrets.keyring_available() else "no keyring is available"
        print(f"The backup passphrase is {where}; {keyring_state}.")
        return 0
    if args.action == "forget":
        secrets.forget(data_dir)
        print("The passphrase has been removed from the keyring.")
        return 0
    first = _ask(f"New backup passphrase (at least {secrets.MIN_LENGTH} characters): ")
    secrets.check_new(first, _ask("Type it again: "))
    if not secrets.store_passphrase(data_dir, first):
        raise OpdError(
            "No keyring is available here, so the passphrase cannot be kept; "
            f"use {secrets.ENV_VAR} or type it when asked."
        )
    print("The passphrase is kept in your keyring.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    backup_parser = commands.add_parser("backup", parents=[common], help="write an encrypted backup")
    backup_parser.add_argument(
        "-o", "--output", metavar="FILE", help="file or folder (default: the backup folder)"
    )
    verify_parser = read_only(
        commands.add_parser("verify", parents=[common], help="check that a backup can be restored")
    )
    verify_parser.add_argument("file", metavar="FILE")
    restore_parser = refused_while_open(
        commands.add_parser("restore", parents=[common], help="replace the data with a backup"),
        "Restore from the app's Backup menu, or close the app first.",
    )
    restore_parser.add_argument("file", metavar="FILE")
    restore_parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    passphrase_parser = read_only(  # the keyring, never the data folder
        commands.add_parser(
            "passphrase", parents=[common], help="set the backup passphrase kept in the keyring"
        )
    )
    passphrase_parser.add_argument("action", choices=["set", "forget", "status"])
    return {"backup": backup, "verify": verify, "restore": restore, "passphrase": passphrase}
