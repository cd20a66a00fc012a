"""A built model's folder as the tools that add to it later see it (`training channel`, `training index`).

They read its model.json, prepare the rows its last stage trained on again from data/, and write model.json
back whole: to a sibling file first, then one rename, so a reader never sees half of it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from training.data import read_jsonl
from training.prepare import prepare


def read_model_json(model_dir: Path, doing: str, needs: tuple[str, ...] = ("train_config",)) -> dict:
    """The model's description, holding the keys `needs`; a one-line exit naming what was to be done where there
    is no model."""
    try:
        meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
        for key in needs:
            meta[key]  # noqa: B018 - presence check
    except (OSError, ValueError, KeyError) as exc:
        raise SystemExit(f"no model to {doing} at {model_dir} ({exc})") from None
    return meta


def last_stage_rows(train_config: dict, redo: str) -> list[dict]:
    """The training rows of the model's last stage, from data/ as it is now; a one-line exit for a model trained
    on a sample of them, which `redo` says how to mend."""
    if train_config.get("limit"):
        raise SystemExit(f"this model trained on a sample of the rows (limit); rebuild it to {redo}")
    with tempfile.TemporaryDirectory(prefix="nlsh-rows-") as tmp:
        # a model taught every tldr page after its first epochs trained on them all
        prepare(Path(tmp), hold_out_tldr=not train_config.get("teach_epochs"))
        return read_jsonl(Path(tmp) / "train.jsonl")


def write_model_json(model_dir: Path, meta: dict) -> None:
    partial = model_dir / "model.json.partial"
    partial.write_text(json.dumps(meta), encoding="utf-8")
    partial.replace(model_dir / "model.json")
