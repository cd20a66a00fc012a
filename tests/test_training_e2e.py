"""The whole pipeline on the tiny config: prepare -> train -> export -> quantize -> evaluate -> model dir.

Small data and two epochs, so it runs in a couple of minutes on two CPU cores; what it checks is that
every stage works and hands the next one what it needs, and that the result is what nlsh loads.
"""

import json

import pytest

pytest.importorskip("torch")
pytest.importorskip("onnx")


@pytest.mark.slow
def test_tiny_build_end_to_end(tmp_path):
    from nlsh.translator import Translator
    from training.build import build, rescore

    out = tmp_path / "models"
    # measured with tldr pages held out, then one epoch more on every page (`--set teach_epochs=1`); with the
    # channel table the default config ships and the tiny one leaves out
    report = build(tmp_path / "run", "tiny", {"limit": "1500", "epochs": "2", "teach_epochs": "1", "channel": "true"},
                   out, eval_limit=20)

    files = {p.name for p in out.iterdir()}
    assert {"encoder.int8.onnx", "decoder.int8.onnx", "model.json", "MODEL_CARD.md", "report.json",
            "channel.npz"} <= files
    model_bytes = sum(p.stat().st_size for p in out.glob("*.onnx"))
    assert model_bytes < 4 * 2**20  # the tiny config's promise
    assert report["export_check"]["encoder_diff"] < 1e-4 and report["export_check"]["decoder_diff"] < 1e-4
    meta = json.loads((out / "model.json").read_text())
    assert meta["model_config"]["emb"] == 64 and isinstance(meta["compound_words"], list)
    assert isinstance(meta["user_values"], list)
    assert "nl2bash-dev" in report["int8"] and report["int8"]["nl2bash-dev"]["n"] == 20
    # epochs up to the best checkpoint of the first stage (1 or 2, by its dev loss), then the one taught
    assert report["taught"]["after_epochs"] in (1, 2) and report["epochs"] == report["taught"]["after_epochs"] + 1
    assert report["taught"]["tldr_dev_before"]["n"] == 20
    assert "tldr-dev" not in report["int8"] and "core-dev" in report["int8"]  # its pages are trained on now
    assert "epoch 1:" in (tmp_path / "run" / "taught" / "train.log").read_text()  # each stage logs to its own run

    translator = Translator.load(out)
    assert translator.channel is not None and meta["files"]["channel"] == "channel.npz"
    candidates = translator.translate("list all files in /tmp", 3)
    assert candidates and all(0.0 <= c.score <= 1.0 for c in candidates)
    assert "NLC2CMD" in (out / "MODEL_CARD.md").read_text()
    # nothing half-built is left beside the output
    assert not (tmp_path / "models.new").exists() and not (tmp_path / "models.old").exists()

    # a runtime change is measured without a retrain: the card is rewritten in place, a person's notes kept
    card = out / "MODEL_CARD.md"
    card.write_text(card.read_text() + "\n## Runs beside it (hand-written)\n\nr1 was worse.\n")
    rescored = rescore(out, eval_limit=10, fp32_dir=tmp_path / "run" / "onnx")
    assert rescored["int8"]["nl2bash-dev"]["n"] == 10 and rescored["rescored"]
    assert "tldr-dev" not in rescored["int8"] and "before its pages were taught" in card.read_text()
    assert rescored["fp32"]["nl2bash-dev"]["n"] == 10 and "the fp32 row too" in card.read_text()
    assert json.loads((out / "report.json").read_text())["int8"]["nl2bash-dev"]["n"] == 10
    assert "measured again" in card.read_text() and card.read_text().endswith("r1 was worse.\n")
    assert not list(out.glob("*.partial"))

    # data added later is taught to the built model in place: one epoch on its weights, notes kept
    from training.build import teach

    taught = teach(out, tmp_path / "teach", "tiny", {"limit": "1500", "teach_epochs": "1"}, out, eval_limit=5)
    assert taught["epochs"] == report["epochs"] + 1 and taught["taught"]["from"] == str(out)
    assert taught["parameters"] == report["parameters"]  # the same network, trained on
    assert "`python -m training teach`" in card.read_text() and card.read_text().endswith("r1 was worse.\n")
    assert Translator.load(out).translate("list all files in /tmp", 1)
