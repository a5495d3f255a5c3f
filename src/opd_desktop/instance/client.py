"""Talking to the app that holds a data folder, from a second start or an
`opd` command (QLocalSocket in blocking mode; no event loop needed)."""

from __future__ import annotations

import logging
import time
from typing import Any

from opd_desktop.instance.protocol import FrameReader, encode, server_name, socket_is_ours

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000


class Channel:
    """One connection to the app."""

    def __init__(self, socket) -> None:
        self.socket = socket
        self.reader = FrameReader()
        self.pending: list[dict[str, Any]] = []

    @classmethod
    def open(cls, data_dir) -> Channel | None:
        """Connect to the app holding `data_dir`; None when no app listens."""
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(data_dir)
        if not socket_is_ours(name):
            return None
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.abort()
            return None
        return cls(socket)

    def send(self, message: dict[str, Any]) -> bool:
        data = encode(message)
        written = 0
        while written < len(data):
            count = self.socket.write(data[written:])
            if count < 0:
                return False
            written += count
        return self.socket.waitForBytesWritten(CONNECT_TIMEOUT_MS) or self.socket.bytesToWrite() == 0

    def receive(self, timeout: float) -> dict[str, Any] | None:
        """The next message, or None when none came within `timeout` seconds
        or the app closed the connection."""
        deadline = time.monotonic() + timeout
        while not self.pending:
            available = bytes(self.socket.readAll().data())
            if available:
                try:
                    self.pending += self.reader.feed(available)
                except ValueError:
                    log.warning("the app sent a message that cannot be read")
                    return None
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            from PySide6.QtNetwork import QLocalSocket

            if self.socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                return None
            self.socket.waitForReadyRead(max(1, min(int(remaining * 1000), 200)))
        return self.pending.pop(0)

    def close(self) -> None:
        self.socket.abort()


def ask(data_dir, message: dict[str, Any], timeout: float) -> dict[str, Any] | None:
    """Send one message and wait for one answer; None when there is no app or
    it did not answer in time."""
    channel = Channel.open(data_dir)
    if channel is None:
        return None
    try:
        if not channel.send(message):
            return None
        return channel.receive(timeout)
    finally:
        channel.close()
