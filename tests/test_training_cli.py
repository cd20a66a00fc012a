"""`python -m training`: what a person sees when something is wrong."""


def test_a_missing_model_is_one_line_and_the_model_exit_status(tmp_path, capsys):
    from nlsh.errors import ExitStatus
    from training.__main__ import main

    assert main(["evaluate", "--model", str(tmp_path), "--sets", "everyday"]) == ExitStatus.MODEL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(tmp_path) in err


def test_settings_are_read_as_their_type_and_a_wrong_one_is_one_line():
    import pytest

    from training.config import preset

    assert preset("default", channel="false")[0].channel is False  # bool("false") would be True
    assert preset("tiny", channel="yes")[0].channel is True and preset("tiny", epochs="3")[1].epochs == 3
    for key, value in (("channel", "maybe"), ("epochs", "three")):
        with pytest.raises(SystemExit, match=key):
            preset("tiny", **{key: value})


def test_teaching_a_folder_without_a_built_model_is_one_line(tmp_path):
    import pytest

    from training.__main__ import main

    with pytest.raises(SystemExit, match=f"no built model to teach at {tmp_path}"):
        main(["teach", "--model", str(tmp_path), "--run", str(tmp_path / "run"), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
