"""`python -m training COMMAND`: prepare, train, export, quantize, evaluate, build (all of them), teach, rescore,
channel, finetune."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nlsh.errors import NlshError
from training.config import preset


def _overrides(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"--set wants key=value, got {pair!r}")
        out[key] = value
    return out


def _model_making_options(p: argparse.ArgumentParser, run: str) -> None:
    """What build and teach both take: where they work, the preset and its settings, where the model goes."""
    p.add_argument("--run", type=Path, default=Path(run))
    p.add_argument("--config", default="default")
    p.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE")
    p.add_argument("--out", type=Path, default=Path("models"))
    p.add_argument("--resume", action="store_true")
    p.add_argument("--eval-limit", type=int, default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("prepare", help="normalize data/ into RUN/prepared")
    p.add_argument("--run", type=Path, default=Path("runs/default"))

    p = sub.add_parser("train", help="train on RUN/prepared, checkpoints in RUN")
    p.add_argument("--run", type=Path, default=Path("runs/default"))
    p.add_argument("--config", default="default")
    p.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--device", default=None)

    p = sub.add_parser("export", help="RUN/best.pt -> RUN/onnx/{encoder,decoder}.onnx, checked against PyTorch")
    p.add_argument("--run", type=Path, default=Path("runs/default"))

    p = sub.add_parser("quantize", help="RUN/onnx -> RUN/int8 (dynamic INT8)")
    p.add_argument("--run", type=Path, default=Path("runs/default"))

    p = sub.add_parser("evaluate", help="score a model directory on the held-out sets")
    p.add_argument("--model", type=Path, required=True)
    p.add_argument("--sets", default="nl2bash-dev,everyday,probe,tldr-dev,core-dev")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")

    p = sub.add_parser("rescore", help="measure a built model again with the current runtime; rewrite its card")
    p.add_argument("--model", type=Path, default=Path("models"))
    p.add_argument("--fp32", type=Path, default=None, metavar="DIR",
                   help="the build's fp32 ONNX (RUN/onnx), measured again too, so INT8 and fp32 share a runtime")
    p.add_argument("--eval-limit", type=int, default=0)

    p = sub.add_parser("channel", help="train the phrase-given-command table for a built model that lacks one")
    p.add_argument("--model", type=Path, default=Path("models"))

    p = sub.add_parser("index", help="rebuild a built model's retrieval index from the data as it is now")
    p.add_argument("--model", type=Path, default=Path("models"))

    p = sub.add_parser("rerank", help="fit a built model's choice of first command on the dev sets")
    p.add_argument("--model", type=Path, default=Path("models"))

    p = sub.add_parser("build", help="prepare -> train -> export -> quantize -> evaluate -> models/")
    _model_making_options(p, run="runs/default")

    p = sub.add_parser("teach", help="teach a built model the data as it is now (build's teaching stage), -> OUT")
    p.add_argument("--model", type=Path, default=Path("models"))
    _model_making_options(p, run="runs/teach")

    p = sub.add_parser("finetune", help="adapt a model to your log of confirmed commands (LoRA); install it as yours")
    p.add_argument("--base", type=Path, default=None, help="model directory to adapt (default: the shipped model)")
    p.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE",
                   help="rank, alpha, steps, lr, batch_size, user_share, replay_near, replay_rows, keep, "
                        "eval_limit, max_drop, seed (training/finetune.py: FinetuneConfig)")
    p.add_argument("--force", action="store_true", help="install even when NL2Bash dev accuracy fell past max_drop")

    args = parser.parse_args(argv)
    try:
        _run(args)
    except NlshError as exc:  # a missing or damaged model: one line, as nlsh itself reports it
        print(f"error: {exc}", file=sys.stderr)
        return int(exc.exit_status)
    return 0


def _run(args: argparse.Namespace) -> None:
    if args.command == "prepare":
        from training.prepare import prepare

        print(prepare(args.run / "prepared"))
    elif args.command == "train":
        from training.train import train

        model_cfg, train_cfg = preset(args.config, **_overrides(args.set))
        train(args.run / "prepared", args.run, model_cfg, train_cfg, resume=args.resume, device=args.device)
    elif args.command == "export":
        from training.export import export

        export(args.run / "best.pt", args.run / "onnx")
    elif args.command == "quantize":
        from training.quantize import quantize

        quantize(args.run / "onnx", args.run / "int8")
    elif args.command == "evaluate":
        from training.evaluate import evaluate_model

        evaluate_model(args.model, args.sets.split(","), limit=args.limit, out=args.out)
    elif args.command == "rescore":
        from training.build import rescore

        rescore(args.model, eval_limit=args.eval_limit, fp32_dir=args.fp32)
    elif args.command == "channel":
        from training.channel import add_to_model

        print(f"channel table written to {add_to_model(args.model)}")
    elif args.command == "index":
        from training.reindex import reindex

        print(f"retrieval index of {args.model} rebuilt: {reindex(args.model)} rows")
    elif args.command == "rerank":
        from training.rerank import add_to_model

        weights = add_to_model(args.model)
        print(f"reranker of {args.model} fitted: " + ", ".join(f"{k} {v:+.3f}" for k, v in weights.items()))
    elif args.command == "build":
        from training.build import build

        build(args.run, args.config, _overrides(args.set), args.out, resume=args.resume, eval_limit=args.eval_limit)
    elif args.command == "teach":
        from training.build import teach

        teach(args.model, args.run, args.config, _overrides(args.set), args.out, resume=args.resume,
              eval_limit=args.eval_limit)
    elif args.command == "finetune":
        from nlsh import history, paths
        from training.finetune import finetune, finetune_config

        finetune(history.read(), args.base or paths.shipped_model_dir(), finetune_config(**_overrides(args.set)),
                 force=args.force)


if __name__ == "__main__":
    sys.exit(main())
