import json

from nlsh.tokenize import names_key_presses
from training.prepare import DATA, normalize_tldr, placeholder_name, prepare


def test_tldr_option_alternatives_take_the_short_spelling_and_placeholders_one_syntax():
    nl, cmd = normalize_tldr("[c]reate an archive:", "tar {{[-c|--create]}} {{[-f|--file]}} {{path/to/target.tar}} "
                                                     "{{path/to/file1 path/to/file2 ...}}")
    assert nl == "create an archive"
    assert cmd == "tar -c -f {{target}} {{file1}}"


def test_tldr_example_values_stay_plain():
    _, cmd = normalize_tldr("Ping a host", "ping -c {{5}} {{example.com}}")
    assert cmd == "ping -c 5 example.com"


def test_placeholder_names_are_shell_safe():
    for raw in ["Container Name", "path/to/file_or_directory", '"game1" "game2" ...', "???"]:
        name = placeholder_name(raw)
        assert name and all(c.isalnum() or c == "_" for c in name)


def test_splits_are_deterministic_and_keep_nl2bash_dev_out(tmp_path):
    first = prepare(tmp_path / "a")
    second = prepare(tmp_path / "b")
    assert first == second
    assert (tmp_path / "a" / "train.jsonl").read_bytes() == (tmp_path / "b" / "train.jsonl").read_bytes()

    held_out = {json.loads(line)["nl"] for line in (DATA / "nl2bash" / "dev.jsonl").open()}
    trained = {json.loads(line)["nl"] for line in (tmp_path / "a" / "train.jsonl").open()
               if json.loads(line)["source"] == "nl2bash"}
    # NL2Bash's own dev split is template-disjoint from train; nothing of it enters training
    assert len(held_out & trained) <= len(held_out) // 50


def test_core_twins_with_invented_names_train_but_stay_out_of_the_retrieval_index(tmp_path):
    from training.train import retrieval_rows

    prepare(tmp_path)
    rows = [json.loads(line) for line in (tmp_path / "train.jsonl").open()]
    twins = [row for row in rows if row.get("invented")]
    assert twins and all(row["source"] == "core" for row in twins)
    indexed = retrieval_rows(rows)
    assert len(indexed) == len(rows) - len(twins) and not any(row.get("invented") for row in indexed)


def test_tldr_key_presses_are_not_taught_as_commands(tmp_path):
    raw = [json.loads(line)["cmd"] for line in (DATA / "tldr" / "pairs.jsonl").open()]
    assert sum(names_key_presses(cmd) for cmd in raw) > 100  # `<q>`, `<Ctrl c>`, `:wq<Enter>` in tldr pages
    prepare(tmp_path)
    for split in ("train", "dev"):
        rows = [json.loads(line) for line in (tmp_path / f"{split}.jsonl").open()]
        assert not [row for row in rows if row["source"] == "tldr" and names_key_presses(row["cmd"])]


def test_without_held_out_tldr_pages_every_page_is_trained_on_and_the_rest_splits_as_before(tmp_path):
    held = prepare(tmp_path / "held")
    every = prepare(tmp_path / "every", hold_out_tldr=False)
    assert held["dev/tldr"] > 0 and "dev/tldr" not in every
    assert every["train/tldr"] == held["train/tldr"] + held["dev/tldr"]
    for source in ("nl2bash", "core"):
        assert every[f"dev/{source}"] == held[f"dev/{source}"]
        assert every[f"train/{source}"] == held[f"train/{source}"]
