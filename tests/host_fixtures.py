"""Small hosts for features tested without the whole main window, and typed look-ups
(Qt's finds may return None; these assert they found something)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

if TYPE_CHECKING:
    from locator.storage.vault import Vault
    from ui.main_window import MainWindow

T = TypeVar("T", bound=QObject)
W = TypeVar("W", bound=QWidget)


class MenuWindow(QMainWindow):
    """A bare window with a Help menu: what the Help features need of a host."""

    def __init__(self) -> None:
        super().__init__()
        self._help: QMenu | None = None

    def help_menu(self) -> QMenu:
        if self._help is None:
            self._help = self.menuBar().addMenu("&Help")
            self._help.setObjectName("help_menu")
        return self._help


def child_of(parent: QObject, kind: type[T], name: str) -> T:
    """The child of ``parent`` of that type and objectName (it must be there)."""
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def vault_of(window: MainWindow) -> Vault:
    """The window's open vault (it must be open)."""
    assert window.vault is not None
    return window.vault


def editor_field(window: MainWindow, name: str, kind: type[W]) -> W:
    """The case editor's widget for one field, of the type the test expects."""
    widget = window.editor.widgets[name]
    assert isinstance(widget, kind), (name, type(widget))
    return widget


def top_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(row)
    assert item is not None, row
    return item


def window_on_new_vault(qtbot: Any, path: Path, keystore: Any) -> Iterator[MainWindow]:
    """For a ``window`` fixture: the main window unlocked on a new vault at ``path``; after
    the test, the clipboard emptied and the window closed."""
    from PySide6.QtGui import QGuiApplication

    from locator.storage.vault import Vault
    from ui.app import Controller

    vault = Vault.create(path, "test window words")
    controller = Controller(vault.path, keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    yield controller.window
    QGuiApplication.clipboard().clear()
    controller.window.close()
