"""Cell parsing helpers."""

from __future__ import annotations

import pandas as pd


def test_masks_from_mixed_columns_treat_missing_as_false():
    import numpy as np

    from retention_gui.core.parsing import as_mask

    for values in (pd.Series([True, None, pd.NaT], dtype=object), pd.Series([True, np.nan]),
                   pd.Series(pd.array([True, None], dtype="boolean"))):
        assert as_mask(values).tolist()[0] is True
        assert as_mask(values).dtype == bool and not as_mask(values).iloc[1:].any()
