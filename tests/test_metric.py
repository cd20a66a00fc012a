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
