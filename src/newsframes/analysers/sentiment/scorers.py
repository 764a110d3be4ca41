"""Exact, fast TextBlob and VADER scoring of many sentences.

Gives the same numbers as ``PatternAnalyzer().analyze`` and VADER's
``polarity_scores`` (tests compare them on the corpus and on random strings),
but tokenises once per article and skips work that cannot change a score.
Tied to the pinned textblob and vaderSentiment versions: an upgrade that
changes their rules makes the equality tests fail.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain, compress
from typing import Any, TypeVar

from vaderSentiment import vaderSentiment as _vader_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

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
