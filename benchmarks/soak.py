"""A working day in a few minutes: drive the real main window through thousands of user actions.

Actions (chosen at random with a fixed seed, weighted like a person's session): typing into the
quick form, pasting a block into the period table, undo and redo, switching result tabs, importing
each of the sample's three sheets, exporting the result workbook, switching the interface
language, File > New and File > Save (in the task runner). Every action runs from the event loop (a timer), so a timer ticking
every 5 ms measures how long the window stops answering. ``SOAK_WHY=1`` also samples the GUI
thread's stack while the loop is stalled and prints where the longest stalls spent their time.

Prints: actions done, RSS at start and end and its growth, the reference count of ``None`` (a
shiboken6 6.12.0 bug lowered it until Python 3.11 aborted), and the longest event-loop gap outside
imports and exports (whose result is applied on the GUI thread in one go).

    python benchmarks/soak.py [ACTIONS]        (default 10000; the test suite runs a short form)

Targets (issue 14): no crash, RSS growth under 50 MB, no gap over 100 ms outside imports.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RETENTION_GUI_DATA_DIR", tempfile.mkdtemp(prefix="retention-soak-"))

SHEETS = ("Nøgletal", "Ordrer", "NPS")
# action -> weight; imports and exports are rare, as in a real session
WEIGHTS = {
    "type": 40, "paste": 6, "undo": 6, "redo": 4, "tab": 25, "import": 2, "export": 1, "language": 1, "new": 1,
    "save": 1,
}


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


@dataclass
class SoakFigures:
    actions: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    none_refs_start: int = 0
    none_refs_end: int = 0
    longest_gap_ms: float = 0.0
    longest_gap_action: str = ""
    longest_gap_with_files_ms: float = 0.0
    seconds: float = 0.0
    # every gap over 50 ms outside imports/exports: (ms, what was going on)
    slow_gaps: list[tuple[float, str]] = field(default_factory=list)
    # the GUI thread's own CPU time in each slow gap (the rest is waiting: the OS, the disk, a lock)
    slow_gap_cpu_ms: dict[int, float] = field(default_factory=dict)
    longest_gap_cpu_ms: float = 0.0  # the GUI thread's CPU time in the longest gap
    most_cpu_in_a_gap_ms: float = 0.0  # the most CPU time the GUI thread spent in any one gap

    @property
    def rss_growth_mb(self) -> float:
        return self.rss_end_mb - self.rss_start_mb

    def report(self) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        return (
            f"actions done        {self.actions} in {self.seconds:.0f} s ({kinds})\n"
            f"RSS                 {self.rss_start_mb:.0f} MB -> {self.rss_end_mb:.0f} MB "
            f"(growth {self.rss_growth_mb:+.1f} MB; target < 50 MB)\n"
            f"None references     {self.none_refs_start} -> {self.none_refs_end} "
            f"({self.none_refs_end - self.none_refs_start:+d})\n"
            f"longest event-loop gap outside imports/exports  {self.longest_gap_ms:.0f} ms "
            f"(during '{self.longest_gap_action}'; target <= 100 ms)\n"
            f"  of which the GUI thread ran {self.longest_gap_cpu_ms:.0f} ms (the rest it waited)\n"
            f"most GUI-thread CPU in one gap outside imports/exports  {self.most_cpu_in_a_gap_ms:.0f} ms\n"
            f"longest gap including applying imports/exports  {self.longest_gap_with_files_ms:.0f} ms\n"
            f"gaps over 50 ms outside imports/exports  {len(self.slow_gaps)} "
            f"({sum(ms > 100 for ms, _ in self.slow_gaps)} over 100 ms)"
            + "".join(f"\n  {ms:5.0f} ms  (CPU {self.slow_gap_cpu_ms.get(i, 0):3.0f} ms)  {what}"
                      for ms, what, i in sorted(((ms, w, i) for i, (ms, w) in enumerate(self.slow_gaps)),
                                                reverse=True)[:10])
        )


STALLS: dict[str, int] = {}
SAMPLES: list[str] = []  # stacks sampled during the current stall
WORST: list[tuple[float, str, list[str]]] = []  # the long stalls, with their samples


def start_watchdog(since_tick, state) -> None:
    """SOAK_WHY=1: a thread samples the GUI thread's stack while the event loop is stalled (> 40 ms)."""
    import threading
    import traceback

    main_id = threading.main_thread().ident

    def watch() -> None:
        while True:
            time.sleep(0.01)
            if since_tick() > 40 and not state["files"]:
                frame = sys._current_frames().get(main_id)
                if frame is None:
                    continue
                stack = traceback.extract_stack(frame)[-14:]
                key = " <- ".join(f"{Path(f.filename).stem}:{f.name}:{f.lineno}" for f in reversed(stack))
                STALLS[key] = STALLS.get(key, 0) + 1
                SAMPLES.append(key)

    threading.Thread(target=watch, daemon=True).start()


