"""`nlsh translate` on the shipped model: the interface our evaluations drive."""

import json
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner

from nlsh.cli import cli
from nlsh.paths import shipped_model_dir
from nlsh import translator
from nlsh.risk import assess
from nlsh.tokenize import tokenize_phrase
from nlsh.translator import _best_extensions

pytestmark = pytest.mark.skipif(not (shipped_model_dir() / "model.json").exists(), reason="no shipped model")


def run(args, stdin=None):
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def test_the_readme_phrase_gives_df_h():
    result = run(["translate", "--model", str(shipped_model_dir()), "show free disk space in human readable form"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "df -h"


def test_json_batch_keeps_order_and_shape_and_reports_bad_lines():
    phrases = ["list files sorted by size", "", "x" * 1001, "count lines in notes.txt"]
    stdin = ("\n".join(phrases) + "\n").encode() + b"\xff\xfe broken\n"
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "3"], stdin=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    assert [line["query"] for line in lines[:4:3]] == [phrases[0], phrases[3]]
    for good in (lines[0], lines[3]):
        assert "error" not in good
        assert 1 <= len(good["candidates"]) <= 3
        scores = [c["score"] for c in good["candidates"]]
        assert scores == sorted(scores, reverse=True) or len(set(c["command"] for c in good["candidates"])) == len(scores)
        for cand in good["candidates"]:
            assert set(cand) >= {"command", "score", "placeholders", "risk", "reasons"}
            assert 0.0 <= cand["score"] <= 1.0
    assert "notes.txt" in lines[3]["candidates"][0]["command"]
    for bad in (lines[1], lines[2], lines[4]):
        assert bad["error"] and bad["candidates"] == []


def test_literals_are_copied_verbatim():
    result = run(["translate", "--model", str(shipped_model_dir()), "extract qx_archive_0042.tar.gz into /srv/qq_dest"])
    assert "qx_archive_0042.tar.gz" in result.output and "/srv/qq_dest" in result.output


def test_missing_model_is_one_line_and_exit_4(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "nlsh", "translate", "--model", str(tmp_path), "list files"],
                          capture_output=True, text=True)
    assert proc.returncode == 4
    assert proc.stderr.count("\n") == 1 and str(tmp_path) in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_model_file_is_reported_with_its_path(tmp_path):
    import shutil

    model = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), model)
    encoder = next(model.glob("encoder*.onnx"))
    encoder.write_bytes(encoder.read_bytes()[:1000])
    proc = subprocess.run([sys.executable, "-m", "nlsh", "translate", "--model", str(model), "list files"],
                          capture_output=True, text=True)
    assert proc.returncode == 4
    assert str(encoder) in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_channel_table_the_model_names_is_reported_with_its_path(tmp_path):
    import shutil

    model = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), model)
    table = model / json.loads((model / "model.json").read_text())["files"]["channel"]
    table.unlink()
    proc = subprocess.run([sys.executable, "-m", "nlsh", "translate", "--model", str(model), "list files"],
                          capture_output=True, text=True)
    assert proc.returncode == 4
    assert proc.stderr.count("\n") == 1 and str(table) in proc.stderr and "Traceback" not in proc.stderr


def test_a_command_that_explains_the_whole_phrase_moves_up(shipped_translator):
    # the beam alone puts `git diff` first: it answers "changed in git" and leaves "which files" unexplained
    phrase = "which files have i changed in git"
    assert [c.command for c in shipped_translator.translate(phrase, 3)][0] == "git diff --name-only"
    table, shipped_translator.channel = shipped_translator.channel, None
    try:
        without = [c.command for c in shipped_translator.translate(phrase, 3)]
    finally:
        shipped_translator.channel = table
    assert without[0] == "git diff"


