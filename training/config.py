"""Model and training settings. A run's config is stored in every checkpoint and in the shipped model.

`default` is the shipped translator; `tiny` is the seed's embedded alternative, small enough for a
Raspberry Pi class board and for the end-to-end test.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    # Sized so that the default config trains in under half an hour on two idle CPU cores: the output projection
    # over the target vocabulary and the (steps x phrase x attn) attention tensors are the main costs.
    emb: int = 256  # source and target embedding width
    enc_hidden: int = 256  # per direction of the bidirectional encoder GRU
    dec_hidden: int = 384
    attn: int = 128  # additive attention width
    proj: int = 192  # bottleneck before the output vocabulary: keeps the largest matrix small
    dropout: float = 0.2
    retrieval: bool = True  # retrieve-and-edit: the encoder also reads the nearest training example's command
    neighbours: int = 1  # how many of the nearest examples' commands it reads, nearest first
    channel: bool = True  # ship a phrase-given-command table to weigh candidates by (nlsh/channel.py)
    src_vocab: int = 0  # filled in from the data
    tgt_vocab: int = 0


@dataclass
class TrainConfig:
    epochs: int = 12  # 12 beat 8 on our dev sets (nl2bash-heldout NLC2CMD@1 0.069 vs 0.030, everyday-dev exact@1 0.56 vs 0.54)
    batch_size: int = 64
    lr: float = 2e-3
    min_lr: float = 1e-4
    weight_decay: float = 0.0
    clip: float = 1.0
    teacher_forcing: float = 1.0  # below 1, some steps are fed the model's own previous prediction
    label_smoothing: float = 0.0
    word_dropout: float = 0.0  # share of the phrase's known words read as <unk> in training
    # Above 0, the weights measured, saved and shipped are an exponential moving average of the trained ones
    # with this decay per step (0.999: about the last thousand steps, an epoch and a bit); training itself
    # follows the same path as without it.
    ema: float = 0.0
    # Share of rows an epoch that read a far example's command (the 4th to 10th nearest) instead of one of the
    # three nearest: at run time the nearest is often about something else ("get rid of duplicate lines" finds
    # `rm`), while in training it is always a close relative.
    far_neighbours: float = 0.0
    seed: int = 1234
    # After training and measuring with tldr pages held out, this many more epochs on every page, from
    # teach_lr down to min_lr: the model shipped knows every page, the card keeps the held-out figures.
    teach_epochs: int = 0
    teach_lr: float = 5e-4
    max_src_len: int = 60
    max_tgt_len: int = 60
    src_min_count: int = 3
    tgt_min_count: int = 3
    max_src_vocab: int = 12000
    max_tgt_vocab: int = 8000
    generic_weight: float = 0.1  # tldr rows such as "Display help" are kept with this probability
    limit: int = 0  # use only this many training rows (0 = all): for quick runs and tests
    dev_every: int = 1
    examples: list = field(default_factory=lambda: [
        "show free disk space in human readable form",
        "find files bigger than 100MB in /var/log",
        "extract backup.tar.gz into /opt/app",
        "which process is using port 8080",
        "list files sorted by size",
    ])


PRESETS = {
    # far_neighbours measured in r18 (0.25) and r21 (0.5; models/MODEL_CARD.md); teach_epochs in r20 and r21:
    # the shipped model knows every tldr page (kill, kubectl, firewall-cmd were held out)
    "default": (ModelConfig(), TrainConfig(far_neighbours=0.5, teach_epochs=2)),
    "tiny": (
        # no retrieval index or channel table: either alone would outweigh the model on a small board
        ModelConfig(emb=64, enc_hidden=96, dec_hidden=128, attn=64, proj=96, dropout=0.1, retrieval=False,
                    channel=False),
        TrainConfig(epochs=10, batch_size=64, lr=3e-3, max_src_vocab=4000, max_tgt_vocab=3000),
    ),
}


def preset(name: str, **overrides) -> tuple[ModelConfig, TrainConfig]:
    """A named preset with `key=value` overrides applied to whichever config has the key."""
    if name not in PRESETS:
        raise SystemExit(f"unknown config {name!r}; choose from {', '.join(PRESETS)}")
    model, train = (dataclasses.replace(c) for c in PRESETS[name])
    for key, value in overrides.items():
        target = model if hasattr(model, key) else train if hasattr(train, key) else None
        if target is None:
            raise SystemExit(f"unknown setting {key!r}")
        current = getattr(target, key)
        setattr(target, key, value if isinstance(current, list) else _parse(key, value, type(current)))
    return model, train


def _parse(key: str, value, kind: type):
    if kind is bool and isinstance(value, str):  # bool("false") is True
        if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise SystemExit(f"setting {key!r} is true or false, not {value!r}")
        return value.lower() in ("true", "1", "yes")
    try:
        return kind(value)
    except ValueError:
        raise SystemExit(f"setting {key!r} takes a {kind.__name__}, not {value!r}") from None
