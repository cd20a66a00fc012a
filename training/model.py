"""GRU encoder-decoder with additive (Bahdanau) attention and a pointer that copies phrase tokens.

Encoder: embeddings -> bidirectional GRU. Decoder, per step: a GRU over the previous piece, additive
attention from its state, a second GRU over [state; context], a second additive attention whose weights
are also the copy distribution, then a three-way gate mixing "generate from the vocabulary", "copy a
phrase token glued to the previous piece" and "copy it after a space".

Stacking attention between two GRUs (instead of feeding the previous context into one GRU) lets training
run each GRU over the whole target sequence at once, which is what makes CPU training affordable; the
second GRU still sees every earlier context, so copying a run of tokens stays ordered.

Every matrix product on the decoding path is written as `x @ W + b` so the ONNX export emits MatMul+Add,
which onnxruntime's dynamic quantization turns into INT8 (it skips Gemm and the fused GRU op).
"""

from __future__ import annotations

import torch
import torch.nn as nn

from training.config import ModelConfig


def linear(x: torch.Tensor, layer: nn.Linear) -> torch.Tensor:
    y = x @ layer.weight.t()
    return y + layer.bias if layer.bias is not None else y


def gru_step(x: torch.Tensor, h: torch.Tensor, gru: nn.GRU) -> torch.Tensor:
    """One step of a single-layer nn.GRU with its own weights, as MatMuls (PyTorch's gate order r, z, n)."""
    gi = x @ gru.weight_ih_l0.t() + gru.bias_ih_l0
    gh = h @ gru.weight_hh_l0.t() + gru.bias_hh_l0
    i_r, i_z, i_n = gi.chunk(3, dim=-1)
    h_r, h_z, h_n = gh.chunk(3, dim=-1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return (1 - z) * n + z * h


class Attention(nn.Module):
    """Additive attention: score = v . tanh(W_k enc + W_q query)."""

    def __init__(self, query_dim: int, key_dim: int, attn_dim: int):
        super().__init__()
        self.key = nn.Linear(key_dim, attn_dim, bias=False)
        self.query = nn.Linear(query_dim, attn_dim)
        self.v = nn.Linear(attn_dim, 1, bias=False)

    def forward(self, query, keys, values, mask):
        # query (..., Q), keys (B, S, A) precomputed once per phrase, values (B, S, H2), mask (B, S)
        if query.dim() == 3:  # whole sequence: (B, T, Q)
            energy = torch.tanh(keys.unsqueeze(1) + linear(query, self.query).unsqueeze(2))
            scores = (energy @ self.v.weight.t()).squeeze(-1)  # (B, T, S)
            scores = scores.masked_fill(~mask.unsqueeze(1), -1e4)
        else:  # one step: (B, Q)
            energy = torch.tanh(keys + linear(query, self.query).unsqueeze(1))
            scores = (energy @ self.v.weight.t()).squeeze(-1)  # (B, S)
            scores = scores.masked_fill(~mask, -1e4)
        weights = torch.softmax(scores, dim=-1)
        if weights.dim() == 2:
            return (weights.unsqueeze(1) @ values).squeeze(1), weights
        return weights @ values, weights


class Seq2Seq(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        enc_out = 2 * cfg.enc_hidden
        self.src_emb = nn.Embedding(cfg.src_vocab, cfg.emb, padding_idx=0)
        self.encoder = nn.GRU(cfg.emb, cfg.enc_hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(enc_out, cfg.dec_hidden)
        self.tgt_emb = nn.Embedding(cfg.tgt_vocab, cfg.emb, padding_idx=0)
        self.dec1 = nn.GRU(cfg.emb, cfg.dec_hidden, batch_first=True)
        self.attn1 = Attention(cfg.dec_hidden, enc_out, cfg.attn)
        self.dec2 = nn.GRU(cfg.dec_hidden + enc_out, cfg.dec_hidden, batch_first=True)
        self.attn2 = Attention(cfg.dec_hidden, enc_out, cfg.attn)
        feat = cfg.dec_hidden + enc_out + cfg.emb
        self.pre_out = nn.Linear(feat, cfg.proj)
        self.out = nn.Linear(cfg.proj, cfg.tgt_vocab)
        self.gate = nn.Linear(feat, 3)
        self.drop = nn.Dropout(cfg.dropout)

    # -- encoder ---------------------------------------------------------------------------------
    def encode(self, src, src_len=None):
        """Returns encoder outputs, both attentions' keys and the decoder's initial state."""
        emb = self.drop(self.src_emb(src))
        if src_len is not None:
            packed = nn.utils.rnn.pack_padded_sequence(emb, src_len.cpu(), batch_first=True, enforce_sorted=False)
            out, _ = self.encoder(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=src.size(1))
            mask = torch.arange(src.size(1), device=src.device)[None, :] < src_len.to(src.device)[:, None]
            maskf = mask.unsqueeze(-1).to(out.dtype)
            mean = (out * maskf).sum(1) / maskf.sum(1).clamp(min=1)
        else:  # one unpadded phrase (inference, export): shapes must stay symbolic for ONNX
            out, _ = self.encoder(emb)
            mask = torch.ones_like(src, dtype=torch.bool)
            mean = out.mean(1)
        h0 = torch.tanh(self.bridge(mean))
        return out, self.attn1.key(out), self.attn2.key(out), h0, mask

    # -- decoder: whole sequence (teacher forcing) -----------------------------------------------
    def _mix(self, h2, ctx2, emb, weights):
        """Three probability parts: vocabulary, copy glued, copy after a space."""
        feat = torch.cat([h2, ctx2, emb], dim=-1)
        logits = self.out(torch.tanh(self.pre_out(self.drop(feat))))
        gate = torch.softmax(self.gate(feat), dim=-1)
        p_vocab = torch.softmax(logits, dim=-1) * gate[..., 0:1]
        return p_vocab, weights * gate[..., 1:2], weights * gate[..., 2:3]

    def forward(self, src, src_len, tgt_in):
        enc, keys1, keys2, h0, mask = self.encode(src, src_len)
        emb = self.drop(self.tgt_emb(tgt_in))
        h1, _ = self.dec1(emb, h0.unsqueeze(0))
        ctx1, _ = self.attn1(h1, keys1, enc, mask)
        h2, _ = self.dec2(torch.cat([h1, ctx1], dim=-1), h0.unsqueeze(0))
        ctx2, weights = self.attn2(h2, keys2, enc, mask)
        return self._mix(h2, ctx2, emb, weights)

    # -- decoder: one step (inference, scheduled sampling, ONNX) ---------------------------------
    def step(self, prev, h1, h2, enc, keys1, keys2, mask):
        emb = self.tgt_emb(prev)
        h1 = gru_step(emb, h1, self.dec1)
        ctx1, _ = self.attn1(h1, keys1, enc, mask)
        h2 = gru_step(torch.cat([h1, ctx1], dim=-1), h2, self.dec2)
        ctx2, weights = self.attn2(h2, keys2, enc, mask)
        feat = torch.cat([h2, ctx2, emb], dim=-1)
        logits = linear(torch.tanh(linear(feat, self.pre_out)), self.out)
        gate = torch.softmax(linear(feat, self.gate), dim=-1)
        p_vocab = torch.softmax(logits, dim=-1) * gate[:, 0:1]
        return p_vocab, weights * gate[:, 1:2], weights * gate[:, 2:3], h1, h2

    def forward_sampled(self, src, src_len, tgt_in, ratio: float):
        """Step by step, feeding the gold piece with probability `ratio`, else the model's own best guess."""
        enc, keys1, keys2, h0, mask = self.encode(src, src_len)
        h1 = h2 = h0
        prev = tgt_in[:, 0]
        outs = []
        for t in range(tgt_in.size(1)):
            if t > 0:
                guess = outs[-1][0].argmax(-1)
                use_gold = torch.rand(prev.shape, device=prev.device) < ratio
                prev = torch.where(use_gold, tgt_in[:, t], guess)
            p_vocab, p_glued, p_spaced, h1, h2 = self.step(prev, h1, h2, enc, keys1, keys2, mask)
            outs.append((p_vocab, p_glued, p_spaced))
        return tuple(torch.stack(parts, dim=1) for parts in zip(*outs))


def sequence_nll(parts, batch, label_smoothing: float = 0.0) -> torch.Tensor:
    """Negative log-likelihood of each gold piece under the mixed (generate + copy) distribution."""
    p_vocab, p_glued, p_spaced = parts
    copy = batch["copy"].to(p_vocab.dtype)
    gold_vocab = p_vocab.gather(-1, batch["tgt_out"].unsqueeze(-1)).squeeze(-1) * batch["gen_ok"]
    gold_copy = (p_glued * copy[:, :, 0]).sum(-1) + (p_spaced * copy[:, :, 1]).sum(-1)
    nll = -torch.log(gold_vocab + gold_copy + 1e-9)
    if label_smoothing:
        # spread a little mass over the vocabulary, which keeps the beam's alternatives from collapsing
        smooth = -torch.log(p_vocab + 1e-9).mean(-1)
        nll = (1 - label_smoothing) * nll + label_smoothing * smooth
    mask = batch["tgt_mask"]
    return (nll * mask).sum() / mask.sum()


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())

