"""Train the translator on prepared data; keep the checkpoint with the lowest dev loss.

Every checkpoint carries the model config, the training config and both vocabularies, so export and
evaluation need nothing else.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import math
import random
import time
from pathlib import Path

import numpy as np
import torch

from nlsh.translator import Translator
from nlsh.vocab import Vocab
from training.config import ModelConfig, TrainConfig
from nlsh.retrieval import Retriever, build_index
from training.channel import build_channel
from training.data import (attach_neighbours, batches, build_vocabs, compound_words, drop_words, encode,
                           read_jsonl, user_values)
from training.model import Seq2Seq, count_parameters, sequence_nll

log = logging.getLogger("training")
NEIGHBOUR_RANKS = 3
NEIGHBOUR_RANK_ODDS = [0.6, 0.25, 0.15]
FAR_NEIGHBOUR_RANKS = 10  # `far_neighbours` draws from ranks 3 to 9


class TorchBackend:
    """The runtime's backend interface over the PyTorch model, so training decodes exactly as nlsh does."""

    def __init__(self, model: Seq2Seq):
        self.model = model

    @torch.no_grad()
    def encode(self, src_ids: np.ndarray) -> dict[str, np.ndarray]:
        enc, keys1, keys2, h0, _ = self.model.encode(torch.from_numpy(src_ids))
        return {"enc": enc.numpy(), "keys1": keys1.numpy(), "keys2": keys2.numpy(), "h0": h0.numpy()}

    @torch.no_grad()
    def step(self, prev, h1, h2, memory):
        enc = torch.from_numpy(memory["enc"])
        mask = torch.ones(enc.shape[:2], dtype=torch.bool)
        outs = self.model.step(torch.from_numpy(prev), torch.from_numpy(h1), torch.from_numpy(h2), enc,
                               torch.from_numpy(memory["keys1"]), torch.from_numpy(memory["keys2"]), mask)
        return [o.numpy() for o in outs]


def retrieval_rows(rows: list[dict]) -> list[dict]:
    """The rows the retrieval index holds. Rows with invented names (training.coreset's twins) teach
    copying, but as a retrieved neighbour or candidate they would put a made-up name in front of the user."""
    return [row for row in rows if not row.get("invented")]


def torch_translator(model: Seq2Seq, src_vocab: Vocab, tgt_vocab: Vocab, max_len: int,
                     retriever: Retriever | None = None) -> Translator:
    meta = {"max_tgt_len": max_len, "model_config": {"neighbours": model.cfg.neighbours}}
    return Translator(TorchBackend(model), src_vocab, tgt_vocab, meta, retriever)


def load_checkpoint(path: Path, device: str = "cpu"):
    ckpt = torch.load(path, map_location=device, weights_only=False)
    model = Seq2Seq(ModelConfig(**ckpt["model_config"]))
    model.load_state_dict(ckpt["model"])
    return model, ckpt


def neighbour_rank(rng: random.Random, ranks: int, far_share: float = 0.0) -> int:
    """Which of a row's neighbours it reads this time: one of the three nearest by NEIGHBOUR_RANK_ODDS, or,
    with probability far_share where the index gave more, a farther one (rank 3 to ranks - 1) uniformly."""
    if ranks > NEIGHBOUR_RANKS and rng.random() < far_share:
        return rng.randrange(NEIGHBOUR_RANKS, ranks)
    near = min(ranks, NEIGHBOUR_RANKS)
    return rng.choices(range(near), NEIGHBOUR_RANK_ODDS[:near])[0]


