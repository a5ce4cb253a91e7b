"""pytest plugin (stop 37, textenc37): run the functional tests with the shipped n-gram model's offence heads replaced
by the textenc37 mix (probe and thresholds from /tmp/te37/probe_all.npz, written by `textenc37_probe.py negatives`).

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src:bench/dev nice .venv/bin/python -m pytest -q -p textenc37_pytest_plugin tests/text
"""

from __future__ import annotations

import json

import numpy as np
import textenc37_probe as P

from selfaudit.analysis import text_model

_z = np.load("/tmp/te37/probe_all.npz")
_probe = {h: (_z[f"w_{h}"], float(_z[f"b_{h}"])) for h in text_model.HEADS}
_mx = P.Mixed(text_model.OffenceModel(P.SHIPPED), _probe, float(_z["a"]), {}, P.Cache())
_mx.thresholds = json.loads(str(_z["thr"]))
_mx.threshold = _mx.thresholds["offensive"]
text_model.load = lambda: (_mx, None)  # type: ignore[assignment]
text_model._model = _mx  # type: ignore[assignment]
