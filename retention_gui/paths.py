"""Where bundled resources and the user's data folder live.

``resources/`` sits at the top of the repository and ships inside the wheel as the
package ``retention_gui.resources`` (pyproject.toml maps one onto the other).
:func:`resource_path` finds it in each way the app runs:

* frozen by PyInstaller: ``sys._MEIPASS/retention_gui/resources`` (build_installer.spec puts it there);
* a source checkout, or an editable install of one: ``<checkout>/resources``;
* an installed wheel: ``importlib.resources.files("retention_gui.resources")``.

The checkout is tried before ``importlib.resources`` so that running from one
checkout never reads the resources of another one installed in editable mode.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["resource_path", "resources_root", "sample_workbook", "data_dir", "DATA_DIR_ENV"]

#: Environment variable that overrides :func:`data_dir` (tests, portable use).
DATA_DIR_ENV = "RETENTION_GUI_DATA_DIR"

_PACKAGE = "retention_gui.resources"
_MARKER = "header_synonyms.json"  # a file every resources folder holds


def _frozen_root() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return None
    for candidate in (Path(base, "retention_gui", "resources"), Path(base, "resources")):
        if (candidate / _MARKER).is_file():
            return candidate
    return None


def _checkout_root() -> Path | None:
    # A checkout has pyproject.toml beside resources/; an installed package never does.
    top = Path(__file__).resolve().parent.parent
    candidate = top / "resources"
    if (top / "pyproject.toml").is_file() and (candidate / _MARKER).is_file():
        return candidate
    return None


def _package_root() -> Path | None:
    try:
        root = resources.files(_PACKAGE)
    except ModuleNotFoundError:
        return None
    # Installed packages are plain folders; callers (QTranslator, open(), QIcon) need real paths.
    path = Path(str(root))
    return path if (path / _MARKER).is_file() else None


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder that holds the bundled resources (raises ``FileNotFoundError`` when there is none)."""
    for find in (_frozen_root, _checkout_root, _package_root):
        root = find()
        if root is not None:
            return root
    raise FileNotFoundError(
        f"Retention Calculator's resources ({_MARKER}, sample, translations) were not found: "
        f"the package {_PACKAGE!r} is missing from this installation"
    )


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (e.g. ``resource_path("sample", "sample_shop.xlsx")``)."""
    return resources_root().joinpath(*parts)


def sample_workbook() -> Path:
    return resource_path("sample", "sample_shop.xlsx")


def data_dir() -> Path:
    """The user's data folder (logs, autosave), created if needed.

    ``RETENTION_GUI_DATA_DIR`` overrides it; otherwise Qt's application data
    location (on Linux ``$XDG_DATA_HOME/RetentionCalculator/RetentionCalculator``),
    or ``~/.retention-calculator`` when Qt has none. Call it after the
    ``QApplication`` has its organisation and application names.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from PySide6.QtCore import QStandardPaths

        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(location or Path.home() / ".retention-calculator")
    path.mkdir(parents=True, exist_ok=True)
    return path
