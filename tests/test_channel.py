"""The phrase-given-command table: trained by training/channel.py, read by nlsh/channel.py."""

import json
import math

import pytest

from nlsh.channel import CHANNEL_FILE, FLOOR, NULL, Channel, command_terms, phrase_terms, save
from nlsh.consensus import signature
from nlsh.errors import ModelError
from nlsh.tokenize import tokenize_phrase
from training.channel import train_table

ROWS = [
    {"nl": "count the lines in notes.txt", "cmd": "wc -l notes.txt"},
    {"nl": "how many lines does data.csv have", "cmd": "wc -l data.csv"},
    {"nl": "number of lines in log.txt", "cmd": "wc -l log.txt"},
    {"nl": "count lines of code in main.py", "cmd": "wc -l main.py"},
    {"nl": "count the words in essay.md", "cmd": "wc -w essay.md"},
    {"nl": "how many words are in story.txt", "cmd": "wc -w story.txt"},
    {"nl": "word count of thesis.tex", "cmd": "wc -w thesis.tex"},
    {"nl": "list the files here", "cmd": "ls"},
    {"nl": "list all files including hidden ones", "cmd": "ls -a"},
    {"nl": "show the files in /tmp", "cmd": "ls /tmp"},
    {"nl": "show the last lines of app.log", "cmd": "tail app.log"},
    {"nl": "sort the lines of names.txt", "cmd": "sort names.txt"},
]


@pytest.fixture(scope="module")
def table():
    return train_table(ROWS)


@pytest.fixture()
def channel(table, tmp_path):
    save(table, tmp_path / CHANNEL_FILE, min_probability=0.0)
    return Channel(tmp_path / CHANNEL_FILE)


def fits(channel, phrase, commands):
    return channel.log_likelihoods(phrase_terms(tokenize_phrase(phrase)), [signature(c) for c in commands])


def test_each_part_is_a_distribution_over_phrase_words(table):
    for part, row in table.items():
        assert sum(row.values()) == pytest.approx(1.0), part
    # a word that comes with one flag and nothing else goes to it, not to NULL or the utility
    assert max(table["F:wc:-w"], key=table["F:wc:-w"].get) == "words"
    assert table["F:ls:-a"].get("hidden", 0) > table[NULL].get("hidden", 0)


def test_the_command_whose_parts_explain_the_phrase_fits_best(channel):
    ls, wc_l, wc_w = fits(channel, "count the lines in todo.txt", ["ls", "wc -l", "wc -w"])
    assert wc_l > wc_w > ls
    plain, hidden = fits(channel, "list all files including the hidden ones", ["ls", "ls -a"])
    assert hidden > plain


def test_the_runtime_lookup_is_model_one_over_the_table(table, channel):
    phrase, command = "count the lines in qq.txt please", "wc -l qq.txt | sort"
    words = phrase_terms(tokenize_phrase(phrase))
    parts = command_terms(signature(command)) + [NULL]
    assert "please" in words and not any("please" in table[p] for p in parts)  # a word nothing explains
    expected = sum(math.log(sum(table[p].get(w, 0.0) for p in parts) / len(parts) + FLOOR) for w in words)
    [got] = channel.log_likelihoods(words, [signature(command)])
    assert got == pytest.approx(expected, abs=1e-3 * len(words))  # probabilities are stored as fp16


def test_nothing_to_weigh_is_no_preference(channel):
    assert channel.log_likelihoods([], [signature("ls"), signature("wc -l")]) == [0.0, 0.0]
    assert channel.log_likelihoods(["count"], []) == []


def test_small_probabilities_are_left_out_and_read_as_unseen(table, tmp_path):
    kept = save(table, tmp_path / CHANNEL_FILE, min_probability=0.05)
    assert kept < sum(len(row) for row in table.values())
    assert not list(tmp_path.glob("*.partial*"))
    [fit] = Channel(tmp_path / CHANNEL_FILE).log_likelihoods(["zzz-unseen"], [signature("ls")])
    assert fit == pytest.approx(math.log(FLOOR))


@pytest.mark.parametrize("damage", ["missing", "truncated", "wrong arrays"])
def test_a_missing_or_damaged_table_is_a_model_error_naming_it(tmp_path, table, damage):
    import numpy as np

    path = tmp_path / CHANNEL_FILE
    if damage == "truncated":
        save(table, path)
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "wrong arrays":
        np.savez(path, other=np.zeros(3))
    with pytest.raises(ModelError, match=str(path)):
        Channel(path)


def test_training_adds_a_table_to_a_model_only_where_there_is_one(tmp_path):
    from training.__main__ import main

    with pytest.raises(SystemExit, match="no model"):
        main(["channel", "--model", str(tmp_path)])
    (tmp_path / "model.json").write_text(json.dumps({"train_config": {"limit": 500}, "files": {}}))
    with pytest.raises(SystemExit, match="sample"):
        main(["channel", "--model", str(tmp_path)])
    assert not (tmp_path / CHANNEL_FILE).exists()
