"""`python -m training`: what a person sees when something is wrong."""


def test_a_missing_model_is_one_line_and_the_model_exit_status(tmp_path, capsys):
    from nlsh.errors import ExitStatus
    from training.__main__ import main

    assert main(["evaluate", "--model", str(tmp_path), "--sets", "everyday"]) == ExitStatus.MODEL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(tmp_path) in err
