"""Training with a moving average of the weights (`--set ema=D`)."""

import json

import pytest

torch = pytest.importorskip("torch")

from training.config import preset  # noqa: E402
from training.train import WeightAverage, train  # noqa: E402

PAIRS = [("list files in {}", "ls {}"), ("show disk usage of {}", "du -sh {}"), ("delete {}", "rm {}"),
         ("count lines in {}", "wc -l {}"), ("show the end of {}", "tail {}"), ("print {}", "cat {}")]
NAMES = ["a.txt", "notes.md", "logs", "/tmp", "build", "data.csv", "src", "x.log"]


def _prepared(tmp_path):
    data = tmp_path / "prepared"
    data.mkdir()
    rows = [{"nl": nl.format(name), "cmd": cmd.format(name), "source": "core"} for nl, cmd in PAIRS for name in NAMES]
    for split, part in (("train", rows[::2] + rows[1::4]), ("dev", rows[3::4])):
        (data / f"{split}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in part))
    return data


def test_the_average_follows_the_weights_slowly_after_a_quick_start():
    model = torch.nn.Linear(2, 2)
    average = WeightAverage(model, decay=0.9)
    start = model.weight.detach().clone()
    with torch.no_grad():
        model.weight.add_(1.0)
    average.update(model)  # first update: decay (1 + 1) / (10 + 1), not 0.9, so the start is mostly left
    assert torch.allclose(average.model.weight, start + 9 / 11)
    for _ in range(200):
        average.update(model)
    assert torch.allclose(average.model.weight, model.weight, atol=1e-6)
    assert not any(p.requires_grad for p in average.model.parameters())


def test_checkpoints_keep_the_average_for_use_and_the_trained_weights_to_resume(tmp_path):
    data, run = _prepared(tmp_path), tmp_path / "run"
    model_cfg, cfg = preset("tiny", epochs=2, ema=0.99, batch_size=8, examples=[])
    train(data, run, model_cfg, cfg)
    last = torch.load(run / "last.pt", weights_only=False)
    best = torch.load(run / "best.pt", weights_only=False)
    assert set(last["trained"]) == set(last["model"])
    assert any(not torch.equal(last["trained"][k], last["model"][k]) for k in last["model"])
    assert "trained" not in best and best["train_config"]["ema"] == 0.99
    assert "dev loss of the trained weights, unaveraged" in (run / "train.log").read_text()

    model_cfg, cfg = preset("tiny", epochs=3, ema=0.99, batch_size=8, examples=[])
    train(data, run, model_cfg, cfg, resume=True)
    resumed = torch.load(run / "last.pt", weights_only=False)
    assert resumed["epoch"] == 3 and resumed["step"] > last["step"]
    assert set(resumed["trained"]) == set(resumed["model"])
