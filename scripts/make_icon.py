"""Draw the app icon (resources/icons/app.png and app.ico) with Qt: a rising retention curve on a badge.

    python scripts/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QBrush(QColor("#1f5f99")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    bars = [(48, 150), (92, 120), (136, 96), (180, 70)]
    p.setBrush(QBrush(QColor("#8fc1ea")))
    for x, top in bars:
        p.drawRoundedRect(QRectF(x * s, top * s, 28 * s, (208 - top) * s), 6 * s, 6 * s)
    path = QPainterPath(QPointF(40 * s, 176 * s))
    path.cubicTo(QPointF(100 * s, 150 * s), QPointF(150 * s, 90 * s), QPointF(214 * s, 52 * s))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("white"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPath(path)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "app.png"))
    draw(128).save(str(OUT / "app.ico"))
    print(OUT)
    return 0 if app else 1


if __name__ == "__main__":
    sys.exit(main())
