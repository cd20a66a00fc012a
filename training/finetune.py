"""Personal fine-tuning: low-rank adapters (LoRA) trained on the commands a user confirmed, merged into a model
of their own.

The REPL logs every command it ran, and the shell hooks every line run after Ctrl-G (nlsh.history). A
command run as proposed, or after the user edited it, is what the user wants for that phrase; the latest
one per phrase wins. The base model's weights stay
frozen; each weight matrix W of its linear layers and GRUs (input and hidden matrices, all three gates
at once) learns an update (alpha / r) * up @ down of rank r. Pieces of the user's commands the base
vocabulary lacks (`-lah` may be too rare to have one) get new rows in the target embedding and output
layer, trained too, starting from the known piece that shares the longest prefix.

Every step also replays rows of the base's own training data, the nearest ones to the user's phrases and
a random few, and holds the model's whole output distribution there to the frozen base's (KL): learning
"list all files -> ls -lah" must not turn "delete all files" into `ls` too. Replaying the gold commands
instead pulls every answer the base was unsure of somewhere new.

The adapters are then merged (W + update), exported, quantized and compared with the base on NL2Bash
dev; only a model that loses at most `max_drop` NLC2CMD@1 there is installed as the user's model.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn as nn
from torch.nn.utils import parametrize

from nlsh import paths, personal
from nlsh.channel import CHANNEL_FILE
from nlsh.retrieval import EXAMPLES_FILE, INDEX_FILE, Retriever, build_index
from nlsh.translator import Translator
from nlsh.vocab import Vocab
from training.build import WEIGHTS_FILE
from training.config import ModelConfig
from training.data import attach_neighbours, collate, encode, read_jsonl, split_example
from training.model import Seq2Seq, sequence_nll

ADAPTER_FILE = "adapter.pt"
# The embeddings get no adapter (a new piece gets its own row instead); neither does a matrix no wider
# than the rank (attention's scorer v, the 3-way gate), where a rank-r update would be a full one.
SKIPPED = ("src_emb.weight", "tgt_emb.weight")


@dataclass
class FinetuneConfig:
    rank: int = 8
    alpha: float = 16.0
    steps: int = 300
    batch_size: int = 32
    lr: float = 2e-3
    user_share: float = 0.25  # of each batch: the user's pairs; as many again are their nearest training rows
    replay_near: int = 32  # nearest training rows per logged phrase: where the new answer must stop applying
    replay_rows: int = 4000  # random training rows: everything else the base knows
    keep: float = 1.0  # weight of staying close to the base on replayed rows, against learning the user's
    eval_limit: int = 200  # NL2Bash dev phrases compared with the base before installing (0: all)
    max_drop: float = 0.02  # NLC2CMD@1 the personal model may lose against the base on those phrases
    seed: int = 1234


# -- the log -------------------------------------------------------------------------------------
def _phrase_key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def pairs_from_log(entries: list[dict]) -> list[dict]:
    """Training rows {"nl", "cmd", "weight"} from log entries, oldest first.

    A run that succeeded counts: as proposed, the proposal itself (with its `{{placeholders}}` rather than
    the values filled in for that one run), else the command as edited. A failed or skipped command says
    nothing certain about what the user wants. For a phrase confirmed with several commands, the latest
    wins; its weight is how often the user confirmed it.
    """
    latest: dict[str, tuple[str, str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for entry in entries:
        phrase, command = entry.get("phrase"), entry.get("command")
        if not isinstance(phrase, str) or not phrase.strip() or entry.get("action") != "run":
            continue
        if entry.get("exit_status") != 0:
            continue
        proposed, chosen = entry.get("proposed") or [], entry.get("chosen")
        if not entry.get("edited") and isinstance(chosen, int) and 0 <= chosen < len(proposed):
            command = proposed[chosen]
        if not isinstance(command, str) or not command.strip():
            continue
        key = _phrase_key(phrase)
        latest[key] = (phrase.strip(), command.strip())
        counts[key, command.strip()] = counts.get((key, command.strip()), 0) + 1
    return [{"nl": nl, "cmd": cmd, "source": "user", "weight": counts[key, cmd]} for key, (nl, cmd) in latest.items()]


# -- the base model --------------------------------------------------------------------------------
def load_base(model_dir: Path) -> tuple[Seq2Seq, dict]:
    """The model a model directory was exported from, from its fp16 weights and model.json."""
    weights = model_dir / WEIGHTS_FILE
    if not weights.is_file():
        raise SystemExit(f"{model_dir} has no {WEIGHTS_FILE} to fine-tune; rebuild it with `python -m training "
                         f"build`, which saves the weights beside the model")
    meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
    model = Seq2Seq(ModelConfig(**meta["model_config"]))
    model.load_state_dict({k: v.float() for k, v in torch.load(weights, map_location="cpu").items()})
    return model, meta


class LowRankUpdate(nn.Module):
    """W -> W + (alpha / r) * up @ down. `up` starts at zero, so training starts from the base exactly."""

    def __init__(self, rows: int, cols: int, rank: int, alpha: float):
        super().__init__()
        self.down = nn.Parameter(torch.empty(rank, cols))
        nn.init.kaiming_uniform_(self.down, a=math.sqrt(5))
        self.up = nn.Parameter(torch.zeros(rows, rank))
        self.scale = alpha / rank

    def forward(self, weight: torch.Tensor) -> torch.Tensor:
        return weight + self.scale * (self.up @ self.down)


class AppendedRows(nn.Module):
    """W -> [W; extra]: rows for target pieces the base vocabulary lacks, the only base-shaped part trained."""

    def __init__(self, extra: torch.Tensor):
        super().__init__()
        self.extra = nn.Parameter(extra)

    def forward(self, weight: torch.Tensor) -> torch.Tensor:
        return torch.cat([weight, self.extra], dim=0)


def _nearest_piece(piece: str, vocab: Vocab) -> int | None:
    """The known piece sharing the longest prefix with `piece` (two characters at least, past a space)."""
    best, best_len = None, 1 + piece.startswith("▁")
    for token, index in vocab.index.items():
        common = len(os.path.commonprefix([piece, token]))
        if common > best_len:
            best, best_len = index, common
    return best


def extend_vocab(model: Seq2Seq, vocab: Vocab, pieces: list[str]) -> Vocab:
    """Give `model` trainable target rows for `pieces`; returns the extended vocabulary."""
    if not pieces:
        return vocab
    seeds = [_nearest_piece(p, vocab) for p in pieces]

    def rows(weight: torch.Tensor) -> torch.Tensor:
        mean = weight.mean(0)
        return torch.stack([weight[s].clone() if s is not None else mean for s in seeds])

    for layer, name in ((model.tgt_emb, "weight"), (model.out, "weight"), (model.out, "bias")):
        extra = rows(getattr(layer, name).detach())
        parametrize.register_parametrization(layer, name, AppendedRows(extra), unsafe=True)
    model.cfg.tgt_vocab += len(pieces)
    return Vocab(vocab.tokens + pieces)


def add_adapters(model: Seq2Seq, rank: int, alpha: float) -> list[str]:
    """Put a LowRankUpdate on each weight matrix wider than `rank` both ways."""
    adapted = []
    for module_name, module in list(model.named_modules()):
        if not isinstance(module, (nn.Linear, nn.GRU)):
            continue
        # a Linear's weight may already carry new rows (extend_vocab): adapt it with them
        names = ["weight"] if isinstance(module, nn.Linear) else [
            n for n, p in module.named_parameters(recurse=False) if p.dim() == 2]
        for name in names:
            full = f"{module_name}.{name}"
            rows, cols = getattr(module, name).shape
            if full in SKIPPED or min(rows, cols) <= rank:
                continue
            parametrize.register_parametrization(module, name, LowRankUpdate(rows, cols, rank, alpha))
            adapted.append(full)
    return adapted


def trainable_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """The adapters and new rows only: what fine-tuning learned, and all it adds to the base."""
    return {k: v.detach().clone() for k, v in model.named_parameters() if v.requires_grad}


def merge(model: Seq2Seq) -> None:
    """Fold every parametrization into a plain weight: the model exports like any trained one."""
    for module in model.modules():
        if parametrize.is_parametrized(module):
            for name in list(module.parametrizations):
                parametrize.remove_parametrizations(module, name, leave_parametrized=True)
    model.tgt_emb.num_embeddings = model.tgt_emb.weight.shape[0]
    model.out.out_features = model.out.weight.shape[0]


# -- training --------------------------------------------------------------------------------------
def _new_pieces(rows: list[dict], vocab: Vocab) -> list[str]:
    """Target pieces of `rows` the vocabulary lacks and the phrase cannot supply by copying."""
    new: list[str] = []
    for row in rows:
        src, pieces = split_example(row["nl"], row["cmd"], row.get("neighbours"))
        texts = {t.text for t in src}
        for piece in pieces:
            if piece not in vocab.index and piece.lstrip("▁") not in texts and piece not in new:
                new.append(piece)
    return new


def _replay(user_rows: list[dict], cfg: FinetuneConfig) -> tuple[list[dict], list[dict]]:
    """Rows of the data the base was trained on (NL2Bash dev is never among them): the nearest ones to each
    logged phrase, which teach where the user's answer stops applying ("list all files" is theirs, "delete all
    files" is not), and a random sample of the rest. A training row with the very phrase the user logged is
    left out: the user's answer overrides it."""
    from training.prepare import prepare

    with tempfile.TemporaryDirectory(prefix="nlsh-replay-") as tmp:
        prepare(Path(tmp))
        rows = read_jsonl(Path(tmp) / "train.jsonl")
        build_index(rows, Path(tmp) / "index")
        index = Retriever(Path(tmp) / "index")
    logged = {_phrase_key(r["nl"]) for r in user_rows}
    rows = [r for r in rows if _phrase_key(r["nl"]) not in logged]
    near_ids = {i for r in user_rows for i, _ in index.search(r["nl"], cfg.replay_near)
                if _phrase_key(index.nl[i]) not in logged}
    near = [{"nl": index.nl[i], "cmd": index.cmd[i]} for i in sorted(near_ids)]
    random.Random(cfg.seed).shuffle(rows)
    return near, rows[: cfg.replay_rows]