def test_no_candidate_is_a_key_to_press_inside_some_program():
    # tldr pages of terminal games and pagers list keys (`<Space>`, `<q>`); a shell cannot run those
    phrases = ["quit the game", "hard drop the piece", "rotate the piece clockwise", "scroll down one page"]
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "5"], stdin="\n".join(phrases))
    commands = [c["command"] for line in result.stdout.splitlines() for c in json.loads(line)["candidates"]]
    assert not [c for c in commands if c.startswith("<")]


def test_every_candidate_parses_even_when_the_phrase_has_stray_quotes():
    # a lone apostrophe or backtick in the phrase is copied into commands the shell cannot parse
    from nlsh.shellparse import parse

    phrases = ["Find all Makefile's in the current directory tree",
               "find all files with pattern` '*.mp3' and send output into nameoffiletoprintto file"]
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "5"], stdin="\n".join(phrases))
    commands = [c["command"] for line in result.stdout.splitlines() for c in json.loads(line)["candidates"]]
    assert len(commands) >= 4
    for command in commands:
        parse(command)  # raises ParseError


def test_compound_words_are_not_pressed_into_the_command():
    # "sub-directories" looks like a value to the tokenizer; training phrases use it as a plain word
    assert "sub-directories" in json.loads((shipped_model_dir() / "model.json").read_text())["compound_words"]
    result = run(["translate", "--model", str(shipped_model_dir()),
                  "Remove all empty sub-directories under current directory"])
    assert result.exit_code == 0 and "sub-directories" not in result.output


def test_a_phrase_of_punctuation_alone_has_no_command():
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "3"], stdin="...\n?!\nlist files\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [len(line["candidates"]) > 0 for line in lines] == [False, False, True]
    single = run(["translate", "--model", str(shipped_model_dir()), "..."])
    assert single.exit_code != 0 and "no command found" in single.output


def test_a_value_is_not_repeated_glued_to_itself():
    # The model's first choice was `ssh server.example.com@server.example.com`: the host copied twice,
    # once after a space and once glued to "@", which the repeat check took for two different values.
    # It pinned r18's answer, `ssh root@server.example.com`; r20 puts `ssh server.example.com` first (the
    # user dropped, recorded in the model card), so it checks the property itself on every candidate.
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "5"],
                 stdin="ssh into server.example.com as root\nssh to db.internal as admin\n")
    assert result.exit_code == 0
    for line, host in zip(result.output.splitlines(), ["server.example.com", "db.internal"]):
        commands = [c["command"] for c in json.loads(line)["candidates"]]
        assert commands and all(host in c and f"{host}@{host}" not in c for c in commands)


def test_the_first_command_holds_no_value_the_user_did_not_type(shipped_translator):
    values = json.loads((shipped_model_dir() / "model.json").read_text())["user_values"]
    assert "results.txt" in values and "/dev/null" not in values
    # A phrase from our dev split: r7b's first command was `nano results.txt`, a core-set file name that a
    # neighbour or the model's memory put there (r18 still proposed it, not first; r21 no longer does).
    phrase = "open my cron schedule in an editor"
    result = run(["translate", "--model", str(shipped_model_dir()), "--json", "-k", "5"], stdin=phrase + "\n")
    assert result.exit_code == 0
    commands = [c["command"] for c in json.loads(result.output)["candidates"]]
    assert not shipped_translator._invents(commands[0], phrase) and "crontab -e" in commands


def test_among_equal_first_commands_one_without_a_neighbours_value_wins(shipped_translator):
    # r21's first command was `ls -lh src`: a neighbour's ("... files in src") with the same utility and
    # flags as the beam's `ls -lh`, and the more probable of the two
    phrase = "show file details"
    hits = shipped_translator.retriever.search(phrase, 5)
    adapted = [shipped_translator.retriever.adapted(phrase, doc) for doc, _ in hits]
    assert "ls -lh src" in adapted  # the precondition: a neighbour's value is in the pool
    assert shipped_translator.translate(phrase, 5)[0].command == "ls -lh"


