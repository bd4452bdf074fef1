"""The one QSettings wrapper: analysis settings, recent files, window state."""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple, Sequence

from PySide6.QtCore import QByteArray, QLocale, QSettings

from ..core.schema import DEFAULT_THRESHOLDS
from ..io.headers import KIND_KEYS, normalize
from ..pipeline import Settings

__all__ = ["AppSettings", "MAX_RECENT", "RememberedMapping", "header_key", "default_currency"]

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

    # column mappings chosen by hand ----------------------------------
    def mapping_for(self, headers: Sequence[object]) -> RememberedMapping | None:
        """The mapping chosen last time for this header layout (same column names, same order), if any."""
        text = self._s.value(f"mappings/{header_key(headers)}")
        if not text:
            return None
        try:
            data = json.loads(str(text))
            kind = str(data["kind"])
            mapping = {str(k): int(v) for k, v in dict(data["mapping"]).items()}
        except (ValueError, KeyError, TypeError):
            return None
        if kind not in KIND_KEYS or not mapping:
            return None
        mapping = {k: v for k, v in mapping.items() if k in KIND_KEYS[kind] and 0 <= v < len(headers)}
        return RememberedMapping(kind, mapping) if mapping else None

    def remember_mapping(self, headers: Sequence[object], mapping: dict[str, int], kind: str = "transactions") -> None:
        """Keep ``mapping`` (role -> column position) for sheets with these headers."""
        self._s.setValue(f"mappings/{header_key(headers)}",
                         json.dumps({"kind": kind, "mapping": {k: int(v) for k, v in mapping.items()}}))

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


class RememberedMapping(NamedTuple):
    kind: str
    mapping: dict[str, int]


def header_key(headers: Sequence[object]) -> str:
    """A short key for a header layout: the hash of its normalised column names, in order."""
    text = "\x1f".join(normalize(h) if h is not None else "" for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
