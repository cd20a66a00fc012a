"""`python -m training index`: a built model's retrieval index rebuilt from the data as it is now."""

import json
import shutil

import pytest

from nlsh.paths import shipped_model_dir
from nlsh.retrieval import INDEX_FILE, Retriever
from training.__main__ import main


def test_only_a_model_that_reads_an_index_of_all_its_rows_gets_one(tmp_path):
    with pytest.raises(SystemExit, match="no model"):
        main(["index", "--model", str(tmp_path)])
    for train_config, model_config, refusal in (({}, {"retrieval": False}, "no retrieval index"),
                                                ({"limit": 500}, {"retrieval": True}, "sample")):
        (tmp_path / "model.json").write_text(json.dumps({"train_config": train_config, "model_config": model_config}))
        with pytest.raises(SystemExit, match=refusal):
            main(["index", "--model", str(tmp_path)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.json"]


@pytest.mark.slow
@pytest.mark.skipif(not (shipped_model_dir() / "model.json").exists(), reason="no shipped model")
def test_the_index_holds_the_data_as_it_is_now(tmp_path, capsys):
    shutil.copy(shipped_model_dir() / "model.json", tmp_path)
    assert main(["index", "--model", str(tmp_path)]) == 0
    rows = json.loads((tmp_path / "model.json").read_text())["retrieval_rows"]
    assert f"{rows} rows" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["model.json", INDEX_FILE])  # nothing half-made
    retriever = Retriever(tmp_path)
    assert len(retriever.cmd) == rows
    # a task of the core set's newest (training.coreset.LATE_TASKS)
    nearest, _ = retriever.search("get rid of all the stopped containers", 1)[0]
    assert retriever.cmd[nearest] == "docker container prune"
