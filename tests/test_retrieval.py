"""The TF-IDF neighbour index that retrieve-and-edit and the candidate pool read."""

import gzip
import json

import numpy as np
import pytest

from nlsh.retrieval import EXAMPLES_FILE, INDEX_FILE, Retriever, adapt, build_index, kept_weights, named_values

ROWS = [
    {"nl": "show free disk space in human readable form", "cmd": "df -h"},
    {"nl": "find files named notes.txt in /home", "cmd": "find /home -name notes.txt"},
    {"nl": "count lines in report.csv", "cmd": "wc -l report.csv"},
    {"nl": "list files sorted by size", "cmd": "ls -lS"},
    {"nl": "zeige den Speicherplatz – für Ümlaute", "cmd": "df -h /ü"},
]


@pytest.fixture
def index(tmp_path):
    build_index(ROWS, tmp_path)
    return tmp_path


def test_the_nearest_example_comes_first_and_takes_the_phrase_literals(index):
    retriever = Retriever(index)
    doc, _ = retriever.search("find files named todo.md in /srv", 1)[0]
    assert retriever.cmd[doc] == "find /home -name notes.txt"
    assert retriever.adapted("find files named todo.md in /srv", doc) == "find /srv -name todo.md"


def test_command_starts_are_each_commands_program_and_next_word_past_sudo(index):
    assert Retriever(index).command_starts() == {"df -h", "find /home", "wc -l", "ls -lS", "df -h"}


def test_unknown_words_find_nothing(index):
    assert Retriever(index).search("qwxz plorb", 3) == []


def test_texts_come_back_whole_including_non_ascii(index):
    retriever = Retriever(index)
    assert len(retriever.cmd) == len(ROWS)
    assert [retriever.nl[i] for i in range(len(ROWS))] == [r["nl"] for r in ROWS]
    assert retriever.cmd[4] == "df -h /ü"
    with pytest.raises(IndexError):
        retriever.cmd[len(ROWS)]


def test_only_the_npz_is_written_and_it_is_enough(index):
    assert sorted(p.name for p in index.iterdir()) == [INDEX_FILE]
    assert Retriever.available(index)


def test_an_index_from_before_the_flat_arrays_still_loads_the_same(index, tmp_path_factory):
    legacy = tmp_path_factory.mktemp("legacy")
    with np.load(index / INDEX_FILE) as arrays:
        np.savez_compressed(legacy / INDEX_FILE, **{k: arrays[k] for k in ("offsets", "doc_ids", "weights", "idf")})
    terms = sorted({t for t in _all_terms(index)})
    (legacy / EXAMPLES_FILE).write_bytes(gzip.compress(json.dumps(
        {"terms": terms, "nl": [r["nl"] for r in ROWS], "cmd": [r["cmd"] for r in ROWS]}).encode()))
    assert Retriever.available(legacy)
    old, new = Retriever(legacy), Retriever(index)
    for phrase in ("how much disk space is free", "count lines in data.csv", "list files by size"):
        assert old.search(phrase, 3) == new.search(phrase, 3)
    (legacy / EXAMPLES_FILE).unlink()
    assert not Retriever.available(legacy)


def test_rows_added_under_kept_weights_move_no_other_phrase_but_by_nearness(index, tmp_path_factory):
    added = [{"nl": "list all files here", "cmd": "ls -a"},
             {"nl": "show all files in human readable form", "cmd": "ls -lh"},
             {"nl": "convert video.mp4 to audio.mp3", "cmd": "ffmpeg -i video.mp4 -vn audio.mp3"}]
    kept, weighed_again = tmp_path_factory.mktemp("kept"), tmp_path_factory.mktemp("again")
    build_index(ROWS + added, kept, kept_weights(index))
    build_index(ROWS + added, weighed_again)
    old, new, again = Retriever(index), Retriever(kept), Retriever(weighed_again)
    phrase = "count lines in report.csv and show free space"  # words the added rows make commoner ("show")
    def among_the_first_rows(hits):
        return [hit for hit in hits if hit[0] < len(ROWS)]
    assert among_the_first_rows(new.search(phrase, 10)) == old.search(phrase, 10)  # same order, same scores
    assert among_the_first_rows(again.search(phrase, 10)) != old.search(phrase, 10)
    doc, _ = new.search("convert clip.mov to song.mp3", 1)[0]  # a term new to the index is weighed on the rows
    assert new.cmd[doc] == "ffmpeg -i video.mp4 -vn audio.mp3"


