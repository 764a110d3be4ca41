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
from typing import Any

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
_PUNCT = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "“”‘’"
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

    # -- TextBlob -----------------------------------------------------------------
    def textblob(self, strings: Sequence[str]) -> list[tuple[float, float, list[Any]]]:
        """(polarity, subjectivity, assessments) per string, as ``PatternAnalyzer`` gives."""
        if not strings:
            return []
        if any(_BREAK in s.lower() for s in strings):
            return [self._assess([w.lower() for w in self._tokens(s)]) for s in strings]
        tokens = self._tokens(f" {_BREAK} ".join(strings))
        out = []
        chunk: list[str] = []
        for token in tokens:
            word = token.lower()
            if word == _BREAK:
                out.append(self._assess(chunk))
                chunk = []
            else:
                chunk.append(word)
        out.append(self._assess(chunk))
        if len(out) != len(strings):  # the tokenizer changed a break token: be safe
            return [self._assess([w.lower() for w in self._tokens(s)]) for s in strings]
        return out

    def _tokens(self, string: str) -> list[str]:
        return " ".join(self.tokenizer(string)).split()

    def _assess(self, words: list[str]) -> tuple[float, float, list[Any]]:
        hits = self.tb_hit_words
        if not any(w in hits for w in words):
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
        a: list[dict[str, Any]] = []
        m: str | None = None
        n: str | None = None
        for w in words:
            entry = lexicon.get(w)
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
        vader = self.vader
        if not self.emoji_chars.isdisjoint(text):
            return float(vader.polarity_scores(text)["compound"])
        text = text.strip()
        words = [_strip_punc_if_word(w) for w in text.split()]
        lower = [w.lower() for w in words]
        lexicon = self.vader_lexicon
        if not any(w in lexicon for w in lower):
            return 0.0
        sentiments = _vader_valences(words, lower, lexicon)
        if "but" in lower:
            sentiments = vader._but_check(words, sentiments)
        return float(vader.score_valence(sentiments, text)["compound"])

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


def _vader_negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _vader_valences(words: list[str], lower: list[str], lexicon: dict[str, float]) -> list[float]:
    """Per-word valences exactly as VADER 3.3.2's ``sentiment_valence`` loop computes them."""
    booster = _vader_module.BOOSTER_DICT
    special = _vader_module.SPECIAL_CASES
    n_scalar = _vader_module.N_SCALAR
    c_incr = _vader_module.C_INCR
    scalar_inc_dec = _vader_module.scalar_inc_dec
    n_caps = sum(1 for w in words if w.isupper())
    is_cap_diff = 0 < len(words) - n_caps < len(words)
    last = len(words) - 1
    sentiments: list[float] = []
    for i, low in enumerate(lower):
        if low in booster or (i < last and low == "kind" and lower[i + 1] == "of"):
            sentiments.append(0)
            continue
        if low not in lexicon:
            sentiments.append(0)
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
        if words[i].isupper() and is_cap_diff:
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in range(3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                sc = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and sc != 0:
                    sc = sc * 0.95
                if start_i == 2 and sc != 0:
                    sc = sc * 0.9
                valence = valence + sc
                valence = _vader_negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = _vader_idioms_check(valence, lower, i, special, booster)
        # "least" check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * n_scalar
        sentiments.append(valence)
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
) -> list[list[Any]]:
    """Score each ``(start, end)`` span of ``text``: the columns after ``start, end``."""
    import bisect

    sc = scorers()
    pieces = [text[s:e] for s, e in spans]
    m_spans, m_surfaces = _mention_spans(mentions) if mentions is not None else ([], [])
    m_starts = [s for s, _ in m_spans]
    n_inside: list[int] = []
    tb_redo: list[int] = []
    masked_text: dict[int, str] = {}
    vader_redo: list[int] = []
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
    # One tokenizer call for the plain and the re-scored masked strings.
    tb_all = sc.textblob(pieces + [masked_text[i] for i in tb_redo])
    tb, tb_masked = tb_all[: len(pieces)], tb_all[len(pieces) :]
    results = []
    for i, piece in enumerate(pieces):
        pol, subj, assessments = tb[i]
        vd = sc.vader_compound(piece)
        results.append(
            [
                len(tx.WORD.findall(piece)),
                pol,
                subj,
                bool(assessments),
                format_drivers(assessments),
                vd,
                n_inside[i],
                pol,
                subj,
                vd,
            ]
        )
    for i, (p, s, _a) in zip(tb_redo, tb_masked, strict=True):
        results[i][7] = p
        results[i][8] = s
    for i in vader_redo:
        results[i][9] = sc.vader_compound(masked_text[i])
    return results


def _frame(rows: list[tuple[Any, ...]] | list[list[Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame built column by column (faster than from row tuples of mixed types)."""
    if not rows:
        return pd.DataFrame({c: [] for c in columns})
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows, strict=True)), strict=True)))


def _quoted_chars(start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    total = 0
    for q_start, q_end in quotes:
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
    starts = [int(v) for v in sentences["start"].tolist()]
    ends = [int(v) for v in sentences["end"].tolist()]
    spans = list(zip(starts, ends, strict=True))
    scored = _score_spans(text, spans, mentions)
    quotes = tx.quote_spans(text)
    rows = [
        (
            sid,
            start,
            end,
            *values,
            _quoted_chars(start, end, quotes) / (end - start) if end > start else 0.0,
        )
        for sid, (start, end), values in zip(
            sentences["sent_id"].tolist(), spans, scored, strict=True
        )
    ]
    return _frame(rows, SENTENCE_SCORE_COLUMNS)


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
        values = _score_spans(text, [(m[4], m[5]) for m in mixed], mentions)
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


def _measure_values(scored: pd.DataFrame) -> dict[str, np.ndarray]:
    return _measure_arrays({c: scored[c].to_numpy() for c in _MEASURE_SOURCES if c in scored})


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
    """Per group and measure: n, mean and bootstrap CI (the draws of :func:`bootstrap_ci`).

    Each group's measures are resampled in order from the group's own generator,
    exactly as successive :func:`bootstrap_ci` calls would; rows are split by
    group once (no per-group DataFrames) and percentiles taken once per group.
    """
    cols = {c: scored[c].to_numpy() for c in _MEASURE_SOURCES if c in scored.columns}
    tail = (1 - 0.95) / 2 * 100
    rows: list[tuple[Any, ...]] = []
    for key_t, pos in _group_positions(scored, keys):
        values = _measure_arrays({c: v[pos] for c, v in cols.items()})
        rng = np.random.default_rng(_seed_words(seed, key_t))
        group_rows: list[list[Any]] = []
        with_ci: list[int] = []
        boot_means: list[np.ndarray] = []
        for measure in measures:
            if measure not in values:
                continue
            v = values[measure]
            n = len(v)
            mean = float(v.mean()) if n else float("nan")
            group_rows.append([*key_t, measure, n, mean, float("nan"), float("nan")])
            if n >= MIN_N_FOR_CI:  # the draws of bootstrap_ci(v, rng, n_boot), in order
                boot_means.append(v[rng.integers(0, n, size=(n_boot, n))].mean(axis=1))
                with_ci.append(len(group_rows) - 1)
        if boot_means:  # one percentile call for all measures of the group
            low, high = np.percentile(np.stack(boot_means), [tail, 100 - tail], axis=1)
            for row, lo, hi in zip(with_ci, low.tolist(), high.tolist(), strict=True):
                group_rows[row][-2:] = [lo, hi]
        rows.extend(tuple(r) for r in group_rows)
    return pd.DataFrame(rows, columns=[*keys, *SUMMARY_COLUMNS])


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
