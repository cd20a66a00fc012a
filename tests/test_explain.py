"""`nlsh explain`: parts, descriptions from the shipped glossary and the system, honesty, exit codes."""

import json
import os
import stat

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsh.cli import cli
from nlsh.errors import InputError, NlshError
from nlsh.explain import explain
from training import glossary as glossary_build

TAR = "tar -xzvf backup.tar.gz -C /opt"


def items_by_text(part):
    return {item.text: item for item in part.items}


def run(*args):
    return CliRunner().invoke(cli, ["explain", *args], catch_exceptions=False)


@pytest.mark.parametrize("system", [False, True])
def test_tar_describes_the_utility_and_every_bundled_flag(system):
    result = explain(TAR, system=system)
    [part] = result.parts
    tar = part.items[0]
    assert (tar.kind, tar.text) == ("utility", "tar") and tar.description
    options = [item for item in part.items if item.kind == "option"]
    assert [o.text for o in options] == ["-x", "-z", "-v", "-f", "-C"]
    assert all(o.description and o.source for o in options)
    assert all(o.bundle == "-xzvf" for o in options[:4])
    assert "extract" in options[0].description.lower()
    assert options[-1].names == ["-C", "--directory"]
    assert [i.text for i in part.items if i.kind == "argument"] == ["backup.tar.gz", "/opt"]
    assert result.risk.level == "safe"


def test_tar_on_the_command_line():
    result = run(TAR)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == TAR
    for flag in ("-x", "-z", "-v", "-f", "-C, --directory"):
        assert any(line.strip().startswith(flag + " ") for line in lines), flag
    assert lines[-1] == "risk: safe"


def test_json_output():
    result = run("--json", TAR)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["command"] == TAR and data["risk"] == "safe" and data["reasons"] == []
    [part] = data["parts"]
    assert [i["text"] for i in part["items"] if i["kind"] == "option"] == ["-x", "-z", "-v", "-f", "-C"]
    assert part["items"][1]["from"] == "-xzvf"


def test_unknown_utility_is_said_to_be_unknown():
    result = explain("frobnicatexyz --fast data.bin")
    assert result.unknown == ["frobnicatexyz"]
    [part] = result.parts
    assert [(i.text, i.description) for i in part.items] == [
        ("frobnicatexyz", None), ("--fast", None), ("data.bin", None)]
    cli_result = run("frobnicatexyz --fast data.bin")
    assert cli_result.exit_code == 0
    assert "frobnicatexyz  unknown: no description in nlsh's glossary or on this system" in cli_result.stdout
    assert "unknown option" in cli_result.stdout


def test_malformed_command_gets_one_line_and_a_usage_exit():
    result = explain('ls "unclosed')
    assert result.parts == [] and "unterminated double quote" in result.error
    assert result.risk.level == "caution"
    cli_result = run('ls "unclosed')
    assert cli_result.exit_code == 2
    assert cli_result.stdout == ""
    assert cli_result.stderr == ("nlsh: cannot explain: unterminated double quote (at character 4); "
                                 "risk: caution\n")
    as_json = run("--json", 'ls "unclosed')
    assert as_json.exit_code == 2
    assert json.loads(as_json.stdout)["error"] == "unterminated double quote (at character 4)"


@pytest.mark.parametrize("text", ["", "   ", "x" * 20_000])
def test_empty_or_huge_command_is_an_input_error(text):
    with pytest.raises(InputError):
        explain(text)
    assert run(text).exit_code == 2


def test_unquoted_command_words_are_joined():
    result = run("--json", "rm", "-rf", "my dir")
    data = json.loads(result.stdout)
    assert data["command"] == "rm -rf 'my dir'"
    assert data["risk"] == "caution"


def test_pipeline_with_sudo():
    result = explain("curl -s URL | sudo bash", system=False)
    curl, bash = result.parts
    assert curl.context == ["step 1 of 2 in a pipeline"]
    assert bash.context == ["as root", "step 2 of 2 in a pipeline"]
    assert [(i.kind, i.text) for i in bash.items] == [("wrapper", "sudo"), ("utility", "bash")]
    assert items_by_text(curl)["-s"].kind == "option"
    assert any("`|`" in line for line in result.syntax)
    text = result.render()
    assert "risk: danger" in text and "pipes a download (curl) into bash" in text


def test_nested_commands_get_their_own_parts():
    result = explain("find / -name x -exec rm {} \\;", system=False)
    find, rm = result.parts
    assert items_by_text(find)["{}"].description == "replaced by each path that find found"
    assert rm.context == ["run by find -exec for each file found"]
    assert result.risk.level == "danger"
    substituted = explain("echo $(date +%s)", system=False)
    assert [p.context for p in substituted.parts] == [[], ["inside a substitution"]]


