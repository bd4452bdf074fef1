"""``pip install .`` gives a working app: resources/ ships in the wheel as retention_gui.resources.

The slow test builds the wheel from a copy of the checkout, installs it into a
fresh virtual environment (``--system-site-packages`` for the dependencies, the
wheel itself with ``--no-deps --no-index``: nothing is downloaded) and runs both
entry points from an unrelated folder, so nothing can be found through the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_lists_every_package_of_the_source_tree():
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "retention_gui").rglob("__init__.py")}
    assert listed == found | {"retention_gui.resources"}


def test_package_data_globs_cover_every_resource_file():
    setuptools = pyproject()["tool"]["setuptools"]
    assert setuptools["package-dir"]["retention_gui.resources"] == "resources"
    globs = setuptools["package-data"]["retention_gui.resources"]
    files = [p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"]
    assert files
    missed = [f for f in files if not any(fnmatch(f, g) and f.count("/") == g.count("/") for g in globs)]
    assert not missed, f"not in the wheel: {missed}"


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


@pytest.mark.slow
def test_the_installed_wheel_runs_both_entry_points_outside_the_checkout(tmp_path, clean_env):
    # A copy: an in-tree build would reuse (and could pick stale files from) build/ in the checkout.
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", ".venv", "tests"))
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
                           capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = wheels.glob("retention_gui-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = _bin(venv, "python")
    env = {k: v for k, v in clean_env.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall",
                              str(wheel)], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(python), "-c", "import retention_gui, retention_gui.paths as p; "
                            "print(retention_gui.__file__); print(p.resources_root()); print(p.sample_workbook())"],
                           capture_output=True, text=True, timeout=120, env=env, cwd=work)
    assert where.returncode == 0, where.stderr
    package_file, resources_root, sample = (Path(line) for line in where.stdout.splitlines())
    assert package_file.is_relative_to(venv), f"imported {package_file}, not the installed wheel"
    assert resources_root.is_relative_to(venv) and resources_root.parts[-2:] == ("retention_gui", "resources")
    assert sample.is_file()

    shutil.copy(sample, work / "shop.xlsx")
    calc = subprocess.run([str(_bin(venv, "retention-calc")), "shop.xlsx", "--sheet", "Ordrer", "--json"],
                          capture_output=True, text=True, timeout=300, env=env, cwd=work)
    assert calc.returncode == 0, calc.stdout[-2000:] + calc.stderr[-3000:]
    assert json.loads(calc.stdout)["summary"]["customers"] > 0

    gui = subprocess.run([str(_bin(venv, "retention-gui")), "--self-test"], capture_output=True, text=True,
                         timeout=300, env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=work)
    assert gui.returncode == 0, gui.stdout[-3000:] + gui.stderr[-3000:]
    assert "self-test OK" in gui.stdout
