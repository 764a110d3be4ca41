"""TextBlob's pattern sentiment for many strings at once, equal to ``PatternAnalyzer().analyze``.

The strings are joined by a break token and tokenised in one pass (each
whitespace token is cut once and remembered), and the assessment loop runs on
plain dicts, skipping words that cannot change a score. Exact for textblob
0.20.1 only: ``scorers.scorers()`` uses it only with that version installed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from newsframes.analysers.sentiment import library_internals as tb
from newsframes.analysers.sentiment.memo import Memo

if TYPE_CHECKING:
    from newsframes.analysers.sentiment.scorers import Assessment, TextBlobScore

# A token that cannot occur in news text; it separates strings in the joined text
# handed to the tokenizer. Unknown to the lexicon and longer than two characters,
# so it also resets TextBlob's negation and modifier state.
BREAK = "zqxsentencebreakzqx"
# TextBlob's tokenizer (textblob._text.find_tokens) pads these quote marks with
# spaces and splits this punctuation (the period apart) off both ends of a token.
_QUOTES = ("“", "”", "‘", "’", "'", '"')
_EDGE_PUNCT = tuple(tb.PUNCTUATION.replace(".", ""))
_EDGE_PUNCT_DOT = (*_EDGE_PUNCT, ".")
# Tokens that end a sentence or balance quotes in ``find_tokens``'s sentence split.
_SENTENCE_MARKS = frozenset({"...", ".", "!", "?", "'", '"'})


class FastTextBlob:
    """TextBlob's lexicon as plain dicts, and its tokenizer and assessment rules."""

    def __init__(self) -> None:
        lex = tb.textblob_lexicon()
        self.labeler = lex.labeler
        self.modifier = lex.modifier
        emoticons: dict[str, float] = {}
        for (_kind, value), group in lex.emoticons.items():
            for e in group:
                emoticons.setdefault(e.lower(), value)
        self.emoticons = emoticons
        self.negations = frozenset(lex.negations)
        # Words are scored without part-of-speech tags, so only the averaged
        # ``None`` entry of each word is used.
        self.lexicon = {w: tuple(pos[None]) for w, pos in lex.entries.items() if None in pos}
        self.modifier_words = frozenset(
            w for w, pos in lex.entries.items() if any(m in pos for m in lex.modifier_tags)
        )
        # A string with none of these tokens has no assessment at all.
        self.hit_words = frozenset(set(lex.entries) | set(emoticons) | {"(!)"})
        # Tokens that matter to the assessment loop when no negation or modifier is
        # pending: every other word outside the lexicon changes nothing.
        self.special = frozenset(self.negations | set(emoticons) | {"!", "(!)"})
        # Tokens that take part in a rule, or in the sentence split that decides
        # where emoticons are joined: masking one can change a score.
        self.active = frozenset(set(lex.entries) | self.special | _SENTENCE_MARKS)
        self._split: Memo[tuple[str, ...]] = Memo(split_token)

    def scores(self, strings: Sequence[str]) -> list[TextBlobScore]:
        """(polarity, subjectivity, assessments) per string, as ``PatternAnalyzer`` gives."""
        if not strings:
            return []
        if BREAK in "\n".join(strings).lower():
            return [self._assess(self.tokens(s).lower().split()) for s in strings]
        joined = self.tokens(f" {BREAK} ".join(strings)).lower()
        out = [self._assess(chunk.split()) for chunk in joined.split(BREAK)]
        if len(out) != len(strings):  # the tokenizer changed a break token: be safe
            return [self._assess(self.tokens(s).lower().split()) for s in strings]
        return out

    def tokens(self, string: str) -> str:
        """TextBlob's tokens of ``string`` joined by single spaces (``find_tokens``, flattened).

        Equal to ``" ".join(find_tokens(string))`` up to whitespace: the same
        contraction and quote spacing, each whitespace token split by the same
        rules (cached per token), and the end-of-sentence marker dropped as
        ``find_tokens`` drops it. Its sentence split only matters to the emoticon
        and irony rewrites, so a text where those patterns match anywhere goes
        through ``find_tokens`` itself.
        """
        text = string
        for a, b in tb.replacements.items():
            text = text.replace(a, b)
        for q in _QUOTES:
            text = text.replace(q, f" {q} ")
        tokens = list(chain.from_iterable(map(self._split.__getitem__, text.split())))
        if tb.EOS in text:
            tokens = [t for t in tokens if t != tb.EOS]
        out = " ".join(tokens)
        if tb.RE_SARCASM.search(out) or tb.RE_EMOTICONS.search(out):
            return " ".join(find_tokens(string))
        return out

    def masking_changes(self, original: str, masked: str) -> bool:
        """Whether replacing whole whitespace tokens ``original`` by ``masked`` can change a score.

        The tokens common to both ends are processed alike. The rest is harmless
        when every one of them is outside every rule (lexicon, negation, emoticon,
        "!", "(!)", sentence marks) and each run starts and ends with a plain word
        of three or more characters: its first word ends any pending negation or
        modifier, as the placeholder's does, and no emoticon can form across its
        edges.
        """
        a = self.tokens(original).lower().split()
        b = self.tokens(masked).lower().split()
        head = 0
        while head < min(len(a), len(b)) and a[head] == b[head]:
            head += 1
        tail = 0
        while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
            tail += 1
        runs = (a[head : len(a) - tail], b[head : len(b) - tail])
        if not runs[0] and not runs[1]:
            return False
        return not all(
            run and _plain(run[0]) and _plain(run[-1]) and self.active.isdisjoint(run)
            for run in runs
        )

    def _assess(self, words: list[str]) -> TextBlobScore:
        if self.hit_words.isdisjoint(words):
            return 0.0, 0.0, []
        a = self._assessments(words)
        if not a:
            return 0.0, 0.0, []
        n = float(len(a))
        pol: float = 0
        subj: float = 0
        for _, p, s, _ in a:
            pol += p
            subj += s
        return pol / n, subj / n, a

    def _assessments(self, words: list[str]) -> list[Assessment]:
        """TextBlob's ``Sentiment.assessments`` for untagged words, on plain dicts.

        The same rules as textblob 0.20.1 (modifiers "very good", negation "not
        good", "!" boost, "(!)" irony, emoticons); a test checks equal results.
        """
        lexicon = self.lexicon
        modifier_words = self.modifier_words
        negations = self.negations
        labeler = self.labeler
        modifier = self.modifier
        special = self.special
        a: list[dict[str, Any]] = []
        m: str | None = None
        n: str | None = None
        for w in words:
            entry = lexicon.get(w)
            if entry is None and n is None and m is None and w not in special:
                continue  # nothing pending and nothing to note: the rules below are no-ops
            if entry is not None:
                p, s, i = entry
                if m is None:
                    a.append({"w": [w], "p": p, "s": s, "i": i, "n": 1, "x": labeler.get(w)})
                else:
                    last = a[-1]
                    last["w"].append(w)
                    last["p"] = max(-1.0, min(p * last["i"], +1.0))
                    last["s"] = max(-1.0, min(s * last["i"], +1.0))
                    last["i"] = i
                    last["x"] = labeler.get(w)
                if n is not None:
                    last = a[-1]
                    last["w"].insert(0, n)
                    last["i"] = 1.0 / last["i"]
                    last["n"] = -1
                m = w if w in modifier_words else None
                n = w if w in negations else None
            else:
                if w in negations:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if n is not None and m is not None and modifier(m):
                    a[-1]["w"].append(n)
                    a[-1]["n"] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1]["w"].append("!")
                    a[-1]["p"] = max(-1.0, min(a[-1]["p"] * 1.25, +1.0))
                if w == "(!)":
                    a.append({"w": [w], "p": 0.0, "s": 1.0, "i": 1.0, "n": 1, "x": tb.IRONY})
                if w.isalpha() is False and len(w) <= 5 and w not in tb.PUNCTUATION:
                    value = self.emoticons.get(w)
                    if value is not None:
                        a.append({"w": [w], "p": value, "s": 1.0, "i": 1.0, "n": 1, "x": tb.MOOD})
        return [(d["w"], d["p"] * -0.5 if d["n"] < 0 else d["p"], d["s"], d["x"]) for d in a]


