"""GUI responsiveness on a full sheet, and start-up time. Prints figures; asserts nothing.

* start-up: wall time from launching a fresh process to a shown main window with the sample loaded;
* import: a full-sheet import runs in the worker while a 5 ms timer on the GUI thread records the
  longest gap between event-loop turns (target <= 100 ms);
* tabs: time to show and paint Trends, Cohorts and Customers with the full-sheet result;
* typing: key press to repainted Overview cards in the quick form, and a Trends redraw.

    python benchmarks/bench_gui.py [ROWS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETENTION_GUI_DATA_DIR", tempfile.mkdtemp(prefix="retention-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_orders import MAX_EXCEL_ROWS, ensure  # noqa: E402

STARTUP_CHILD = r"""
import os, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from retention_gui.ui.main_window import MainWindow
w = MainWindow(); w.show()
loop = QEventLoop()
w.import_finished.connect(lambda ok: loop.quit())
w.open_sample()
loop.exec()
app.processEvents()
w.grab()
print("SHOWN", flush=True)
w.dirty = False
"""


def startup_seconds() -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP_CHILD], capture_output=True, text=True, env=os.environ)
        if "SHOWN" not in out.stdout:
            raise RuntimeError(out.stderr)
        best = min(best, time.perf_counter() - t)
    return best


def typing_latency(app, keys: int = 40) -> None:
    """Key press to the repaint of the Overview cards, typing into the quick form.

    Printed twice: from the key that ends a burst of typing (includes the form's 150 ms pause
    before it computes), and from the end of that pause (the computing and drawing itself).
    Also the redraw of the Trends tab for a year of monthly data, the same layout updated.
    """
    import statistics

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from retention_gui.ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    for key, value in (("customers_start", "200"), ("customers_end", "210"), ("new_customers", "30")):
        QTest.keyClicks(w.form.fields[key], value)
    w.form.flush()
    app.processEvents()
    card = w.overview.cards["crr_pct"].value
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    card.installEventFilter(watch)
    paused: list[float] = []
    w.form.debounce.timeout.connect(lambda: paused.append(time.perf_counter()))
    total, work = [], []
    edit = w.form.fields["customers_end"]
    for i in range(keys):
        painted.clear()
        paused.clear()
        edit.selectAll()
        pressed = time.perf_counter()
        QTest.keyClicks(edit, str(200 + i % 10))
        deadline = time.perf_counter() + 2
        while not (paused and painted and painted[-1] > paused[0]) and time.perf_counter() < deadline:
            app.processEvents()
        if painted and paused:
            total.append(1000 * (painted[-1] - pressed))
            work.append(1000 * (painted[-1] - paused[0]))
    print(f"typing, key to repainted cards: median {statistics.median(total):.0f} ms, max {max(total):.0f} ms "
          f"(150 ms of it is the pause before computing)")
    print(f"typing, end of pause to repainted cards: median {statistics.median(work):.1f} ms, max {max(work):.1f} ms")
    # Trends: a year of monthly periods, same layout, new numbers.
    from retention_gui.pipeline import analyse_frame
    import pandas as pd

    year = pd.DataFrame({"period": [f"2024-{m:02d}" for m in range(1, 13)], "customers_start": 200.0,
                         "customers_end": [200.0 + m for m in range(12)], "new_customers": 20.0})
    analysis = analyse_frame("periods", year)
    w.trends.show_analysis(analysis)
    times = []
    for i in range(30):
        year["new_customers"] = 20.0 + i % 5
        a = analyse_frame("periods", year)
        t = time.perf_counter()
        w.trends.show_analysis(a)
        times.append(1000 * (time.perf_counter() - t))
    print(f"trends redraw, a year of monthly data: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")
    w.dirty = False
    w.close()


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else MAX_EXCEL_ROWS
    xlsx, _ = ensure(rows)
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from retention_gui.ui.main_window import MainWindow

    print(f"start-up to a shown window with the sample: {startup_seconds():.2f} s (target <= 1.5 s)")
    typing_latency(app)

    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        if clock.isValid():
            gaps.append(clock.restart())
        else:
            clock.start()

    ticker.timeout.connect(tick)
    loop = QEventLoop()
    w.import_finished.connect(lambda ok: loop.quit())
    t = time.perf_counter()
    ticker.start()
    w.import_path(str(xlsx), remember=False)
    loop.exec()
    ticker.stop()
    total = time.perf_counter() - t
    longest = max(gaps) if gaps else 0
    print(f"import of {rows:,} rows in the worker: {total:.2f} s; longest event-loop gap {longest} ms "
          f"(target <= 100 ms); {len(gaps)} timer turns")
    for index, name in ((1, "Trends"), (2, "Cohorts"), (3, "Customers"), (w.result_tabs.indexOf(w.data_panel), "Data")):
        t = time.perf_counter()
        w.show_tab(index)
        app.processEvents()
        w.grab()
        print(f"  show and paint {name}: {1000 * (time.perf_counter() - t):.0f} ms")
    t = time.perf_counter()
    w.customers.view.sortByColumn(1, w.customers.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"  sort {len(w.analysis.customers):,} customers: {1000 * (time.perf_counter() - t):.0f} ms")
    w.dirty = False
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
