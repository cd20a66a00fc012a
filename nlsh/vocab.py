"""Token <-> id maps for the phrase (source) and command (target) sides."""

from __future__ import annotations

from nlsh.tokenize import SourceToken, shape

SHAPES = ["<url>", "<ip>", "<email>", "<path>", "<file>", "<num>", "<alnum>", "<word>", "<sym>", "<quoted>"]
SRC_SPECIALS = ["<pad>", "<unk>", "<sep>", "<cmd>"] + SHAPES
TGT_SPECIALS = ["<pad>", "<s>", "</s>", "<unk>"]


class Vocab:
    def __init__(self, tokens: list[str]):
        self.tokens = list(tokens)
        self.index = {t: i for i, t in enumerate(self.tokens)}
        self.unk = self.index["<unk>"]

    def __len__(self) -> int:
        return len(self.tokens)

    def id(self, token: str) -> int:
        return self.index.get(token, self.unk)

    def source_id(self, token: SourceToken) -> int:
        """Known words by themselves; anything else by its shape, so unseen literals still say what they are."""
        if token.key in self.index:
            return self.index[token.key]
        if token.key.startswith("c:"):  # a rare piece of a neighbour's command
            return self.index["<cmd>"]
        return self.index[shape(token.text)]
