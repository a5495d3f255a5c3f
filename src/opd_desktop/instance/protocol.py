"""What the running app and a second start or an `opd` command say to each
other over the local socket (plain Python, no Qt).

Every message is one frame: a 4-byte big-endian length, then UTF-8 JSON.

- `{"op": "ping"}` → `{"ok": true, "pid": …}` (tests wait for this).
- `{"op": "raise"}` → `{"ok": true}`: a second `opd-desktop` on the folder;
  the app brings its window to the front.
- `{"op": "run", "argv": […], "cwd": "…"}` → `{"accepted": true}`, then the
  command waits for `{"go": true}` before it runs anything and answers
  `{"code": n, "stdout": "…", "stderr": "…"}`. The command only says "go"
  while it is still waiting (within ANSWER_TIMEOUT), so a command that gave
  up can never be applied later by an app that was stuck: nothing changed
  means nothing changed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ANSWER_TIMEOUT = 5.0  # seconds a command waits for the app to accept it
GO_TIMEOUT_MS = 5000  # the app drops a request whose "go" does not follow
RESULT_TIMEOUT = 600.0  # once accepted, how long a command waits for its result
MAX_FRAME = 16 * 1024 * 1024

NO_ANSWER = "OPD Desktop has this folder open and did not answer; close it or try again"


def server_name(data_dir: Path) -> str:
    """The local server of the app holding `data_dir`: per user, from the
    folder's real path. On Linux and macOS an absolute socket path in the temp
    folder (so a command can check who owns it), on Windows a pipe name."""
    import hashlib  # OpenSSL's start-up (5-17 ms): paid after the app's first paint, when it listens
    import tempfile  # only when a command meets a held folder: kept off every command's start

    real = os.path.realpath(data_dir)
    digest = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import getpass

        user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:8]
        return f"opd-desktop-{user}-{digest}"
    return str(Path(tempfile.gettempdir()) / f"opd-desktop-{os.getuid()}-{digest}")


def socket_is_ours(name: str) -> bool:
    """On Linux and macOS: the socket exists and belongs to this user (another
    user's socket squatting the name is never talked to)."""
    if sys.platform == "win32":  # pragma: no cover - pipes are checked by Windows
        return True
    import stat

    try:
        info = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def encode(message: dict[str, Any]) -> bytes:
    import json  # when a message is sent: not on the way to the first window (the claim reads constants)

    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return len(body).to_bytes(4, "big") + body  # a big-endian 32-bit length, then the JSON


class FrameReader:
    """Collects bytes as they arrive and hands out complete messages."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        import json

        self.buffer += data
        messages: list[dict[str, Any]] = []
        while len(self.buffer) >= 4:
            length = int.from_bytes(self.buffer[:4], "big")
            if length > MAX_FRAME:
                raise ValueError("frame too large")
            if len(self.buffer) < 4 + length:
                break
            body = bytes(self.buffer[4 : 4 + length])
            del self.buffer[: 4 + length]
            message = json.loads(body.decode("utf-8"))
            if not isinstance(message, dict):
                raise ValueError("a message must be a JSON object")
            messages.append(message)
        return messages
