"""Restore a backup in a subprocess and kill -9 it at the named step.

Usage: python restore_until.py DATA_DIR BACKUP PASSPHRASE STEP
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from opd_desktop.services.backup.backups import restore


def main() -> None:
    data_dir, backup, secret, step = sys.argv[1:5]

    def checkpoint(name: str) -> None:
        print(name, flush=True)
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    restore(Path(data_dir), Path(backup), secret, checkpoint)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
