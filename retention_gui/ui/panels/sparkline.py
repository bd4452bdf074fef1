"""A tiny line of a figure's history, painted with QPainter (no graphics items: cheap to redraw)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["Sparkline"]


class Sparkline(QWidget):
    """Values over periods; the picked rows are drawn as dots on a shaded band. Gaps (NaN) break the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = np.array([], dtype=float)
        self.marked: list[int] = []
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, 30)

    def set_data(self, values, marked: list[int] | None = None) -> None:
        self.values = np.asarray(values, dtype=float)
        self.marked = list(marked or [])
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        v = self.values
        finite = np.isfinite(v)
        if len(v) < 2 or finite.sum() < 1:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        lo, hi = float(np.nanmin(v)), float(np.nanmax(v))
        if hi == lo:
            lo, hi = lo - 1, hi + 1
        step = r.width() / (len(v) - 1)

        def point(i: int) -> QPointF:
            return QPointF(r.left() + i * step, r.bottom() - (v[i] - lo) / (hi - lo) * r.height())

        if self.marked:
            a, b = min(self.marked), max(self.marked)
            band = QRectF(r.left() + a * step - step / 2, r.top() - 3, max(step * (b - a + 1), 4), r.height() + 6)
            p.fillRect(band.intersected(QRectF(self.rect())), QColor(31, 119, 180, 40))
        path = QPainterPath()
        drawing = False
        for i in range(len(v)):
            if not finite[i]:
                drawing = False
                continue
            if drawing:
                path.lineTo(point(i))
            else:
                path.moveTo(point(i))
                drawing = True
        p.setPen(QPen(QColor("#1f77b4"), 1.5))
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#1f77b4"))
        for i in self.marked:
            if 0 <= i < len(v) and finite[i]:
                p.drawEllipse(point(i), 2.5, 2.5)
        p.end()
