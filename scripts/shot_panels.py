"""Render the what-if and improve panels offscreen at 1280x720 with the sample data, in each language.

    python scripts/shot_panels.py OUTDIR [en da sv]

Danish and Swedish need compiled catalogues (``python scripts/fill_translations.py``).
Each language runs in its own process: the translators and the default locale are global.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETENTION_GUI_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "retention-shots"))

# This checkout's package, not an installed copy.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = (1280, 720)


def shoot(outdir: str, language: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from retention_gui.app import install_translators
    from retention_gui.core.whatif import WhatIfChanges
    from retention_gui.paths import sample_workbook
    from retention_gui.pipeline import analyse_file, analyse_frame

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    install_translators(app, language)
    from retention_gui.ui.panels.improve import ImprovePanel
    from retention_gui.ui.panels.whatif import WhatIfPanel

    def settle(ms: int = 120) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{language}-{name}.png"))

    orders = analyse_file(str(sample_workbook()), sheet="Ordrer", strict=False)
    periods = analyse_file(str(sample_workbook()), sheet="Nøgletal", strict=False)
    import pandas as pd

    no_churn = analyse_frame("periods", pd.DataFrame({"period": ["2024-01"], "revenue": [1000.0], "orders": [10],
                                                      "active_customers": [8]}))

    whatif = WhatIfPanel()
    whatif.resize(*SIZE)
    whatif.show()
    whatif.show_analysis(periods)
    save(whatif, "whatif-periods")
    whatif.set_changes(WhatIfChanges(2.0, 10.0, 5.0))
    save(whatif, "whatif-periods-three-changes")
    whatif.show_analysis(orders)
    whatif.set_changes(WhatIfChanges(1.0, 0.0, 0.0))
    save(whatif, "whatif-orders")
    whatif.set_changes(WhatIfChanges(-1.5, 0.0, -10.0))
    save(whatif, "whatif-orders-worse")
    whatif.show_analysis(no_churn)
    save(whatif, "whatif-no-churn")
    whatif.show_analysis(None)
    save(whatif, "whatif-none")

    improve = ImprovePanel()
    improve.resize(*SIZE)
    improve.show()
    improve.show_analysis(periods)
    save(improve, "improve-periods")
    improve.show_analysis(orders)
    save(improve, "improve-orders")
    many = periods.periods.copy()
    many.loc[many.index[-1], "churn_pct"] = 9.5
    many.loc[many.index[-1], "nps"] = -12.0
    many.loc[many.index[-1], "return_rate_pct"] = 14.0
    many.loc[many.index[-1], "rpr_pct"] = 15.0
    periods.periods = many
    periods.forecast_numbers = {"valuable_customers": 40.0, "valuable_at_risk": 12.0, "at_risk_value": 254_300.0}
    improve.show_analysis(periods)
    improve.focus_metric("dso")
    save(improve, "improve-many-focus-dso")
    improve.show_analysis(None)
    save(improve, "improve-none")
    print(f"{language}: screenshots in {out}")
    return 0


def main(argv: list[str]) -> int:
    outdir = argv[0] if argv else "screenshots"
    languages = argv[1:] or ["en", "da", "sv"]
    if len(languages) == 1:
        return shoot(outdir, languages[0])
    code = 0
    for language in languages:
        code |= subprocess.run([sys.executable, __file__, outdir, language]).returncode
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
