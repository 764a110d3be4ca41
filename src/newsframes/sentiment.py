"""Sentence-level sentiment (TextBlob and VADER), with the words behind each score.

Every sentence gets TextBlob polarity and subjectivity (the pattern lexicon that
ships with TextBlob, no downloads), VADER's compound score as a second opinion,
the lexicon words that drove the TextBlob score, the same scores with actor
names masked ("Free" in "Free Syrian Army" is a name, not a judgement), and the
share of the sentence inside quotation marks. Summaries add seeded bootstrap
confidence intervals.

Speed: TextBlob's tokenizer is called once per article on the sentences joined
by a break token, and the token stream is cut back into sentences, which gives
exactly the scores ``PatternAnalyzer().analyze(sentence)`` gives (a test checks
this). Masked scores are recomputed only for sentences whose masked names contain
a word either lexicon reacts to; elsewhere masking cannot change the score.
"""

from __future__ import annotations

import re
import string
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain, compress
from typing import Any, TypeVar

import numpy as np
import pandas as pd
from vaderSentiment import vaderSentiment as _vader_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes import text as tx

SENTENCE_SCORE_COLUMNS = [
    "sent_id",
    "start",
    "end",
    "n_words",
    "polarity",
    "subjectivity",
    "has_hit",
    "drivers",
    "vader_compound",
    "n_masked",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "quoted_share",
]
SEGMENT_COLUMNS = [
    "sent_id",
    "seg_id",
    "voice",
    "start",
    "end",
    "n_words",
    "polarity",
    "subjectivity",
    "has_hit",
    "drivers",
    "vader_compound",
    "n_masked",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
]
SUMMARY_COLUMNS = ["measure", "n", "mean", "ci_low", "ci_high"]
# Measures summarised per article (or voice); "polarity_hit" is the mean over
# sentences with at least one TextBlob lexicon word, "coverage" the share of them,
# "*_mask_shift" the paired difference masked - unmasked.
ARTICLE_MEASURES = [
    "polarity",
    "polarity_hit",
    "coverage",
    "subjectivity",
    "vader",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "polarity_mask_shift",
    "vader_mask_shift",
]
# A masked name becomes one neutral word per word of the name, so that word
# positions (VADER looks three words back for negations and boosters) and
# TextBlob's modifier/negation bookkeeping stay as they were.
PLACEHOLDER = "Actor"
MIN_N_FOR_CI = 3
# A token that cannot occur in news text; it separates sentences in the joined
# string handed to TextBlob's tokenizer. Unknown to the lexicon, longer than two
# characters, so it also resets TextBlob's negation and modifier state.
_BREAK = "zqxsentencebreakzqx"
_NONSPACE = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]+")
_ASCII_PUNCT = string.punctuation
_NEGATE = frozenset(_vader_module.NEGATE)
# Words of VADER's multi-word idioms and boosters: its idiom check can only
# change a valence when one of them is near the word.
_IDIOM_WORDS = frozenset(
    word
    for phrase in (*_vader_module.SPECIAL_CASES, *_vader_module.BOOSTER_DICT)
    if " " in phrase
    for word in phrase.split()
)
_PUNCT = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "“”‘’"
# TextBlob's tokenizer (textblob._text.find_tokens) pads these quote marks with
# spaces and splits this punctuation (the period apart) off both ends of a token.
_TB_QUOTES = ("“", "”", "‘", "’", "'", '"')
_TB_PUNCT = tuple(".,;:!?()[]{}`''\"@#$^&*+-|=~_".replace(".", ""))
_TB_PUNCT_DOT = (*_TB_PUNCT, ".")
# Per-token memos are cleared when they reach this many entries (memory bound).
_MEMO_SIZE = 200_000
_V = TypeVar("_V")


class _Memo(dict[str, _V]):
    """A dict that fills a missing key from ``func(key)``; cleared when it grows large."""

    def __init__(self, func: Callable[[str], _V]) -> None:
        super().__init__()
        self.func = func

    def __missing__(self, key: str) -> _V:
        if len(self) >= _MEMO_SIZE:
            self.clear()
        value = self[key] = self.func(key)
        return value


# Words VADER treats specially besides its lexicon: negation, "but", "least",
# "kind of", "no ... or/nor", "never so/this", "without doubt".
_VADER_CONTEXT_WORDS = {
    "but",
    "least",
    "at",
    "very",
    "kind",
    "of",
    "no",
    "or",
    "nor",
    "never",
    "so",
    "this",
    "without",
    "doubt",
}
# Single words that bring one of VADER's context rules into play (boosters,
# negations, "no", "least", "kind of", "never so/this", "without doubt"; "so" or
# "this" two words back boost on their own), and its multi-word phrases.
_VADER_CONTEXT = frozenset(
    {w for w in _vader_module.BOOSTER_DICT if " " not in w}
    | set(_vader_module.NEGATE)
    | {"no", "least", "kind", "never", "without", "so", "this"}
)
_VADER_PHRASES = tuple(
    p for p in (*_vader_module.SPECIAL_CASES, *_vader_module.BOOSTER_DICT) if " " in p
)


