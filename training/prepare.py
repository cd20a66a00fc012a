"""Normalize every corpus in data/ into one format and split it deterministically.

Output rows: {"nl", "cmd", "source", "weight"}. tldr's option alternatives `{{[-u|--username]}}` become
one spelling (the short one, as NL2Bash writes them), its mnemonic brackets `[c]reate` are dropped, and
its `{{path/to/file}}` placeholders become `{{file}}`: one syntax, harmless if run unfilled since braces
without a comma do not expand. Example values tldr wraps in braces (`{{100}}`, `{{example.com}}`) stay as
plain values. The NL2Bash dev split is a test split and never enters here.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from nlsh.tokenize import names_key_presses

DATA = Path(__file__).resolve().parent.parent / "data"

# NL2Bash is the only corpus of full one-liners with pipelines and concrete values: it is seen twice an
# epoch; tldr's one-flag-at-a-time page examples, five times as many, half the time.
NL2BASH_WEIGHT = 2.0
TLDR_WEIGHT = 0.5
# Our core set is the only corpus written the way a new user asks for everyday tasks.
CORE_WEIGHT = 2.0
_GENERIC = re.compile(
    r"^(view documentation for|display (the )?help|display (the )?version|show (the )?help|"
    r"show (the )?version|print (the )?help|print (the )?version|display help for|"
    r"start a repl|start an interactive (shell )?session|display (all )?available (sub)?commands)",
    re.I,
)
_TLDR_BRACES = re.compile(r"\{\{(.*?)\}\}")
_MNEMONIC = re.compile(r"\[([A-Za-z0-9])\]")
_VALUE = re.compile(
    r"^(\d+(\.\d+)?[A-Za-z%]{0,3}|[a-z][a-z0-9+.-]*://\S+|[\w-]+(\.[\w-]+)+|/\S+|\d+(\.\d+){3}(:\d+)?)$"
)


def placeholder_name(text: str) -> str:
    """`path/to/file.ext` -> `file`, `Container Name` -> `container_name`."""
    text = text.strip().strip("\"'")
    first = text.split()[0] if text.split() else text
    if "path/to/" in first or first.startswith(("~/", "./")):
        first = first.rstrip("/").rsplit("/", 1)[-1]
        first = first.split(".", 1)[0] or first
        text = first
    name = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:24].strip("_")
    return name or "value"


def _tldr_braces(match: re.Match) -> str:
    inner = match.group(1)
    if inner.startswith("[") and inner.endswith("]") and "|" in inner:
        return inner[1:-1].split("|")[0]  # option alternatives: keep the first (short) spelling
    if "|" in inner and " " not in inner:
        return inner.split("|")[0]  # value alternatives such as {{x86|x64|arm}}
    if _VALUE.match(inner) and "path/to" not in inner:
        return inner
    return "{{" + placeholder_name(inner) + "}}"


def normalize_tldr(nl: str, cmd: str) -> tuple[str, str]:
    nl = _MNEMONIC.sub(r"\1", nl).replace("`", "").rstrip(":").strip()
    cmd = _TLDR_BRACES.sub(_tldr_braces, cmd).strip()
    return nl, cmd


def _bucket(key: str, dev_percent: int) -> str:
    digest = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16)
    return "dev" if digest % 100 < dev_percent else "train"


def _rows(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def nl2bash_dev_phrases(count: int) -> list[str]:
    """Distinct real phrases from the NL2Bash dev split, in file order: what benchmarks and server tests send."""
    seen: dict[str, None] = {}
    for row in _rows(DATA / "nl2bash" / "dev.jsonl"):
        seen.setdefault(row["nl"].strip(), None)
        if len(seen) == count:
            break
    return list(seen)


def prepare(out_dir: Path, dev_percent: int = 5, hold_out_tldr: bool = True) -> dict[str, int]:
    """Write train.jsonl and dev.jsonl under out_dir; return row counts per split and source.

    Without `hold_out_tldr` every tldr page is trained on (`teach_epochs` in training.build): a page is a
    utility of its own, so a page held out is one the model cannot answer."""
    splits: dict[str, list[dict]] = {"train": [], "dev": []}

    for row in _rows(DATA / "nl2bash" / "train.jsonl"):
        # split by command, so that the dev rows' commands are unseen, as in NL2Bash's own split
        split = _bucket("nl2bash:" + row["cmd"], dev_percent)
        splits[split].append({"nl": row["nl"], "cmd": row["cmd"], "source": "nl2bash", "weight": NL2BASH_WEIGHT})

    for row in _rows(DATA / "tldr" / "pairs.jsonl"):
        nl, cmd = normalize_tldr(row["nl"], row["cmd"])
        if not nl or not cmd or names_key_presses(cmd):
            continue
        weight = 0.1 if _GENERIC.match(nl) else TLDR_WEIGHT
        split = _bucket("tldr:" + row["page"], dev_percent) if hold_out_tldr else "train"  # whole pages go one way
        splits[split].append({"nl": nl, "cmd": cmd, "source": "tldr", "weight": weight})

    core = DATA / "core" / "core.jsonl"
    if core.exists():
        for row in _rows(core):
            split = _bucket("core:" + row["nl"].lower(), dev_percent)
            splits[split].append({"nl": row["nl"], "cmd": row["cmd"], "source": "core", "weight": CORE_WEIGHT,
                                  **({"invented": True} if row.get("invented") else {})})

    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in splits.items():
        with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        for row in rows:
            key = f"{name}/{row['source']}"
            counts[key] = counts.get(key, 0) + 1
    return counts
