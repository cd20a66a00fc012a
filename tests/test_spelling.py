"""Typing slips mended before translation, and names left as typed."""

import pytest

from nlsh.spelling import Speller

VOCABULARY = ["<pad>", "<unk>", "c:▁ls", "the", "list", "show", "processes", "running", "all", "temperature",
              "address", "empty", "files", "linked", "media", "please"]
KNOWN_TO_TRAINING = {"serach"}  # a slip some training phrase itself holds: the model has seen it


@pytest.fixture
def speller():
    return Speller(VOCABULARY, lambda word: word not in VOCABULARY and word not in KNOWN_TO_TRAINING)


@pytest.mark.parametrize("phrase, expected", [
    ("lsit all running processes", "list all running processes"),  # two letters swapped
    ("Shwo processes", "show processes"),
    ("check cpu temperture", "check cpu temperature"),  # a letter too few
    ("whats my ip adress?", "whats my ip address?"),
    ("list the emptry files", "list the empty files"),  # a letter too many
    ("first 20 lines of server.log pls", "first 20 lines of server.log please"),
    ("im on ubuntu, which procs are hogging the cpu rn", "i am on ubuntu, which procs are hogging the cpu right now"),
    ("tar the logs dir w/ bzip2", "tar the logs dir with bzip2"),  # not a relative path named w
    ("pause process 7777 W/O killing it", "pause process 7777 without killing it"),
])
def test_a_slip_one_step_from_a_common_word_is_mended(speller, phrase, expected):
    assert speller.mend(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "show processes owned by maria",  # a name one letter from "media": wrong letters are never mended
    "print the linker search path",  # "linked"
    "lock bob's account",  # under four letters
    "cat lsit.txt",  # part of a file name
    "grep 'lsit' notes",  # quoted: the user means it as typed
    "Views content of FileB",  # a capital inside: a name
    "serach for TODO",  # a training phrase holds it: the model knows the word as it is
    "grep 'w/' notes.txt",  # quoted
    "ls /tmp/w/ and src/w/o",  # part of a path
])
def test_names_literals_and_known_words_stay_as_typed(speller, phrase):
    assert speller.mend(phrase) == phrase


def test_a_slip_mended_outside_quotes_stays_inside_them(speller):
    assert speller.mend("lsit files with 'lsit' in them") == "lsit files with 'lsit' in them"
    assert speller.mend("lsit files named notes") == "list files named notes"


def test_the_shipped_model_reads_a_slip_as_the_word_meant():
    from nlsh.paths import shipped_model_dir
    from nlsh.translator import Translator

    translator = Translator.load(shipped_model_dir())
    assert [c.command for c in translator.translate("lsit all running processes", 1)] == ["ps aux"]
    assert translator.translate("shwo processes owned by maria", 1)[0].command == "ps -u maria"
