"""One running Locator per vault: a second start brings the first to the front.

A lock file beside the vault (it holds only a process id and host name) says
the vault is in use; a local socket, named from the vault's path, lets the
second start ask the first to show itself.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from locator.storage.files import private_folder

_MESSAGE = b"show"


def _server_name(vault_path: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}:{vault_path.resolve()}".encode()).hexdigest()
    return f"locator-{digest[:24]}"


class SingleInstance(QObject):
    """``acquired`` is True for the first instance; later ones only wake it up."""

    def __init__(self, vault_path: Path, on_show: Callable[[], None]) -> None:
        super().__init__()
        self.name = _server_name(vault_path)
        self.lock = QLockFile(str(vault_path.with_name(f".{vault_path.name}.lock")))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale
        self.server: QLocalServer | None = None
        self._on_show = on_show
        private_folder(vault_path.parent)  # a new folder for the vault: 0700
        self.acquired = self.lock.tryLock(200)
        if self.acquired:
            QLocalServer.removeServer(self.name)  # a crashed instance may have left it
            self.server = QLocalServer(self)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._wake)
            self.server.listen(self.name)
        else:
            self.woke_other = self._ask_other_to_show()

    def _wake(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.waitForReadyRead(500)
        if bytes(socket.readAll().data()) == _MESSAGE:
            self._on_show()
        socket.disconnectFromServer()
        socket.deleteLater()

    def _ask_other_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(_MESSAGE)
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.acquired:
            self.lock.unlock()
