import pytest

from nlsh import config
from nlsh.errors import ConfigError, ExitStatus


def write(text):
    path = config.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_no_file_means_defaults():
    assert config.load() == config.Config()


def test_every_setting_is_read():
    write(
        'alternatives = 5\nkey_binding = "Alt-J"\nidle_timeout = 60\nhistory_limit = 500\n'
        '[confirm]\ndefault = "yes"\ncaution = "yes"\n'
        '[colors]\ndanger = "ansired underline"\n'
    )
    loaded = config.load()
    assert (loaded.alternatives, loaded.key_binding, loaded.idle_timeout, loaded.history_limit) == (5, "alt-j", 60, 500)
    assert (loaded.confirm_default, loaded.confirm_caution) == ("yes", "yes")
    assert loaded.colors["danger"] == "ansired underline"
    assert loaded.colors["safe"] == config.DEFAULT_COLORS["safe"]


@pytest.mark.parametrize(
    "text, line, words",
    [
        ('alternatives = 3\nkey_binding = "ctrl-g\n', 2, "line 2:"),  # TOML syntax error
        ("alternatives = 3\n\n[confirm]\ndefault = = 1\n", 4, "line 4:"),
        ("# comment\nalternatives = 0\n", 2, "from 1 to 10"),
        ('alternatives = "three"\n', 1, "whole number"),
        ("idle_timeout = true\n", 1, "whole number"),
        ("alternatives = 2\nhistory_limit = -1\n", 2, "from 0 to 10000000"),
        ('alternatives = 2\nkey_binding = "F5"\n', 2, "ctrl-g"),
        ('[confirm]\ncaution = "enter"\ndefault = "maybe"\n', 3, "'no', 'yes'"),
        ('alternatives = 2\nalternates = 3\n', 2, "unknown setting 'alternates'"),
        ('[confirm]\ndefault = "no"\nbogus = 1\n', 3, "unknown setting 'bogus' in [confirm]"),
        ('[colours]\ndanger = "red"\n', 1, "unknown setting 'colours'"),
        ('[colors]\nsafe = "ansigreen"\ndanger = "blood red"\n', 3, "color danger"),
        ('confirm = 3\n', 1, "must be a table"),
        ('confirm = { default = "perhaps" }\n', 1, "default must be one of"),
    ],
)
def test_a_bad_config_names_its_line(text, line, words):
    path = write(text)
    with pytest.raises(ConfigError) as raised:
        config.load()
    message = str(raised.value)
    assert message.startswith(f"{path}: line {line}: ")
    assert words in message
    assert "\n" not in message


def test_the_cli_reports_a_bad_config_in_one_line():
    from click.testing import CliRunner

    from nlsh.cli import cli

    write("alternatives = 99\n")
    # `nlsh "phrase"` reads the config before it loads a model, so a bad one stops it with its own message.
    result = CliRunner().invoke(cli, ["--print", "list files"])
    assert result.exit_code == ExitStatus.USAGE
    assert "line 1: alternatives must be a whole number from 1 to 10" in result.output


def test_the_repl_uses_the_config_file():
    from nlsh.repl import Repl

    write('alternatives = 5\n[colors]\nprompt = "ansired"\n')
    repl = Repl(lambda phrase, k: [])
    assert repl.config.alternatives == 5
    assert ("prompt", "ansired") in repl.style.style_rules


@pytest.mark.parametrize("key, bash, zsh", [("ctrl-g", r"\C-g", "^G"), ("alt-j", r"\ej", "^[j")])
def test_the_key_binding_reaches_nlsh_init(key, bash, zsh):
    from nlsh.shellinit import render

    write(f'key_binding = "{key}"\n')
    assert (config.load().shell_key("bash"), config.load().shell_key("zsh")) == (bash, zsh)
    assert "${NLSH_KEY:-" + f"'{bash}'" + "}" in render("bash")
    assert "${NLSH_KEY:-" + f"'{zsh}'" + "}" in render("zsh")
