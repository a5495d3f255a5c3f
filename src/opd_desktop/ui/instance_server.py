"""The running app's side of the local socket: a second start asks it to come
to the front; an `opd` command hands it a writing command to apply.

See `opd_desktop.instance.protocol` for the messages. Requests are handled on
the UI thread, between other events, so a command applies to the same store
the windows show and their refresh is queued before the answer goes out."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from opd_desktop.instance.protocol import GO_TIMEOUT_MS, FrameReader, encode, server_name

log = logging.getLogger(__name__)

RunCommand = Callable[[list[str], str], tuple[int, str, str]]  # argv, cwd -> code, stdout, stderr


class InstanceServer(QObject):
    def __init__(
        self, data_dir: Path, on_raise: Callable[[], None], run_command: RunCommand, parent=None
    ) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.on_raise = on_raise
        self.run_command = run_command
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._conversations: set[_Conversation] = set()

    def listen(self) -> bool:
        """Start answering. Only the holder of the folder's lock calls this, so
        a socket left behind by a killed app can safely be removed first."""
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):
            log.warning("cannot listen on the local socket: %s", self.server.errorString())
            return False
        log.info("listening for second starts and opd commands")
        return True

    def close(self) -> None:
        """Stop answering and end every open conversation now, with its socket's
        signals blocked: a socket torn down later, while this object is being
        deleted, must not call back into a half-deleted conversation."""
        self.server.close()
        for conversation in list(self._conversations):
            conversation.end()
        self._conversations.clear()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            conversation = _Conversation(socket, self)
            self._conversations.add(conversation)
            socket.disconnected.connect(lambda c=conversation: self._conversations.discard(c))


class _Conversation(QObject):
    """One connection: a ping, a raise, or a command (accepted, go, result)."""

    def __init__(self, socket: QLocalSocket, owner: InstanceServer) -> None:
        super().__init__(owner)
        self.socket = socket
        self.owner = owner
        self.reader = FrameReader()
        self.request: dict | None = None
        self.go_timer = QTimer(self)
        self.go_timer.setSingleShot(True)
        self.go_timer.timeout.connect(self._drop)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._closed)
        if socket.bytesAvailable():
            QTimer.singleShot(0, self._read)

    def _send(self, message: dict) -> None:
        if self.socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.socket.write(encode(message))
            self.socket.flush()

    def _read(self) -> None:
        try:
            messages = self.reader.feed(bytes(self.socket.readAll().data()))
        except ValueError:
            log.warning("ignored an unreadable message on the local socket")
            self._drop()
            return
        for message in messages:
            self._handle(message)

    def _handle(self, message: dict) -> None:
        if self.request is not None:  # waiting for "go"
            if message.get("go") is True:
                self.go_timer.stop()
                request, self.request = self.request, None
                QTimer.singleShot(0, lambda: self._run(request))
            return
        op = message.get("op")
        if op == "ping":
            self._send({"ok": True, "pid": os.getpid()})
        elif op == "raise":
            log.info("a second start asked for the window")
            self.owner.on_raise()
            self._send({"ok": True})
        elif op == "run" and isinstance(message.get("argv"), list):
            self.request = message
            self._send({"accepted": True})
            self.go_timer.start(GO_TIMEOUT_MS)
        else:
            self._send({"error": "unknown request"})

    def _run(self, request: dict) -> None:
        if self.socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            log.info("a handed-over command gave up before it ran; nothing applied")
            return
        argv = [str(token) for token in request["argv"]]
        code, out, err = self.owner.run_command(argv, str(request.get("cwd") or os.getcwd()))
        # the windows' refreshes were queued by the store's change notification: they run first
        QTimer.singleShot(0, lambda: self._send({"code": code, "stdout": out, "stderr": err}))

    def end(self) -> None:
        self.request = None  # a command not yet told "go" is never applied
        self.go_timer.stop()
        self.socket.blockSignals(True)
        self.socket.abort()

    def _drop(self) -> None:
        self.request = None
        self.socket.abort()

    def _closed(self) -> None:
        self.request = None  # a command that gave up is never applied
        self.go_timer.stop()
        self.socket.deleteLater()
        self.deleteLater()