def test_fork_bomb():
    result = explain(":(){ :|:& };:", system=False)
    assert result.risk.level == "danger"
    assert any("defines a shell function" in line for line in result.syntax)
    assert result.parts[0].items[0].description == "does nothing and succeeds (the null command)"


def test_redirections_and_assignments():
    [part] = explain("LANG=C sort data.txt > out.txt 2>&1", system=False).parts
    described = {i.text: i.description for i in part.items}
    assert described["LANG=C"] == "sets the variable LANG for this command"
    assert described[">out.txt"] == "writes output to out.txt, replacing what the file held"
    assert described["2>&1"] == "sends errors to the same place as output"


def test_a_descriptor_that_is_not_an_ascii_number_is_a_file_name():
    # "¹" passes str.isdigit(); int() refuses it, and bash reads `>&¹` as a file named ¹
    [part] = explain("echo hi >&\u00b9", system=False).parts
    described = {i.text: i.description for i in part.items}
    assert described[">&\u00b9"].endswith("to \u00b9, replacing what the file held")


def test_attached_values_and_subcommands():
    [head] = explain("head -n5 log.txt", system=False).parts
    assert [(i.kind, i.text) for i in head.items][1:3] == [("option", "-n"), ("value", "5")]
    [push] = explain("git push -u origin main", system=False).parts
    assert push.items[0].text == "git push"
    assert items_by_text(push)["-u"].names == ["-u", "--set-upstream"]


def test_system_fallback_describes_what_the_glossary_lacks():
    [part] = explain("ls --group-directories-first").parts
    option = items_by_text(part)["--group-directories-first"]
    if option.description is None:
        pytest.skip("ls on this system documents no --group-directories-first")
    assert option.source in ("--help", "man")
    [offline] = explain("ls --group-directories-first", system=False).parts
    assert items_by_text(offline)["--group-directories-first"].description is None


@pytest.fixture
def probe(tmp_path, monkeypatch):
    """An installed utility that records every argument list it is run with."""
    log = tmp_path / "runs.log"
    program = tmp_path / "bin" / "nlshprobe"
    program.parent.mkdir()
    program.write_text(f'#!/bin/sh\necho "$*" >> {log}\necho "  --only   the one option"\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
    return log


def test_the_explained_command_is_never_run(probe, tmp_path):
    target = tmp_path / "created.txt"
    result = explain(f"nlshprobe --only --secret {target} && touch {target}")
    assert not target.exists()
    assert probe.read_text().splitlines() == ["--help"]
    assert items_by_text(result.parts[0])["--only"].description == "the one option"


def test_help_is_never_run_for_a_dangerous_command(probe):
    result = explain("nlshprobe --only; rm -rf /")
    assert result.risk.level == "danger"
    assert not probe.exists()


def test_glossary_only_flag(probe):
    result = run("--glossary-only", "nlshprobe --only")
    assert result.exit_code == 0
    assert not probe.exists()


def test_shipped_glossary_matches_a_fresh_build():
    shipped = glossary_build.OUTPUT.read_text(encoding="utf-8")
    for path in json.loads(shipped)["sources"]:
        if not (glossary_build.ROOT / path).exists():
            pytest.skip(f"{path}, an input of the shipped glossary, is not in this checkout")
    built, stats = glossary_build.build()
    fresh = json.dumps(built, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    assert fresh == shipped, "nlsh/data/glossary.json is stale: run python -m training.glossary"
    assert len(shipped.encode()) < 4_000_000
    assert stats["utilities"] > 3000
    tar = built["utilities"]["tar"]
    assert ["-C", "--directory"] in [f["names"] for f in tar["flags"]]
    assert {f["names"][0]: f.get("word") for f in tar["flags"]}["-x"] == "extract"


def test_alias_groups_from_tldr_placeholders():
    assert glossary_build.alias_groups(["-C", "--directory"]) == [["-C", "--directory"]]
    assert glossary_build.alias_groups(["-la", "-l --all"]) == [["-a", "--all"]]
    assert glossary_build.alias_groups(["-rI", "--recursive --binary-files=without-match"]) == [
        ["-r", "--recursive"], ["-I", "--binary-files=without-match"]]
    assert glossary_build.alias_groups(["--allow-env", "--allow-net"]) == []


SHELLISH = st.text(alphabet="abls -$(){}|&;<>'\"\\`#=\n*~/!:", max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), SHELLISH))
def test_explain_raises_nothing_but_nlsh_errors(text):
    try:
        result = explain(text, system=False)
    except NlshError:
        return
    json.dumps(result.to_dict())
    lines = result.render().split("\n")
    assert lines[-1 - len(result.risk.reasons)] == f"risk: {result.risk.level}"
    assert all(line.isprintable() for line in lines)
