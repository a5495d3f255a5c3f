"""`opd-desktop`'s command line: --data-dir DIR, --smoke, --self-test, --version, --help.

A start with only the flags a launcher or a test passes (none at all, usually)
is read directly; anything else (--help, --version, an abbreviation, a mistake)
goes to argparse, which answers, explains or refuses as it always has. argparse
and the gettext lookups behind its messages cost ~5 ms on the way to the first
window, where they decide nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from opd_desktop import APP_NAME, DISTRIBUTION, __version__

DATA_DIR = "--data-dir"
FLAGS = {"--smoke": "smoke", "--self-test": "self_test"}


class LaunchOptions(NamedTuple):  # not a dataclass: one less exec()-built class before the window
    data_dir: str | None = None
    smoke: bool = False
    self_test: bool = False


def parse(argv: Sequence[str]) -> LaunchOptions:
    return _plain(argv) or _with_argparse(argv)


def _plain(argv: Sequence[str]) -> LaunchOptions | None:
    """The options when every argument is spelled out in full, else None (argparse decides)."""
    found: dict[str, object] = {}
    remaining = list(argv)
    while remaining:
        argument = remaining.pop(0)
        if argument in FLAGS:
            found[FLAGS[argument]] = True
        elif argument.startswith(DATA_DIR + "="):
            found["data_dir"] = argument.partition("=")[2]
        elif argument == DATA_DIR and remaining and not remaining[0].startswith("-"):
            found["data_dir"] = remaining.pop(0)
        else:
            return None
    return LaunchOptions(**found)  # type: ignore[arg-type]


def _with_argparse(argv: Sequence[str]) -> LaunchOptions:
    import argparse

    parser = argparse.ArgumentParser(prog="opd-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument(
        DATA_DIR,
        metavar="DIR",
        help="data folder (default: OPD_DATA_DIR or the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"{DISTRIBUTION} {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="a real start and nothing more: open the main window, paint it with the data, then exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="--smoke, then check what a frozen bundle needs: an agenda PDF with its fonts",
    )
    args = parser.parse_args(list(argv))
    return LaunchOptions(data_dir=args.data_dir, smoke=args.smoke, self_test=args.self_test)
