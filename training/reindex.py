"""Rebuild a built model's retrieval index from the data as it is now, without training it again.

The retrieve-and-edit model reads the nearest training example's command beside the phrase, and the
nearest few join the candidates (nlsh/retrieval.py), so examples added to data/ after the model was
trained (new core tasks) help it through the index alone: "remove all stopped docker containers" finds
`docker container prune` and the model follows it. Terms the old index knows keep their weights, so that the
new rows change another phrase's neighbours only by being nearer to it. The new index replaces the old one in
one rename.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from nlsh.retrieval import INDEX_FILE, Retriever, build_index, kept_weights
from training.modeldir import last_stage_rows, read_model_json, write_model_json
from training.train import retrieval_rows


def reindex(model_dir: Path) -> int:
    """Index the rows the model's last stage would train on today; returns how many it holds."""
    meta = read_model_json(model_dir, "index", needs=("train_config", "model_config"))
    if not meta["model_config"].get("retrieval"):
        raise SystemExit("this model reads no retrieval index (retrieval=false)")
    rows = retrieval_rows(last_stage_rows(meta["train_config"], "index them"))
    with tempfile.TemporaryDirectory(prefix="nlsh-index-", dir=model_dir) as tmp:  # beside it, for the rename
        # the terms the index knows keep their weights: a new batch moves no other phrase's neighbours but by nearness
        kept = kept_weights(model_dir) if Retriever.available(model_dir) else None
        build_index(rows, Path(tmp), kept)
        (Path(tmp) / INDEX_FILE).replace(model_dir / INDEX_FILE)
    meta["retrieval_rows"] = len(rows)
    write_model_json(model_dir, meta)
    return len(rows)
