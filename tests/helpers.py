"""Small workbook and CSV builders for tests (files are made by the tests, never committed)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook


def write_xlsx(path: Path, rows: Iterable[Sequence[object]], title: str = "Data", extra_sheets: dict | None = None,
               hidden_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    if hidden_first:
        ws.title = "Hidden"
        ws.append(["secret"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet(title)
    else:
        ws.title = title
    for row in rows:
        ws.append(list(row))
    for name, more in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in more:
            other.append(list(row))
    wb.save(path)
    return path


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_app_settings(env: dict[str, str], values: dict[str, str]) -> Path:
    """Write the app's settings file (QSettings INI, as ``AppSettings`` reads it) into ``env``'s config
    folder, e.g. ``{"ui/language": "da"}``; return its path."""
    path = Path(env["XDG_CONFIG_HOME"]) / "RetentionCalculator" / "RetentionCalculator.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    groups: dict[str, list[str]] = {}
    for key, value in values.items():
        group, _, name = key.rpartition("/")
        groups.setdefault(group or "General", []).append(f"{name}={value}")
    path.write_text("".join(f"[{g}]\n" + "\n".join(lines) + "\n\n" for g, lines in groups.items()), encoding="utf-8")
    return path
