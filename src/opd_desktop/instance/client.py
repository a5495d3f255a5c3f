"""Talking to the app that holds a data folder, from a second start or an
`opd` command. Blocking, no event loop needed.

On Linux and macOS the app's `QLocalServer` listens on a Unix domain socket
at an absolute path, which plain Python sockets reach: a command does not
load Qt to talk to the app. On Windows the server is a named pipe, reached
with `QLocalSocket`."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from opd_desktop.instance.protocol import FrameReader, encode, server_name, socket_is_ours

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 1.0


class Channel:
    """One connection to the app."""

    def __init__(self, transport) -> None:
        self.transport = transport
        self.reader = FrameReader()
        self.pending: list[dict[str, Any]] = []

    @classmethod
    def open(cls, data_dir) -> Channel | None:
        """Connect to the app holding `data_dir`; None when no app listens."""
        name = server_name(data_dir)
        if not socket_is_ours(name):
            return None
        transport = _PipeTransport.connect(name) if sys.platform == "win32" else _UnixTransport.connect(name)
        return cls(transport) if transport is not None else None

    def send(self, message: dict[str, Any]) -> bool:
        return self.transport.send(encode(message))

    def receive(self, timeout: float) -> dict[str, Any] | None:
        """The next message, or None when none came within `timeout` seconds
        or the app closed the connection."""
        deadline = time.monotonic() + timeout
        while not self.pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            data = self.transport.read(remaining)
            if data is None:  # closed
                return None
            try:
                self.pending += self.reader.feed(data)
            except ValueError:
                log.warning("the app sent a message that cannot be read")
                return None
        return self.pending.pop(0)

    def close(self) -> None:
        self.transport.close()


class _UnixTransport:
    def __init__(self, sock) -> None:
        self.sock = sock

    @classmethod
    def connect(cls, path: str) -> _UnixTransport | None:
        import socket

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(CONNECT_TIMEOUT)
        try:
            sock.connect(path)
        except OSError:
            sock.close()
            return None
        return cls(sock)

    def send(self, data: bytes) -> bool:
        try:
            self.sock.settimeout(CONNECT_TIMEOUT)
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def read(self, timeout: float) -> bytes | None:
        """Some bytes; b"" when none came in `timeout`; None when closed."""

        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return b""
        except OSError:
            return None
        return data or None

    def close(self) -> None:
        self.sock.close()


class _PipeTransport:  # pragma: no cover - Windows only
    def __init__(self, socket) -> None:
        self.socket = socket

    @classmethod
    def connect(cls, name: str) -> _PipeTransport | None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(int(CONNECT_TIMEOUT * 1000)):
            socket.abort()
            return None
        return cls(socket)

    def send(self, data: bytes) -> bool:
        if self.socket.write(data) < 0:
            return False
        return self.socket.waitForBytesWritten(int(CONNECT_TIMEOUT * 1000)) or self.socket.bytesToWrite() == 0

    def read(self, timeout: float) -> bytes | None:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = bytes(self.socket.readAll().data())
            if data:
                return data
            if self.socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                return None
            self.socket.waitForReadyRead(20)  # short: Qt keeps the GIL while it waits
            time.sleep(0)
        return b""

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
