"""How `opd-desktop` takes its data folder: the folder's lock, or, when
another OPD Desktop already holds it, a request that brings that window to
the front (this start then opens no window and exits 0)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import NamedTuple

from opd_desktop.instance.lock import FolderLock
from opd_desktop.instance.protocol import ANSWER_TIMEOUT, NO_ANSWER

WAIT_FOR_COMMAND = 30.0  # an `opd` command holds the lock: how long a start waits for it
POLL_INTERVAL = 0.1


class Claim(NamedTuple):  # not a dataclass: no exec()-built methods on the way to the window
    lock: FolderLock | None  # held: this start is the folder's writer
    handed_over: bool = False  # the running app came to the front
    problem: str = ""  # neither: what to tell the person


def claim_folder(data_dir: Path, wait_for_command: float = WAIT_FOR_COMMAND) -> Claim:
    from opd_desktop.instance.client import Channel

    lock = FolderLock(data_dir)
    give_up_at = time.monotonic() + wait_for_command
    while True:
        try:
            if lock.try_acquire():
                return Claim(lock)
        except OSError as exc:
            return Claim(None, problem=f"Cannot use the data folder {data_dir}: {exc.strerror or exc}.")
        channel = Channel.open(data_dir)
        if channel is not None:
            try:
                answer = channel.receive(ANSWER_TIMEOUT) if channel.send({"op": "raise"}) else None
            finally:
                channel.close()
            if answer and answer.get("ok"):
                return Claim(None, handed_over=True)
            return Claim(None, problem=f"{NO_ANSWER}.")
        if time.monotonic() > give_up_at:
            return Claim(
                None,
                problem=f"An opd command is still writing to {data_dir}; try again when it has finished.",
            )
        time.sleep(POLL_INTERVAL)
