"""Bundled data files (header synonyms, sample workbook, icons, translations); no code.

This folder stays at the top of the repository and is installed as the package
``retention_gui.resources`` (see pyproject.toml), so ``importlib.resources`` finds it
in a wheel; ``retention_gui.paths.resource_path`` is the one way the app reads it.
"""
