"""What a feature may use of the main window (:class:`ui.main_window.MainWindow` has it all).

Every feature's ``install()`` takes a :class:`Host`. Features reach each other's actions
through :meth:`Host.named_action`, never by objectName or private names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:  # the Help features load this before the door: nothing heavy here
    from locator.model.cases import Case
    from locator.storage.vault import Vault
    from ui.ops import Changes

#: actions one feature adds and another may trigger
ActionName = Literal["lawyer_brief", "record_decision"]
#: where :meth:`Host.add_tool_action` also puts an action
MenuName = Literal["case", "view"]


class MenuHost(Protocol):
    """The least a window offers a feature that only adds to the Help menu."""

    def window(self) -> QWidget:
        """The window itself: the parent of a feature's actions and dialogs."""

    def help_menu(self) -> QMenu:
        """The Help menu, the last one (made the first time it is asked for)."""


class Host(MenuHost, Protocol):
    """The main window, as its features see it."""

    # -- state ---------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        """The open vault; None while locked."""

    @property
    def lang(self) -> str:
        """The app's language (centre and country names, the procedure's panels)."""

    @property
    def current_case_id(self) -> int | None:
        """The saved case shown; None for nothing or a new, unsaved case."""

    @property
    def current_case(self) -> Case | None:
        """That case as stored (without edits not saved yet)."""

    # -- signals -------------------------------------------------------------------------

    @property
    def case_shown(self) -> SignalInstance:
        """(Case | None): another case is shown, or none."""

    @property
    def changed(self) -> SignalInstance:
        """(Changes): after each write; the main window's own widgets are refreshed."""

    @property
    def vault_opened(self) -> SignalInstance:
        """(Vault): after unlocking."""

    @property
    def vault_closing(self) -> SignalInstance:
        """(Vault, for_good: bool): the last moment to use the vault."""

    @property
    def locked(self) -> SignalInstance:
        """After the vault closed and everything shown was cleared."""

    # -- places to add to ----------------------------------------------------------------

    def add_case_header(self, widget: QWidget, first: bool = False) -> None: ...

    def add_case_tab(self, widget: QWidget, title: str) -> None: ...

    def add_tool_action(self, action: QAction, menu: MenuName | None = "case") -> None: ...

    def add_menu(self, menu: QMenu, first: bool = False) -> None:
        """A menu of the menu bar, before Help (or before every other one)."""

    @property
    def case_actions(self) -> QMenu:
        """The Case menu (a feature's actions about the open case go there)."""

    def name_action(self, name: ActionName, action: QAction) -> None:
        """Offer ``action`` to the other features under ``name``."""

    def named_action(self, name: ActionName) -> QAction | None: ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...

    # -- doing things --------------------------------------------------------------------

    def run(self, op: Callable[[Vault], Changes]) -> Changes | None:
        """Run one write on the open vault (None when locked), then :meth:`report` it.
        Its errors are the caller's to show."""

    def report(self, changes: Changes) -> None:
        """A write done elsewhere (a dialog, a background job): refresh, emit ``changed``."""

    def resolve_unsaved(self) -> bool:
        """True when it is fine to move on (saved, discarded, or nothing to save)."""

    def open_case(self, case_id: int) -> None: ...

    def refresh_list(self) -> None: ...

    def set_include_closed(self, include: bool) -> None:
        """List closed cases too, or not."""

    def field_caption(self, name: str) -> str | None:
        """The case editor's name for one field (None: no such field there)."""

    def focus_field(self, name: str) -> None:
        """Bring one field of the case editor into view, with the focus."""

    def add_note(self) -> None:
        """The timeline, the focus on its note."""

    def add_attachment(self) -> None:
        """The photos and scans, and the file chooser to add one."""

    def discard_edits(self) -> None:
        """Drop the editor's unsaved edits (no draft is kept on the next lock)."""

    def forget_case(self) -> None:
        """Clear everything shown, keep no draft (the case is going)."""

    @property
    def lock_action(self) -> QAction:
        """Lock (for a feature's own menus)."""

    def lock(self) -> bool: ...