@pytest.mark.parametrize("command, phrase, invents", [
    ("nano results.txt", "open my cron schedule in an editor", True),
    ("ls ~/Music", "show me the scheduled cron entries", True),
    ("du -sh ~/Downloads", "how big is my Downloads folder", False),  # named without its path
    ("zip -r docs.zip docs", "zip up the docs directory", False),  # named without its extension
    ("ls ~/Music", "list ~/Music", False),
    ("tail -f /var/log/syslog", "follow the syslog", False),  # part of the answer, not a value users type
    # another machine where the phrase names none: r23 put this first
    ("scp -r photos {{user}}@/mnt/usb:{{remote_path}}", "I want to copy the whole photos folder onto /mnt/usb", True),
    ("scp -r src dst:{{remote_path}}", "copy the directory src to dst recursively", True),
    ("rsync -av src/ dst/", "copy the directory src to dst recursively", False),
    ("scp db.sql backup.example.com:/tmp", "copy db.sql to /tmp on backup.example.com", False),
    ("scp anna@web01:/tmp/dump.sql .", "Grab /tmp/dump.sql from web01 as anna", False),
    ("rsync -a site/ deploy@10.0.0.5:/srv/www", "upload site to 10.0.0.5", False),
    # an example's stand-in path, which nobody means literally (an everyday-dev first command until then)
    ("find /directory/containing/files -type f | xargs grep x", "look in this directory for the word x", True),
    ("cp a /path/to/dest", "copy a to /path/to/dest", False),
    ("ls /srv/files", "list what is there", False),  # a real place, though a made-up one here
    ("journalctl -u app.log -f", "follow the log file app.log", True),  # a file is no service
    ("journalctl -u nginx -f", "follow the nginx logs", False),
    ("docker logs -f myapp.service", "follow the logs of myapp.service", True),  # a unit is no container
    ("docker logs -f web", "follow the logs of the web container", False),
    ("curl curl", "is curl installed?", True),  # a program asked for its own name
    ("man man", "how do I read the manual of man", False),
    ("mkdir logs.tar.gz", "create logs.tar.gz from the logs directory", True),  # an archive is no folder
    ("mkdir -p backups/2024", "make backups/2024", False),
    ("mkdir project tar.xz", "make a tar.xz of the project folder", True),
    ("mkdir tarballs", "make a folder called tarballs", False),
])
def test_a_value_the_phrase_does_not_name_is_made_up(shipped_translator, command, phrase, invents):
    assert shipped_translator._invents(command, phrase) is invents


def test_a_file_a_neighbours_phrase_named_is_not_the_users(shipped_translator):
    # A dev phrase whose first command was `sudo dd if=linuxmint-21.3.iso of=/mnt/usb ...`: the neighbour "Write
    # linuxmint-21.3.iso onto the usb stick /dev/sdc" had its device swapped for the user's folder, and its image kept
    from nlsh.tokenize import tokenize_phrase

    phrase = "unmount the usb stick at /mnt/usb"
    hits = shipped_translator.retriever.search(phrase, 5)
    leftovers = shipped_translator._neighbours_literals(hits, tokenize_phrase(phrase))
    assert "linuxmint-21.3.iso" in leftovers and "/mnt/usb" not in leftovers
    assert shipped_translator.translate(phrase, 1)[0].command == "sudo umount /mnt/usb"


@pytest.mark.parametrize("literal, names_a_file", [
    ("notes.txt", True), ("linuxmint-21.3.iso", True), ("1.5", False), ("*.py", False), ("/etc/passwd", False),
    ("~/Downloads", False), ("report", False)])
def test_a_file_is_told_from_numbers_patterns_and_paths(literal, names_a_file):
    assert translator._names_a_file(literal) is names_a_file


def test_the_value_of_an_option_written_with_an_equals_sign_is_an_argument():
    assert {"disk.iso", "notes.txt", "/dev/sdb"} <= translator._argument_values(
        "dd if=disk.iso of=/dev/sdb --file=notes.txt")


