"""Dynamic INT8 quantization of the exported encoder and decoder (weights INT8, activations at run time).

MatMul weights and the embedding tables (Gather) become INT8; the encoder's fused GRU op stays float,
since onnxruntime has no quantized kernel for it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from nlsh.channel import CHANNEL_FILE
from nlsh.retrieval import EXAMPLES_FILE, INDEX_FILE


def _mib(path: Path) -> float:
    return path.stat().st_size / 2**20


def quantize(onnx_dir: Path, out_dir: Path) -> dict:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    meta = json.loads((onnx_dir / "model.json").read_text(encoding="utf-8"))
    sizes = {}
    for role in ("encoder", "decoder"):
        src = onnx_dir / meta["files"][role]
        dst = out_dir / f"{role}.int8.onnx"
        tmp = dst.with_suffix(".tmp")
        quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"],
                         per_channel=False, extra_options={"MatMulConstBOnly": True})
        tmp.replace(dst)  # never leave a half-written model where nlsh would load it
        meta["files"][role] = dst.name
        sizes[role] = (_mib(src), _mib(dst))
        print(f"{role}: {sizes[role][0]:.2f} MiB fp32 -> {sizes[role][1]:.2f} MiB int8 "
              f"({sizes[role][1] / sizes[role][0]:.0%})")
    meta["quantization"] = "dynamic int8 (MatMul, Gather)"
    (out_dir / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    for extra in (onnx_dir / name for name in (INDEX_FILE, EXAMPLES_FILE, CHANNEL_FILE)):
        if extra.exists():
            shutil.copy(extra, out_dir / extra.name)
    return sizes
