"""One running Locator per vault: a second start brings the first to the front.

The hold is the core's (:func:`locator.storage.instance.window_lock`): on the vault's
real file, whatever name it was given by (a symlink, a hard link, a linked folder), and
honoured by the command line. A local socket, named from the file's identity, lets the
second start ask the first to show itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from locator.storage.errors import VaultInUse
from locator.storage.files import private_folder
from locator.storage.instance import InstanceLock, instance_name, window_lock

_MESSAGE = b"show"
WAIT_S = 0.5  # for a command line still writing to the vault


class SingleInstance(QObject):
    """``acquired`` is True for the first instance; later ones only wake it up."""

    def __init__(self, vault_path: Path, on_show: Callable[[], None]) -> None:
        super().__init__()
        self.name = instance_name(vault_path)
        self.server: QLocalServer | None = None
        self._on_show = on_show
        private_folder(vault_path.parent)  # a new folder for the vault: 0700
        self.held: InstanceLock | None
        try:
            self.held = window_lock(vault_path, wait=WAIT_S)
        except VaultInUse:
            self.held = None
        self.acquired = self.held is not None
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
        if self.held is not None:
            self.held.release()
            self.held = None
