"""Build nlsh/data/glossary.json: what each utility and each of its flags does, for `nlsh explain`.

Run `python -m training.glossary`. Sources are the tldr pairs (data/tldr/pairs.jsonl) and, when present,
our core set (data/core/core.jsonl). tldr describes examples, not flags, so a flag is described by the
example that shows it most plainly (the one with the fewest other flags), plus the word its mnemonic
marks when the description has one ("E[x]tract" -> x: "Extract"). `{{[-C|--directory]}}` links a short
spelling to its long one; `{{[-la|-l --all]}}` links -a to --all. A utility's summary is the first
example of its page, the most common use. The output is deterministic: the same input gives the same
bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from nlsh import shellparse

ROOT = Path(__file__).resolve().parent.parent
TLDR = ROOT / "data" / "tldr" / "pairs.jsonl"
CORE = ROOT / "data" / "core" / "core.jsonl"
OUTPUT = ROOT / "nlsh" / "data" / "glossary.json"
NOTICE = ("Descriptions derived from tldr-pages (https://github.com/tldr-pages/tldr, commit 08e345f4), "
          "(c) the tldr-pages contributors, CC BY 4.0; and from nlsh's own core set (MIT).")

PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
MNEMONIC = re.compile(r"(\w*)\[(\w)\](\w*)")
SHORT = re.compile(r"-[A-Za-z0-9?#@]+")
PLAIN_FLAG = re.compile(r"--[A-Za-z][\w-]*|-[A-Za-z]")
# Utilities whose first argument may be a bundle of option letters without a dash (`tar xzf`).
DASHLESS_BUNDLES = frozenset(["tar"])
# Utilities whose options are written name=value (`dd if=... of=...`); the glossary keys them "name=".
KEY_VALUE_OPERANDS = frozenset(["dd"])


class Example:
    """One description -> command pair, reduced to the flags it shows for its utility."""

    def __init__(self, nl: str, order: int):
        self.text = clean_description(nl)
        self.mnemonics = {m.group(2): clean_description(m.group(0)).lower() for m in MNEMONIC.finditer(nl)}
        self.order = order
        self.flags: set[str] = set()


def clean_description(nl: str) -> str:
    text = MNEMONIC.sub(lambda m: m.group(1) + m.group(2) + m.group(3), nl).strip().rstrip(".")
    return text[:1].upper() + text[1:]


def clean_request(text: str) -> str:
    """A core phrasing as a description: no shouting, no trailing question mark or 'please'."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.capitalize()
    text = re.sub(r"^please\s+|[\s,]*(please)?[?.!\s]*$", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def alias_groups(alternatives: list[str]) -> list[list[str]]:
    """Spellings that mean the same flag, from the two sides of a tldr `[short|long]` placeholder."""
    if len(alternatives) > 2:
        first, rest = alternatives[0], alternatives[1:]
        if SHORT.fullmatch(first) and all(a.startswith("--") and " " not in a for a in rest):
            return [[first, *rest]]
        return []
    short_side, long_side = alternatives[0].split(), alternatives[1].split()
    if len(short_side) != 1 or not SHORT.fullmatch(short_side[0]):
        return []
    letters = ["-" + c for c in short_side[0][1:]]
    long_tokens = []
    for token in long_side:
        if SHORT.fullmatch(token):
            long_tokens.extend("-" + c for c in token[1:])
        else:
            long_tokens.append(token)
    if len(letters) == len(long_tokens):
        return [[s, lg] for s, lg in zip(letters, long_tokens) if s != lg]
    if len(long_side) == 1 and long_side[0].startswith("--"):
        return [[short_side[0], long_side[0]]]
    return []


def substitute_placeholders(cmd: str) -> tuple[str, list[list[str]], set[str]]:
    """The command with placeholders made plain words, the alias groups and the extra flags it names."""
    groups: list[list[str]] = []
    extra: set[str] = set()

    def replace(match: re.Match) -> str:
        content = match.group(1)
        bracketed = content.startswith("[") and content.endswith("]") and "|" in content
        if bracketed:
            alternatives = content[1:-1].split("|")
            if alternatives[0].startswith("-"):
                found = alias_groups(alternatives)
                groups.extend(found)
                if found and SHORT.fullmatch(alternatives[0]):
                    extra.update("-" + c for c in alternatives[0][1:])
                if not found:
                    extra.update(a for a in alternatives if re.fullmatch(r"--?[\w-]+", a))
            return alternatives[0]
        if content.startswith("-") and "|" in content:
            alternatives = content.split("|")
            extra.update(a for a in alternatives if re.fullmatch(r"--?[\w-]+", a))
            return alternatives[0]
        if re.fullmatch(r"--?[\w-]+(=\S*)?", content):
            return content
        return "x"

    return PLACEHOLDER.sub(replace, cmd), groups, extra


def flag_words(key: str, command: shellparse.SimpleCommand) -> list[shellparse.Word] | None:
    """The words after the utility (and subcommand) named by `key`, if `command` runs it."""
    utility, _, sub = key.partition(" ")
    for wrapper in command.wrappers:
        if wrapper.name == utility and not sub:
            return wrapper.words[1:]
    if command.utility != utility:
        return None
    args = command.args
    if not sub:
        return args
    if args and args[0].text == sub:
        return args[1:]
    return None


def flags_of(key: str, words: list[shellparse.Word]) -> set[str]:
    flags: set[str] = set()
    for index, word in enumerate(words):
        text = word.text
        # what follows belongs to another command: watch CMD, find -exec CMD
        if text == "--" or key == "watch" and not text.startswith("-") and not text.isdigit():
            break
        if index == 0 and key in DASHLESS_BUNDLES and text.isalpha():
            flags.update("-" + c for c in text)
        elif text.startswith("--") and len(text) > 2:
            flags.add(text.split("=", 1)[0])
        elif text.startswith("-") and len(text) > 1 and not re.fullmatch(r"-\d\d+\w*|-\d+[A-Za-z]+", text):
            flags.add(text)
        elif key in KEY_VALUE_OPERANDS and re.fullmatch(r"[a-z]+=.*", text):
            flags.add(text.split("=", 1)[0] + "=")
        if key == "find" and text in ("-exec", "-execdir", "-ok", "-okdir"):
            break
    return flags


def page_key(page: str, script: shellparse.Script) -> tuple[str, shellparse.SimpleCommand] | None:
    """Which glossary entry a tldr page describes (`git-push` -> `git push`), and the command for it."""
    candidates = [page]
    if "-" in page:
        head, tail = page.split("-", 1)
        candidates.append(f"{head} {tail}")
    for command, _ in shellparse.iter_commands(script):
        for key in candidates:
            if flag_words(key, command) is not None:
                return key, command
    return None


def command_key(script: shellparse.Script, known: set[str]) -> tuple[str, shellparse.SimpleCommand] | None:
    """For a core pair (no page name): the first command's utility, with its subcommand when tldr has
    pages for that utility's subcommands (`git commit`)."""
    for command, _ in shellparse.iter_commands(script):
        if command.utility:
            args = command.args
            if args and not args[0].text.startswith("-") and f"{command.utility} {args[0].text}" in known:
                return f"{command.utility} {args[0].text}", command
            if args and not args[0].text.startswith("-") and any(k.startswith(command.utility + " ") for k in known):
                return None  # a subcommand tldr has no page for: its flags are not the utility's
            return command.utility, command
    return None


def read_pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def collect(rows: list[dict], entries: dict, use_page: bool, stats: dict, known: set[str] = frozenset()) -> None:
    """Add each pair to the entry of the utility it shows. Core pairs (no page) are phrased as requests
    with concrete values, so only those showing exactly one plain flag are kept: the request then
    describes that flag."""
    for row in rows:
        cmd, groups, extra = substitute_placeholders(row["cmd"])
        try:
            script = shellparse.parse(cmd)
        except shellparse.ParseError:
            stats["unparsed"] += 1
            continue
        found = page_key(row["page"], script) if use_page else command_key(script, known)
        if found is None:
            stats["unmatched"] += 1
            continue
        key, command = found
        example = Example(row["nl"], 0)
        words = flag_words(key, command)
        example.flags = flags_of(key, words) | extra
        for group in groups:
            example.flags.update(group)
        # a bundle whose letters are each linked (`-la` from `[-la|-l --all]`) is described letter by letter
        example.flags = {f for f in example.flags
                         if not (SHORT.fullmatch(f) and len(f) > 2 and all("-" + c in extra for c in f[1:]))}
        if not use_page:
            if len(example.flags) != 1 or not PLAIN_FLAG.fullmatch(next(iter(example.flags))):
                continue
            example.text = clean_request(example.text)
        # a mnemonic letter counts when the command holds that letter as a flag, alone or in a bundle
        bundles = "".join(f[1:] for f in example.flags if SHORT.fullmatch(f))
        example.mnemonics = {letter: word for letter, word in example.mnemonics.items() if letter in bundles}
        for letter in example.mnemonics:
            example.flags.add("-" + letter)
        entry = entries.setdefault(key, {"examples": [], "groups": []})
        example.order = len(entry["examples"])
        entry["examples"].append(example)
        entry["groups"].extend(groups)
        stats["pairs"] += 1


def linked_names(groups: list[list[str]]) -> dict[str, list[str]]:
    """Each spelling -> every spelling linked to it, short ones first."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    for group in groups:
        for other in group[1:]:
            a, b = root(group[0]), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for name in parent:
        members[root(name)].append(name)
    return {name: sorted(members[root(name)], key=lambda n: (n.startswith("--"), n))
            for name in parent}


def build_entry(entry: dict) -> dict:
    examples: list[Example] = entry["examples"]
    links = linked_names(entry["groups"])
    best: dict[str, tuple] = {}
    for example in examples:
        count = len(example.flags)
        for flag in example.flags:
            mnemonic = example.mnemonics.get(flag[1:]) if len(flag) == 2 else None
            rank = (mnemonic is None, count, example.order)
            if flag not in best or rank < best[flag][0]:
                best[flag] = (rank, example, mnemonic)
    # one record per group of linked spellings, described by the best example any spelling has
    records = []
    done: set[str] = set()
    for flag in sorted(best, key=lambda f: (f.lstrip("-").lower(), f)):
        if flag in done:
            continue
        names = links.get(flag, [flag])
        done.update(names)
        rank, example, mnemonic = min((best[n] for n in names if n in best), key=lambda b: b[0])
        records.append((names, example, mnemonic))
    used = sorted({example.order for _, example, _ in records} | {0})
    index = {order: i for i, order in enumerate(used)}
    by_order = {example.order: example.text for example in examples}
    flags = []
    for names, example, mnemonic in records:
        record: dict = {"names": names, "text": index[example.order]}
        if mnemonic:
            record["word"] = mnemonic
        flags.append(record)
    return {"summary": by_order[0], "texts": [by_order[order] for order in used], "flags": flags}


def build(tldr: Path = TLDR, core: Path = CORE) -> tuple[dict, dict]:
    stats = {"pairs": 0, "unparsed": 0, "unmatched": 0}
    entries: dict = {}
    collect(read_pairs(tldr), entries, use_page=True, stats=stats)
    if core.exists():
        core_entries: dict = {}
        # Rows with invented names (coreset's twins) would describe flags with made-up names.
        core_rows = [row for row in read_pairs(core) if not row.get("invented")]
        collect(core_rows, core_entries, use_page=False, stats=stats, known=set(entries))
        for key, entry in core_entries.items():
            if key not in entries:
                entries[key] = entry
            else:
                # core phrasings only describe flags tldr never shows
                known = {f for e in entries[key]["examples"] for f in e.flags}
                for example in entry["examples"]:
                    example.flags -= known
                    if example.flags:
                        example.order = len(entries[key]["examples"])
                        entries[key]["examples"].append(example)
    utilities = {key: build_entry(entries[key]) for key in sorted(entries)}
    stats["utilities"] = len(utilities)
    stats["flags"] = sum(len(u["flags"]) for u in utilities.values())
    # which inputs the file was built from, so a stale glossary is easy to spot
    sources = {path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name:
               hashlib.sha256(path.read_bytes()).hexdigest()[:16] for path in (tldr, core) if path.exists()}
    return {"format": 1, "notice": NOTICE, "sources": sources, "utilities": utilities}, stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.glossary", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    glossary, stats = build()
    text = json.dumps(glossary, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {stats['utilities']} utilities, {stats['flags']} flag entries from {stats['pairs']} "
          f"pairs ({stats['unparsed']} unparsable, {stats['unmatched']} not about their page's utility); "
          f"{len(text.encode()) / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