class _Scorers:
    """The two lexicons, loaded once, and the word sets that decide re-scoring."""

    def __init__(self) -> None:
        from textblob.en import sentiment as pattern_sentiment
        from textblob.en.sentiments import PatternAnalyzer

        self.analyzer = PatternAnalyzer()  # scores via the same object as below
        self.pattern = pattern_sentiment
        "good" in pattern_sentiment  # noqa: B015  (forces the lazy lexicon to load)
        self.tokenizer: Callable[[str], list[str]] = pattern_sentiment.tokenizer
        tb_words = set(dict.keys(pattern_sentiment))
        emoticons = {e.lower() for group in _emoticons().values() for e in group}
        # A sentence with none of these tokens has no TextBlob assessment at all.
        self.tb_hit_words = frozenset(tb_words | emoticons | {"(!)"})
        self.tb_mask_words = frozenset(tb_words | set(pattern_sentiment.negations))
        # Plain-dict views of the lexicon for the assessment loop (words are scored
        # without part-of-speech tags, so only the averaged ``None`` entry is used).
        self.tb_lexicon = {
            w: tuple(pos[None]) for w, pos in dict.items(pattern_sentiment) if None in pos
        }
        self.tb_modifier_words = frozenset(
            w
            for w, pos in dict.items(pattern_sentiment)
            if any(m in pos for m in pattern_sentiment.modifiers)
        )
        self.tb_negations = frozenset(pattern_sentiment.negations)
        self.tb_emoticons: dict[str, float] = {}
        for (_kind, value), group in _emoticons().items():
            for e in group:
                self.tb_emoticons.setdefault(e.lower(), value)
        self.vader = SentimentIntensityAnalyzer()
        self.vader_lexicon: dict[str, float] = self.vader.lexicon
        self.emoji_chars = frozenset(k for k in self.vader.emojis if len(k) == 1)
        context = set(_VADER_CONTEXT_WORDS) | set(_vader_module.NEGATE)
        for phrase in (
            *_vader_module.BOOSTER_DICT,
            *_vader_module.SPECIAL_CASES,
            *_vader_module.SENTIMENT_LADEN_IDIOMS,
        ):
            context.update(phrase.split())
        self.vader_mask_words = frozenset(set(self.vader_lexicon) | context)
        self._mask_cache: dict[str, tuple[bool, bool]] = {}
        # Words that matter to the assessment loop when no negation or modifier is
        # pending: every other word outside the lexicon changes nothing.
        self.tb_special = frozenset(self.tb_negations | set(self.tb_emoticons) | {"!", "(!)"})
        # Per-token results that recur across sentences: TextBlob's punctuation
        # splitting of one whitespace token, VADER's clean-up of one word.
        self._tb_split: _Memo[tuple[str, ...]] = _Memo(self._split_token)
        self._vader_strip: _Memo[str] = _Memo(_strip_punc_if_word)

    # -- TextBlob -----------------------------------------------------------------
    def textblob(self, strings: Sequence[str]) -> list[tuple[float, float, list[Any]]]:
        """(polarity, subjectivity, assessments) per string, as ``PatternAnalyzer`` gives."""
        if not strings:
            return []
        if _BREAK in "\n".join(strings).lower():
            return [self._assess(self._tokens(s).lower().split()) for s in strings]
        joined = self._tokens(f" {_BREAK} ".join(strings)).lower()
        out = [self._assess(chunk.split()) for chunk in joined.split(_BREAK)]
        if len(out) != len(strings):  # the tokenizer changed a break token: be safe
            return [self._assess(self._tokens(s).lower().split()) for s in strings]
        return out

    def _tokens(self, string: str) -> str:
        """TextBlob's tokens of ``string`` joined by single spaces (``find_tokens``, flattened).

        Equal to ``" ".join(find_tokens(string))`` up to whitespace: the same
        contraction and quote spacing, each whitespace token split by the same
        rules (cached per token), and the end-of-sentence marker dropped as
        ``find_tokens`` drops it. Its sentence split only matters to the emoticon
        and irony rewrites, so a text where those patterns match anywhere goes
        through ``find_tokens`` itself.
        """
        from textblob._text import EOS, RE_EMOTICONS, RE_SARCASM, replacements

        text = string
        for a, b in replacements.items():
            text = text.replace(a, b)
        for q in _TB_QUOTES:
            text = text.replace(q, f" {q} ")
        split = self._tb_split
        tokens = list(chain.from_iterable(map(split.__getitem__, text.split())))
        if EOS in text:
            tokens = [t for t in tokens if t != EOS]
        out = " ".join(tokens)
        if RE_SARCASM.search(out) or RE_EMOTICONS.search(out):
            return " ".join(self.tokenizer(string))
        return out

    @staticmethod
    def _split_token(t: str) -> tuple[str, ...]:
        """One whitespace token cut as textblob 0.20.1's ``find_tokens`` cuts it."""
        from textblob._text import ABBREVIATIONS, RE_ABBR1, RE_ABBR2, RE_ABBR3, replacements

        tokens = []
        tail = []
        while t.startswith(_TB_PUNCT) and t not in replacements:
            tokens.append(t[0])
            t = t[1:]
        while t.endswith(_TB_PUNCT_DOT) and t not in replacements:
            if t.endswith(_TB_PUNCT):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (
                    t in ABBREVIATIONS
                    or RE_ABBR1.match(t) is not None
                    or RE_ABBR2.match(t) is not None
                    or RE_ABBR3.match(t) is not None
                ):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            tokens.append(t)
        tokens.extend(reversed(tail))
        return tuple(tokens)

    def _assess(self, words: list[str]) -> tuple[float, float, list[Any]]:
        if self.tb_hit_words.isdisjoint(words):
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

    def _assessments(self, words: list[str]) -> list[Any]:
        """TextBlob's ``Sentiment.assessments`` for untagged words, on plain dicts.

        The same rules as textblob 0.20.1 (modifiers "very good", negation "not
        good", "!" boost, "(!)" irony, emoticons); a test checks equal results.
        """
        from textblob._text import IRONY, MOOD, PUNCTUATION

        lexicon = self.tb_lexicon
        modifier_words = self.tb_modifier_words
        negations = self.tb_negations
        labeler = self.pattern.labeler
        modifier = self.pattern.modifier
        special = self.tb_special
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
                    a.append({"w": [w], "p": 0.0, "s": 1.0, "i": 1.0, "n": 1, "x": IRONY})
                if w.isalpha() is False and len(w) <= 5 and w not in PUNCTUATION:
                    value = self.tb_emoticons.get(w)
                    if value is not None:
                        a.append({"w": [w], "p": value, "s": 1.0, "i": 1.0, "n": 1, "x": MOOD})
        return [(d["w"], d["p"] * -0.5 if d["n"] < 0 else d["p"], d["s"], d["x"]) for d in a]

    # -- VADER --------------------------------------------------------------------
    def vader_compound(self, text: str) -> float:
        """VADER's compound score, identical to ``polarity_scores(text)["compound"]``.

        Skips VADER's per-character emoji pass when the text has no emoji, returns
        0.0 at once when no word is in VADER's lexicon, and otherwise runs
        :func:`_vader_valences`, VADER 3.3.2's rules with the lower-cased words
        computed once per sentence instead of once per lexicon word.
        """
        if not self.emoji_chars.isdisjoint(text):
            return float(self.vader.polarity_scores(text)["compound"])
        return self.vader_no_emoji(text)

    def vader_no_emoji(self, text: str) -> float:
        """:meth:`vader_compound` for a text known to hold no emoji."""
        vader = self.vader
        text = text.strip()
        words = list(map(self._vader_strip.__getitem__, text.split()))
        lower = list(map(str.lower, words))
        lexicon = self.vader_lexicon
        if lexicon.keys().isdisjoint(lower):
            return 0.0
        sentiments = _vader_valences(words, lower, lexicon)
        if "but" in lower:
            sentiments = vader._but_check(words, sentiments)
        # score_valence's compound alone (its other scores are not used).
        total = float(sum(sentiments))
        emphasis = vader._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return float(round(_vader_module.normalize(total), 4))

    # -- masking ------------------------------------------------------------------
    def mask_effect(self, surface: str) -> tuple[bool, bool]:
        """Whether masking ``surface`` can change the (TextBlob, VADER) score."""
        cached = self._mask_cache.get(surface)
        if cached is not None:
            return cached
        tokens = surface.split()
        stripped = [t.strip(_PUNCT).lower() for t in tokens]
        pieces = {p.lower() for p in _ALNUM.findall(surface)} | set(stripped)
        short = any(len(t) <= 2 for t in stripped)
        tb = short or not pieces.isdisjoint(self.tb_mask_words)
        vd = (
            short
            or any(t.isupper() for t in tokens)
            or not pieces.isdisjoint(self.vader_mask_words)
        )
        self._mask_cache[surface] = (tb, vd)
        return tb, vd


