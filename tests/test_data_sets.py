"""The committed core set and held-out sets: well-formed, big enough, reproducible, and truly held out."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from training import coreset, probe

DATA = Path(__file__).resolve().parent.parent / "data"
CORE = DATA / "core" / "core.jsonl"
EVERYDAY = DATA / "eval" / "everyday.jsonl"
EVERYDAY_DEV = DATA / "eval" / "everyday_dev.jsonl"  # for tuning; held out of training like the test sets
EVERYDAY_HOLDOUT = DATA / "eval" / "everyday_holdout.jsonl"  # ours, scored only: never tuned on
PROBE = DATA / "eval" / "literal_probe.jsonl"
TRAINING_CORPORA = [CORE, DATA / "nl2bash" / "train.jsonl", DATA / "tldr" / "pairs.jsonl"]
CATEGORIES = {"files", "text", "archives", "permissions", "users", "processes", "disk", "system", "services",
              "networking", "packages", "git"}
PLACEHOLDER = re.compile(r"\{\{[a-z0-9_]+\}\}")


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def normalized(phrase):
    return " ".join(phrase.lower().split()).rstrip(" .?!")


def nonempty_string(value):
    return isinstance(value, str) and value.strip() == value and value != ""


def test_core_rows_are_well_formed_and_cover_every_category():
    core = rows(CORE)
    assert len(core) >= 2500
    for row in core:
        assert set(row) in ({"nl", "cmd", "category"}, {"nl", "cmd", "category", "invented"}), row
        assert row.get("invented", True) is True, row
        assert nonempty_string(row["nl"]) and nonempty_string(row["cmd"]), row
        assert row["category"] in CATEGORIES, row
    per_category = Counter(row["category"] for row in core)
    assert set(per_category) == CATEGORIES
    assert min(per_category.values()) >= 100, per_category


def test_core_file_is_exactly_what_the_generator_writes():
    first = coreset.render(coreset.build_pairs())
    assert first == coreset.render(coreset.build_pairs())
    assert CORE.read_text(encoding="utf-8") == first, "run `python -m training.coreset` and commit the result"


def test_core_readme_counts_match_the_file():
    table = {}
    for line in (CORE.parent / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 4 and cells[0].split(" ")[0] in CATEGORIES:
            table[cells[0].split(" ")[0]] = int(cells[2])
    assert table == dict(Counter(row["category"] for row in rows(CORE)))


@pytest.mark.parametrize("path,field", [(CORE, "cmd"), (EVERYDAY, "cmds"), (EVERYDAY_DEV, "cmds"),
                                        (EVERYDAY_HOLDOUT, "cmds"), (PROBE, "cmd")])
def test_every_placeholder_is_well_formed(path, field):
    for row in rows(path):
        for command in row[field] if isinstance(row[field], list) else [row[field]]:
            rest = PLACEHOLDER.sub("", command)
            assert "{{" not in rest and "}}" not in rest, command


def test_core_has_both_concrete_values_and_placeholders():
    core = rows(CORE)
    with_placeholder = sum(bool(PLACEHOLDER.search(row["cmd"])) for row in core)
    assert 0.05 * len(core) < with_placeholder < 0.5 * len(core)


@pytest.mark.parametrize("path,least", [(EVERYDAY, 150), (EVERYDAY_DEV, 100), (EVERYDAY_HOLDOUT, 80)])
def test_everyday_rows_are_well_formed_and_cover_every_category(path, least):
    everyday = rows(path)
    assert len(everyday) >= least
    for row in everyday:
        assert set(row) == {"nl", "cmds", "category"}, row
        assert nonempty_string(row["nl"]) and row["category"] in CATEGORIES, row
        assert row["cmds"] and all(nonempty_string(cmd) for cmd in row["cmds"]), row
        assert len(set(row["cmds"])) == len(row["cmds"]), row
    assert {row["category"] for row in everyday} == CATEGORIES
    assert len({normalized(row["nl"]) for row in everyday}) == len(everyday)


def test_probe_rows_are_well_formed_and_each_literal_is_in_its_phrase_and_command():
    probes = rows(PROBE)
    assert len(probes) >= 250
    for row in probes:
        assert set(row) == {"nl", "cmd", "literals"}, row
        assert nonempty_string(row["nl"]) and nonempty_string(row["cmd"]) and row["literals"], row
        for literal in row["literals"]:
            assert literal in row["cmd"], (literal, row)
            assert literal in row["nl"], (literal, row)
    assert len({normalized(row["nl"]) for row in probes}) == len(probes)


def test_probe_file_is_exactly_what_the_generator_writes():
    assert PROBE.read_text(encoding="utf-8") == probe.render(probe.build_probes()), \
        "run `python -m training.probe` and commit the result"


def test_no_held_out_phrase_occurs_in_the_core_set():
    core_phrases = {normalized(row["nl"]) for row in rows(CORE)}
    for path in (EVERYDAY, EVERYDAY_DEV, EVERYDAY_HOLDOUT, PROBE):
        leaked = [row["nl"] for row in rows(path) if normalized(row["nl"]) in core_phrases]
        assert not leaked, leaked


def test_the_everyday_test_dev_and_holdout_sets_share_no_phrase():
    sets = [{normalized(r["nl"]) for r in rows(path)} for path in (EVERYDAY, EVERYDAY_DEV, EVERYDAY_HOLDOUT)]
    assert not sets[0] & sets[1] and not sets[0] & sets[2] and not sets[1] & sets[2]


def test_held_out_phrases_are_not_core_templates_with_other_values():
    """A held-out phrase that a core phrasing produces, give or take its slot values, is not held out."""

    def pattern(phrasing):
        parts = re.split(r"(\[|\]|\||<[a-z0-9_]+(?:\?[^>]*)?>)", phrasing)
        regex, depth = "", 0
        for part in parts:
            if part == "[":
                regex, depth = regex + "(?:", depth + 1
            elif part == "]":
                regex, depth = regex + ")", depth - 1
            elif part == "|" and depth:
                regex += "|"
            elif part.startswith("<") and part.endswith(">"):
                regex += r"\S+"
            else:
                regex += re.escape(part).replace(r"\ ", " +")
        return re.compile(regex, re.IGNORECASE)

    templates = [pattern(p) for _, tasks in coreset.CATEGORIES for _, phrasings in tasks for p in phrasings]
    for path in (EVERYDAY, EVERYDAY_DEV, EVERYDAY_HOLDOUT, PROBE):
        for row in rows(path):
            phrase = " ".join(row["nl"].rstrip(" .?!").split())
            assert not any(t.fullmatch(phrase) for t in templates), row["nl"]


def test_everyday_values_are_not_from_the_core_slot_lists():
    slot_values = set()
    value_lists = [values for _, values in coreset.SLOTS.values()]
    value_lists += [[v for row in table for v in row] for table in coreset.COUPLED.values()]
    for values in value_lists:
        for value in values:
            forms, command_form = coreset.split_value(value)
            slot_values.update(form.strip("'\" ") for form in (*forms, command_form))
    for row in rows(EVERYDAY):
        for token in row["nl"].replace(",", " ").split():
            token = token.strip("'\"?.!")
            # Words like "git" or "docker" are the tools themselves; values carry digits, dots or slashes.
            if re.search(r"[^A-Za-z]", token):
                assert token not in slot_values, (token, row["nl"])


def test_probe_literals_occur_in_no_training_data():
    training_text = "\n".join(path.read_text(encoding="utf-8") for path in TRAINING_CORPORA)
    for row in rows(PROBE):
        for literal in row["literals"]:
            assert literal not in training_text, literal


def test_each_everyday_set_loads_for_evaluation_under_its_own_name():
    from training.evaluate import load_sets

    sets = load_sets(["everyday", "everyday-dev", "everyday-holdout"])
    for name, path in (("everyday", EVERYDAY), ("everyday-dev", EVERYDAY_DEV), ("everyday-holdout", EVERYDAY_HOLDOUT)):
        kind, groups = sets[name]
        assert kind == "pairs" and list(groups) == list(dict.fromkeys(row["nl"] for row in rows(path)))


def test_a_later_batch_cannot_take_a_slot_name_in_use():
    """Its values would replace the ones every earlier row drew from, and those rows would change."""
    with pytest.raises(ValueError, match="already in use"):
        coreset.add_slots({"file": ("file", ["other.txt"])})
    assert "other.txt" not in coreset.SLOTS["file"][1]
