"""Rebuild a built model's retrieval index from the data as it is now, without training it again.

The retrieve-and-edit model reads the nearest training example's command beside the phrase, and the
nearest few join the candidates (nlsh/retrieval.py), so examples added to data/ after the model was
trained (new core tasks) help it through the index alone: "remove all stopped docker containers" finds
`docker container prune` and the model follows it. The new index replaces the old one in one rename.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from nlsh.retrieval import INDEX_FILE, build_index
from training.data import read_jsonl
from training.prepare import prepare
from training.train import retrieval_rows


def reindex(model_dir: Path) -> int:
    """Index the rows the model's last stage would train on today; returns how many it holds."""
    meta_path = model_dir / "model.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        train_config, model_config = meta["train_config"], meta["model_config"]
    except (OSError, ValueError, KeyError) as exc:
        raise SystemExit(f"no model to index at {model_dir} ({exc})") from None
    if not model_config.get("retrieval"):
        raise SystemExit("this model reads no retrieval index (retrieval=false)")
    if train_config.get("limit"):
        raise SystemExit("this model trained on a sample of the rows (limit); rebuild it to index them")
    with tempfile.TemporaryDirectory(prefix="nlsh-index-", dir=model_dir) as tmp:
        # a model taught every tldr page after its first epochs trained on them all
        prepare(Path(tmp) / "prepared", hold_out_tldr=not train_config.get("teach_epochs"))
        rows = retrieval_rows(read_jsonl(Path(tmp) / "prepared" / "train.jsonl"))
        build_index(rows, Path(tmp) / "index")
        (Path(tmp) / "index" / INDEX_FILE).replace(model_dir / INDEX_FILE)
    meta["retrieval_rows"] = len(rows)
    partial = meta_path.with_name("model.json.partial")
    partial.write_text(json.dumps(meta), encoding="utf-8")
    partial.replace(meta_path)
    return len(rows)
