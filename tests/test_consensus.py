"""Choosing the shown commands from the candidate pool by expected agreement."""

import pytest

from nlsh.consensus import agreement, choose, signature
from training.metric import nlc2cmd, utilities


@pytest.mark.parametrize("command", [
    "ls -la /tmp",
    "tar -xzvf a.tar.gz -C /opt",
    "find . -name '*.py' -exec grep -l foo {} \\;",
    "sudo systemctl restart nginx",
    "ps aux | grep python | wc -l",
    "find /var -type f -size +100M | xargs du -sh",
    "git log --oneline -n 5",
])
def test_signature_reads_utilities_and_flags_as_the_metric_does(command):
    ours = [(utility, set(flags)) for utility, flags in signature(command)]
    assert ours == [(utility, flags) for utility, flags in utilities(command)]


@pytest.mark.parametrize("a, b", [
    ("ls -la", "ls -l"), ("ls -la", "du -sh ."), ("find . -name x | wc -l", "find . -type f"),
    ("tar -xzf a.tgz", "tar -xzf b.tgz -C /opt"), ("grep -rn foo .", "grep -rn foo . | sort"),
])
def test_agreement_is_the_nlc2cmd_score(a, b):
    assert agreement(signature(a), signature(b)) == pytest.approx(nlc2cmd(a, b))
    assert agreement(signature(a), signature(b)) == pytest.approx(agreement(signature(b), signature(a)))


def test_an_unparsable_command_still_has_a_utility():
    assert signature("echo 'unterminated")[0][0] == "echo"


def test_the_consensus_beats_a_slightly_more_probable_outlier():
    pool = ["du -sh .", "df -h", "df -h /", "df -hT"]
    weights = [0.31, 0.25, 0.23, 0.21]
    first = choose([signature(c) for c in pool], weights, 1)[0][0]
    assert pool[first].startswith("df")


def test_among_equal_first_picks_the_marked_come_last_then_the_less_probable():
    pool = ["ls -lh src", "ls -lh", "ls -lh ~/projects", "du -sh ."]
    signatures = [signature(c) for c in pool]
    weights = [0.4, 0.2, 0.3, 0.1]
    assert pool[choose(signatures, weights, 1)[0][0]] == "ls -lh src"
    assert pool[choose(signatures, weights, 1, lead_last=[True, False, False, False])[0][0]] == "ls -lh ~/projects"
    assert pool[choose(signatures, weights, 1, lead_last=[True, False, True, False])[0][0]] == "ls -lh"


def test_later_picks_cover_what_the_first_misses():
    pool = ["df -h", "df -h /", "df -hT", "du -sh ."]
    weights = [0.3, 0.25, 0.2, 0.25]
    picked = [pool[i] for i, _ in choose([signature(c) for c in pool], weights, 2)]
    assert picked == ["df -h", "du -sh ."]


def test_choose_returns_each_candidate_once_and_no_more_than_asked():
    pool = ["ls", "ls -l", "ls -a"]
    picks = choose([signature(c) for c in pool], [1, 1, 1], 5)
    assert sorted(i for i, _ in picks) == [0, 1, 2]
    assert choose([], [], 3) == []
    assert all(-1.0 <= expected <= 1.0 for _, expected in picks)


def test_a_lead_bonus_moves_the_first_pick_and_leaves_the_rest_to_agreement():
    pool = ["find . -type l -delete", "find . -type l", "ln -s ~/y /opt/x", "ls -l /opt/x"]
    weights = [0.4, 0.3, 0.2, 0.1]
    signatures = [signature(c) for c in pool]
    coverage = [0.0, 0.0, 1.0, 0.5]
    assert pool[choose(signatures, weights, 1)[0][0]].startswith("find")
    picked = [pool[i] for i, _ in choose(signatures, weights, 2, lead_bonus=[3 * c for c in coverage])]
    assert picked[0] == "ln -s ~/y /opt/x"
    assert picked[1].startswith("find")  # the second pick is agreement's again, not the next best coverage


def test_a_first_pick_the_agreement_cannot_tell_apart_from_another_is_the_more_probable():
    # the metric, and so the agreement, reads utilities and flags, not subcommands or arguments
    for pool, weights, expected in ((["git fetch", "git pull"], [0.4, 0.6], "git pull"),
                                    (["du -sh *", "du -sh ~/Downloads"], [0.45, 0.55], "du -sh ~/Downloads")):
        signatures = [signature(c) for c in pool]
        assert signatures[0] == signatures[1]
        assert pool[choose(signatures, weights, 1)[0][0]] == expected
