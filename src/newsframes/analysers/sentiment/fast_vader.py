"""VADER's compound score, equal to ``polarity_scores(text)["compound"]``, with less work.

Skips VADER's per-character emoji pass when a text has no emoji (and replaces its
emoji in one pass when it has some), returns 0.0 at once when no word is in its lexicon,
and otherwise runs VADER's rules with the lower-cased words computed once per sentence
instead of once per lexicon word (VADER's own time grows with the square of a sentence's
words), visiting only lexicon words. Exact for vaderSentiment 3.3.2 only:
``scorers.scorers()`` uses it only with that version installed.
"""

from __future__ import annotations

import heapq
import string
from itertools import compress

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes.analysers.sentiment import library_internals as vd
from newsframes.analysers.sentiment.memo import Memo

_NEGATE = frozenset(vd.NEGATE)
# Words of VADER's multi-word idioms and boosters: its idiom check can only
# change a valence when one of them is near the word.
_IDIOM_WORDS = frozenset(
    word
    for phrase in (*vd.SPECIAL_CASES, *vd.BOOSTER_DICT)
    if " " in phrase
    for word in phrase.split()
)
_PHRASES = tuple(p for p in (*vd.SPECIAL_CASES, *vd.BOOSTER_DICT) if " " in p)
# Words VADER treats specially besides its lexicon: negation, "but", "least",
# "kind of", "no ... or/nor", "never so/this", "without doubt".
_CONTEXT_WORDS = frozenset(
    {"but", "least", "at", "very", "kind", "of", "no", "or", "nor"}
    | {"never", "so", "this", "without", "doubt"}
)
# Single words that bring one of VADER's context rules into play (boosters,
# negations, "no", "least", "kind of", "never so/this", "without doubt"; "so" or
# "this" two words back boost on their own).
_CONTEXT = frozenset(
    {w for w in vd.BOOSTER_DICT if " " not in w}
    | _NEGATE
    | {"no", "least", "kind", "never", "without", "so", "this"}
)


# Up to this many words VADER's own "but" check is used; beyond, its time would grow with
# the square of the words, and :func:`but_check` does the same in linear time.
SHORT = 100


