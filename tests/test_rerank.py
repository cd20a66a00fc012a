"""The pool reranker: its features, its place in the choice, its fit, and a model.json that holds it."""

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from nlsh import slotfill
from nlsh.consensus import agreements, choose, signature
from nlsh.errors import ModelError
from nlsh.paths import shipped_model_dir
from nlsh.rerank import FEATURES, Pool, Reranker, features
from training.rerank import fit

COLUMN = {name: i for i, name in enumerate(FEATURES)}


def _pool(phrase, commands, weights, beam=None, retrieved=None, coverage=None):
    return Pool(phrase, commands, [signature(c) for c in commands], weights, list(weights), None,
                beam or {}, retrieved or {}, coverage, [False] * len(commands), None, None, list(commands))


def test_each_member_gets_a_row_of_every_feature():
    pool = _pool("compress bigfile with xz at maximum compression", ["xz -9 bigfile", "gzip bigfile", "tar {{x}}"],
                 [0.5, 0.3, 0.2], beam={"xz -9 bigfile": -0.5, "gzip bigfile": -1.0},
                 retrieved={"tar {{x}}": 4.0}, coverage=[1.0, 1.0, 0.0])
    rows = features(pool, agreements(pool.signatures), agreement_pick=1)
    assert rows.shape == (3, len(FEATURES))
    assert rows[:, COLUMN["agreement_pick"]].tolist() == [0, 1, 0]
    assert rows[:, COLUMN["utility_said"]].tolist() == [1, 0, 0]  # the phrase names xz
    assert rows[:, COLUMN["said_utility_missing"]].tolist() == [0, 1, 1]
    assert rows[:, COLUMN["from_beam"]].tolist() == [1, 1, 0] and rows[:, COLUMN["retrieved"]].tolist() == [0, 0, 1]
    assert rows[:, COLUMN["beam_logp"]][0] == 0.0 and rows[:, COLUMN["beam_logp"]][1] == -0.5
    assert rows[:, COLUMN["placeholders"]].tolist() == [0, 0, 1]
    assert rows[:, COLUMN["log_weight"]][0] == pytest.approx(0.0, abs=1e-9)
    assert rows[:, COLUMN["literal_coverage"]].tolist() == [1.0, 1.0, 0.0]


def test_the_words_a_command_shares_with_the_phrase_count_by_their_stems():
    pool = _pool("apply the latest stash and drop it", ["git stash pop", "git stash list"], [0.5, 0.5])
    rows = features(pool, agreements(pool.signatures), 0)
    said = rows[:, COLUMN["words_said"]]
    assert said[0] == said[1] == 0.5  # "stash" said, "pop" and "list" not; the utility itself does not count
    pool = _pool("list the stashes", ["git stash pop", "git stash list"], [0.5, 0.5])
    assert features(pool, agreements(pool.signatures), 0)[:, COLUMN["words_said"]].tolist() == [0.5, 1.0]


def test_a_ranking_picks_the_first_and_leans_the_later_picks():
    pool = ["df -h", "df -h /", "du -sh .", "du -sh *", "ls -l"]
    signatures = [signature(c) for c in pool]
    weights = [0.3, 0.25, 0.2, 0.15, 0.1]
    assert pool[choose(signatures, weights, 1)[0][0]] == "df -h"
    ranking = np.array([0.0, 0.0, 0.0, 0.0, 5.0])
    picked = [pool[i] for i, _ in choose(signatures, weights, 2, ranking=ranking)]
    assert picked[0] == "ls -l"  # the ranking's best, whatever the agreement
    assert picked[1] == "df -h"  # then coverage of the pool, as before
    # between two that cover alike (du -sh . and du -sh * read the same), the ranked one comes next
    tie = np.array([0.0, 0.0, 0.0, 3.0, 5.0])
    picked = [pool[i] for i, _ in choose(signatures, weights, 3, ranking=tie)]
    assert picked == ["ls -l", "df -h", "du -sh *"]


def test_the_fit_learns_which_feature_marks_the_right_member():
    rng = np.random.default_rng(0)
    samples = []
    for _ in range(200):
        rows = rng.normal(size=(6, len(FEATURES)))
        right = np.zeros(6)
        best = int(np.argmax(rows[:, COLUMN["literal_coverage"]] + 0.3 * rng.normal(size=6)))
        right[best] = 1
        samples.append((rows, right))
    weights = fit(samples)
    assert np.argmax(np.abs(weights)) == COLUMN["literal_coverage"] and weights[COLUMN["literal_coverage"]] > 0
    hits = sum(int(np.argmax(rows @ weights)) == int(np.argmax(right)) for rows, right in samples)
    assert hits / len(samples) > 0.8
    assert np.allclose(weights, fit(samples))  # the same data give the same weights


@pytest.mark.parametrize("weights", [{"no_such_feature": 1.0}, {"agreement": "high"}, ["agreement"]])
def test_weights_a_runtime_cannot_read_are_a_model_error_naming_the_file(tmp_path, weights):
    with pytest.raises(ModelError) as caught:
        Reranker(weights, tmp_path / "model.json")
    assert str(tmp_path / "model.json") in str(caught.value) and "python -m training rerank" in str(caught.value)


needs_model = pytest.mark.skipif(not (shipped_model_dir() / "model.json").exists(), reason="no shipped model")


@needs_model
def test_a_model_json_with_a_bad_reranker_is_one_line_and_exit_4(tmp_path):
    model = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), model)
    meta = json.loads((model / "model.json").read_text())
    meta["rerank"] = {**meta["rerank"], "from_the_future": 1.0}
    (model / "model.json").write_text(json.dumps(meta))
    proc = subprocess.run([sys.executable, "-m", "nlsh", "translate", "--model", str(model), "list files"],
                          capture_output=True, text=True)
    assert proc.returncode == 4
    assert proc.stderr.count("\n") == 1 and "from_the_future" in proc.stderr and "Traceback" not in proc.stderr


@needs_model
def test_the_shipped_model_shows_first_what_its_reranker_scores_highest():
    from nlsh.translator import Translator

    translator = Translator.load(shipped_model_dir())
    assert translator.reranker is not None
    translator.pool_log = []
    for phrase in ("list files sorted by size", "which process is using port 8080", "compress bigfile with xz"):
        translator.pool_log.clear()
        first = translator.translate(phrase, 3)[0].command
        logged, commands, shown, rows, eligible = translator.pool_log[0]
        best = int(np.argmax(np.where(eligible, translator.reranker.scores(rows), -np.inf)))
        assert first == (shown[best] if shown else slotfill.adapt(commands[best], logged))
