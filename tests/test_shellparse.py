"""The shell parser: structure, quoting, wrappers, nested code, and honest errors."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlsh.errors import InputError
from nlsh.shellparse import (MAX_DEPTH, Compound, FunctionDef, ParseError, find_paths, iter_commands,
                             iter_functions, parse)


def commands(text):
    """(utility, [argument texts], [wrapper names], context path) for every simple command."""
    return [(c.utility, [w.text for w in c.args], [w.name for w in c.wrappers], ctx.path)
            for c, ctx in iter_commands(parse(text))]


def utilities(text):
    return [c.utility for c, _ in iter_commands(parse(text))]


@pytest.mark.parametrize("text, expected", [
    ("echo 'a  b' \"c $HOME\" d\\ e", ["a  b", "c $HOME", "d e"]),
    ("echo $'tab\\there' $\"x\"", ["tab\there", "x"]),
    ("echo a'b'\"c\"", ["abc"]),
    ("echo \"say \\\"hi\\\"\" '\\n'", ['say "hi"', "\\n"]),
    ("echo ${x:-default} $((1 + 2)) $1 $@", ["${x:-default}", "$((1 + 2))", "$1", "$@"]),
    ("echo a#b # a comment", ["a#b"]),
    ("echo one \\\n two", ["one", "two"]),
    ("echo {a,b}.txt *.py ~/x", ["{a,b}.txt", "*.py", "~/x"]),
    ("ls !(*.o) @(a|b)*", ["!(*.o)", "@(a|b)*"]),
])
def test_words_lose_quotes_and_keep_expansions(text, expected):
    [(utility, args, _, _)] = commands(text)
    assert utility in ("echo", "ls")
    assert args == expected


def test_word_flags():
    command = next(iter_commands(parse("ls *.txt '*.md' \"$dir\" `pwd`")))[0]
    glob, quoted_glob, variable, backquoted = command.args
    assert glob.glob and not glob.quoted
    assert quoted_glob.quoted and not quoted_glob.glob
    assert variable.expanded and variable.quoted
    assert backquoted.expanded and len(backquoted.substitutions) == 1


@pytest.mark.parametrize("text, expected", [
    ("a | b | c", ["a", "b", "c"]),
    ("a; b && c || d & e", ["a", "b", "c", "d", "e"]),
    ("a\nb\n\nc", ["a", "b", "c"]),
    ("(a; b) | { c; d; }", ["a", "b", "c", "d"]),
    ("if a; then b; elif c; then d; else e; fi", ["a", "b", "c", "d", "e"]),
    ("while a; do b; done; until c; do d; done", ["a", "b", "c", "d"]),
    ("for f in *.txt; do wc -l \"$f\"; done", ["wc"]),
    ("for ((i = 0; i < 3; i++)); do echo $i; done", ["echo"]),
    ("case $x in a|b) one;; (c) two;; *) three;; esac", ["one", "two", "three"]),
    ("[[ -f a && -d b ]] && echo yes", ["[[", "echo"]),
    ("! grep -q x file", ["grep"]),
    ("x=1 y=$(date) cmd arg", ["cmd", "date"]),
    ("a |& b", ["a", "b"]),
])
def test_structures(text, expected):
    assert sorted(utilities(text)) == sorted(expected)


def test_separators_and_negation():
    script = parse("a && b || c; d &")
    assert script.separators == ["&&", "||", ";", "&"]
    assert parse("! a | b").pipelines[0].negated


def test_compounds_are_recorded():
    [pipeline] = parse("for x in 1 2; do echo $x; done > out").pipelines
    [loop] = pipeline.commands
    assert isinstance(loop, Compound) and loop.kind == "for"
    assert [w.text for w in loop.words] == ["1", "2"]
    assert loop.redirects[0].target.text == "out"


@pytest.mark.parametrize("text", [":(){ :|:& };:", "bomb() { bomb | bomb & }; bomb",
                                  "function bomb { bomb | bomb & }; bomb"])
def test_functions(text):
    [function] = list(iter_functions(parse(text)))
    assert isinstance(function, FunctionDef)
    body_calls = [c for c, ctx in iter_commands(parse(text)) if ctx.path and ctx.path[0].startswith("function")]
    assert [c.program for c in body_calls] == [function.name, function.name]


@pytest.mark.parametrize("text, op, fd, target", [
    ("cmd > out", ">", None, "out"),
    ("cmd 2>> err.log", ">>", 2, "err.log"),
    ("cmd 2>&1", ">&", 2, "1"),
    ("cmd &> all.log", "&>", None, "all.log"),
    ("cmd < in.txt", "<", None, "in.txt"),
    ("cmd <<< 'word'", "<<<", None, "word"),
    ("cmd >| forced", ">|", None, "forced"),
    ("> empty.txt", ">", None, "empty.txt"),
])
def test_redirections(text, op, fd, target):
    [pipeline] = parse(text).pipelines
    [redirect] = pipeline.commands[0].redirects
    assert (redirect.op, redirect.fd, redirect.target.text) == (op, fd, target)


def test_only_ascii_digits_name_a_descriptor():
    # "¹" is a digit to str.isdigit() but not to int(), nor to bash: a word, then the redirection
    [pipeline] = parse("cmd \u00b9> out").pipelines
    [command] = pipeline.commands
    assert [w.text for w in command.argv] == ["cmd", "\u00b9"]
    assert [(r.op, r.fd, r.target.text) for r in command.redirects] == [(">", None, "out")]
    with pytest.raises(ParseError):
        parse("\u00b9<")


def test_heredoc_body_is_read():
    [pipeline] = parse("cat <<'EOF' | wc -l\nline one\nline two\nEOF\necho after").pipelines[:1]
    [redirect] = pipeline.commands[0].redirects
    assert redirect.heredoc == "line one\nline two"
    assert utilities("cat <<EOF\nrm -rf /\nEOF\necho after") == ["cat", "echo"]


@pytest.mark.parametrize("text, utility, wrappers, args", [
    ("sudo rm -rf /", "rm", ["sudo"], ["-rf", "/"]),
    ("sudo -u root -E rm x", "rm", ["sudo"], ["x"]),
    ("env -i PATH=/bin FOO=1 /bin/rm x", "rm", ["env"], ["x"]),
    ("command -p rm x", "rm", ["command"], ["x"]),
    ("exec -a name rm x", "rm", ["exec"], ["x"]),
    ("nohup nice -n 10 rm x &", "rm", ["nohup", "nice"], ["x"]),
    ("time -p rm x", "rm", ["time"], ["x"]),
    ("timeout -s KILL 5 rm x", "rm", ["timeout"], ["x"]),
    ("xargs -0 -I {} rm -f {}", "rm", ["xargs"], ["-f", "{}"]),
    ("sudo env xargs /usr/bin/rm", "rm", ["sudo", "env", "xargs"], []),
    ("/usr/local/bin/../bin/rm x", "rm", [], ["x"]),
    ("\\rm x", "rm", [], ["x"]),
    ("'rm' x", "rm", [], ["x"]),
])
def test_wrappers_resolve_to_the_real_utility(text, utility, wrappers, args):
    [(found, found_args, found_wrappers, _)] = commands(text)
    assert (found, found_wrappers, found_args) == (utility, wrappers, args)


@pytest.mark.parametrize("text, utility", [
    ("sudo -l", "sudo"), ("sudo -i", "sudo"), ("env", "env"), ("command -v rm", "command"),
    ("xargs", "xargs"), ("exec 3>file", "exec"),
])
def test_a_wrapper_with_nothing_to_run_is_the_utility(text, utility):
    assert utilities(text) == [utility]


@pytest.mark.parametrize("text, nested_how, inner", [
    ("sh -c 'rm -rf /tmp/x; ls'", "sh -c", ["rm", "ls"]),
    ("bash -lc \"cd /; ls\"", "bash -c", ["cd", "ls"]),
    ("sudo sh -c 'echo hi > /etc/x'", "sh -c", ["echo"]),
    ("su -c 'rm x' alice", "su -c", ["rm"]),
    ("eval 'rm x; ls'", "eval", ["rm", "ls"]),
    ("watch -n 5 'df -h | grep sda'", "watch", ["df", "grep"]),
    ("ssh -p 22 host 'rm -rf /'", "ssh host", ["rm"]),
    ("find . -name '*.o' -exec rm -f {} \\;", "find -exec", ["rm"]),
    ("find / -type f -execdir sh -c 'rm \"$1\"' _ {} +", "find -execdir", ["sh", "rm"]),
])
def test_code_inside_arguments_is_parsed(text, nested_how, inner):
    nested = [(c.utility, ctx.path) for c, ctx in iter_commands(parse(text)) if ctx.path]
    assert [u for u, _ in nested] == inner
    assert nested[0][1][0] == nested_how


def test_substitutions_are_parsed_and_do_not_inherit_sudo():
    found = {c.utility: ctx for c, ctx in iter_commands(parse("sudo echo $(rm -rf ~) `ls` <(cat x)"))}
    assert set(found) == {"echo", "rm", "ls", "cat"}
    assert found["echo"].privileged and not found["rm"].privileged
    assert found["rm"].path == ("substitution",)
    sudo_shell = {c.utility: ctx for c, ctx in iter_commands(parse("sudo sh -c 'rm -rf /x'"))}
    assert sudo_shell["rm"].privileged


def test_find_exec_knows_what_braces_stand_for():
    [(_, _), (rm, context)] = list(iter_commands(parse("find /etc /var -exec rm {} +")))
    assert rm.utility == "rm"
    assert context.find.utility == "find"
    assert [w.text for w in find_paths(context.find.args)] == ["/etc", "/var"]


@pytest.mark.parametrize("text, reason", [
    ('ls "unclosed', "unterminated double quote"),
    ("echo 'open", "unterminated single quote"),
    ("echo $(ls", "unterminated command substitution"),
    ("echo `ls", "unterminated backquote"),
    ("echo ${x", "unterminated parameter expansion"),
    ("ls &&", "nothing after '&&'"),
    ("| ls", "unexpected '|'"),
    ("ls )", "unexpected ')'"),
    ("(ls", "never closed"),
    ("{ ls; ", "never closed"),
    ("if true; then ls", "never closed with 'fi'"),
    ("for x in a; ls; done", "never closed"),
    ("case x in a) ls;;", "never closed with 'esac'"),
    ("cat >", "missing file name"),
    (";", "unexpected ';'"),
    ("ls\x00", "NUL"),
    ("( " * (MAX_DEPTH + 5), "nested too deeply"),
    ("$(" * (MAX_DEPTH + 5), "nested too deeply"),
])
def test_malformed_input_is_an_input_error_with_a_reason(text, reason):
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert reason in str(caught.value)
    assert isinstance(caught.value, InputError)
    assert "at character" in str(caught.value)


def test_empty_input_is_an_empty_script():
    assert parse("").pipelines == []
    assert parse("  # just a comment\n").pipelines == []


def test_command_text_is_sliced_from_the_source():
    texts = [c.text for c, _ in iter_commands(parse("ls -la  |  grep x && echo 'done'"))]
    assert texts == ["ls -la", "grep x", "echo 'done'"]


SHELLISH = st.text(alphabet="ab -$(){}|&;<>'\"\\`#=\n*~/!", max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=120), SHELLISH))
def test_parse_returns_a_script_or_raises_parse_error(text):
    try:
        script = parse(text)
    except ParseError:
        return
    for command, _ in iter_commands(script):
        assert command.text is not None