def find_tokens(string: str) -> list[str]:
    """textblob 0.20.1's ``find_tokens(string)`` (its sentences, each a string of tokens), with
    each token cut by :func:`split_token`, so that a long token costs linear time."""
    for a, b in tb.replacements.items():
        string = re.sub(a, b, string)
    for q in _QUOTES:
        string = string.replace(q, f" {q} ")
    string = re.sub(r"\n{2,}", f" {tb.EOS} ", string.replace("\r\n", "\n"))
    tokens = list(chain.from_iterable(map(split_token, string.split())))
    # The sentence split, as textblob's: a run of end marks (and closing marks) ends one.
    sentences: list[list[str]] = [[]]
    i = j = 0
    while j < len(tokens):
        if tokens[j] in _ENDS:
            while j < len(tokens) and tokens[j] in _CLOSING:
                # textblob counts the quote in the sentence begun, always empty here: even
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != tb.EOS)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    joined = (tb.RE_SARCASM.sub("(!)", " ".join(s)) for s in sentences if s)
    return [
        tb.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s) for s in joined
    ]


_ENDS = frozenset({"...", ".", "!", "?", tb.EOS})
_CLOSING = frozenset({"'", '"', "”", "’", "...", ".", "!", "?", ")", tb.EOS})


def _plain(token: str) -> bool:
    """A word of three or more characters that starts and ends with a letter or digit."""
    return len(token) > 2 and token[0].isalnum() and token[-1].isalnum()


