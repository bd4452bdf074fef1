"""Every text the what-if and improve panels show has Danish and Swedish wording with the same placeholders."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from translations_table import PLURALS, T  # noqa: E402

PANELS = [ROOT / "retention_gui" / "ui" / "panels" / name for name in ("whatif.py", "whatif_plot.py", "whatif_words.py",
                                                                     "improve.py", "numbers.py")]


def texts() -> list[tuple[str, bool]]:
    """(source, is plural) of every ``tr(...)`` / ``translate(ctx, ...)`` call with a literal text."""
    out = []
    for path in PANELS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "translate" and len(args) >= 2:
                args = args[1:]
            elif node.func.attr != "tr":
                continue
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                out.append((args[0].value, len(args) >= 3))
    return out


TEXTS = texts()


def placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"%\d", text)))


def test_the_panels_have_texts_to_translate():
    assert len(TEXTS) > 60


@pytest.mark.parametrize("text, plural", TEXTS, ids=[t[:40] for t, _ in TEXTS])
def test_panel_text_has_danish_and_swedish(text, plural):
    if plural:
        for forms in PLURALS[text]:
            assert len(forms) == 2 and all(forms)
            assert "%n" in forms[1]
    else:
        da, sv = T[text]
        assert da and sv
        assert placeholders(da) == placeholders(text) == placeholders(sv)
        assert ("<b>" in da, "<b>" in sv) == ("<b>" in text, "<b>" in text)
