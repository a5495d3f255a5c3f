"""`opd-desktop`'s options: a start with the usual flags is read without argparse,
and reads exactly what argparse reads; anything else is argparse's to answer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from opd_desktop import launch_options
from opd_desktop.launch_options import LaunchOptions, parse

PLAIN = [
    [],
    ["--smoke"],
    ["--self-test"],
    ["--data-dir", "/tmp/Zoë data"],
    ["--data-dir=/tmp/data", "--smoke"],
    ["--smoke", "--data-dir", "relative", "--self-test"],
    ["--data-dir", "first", "--data-dir", "second"],
    ["--data-dir="],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_the_usual_flags_are_read_as_argparse_reads_them(argv: list[str]) -> None:
    assert launch_options._plain(argv) is not None  # no argparse on the way to the window
    assert parse(argv) == launch_options._with_argparse(argv)


def test_what_they_say() -> None:
    assert parse([]) == LaunchOptions(data_dir=None, smoke=False, self_test=False)
    assert parse(["--data-dir", "d", "--smoke"]) == LaunchOptions(data_dir="d", smoke=True)


@pytest.mark.parametrize(
    "argv",
    [["--smo"], ["--data-dir"], ["--data-dir", "--smoke"], ["--", "x"], ["extra"], ["--help"], ["--version"]],
)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert launch_options._plain(argv) is None


def test_an_abbreviation_means_what_it_always_meant() -> None:
    assert parse(["--smo", "--data-d", "x"]) == LaunchOptions(data_dir="x", smoke=True)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [(["--data-dir"], "expected one argument"), (["--nonsense"], "unrecognized arguments: --nonsense")],
)
def test_a_mistake_gets_argparse_s_message_and_exit_2(argv: list[str], expected: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "opd_desktop", *argv], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_help_lists_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "opd_desktop", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for option in ("--data-dir DIR", "--smoke", "--self-test", "--version"):
        assert option in result.stdout
