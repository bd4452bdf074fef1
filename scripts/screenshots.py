"""Render the main window on each tab with the sample data, and each dialog, offscreen to PNG files.

    python scripts/screenshots.py OUTDIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETENTION_GUI_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "retention-shots"))


def main(outdir: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from retention_gui.app import install_translators
    from retention_gui.io.reader import read_raw
    from retention_gui.paths import sample_workbook
    from retention_gui.ui.dialogs import HelpDialog, MappingDialog, ProblemsDialog, SettingsDialog
    from retention_gui.core.errors import Problem

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    install_translators(app, os.environ.get("SHOT_LANGUAGE") or "en")
    from retention_gui.ui.main_window import MainWindow

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    settle()
    w.grab().save(str(out / "00-start.png"))

    # Typed figures in the quick form.
    values = {"customers_start": "200", "customers_end": "210", "new_customers": "30", "revenue": "50.000,00",
              "orders": "400", "active_customers": "250", "repeat_customers": "100", "promoters": "50",
              "passives": "30", "detractors": "20", "revenue_start": "10000", "churned_revenue": "500",
              "accounts_receivable": "30000", "credit_sales": "60000"}
    for key, text in values.items():
        w.form.fields[key].setText(text)
    settle()
    w.grab().save(str(out / "01-form.png"))
    w.form.fields["new_customers"].setText("-3")
    settle()
    w.grab().save(str(out / "02-form-error.png"))
    w.form.fields["new_customers"].setText("30")
    w.dirty = False

    loop = QEventLoop()
    w.import_finished.connect(lambda ok: loop.quit())
    w.open_sample()
    loop.exec()
    settle()
    for i, name in enumerate(("overview", "trends", "cohorts", "customers", "data")):
        w.show_tab(i)
        settle()
        w.grab().save(str(out / f"1{i}-{name}.png"))
    w.show_tab(1)
    w.trends.set_selected_metrics(["crr_pct", "churn_pct", "revenue", "new_customers", "lost_customers"])
    w.trends.show_readout(20)
    settle()
    w.grab().save(str(out / "16-trends-revenue.png"))

    # Periods sheet in the editable table.
    loop = QEventLoop()
    w.import_finished.connect(lambda ok: loop.quit())
    w.import_path(str(sample_workbook()), sheet="Nøgletal", remember=False)
    loop.exec()
    w.show_tab(0)
    settle()
    w.grab().save(str(out / "20-periods-overview.png"))
    w.show_tab(1)
    settle()
    w.grab().save(str(out / "21-periods-trends.png"))

    dialogs = {
        "30-settings": SettingsDialog(w.settings, w),
        "31-mapping": MappingDialog(read_raw(sample_workbook(), "Ordrer"), "transactions", {"customer_id": 1}, w),
        "32-problems": ProblemsDialog([
            Problem("not_a_number", row=7, column="revenue", file="shop.xlsx", sheet="Ark1",
                    column_label='E "Omsætning"', values={"value": "mange"}),
            Problem("retained_more_than_existed", row=9, column="customers_end", file="shop.xlsx", sheet="Ark1",
                    column_label='C "Kunder ved periodens slutning"', values={"end": 120, "new": 10, "start": 95}),
        ], w),
        "33-help": HelpDialog(w),
    }
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from retention_gui import __version__

    about = QMessageBox(QMessageBox.Icon.Information, "About Retention Calculator",
                        f"<h3>Retention Calculator {__version__}</h3><p>Measure, understand and improve customer retention.</p>",
                        QMessageBox.StandardButton.Ok, w)
    progress = QProgressDialog("Reading orders_1048575.xlsx…", "Cancel", 0, 100, w)
    progress.setWindowTitle("Import")
    progress.setMinimumWidth(440)
    progress.setValue(42)
    locked = QMessageBox(QMessageBox.Icon.Warning, "Could not export",
                         "results.xlsx is open in another program or write-protected.", QMessageBox.StandardButton.Cancel, w)
    locked.setInformativeText("Close it and try again, or save under another name.")
    locked.addButton("Try again", QMessageBox.ButtonRole.AcceptRole)
    locked.addButton("Save as…", QMessageBox.ButtonRole.ActionRole)
    dialogs.update({"34-about": about, "35-progress": progress, "36-locked": locked})
    for name, dialog in dialogs.items():
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
    w.dirty = False
    w.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