def split_token(token: str) -> tuple[str, ...]:
    """One whitespace token cut as textblob 0.20.1's ``find_tokens`` cuts it.

    The same steps, on offsets into the token instead of ever shorter copies of it, so
    a long token (a run of punctuation) costs time in proportion to its length.
    """
    i, j = 0, len(token)  # what is left of the token: token[i:j]
    tokens = []
    tail = []
    while i < j and token[i] in _EDGE and not _replacement(token, i, j):
        tokens.append(token[i])
        i += 1
    runs: tuple[int, int, bool] | None = None  # for the abbreviation patterns, from i
    while i < j and token[j - 1] in _EDGE_DOT and not _replacement(token, i, j):
        if token[j - 1] in _EDGE:
            tail.append(token[j - 1])
            j -= 1
        if j - i >= 3 and token.endswith("...", i, j):
            tail.append("...")
            j -= 3
            while j > i and token[j - 1] == ".":
                j -= 1
        if j > i and token[j - 1] == ".":
            if runs is None:
                runs = _abbreviation_runs(token, i)
            if _abbreviation(token, i, j, runs):
                break
            tail.append(".")
            j -= 1
    if j > i:
        tokens.append(token[i:j])
    tokens.extend(reversed(tail))
    return tuple(tokens)


_EDGE = frozenset(_EDGE_PUNCT)
_EDGE_DOT = frozenset(_EDGE_PUNCT_DOT)
_LONGEST_REPLACEMENT = max(map(len, tb.replacements))
_LONGEST_ABBREVIATION = max(map(len, tb.ABBREVIATIONS))
# textblob's RE_ABBR2 (letter-and-dot pairs) and RE_ABBR3 (a capital, consonants, any
# character) taken apart, so that one pass over a token answers them for every end.
if tb.RE_ABBR2.pattern != r"^([A-Za-z]\.)+$" or not (
    tb.RE_ABBR3.pattern.startswith("^[A-Z][") and tb.RE_ABBR3.pattern.endswith("]+.$")
):
    raise ImportError("textblob's abbreviation patterns are not those of textblob 0.20.1")
_PAIRS = re.compile(r"(?:[A-Za-z]\.)*")
_CAPITAL = re.compile(r"[A-Z]")
_CONSONANTS = re.compile(tb.RE_ABBR3.pattern[len("^[A-Z]") : -len("+.$")] + "*")


def _replacement(token: str, i: int, j: int) -> bool:
    """Whether ``token[i:j]`` is one of textblob's contractions ("'s", "n't", ...)."""
    return j - i <= _LONGEST_REPLACEMENT and token[i:j] in tb.replacements


def _abbreviation_runs(token: str, i: int) -> tuple[int, int, bool]:
    """From ``i``: where its letter-and-dot pairs end, where the consonants after its first
    character end, and whether that character is a capital."""
    pairs = _PAIRS.match(token, i)
    consonants = _CONSONANTS.match(token, i + 1)
    return (
        pairs.end() if pairs else i,
        consonants.end() if consonants else i + 1,
        _CAPITAL.match(token, i) is not None,
    )


def _abbreviation(token: str, i: int, j: int, runs: tuple[int, int, bool]) -> bool:
    """Whether ``token[i:j]`` (ending in a full stop) is an abbreviation to textblob: in its
    list, or matched by RE_ABBR1, RE_ABBR2 or RE_ABBR3."""
    n = j - i
    if n <= _LONGEST_ABBREVIATION and token[i:j] in tb.ABBREVIATIONS:
        return True
    if n == 2 and tb.RE_ABBR1.match(token[i:j]) is not None:
        return True
    pairs_end, consonants_end, capital = runs
    if n % 2 == 0 and j <= pairs_end:  # RE_ABBR2: pairs up to j
        return True
    return n >= 3 and capital and j - 1 <= consonants_end  # RE_ABBR3
