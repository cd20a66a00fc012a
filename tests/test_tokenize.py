import json
import random
from pathlib import Path

import pytest

from nlsh.tokenize import (SPACE, detokenize, is_descriptive_compound, is_literal, names_key_presses, placeholders,
                           tokenize_command, tokenize_phrase)

DATA = Path(__file__).resolve().parent.parent / "data"


def _literals(nl):
    return [t.text for t in tokenize_phrase(nl) if is_literal(t)]


@pytest.mark.parametrize("nl, cmd, piece", [
    ("extract backup.tar.gz into /opt/app", "tar -xzf backup.tar.gz -C /opt/app", SPACE + "backup.tar.gz"),
    ("find files bigger than 100MB in /var/log.", "find /var/log -size +100M", SPACE + "/var/log"),
    ('search for "hello world" in notes.txt', 'grep -rn "hello world" notes.txt', "hello world"),
    ("copy it to deploy@10.0.0.7:/srv", "scp {{file}} deploy@10.0.0.7:/srv", SPACE + "deploy@10.0.0.7:/srv"),
])
def test_phrase_literals_stay_whole_pieces(nl, cmd, piece):
    pieces = tokenize_command(cmd, _literals(nl))
    assert piece in pieces
    assert detokenize(pieces) == cmd


def test_number_with_unit_splits_so_the_number_can_be_copied():
    assert [t.text for t in tokenize_phrase("bigger than 100MB")][-2:] == ["100", "MB"]


def test_sentence_period_is_not_part_of_a_file_name():
    texts = [t.text for t in tokenize_phrase("Delete notes.txt.")]
    assert texts == ["Delete", "notes.txt", "."]


def test_flags_and_placeholders_are_single_pieces():
    pieces = tokenize_command("ls -la --color=auto {{directory}}")
    assert pieces[:3] == [SPACE + "ls", SPACE + "-la", SPACE + "--color"]
    assert SPACE + "{{directory}}" in pieces
    assert placeholders("cp {{file}} {{directory}}") == ["{{file}}", "{{directory}}"]


@pytest.mark.parametrize("source", ["nl2bash/train.jsonl", "tldr/pairs.jsonl"])
def test_every_corpus_command_round_trips(source):
    rows = [json.loads(line) for line in (DATA / source).open(encoding="utf-8")]
    random.Random(0).shuffle(rows)
    for row in rows[:3000]:
        cmd = " ".join(row["cmd"].split())
        assert detokenize(tokenize_command(cmd, _literals(row["nl"]))) == cmd


@pytest.mark.parametrize("phrase, words", [
    ("what's inside archive.tar? don't extract it", ["what's", "don't"]),
    ("which directory am I in, I'm lost", ["I'm"]),
])
def test_contractions_are_words_not_quotes_or_literals(phrase, words):
    tokens = tokenize_phrase(phrase)
    assert not any(t.quoted for t in tokens)
    for word in words:
        token = next(t for t in tokens if t.text == word)
        assert not is_literal(token)


def test_a_quoted_string_after_a_contraction_is_still_one_literal():
    tokens = tokenize_phrase("it's 'hello world' I'm after in notes.txt")
    assert [t.text for t in tokens if t.quoted] == ["hello world"]


@pytest.mark.parametrize("phrase, quoted", [
    ("Find all files owned by group `group2'", ["group2"]),
    # GNU style twice: each is its own string, not one span from the first backtick to the second
    ("Change the group to `temp' for files that belong to group `root'", ["temp", "root"]),
    ("mode `a+xr,u+w' on ~/dir", ["a+xr,u+w"]),
    ("what does `ls -l` print", ["ls -l"]),
    ("run `echo 'hi'` twice", ["echo 'hi'"]),
])
def test_gnu_style_quotes_are_strings_like_the_others(phrase, quoted):
    assert [t.text for t in tokenize_phrase(phrase) if t.quoted] == quoted


@pytest.mark.parametrize("phrase, literals", [
    ("wait -- what ... now", []),  # punctuation is no value
    ("list files... in ~/notes", ["~/notes"]),  # a sentence trailing off keeps the word plain
    ("see a.txt... and cd ..", ["a.txt", ".."]),
    ("go to ~/ or ../..", ["~/", "../.."]),
])
def test_punctuation_is_not_a_literal_but_places_are(phrase, literals):
    assert [t.text for t in tokenize_phrase(phrase) if is_literal(t)] == literals


def test_control_characters_are_spaces():
    assert [t.text for t in tokenize_phrase("show disk\x07usage\x1b\tnow")] == ["show", "disk", "usage", "now"]


def test_an_exclamation_mark_is_not_read_at_all():
    assert [t.text for t in tokenize_phrase("free disk space, now!!")] == ["free", "disk", "space", ",", "now"]


@pytest.mark.parametrize("line", ["<q>", "<Space>", "<Ctrl c>", "<Ctrl \\>", "<RightShift F11>", "<Alt>", "<<>",
                                  ":wq<Enter>", "i<Enter>{{text}}<Ctrl c>", "<q><y>"])
def test_keys_pressed_inside_a_program_are_recognised(line):
    assert names_key_presses(line)


@pytest.mark.parametrize("line", ["sort < in.txt > out.txt", "cat <<EOF", "diff <(ls a) <(ls b)", "cat <<< hi",
                                  "<files.txt xargs stat -c %s", "perl -e 'print 1 <=> 2'", "exec 3<> /dev/tcp/h/80"])
def test_shell_redirections_are_not_key_presses(line):
    assert not names_key_presses(line)


@pytest.mark.parametrize("word", ["gzip-compressed", "tab-separated", "Windows-style", "zero-based", "non-ASCII",
                                  "error-level", "read-only", "case-insensitive"])
def test_hyphenated_descriptions_are_plain_words(word):
    assert is_descriptive_compound(word)


@pytest.mark.parametrize("word", ["feature-login", "my-app", "build-essential", "docker-compose", "python3-pip",
                                  "systemd-timesyncd", "web-server", "notes.txt", "release"])
def test_hyphenated_names_stay_values(word):
    assert not is_descriptive_compound(word)
