"""Make the shipped face model from MediaPipe's full-range BlazeFace, for OpenCV's TFLite importer.

    pip download --no-deps mediapipe==0.10.21 -d /tmp/mp     # the cp311 manylinux wheel
    python -m venv /tmp/fb && /tmp/fb/bin/pip install flatbuffers numpy
    /tmp/fb/bin/python tools/densify_face_model.py /tmp/mp/mediapipe-0.10.21-*.whl \
        src/selfaudit/data/models/face_detection_full_range.tflite

The wheel's `face_detection_full_range_sparse.tflite` stores 46 weight tensors sparse (CSR)
and expands them at run time with the DENSIFY operator, and ends its two output heads with
DEPTH_TO_SPACE; OpenCV supports neither. This script (1) stores every such weight dense (the
same float16 values, zeros where the sparse form had none) and drops the DENSIFY operators,
(2) ends the graph before the two DEPTH_TO_SPACE + RESHAPE pairs, whose rearrangement
selfaudit does in numpy (faces.py `_depth_to_space`). Nothing else changes: on the
astronaut photograph the outputs equal those of the original model run by the TFLite
interpreter (ai-edge-litert 2.3.0) to 8e-5. The TFLite schema bindings come from the same
wheel (`mediapipe/tasks/metadata/schema_py_generated.py`). Runs once, offline; selfaudit
itself never needs mediapipe or flatbuffers.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import zipfile
from pathlib import Path

import flatbuffers  # type: ignore[import-not-found]
import numpy as np

SPARSE = "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite"
SCHEMA = "mediapipe/tasks/metadata/schema_py_generated.py"


def main(wheel: str, dst: str) -> None:
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "schema.py").write_bytes(z.read(SCHEMA))
        spec = importlib.util.spec_from_file_location("tflite_schema", Path(tmp) / "schema.py")
        S = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(S)  # type: ignore[union-attr]
        buf = z.read(SPARSE)
    m = S.ModelT.InitFromObj(S.Model.GetRootAsModel(buf, 0))
    sg = m.subgraphs[0]

    def code(o: object) -> int:
        oc = m.operatorCodes[o.opcodeIndex]  # type: ignore[attr-defined]
        return int(max(oc.builtinCode, oc.deprecatedBuiltinCode))

    dtypes = {S.TensorType.FLOAT16: np.float16, S.TensorType.FLOAT32: np.float32}
    kept = []
    for o in sg.operators:
        if code(o) != S.BuiltinOperator.DENSIFY:
            kept.append(o)
            continue
        src, out = sg.tensors[o.inputs[0]], sg.tensors[o.outputs[0]]
        sp = src.sparsity
        dims = sp.dimMetadata
        # Only the layout this model uses: dense leading dimensions, CSR in the last one.
        assert list(sp.traversalOrder) == [0, 1, 2, 3] and sp.blockMap is None
        assert all(d.format == S.DimensionType.DENSE for d in dims[:-1]) and dims[-1].format == S.DimensionType.SPARSE_CSR
        vals = np.frombuffer(bytes(bytearray(m.buffers[src.buffer].data)), dtypes[src.type])
        shape = [int(x) for x in out.shape]
        rows = int(np.prod(shape[:-1]))
        seg = np.array(dims[-1].arraySegments.values, np.int64)
        idx = np.array(dims[-1].arrayIndices.values, np.int64)
        assert len(seg) == rows + 1 and seg[-1] == len(vals) == len(idx)
        dense = np.zeros((rows, shape[-1]), dtypes[src.type])
        for r in range(rows):
            dense[r, idx[seg[r]:seg[r + 1]]] = vals[seg[r]:seg[r + 1]]
        b = S.BufferT()
        b.data = np.frombuffer(dense.tobytes(), np.uint8)
        m.buffers.append(b)
        out.buffer = len(m.buffers) - 1
        m.buffers[src.buffer].data = None  # the sparse copy is no longer read
    sg.operators = kept
    # End the graph before DEPTH_TO_SPACE + RESHAPE of each head (regressor first, as before).
    d2s = [o for o in sg.operators if code(o) == S.BuiltinOperator.DEPTH_TO_SPACE]
    tails = {o.outputs[0]: o for o in sg.operators if code(o) == S.BuiltinOperator.RESHAPE and any(o.inputs[0] == d.outputs[0] for d in d2s)}
    assert len(d2s) == 2 and len(tails) == 2
    head_input = {t.outputs[0]: d.inputs[0] for t in tails.values() for d in d2s if t.inputs[0] == d.outputs[0]}
    sg.outputs = [head_input[i] for i in sg.outputs]
    sg.operators = [o for o in sg.operators if o not in d2s and o not in tails.values()]
    fb = flatbuffers.Builder(1024)
    fb.Finish(m.Pack(fb), file_identifier=b"TFL3")
    Path(dst).write_bytes(fb.Output())
    print(f"{dst}: {len(sg.operators)} operators")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