def _setup_logging(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    log.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S")
    # a second run in the same process (build's teaching stage, the tests) logs to its own directory
    for handler in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
        log.removeHandler(handler)
        handler.close()
    handlers = [logging.FileHandler(out / "train.log")]
    if not log.handlers:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(fmt)
        log.addHandler(handler)


def _lr_at(step: int, total: int, cfg: TrainConfig) -> float:
    warmup = max(1, min(500, total // 20))
    if step < warmup:
        return cfg.lr * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return cfg.min_lr + 0.5 * (cfg.lr - cfg.min_lr) * (1 + math.cos(math.pi * min(1.0, progress)))


class WeightAverage:
    """An exponential moving average of a model's weights, kept in a copy of the model. Early on the decay is
    lowered ((1 + n) / (10 + n) after n updates) so the average does not linger on the random start."""

    def __init__(self, model: Seq2Seq, decay: float):
        self.model = copy.deepcopy(model).eval()
        self.decay = decay
        self.updates = 0
        for param in self.model.parameters():
            param.requires_grad_(False)

    @torch.no_grad()
    def update(self, model: Seq2Seq) -> None:
        self.updates += 1
        decay = min(self.decay, (1 + self.updates) / (10 + self.updates))
        for mean, current in zip(self.model.parameters(), model.parameters()):
            mean.lerp_(current, 1.0 - decay)


def evaluate_loss(model: Seq2Seq, examples, cfg: TrainConfig, device: str) -> float:
    model.eval()
    total, count = 0.0, 0
    rng = random.Random(0)
    with torch.no_grad():
        for batch in batches(examples, cfg.batch_size, rng, shuffle=False):
            batch = {k: v.to(device) for k, v in batch.items()}
            parts = model(batch["src"], batch["src_len"], batch["tgt_in"])
            n = int(batch["tgt_mask"].sum())
            total += float(sequence_nll(parts, batch)) * n
            count += n
    return total / max(1, count)


def train(data_dir: Path, out: Path, model_cfg: ModelConfig, cfg: TrainConfig, resume: bool = False,
          device: str | None = None, init: Path | None = None) -> Path:
    """Train; return the path of the best checkpoint. With `init`, start from that checkpoint's weights and
    vocabularies instead of from scratch (a short further stage on more data)."""
    _setup_logging(out)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)

    train_rows = read_jsonl(data_dir / "train.jsonl")
    dev_rows = read_jsonl(data_dir / "dev.jsonl")
    if cfg.limit:
        random.Random(cfg.seed).shuffle(train_rows)
        train_rows = train_rows[: cfg.limit]
        dev_rows = dev_rows[: max(100, cfg.limit // 10)]

    best_path, last_path = out / "best.pt", out / "last.pt"
    state = None
    initial = torch.load(init, map_location="cpu", weights_only=False) if init else None
    if initial:
        model_cfg = ModelConfig(**initial["model_config"])
    if resume and last_path.exists():
        state = torch.load(last_path, map_location="cpu", weights_only=False)
        model_cfg = ModelConfig(**state["model_config"])
        log.info("resuming from %s (epoch %d)", last_path, state["epoch"])

    if model_cfg.channel:
        build_channel(train_rows, out)
    retriever = None
    ranks = 1
    if model_cfg.retrieval:
        build_index(retrieval_rows(train_rows), out / "retrieval")
        retriever = Retriever(out / "retrieval")
        ranks = FAR_NEIGHBOUR_RANKS if cfg.far_neighbours > 0 else NEIGHBOUR_RANKS
        started = time.time()
        train_variants = attach_neighbours(train_rows, retriever, ranks, model_cfg.neighbours)
        dev_rows = attach_neighbours(dev_rows, retriever, 1, model_cfg.neighbours)[0]
        log.info("neighbours retrieved for %d rows in %.0fs", len(train_rows) + len(dev_rows), time.time() - started)
    else:
        train_variants = [train_rows]

    if state or initial:
        src_vocab, tgt_vocab = Vocab((state or initial)["src_vocab"]), Vocab((state or initial)["tgt_vocab"])
    else:
        src_vocab, tgt_vocab = build_vocabs(train_variants[0], cfg.src_min_count, cfg.tgt_min_count,
                                            cfg.max_src_vocab, cfg.max_tgt_vocab)
        model_cfg.src_vocab, model_cfg.tgt_vocab = len(src_vocab), len(tgt_vocab)

    def encode_all(rows):
        return [encode(r, src_vocab, tgt_vocab, cfg.max_src_len, cfg.max_tgt_len) for r in rows]

    encoded = [encode_all(rows) for rows in train_variants]  # [rank][row], None where too long
    weights = [r.get("weight", 1.0) for r in train_rows]
    dev_set = [e for e in encode_all(dev_rows) if e is not None]
    compounds, values = compound_words(train_rows), user_values(train_rows)
    model = Seq2Seq(model_cfg).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    start_epoch, best_loss, step, train_seconds = 0, float("inf"), 0, 0.0
    if initial:
        model.load_state_dict(initial["model"])
        train_seconds = initial.get("train_seconds", 0.0)
    if state:
        # with an average, "model" holds the average and "trained" the weights training goes on from
        model.load_state_dict(state.get("trained", state["model"]))
        optimizer.load_state_dict(state["optimizer"])
        start_epoch, best_loss, step = state["epoch"], state["best_loss"], state["step"]
        train_seconds = state.get("train_seconds", 0.0)
        torch.set_rng_state(state["torch_rng"])
    average = WeightAverage(model, cfg.ema) if cfg.ema > 0 else None
    if average and state:
        average.model.load_state_dict(state["model"])
        average.updates = state["step"]

    log.info("device %s; %d parameters; vocab src %d tgt %d; %d train / %d dev examples",
             device, count_parameters(model), len(src_vocab), len(tgt_vocab), len(train_rows), len(dev_set))
    steps_per_epoch = math.ceil(sum(weights) / cfg.batch_size)
    total_steps = steps_per_epoch * cfg.epochs
    measured = average.model if average else model  # the weights judged on dev, saved and shipped
    translator = torch_translator(measured, src_vocab, tgt_vocab, cfg.max_tgt_len, retriever)

    from tqdm import tqdm

    for epoch in range(start_epoch, cfg.epochs):
        rng = random.Random(cfg.seed + epoch)
        # a row of weight w appears w times an epoch on average (generic tldr lines 0.1); each row reads
        # its nearest neighbour most often, a farther one sometimes, so the model learns not to trust it blindly
        epoch_set = []
        for i, w in enumerate(weights):
            copies = int(w) + (rng.random() < w - int(w))  # weight = expected copies per epoch
            for _ in range(copies):
                rank = neighbour_rank(rng, ranks, cfg.far_neighbours)
                if encoded[rank][i] is not None:
                    epoch_set.append(encoded[rank][i])
        model.train()
        started, seen_loss, seen = time.time(), 0.0, 0
        bar = tqdm(list(batches(epoch_set, cfg.batch_size, rng)), desc=f"epoch {epoch + 1}", leave=False,
                   mininterval=5, disable=None)
        for batch in bar:
            batch["src"] = drop_words(batch["src"], cfg.word_dropout)
            batch = {k: v.to(device) for k, v in batch.items()}
            for group in optimizer.param_groups:
                group["lr"] = _lr_at(step, total_steps, cfg)
            if cfg.teacher_forcing >= 1.0:
                parts = model(batch["src"], batch["src_len"], batch["tgt_in"])
            else:
                parts = model.forward_sampled(batch["src"], batch["src_len"], batch["tgt_in"], cfg.teacher_forcing)
            loss = sequence_nll(parts, batch, cfg.label_smoothing)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
            optimizer.step()
            if average:
                average.update(model)
            step += 1
            seen_loss += loss.item()
            seen += 1
            bar.set_postfix(loss=f"{seen_loss / seen:.3f}")
            if seen % 100 == 0 and bar.disable:  # no progress bar without a terminal: log instead
                log.info("  batch %d/%d, loss %.3f, %.0fs", seen, len(bar), seen_loss / seen, time.time() - started)
        dev_loss = evaluate_loss(measured, dev_set, cfg, device)
        log.info("epoch %d: train loss %.4f, dev loss %.4f, %.0fs, lr %.2e", epoch + 1, seen_loss / max(1, seen),
                 dev_loss, time.time() - started, optimizer.param_groups[0]["lr"])
        if average:
            log.info("  dev loss of the trained weights, unaveraged: %.4f", evaluate_loss(model, dev_set, cfg, device))
        measured.eval()
        measured.cpu()
        for phrase in cfg.examples:
            top = translator.translate(phrase, 1)
            log.info("  %s -> %s", phrase, top[0].command if top else "(nothing)")
        measured.to(device)
        ckpt = {
            "model": {k: v.cpu() for k, v in measured.state_dict().items()},
            "model_config": dataclasses.asdict(model_cfg),
            "train_config": dataclasses.asdict(cfg),
            "src_vocab": src_vocab.tokens,
            "tgt_vocab": tgt_vocab.tokens,
            "compound_words": compounds,
            "user_values": values,
            "epoch": epoch + 1,
            "step": step,
            "dev_loss": dev_loss,
            "best_loss": min(best_loss, dev_loss),
            "train_seconds": train_seconds + time.time() - started,
        }
        if dev_loss < best_loss:
            best_loss = dev_loss
            _atomic_save(ckpt, best_path)
            log.info("  new best dev loss; saved %s", best_path)
        train_seconds = ckpt["train_seconds"]
        ckpt.update(optimizer=optimizer.state_dict(), torch_rng=torch.get_rng_state())
        if average:
            ckpt["trained"] = {k: v.cpu() for k, v in model.state_dict().items()}
        _atomic_save(ckpt, last_path)
    return best_path


def _atomic_save(obj, path: Path) -> None:
    """Write beside and rename, so an interrupted run never leaves half a checkpoint."""
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    tmp.replace(path)