def test_a_name_no_training_phrase_holds_is_taken_for_one_the_user_typed(shipped_translator):
    from nlsh.tokenize import tokenize_phrase

    names = shipped_translator._unknown_names(tokenize_phrase("add brindle to the docker group, maybe"))
    assert names == {"brindle", "maybe"}  # "maybe" too: no training phrase says it, hence a small bonus only
    # without a retrieval index nothing tells a name from a word the vocabulary left out
    from nlsh.translator import Translator

    bare = Translator(None, shipped_translator.src_vocab, shipped_translator.tgt_vocab)
    assert bare._unknown_names(tokenize_phrase("add brindle to the docker group")) == set()


@pytest.mark.parametrize("phrase, name", [
    # Before the names bonus these gave `sudo usermod -aG docker $USER` and `git branch`, with a
    # candidate using the name further down.
    ("add brindle to the docker group", "brindle"),
    ("delete the git branch quorvel", "quorvel"),
])
def test_the_first_command_uses_a_name_the_user_typed_when_a_candidate_does(phrase, name):
    result = run(["translate", "--model", str(shipped_model_dir()), phrase])
    assert result.exit_code == 0
    assert name in result.output.split()


@pytest.fixture(scope="module")
def shipped_translator():
    from nlsh.translator import Translator

    return Translator.load(shipped_model_dir())


def _ranked_whole(scores, probs, count):
    totals = scores[:, None] + np.log(np.maximum(probs, 1e-12))
    flat = np.argsort(-totals.ravel(), kind="stable")[:count]
    return [(int(r), int(c)) for r, c in zip(*np.unravel_index(flat, probs.shape))]


# a step with some probable pieces per row (the shortcut) and one with a single piece per row (ranked whole)
@pytest.mark.parametrize("peaks", [6, 1])
def test_the_beams_best_extensions_are_those_of_the_whole_matrix(peaks):
    rng = np.random.default_rng(7)
    logits = rng.normal(size=(8, 3000))
    for row in logits:
        row[rng.choice(3000, peaks, replace=False)] += 8.0 if peaks > 1 else 18.0
    probs = (np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)).astype(np.float32)
    scores = rng.normal(-3.0, 1.0, size=8)
    rows, cols, totals = _best_extensions(scores, probs, 16)
    assert list(zip(rows.tolist(), cols.tolist())) == _ranked_whole(scores, probs, 16)
    assert np.allclose(totals, scores[rows] + np.log(probs[rows, cols]))


def test_k_alternatives_even_when_two_read_the_same_once_adapted(shipped_translator):
    # the beam's `zip -r logs.tar.gz logs` becomes the `tar -czf logs.tar.gz logs` already chosen
    candidates = shipped_translator.translate("compress the logs folder into logs.tar.gz", 5)
    commands = [c.command for c in candidates]
    assert commands[0] == "tar -czf logs.tar.gz logs"
    assert len(commands) == 5 == len(set(commands))


def test_a_phrase_asking_to_see_something_never_gets_a_dangerous_command_first(shipped_translator, monkeypatch):
    phrase = "list all cron jobs for the current user"
    first = shipped_translator.translate(phrase, 1)[0].command
    assert first == "crontab -l"
    # the model's own first choice is the one that deletes every job; it stays among the alternatives
    monkeypatch.setattr(translator, "_unasked_danger", lambda command, phrase: False)
    assert assess(shipped_translator.translate(phrase, 1)[0].command).level == "danger"


def test_a_phrase_asking_for_harm_keeps_the_models_first_command(shipped_translator):
    assert shipped_translator.translate("go back to the last commit and lose my changes", 1)[0].command == \
        "git reset --hard HEAD"


