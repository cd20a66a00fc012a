"""Typing slips in a phrase, mended before it is translated: "lsit all running processes", "shwo processes owned by
maria", "check cpu temperture".

A word that neither the model's vocabulary nor any training phrase holds is usually a name the user typed (a user,
a branch, a package), and the command should carry it as typed: the model made `ps aux | grep lsit` of the first
phrase above. Such a word is read as a slip only when it is one slip away from a common request word: two
neighbouring letters swapped ("lsit"), or, in words of five letters or more, one letter too many or too few
("emptry", "temperture"). A wrong letter in place of another is left alone, since names are often one letter from
a word ("linker" and "linked", "maria" and "media"); so are words of under four letters, words with a capital
inside ("FileB", "getUser") and quoted or literal text. Chat shorthand ("pls", "rn", "w/", "w/o") is spelled out.
"""

from __future__ import annotations

import re
import string

from nlsh.tokenize import is_literal, tokenize_phrase

# Request words the vocabulary ranks among its most frequent: the words a slip is mended into. Deeper in the
# ranking sit tool names and rare words ("haxe", "perforce") that a name is as likely to resemble by chance.
COMMON_WORDS = 2000
MIN_LENGTH = 4  # shorter words are names or abbreviations more often than slips
MIN_LENGTH_FOR_LETTER_SLIPS = 5  # a letter too many or too few; below this, swapped letters only
# Chat shorthand no training phrase holds, spelled out: hurried requests read like the phrasings the model learned
SHORTHAND = {"pls": "please", "plz": "please", "plse": "please", "pleas": "please", "thru": "through",
             "cfg": "config", "perm": "permission", "svcs": "services", "nums": "numbers", "exts": "extensions",
             "creds": "credentials", "conn": "connection", "conns": "connections", "ver": "version",
             "rn": "right now", "im": "i am", "cant": "cannot", "didnt": "did not", "doesnt": "does not",
             "isnt": "is not", "thats": "that is", "ur": "your"}
# "w/" and "w/o" standing alone, which the tokenizer would take for relative paths and the model paste into commands
_WITH_OR_WITHOUT = re.compile(r"(?<![\w./~'\"`-])[wW]/([oO])?(?![\w./'\"`-])")

# A word standing alone: not part of a file name, path, flag or quoted string
_WHOLE_WORD = re.compile(r"(?<![\w./~'\"`-])[A-Za-z]+(?![\w./'\"`-])")


class Speller:
    """Mends slips against the most frequent words of a source vocabulary (ordered most frequent first); `unknown`
    tells a word that neither the vocabulary nor any training phrase holds."""

    def __init__(self, vocabulary: list[str], unknown):
        words = [w for w in vocabulary if w.isalpha() and w.islower()]
        self.common = {w: rank for rank, w in enumerate(words[:COMMON_WORDS]) if len(w) >= MIN_LENGTH}
        self.unknown = unknown

    def mended_word(self, word: str) -> str | None:
        """The common word `word` is a slip of, or None; `word` in lower case, already known to be unknown."""
        if word in SHORTHAND:
            return SHORTHAND[word]
        if len(word) < MIN_LENGTH:
            return None
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        tries = [swapped]
        if len(word) >= MIN_LENGTH_FOR_LETTER_SLIPS:
            tries.append({a + b[1:] for a, b in splits if b}
                         | {a + c + b for a, b in splits for c in string.ascii_lowercase})
        for candidates in tries:
            found = [w for w in candidates if w in self.common]
            if found:
                return min(found, key=self.common.__getitem__)
        return None

    def mend(self, phrase: str) -> str:
        """The phrase with its slips mended; as it was where there are none."""
        phrase = _spell_out_with(phrase)
        fixes, quoted = {}, []
        for token in tokenize_phrase(phrase):
            text = token.text
            if token.quoted:
                quoted.append(text)
            if token.quoted or is_literal(token) or not text.isalpha() or text[1:] != text[1:].lower():
                continue
            word = text.lower()
            if word in SHORTHAND or len(word) >= MIN_LENGTH and self.unknown(word):
                mended = self.mended_word(word)
                if mended is not None:
                    fixes[text] = mended
        fixes = {slip: word for slip, word in fixes.items() if not any(slip in text for text in quoted)}
        if not fixes:
            return phrase
        return _WHOLE_WORD.sub(lambda match: fixes.get(match.group(0), match.group(0)), phrase)


def _spell_out_with(phrase: str) -> str:
    """"tar logs w/ bzip2" -> "tar logs with bzip2", "pause 7777 w/o killing it" -> "... without ...", except
    inside quotes."""
    if "/" not in phrase:
        return phrase
    quoted = [token.text for token in tokenize_phrase(phrase) if token.quoted]
    if any("w/" in text.lower() for text in quoted):
        return phrase
    return _WITH_OR_WITHOUT.sub(lambda match: "without" if match.group(1) else "with", phrase)

