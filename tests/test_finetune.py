"""Personal fine-tuning: which logged commands teach the model, LoRA adapters that merge exactly, and the whole
run on a tiny model, from a user who keeps editing a proposal into `ls -lah` to a personal model that says it.
"""

import json
import re
import shutil

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")

from click.testing import CliRunner  # noqa: E402

from nlsh import history, paths, personal  # noqa: E402
from nlsh.cli import cli  # noqa: E402
from nlsh.translator import Translator  # noqa: E402
from nlsh.vocab import Vocab  # noqa: E402
from training.config import ModelConfig  # noqa: E402
from training.finetune import (add_adapters, extend_vocab, finetune, finetune_config, merge,  # noqa: E402
                               pairs_from_log, trainable_state)
from training.model import Seq2Seq  # noqa: E402

PREFERRED = "ls -lah"
# What the synthetic user typed, each time editing the proposal into PREFERRED.
LOGGED = ["list all files", "list all files here", "show all files in this folder",
          "list every file in this directory"]


@pytest.fixture
def one_thread():
    """Two threads spin against each other on a busy two-core runner; one is faster for a model this small."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _entry(phrase, proposed, command, edited, action="run", status=0, chosen=0):
    return {"phrase": phrase, "proposed": proposed, "chosen": chosen, "command": command, "edited": edited,
            "action": action, "exit_status": status}


def test_pairs_from_log_keeps_what_the_user_ran():
    entries = [
        _entry("list all files", ["ls -la"], "ls -la", False),
        _entry("List all  files", ["ls -la"], "ls -lah", True),  # same phrase, edited later: this wins
        _entry("list all files", ["ls -la"], "ls -lah", True),
        _entry("delete {{file}}", ["rm {{file}}"], "rm notes.txt", False),  # placeholders filled for one run
        _entry("show disk usage", ["du -sh"], "du -sh", False, action="skip", status=None),
        _entry("compress logs", ["tar czf logs.tgz logs"], "tar czf logs.tgz logs", False, status=2),
        _entry(None, [], "echo hi", False),  # a `!command` line has no phrase
        {"phrase": "broken entry"},
    ]
    pairs = pairs_from_log(entries)
    assert pairs == [
        {"nl": "list all files", "cmd": "ls -lah", "source": "user", "weight": 2},
        {"nl": "delete {{file}}", "cmd": "rm {{file}}", "source": "user", "weight": 1},
    ]


def _small_model():
    cfg = ModelConfig(emb=16, enc_hidden=16, dec_hidden=24, attn=16, proj=16, dropout=0.0, retrieval=False,
                      src_vocab=30, tgt_vocab=20)
    torch.manual_seed(0)
    return Seq2Seq(cfg).eval()


def _outputs(model, src, tgt):
    with torch.no_grad():
        return model(src, torch.tensor([src.size(1)] * src.size(0)), tgt)


def test_adapters_freeze_the_base_and_merge_exactly():
    model = _small_model()
    base = {k: v.clone() for k, v in model.state_dict().items()}
    vocab = Vocab(["<pad>", "<s>", "</s>", "<unk>"] + [f"▁w{i}" for i in range(16)])
    model.requires_grad_(False)
    vocab = extend_vocab(model, vocab, ["▁w1x"])
    adapted = add_adapters(model, rank=4, alpha=8)
    assert "dec1.weight_hh_l0" in adapted and "encoder.weight_ih_l0_reverse" in adapted and "out.weight" in adapted
    assert "attn1.v.weight" not in adapted and "gate.weight" not in adapted  # too narrow for rank 4
    trained = trainable_state(model)
    assert trained and all(".parametrizations." in name for name in trained)
    # the new piece starts as the known one it extends
    assert torch.equal(model.tgt_emb.weight[-1], base["tgt_emb.weight"][vocab.index["▁w1"]])

    # `up` starts at zero: before training, every adapted matrix is the base's, plus the new row
    assert torch.equal(model.dec1.weight_hh_l0, base["dec1.weight_hh_l0"])
    assert torch.equal(model.out.weight[:-1], base["out.weight"])
    src, tgt = torch.randint(4, 30, (2, 5)), torch.randint(4, 21, (2, 4))
    with torch.no_grad():
        for name, value in model.named_parameters():
            if name.endswith(".up"):
                value.normal_(0, 0.1)
    adapted_out = _outputs(model, src, tgt)
    merge(model)
    merged_out = _outputs(model, src, tgt)
    for a, b in zip(adapted_out, merged_out):
        assert torch.allclose(a, b, atol=1e-6)
    assert model.cfg.tgt_vocab == len(vocab) == 21
    state = model.state_dict()
    assert set(state) == set(base)  # plain weights again: exports and loads like any checkpoint
    assert torch.equal(state["src_emb.weight"], base["src_emb.weight"])  # no adapter on the embeddings
    reloaded = Seq2Seq(model.cfg)
    reloaded.load_state_dict(state)


@pytest.mark.slow
def test_finetune_learns_the_users_spelling_and_guards_dev_accuracy(tmp_path, one_thread):
    from training.build import WEIGHTS_FILE, build

    base_dir = tmp_path / "base"
    # a slice of the data and few epochs: a weak model, but one that proposes something for every phrase; with the
    # channel table the shipped model has, which the personal model must keep
    build(tmp_path / "run", "tiny", {"limit": "12000", "epochs": "3", "channel": "true"}, base_dir, eval_limit=5)
    shipped = {p.name: p.read_bytes() for p in base_dir.iterdir()}
    assert WEIGHTS_FILE in shipped

    base = Translator.load(base_dir)
    proposed = [c.command for c in base.translate(LOGGED[0], 3)]
    assert proposed and proposed[0] != PREFERRED
    for _ in range(3):  # the user keeps correcting the same proposal, and once skips an unrelated one
        for phrase in LOGGED:
            history.append({"source": "repl", "cwd": "/home/me", "phrase": phrase, "proposed": proposed,
                            "chosen": 0, "command": PREFERRED, "edited": True, "action": "run", "exit_status": 0})
    history.append({"source": "repl", "cwd": "/home/me", "phrase": "show disk usage", "proposed": ["du -sh"],
                    "chosen": 0, "command": "du -sh", "edited": False, "action": "skip", "exit_status": None})

    # the default settings: 300 steps, and the accuracy check on a fixed subset of NL2Bash dev, its first
    # 200 distinct phrases of 680, which keeps it to seconds; noise on fewer phrases would rival 0.02.
    # The guard installs by its own rule. This tiny model scores about -0.5 on those phrases, and fine-tuning it cost
    # 0.005 to 0.026 over five runs (its training sample is a shuffle of all rows: every added row draws another
    # model), on either side of the default max_drop of 0.02; more than 0.05 would be forgetting, not a draw.
    max_drop = finetune_config().max_drop
    try:
        report = finetune(history.read(), base_dir, finetune_config())
    except SystemExit as refused:
        drop = float(re.search(r"fell by (-?[\d.]+)", str(refused)).group(1))
        assert max_drop < drop <= 0.05, str(refused)
        assert paths.default_model_dir() == paths.shipped_model_dir()  # a refused model is not half installed
        report = finetune(history.read(), base_dir, finetune_config(), force=True)

    print(f"\nadapter: {report['adapter_parameters']:,} parameters on {report['adapted_matrices']} matrices "
          f"+ {report['new_row_parameters']} for new pieces {report['new_pieces']}; "
          f"{report['adapter_bytes']:,} bytes on disk; NL2Bash dev NLC2CMD@1 "
          f"{report['nl2bash_dev_nlc2cmd@1']}; {report['seconds']} s")
    assert report["installed"] and report["pairs"] == len(LOGGED) and report["nl2bash_dev_phrases"] == 200
    scores = report["nl2bash_dev_nlc2cmd@1"]
    assert scores["personal"] >= scores["base"] - 0.05
    assert 0 < report["adapter_parameters"] < 0.1 * sum(v.numel() for v in torch.load(
        base_dir / WEIGHTS_FILE).values())

    # nlsh itself now loads the personal model and says what the user wants
    assert paths.default_model_dir() == paths.user_model_dir()
    mine = Translator.load()
    assert mine.channel is not None
    for phrase in LOGGED:
        assert mine.translate(phrase, 1)[0].command == PREFERRED, phrase
    assert {p.name: p.read_bytes() for p in base_dir.iterdir()} == shipped  # the base is untouched
    assert json.loads((paths.user_model_dir() / "model.json").read_text())["finetune"]["pairs"] == len(LOGGED)
    print("a phrase never logged:", "list all the files ->", mine.translate("list all the files", 1)[0].command)

    # and switching back and forth is one command each way
    to_shipped = CliRunner().invoke(cli, ["model", "use", "shipped"], catch_exceptions=False)
    assert to_shipped.exit_code == 0 and "shipped" in to_shipped.output
    assert paths.default_model_dir() == paths.shipped_model_dir()
    assert personal.describe()["in_use"] == "shipped"
    back = CliRunner().invoke(cli, ["model", "use", "personal"], catch_exceptions=False)
    assert back.exit_code == 0 and paths.default_model_dir() == paths.user_model_dir()
    shown = CliRunner().invoke(cli, ["model", "show"], catch_exceptions=False).output
    assert "in use: personal" in shown and f"fine-tuned on {len(LOGGED)} phrases" in shown


def test_model_use_without_a_personal_model_says_how_to_make_one():
    result = CliRunner().invoke(cli, ["model", "use", "personal"])
    assert result.exit_code != 0
    assert "python -m training finetune" in result.output
    assert CliRunner().invoke(cli, ["model", "use", "shipped"]).exit_code == 0  # nothing to switch off: fine


@pytest.mark.skipif(not (paths.shipped_model_dir() / "model.json").exists(), reason="no shipped model")
def test_install_replaces_the_personal_model_whole():
    staging = paths.user_model_dir().with_name("model.new")
    staging.parent.mkdir(parents=True)
    shutil.copytree(paths.shipped_model_dir(), staging)
    assert personal.install(staging) == paths.user_model_dir()
    assert not staging.exists() and personal.describe()["in_use"] == "personal"
    personal.use("shipped")
    again = paths.user_model_dir().with_name("model.new")
    shutil.copytree(paths.shipped_model_dir(), again)
    personal.install(again)  # a new personal model supersedes the one switched off
    assert not personal.off_dir().exists() and personal.describe()["in_use"] == "personal"
    Translator.load()
