import pytest

from training.metric import nlc2cmd, nlc2cmd_at_k, structure, utilities


def test_competition_example():
    # one of the two positions loses a flag: (0.5 + 1.0) / 2
    assert nlc2cmd("find . -type f | tail -n 5", "find . -type f -ctime -3 | tail -n 5") == pytest.approx(0.75)


def test_wrong_utility_costs_a_full_point():
    assert nlc2cmd("ls -l", "find . -name x") == -1.0
    assert nlc2cmd("find . -name x", "find . -name y") == 1.0


def test_best_positive_of_k_else_mean():
    assert nlc2cmd_at_k(["ls", "find . -name y"], ["find . -name x"]) == 1.0
    assert nlc2cmd_at_k(["ls", "cat"], ["find ."]) == -1.0


def test_nested_utilities_and_bundled_flags():
    parsed = utilities("find . -name '*.py' -exec grep -l TODO {} \\; | xargs -0 rm -f")
    assert [u for u, _ in parsed] == ["find", "grep", "xargs", "rm"]
    assert utilities("tar -xzvf a.tgz")[0][1] == {"-x", "-z", "-v", "-f"}
    assert utilities("find . -name x")[0][1] == {"-name"}


def test_structure_ignores_arguments():
    assert structure("grep -r foo src") == structure("grep -r bar lib")


def test_scores_at_one_candidate_count_each_phrase_once():
    from nlsh.paths import shipped_model_dir
    from nlsh.translator import Translator
    from training.evaluate import score_pairs

    translator = Translator.load(shipped_model_dir())
    groups = {"show free disk space in human readable form": ["df -h"], "list files": ["ls"]}
    at_one, at_two = score_pairs(translator, groups, 1), score_pairs(translator, groups, 2)
    assert 0.0 <= at_one["exact@1"] <= 1.0 and at_one["exact@1"] == at_two["exact@1"]
    assert at_one["nlc2cmd@1"] == at_two["nlc2cmd@1"] <= 1.0
