"""The one forwarder: every subcommand of the parser, with a running app
(a real InstanceServer in this process) holding the data folder's lock.

A writing command must reach the app and never run here; a read-only one
runs here; restore and demo are refused. A new command is writing unless it
is declared otherwise, and the read-only list below is short on purpose:
adding to it is a decision a reviewer sees."""

from __future__ import annotations

import argparse
import os
import threading
from pathlib import Path

import pytest

from opd_desktop import cli
from opd_desktop.instance import forwarder
from opd_desktop.instance.client import Channel
from opd_desktop.instance.lock import FolderLock
from opd_desktop.services import reports
from opd_desktop.store.database import open_store
from opd_desktop.store.lending import lend
from opd_desktop.ui.handed_over import run_handed_over
from opd_desktop.ui.instance_server import InstanceServer

READ_ONLY_COMMANDS = {
    "reports",
    "show",
    "export",
    "verify",
    "passphrase",
    "install-desktop-entry",
    "due",
    "search",
}
REFUSED_WHILE_OPEN = {
    "restore": "Restore from the app's Backup menu, or close the app first",
    "demo": "close",
}
SECRET = "correct horse battery staple"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _sample_argv(name: str, parser: argparse.ArgumentParser) -> list[str]:
    """The command with a value for every required argument (choices: the first)."""
    argv = [name]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            first, sub = next(iter(action.choices.items()))
            return argv + _sample_argv(first, sub)
        if action.option_strings:
            if action.required:
                argv += [action.option_strings[0], "sample-out.pdf"]
        elif action.nargs not in ("?", "*"):
            argv.append(str(next(iter(action.choices))) if action.choices else "sample")
    return argv


def _all_commands() -> list[tuple[str, list[str]]]:
    parser, handlers = cli._parser()
    commands = _subparsers(parser)
    assert set(commands) == set(handlers), "every subcommand has a handler and vice versa"
    return [(name, _sample_argv(name, sub)) for name, sub in sorted(commands.items())]


