"""Export the best checkpoint to ONNX (encoder + step decoder) and check it against PyTorch.

The export fails when onnxruntime's outputs differ from PyTorch's by more than TOLERANCE on real
phrases from the dev data.
"""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import numpy as np
import torch

from nlsh.channel import CHANNEL_FILE
from nlsh.retrieval import EXAMPLES_FILE, INDEX_FILE
from nlsh.tokenize import tokenize_phrase
from nlsh.translator import MODEL_FORMAT
from nlsh.vocab import Vocab
from training.train import load_checkpoint

TOLERANCE = 1e-4
CHECK_PHRASES = [
    "find all files named *.log under /var modified in the last 7 days",
    "show free disk space in human readable form",
    "count the lines in notes.txt",
    "kill the process listening on port 8080",
]


class EncoderForExport(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, src):
        enc, keys1, keys2, h0, _ = self.model.encode(src)
        return enc, keys1, keys2, h0


class DecoderStepForExport(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, prev, h1, h2, enc, keys1, keys2):
        # the runtime decodes one phrase at a time, so every source position is real
        mask = torch.ones_like(enc[:, :, 0], dtype=torch.bool)
        return self.model.step(prev, h1, h2, enc, keys1, keys2, mask)


def _max_diff(a, b) -> float:
    return max(float(np.max(np.abs(np.asarray(x) - np.asarray(y)))) for x, y in zip(a, b))


def export(checkpoint: Path, out_dir: Path) -> dict:
    import onnx
    import onnxruntime as ort

    model, ckpt = load_checkpoint(checkpoint)
    model.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    src_vocab = Vocab(ckpt["src_vocab"])
    cfg = model.cfg
    beam, s_len = 3, 7
    enc_args = (torch.randint(1, cfg.src_vocab, (1, s_len)),)
    dec_args = (torch.randint(4, cfg.tgt_vocab, (beam,)), torch.randn(beam, cfg.dec_hidden),
                torch.randn(beam, cfg.dec_hidden), torch.randn(beam, s_len, 2 * cfg.enc_hidden),
                torch.randn(beam, s_len, cfg.attn), torch.randn(beam, s_len, cfg.attn))
    enc_path, dec_path = out_dir / "encoder.onnx", out_dir / "decoder.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(EncoderForExport(model), enc_args, str(enc_path), dynamo=False, opset_version=17,
                          input_names=["src"], output_names=["enc", "keys1", "keys2", "h0"],
                          dynamic_axes={"src": {0: "batch", 1: "src_len"}, "enc": {0: "batch", 1: "src_len"},
                                        "keys1": {0: "batch", 1: "src_len"}, "keys2": {0: "batch", 1: "src_len"},
                                        "h0": {0: "batch"}})
        torch.onnx.export(DecoderStepForExport(model), dec_args, str(dec_path), dynamo=False, opset_version=17,
                          input_names=["prev", "h1", "h2", "enc", "keys1", "keys2"],
                          output_names=["p_vocab", "p_glued", "p_spaced", "h1_out", "h2_out"],
                          dynamic_axes={"prev": {0: "beam"}, "h1": {0: "beam"}, "h2": {0: "beam"},
                                        "enc": {0: "beam", 1: "src_len"}, "keys1": {0: "beam", 1: "src_len"},
                                        "keys2": {0: "beam", 1: "src_len"}, "p_vocab": {0: "beam"},
                                        "p_glued": {0: "beam", 1: "src_len"}, "p_spaced": {0: "beam", 1: "src_len"},
                                        "h1_out": {0: "beam"}, "h2_out": {0: "beam"}})
    for path in (enc_path, dec_path):
        onnx.checker.check_model(onnx.load(str(path)))
    model.eval()  # the exporter may leave the module in training mode, where dropout would differ

    # Compare on real phrases and real decoder states, not just the random tracing inputs.
    encoder = ort.InferenceSession(str(enc_path), providers=["CPUExecutionProvider"])
    decoder = ort.InferenceSession(str(dec_path), providers=["CPUExecutionProvider"])
    worst_enc = worst_dec = 0.0
    with torch.no_grad():
        for phrase in CHECK_PHRASES:
            src = torch.tensor([[src_vocab.source_id(t) for t in tokenize_phrase(phrase)]])
            ref = EncoderForExport(model)(src)
            got = encoder.run(None, {"src": src.numpy()})
            worst_enc = max(worst_enc, _max_diff(ref, got))
            enc, keys1, keys2, h0 = (x.repeat(beam, *[1] * (x.dim() - 1)) for x in ref)
            prev = torch.tensor([1, 5, 9])
            h1 = h2 = h0
            for _ in range(4):
                ref_step = DecoderStepForExport(model)(prev, h1, h2, enc, keys1, keys2)
                got_step = decoder.run(None, {"prev": prev.numpy(), "h1": h1.numpy(), "h2": h2.numpy(),
                                              "enc": enc.numpy(), "keys1": keys1.numpy(), "keys2": keys2.numpy()})
                worst_dec = max(worst_dec, _max_diff(ref_step, got_step))
                h1, h2 = ref_step[3], ref_step[4]
                prev = ref_step[0].argmax(-1)
    print(f"ONNX vs PyTorch max abs difference: encoder {worst_enc:.2e}, decoder {worst_dec:.2e}")
    if max(worst_enc, worst_dec) > TOLERANCE:
        raise SystemExit(f"export check failed: difference above tolerance {TOLERANCE}")

    meta = {
        "format": MODEL_FORMAT,
        "model_config": ckpt["model_config"],
        "train_config": ckpt["train_config"],
        "epoch": ckpt["epoch"],
        "dev_loss": ckpt["dev_loss"],
        "max_tgt_len": ckpt["train_config"]["max_tgt_len"],
        "src_vocab": ckpt["src_vocab"],
        "tgt_vocab": ckpt["tgt_vocab"],
        "compound_words": ckpt.get("compound_words", []),
        "user_values": ckpt.get("user_values", []),
        "files": {"encoder": enc_path.name, "decoder": dec_path.name},
    }
    table = checkpoint.parent / CHANNEL_FILE  # trained beside the checkpoint, on the same rows
    if ckpt["model_config"].get("channel") and table.exists():
        shutil.copy(table, out_dir / CHANNEL_FILE)
        meta["files"]["channel"] = CHANNEL_FILE
    (out_dir / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    if ckpt["model_config"].get("retrieval"):
        for name in (INDEX_FILE, EXAMPLES_FILE):  # the second only in an older index
            if (checkpoint.parent / "retrieval" / name).exists():
                shutil.copy(checkpoint.parent / "retrieval" / name, out_dir / name)
    return {"encoder_diff": worst_enc, "decoder_diff": worst_dec}
