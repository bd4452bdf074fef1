"""The main window's actions, menus and shortcuts (Qt's application example: create_actions, create_menus).

Texts use the "MainWindow" translation context, written out so pyside6-lupdate finds them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .dialogs import HelpDialog, show_about

__all__ = ["create_actions", "create_menus", "rebuild_recent_menu"]


def create_actions(w) -> None:
    """Create the window's actions as attributes of ``w`` (a MainWindow), with standard shortcuts."""

    def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, w)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        return a

    w.new_action = action(QCoreApplication.translate("MainWindow", "&New"), w.new_file, QKeySequence.StandardKey.New, QCoreApplication.translate("MainWindow", "Start again with an empty form and table"))
    w.open_action = action(QCoreApplication.translate("MainWindow", "&Open…"), w.open_dialog, QKeySequence.StandardKey.Open,
                           QCoreApplication.translate("MainWindow", "Open a saved project or a spreadsheet"))
    w.save_action = action(QCoreApplication.translate("MainWindow", "&Save"), lambda: w.document.save(), QKeySequence.StandardKey.Save,
                           QCoreApplication.translate("MainWindow", "Save the typed figures and settings as a project"))
    w.save_as_action = action(QCoreApplication.translate("MainWindow", "Save &As…"), lambda: w.document.save_as(), QKeySequence.StandardKey.SaveAs)
    w.import_action = action(QCoreApplication.translate("MainWindow", "&Import…"), w.import_dialog, "Ctrl+I", QCoreApplication.translate("MainWindow", "Import an Excel sheet or CSV file"))
    w.export_action = action(QCoreApplication.translate("MainWindow", "&Export results…"), w.export_dialog, "Ctrl+E", QCoreApplication.translate("MainWindow", "Write the results to an Excel workbook"))
    w.sample_action = action(QCoreApplication.translate("MainWindow", "Open the &sample data"), w.open_sample)
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    w.quit_action = action(QCoreApplication.translate("MainWindow", "&Quit"), w.close, quit_keys if not quit_keys.isEmpty() else "Ctrl+Q")
    w.undo_action = w.undo_stack.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
    w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    w.redo_action = w.undo_stack.createRedoAction(w, QCoreApplication.translate("MainWindow", "&Redo"))
    w.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    w.paste_action = action(QCoreApplication.translate("MainWindow", "&Paste rows"), w.paste_rows, "Ctrl+Shift+V",
                            QCoreApplication.translate("MainWindow", "Paste rows copied from Excel into the period table"))
    w.add_row_action = action(QCoreApplication.translate("MainWindow", "&Add row"), w.period_table.add_row, "Ctrl+Shift+N")
    w.remove_rows_action = action(QCoreApplication.translate("MainWindow", "&Remove rows"), w.period_table.remove_selected_rows)
    w.settings_action = action(QCoreApplication.translate("MainWindow", "&Settings…"), w.edit_settings, QKeySequence.StandardKey.Preferences)
    if w.settings_action.shortcut().isEmpty():
        w.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    w.help_action = action(QCoreApplication.translate("MainWindow", "&How are these computed?"), lambda: HelpDialog(w).exec(), QKeySequence.StandardKey.HelpContents)
    w.about_action = action(QCoreApplication.translate("MainWindow", "&About"), lambda: show_about(w))
    w.tab_actions = [action(w.result_tabs.tabText(i), lambda _=False, i=i: w.show_tab(i), f"Ctrl+{i + 1}")
                     for i in range(w.result_tabs.count())]


def create_menus(w) -> None:
    m = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for a in (w.new_action, w.open_action, w.save_action, w.save_as_action):
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.import_action)
    m.addAction(w.export_action)
    m.addAction(w.sample_action)
    w.recent_menu = m.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    m.addSeparator()
    m.addAction(w.quit_action)
    e = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for a in (w.undo_action, w.redo_action):
        e.addAction(a)
    e.addSeparator()
    for a in (w.paste_action, w.add_row_action, w.remove_rows_action):
        e.addAction(a)
    v = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for a in w.tab_actions:
        v.addAction(a)
    v.addSeparator()
    v.addAction(w.settings_action)
    language_menu = v.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    w.language_actions = {}
    current = w.app_settings.language()
    for code, name in (("", QCoreApplication.translate("MainWindow", "System language")), ("en", "English"), ("da", "Dansk"), ("sv", "Svenska")):
        a = language_menu.addAction(name)
        a.setCheckable(True)
        a.setChecked(code == current)
        a.triggered.connect(lambda _=False, c=code: w.choose_language(c))
        w.language_actions[code] = a
    h = w.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    h.addAction(w.help_action)
    h.addAction(w.about_action)
    rebuild_recent_menu(w, w.app_settings.recent_files())


def rebuild_recent_menu(w, files: list[str]) -> None:
    w.recent_menu.clear()
    for path in files:
        a = w.recent_menu.addAction(Path(path).name)
        a.setToolTip(path)
        a.setStatusTip(path)
        a.triggered.connect(lambda _=False, p=path: w.open_path(p))
    w.recent_menu.setEnabled(bool(files))
    if files:
        w.recent_menu.addSeparator()
        clear = w.recent_menu.addAction(QCoreApplication.translate("MainWindow", "Clear list"))

        def clear_list() -> None:
            w.app_settings.clear_recent_files()
            rebuild_recent_menu(w, [])

        clear.triggered.connect(clear_list)
