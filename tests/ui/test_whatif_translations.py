"""Every what-if and advice text has Danish and Swedish wording with the same placeholders."""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest

from retention_gui import messages

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from translations_table import T  # noqa: E402

NEW_TEXTS = [*messages.WHATIF_NAMES.values(), *messages.WHATIF_REASONS.values(),
             *messages.ADVICE_TEMPLATES.values(), messages.WHATIF_HEADING]


def fields(text: str) -> list[str]:
    return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name})


@pytest.mark.parametrize("text", NEW_TEXTS, ids=[t[:40] for t in NEW_TEXTS])
def test_new_text_is_translated_with_the_same_placeholders(text):
    da, sv = T[text]
    assert da and sv
    assert fields(da) == fields(text) == fields(sv)


def test_advice_reads_in_danish_when_the_table_is_the_translator():
    from retention_gui.core.advice import advise

    table = {en: da for en, (da, _) in T.items()}
    messages.set_translator(lambda context, text: table.get(text, text))
    try:
        (a,) = advise(summary={"rpr_pct": 12.5})
        text = messages.advice_message(a)
    finally:
        messages.set_translator(lambda context, text: text)
    assert text.startswith("Kun 12.5% af de aktive kunder købte mere end én gang (under 20%).")
    # 12.5 % repeat buyers against the 20 % default; the watched number is the same rate.
    assert text.endswith("Tallet at holde øje med: Genkøbsrate %, nu 12.5 %; det bør stige, hvis det virker.")
