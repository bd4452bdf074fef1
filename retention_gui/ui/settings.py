"""The one QSettings wrapper: analysis settings, recent files, window state."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

from ..core.schema import DEFAULT_THRESHOLDS
from ..pipeline import Settings

__all__ = ["AppSettings", "MAX_RECENT", "default_currency"]

MAX_RECENT = 8


def default_currency() -> str:
    """The currency sign until the user sets one: "kr" as Swedes write it, else the Danish "kr."."""
    return "kr" if QLocale().language() == QLocale.Language.Swedish else "kr."


class AppSettings:
    """Typed access to QSettings (organisation "RetentionCalculator")."""

    def __init__(self) -> None:
        # INI everywhere: one readable file, and tests can point it at a temporary folder.
        self._s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                            "RetentionCalculator", "RetentionCalculator")

    # analysis settings -------------------------------------------------
    def analysis(self) -> Settings:
        s = self._s
        thresholds = {
            key: float(s.value(f"thresholds/{key}", default)) for key, default in DEFAULT_THRESHOLDS.items()
        }
        return Settings(
            frequency=str(s.value("analysis/frequency", "month")),
            churn_window_days=int(s.value("analysis/churn_window_days", 365)),
            loyal_min_orders=int(s.value("analysis/loyal_min_orders", 3)),
            thresholds=thresholds,
            currency=str(s.value("analysis/currency", default_currency())),
        )

    def set_analysis(self, settings: Settings) -> None:
        s = self._s
        s.setValue("analysis/frequency", settings.frequency)
        s.setValue("analysis/churn_window_days", settings.churn_window_days)
        s.setValue("analysis/loyal_min_orders", settings.loyal_min_orders)
        s.setValue("analysis/currency", settings.currency)
        for key, value in settings.thresholds.items():
            s.setValue(f"thresholds/{key}", float(value))

    # recent files ------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._s.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent_file(self, path: str) -> list[str]:
        files = [path] + [f for f in self.recent_files() if f != path]
        files = files[:MAX_RECENT]
        self._s.setValue("recent/files", files)
        return files

    def clear_recent_files(self) -> None:
        self._s.setValue("recent/files", [])

    # window ------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def language(self) -> str:
        return str(self._s.value("ui/language", ""))

    def set_language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    def sync(self) -> None:
        self._s.sync()
