"""Refresh the catalogues and compile them:

    python scripts/fill_translations.py

1. pyside6-lupdate collects every self.tr / translate / QT_TRANSLATE_NOOP text into
   resources/translations/retention_{da,sv,en}.ts (kept translations stay);
2. texts are filled from scripts/translations_table.py: ``T`` for plain texts, ``PLURALS``
   for texts with a count (``%n``), as numerus forms;
3. pyside6-lrelease compiles the .qm files the app loads.

retention_en holds only the English plural forms ("1 period", "2 periods"), so a
``tr("%n period(s)", "", n)`` reads well in English too.
Texts with no entry stay untranslated (shown in English) and are listed per language.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
from translations_table import PLURALS, T  # noqa: E402

LANGS = {"da": 0, "sv": 1, "en": None}
LOCALES = {"da": "da_DK", "sv": "sv_SE", "en": "en_GB"}


def english_forms(source: str) -> tuple[str, str]:
    """English singular and plural of a ``%n ...(s)`` text: "(s)" dropped or written out."""
    return re.sub(r"\((s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)


def _set_forms(message: ET.Element, tr: ET.Element, forms: tuple[str, ...]) -> None:
    message.set("numerus", "yes")  # also for a translate(context, text, "", n) lupdate did not mark
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    for form in forms:
        ET.SubElement(tr, "numerusform").text = form
    tr.attrib.pop("type", None)


def fill(root: ET.Element, col: int | None) -> set[str]:
    """Fill one catalogue in place; returns the sources left untranslated."""
    missing: set[str] = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes" or source in PLURALS
        if col is None:  # English: plural forms only, every other text is its own source
            if numerus:
                _set_forms(message, tr, english_forms(source))
            else:
                tr.text, tr.attrib["type"] = None, "unfinished"
            continue
        if numerus:
            if source in PLURALS:
                _set_forms(message, tr, PLURALS[source][col])
            else:
                missing.add(source)
            continue
        if source in T:
            tr.text = T[source][col]
            tr.attrib.pop("type", None)
        elif not tr.text or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.add(source)
    return missing


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "retention_gui").rglob("*.py"))
    out = ROOT / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, set[str]] = {}
    for lang, col in LANGS.items():
        ts = out / f"retention_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
        tree = ET.parse(ts)
        root = tree.getroot()
        root.set("language", LOCALES[lang])
        if col is not None:
            report[lang] = fill(root, col)
        else:
            fill(root, col)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(out / f"retention_{lang}.qm")], check=True,
                       capture_output=True)
    print(f"compiled {', '.join(LANGS)}; untranslated (shown in English): "
          + ", ".join(f"{lang} {len(missing)}" for lang, missing in report.items()))
    for lang, missing in report.items():
        for text in sorted(missing)[:400]:
            print(f"  {lang} -", text.replace("\n", " ")[:110])
    return 0


if __name__ == "__main__":
    sys.exit(main())
