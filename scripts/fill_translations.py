"""Refresh the catalogues and compile them:

    python scripts/fill_translations.py

1. pyside6-lupdate collects every self.tr / translate / QT_TRANSLATE_NOOP text into
   resources/translations/retention_{da,sv}.ts (kept translations stay);
2. texts still untranslated are filled from scripts/translations_table.py;
3. pyside6-lrelease compiles the .qm files the app loads.
Texts with no entry stay untranslated (shown in English) and are listed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_table import PLURALS, T  # noqa: E402

LANGS = {"da": 0, "sv": 1}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "retention_gui").rglob("*.py"))
    out = ROOT / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    missing: set[str] = set()
    for lang, col in LANGS.items():
        ts = out / f"retention_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
        tree = ET.parse(ts)
        root = tree.getroot()
        root.set("language", {"da": "da_DK", "sv": "sv_SE"}[lang])
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                if source in PLURALS:
                    forms = PLURALS[source][col]
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                    tr.attrib.pop("type", None)
                else:
                    missing.add(source)
                continue
            if source in T:
                tr.text = T[source][col]
                tr.attrib.pop("type", None)
            elif not tr.text:
                missing.add(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(out / f"retention_{lang}.qm")], check=True,
                       capture_output=True)
    print(f"compiled {', '.join(LANGS)}; {len(missing)} texts without a translation (shown in English)")
    for text in sorted(missing)[:400]:
        print("  -", text.replace("\n", " ")[:110])
    return 0


if __name__ == "__main__":
    sys.exit(main())