def run(window, app, actions: int, seed: int = 7, log=None, patch_dialogs: bool = True) -> SoakFigures:
    """Drive ``window`` (a shown MainWindow) through ``actions`` random actions; returns the figures.

    With ``patch_dialogs`` the unsaved-changes prompt answers Discard and modal message boxes
    return at once (a test patches them itself, with monkeypatch)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from retention_gui.paths import sample_workbook

    rng = random.Random(seed)
    names = list(WEIGHTS)
    weights = [WEIGHTS[n] for n in names]
    figures = SoakFigures()
    out_dir = Path(tempfile.mkdtemp(prefix="retention-soak-out-"))
    sample = str(sample_workbook())
    fields = list(window.form.fields)
    languages = ["da", "sv", "en", ""]
    if patch_dialogs:
        # Typed figures are thrown away by New and imports: answer the unsaved-changes prompt with Discard.
        QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
        QMessageBox.exec = lambda self: 0  # no modal problem list blocks the session

    state = {"busy": False, "current": "", "files": False}
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    cpu_last = [time.thread_time()]  # on_tick runs on the GUI thread: this is that thread's CPU time

    def on_tick() -> None:
        now = clock.elapsed()
        gap = now - last[0]
        last[0] = now
        cpu_now = time.thread_time()
        cpu = (cpu_now - cpu_last[0]) * 1000
        cpu_last[0] = cpu_now
        if gap > figures.longest_gap_with_files_ms:
            figures.longest_gap_with_files_ms = gap
        if state["files"]:
            return
        figures.most_cpu_in_a_gap_ms = max(figures.most_cpu_in_a_gap_ms, cpu)
        if gap > 50:
            figures.slow_gap_cpu_ms[len(figures.slow_gaps)] = cpu
            figures.slow_gaps.append((gap, state["current"]))
        if gap > 100 and SAMPLES:
            WORST.append((gap, state["current"], SAMPLES[:]))
        SAMPLES.clear()
        if gap > figures.longest_gap_ms:
            figures.longest_gap_ms = gap
            figures.longest_gap_action = state["current"]
            figures.longest_gap_cpu_ms = cpu

    if os.environ.get("SOAK_WHY"):
        start_watchdog(lambda: clock.elapsed() - last[0], state)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(on_tick)

    loop = QEventLoop()

    def wait_until(condition, then) -> None:
        """Poll from the event loop (never block it) until ``condition()``; then ``then()``."""
        if condition():
            then()
        else:
            QTimer.singleShot(10, lambda: wait_until(condition, then))

    def finish_file_action() -> None:
        # The stall of applying the result belongs to the import or export: gaps count afresh from here.
        on_tick()
        state["files"] = False
        last[0] = clock.elapsed()
        cpu_last[0] = time.thread_time()
        next_action()

    def do(name: str) -> None:
        # A stall is put down to the action that ran last (set here, not when it is scheduled).
        state["current"] = f"#{figures.actions} {name}"
        if name in ("paste", "undo", "redo", "new"):
            tab = window.result_tabs.currentWidget()
            state["current"] += f" on {type(tab).__name__}, {window.table_model.rowCount()} table rows"
        if name == "type":
            key = rng.choice(fields)
            edit = window.form.fields[key]
            edit.clear()
            text = rng.choice(["120", "1.200", "42,5", "7", "0", "15000", "abc", "-3", ""])
            state["current"] += f" {text!r} into {key}, tab {window.result_tabs.currentIndex()}"
            QTest.keyClicks(edit, text)
        elif name == "paste":
            rows = [[f"2024-{m:02d}", str(rng.randint(50, 500)), str(rng.randint(50, 500)), str(rng.randint(0, 80))]
                    for m in range(1, rng.randint(2, 13))]
            QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows))
            window.table_view.setCurrentIndex(window.table_model.index(0, 0))
            window.paste_rows()
        elif name == "undo":
            window.undo_stack.undo()
        elif name == "redo":
            window.undo_stack.redo()
        elif name == "tab":
            window.show_tab(rng.randrange(window.result_tabs.count()))
        elif name == "language":
            window.choose_language(rng.choice(languages))
        elif name == "new":
            window.new_action.trigger()
        elif name == "save":  # File > Save: written by the task runner; its gaps count like typing's
            window.document.write(str(out_dir / "soak.retention"))
            wait_until(lambda: window.worker is None, next_action)
            return
        elif name == "import":
            sheet = rng.choice(SHEETS)
            state["files"] = True
            window.dirty = False
            window.import_path(sample, sheet=sheet, remember=False)
            wait_until(lambda: window.worker is None, finish_file_action)
            return
        elif name == "export":
            if window.analysis is None:
                window.form.set_values({"customers_start": 200, "customers_end": 210, "new_customers": 30})
            state["files"] = True
            window.export_to(str(out_dir / "soak.xlsx"))
            wait_until(lambda: window.worker is None, finish_file_action)
            return
        next_action()

    def next_action() -> None:
        if figures.actions >= actions:
            loop.quit()
            return
        figures.actions += 1
        name = rng.choices(names, weights)[0]
        figures.counts[name] = figures.counts.get(name, 0) + 1
        if log is not None and figures.actions % 500 == 0:
            log(f"{figures.actions} actions, RSS {rss_mb():.0f} MB, None refs {sys.getrefcount(None)}")
        # A person pauses now and then: let the form's debounce fire and the window repaint. Without a
        # pause the next action still waits on a 1 ms timer, not a zero-delay call: Qt runs chained
        # zero-delay calls before due timers, so the 5 ms ticker would measure two actions as one gap.
        delay = 1 if rng.random() < 0.7 else rng.choice((20, 160))
        QTimer.singleShot(delay, lambda: do(name))

    # Warm up (first import, first draw of each tab) before the start figures are taken.
    window.import_path(sample, sheet="Ordrer", remember=False)
    while window.worker is not None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for i in range(window.result_tabs.count()):
        window.show_tab(i)
        app.processEvents()
    # Settle what came before (deleteLater of earlier windows, garbage): the figures are this run's own.
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()
    figures.rss_start_mb = rss_mb()
    figures.none_refs_start = sys.getrefcount(None)
    started = time.perf_counter()
    last[0] = clock.elapsed()
    cpu_last[0] = time.thread_time()
    SAMPLES.clear()
    ticker.start()
    QTimer.singleShot(0, next_action)
    loop.exec()
    ticker.stop()
    # Let the last worker and deferred deletes finish before the end figures.
    while window.worker is not None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()
    figures.seconds = time.perf_counter() - started
    figures.rss_end_mb = rss_mb()
    figures.none_refs_end = sys.getrefcount(None)
    return figures


def main() -> int:
    actions = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from retention_gui.ui.main_window import MainWindow

    from retention_gui.app import freeze_startup_objects

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    freeze_startup_objects()  # as retention-gui does after start-up
    figures = run(window, app, actions, log=lambda s: print(s, flush=True))
    window.dirty = False
    window.close()
    print(figures.report())
    for key, n in sorted(STALLS.items(), key=lambda kv: -kv[1])[:15]:
        print(f"{n * 10:6d} ms  {key}")
    for gap, what, samples in sorted(WORST, key=lambda w: -w[0])[:8]:
        print(f"--- {gap:.0f} ms {what}")
        for key in sorted(set(samples), key=samples.count, reverse=True)[:4]:
            print(f"    {samples.count(key) * 10:4d} ms {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
