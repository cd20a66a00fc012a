"""Batches as training sees them."""

import pytest

torch = pytest.importorskip("torch")

from nlsh.vocab import SRC_SPECIALS  # noqa: E402
from training.data import drop_words  # noqa: E402

UNK, SEP = SRC_SPECIALS.index("<unk>"), SRC_SPECIALS.index("<sep>")
FIRST_WORD = len(SRC_SPECIALS)


def test_word_dropout_touches_only_the_phrases_known_words():
    torch.manual_seed(0)
    shape_id = SRC_SPECIALS.index("<path>")
    phrase = [FIRST_WORD + i for i in range(30)] + [shape_id]
    neighbour = [FIRST_WORD + 100 + i for i in range(10)]
    src = torch.tensor([phrase + [SEP] + neighbour, phrase + [SEP] + [0] * 10])
    out = drop_words(src, 0.5)
    dropped = out != src
    assert dropped[:, :30].any() and not dropped[:, :30].all()  # some of the phrase's words, not all
    assert (out[dropped] == UNK).all()
    assert not dropped[:, 30:].any()  # the shape, the separator, the neighbour's command and padding stay
    assert torch.equal(drop_words(src, 0.0), src)


def test_compound_words_are_those_the_commands_never_use_verbatim():
    from training.data import compound_words

    rows = ([{"nl": "list files/directories in /tmp", "cmd": "find /tmp"}] * 4
            + [{"nl": "restart redis-server", "cmd": "sudo systemctl restart redis-server"}] * 4
            + [{"nl": "sort a-b pairs", "cmd": "sort pairs"}] * 2  # too rare to judge
            + [{"nl": "show Human-Readable sizes", "cmd": "du -h"}] * 3)
    assert compound_words(rows) == ["files/directories", "human-readable"]


def test_user_values_are_those_commands_hold_only_when_the_phrase_names_them():
    from training.data import user_values

    rows = ([{"nl": "list ~/Music", "cmd": "ls ~/Music"}] * 3
            + [{"nl": "follow the syslog", "cmd": "tail -f /var/log/syslog"}] * 3
            + [{"nl": "follow /var/log/syslog", "cmd": "tail -f /var/log/syslog"}] * 3
            + [{"nl": "copy notes.txt", "cmd": "cp notes.txt {{directory}}"}] * 2)  # too rare to judge
    assert user_values(rows) == ["~/Music"]


def test_several_neighbours_come_nearest_first_after_a_separator_each(tmp_path):
    from nlsh.retrieval import Retriever, build_index
    from nlsh.tokenize import model_source
    from training.data import attach_neighbours

    rows = [{"nl": "count lines in a.txt", "cmd": "wc -l a.txt"},
            {"nl": "count words in b.txt", "cmd": "wc -w b.txt"},
            {"nl": "count the lines and words in c.txt", "cmd": "wc -lw c.txt"},
            {"nl": "show free disk space", "cmd": "df -h"}]
    build_index(rows, tmp_path)
    retriever = Retriever(tmp_path)
    one = attach_neighbours(rows[:1], retriever, 2)
    two = attach_neighbours(rows[:1], retriever, 2, count=2)
    # the row itself is never its own neighbour; rank r starts at the r-th nearest other example
    [nearest], [second] = (variant[0]["neighbours"] for variant in one)
    assert {nearest, second} == {"wc -lw a.txt", "wc -w a.txt"}
    assert [variant[0]["neighbours"] for variant in two] == [[nearest, second], [second]]

    source = model_source("count lines in d.txt", ["wc -lw d.txt", "wc -w d.txt"])
    assert [t.text for t in source].count("<sep>") == 2
    assert [t.text for t in source][4:] == ["<sep>", "wc", "-lw", "d.txt", "<sep>", "wc", "-w", "d.txt"]
    assert model_source("count lines in d.txt", ["wc -lw d.txt"]) == source[:8]


@pytest.mark.parametrize("trained_with,expected", [(None, ["a"]), (1, ["a"]), (2, ["a", "b"]), (3, ["a", "b", "c"])])
def test_the_runtime_feeds_as_many_neighbours_as_the_model_was_trained_with(trained_with, expected):
    from nlsh.translator import Translator
    from nlsh.vocab import Vocab

    config = {} if trained_with is None else {"neighbours": trained_with}  # models built before the option: 1
    translator = Translator(None, Vocab(["<unk>"]), Vocab(["<unk>"]), {"model_config": config})
    assert translator.neighbour_input(["a", "b", "c", "d"]) == expected
    assert translator.neighbour_input([]) == []


def test_far_neighbours_replace_the_three_nearest_in_about_the_share_asked():
    import random
    from collections import Counter

    from training.train import FAR_NEIGHBOUR_RANKS, NEIGHBOUR_RANKS, neighbour_rank

    rng = random.Random(0)
    near = Counter(neighbour_rank(rng, NEIGHBOUR_RANKS) for _ in range(4000))
    assert set(near) == {0, 1, 2} and near[0] > near[1] > near[2]
    assert Counter(neighbour_rank(rng, 1, 0.5) for _ in range(100)) == {0: 100}  # no index, no neighbour but one

    mixed = Counter(neighbour_rank(rng, FAR_NEIGHBOUR_RANKS, 0.25) for _ in range(4000))
    far = sum(count for rank, count in mixed.items() if rank >= NEIGHBOUR_RANKS)
    assert set(mixed) == set(range(FAR_NEIGHBOUR_RANKS)) and 800 < far < 1200