def _divergence(student, teacher, mask: torch.Tensor) -> torch.Tensor:
    """KL(teacher || student) over each step's whole output distribution (vocabulary, then both copy parts),
    averaged over real steps. The student's extra columns (new pieces) are ones the teacher gives nothing."""
    extra = student[0].size(-1) - teacher[0].size(-1)
    t = torch.cat([teacher[0], teacher[0].new_zeros(*teacher[0].shape[:-1], extra), teacher[1], teacher[2]], -1)
    s = torch.cat(student, -1)
    kl = (t * (torch.log(t + 1e-9) - torch.log(s + 1e-9))).sum(-1)
    return (kl * mask).sum() / mask.sum()


def train_adapters(model: Seq2Seq, teacher: Seq2Seq, user_rows: list[dict], near_rows: list[dict],
                   wide_rows: list[dict], src_vocab: Vocab, tgt_vocab: Vocab, train_cfg: dict,
                   cfg: FinetuneConfig) -> list[float]:
    """Train whatever in `model` requires grad: the user's pairs by likelihood, the replayed rows by staying
    close to what `teacher` (the base) answers there, which holds still far more than the gold commands
    would. Returns the mean loss of every 50 steps."""
    def encoded(rows):
        pairs = [(encode(r, src_vocab, tgt_vocab, train_cfg["max_src_len"], train_cfg["max_tgt_len"]), r)
                 for r in rows]
        return [(e, r.get("weight", 1.0)) for e, r in pairs if e is not None]

    user = encoded(user_rows)
    near, wide = [e for e, _ in encoded(near_rows)], [e for e, _ in encoded(wide_rows)]
    if not user:
        raise SystemExit("none of the logged commands fits the model's length limits")
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.0)
    n_user = max(1, round(cfg.batch_size * cfg.user_share))
    n_near = min(n_user, len(near))
    n_wide = min(len(wide), cfg.batch_size - n_user - n_near)
    losses, running = [], 0.0
    model.train()
    teacher.eval()
    for step in range(cfg.steps):
        for group in optimizer.param_groups:  # linear warm-up over the first tenth, then constant
            group["lr"] = cfg.lr * min(1.0, (step + 1) / max(1, cfg.steps // 10))
        mine = collate(rng.choices([e for e, _ in user], [w for _, w in user], k=n_user))
        loss = sequence_nll(model(mine["src"], mine["src_len"], mine["tgt_in"]), mine)
        if n_near + n_wide:
            kept = collate(rng.sample(near, n_near) + rng.sample(wide, n_wide))
            inputs = (kept["src"], kept["src_len"], kept["tgt_in"])
            with torch.no_grad():
                reference = teacher(*inputs)
            loss = loss + cfg.keep * _divergence(model(*inputs), reference, kept["tgt_mask"])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        running += loss.item()
        if (step + 1) % 50 == 0 or step + 1 == cfg.steps:
            losses.append(round(running / (step % 50 + 1), 4))
            print(f"step {step + 1}/{cfg.steps}: loss {losses[-1]:.4f}", flush=True)
            running = 0.0
    model.eval()
    return losses


# -- the whole run ---------------------------------------------------------------------------------
def finetune_config(**overrides: str) -> FinetuneConfig:
    cfg = FinetuneConfig()
    for key, value in overrides.items():
        if not hasattr(cfg, key):
            raise SystemExit(f"unknown fine-tuning setting {key!r}; known: "
                             f"{', '.join(f.name for f in dataclasses.fields(cfg))}")
        setattr(cfg, key, type(getattr(cfg, key))(value))
    return cfg


def _with_runtime_neighbours(rows: list[dict], retriever: Retriever, count: int) -> list[dict]:
    """Each phrase with the neighbours the runtime will feed it (the user's pairs are not in the index)."""
    out = []
    for row in rows:
        hits = retriever.search(row["nl"], count)
        out.append(dict(row, neighbours=[retriever.adapted(row["nl"], doc) for doc, _ in hits]))
    return out


def _top(translator: Translator, phrase: str) -> str:
    found = translator.translate(phrase, 1)
    return found[0].command if found else ""


def finetune(entries: list[dict], base_dir: Path, cfg: FinetuneConfig, force: bool = False) -> dict:
    """Fine-tune `base_dir` on the log `entries` and install the result as the user's model; the report."""
    from training.evaluate import evaluate_translator
    from training.export import export
    from training.quantize import quantize

    started = time.time()
    user_rows = pairs_from_log(entries)
    if not user_rows:
        raise SystemExit("the log holds no phrase whose command you ran yet: use nlsh for a while, then fine-tune")
    model, meta = load_base(base_dir)
    src_vocab, tgt_vocab = Vocab(meta["src_vocab"]), Vocab(meta["tgt_vocab"])
    near_rows, wide_rows = _replay(user_rows, cfg)
    if meta["model_config"].get("retrieval"):
        retriever = Retriever(base_dir)
        count = model.cfg.neighbours  # as many as the base reads at run time
        user_rows = _with_runtime_neighbours(user_rows, retriever, count)
        near_rows, wide_rows = (attach_neighbours(rows, retriever, 1, count)[0] for rows in (near_rows, wide_rows))
    new_pieces = _new_pieces(user_rows, tgt_vocab)
    model.requires_grad_(False)  # the base stays as it is; only what is added below trains
    teacher = copy.deepcopy(model).eval()
    tgt_vocab = extend_vocab(model, tgt_vocab, new_pieces)
    adapted = add_adapters(model, cfg.rank, cfg.alpha)
    print(f"{len(user_rows)} phrases from the log; adapters (rank {cfg.rank}) on {len(adapted)} matrices; "
          f"{len(new_pieces)} new target pieces {new_pieces}", flush=True)
    print(f"training from {time.time() - started:.0f} s", flush=True)
    losses = train_adapters(model, teacher, user_rows, near_rows, wide_rows, src_vocab, tgt_vocab,
                            meta["train_config"], cfg)
    learned = trainable_state(model)
    merge(model)

    with tempfile.TemporaryDirectory(prefix="nlsh-finetune-") as tmp:
        work = Path(tmp)
        checkpoint = work / "merged.pt"
        # the base's model config as it was written (an older one may lack a key the dataclass defaults)
        # and the base's channel table, which the adapted model is weighed by as the base was
        model_config = {**meta["model_config"], "tgt_vocab": model.cfg.tgt_vocab,
                        "channel": "channel" in meta["files"]}
        if model_config["channel"]:
            shutil.copy(base_dir / meta["files"]["channel"], work / CHANNEL_FILE)
        torch.save({"model": model.state_dict(), "model_config": model_config, "train_config": meta["train_config"],
                    "src_vocab": src_vocab.tokens, "tgt_vocab": tgt_vocab.tokens,
                    "compound_words": meta.get("compound_words", []), "user_values": meta.get("user_values", []),
                    "epoch": meta.get("epoch"),
                    "dev_loss": meta.get("dev_loss")}, checkpoint)
        if meta["model_config"].get("retrieval"):
            (work / "retrieval").mkdir()
            for name in (INDEX_FILE, EXAMPLES_FILE):  # the second only in an older base's index
                if (base_dir / name).exists():
                    shutil.copy(base_dir / name, work / "retrieval" / name)
        export(checkpoint, work / "onnx")
        quantize(work / "onnx", work / "int8")
        torch.save({"rank": cfg.rank, "alpha": cfg.alpha, "adapted": adapted, "new_pieces": new_pieces,
                    "parameters": learned}, work / "int8" / ADAPTER_FILE)

        print(f"comparing with the base on NL2Bash dev from {time.time() - started:.0f} s", flush=True)
        base, tuned = Translator.load(base_dir), Translator.load(work / "int8")
        scores = {name: evaluate_translator(t, ["nl2bash-dev"], cfg.eval_limit)["nl2bash-dev"]
                  for name, t in (("base", base), ("personal", tuned))}
        preferred = [{"phrase": r["nl"], "wanted": r["cmd"], "base": _top(base, r["nl"]),
                      "personal": _top(tuned, r["nl"])} for r in user_rows]
        new_rows = sum(v.numel() for k, v in learned.items() if "extra" in k)
        report = {
            "base": str(base_dir),
            "pairs": len(user_rows),
            "new_pieces": new_pieces,
            "config": dataclasses.asdict(cfg),
            "adapted_matrices": len(adapted),
            "adapter_parameters": sum(v.numel() for v in learned.values()) - new_rows,
            "new_row_parameters": new_rows,
            "adapter_bytes": (work / "int8" / ADAPTER_FILE).stat().st_size,
            "losses": losses,
            "nl2bash_dev_nlc2cmd@1": {k: v["nlc2cmd@1"] for k, v in scores.items()},
            "nl2bash_dev_phrases": scores["base"]["n"],
            "preferred_top1": sum(p["personal"] == p["wanted"] for p in preferred),
            "preferred": preferred,
            "seconds": round(time.time() - started, 1),
        }
        drop = scores["base"]["nlc2cmd@1"] - scores["personal"]["nlc2cmd@1"]
        report["installed"] = drop <= cfg.max_drop or force
        print(json.dumps({k: v for k, v in report.items() if k != "preferred"}, indent=2))
        if not report["installed"]:
            raise SystemExit(f"not installed: NLC2CMD@1 on {scores['base']['n']} NL2Bash dev phrases fell by "
                             f"{drop:.3f} (more than max_drop {cfg.max_drop}); try fewer steps or a lower lr, "
                             f"or --force")
        meta_path = work / "int8" / "model.json"
        tuned_meta = json.loads(meta_path.read_text(encoding="utf-8"))
        tuned_meta["finetune"] = {k: v for k, v in report.items() if k not in ("preferred", "installed")}
        meta_path.write_text(json.dumps(tuned_meta), encoding="utf-8")

        staging = paths.user_model_dir().with_name("model.new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(work / "int8", staging)
        target = personal.install(staging)
    print(f"personal model installed in {target}; `nlsh model use shipped` switches back")
    _restart_server()
    return report


def _restart_server() -> None:
    """A running server still holds the old model; stopped, it starts with the new one on the next request."""
    from nlsh import client
    from nlsh.errors import NlshError

    try:
        if client.stop():
            print("stopped the running nlsh server; it loads the new model on its next start")
    except NlshError as exc:
        print(f"could not stop the running nlsh server ({exc}); restart it with `nlsh server stop`")