def test_neighbours_that_share_little_with_the_phrase_get_less_say(shipped_translator, monkeypatch):
    phrase = "install git"
    assert shipped_translator.retriever.search(phrase, 1)[0][1] < translator.RETRIEVAL_TRUSTED_SIMILARITY
    assert shipped_translator.translate(phrase, 1)[0].command == "sudo apt install git"
    # trusted at full mass, their votes for `git` (`git ls-files`, cherry-picks) outweigh the beam's first
    monkeypatch.setattr(translator, "RETRIEVAL_TRUSTED_SIMILARITY", 1e-9)
    assert shipped_translator.translate(phrase, 1)[0].command.startswith("git ")


@pytest.mark.parametrize("line", ["git remote -v", "ps aux | grep nginx", "rm -rf build", "tar -xzf backup.tar.gz"])
def test_a_phrase_that_is_a_command_comes_first_as_typed(shipped_translator, line):
    # "git remote -v" gave `git remote remove -v`; the model's own proposals follow the user's command
    candidates = [c.command for c in shipped_translator.translate(line, 3)]
    assert candidates[0] == line and len(candidates) == 3 and len(set(candidates)) == 3


def test_a_number_adapting_puts_in_another_unit_still_counts_as_used(shipped_translator):
    # `find . -atime -24` becomes `-atime -1` (24 hours); the 24 is gone from it, yet it is the one that used it,
    # not `... | tail -n24`
    phrase = "find all the files in the current folder which have been accessed in the last 24 hours"
    assert shipped_translator.translate(phrase, 1)[0].command == "find . -atime -1"


@pytest.mark.parametrize("command, phrase, undoes", [
    ("pip uninstall requests", "install the requests library with pip", True),
    ("sudo apt remove curl", "is curl installed?", True),
    ("sudo apt install curl", "uninstall curl", True),
    ("sudo systemctl start apache2", "stop apache", True),
    ("sudo systemctl disable nginx", "enable nginx on boot", True),
    ("sudo umount /mnt", "what is mounted on /mnt", True),
    ("pip install requests", "install requests", False),
    ("sudo apt remove curl", "remove curl and install wget", False),  # the phrase asks for both
    ("sudo systemctl stop nginx && sudo systemctl start nginx", "stop nginx, then start it", False),
    ("docker start web", "restart the web container", False),  # restart is no start
    ("sudo gpasswd -d deploy docker", "add deploy to the docker group", True),
    ("sudo gpasswd -a deploy docker", "add deploy to the docker group", False),
    ("sudo deluser bob", "add bob, then delete him", False),
    ("tar -cf logs.tar restored", "extract logs.tar into a new directory called restored", True),
    ("tar -xzf src.tar.gz", "make src.tar.gz from the src folder", True),
    ("tar -xjf release.tar.bz2", "open up release.tar.bz2", False),  # the file's name says nothing of packing
    ("tar -xzf site.tar.gz", "unpack site.tar.gz", False),
    ("tar --create -f a.tar a", "unpack a.tar", True),
    ("sudo apt install linux-image-generic", "hold linux-image-generic so it doesn't get upgraded", True),
    ("sudo apt-mark hold linux-image-generic", "hold linux-image-generic", False),
    ("sudo systemctl enable apache2", "stop apache2 and keep it from coming back after a reboot", True),
    ("sudo passwd -u bob", "lock bob's account", True),  # an option can be the opposite: passwd's -u unlocks
    ("sudo passwd -l bob", "lock bob's account", False),
    ("sudo usermod -L bob", "unlock bob's account", True),
    ("sudo passwd -u bob", "unlock bob, he was locked out", False),
])
def test_a_command_that_does_the_opposite_of_the_request_is_told(command, phrase, undoes):
    assert translator._undoes(command, phrase) is undoes


def test_the_first_command_does_not_undo_what_the_phrase_asks(shipped_translator):
    # r21 put `pip uninstall requests` first; "the requests library" names the package
    assert shipped_translator.translate("install the requests library with pip", 1)[0].command == \
        "pip install requests"


def test_a_word_typed_without_its_apostrophe_is_no_name(shipped_translator):
    words = tokenize_phrase("clean out packages that arent needed anymore")
    assert "arent" not in shipped_translator._unknown_names(words)
