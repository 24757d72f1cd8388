"""The main window: the case list on the left, the open case on the right."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from locator.model.cases import Case
from locator.model.errors import LocatorError
from locator.storage.errors import CaseChangedElsewhere
from locator.storage.today import nearest_deadlines
from locator.storage.vault import Vault
from ui.case.area import CaseArea
from ui.case.case_list import (
    CASE_ID_ROLE,
    COL_DEADLINE,
    COL_STATUS,
    COL_UPDATED,
    CaseListModel,
    VaultSource,
)
from ui.case.editor import CaseEditor
from ui.case.timeline import AttachmentsPanel, TimelinePanel
from ui.common import clipboard
from ui.common.i18n import error_text, translate
from ui.common.prompts import confirm
from ui.common.screens import fit_to_screen
from ui.host import ActionName, MenuName
from ui.ops import Changes
from ui.ops import save_case as save_case_op

if TYPE_CHECKING:
    from ui.case.menu import CaseMenu
    from ui.deadlines.panel import DeadlinesPanel
    from ui.home.today import Home
    from ui.procedure.locate import Locate
    from ui.team.feature import TeamFeature
    from ui.vault.menu import VaultMenu
    from ui.vault.session_lock import SessionLockWatcher

FILTER_DELAY_MS = 40  # coalesces fast typing; work + pause stays under 100 ms
#: the full integrity check starts this long after the vault's first paint
FULL_CHECK_AFTER_MS = 300
INTO_LIST_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MainWindow(QMainWindow):
    """Shows an open vault. Emits :attr:`lock_requested` after everything is cleared."""

    locked = Signal()
    #: the window was closed by the person (the vault locked first): the app ends
    closed = Signal()
    #: the case now shown (a saved Case), or None (new unsaved case, nothing, or locked)
    case_shown = Signal(object)
    #: an open vault, after unlocking
    vault_opened = Signal(object)
    #: (vault, for_good) just before the vault is closed: on a lock (False) or because the
    #: window closes and the app ends (True). The last moment to use it (automatic backup).
    vault_closing = Signal(object, bool)
    #: (Changes) after each write, once the window's own widgets show it
    changed = Signal(object)

    # features kept alive with the window (set by ui.features; tests reach them here)
    locate: Locate
    vault_menu: VaultMenu
    case_menu: CaseMenu
    session_lock: SessionLockWatcher
    deadlines_panel: DeadlinesPanel
    team: TeamFeature

    def __init__(self, centres: Sequence[tuple[str, str]], lang: str,
                 centre_name: Callable[[str], str], country_name: Callable[[str], str],
                 location_ids: frozenset[str], editor: CaseEditor | None = None) -> None:
        """``editor``: one built already for these centres and this language (start-up
        builds it in a step of its own)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("Locator[*]")  # never a person's name
        self.vault: Vault | None = None
        self._case: Case | None = None  # the saved case shown, as stored
        self._named: dict[ActionName, QAction] = {}
        self._help_menu: QMenu | None = None
        self.lang = lang  # centre and country names, and the procedure's panels
        self.location_ids = location_ids
        self.model = CaseListModel(centre_name, country_name, self)
        from ui.common.worker import run_in_background

        self.model.use_background(run_in_background)  # a big vault: queries off this thread
        self.model.listed.connect(lambda: self._select(getattr(self, "_current_id", None)))
        self.model.extended.connect(self._select_if_unselected)  # it was further down
        self.model.failed.connect(self._list_failed)

        self.case_filter = QLineEdit()
        self.case_filter.setObjectName("case_filter")
        self.case_filter.setPlaceholderText(self.tr("Search names, nationality, centre, notes"))
        self.case_filter.setAccessibleName(self.tr("Search cases"))
        self.case_filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh_list)
        self.case_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.case_filter.installEventFilter(self)  # Down or Enter: into the list

        self.case_list = QTableView()
        self.case_list.setTabKeyNavigation(False)  # Tab leaves; arrows move in it
        self.case_list.setObjectName("case_list")
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.case_list.setModel(self.model)
        self.case_list.setSortingEnabled(True)
        self.case_list.sortByColumn(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.case_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_list.verticalHeader().hide()
        self.case_list.horizontalHeader().setStretchLastSection(True)
        self.case_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self._fit_words()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.case_filter)
        left_layout.addWidget(self.case_list)

        self.editor = editor if editor is not None else CaseEditor(centres, lang)
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.timeline = TimelinePanel(lang=lang)
        self.attachments = AttachmentsPanel()
        self.attachments.document_saved.connect(self._case_changed_by_document)
        self.editor.add_page(self.timeline, self.tr("Timeline"))
        self.editor.add_page(self.attachments, self.tr("Photos and scans"))

        self.case_area = CaseArea(self.editor)
        #: the open case, or the home screen (Today) when no case is open
        self.right = QStackedWidget()
        self.right.setObjectName("main_right")
        self.right.addWidget(self.case_area)
        self.home: Home | None = None
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 840])
        self.setCentralWidget(splitter)
        self._build_actions()
        fit_to_screen(self, 1200, 760)
        self._current_id: int | None = None
        #: unsaved edits the vault could not take at the last lock: here only, until the
        #: next unlock brings them back (never written anywhere else)
        self.draft_in_memory: dict[str, Any] | None = None
        #: list closed cases too ("Show closed cases")
        self.include_closed = False

    def _fit_words(self) -> None:
        """Room for the words of the app's language, which may be longer than English: the
        search field's hint and each column title of the case list are never cut."""
        hint = self.case_filter.placeholderText()
        self.case_filter.setMinimumWidth(
            min(360, self.case_filter.fontMetrics().horizontalAdvance(hint) + 40))
        header = self.case_list.horizontalHeader()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header.fontMetrics().horizontalAdvance(title) + 32  # + sort arrow
            header.resizeSection(column, max(header.defaultSectionSize(), width))
        # the status in whole words ("Detained in a centre", not "Deta cent"), the deadline
        # with its day and time left
        metrics = self.case_list.fontMetrics()
        words = max(metrics.horizontalAdvance(word) for word in self.model.status_words())
        header.resizeSection(COL_STATUS, max(header.sectionSize(COL_STATUS), words + 16))
        sample = self.tr("{day} · {left}").format(day="Wed 30 Sep 2026",
                                                  left="10 days 23 hours left")
        header.resizeSection(COL_DEADLINE, max(header.sectionSize(COL_DEADLINE),
                                               metrics.horizontalAdvance(sample) + 16))
        self.case_list.setWordWrap(False)
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Case"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        def action(name: str, text: str, keys: QKeySequence | QKeySequence.StandardKey | str,
                   slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            toolbar.addAction(act)
            return act

        self.new_action = action("new_case", self.tr("New case"), QKeySequence.StandardKey.New,
                                 self.new_case)
        self.save_action = action("save_case", self.tr("Save"), QKeySequence.StandardKey.Save,
                                  self.save_case)
        self.lock_action = action("lock", self.tr("Lock"), "Ctrl+L", self.lock)
        search = QAction(self.tr("Search"), self)
        search.setObjectName("search_cases")
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(lambda: self.case_filter.setFocus())
        self.addAction(search)
        self.save_action.setEnabled(False)
        # every action in a menu too: the keyboard reaches them all (Alt, then arrows)
        bar = self.menuBar()
        self.case_actions = bar.addMenu(translate("CaseMenu", "&Case"))
        self.case_actions.setObjectName("case_menu")
        self.case_actions.addActions([self.new_action, self.save_action])
        self.case_actions.addSeparator()
        self._case_features_end = self.case_actions.addSeparator()  # features go above
        self.view_menu = bar.addMenu(self.tr("Vie&w"))
        self.view_menu.setObjectName("view_menu")
        self.view_menu.addAction(search)
        self.view_menu.addSeparator()

    # -- vault -----------------------------------------------------------------

    # -- extension points for feature panels (procedure, deadlines, brief) ----------

    def add_case_header(self, widget: QWidget, first: bool = False) -> None:
        """A panel above the case editor (e.g. the current step, open deadlines), below
        the others or above them (``first``: what must be seen even on a small screen);
        the headers scroll when they need more height than the window has."""
        self.case_area.add_header(widget, first)

    def add_case_tab(self, widget: QWidget, title: str) -> None:
        self.editor.add_page(widget, title)

    def add_tool_action(self, action: QAction, menu: MenuName | None = "case") -> None:
        """A button on the toolbar, and the same action in the menu ``"case"`` (about the
        open case) or ``"view"`` (a window of its own); None when it has a menu already."""
        self.toolbar.addAction(action)
        if menu is not None:
            if menu == "case":
                self.case_actions.insertAction(self._case_features_end, action)
            else:
                self.view_menu.addAction(action)

    def add_menu(self, menu: QMenu, first: bool = False) -> None:
        """``menu`` in the menu bar, before Help (which stays last), or before every other
        menu (``first``)."""
        bar = self.menuBar()
        if first and bar.actions():
            bar.insertMenu(bar.actions()[0], menu)
        elif self._help_menu is not None:
            bar.insertMenu(self._help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)

    def help_menu(self) -> QMenu:
        if self._help_menu is None:
            self._help_menu = self.menuBar().addMenu(translate("HelpMenu", "&Help"))
            self._help_menu.setObjectName("help_menu")
        return self._help_menu

    def name_action(self, name: ActionName, action: QAction) -> None:
        self._named[name] = action

    def named_action(self, name: ActionName) -> QAction | None:
        return self._named.get(name)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_include_closed(self, include: bool) -> None:
        self.include_closed = include
        self.refresh_list()

    def field_caption(self, name: str) -> str | None:
        widget = self.editor.widgets.get(name)
        return widget.accessibleName() if widget is not None else None

    def focus_field(self, name: str) -> None:
        self.editor.focus_field(name)

    def add_note(self) -> None:
        self.editor.tabs.setCurrentWidget(self.timeline)
        self.timeline.note.setFocus()

    def add_attachment(self) -> None:
        self.editor.tabs.setCurrentWidget(self.attachments)
        self.attachments.add_file()

    def discard_edits(self) -> None:
        self.editor.clear()

    def forget_case(self) -> None:
        self.editor.clear()
        self.clear_everything()

    @property
    def current_case_id(self) -> int | None:
        return self._current_id

    @property
    def current_case(self) -> Case | None:
        return self._case

    # -- operations ------------------------------------------------------------------

    def run(self, op: Callable[[Vault], Changes]) -> Changes | None:
        if self.vault is None:
            return None
        changes = op(self.vault)
        self.report(changes)
        return changes

    def report(self, changes: Changes) -> None:
        """After a write: the case and the list as stored now, then ``changed``. With
        unsaved edits in the editor, they stay; the timeline shows what is stored."""
        if self.vault is None:
            return
        case_id = self._current_id
        if case_id is not None and changes.touches(case_id):
            self._case = self.vault.get_case(case_id)
            if changes.case and not self.editor.dirty:
                self.editor.load(self._case)
            if changes.timeline or changes.case:
                self.timeline.show_case(self.vault, case_id)
                self.attachments.show_case(self.vault, case_id)
        if changes.case_list:
            self.refresh_list()
        self.changed.emit(changes)

    # -- vault -----------------------------------------------------------------

    def set_vault(self, vault: Vault) -> None:
        """After unlocking: the home screen (Today), or the case whose unsaved changes
        were kept at the lock."""
        self.vault = vault
        self.refresh_list()
        self.vault_opened.emit(vault)
        if not self._restore_draft():
            self.show_home()
        # after the first paint: the whole file checked, off the UI thread (issue 18)
        QTimer.singleShot(FULL_CHECK_AFTER_MS, self, lambda: self._check_whole(vault))

    def _check_whole(self, vault: Vault) -> None:
        """The full integrity check of the open vault, on its own connection and thread;
        damage found locks every write and is said at once, never passed over."""
        if self.vault is not vault or vault.damage is not None:
            return
        from ui.common.worker import run_in_background

        def done(problems: list[str]) -> None:
            if self.vault is vault:
                vault.checked(problems)
                if problems:
                    self._say_damaged()

        def failed(_err: BaseException) -> None:
            done(["the full check could not run"])

        run_in_background(vault.full_check(), done, failed)

    def _say_damaged(self) -> None:
        text = self.tr(
            "The full check of the vault found damage in the file. Editing is locked so "
            "that nothing more is written over it; you can still read your cases. Lock "
            "Locator and restore your latest backup.")
        self.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The vault is damaged"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("vault_damaged")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the home screen (Today) -------------------------------------------------------

    def set_home(self, home: Home) -> None:
        """The home screen's page beside the case area, its action first in the toolbar
        and the View menu."""
        self.home = home
        self.right.addWidget(home.page)
        home.page.open_deadline.connect(lambda case_id, deadline_id: self.open_case_at(
            case_id, deadline_id))
        home.page.open_step.connect(lambda case_id: self.open_case_at(case_id, None))
        home.action.triggered.connect(self.show_home)
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        self.toolbar.insertAction(first, home.action)  # type: ignore[arg-type]
        menu_first = self.view_menu.actions()[0] if self.view_menu.actions() else None
        self.view_menu.insertAction(menu_first, home.action)  # type: ignore[arg-type]
        if self.vault is not None and self.right.currentWidget() is not self.case_area:
            self.show_home()

    def show_home(self) -> bool:
        """Today, in place of the case (whose unsaved edits are asked about first)."""
        if self.home is None or self.vault is None:
            return False
        if self._current_id is not None or self.editor.base is not None:
            if not self.resolve_unsaved():
                return False
            self.case_list.clearSelection()
            self.editor.clear()
            self.timeline.clear()
            self.attachments.clear()
            self._current_id, self._case = None, None
            self.case_shown.emit(None)
        self.right.setCurrentWidget(self.home.page)
        self.home.shown()
        self.home.page.focus_first()
        return True

    def open_case_at(self, case_id: int, deadline_id: int | None) -> None:
        """Open a case (from Today) at one of its deadlines, or at its step to do now."""
        if self.vault is None or not self.resolve_unsaved():
            return
        try:
            self.open_case(case_id)
        except LocatorError as err:
            self.statusBar().showMessage(error_text(err), 5000)
            return
        self._select(case_id)
        QTimer.singleShot(0, self, lambda: self._reveal(case_id, deadline_id))

    def _reveal(self, case_id: int, deadline_id: int | None) -> None:
        """Once the headers are laid out: that deadline's row, expanded, or the step's
        main button, in sight and with the focus."""
        if self._current_id != case_id:
            return
        self.case_area.hold_top(False)
        self.case_area.fit()
        target: QWidget | None = None
        panel = getattr(self, "deadlines_panel", None)
        if deadline_id is not None and panel is not None:
            target = panel.reveal(deadline_id)
        if target is None:
            target = self.case_area.step_button()
        if target is not None:
            self.case_area.headers_scroll.ensureWidgetVisible(target, 0, 0)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_draft(self) -> bool:
        """The edits kept at the last lock: from memory when the vault could not take them,
        else from the vault."""
        draft = self.vault.take_draft() if self.vault is not None else None
        if self.draft_in_memory is not None:
            draft, self.draft_in_memory = self.draft_in_memory, None
        if draft is None:
            return False
        case_id = draft.get("case_id")
        if case_id is not None:
            try:
                self.open_case(int(case_id))
                self._select(int(case_id))
            except LocatorError:
                case_id = None
        if case_id is None:
            self.new_case()
        self.editor.load_form_data(draft.get("form", {}))
        self.statusBar().showMessage(self.tr(
            "Your changes from before the lock are back. Save them, or open another case "
            "to discard them."), 15000)
        return True

    def refresh_list(self) -> None:
        if self.vault is None:
            return
        try:
            self.model.set_deadlines(nearest_deadlines(self.vault))
            self.model.set_source(VaultSource(self.vault, self.case_filter.text(),
                                              self.include_closed))
        except LocatorError as err:
            self.statusBar().showMessage(error_text(err), 5000)
            return
        self._select(self._current_id)

    def _list_failed(self, err: BaseException) -> None:
        if self.vault is not None:
            text = error_text(err) if isinstance(err, LocatorError) else self.tr(
                "The list could not be read. Lock Locator and unlock it again.")
            self.statusBar().showMessage(text, 5000)

    def list_busy(self) -> bool:
        """The search or a sort is still being worked out (a big vault's list)."""
        return self.model.busy or self._filter_timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.case_filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in INTO_LIST_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.into_list()
            return True
        return super().eventFilter(watched, event)

    def into_list(self) -> None:
        """From the search to the list (the keyboard's way): the first case found opens
        unless one is selected already."""
        if self._filter_timer.isActive():
            self._filter_timer.stop()
            self.refresh_list()
        if self.model.rowCount() == 0:
            return
        self.case_list.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.case_list.selectionModel().hasSelection():
            self.case_list.selectRow(0)

    def _select_if_unselected(self) -> None:
        if not self.case_list.selectionModel().hasSelection():
            self._select(self._current_id)

    def _select(self, case_id: int | None) -> None:
        if case_id is None:
            return
        row = self.model.row_of(case_id)
        if row < 0:
            return
        blocker = self.case_list.selectionModel().blockSignals(True)
        self.case_list.selectRow(row)
        self.case_list.selectionModel().blockSignals(blocker)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        case_id = int(self.model.data(indexes[0], CASE_ID_ROLE))
        if case_id == self._current_id:
            return
        if not self.resolve_unsaved():
            self._select(self._current_id)
            return
        self.open_case(case_id)

    def _case_changed_by_document(self) -> None:
        """Values accepted from a document were saved: show them. With unsaved typing on
        screen the form stays as it is (the next save asks about each field changed in
        the vault meanwhile); the timeline and the list show the change at once."""
        if self.vault is None or self._current_id is None:
            return
        if self.editor.dirty:
            self.timeline.show_case(self.vault, self._current_id)
        else:
            self._show(self.vault.get_case(self._current_id))
        self.refresh_list()

    def open_case(self, case_id: int) -> None:
        if self.vault is not None:
            self._show(self.vault.get_case(case_id))

    def _show(self, case: Case) -> None:
        """``case`` in the editor, its timeline and attachments, then the panels
        (``case_shown``); a new, unsaved case (no id) shows empty ones."""
        self._current_id = case.id
        self._case = case if case.id is not None else None
        self.right.setCurrentWidget(self.case_area)
        self.editor.load(case)
        self.timeline.show_case(self.vault, case.id)
        self.attachments.show_case(self.vault, case.id)
        self.case_shown.emit(case if case.id is not None else None)
        self.case_area.to_top()  # a case always opens at its top: the most urgent first

    def new_case(self) -> None:
        if self.vault is None or not self.resolve_unsaved():
            return
        self.case_list.clearSelection()
        self._show(Case())
        self.editor.tabs.setCurrentIndex(0)
        self.editor.focus_field("alias")

    def save_case(self) -> bool:
        if self.vault is None or self.editor.base is None:
            return False
        case = self.editor.validated_case(self.location_ids)
        if case is None:
            return False
        try:
            try:
                saved, changes = save_case_op(self.vault, case)
            except CaseChangedElsewhere as err:
                if not self._keep_mine(err):
                    return False
                saved, changes = save_case_op(self.vault, case, overwrite=err.fields)
        except LocatorError as err:
            QMessageBox.critical(self, self.tr("Not saved"), error_text(err))
            return False
        if case.id is not None and case.id == self._current_id:
            # the same case, saved: the panels refresh once, from ``changed``
            self._case = saved
            self.editor.load(saved)
            self.timeline.show_case(self.vault, saved.id)
            self.attachments.show_case(self.vault, saved.id)
        else:
            self._show(saved)  # a new case: the panels learn of it from case_shown
        self.refresh_list()
        self.changed.emit(changes)
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def _keep_mine(self, err: CaseChangedElsewhere) -> bool:
        """Fields of this case were changed elsewhere (another window, the command line)
        since it was opened: keep what is typed here, or take what is stored now (the
        other edits typed here are then lost, only when the person says so)."""
        from ui.procedure.step_panel import field_label

        names = ", ".join(field_label(name, self) for name in err.fields)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed elsewhere"), self.tr(
            "Since you opened this case, it was changed elsewhere (in another window or by "
            "the command line): {names}.").format(names=names),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("changed_elsewhere")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr(
            "Keep mine: your values replace those. Take theirs: the case as it is stored now "
            "is shown, and what you typed is dropped. Cancel: nothing is saved yet."))
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        mine.setObjectName("keep_mine")
        theirs = box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
        theirs.setObjectName("take_theirs")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is theirs and self.vault is not None and self._current_id is not None:
            self.editor.clear()
            self.open_case(self._current_id)
            self.statusBar().showMessage(self.tr("The case as it is stored now."), 6000)
        return clicked is mine

    def resolve_unsaved(self) -> bool:
        """True when it is fine to move on (saved, discarded, or nothing to save)."""
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved yet. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_case()
        if answer == QMessageBox.StandardButton.Discard and self.vault is not None:
            with contextlib.suppress(LocatorError):  # edits brought back from a lock: gone
                self.vault.discard_draft()
        return answer == QMessageBox.StandardButton.Discard

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_action.setEnabled(dirty)
        self.setWindowModified(dirty)

    # -- locking -------------------------------------------------------------------

    def lock(self) -> bool:
        """Lock now, always: the screen is dropped first, then unsaved edits are kept,
        encrypted, as a draft inside the vault. When the vault cannot take them (moved,
        a USB stick pulled, a full disk) they stay in this process's memory only, until
        the next unlock, and :attr:`draft_in_memory` says so (the door tells the user)."""
        if self.vault is None:
            return False
        vault, draft = self.vault, self._draft()
        self.vault = None  # nothing reaches the vault through the window from here on
        self.hide()
        self.clear_everything()
        self._keep_draft(vault, draft)
        with contextlib.suppress(Exception):  # a lock never stops half-way
            self.vault_closing.emit(vault, False)
        self._close_vault(vault)
        self.locked.emit()
        return True

    def _draft(self) -> dict[str, Any] | None:
        if self.editor.dirty and self.editor.base is not None:
            return {"case_id": self._current_id, "form": self.editor.form_data()}
        return None

    def _keep_draft(self, vault: Vault, draft: dict[str, Any] | None) -> bool:
        """``draft`` kept encrypted inside the vault, to come back at the next unlock; False
        when the vault could not take it (it then waits in memory, :attr:`draft_in_memory`)."""
        if draft is None:
            return True
        try:
            vault.save_draft(draft)
        except Exception:  # whatever the reason, the lock goes on; the draft is not lost
            self.draft_in_memory = draft
            return False
        self.draft_in_memory = None
        return True

    @staticmethod
    def _close_vault(vault: Vault) -> None:
        try:
            vault.lock()
        except Exception:  # the connection could not close cleanly: its key goes anyway
            vault.key = b""

    def clear_everything(self) -> None:
        clipboard.clear_now()
        self._filter_timer.stop()
        self.case_filter.blockSignals(True)
        self.case_filter.clear()
        self.case_filter.blockSignals(False)
        self.model.clear()
        self.editor.clear()
        self.timeline.clear()
        self.attachments.clear()
        self._current_id = None
        self._case = None
        self.statusBar().clearMessage()
        if self.home is not None:
            self.right.setCurrentWidget(self.home.page)
        self.case_shown.emit(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit (Ctrl+Q) or the window closed: the same path as a lock (unsaved edits kept
        as a draft inside the vault), then the app ends."""
        if self.vault is not None:
            vault, draft = self.vault, self._draft()
            if draft is not None and not self._keep_draft(vault, draft) and not confirm(
                    self, self.tr("Your changes cannot be kept"),
                    self.tr("The vault cannot take your unsaved changes now (it may have been "
                            "moved, or its disk is full or gone)."),
                    self.tr("Quit and lose them"),
                    self.tr("Cancel keeps Locator open: put the vault back, or lock "
                            "(Ctrl+L) to keep the changes in memory until you unlock.")):
                event.ignore()
                return
            self.vault = None
            self.clear_everything()
            with contextlib.suppress(Exception):  # quitting never stops half-way
                self.vault_closing.emit(vault, True)
            self._close_vault(vault)
        event.accept()
        self.closed.emit()