class FastVader:
    """VADER's analyzer and lexicon, with the word sets that decide which rules can apply."""

    def __init__(self) -> None:
        self.analyzer = SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = self.analyzer.lexicon
        self.emoji_descriptions = vd.vader_emoji_descriptions(self.analyzer)
        self.emoji_chars = frozenset(self.emoji_descriptions)
        context = set(_CONTEXT_WORDS | _NEGATE)
        for phrase in (*vd.BOOSTER_DICT, *vd.SPECIAL_CASES, *vd.SENTIMENT_LADEN_IDIOMS):
            context.update(phrase.split())
        # Words that take part in a rule at all (masking one can change a score).
        self.active = frozenset(set(self.lexicon) | context)
        self._strip: Memo[str] = Memo(strip_punc_if_word)

    def compound(self, text: str) -> float:
        """VADER's compound score of ``text``."""
        if not self.emoji_chars.isdisjoint(text):
            return self.compound_no_emoji(self.described(text))
        return self.compound_no_emoji(text)

    def described(self, text: str) -> str:
        """``text`` with each emoji replaced by its words, as ``polarity_scores`` does first
        (a space before the words unless one is there), in one pass."""
        descriptions = self.emoji_descriptions
        parts = []
        after_space = True
        for char in text:
            words = descriptions.get(char)
            if words is None:
                parts.append(char)
                after_space = char == " "
            else:
                if not after_space:
                    parts.append(" ")
                parts.append(words)
                after_space = False
        return "".join(parts)

    def compound_no_emoji(self, text: str) -> float:
        """:meth:`compound` for a text known to hold no emoji."""
        text = text.strip()
        words = list(map(self._strip.__getitem__, text.split()))
        lower = list(map(str.lower, words))
        lexicon = self.lexicon
        if lexicon.keys().isdisjoint(lower):
            return 0.0
        sentiments = valences(words, lower, lexicon)
        if "but" in lower:
            if len(words) <= SHORT:  # VADER's own: quicker on a sentence of ordinary length
                sentiments = vd.vader_but_check(words, sentiments)
            else:
                sentiments = but_check(lower, sentiments)
        # score_valence's compound alone (its other scores are not used).
        total = float(sum(sentiments))
        emphasis = vd.vader_punctuation_emphasis(self.analyzer, text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return float(round(vd.normalize(total), 4))

    def masking_changes(self, original: str, masked: str) -> bool:
        """Whether replacing whole whitespace tokens ``original`` by ``masked`` can change a score.

        Both have as many words. Harmless when neither holds an emoji or changes
        the count of "!" and "?", and every word that differs is, before and after,
        outside every rule (lexicon, booster, negation, "n't", "but", idiom words)
        and equally in capitals or not (VADER's all-caps rule counts them).
        """
        if not self.emoji_chars.isdisjoint(original):
            return True
        if original.count("!") != masked.count("!") or original.count("?") != masked.count("?"):
            return True
        before = list(map(self._strip.__getitem__, original.split()))
        after = list(map(self._strip.__getitem__, masked.split()))
        if len(before) != len(after):
            return True
        for a, b in zip(before, after, strict=True):
            if a != b and (a.isupper() != b.isupper() or self._in_a_rule(a) or self._in_a_rule(b)):
                return True
        return False

    def _in_a_rule(self, word: str) -> bool:
        low = word.lower()
        return low in self.active or "n't" in low


def strip_punc_if_word(token: str) -> str:
    """VADER's token clean-up: strip punctuation unless that leaves two characters or fewer."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


def _has_phrase(joined: str) -> bool:
    """Whether the space-joined lower-case words hold "n't" or a VADER multi-word phrase."""
    return "n't" in joined or any(p in joined for p in _PHRASES)


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def valences(words: list[str], lower: list[str], lexicon: dict[str, float]) -> list[float]:
    """Per-word valences exactly as VADER 3.3.2's ``sentiment_valence`` loop computes them.

    Words outside the lexicon (and boosters, and "kind" before "of") get 0 there,
    so only lexicon words are visited; a preceding word that is not a booster
    adds ``scalar_inc_dec``'s 0.0 without the call.
    """
    booster = vd.BOOSTER_DICT
    n_scalar = vd.N_SCALAR
    c_incr = vd.C_INCR
    scalar_inc_dec = vd.scalar_inc_dec
    n_caps = sum(map(str.isupper, words))
    is_cap_diff = 0 < len(words) - n_caps < len(words)
    last = len(words) - 1
    sentiments: list[float] = [0] * len(words)
    positions = compress(range(len(lower)), map(lexicon.__contains__, lower))
    if _CONTEXT.isdisjoint(lower) and not _has_phrase(" ".join(lower)):
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
                valence = _negation_check(valence, lower, start_i, i)
                if start_i == 2 and not _IDIOM_WORDS.isdisjoint(lower[i - 3 : i + 3]):
                    valence = _idioms_check(valence, lower, i)
        # "least" check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * n_scalar
        sentiments[i] = valence
    return sentiments


def but_check(lower: list[str], sentiments: list[float]) -> list[float]:
    """VADER 3.3.2's ``_but_check``, in time linear in the words; the same list, changed.

    VADER visits each valence ``v`` in turn and changes the first valence equal to it
    (``list.index``), which may be an earlier one: halved before the first "but",
    raised by half after it. The first position holding each value is kept in a heap
    per value instead of searching the list each time.
    """
    but = lower.index("but")
    holding: dict[float, list[int]] = {}  # value -> positions holding it (a heap)
    for position, value in enumerate(sentiments):
        holding.setdefault(value, []).append(position)  # ascending: already a heap
    for value in sentiments:  # a valence is never changed before it is visited
        first = holding[value][0]
        if first == but:
            continue
        changed = value * 0.5 if first < but else value * 1.5
        heapq.heappop(holding[value])
        sentiments[first] = changed
        heapq.heappush(holding.setdefault(changed, []), first)
    return sentiments


def _negation_check(valence: float, lower: list[str], start_i: int, i: int) -> float:
    n_scalar = vd.N_SCALAR
    if start_i == 0 and _negated(lower[i - 1]):
        valence = valence * n_scalar
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * n_scalar
    if start_i == 2:
        if (lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this")) or (
            lower[i - 1] == "so" or lower[i - 1] == "this"
        ):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * n_scalar
    return valence


def _idioms_check(valence: float, lower: list[str], i: int) -> float:
    special = vd.SPECIAL_CASES
    booster = vd.BOOSTER_DICT
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