def _strip_punc_if_word(token: str) -> str:
    """VADER's token clean-up: strip punctuation unless that leaves two characters or fewer."""
    stripped = token.strip(_ASCII_PUNCT)
    return token if len(stripped) <= 2 else stripped


def _has_phrase(joined: str) -> bool:
    """Whether the space-joined lower-case words hold "n't" or a VADER multi-word phrase."""
    return "n't" in joined or any(p in joined for p in _VADER_PHRASES)


def _vader_negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _vader_valences(words: list[str], lower: list[str], lexicon: dict[str, float]) -> list[float]:
    """Per-word valences exactly as VADER 3.3.2's ``sentiment_valence`` loop computes them.

    Words outside the lexicon (and boosters, and "kind" before "of") get 0 there,
    so only lexicon words are visited; a preceding word that is not a booster
    adds ``scalar_inc_dec``'s 0.0 without the call.
    """
    booster = _vader_module.BOOSTER_DICT
    special = _vader_module.SPECIAL_CASES
    n_scalar = _vader_module.N_SCALAR
    c_incr = _vader_module.C_INCR
    scalar_inc_dec = _vader_module.scalar_inc_dec
    n_caps = sum(map(str.isupper, words))
    is_cap_diff = 0 < len(words) - n_caps < len(words)
    last = len(words) - 1
    sentiments: list[float] = [0] * len(words)
    positions = compress(range(len(lower)), map(lexicon.__contains__, lower))
    if _VADER_CONTEXT.isdisjoint(lower) and not _has_phrase(" ".join(lower)):
        # No booster, negation, "no", "least", "kind", "so"/"this", idiom: every
        # rule below leaves the lexicon valence as it is, caps aside.
        for i in positions:
            valence = lexicon[lower[i]]
            if is_cap_diff and words[i].isupper():
                valence = valence + c_incr if valence > 0 else valence - c_incr
            sentiments[i] = valence
        return sentiments
    for i in positions:
        low = lower[i]
        if low in booster or (i < last and low == "kind" and lower[i + 1] == "of"):
            continue
        valence = lexicon[low]
        if low == "no" and i != last and lower[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[low] * n_scalar
        if is_cap_diff and words[i].isupper():
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in range(3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                before = i - (start_i + 1)
                sc = (
                    scalar_inc_dec(words[before], valence, is_cap_diff)
                    if lower[before] in booster
                    else 0.0
                )
                if start_i == 1 and sc != 0:
                    sc = sc * 0.95
                if start_i == 2 and sc != 0:
                    sc = sc * 0.9
                valence = valence + sc
                valence = _vader_negation_check(valence, lower, start_i, i)
                if start_i == 2 and not _IDIOM_WORDS.isdisjoint(lower[i - 3 : i + 3]):
                    valence = _vader_idioms_check(valence, lower, i, special, booster)
        # "least" check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * n_scalar
        sentiments[i] = valence
    return sentiments


def _vader_negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    n_scalar = _vader_module.N_SCALAR
    if start_i == 0 and _vader_negated(lower[i - 1]):
        valence = valence * n_scalar
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _vader_negated(lower[i - 2]):
            valence = valence * n_scalar
    if start_i == 2:
        if (lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this")) or (
            lower[i - 1] == "so" or lower[i - 1] == "this"
        ):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _vader_negated(lower[i - 3]):
            valence = valence * n_scalar
    return valence


def _vader_idioms_check(
    valence: float,
    lower: list[str],
    i: int,
    special: dict[str, float],
    booster: dict[str, float],
) -> float:
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


def _emoticons() -> dict[Any, set[str]]:
    from textblob._text import EMOTICONS

    return EMOTICONS


@lru_cache(maxsize=1)
def scorers() -> _Scorers:
    """The shared, lazily built TextBlob and VADER scorers (built once per process)."""
    return _Scorers()


def textblob_scores(strings: Sequence[str]) -> list[tuple[float, float, list[Any]]]:
    """TextBlob ``(polarity, subjectivity, assessments)`` for each string, one tokenizer call."""
    return scorers().textblob(list(strings))


def vader_compound(string: str) -> float:
    """VADER compound score of one string (same value as ``polarity_scores``)."""
    return scorers().vader_compound(string)


def format_drivers(assessments: Iterable[Any]) -> str:
    """``"not good -0.35; free +0.40"``: the words TextBlob scored and their polarity."""
    return "; ".join(f"{' '.join(words)} {p:+.2f}" for words, p, _s, _x in assessments)


_DRIVER = re.compile(r"(.+) ([+-]\d+\.\d+)$")


def drivers_long(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per driver of each scored sentence: the words and their polarity."""
    keys = [c for c in ("article_id", "sent_id", "seg_id") if c in scored.columns]
    rows = []
    for values, drivers in zip(
        scored[keys].itertuples(index=False, name=None), scored["drivers"], strict=True
    ):
        for part in str(drivers).split("; ") if drivers else []:
            m = _DRIVER.match(part)
            if m:
                rows.append((*values, m.group(1), float(m.group(2))))
    return pd.DataFrame(rows, columns=[*keys, "words", "polarity"])


def _masked(text: str, start: int, end: int, mentions: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with each mention's words replaced by the placeholder."""
    parts = []
    cursor = start
    for m_start, m_end in mentions:
        m_start, m_end = max(m_start, start), min(m_end, end)
        if m_start < cursor or m_end <= m_start:
            continue
        parts.append(text[cursor:m_start])
        parts.append(_NONSPACE.sub(PLACEHOLDER, text[m_start:m_end]))
        cursor = m_end
    parts.append(text[cursor:end])
    return "".join(parts)


def _mention_spans(mentions: pd.DataFrame) -> tuple[list[tuple[int, int]], list[str]]:
    if mentions is None or len(mentions) == 0:
        return [], []
    starts = [int(v) for v in mentions["start"].tolist()]
    ends = [int(v) for v in mentions["end"].tolist()]
    surfaces = [str(v) for v in mentions["surface"].tolist()]
    # Stable sort by (start, end), as sort_values would, without building a DataFrame.
    order = sorted(range(len(starts)), key=lambda i: (starts[i], ends[i]))
    return [(starts[i], ends[i]) for i in order], [surfaces[i] for i in order]


def _score_spans(
    text: str, spans: Sequence[tuple[int, int]], mentions: pd.DataFrame | None
) -> dict[str, list[Any]]:
    """Score each ``(start, end)`` span of ``text``: the columns after ``start, end``, as lists."""
    import bisect

    sc = scorers()
    pieces = [text[s:e] for s, e in spans]
    m_spans, m_surfaces = _mention_spans(mentions) if mentions is not None else ([], [])
    m_starts = [s for s, _ in m_spans]
    n_inside: list[int] = []
    tb_redo: list[int] = []
    masked_text: dict[int, str] = {}
    vader_redo: list[int] = []
    if m_spans:
        for i, (start, end) in enumerate(spans):
            lo = bisect.bisect_left(m_starts, start)
            hi = bisect.bisect_left(m_starts, end)
            inside = [j for j in range(lo, hi) if m_spans[j][1] <= end]
            n_inside.append(len(inside))
            redo_tb = redo_vd = False
            for j in inside:
                t_eff, v_eff = sc.mask_effect(m_surfaces[j])
                redo_tb |= t_eff
                redo_vd |= v_eff
            if redo_tb or redo_vd:
                masked_text[i] = _masked(text, start, end, [m_spans[j] for j in inside])
                if redo_tb:
                    tb_redo.append(i)
                if redo_vd:
                    vader_redo.append(i)
    else:
        n_inside = [0] * len(spans)
    # One tokenizer call for the plain and the re-scored masked strings.
    tb_all = sc.textblob(pieces + [masked_text[i] for i in tb_redo])
    tb = tb_all[: len(pieces)]
    # The emoji test once for the whole text instead of once per span.
    vader = sc.vader_compound if not sc.emoji_chars.isdisjoint(text) else sc.vader_no_emoji
    polarity = [t[0] for t in tb]
    subjectivity = [t[1] for t in tb]
    vd = list(map(vader, pieces))
    polarity_masked = polarity.copy()
    subjectivity_masked = subjectivity.copy()
    vader_masked = vd.copy()
    for i, (p, s, _a) in zip(tb_redo, tb_all[len(pieces) :], strict=True):
        polarity_masked[i] = p
        subjectivity_masked[i] = s
    for i in vader_redo:
        vader_masked[i] = vader(masked_text[i])
    return {
        "n_words": [len(w) for w in map(tx.WORD.findall, pieces)],
        "polarity": polarity,
        "subjectivity": subjectivity,
        "has_hit": [bool(t[2]) for t in tb],
        "drivers": [format_drivers(t[2]) if t[2] else "" for t in tb],
        "vader_compound": vd,
        "n_masked": n_inside,
        "polarity_masked": polarity_masked,
        "subjectivity_masked": subjectivity_masked,
        "vader_masked": vader_masked,
    }


def _frame(rows: list[tuple[Any, ...]] | list[list[Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame built column by column (faster than from row tuples of mixed types)."""
    if not rows:
        return pd.DataFrame({c: [] for c in columns})
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows, strict=True)), strict=True)))


def _quoted_chars(start: int, end: int, quotes: list[tuple[int, int]], q_ends: list[int]) -> int:
    """Characters of ``[start, end)`` inside the (sorted, disjoint) ``quotes``."""
    import bisect

    total = 0
    for k in range(bisect.bisect_right(q_ends, start), len(quotes)):
        q_start, q_end = quotes[k]
        if q_start >= end:
            break
        total += max(0, min(end, q_end) - max(start, q_start))
    return total


def _sentences_and_mentions(
    text: str, sentences: pd.DataFrame | None, mentions: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if sentences is None:
        sentences = tx.split_sentences(text)
    if mentions is None:
        from newsframes.actors import find_mentions

        mentions = find_mentions(text)
    return sentences, mentions


_INT_COLUMNS = ("sent_id", "start", "end", "n_words", "n_masked")
_FLOAT_COLUMNS = (
    "polarity",
    "subjectivity",
    "vader_compound",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "quoted_share",
)


def score_sentences(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per sentence: TextBlob and VADER scores, drivers, masked scores, quoted share.

    ``polarity_masked`` etc. score the sentence with every actor mention replaced
    by a neutral placeholder word; ``quoted_share`` is the share of the sentence's
    characters inside double quotation marks (``text.quote_spans``).
    """
    sentences, mentions = _sentences_and_mentions(text, sentences, mentions)
    if len(sentences) == 0:
        return _frame([], SENTENCE_SCORE_COLUMNS)
    starts = [int(v) for v in sentences["start"].tolist()]
    ends = [int(v) for v in sentences["end"].tolist()]
    spans = list(zip(starts, ends, strict=True))
    cols: dict[str, Any] = {"sent_id": sentences["sent_id"].tolist(), "start": starts, "end": ends}
    cols.update(_score_spans(text, spans, mentions))
    quotes = tx.quote_spans(text)
    q_ends = [q_end for _, q_end in quotes]
    cols["quoted_share"] = [
        _quoted_chars(start, end, quotes, q_ends) / (end - start) if end > start else 0.0
        for start, end in spans
    ]
    # Typed arrays: pandas then has no types to infer (the dtypes it would infer).
    for c in _INT_COLUMNS:
        if c != "sent_id" or all(type(v) is int for v in cols[c]):
            cols[c] = np.array(cols[c], dtype=np.int64)
    for c in _FLOAT_COLUMNS:
        cols[c] = np.array(cols[c], dtype=np.float64)
    cols["has_hit"] = np.array(cols["has_hit"], dtype=bool)
    return pd.DataFrame({c: cols[c] for c in SENTENCE_SCORE_COLUMNS}, copy=False)


def score_segments(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    scored: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Sentences cut at quotation marks: one row per stretch in one voice.

    ``voice`` is "quoted" inside double quotation marks and "journalist" outside,
    so the tone of the reporter's own words can be set against the tone of the
    people quoted. Sentences wholly in one voice reuse ``scored`` (from
    :func:`score_sentences`) when it is given; only mixed sentences are re-scored.
    """
    sentences, mentions = _sentences_and_mentions(text, sentences, mentions)
    if scored is None:
        scored = score_sentences(text, sentences=sentences, mentions=mentions)
    quotes = tx.quote_spans(text)
    rows: list[tuple[Any, ...]] = []
    mixed: list[tuple[int, int, int, str, int, int]] = []  # row index, sent_id, seg, voice, span
    value_cols = SEGMENT_COLUMNS[5:]
    columns = [scored[c].tolist() for c in ("sent_id", "start", "end", *value_cols)]
    for sid_v, start_v, end_v, *values in zip(*columns, strict=True):
        sid, start, end = int(sid_v), int(start_v), int(end_v)
        pieces = _voice_pieces(text, start, end, quotes)
        if len(pieces) == 1:
            voice = pieces[0][0]
            rows.append((sid, 0, voice, start, end, *values))
            continue
        for seg, (voice, p_start, p_end) in enumerate(pieces):
            mixed.append((len(rows), sid, seg, voice, p_start, p_end))
            rows.append(())
    if mixed:
        mixed_scores = _score_spans(text, [(m[4], m[5]) for m in mixed], mentions)
        values = list(zip(*mixed_scores.values(), strict=True))
        for (row, sid, seg, voice, p_start, p_end), vals in zip(mixed, values, strict=True):
            rows[row] = (sid, seg, voice, p_start, p_end, *vals)
    return _frame(rows, SEGMENT_COLUMNS)


def _voice_pieces(
    text: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """The sentence split at quote boundaries into (voice, start, end), whitespace trimmed."""
    cuts: list[tuple[str, int, int]] = []
    cursor = start
    for q_start, q_end in quotes:
        if q_end <= start:
            continue
        if q_start >= end:
            break
        q_start, q_end = max(q_start, start), min(q_end, end)
        if q_start > cursor:
            cuts.append(("journalist", cursor, q_start))
        cuts.append(("quoted", q_start, q_end))
        cursor = q_end
    if cursor < end:
        cuts.append(("journalist", cursor, end))
    pieces = []
    for voice, s, e in cuts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and tx.WORD.search(text, s, e):
            pieces.append((voice, s, e))
    if not pieces:  # punctuation only: keep the sentence whole
        return [(cuts[0][0] if cuts else "journalist", start, end)]
    return pieces


# -- summaries ---------------------------------------------------------------------


def bootstrap_ci(
    values: np.ndarray, rng: np.random.Generator, n_boot: int = 2000, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean of ``values`` (vectorised resampling)."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    if n < MIN_N_FOR_CI:
        return float("nan"), float("nan")
    means = values[rng.integers(0, n, size=(n_boot, n))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def _group_seed(seed: int, key: Any) -> np.random.Generator:
    """A generator that depends on the seed and the group key only, not on group order."""
    return np.random.default_rng(_seed_words(seed, key))


def _seed_words(seed: int, key: Any) -> list[int]:
    return [seed, zlib.crc32(repr(key).encode("utf-8"))]


_MEASURE_SOURCES = (
    "polarity",
    "has_hit",
    "subjectivity",
    "vader_compound",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
)


def _measure_arrays(cols: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    pol = np.asarray(cols["polarity"], dtype=float)
    hit = np.asarray(cols["has_hit"], dtype=bool)
    out = {
        "polarity": pol,
        "polarity_hit": pol[hit],
        "coverage": hit.astype(float),
        "subjectivity": np.asarray(cols["subjectivity"], dtype=float),
        "vader": np.asarray(cols["vader_compound"], dtype=float),
    }
    if "polarity_masked" in cols:
        out["polarity_masked"] = np.asarray(cols["polarity_masked"], dtype=float)
        out["subjectivity_masked"] = np.asarray(cols["subjectivity_masked"], dtype=float)
        out["vader_masked"] = np.asarray(cols["vader_masked"], dtype=float)
        out["polarity_mask_shift"] = out["polarity_masked"] - pol
        out["vader_mask_shift"] = out["vader_masked"] - out["vader"]
    return out


def _group_positions(
    scored: pd.DataFrame, keys: list[str]
) -> list[tuple[tuple[Any, ...], np.ndarray]]:
    """Each group's key tuple and row positions, in ``groupby(sort=True, dropna=False)`` order."""
    if not keys:
        return [((), np.arange(len(scored)))]
    grouped = scored.groupby(keys, sort=True, dropna=False)
    codes = grouped.ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.cumsum(np.bincount(codes, minlength=grouped.ngroups))[:-1]
    labels = grouped.size().index
    return [
        (key if isinstance(key, tuple) else (key,), pos)
        for key, pos in zip(labels, np.split(order, bounds), strict=True)
    ]


def _summarise(
    scored: pd.DataFrame, keys: list[str], seed: int, n_boot: int, measures: list[str]
) -> pd.DataFrame:
    """Per group and measure: n, mean and a 95% percentile bootstrap CI.

    Each group draws ONE resample of its sentences (``n_boot`` x n counts, from the
    group's own generator) shared by all its measures, so the measures of one
    replicate come from the same sentences. Replicate means come from one matrix
    product, ``(C @ (v * w)) / (C @ w)``, with ``w`` = 1 for plain means and the
    has-hit indicator for ``polarity_hit`` (replicates without a hit are left out
    of its percentiles). No interval below ``MIN_N_FOR_CI`` observations.
    """
    cols = {c: scored[c].to_numpy() for c in _MEASURE_SOURCES if c in scored.columns}
    values = _measure_arrays(cols)
    present = [m for m in measures if m in values]
    groups = _group_positions(scored, keys)
    order = np.concatenate([pos for _, pos in groups]) if groups else np.arange(0)
    pol, hit = values["polarity"][order], values["coverage"][order]
    # One row per measure (the numerator v * w), then the hit count w of the
    # conditional mean; columns in group order, so each group is one column block.
    numerators = [pol * hit if m in _CONDITIONAL else values[m][order] for m in present]
    matrix = np.vstack([*numerators, hit]) if present else np.zeros((1, len(order)))
    by_sentence = np.ascontiguousarray(matrix.T)  # the same, one row per sentence (for BLAS)
    conditional = [m in _CONDITIONAL for m in present]
    tail = (1 - 0.95) / 2 * 100
    rows: list[tuple[Any, ...]] = []
    start = 0
    for key_t, pos in groups:
        end = start + len(pos)
        block = matrix[:, start:end]
        n = end - start
        # Row sums of contiguous rows: the same pairwise sums as ``v.mean()`` uses.
        means = (np.add.reduce(block, axis=1) / n).tolist()
        hits = hit[start:end] > 0
        n_hit = int(hits.sum())
        group_rows: list[list[Any]] = []
        for k, measure in enumerate(present):
            if conditional[k]:
                mean = float(pol[start:end][hits].mean()) if n_hit else float("nan")
                group_rows.append([*key_t, measure, n_hit, mean, float("nan"), float("nan")])
            else:
                group_rows.append([*key_t, measure, n, means[k], float("nan"), float("nan")])
        with_ci = [k for k, r in enumerate(group_rows) if r[-4] >= MIN_N_FOR_CI]
        if with_ci:
            low, high = _bootstrap_block(
                by_sentence[start:end], conditional, with_ci, _seed_words(seed, key_t), n_boot, tail
            )
            for k, lo, hi in zip(with_ci, low, high, strict=True):
                group_rows[k][-2:] = [lo, hi]
        rows.extend(tuple(r) for r in group_rows)
        start = end
    return pd.DataFrame(rows, columns=[*keys, *SUMMARY_COLUMNS])


def _bootstrap_block(
    block: np.ndarray,
    conditional: list[bool],
    with_ci: list[int],
    seed_words: list[int],
    n_boot: int,
    tail: float,
) -> tuple[list[float], list[float]]:
    """Percentile bounds of the measures ``with_ci`` of one group, from one shared resample.

    ``block`` holds one row per sentence of the group and one column per measure
    (the last column: the hit indicator).
    """
    n = block.shape[0]
    rng = np.random.default_rng(seed_words)
    # Small integer draws are cheaper to generate; bincount needs them offset by row.
    draws = rng.integers(0, n, size=(n_boot, n), dtype=np.int16 if n < 2**15 else np.int64)
    flat = (draws + np.arange(0, n_boot * n, n, dtype=np.int64)[:, None]).ravel()
    counts = np.bincount(flat, minlength=n_boot * n).reshape(n_boot, n).astype(float)
    sums = np.ascontiguousarray((counts @ block).T)  # (measures + 1) x n_boot
    means = sums[with_ci] / n
    nan_rows = []
    for j, k in enumerate(with_ci):
        if conditional[k]:  # no mean (NaN) where a replicate drew no hit
            means[j] = np.nan
            np.divide(sums[k], sums[-1], out=means[j], where=sums[-1] > 0)
            nan_rows.append(j)
    low, high = _percentiles(means, tail)
    for j in nan_rows:
        finite = means[j][~np.isnan(means[j])]  # replicates without a hit have no mean
        if len(finite) < n_boot:
            lo, hi = _percentiles(finite[None, :], tail)
            low[j], high[j] = lo[0], hi[0]
    return low, high


def _percentiles(rows: np.ndarray, tail: float) -> tuple[list[float], list[float]]:
    """The ``tail`` and ``100 - tail`` percentiles of each row, as ``np.percentile`` gives them.

    numpy's default (linear) method, with one partition of each contiguous row at
    the order statistics needed instead of ``np.percentile``'s general machinery.
    ``rows`` is reordered in place.
    """
    size = rows.shape[1]
    if size == 0:
        nans = [float("nan")] * rows.shape[0]
        return nans, nans.copy()
    virtual = ((size - 1) * np.true_divide(np.array([tail, 100 - tail]), 100)).tolist()
    below = [size - 1 if v >= size - 1 else int(np.floor(v)) for v in virtual]
    above = [b if v >= size - 1 else b + 1 for v, b in zip(virtual, below, strict=True)]
    rows.partition(sorted({*below, *above}), axis=1)
    part = rows
    out = []
    for v, b, c in zip(virtual, below, above, strict=True):
        lo, hi, t = part[:, b], part[:, c], v - b
        diff = hi - lo
        out.append((hi - diff * (1 - t) if t >= 0.5 else lo + diff * t).tolist())
    return out[0], out[1]


# Measures that are means over the sentences with a TextBlob hit only.
_CONDITIONAL = frozenset({"polarity_hit"})


def article_sentiment(scored: pd.DataFrame, seed: int = 0, n_boot: int = 2000) -> pd.DataFrame:
    """Per article (``article_id`` if present) and measure: n, mean and 95% bootstrap CI.

    Sentences are the resampling unit; each article gets its own generator from
    ``seed`` and its id, so results do not depend on which other articles are present.
    """
    keys = ["article_id"] if "article_id" in scored.columns else []
    return _summarise(scored, keys, seed, n_boot, ARTICLE_MEASURES)


def voice_sentiment(segments: pd.DataFrame, seed: int = 0, n_boot: int = 2000) -> pd.DataFrame:
    """Per article and voice (journalist / quoted): the measures of :func:`article_sentiment`."""
    keys = [k for k in ("article_id", "voice") if k in segments.columns]
    return _summarise(segments, keys, seed, n_boot, ARTICLE_MEASURES)


def mentions_with_sentences(mentions: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with the ``sent_id`` of the sentence each one starts in (NA if none)."""
    starts = scored["start"].to_numpy(dtype="int64")
    ends = scored["end"].to_numpy(dtype="int64")
    m_starts = mentions["start"].to_numpy(dtype="int64")
    pos = np.clip(np.searchsorted(starts, m_starts, side="right") - 1, 0, None)
    ok = (
        (len(starts) > 0) & (m_starts >= starts[pos]) & (m_starts < ends[pos])
        if len(starts)
        else (np.zeros(len(m_starts), dtype=bool))
    )
    sent_ids = scored["sent_id"].to_numpy(dtype="int64")[pos] if len(starts) else m_starts
    out = mentions.copy()
    out["sent_id"] = pd.array(
        [int(s) if k else None for s, k in zip(sent_ids, ok, strict=True)], dtype="Int64"
    )
    return out


ACTOR_MEASURES = ["polarity", "polarity_masked", "vader", "vader_masked", "coverage"]


def actor_sentiment(
    scored: pd.DataFrame, mentions: pd.DataFrame, seed: int = 0, n_boot: int = 2000
) -> pd.DataFrame:
    """Sentiment towards each actor: the mean over the sentences that mention it.

    A sentence mentioning an actor twice counts once. Masked scores are the fairer
    reading (the actor's own name cannot score). CIs need at least 3 sentences.
    ``mentions`` needs ``sent_id``; without it, sentences are found from offsets.
    """
    if "sent_id" not in mentions.columns:
        mentions = mentions_with_sentences(mentions, scored)
    art = ["article_id"] if "article_id" in scored.columns and "article_id" in mentions else []
    pairs = mentions.dropna(subset=["sent_id"])[[*art, "sent_id", "actor_id"]].drop_duplicates()
    pairs = pairs.astype({"sent_id": "int64"})
    joined = pairs.merge(scored, on=[*art, "sent_id"], how="inner")
    return _summarise(joined, [*art, "actor_id"], seed, n_boot, ACTOR_MEASURES)


def _sign(values: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(values > threshold, 1, np.where(values < -threshold, -1, 0))


# VADER's authors call compound >= 0.05 positive and <= -0.05 negative.
VADER_NEUTRAL = 0.05


def textblob_vader_agreement(scored: pd.DataFrame) -> pd.DataFrame:
    """How far the two lexicons agree, per article (if ``article_id``) and overall.

    ``agreement`` is the share of sentences given the same class (positive /
    neutral / negative; VADER neutral within +-0.05, TextBlob neutral at exactly
    0); ``sign_agreement`` the share with the same sign among sentences both call
    non-neutral; ``pearson`` and ``spearman`` correlate the raw scores.
    """
    groups: list[tuple[str, pd.DataFrame]] = []
    if "article_id" in scored.columns:
        groups = [(str(k), g) for k, g in scored.groupby("article_id", sort=True)]
    groups.append(("(all)", scored))
    rows = []
    for key, g in groups:
        tb = g["polarity"].to_numpy(float)
        vd = g["vader_compound"].to_numpy(float)
        s_tb, s_vd = _sign(tb, 0.0), _sign(vd, VADER_NEUTRAL)
        polar = (s_tb != 0) & (s_vd != 0)
        rows.append(
            (
                key,
                len(g),
                float((s_tb == s_vd).mean()) if len(g) else float("nan"),
                int(polar.sum()),
                float((s_tb[polar] == s_vd[polar]).mean()) if polar.any() else float("nan"),
                _corr(tb, vd),
                _corr(_ranks(tb), _ranks(vd)),
            )
        )
    cols = ["article_id", "n", "agreement", "n_both_polar", "sign_agreement", "pearson", "spearman"]
    return pd.DataFrame(rows, columns=cols)


def _ranks(values: np.ndarray) -> np.ndarray:
    return pd.Series(values).rank(method="average").to_numpy(float)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])
