"""Once per CI run, a real window: the app on an X server (Xvfb, Qt's xcb platform), not offscreen.

Catches what the offscreen platform cannot: a missing system library of Qt's xcb
plugin, a window that never maps, a blank paint. .ci/run installs Xvfb and the libraries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
XVFB = shutil.which("Xvfb")


def missing_xcb_libraries() -> list[str]:
    """System libraries Qt's xcb platform plugin needs but the machine lacks (from ldd)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    missing: set[str] = set()
    for lib in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]):
        if lib.exists() and shutil.which("ldd"):
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    return sorted(missing)


@pytest.fixture
def x_display(tmp_path):
    """A fresh Xvfb on a free display number (Xvfb chooses it: -displayfd); yields ":N"."""
    read_fd, write_fd = os.pipe()
    log = tmp_path / "xvfb.log"
    with open(log, "wb") as err:
        server = subprocess.Popen([XVFB, "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                                  pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written once the server accepts connections
        if not number:
            server.wait(timeout=10)
            pytest.fail("Xvfb did not start: " + log.read_text(errors="replace")[-2000:])
        yield f":{number}"
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and Qt's xcb platform are Linux's")
@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (.ci/run installs xvfb and Qt's xcb libraries; "
                                         "see README, Linux)")
def test_the_app_shows_a_painted_window_on_a_real_x_display(x_display, clean_env, tmp_path):
    missing = missing_xcb_libraries()
    assert not missing, f"Qt's xcb platform plugin cannot load; install the packages with: {', '.join(missing)}"
    shot = tmp_path / "window.png"
    env = {**clean_env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display, "PYTHONPATH": str(ROOT),
           "RETENTION_GUI_SELFTEST_SCREENSHOT": str(shot)}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run([sys.executable, "-m", "retention_gui", "--self-test"], capture_output=True, text=True,
                         timeout=300, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test OK" in run.stdout and "platform xcb" in run.stdout, run.stdout

    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull(), "the screenshot is not a readable PNG"
    assert image.width() >= 640 and image.height() >= 400, f"window only {image.width()} x {image.height()}"
    step = 4
    colours = Counter(image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step))
    commonest = colours.most_common(1)[0][1] / sum(colours.values())
    # A painted window has text, frames and cards: many colours, no single one covering nearly all of it.
    assert len(colours) >= 16, f"only {len(colours)} colours: the window looks blank"
    assert commonest < 0.9, f"one colour covers {commonest:.0%} of the window: it looks blank"