def test_the_same_rows_under_their_own_kept_weights_give_the_same_index(index, tmp_path):
    build_index(ROWS, tmp_path, kept_weights(index))
    with np.load(index / INDEX_FILE) as first, np.load(tmp_path / INDEX_FILE) as second:
        assert all(np.array_equal(first[k], second[k]) for k in first.files)


def test_a_missing_or_damaged_index_is_not_available(tmp_path):
    assert not Retriever.available(tmp_path)
    (tmp_path / INDEX_FILE).write_bytes(b"not a zip")
    assert not Retriever.available(tmp_path)


def _all_terms(index):
    """The index's terms, recovered the way build_index made them (sorted vocabulary order)."""
    from collections import Counter

    from nlsh.retrieval import terms
    from nlsh.tokenize import tokenize_phrase

    seen = Counter()
    for row in ROWS:
        seen.update(terms(tokenize_phrase(row["nl"])))
    return seen


@pytest.mark.parametrize("neighbour_nl,neighbour_cmd,phrase,expected", [
    # plain words in the neighbour's argument slots follow the phrase
    ("add user bob to docker group", "sudo usermod -aG docker bob", "add user alice to sudo group",
     "sudo usermod -aG sudo alice"),
    ("list files in logs", "ls logs", "list files in docs", "ls docs"),
    # a subcommand is no value, even where the phrases differ in that word
    ("show nginx status", "systemctl status nginx", "show nginx logs", "systemctl status nginx"),
    # a word the neighbour's phrase already has elsewhere is not swapped in
    ("copy a.txt to b.txt", "cp a.txt b.txt", "copy c.txt to d.txt", "cp c.txt d.txt"),
    # a possessive names its owner, and stands for a possessive only
    ("re-enable oliver's account", "sudo passwd -u oliver", "re-enable bob's account", "sudo passwd -u bob"),
    ("today's system logs", "journalctl --since today", "recent system logs", "journalctl --since today"),
])
def test_adapt_swaps_literals_and_plain_argument_words(neighbour_nl, neighbour_cmd, phrase, expected):
    assert adapt(neighbour_nl, neighbour_cmd, phrase) == expected


@pytest.mark.parametrize("neighbour_nl,neighbour_cmd,named", [
    ("show the details of the files in src", "ls -lh src", {"src"}),
    ("list files in /etc with details", "ls -la /etc", {"/etc"}),
    ("list files owned by anna", "find . -user anna", {"anna"}),
    ("re-enable oliver's account", "sudo passwd -u oliver", {"oliver"}),
    # numbers are defaults as often as requests, patterns stand for words ("python files"), ~ for "home"
    ("show the last 10 lines of log", "tail -n 10 log", {"log"}),
    ("count lines in the *.py files", "wc -l *.py", set()),
    ("files over 1G in ~", "find ~ -size +1G", set()),
    # what the command holds that its phrase does not name is no value of that phrase
    ("follow the system log", "tail -f /var/log/syslog", set()),
])
def test_named_values_are_what_a_phrase_named_and_its_command_uses(neighbour_nl, neighbour_cmd, named):
    assert named_values(neighbour_nl, neighbour_cmd) == named


def test_the_n_best_distinct_commands_come_back_and_ties_keep_row_order(tmp_path):
    # The best command is written four times, so the second distinct one lies past the first n + 1 ids;
    # fillers that share one word crowd the rest of the index.
    rows = [{"nl": "restart the nginx web server", "cmd": "sudo systemctl restart nginx"}] * 4
    rows += [{"nl": f"restart box{i} right now", "cmd": f"ssh box{i} sudo reboot"} for i in range(60)]
    rows += [{"nl": "restart the nginx web server gently", "cmd": "sudo nginx -s reload"}]
    rows += [{"nl": "show the time", "cmd": "date"}, {"nl": "show the time", "cmd": "timedatectl"}]
    build_index(rows, tmp_path)
    retriever = Retriever(tmp_path)
    found = [retriever.cmd[doc] for doc, _ in retriever.search("restart the nginx web server", 2)]
    assert found == ["sudo systemctl restart nginx", "sudo nginx -s reload"]
    assert [retriever.cmd[doc] for doc, _ in retriever.search("show the time", 2)] == ["date", "timedatectl"]