def _in_thread(qtbot, work):
    """Run a blocking client call in a thread while this thread serves the app's events."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30000)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture
def fake_app(qtbot, data_dir: Path):
    """A running app as the forwarder sees it: the folder's lock and a real
    local server, which records what it is handed instead of applying it."""
    open_store(data_dir).close()
    handed: list[list[str]] = []

    def run_command(argv: list[str], cwd: str) -> tuple[int, str, str]:
        handed.append(argv)
        return 0, "handled by the app\n", ""

    lock = FolderLock(data_dir)
    assert lock.try_acquire()
    server = InstanceServer(data_dir, lambda: None, run_command)
    assert server.listen()
    yield handed
    server.close()
    lock.release()


def test_every_subcommand_goes_through_the_forwarder(qtbot, fake_app, data_dir, capsys, monkeypatch) -> None:
    monkeypatch.chdir(data_dir.parent)
    monkeypatch.setenv("XDG_DATA_HOME", str(data_dir.parent / "xdg"))  # read-only commands really run
    parser, _handlers = cli._parser()
    seen_read_only = set()
    for name, argv in _all_commands():
        full = ["--data-dir", str(data_dir), *argv]
        access = forwarder.access_of(parser.parse_args(full))
        fake_app.clear()
        capsys.readouterr()
        code = _in_thread(qtbot, lambda full=full: cli.main(full))
        out, err = capsys.readouterr()
        if access == forwarder.READ_ONLY:
            seen_read_only.add(name)
            assert fake_app == [], f"read-only 'opd {name}' runs here"
        elif access == forwarder.REFUSED_WHILE_OPEN:
            assert code == 1 and REFUSED_WHILE_OPEN[name] in err and fake_app == [], name
        else:
            assert fake_app and len(fake_app) == 1, (
                f"writing 'opd {name}' bypassed the forwarder: {code} {out!r} {err!r}"
            )
            assert code == 0 and out == "handled by the app\n", name
            handed = parser.parse_args(fake_app[0])
            assert handed.data_dir == str(data_dir)
            for dest in forwarder.path_dests(parser, handed):
                value = getattr(handed, dest)
                assert value is None or os.path.isabs(value), f"'opd {name}': {dest} made absolute"
    assert seen_read_only == READ_ONLY_COMMANDS, "the read-only list is short and explicit"


def test_writing_is_the_default_for_a_new_command() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("brand-new")
    assert forwarder.access_of(parser.parse_args(["brand-new"])) == forwarder.WRITING


def test_paths_are_made_absolute_and_names_are_left_alone(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    parser, _handlers = cli._parser()
    argv = ["import", "worksheet", "ws.pdf", "ws.pdf", "--data-dir", "data"]  # a report called "ws.pdf"
    args = parser.parse_args(argv)
    sent = forwarder.handed_over_argv(parser, args, argv, tmp_path / "data")
    handed = parser.parse_args(sent)
    assert handed.report == "ws.pdf" and handed.file == str(tmp_path / "ws.pdf")
    assert handed.data_dir == str(tmp_path / "data")
    argv = ["backup", "--output=~/kept.opdbackup"]
    sent = forwarder.handed_over_argv(parser, parser.parse_args(argv), argv, tmp_path / "d")
    handed = parser.parse_args(sent)
    assert handed.output == os.path.expanduser("~/kept.opdbackup") and handed.data_dir == str(tmp_path / "d")


def test_a_command_that_gave_up_is_never_applied(qtbot, data_dir: Path) -> None:
    data_dir.mkdir()
    ran: list[list[str]] = []
    server = InstanceServer(data_dir, lambda: None, lambda argv, cwd: (ran.append(argv), (0, "", ""))[1])
    assert server.listen()

    def accepted_then_gone():
        channel = Channel.open(data_dir)
        channel.send({"op": "run", "argv": ["add-report", "Late"], "cwd": "/"})
        answer = channel.receive(5)
        channel.close()  # gives up before saying "go"
        return answer

    assert _in_thread(qtbot, accepted_then_gone) == {"accepted": True}
    qtbot.waitUntil(lambda: not server._conversations, timeout=5000)
    assert _in_thread(qtbot, lambda: _ask(data_dir, {"op": "ping"}))["ok"]
    assert ran == []
    server.close()


def _ask(data_dir: Path, message: dict) -> dict | None:
    from opd_desktop.instance.client import ask

    return ask(data_dir, message, 5)


def test_lent_store_is_the_apps_own_and_stays_open(store) -> None:
    with lend(store):
        lent = open_store(store.data_dir)
        reports.add_report(lent, "Through the app")
        lent.close()
    assert "Through the app" in {r.name for r in reports.list_reports(store)}
    assert open_store(store.data_dir) is not store  # outside the hand-over: a store of its own


def test_a_handed_over_command_shows_in_the_window_at_once(qtbot, store, window_factory, tmp_path) -> None:
    window = window_factory(store)
    code, out, err = run_handed_over(
        store, ["--data-dir", str(store.data_dir), "add-report", "Łukasz Żółć"], str(tmp_path)
    )
    assert (code, err) == (0, "") and "Added Łukasz Żółć" in out
    qtbot.waitUntil(lambda: window.roster_model.row_of(_id(store, "Łukasz Żółć")) is not None, timeout=5000)
    assert not window.store_closed and store.execute("SELECT 1").fetchone() == (1,)  # still open


def test_a_handed_over_command_may_not_name_another_folder(store, tmp_path) -> None:
    other = tmp_path / "other"
    code, _out, err = run_handed_over(store, ["--data-dir", str(other), "add-report", "X"], str(tmp_path))
    assert code == 1 and "its own data folder only" in err and not other.exists()


def test_a_handed_over_backup_uses_the_apps_passphrase_and_says_so(
    qtbot, store, window_factory, tmp_path, no_keyring
) -> None:
    window = window_factory(store)
    argv = ["--data-dir", str(store.data_dir), "backup", "-o", str(tmp_path / "b.opdbackup")]
    code, _out, err = run_handed_over(store, argv, str(tmp_path), window.backups.app_passphrase)
    assert code == 1 and "has no backup passphrase yet" in err and not (tmp_path / "b.opdbackup").exists()
    window.backups.session_passphrase = SECRET
    code, out, err = run_handed_over(store, argv, str(tmp_path), window.backups.app_passphrase)
    assert code == 0, err
    assert "made the backup with its passphrase (the one it holds for this session)" in out
    assert (tmp_path / "b.opdbackup").exists()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=5000)


def _id(store, name: str) -> int | None:
    found = [r.id for r in reports.list_reports(store) if r.name == name]
    return found[0] if found else None


def test_data_dir_before_the_command_is_kept() -> None:
    parser, _handlers = cli._parser()
    assert parser.parse_args(["--data-dir", "X", "reports"]).data_dir == "X"
    assert parser.parse_args(["reports", "--data-dir", "Y"]).data_dir == "Y"
    assert getattr(parser.parse_args(["reports"]), "data_dir", None) is None


def test_the_apps_own_restore_holds_the_lock_throughout(
    qtbot, data_dir, tmp_path, window_factory, memory_keyring, monkeypatch
) -> None:
    from opd_desktop.instance.lock import is_locked
    from opd_desktop.services.backup import backups

    store = open_store(data_dir)
    reports.add_report(store, "In the backup")
    made = backups.create_backup(store, tmp_path, SECRET).path
    reports.add_report(store, "After the backup")
    app_lock = FolderLock(data_dir)  # what opd-desktop's main holds for its whole run
    assert app_lock.try_acquire()
    window = window_factory(store)
    window.backups.session_passphrase = SECRET
    locked_at_steps: list[tuple[str, bool]] = []
    # the window restores what it has already decrypted once (restore_image), on a worker
    real_restore = backups.restore_image

    def watched_restore(folder, manifest, image, checkpoint=None):
        return real_restore(
            folder, manifest, image, lambda step: locked_at_steps.append((step, is_locked(folder)))
        )

    monkeypatch.setattr(backups, "restore_image", watched_restore)
    reopened: list[str] = []
    window.reopen_requested.connect(reopened.append)
    assert window.backups.restore_from(made, confirm=lambda _text: True)
    qtbot.waitUntil(lambda: bool(reopened), timeout=10000)
    assert "Restored the backup" in reopened[0]
    assert [step for step, _ in locked_at_steps] == [
        "verified",
        "copied",
        "written",
        "side-files-removed",
        "swapped",
    ]
    assert all(locked for _, locked in locked_at_steps) and app_lock.held and is_locked(data_dir)
    app_lock.release()


def test_a_file_named_relative_to_the_terminal_is_found_by_the_app(
    qtbot, store, window_factory, tmp_path
) -> None:
    # `opd import roster team.csv` names its file in the REPORT position; the import
    # parser declares it a path, and the app also runs the command in the terminal's folder.
    window = window_factory(store)
    terminal = tmp_path / "terminal"
    terminal.mkdir()
    (terminal / "team.csv").write_text("name,role\nŞükrü Öz,Engineer\n", encoding="utf-8")
    before = os.getcwd()
    code, out, err = run_handed_over(
        store, ["--data-dir", str(store.data_dir), "import", "roster", "team.csv"], str(terminal)
    )
    assert code == 0, err
    assert "Added 1 report" in out and os.getcwd() == before
    qtbot.waitUntil(lambda: window.roster_model.row_of(_id(store, "Şükrü Öz")) is not None, timeout=5000)


def test_the_folder_id_stays_with_its_folder_in_a_json_export(store) -> None:
    from opd_desktop.services.backup import schedule
    from opd_desktop.services.json_export import export_document

    schedule.folder_id(store)
    exported = export_document(store)
    keys = {row["key"] for row in exported["tables"]["meta"]}
    assert "folder_id" not in keys


def test_an_import_file_in_the_report_position_is_made_absolute(tmp_path, monkeypatch) -> None:
    from opd_desktop.instance.forwarder import handed_over_argv

    monkeypatch.chdir(tmp_path)
    parser, _handlers = cli._parser()
    for kind in ("roster", "json", "report"):
        argv = ["import", kind, "team.csv"]
        sent = handed_over_argv(parser, parser.parse_args(argv), argv, tmp_path / "data")
        assert str(tmp_path / "team.csv") in sent, sent
    argv = ["import", "worksheet", "Zoë", "sheet.pdf"]
    sent = handed_over_argv(parser, parser.parse_args(argv), argv, tmp_path / "data")
    assert "Zoë" in sent and str(tmp_path / "sheet.pdf") in sent
