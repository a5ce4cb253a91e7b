"""textop36 (stop 36): a bench-only shim that lowers the offence heads' thresholds of every model the process
loads, so that bench_real_exports.py's `selfaudit audit` subprocesses run the shipped model at a grid point.

    SA_OP36_DELTA=0.15,0,0.05 PYTHONPATH=$PWD/bench/dev/textop36_shim:$PWD/src \\
        nice .venv/bin/python bench/bench_real_exports.py /work/probe29/exports/assembled

SA_OP36_DELTA = offensive,threat,identity deltas (each threshold lowered by its delta). Without the variable the shim
does nothing. Never on a path the product uses.
"""

import os

_delta = os.environ.get("SA_OP36_DELTA")
if _delta:
    from selfaudit.analysis import text_model as _tm

    _d = dict(zip(("offensive", "threat", "identity"), (float(x) for x in _delta.split(",")), strict=True))
    _init = _tm.OffenceModel.__init__

    def _lowered(self, *args, **kw):  # type: ignore[no-untyped-def]
        _init(self, *args, **kw)
        self.thresholds = {h: v - _d.get(h, 0.0) for h, v in self.thresholds.items()}
        self.threshold = self.thresholds["offensive"]

    _tm.OffenceModel.__init__ = _lowered  # type: ignore[method-assign]
