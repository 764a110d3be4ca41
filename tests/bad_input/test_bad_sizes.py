"""Sizes (issue 12): an article over the size limit is refused by name before any analysis,
and the steps rewritten to take time in proportion to the text give the answers of a
straightforward implementation on random inputs.

How long things take is measured by ``bench/bench_scaling.py`` (``make bench``), never here.
The limit is made small with monkeypatch, so that the tests stay quick.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from newsframes import limits
from newsframes.analysers.framing import frame_hits
from newsframes.analysers.framing.nearest import FEW, NearestActor, closest_opposing
from newsframes.analysers.framing.table import LONGEST_SENTENCE, SENTENCE_CONTEXT
from newsframes.analysers.records import Mention
from newsframes.analysers.sentiment import library_internals as textblob_text
from newsframes.analysers.sentiment import score_sentences
from newsframes.analysers.sentiment import summary as sentiment_summary
from newsframes.analysers.sentiment.fast_textblob import find_tokens, split_token
from newsframes.analysers.sentiment.fast_vader import FastVader, but_check
from newsframes.analysers.sentiment.library_internals import vader_but_check
from newsframes.analysers.sentiment.masking import mask_regions, masked
from newsframes.analysers.sourcing import (
    attribution,
    find_quotes,
    floating,
    load_reporting_verbs,
    verb_matchers,
)
from newsframes.analysers.sourcing.article import REACH, Covered, Referent, Statement
from newsframes.analysers.sourcing.verbs import PhraseSpans, local_matches
from newsframes.errors import CorpusError
from newsframes.lexicons.frames import Rule
from newsframes.pipeline import analyze, write_csv
from newsframes.text import WORD, matching, segmentation, sentences

# ------------------------------------------------------------------ the size limit


def test_the_limit_and_its_message() -> None:
    assert limits.MAX_ARTICLE_CHARS == 2_000_000
    assert limits.article_too_long(2_000_000) is None
    message, fix = limits.article_too_long(4_000_001) or ("", "")
    assert "4,000,001 characters" in message and "limit of 2,000,000" in message
    assert "MAX_ARTICLE_CHARS" in message
    assert "split the article into 3 or more articles" in fix


def test_analyze_names_every_article_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 50)
    corpus = pd.DataFrame(
        {
            "id": ["short", "at-the-limit", "too-long", "just-over"],
            "text": ["Rebels fled.", "x" * 49 + ".", "Rebels fled. " * 10, "y" * 50 + "."],
        }
    )
    with pytest.raises(CorpusError) as error:
        analyze(corpus)
    found = [str(problem) for problem in error.value.problems]
    assert len(found) == 2
    assert found[0].startswith("article 'too-long': text: the text is 130 characters long")
    assert found[1].startswith("article 'just-over': text: the text is 51 characters long")
    assert all("limit of 50" in p and "Fix: split the article into" in p for p in found)


def test_write_csv_writes_no_table_for_an_article_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 20)
    corpus = pd.DataFrame({"id": ["fine", "long"], "text": ["Rebels fled.", "Rebels fled. " * 3]})
    with pytest.raises(CorpusError, match="article 'long'"):
        write_csv(corpus, tmp_path / "out")
    assert not list(tmp_path.rglob("*.csv"))


def test_an_article_at_the_limit_is_analysed(
    texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = texts["itv-2014-khateeb"]
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", len(text))
    analysis = analyze(pd.DataFrame({"id": ["itv"], "text": [text]}))
    assert len(analysis.sentences) > 10 and len(analysis.mentions) > 10


@pytest.mark.parametrize("analyser", [frame_hits, find_quotes, score_sentences])
def test_a_text_over_the_limit_is_refused_on_its_own(
    analyser: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Free Syrian Army said: “We fight.”"
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", len(text) - 1)
    with pytest.raises(CorpusError, match=f"the text given: text: the text is {len(text)} char"):
        analyser(text)  # type: ignore[operator]


# ------------------------------------------------------------------ framing

SIDES = ("government", "opposition", "jihadist", None)


def reference_closest_opposing(
    members: list[int], mentions: list[Mention], wanted: set[tuple[str, str]]
) -> tuple[int, int] | None:
    """Every pair tried, the first closest kept (the function before it was made linear)."""
    best, best_gap = None, 1 << 30
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if (mentions[a].side, mentions[b].side) not in wanted:
                continue
            first, second = (a, b) if mentions[a].start <= mentions[b].start else (b, a)
            gap = mentions[second].start - mentions[first].end
            if gap < best_gap:
                best, best_gap = (first, second), gap
    return best


def random_mentions(rng: random.Random, n: int, length: int) -> list[Mention]:
    """Mentions anywhere in ``length`` characters: some overlap, some share a start or end."""
    found = []
    for _ in range(n):
        start = rng.randrange(length - 1)
        end = min(length, start + rng.choice((1, 2, 3, 5, 8)))
        actor = rng.choice(("a", "b", "c", "d"))
        found.append(Mention(start, end, "x", actor, rng.choice(("person", "group")), None))
    return [m._replace(side=rng.choice(SIDES)) for m in found]


def test_closest_opposing_pair_as_trying_every_pair() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        mentions = random_mentions(rng, rng.randint(2, 3 * FEW), rng.choice((20, 60, 400)))
        members = [k for k in range(len(mentions)) if mentions[k].side is not None]
        if rng.random() < 0.5:
            rng.shuffle(members)
        pairs = {("government", "opposition"), ("government", "jihadist")}
        if rng.random() < 0.3:
            pairs.add(("opposition", "opposition"))
        wanted = pairs | {(b, a) for a, b in pairs}
        got = closest_opposing(members, mentions, wanted)
        assert got == reference_closest_opposing(members, mentions, wanted)


def reference_nearest_actor(
    text: str, rule: Rule, start: int, end: int, candidates: list[int], mentions: list[Mention]
) -> int:
    """Every candidate tried, every word between counted (the function before)."""

    def words_between(begin: int, stop: int) -> int:
        return len(WORD.findall(text, begin, stop)) if stop > begin else 0

    best, best_distance = -1, 1 << 30
    for k in candidates:
        m = mentions[k]
        if not rule.accepts(m.actor_id, m.actor_type, m.side):
            continue
        if rule.window is None:
            distance = abs(m.start - start)
        else:
            if m.end <= start:
                distance = words_between(m.end, start)
            else:
                distance = words_between(end, m.start)
            if distance > rule.window:
                continue
        if distance < best_distance:
            best, best_distance = k, distance
    return best


# Words with inner hyphens, apostrophes and separators, where counting words between two
# offsets inside a word is tricky; and punctuation and space runs between them.
TOKENS = ["al-Assad", "Assad’s", "2,000", "3.5", "a-1-2", "rebels", "x", "FSA", "’s", "--"]
GAPS = [" ", "  ", ", ", " - ", "; ", ".", ""]


def test_nearest_actor_as_trying_every_mention() -> None:
    rng = random.Random(13)
    for _ in range(400):
        text = "".join(rng.choice(TOKENS) + rng.choice(GAPS) for _ in range(rng.randint(5, 90)))
        mentions = random_mentions(rng, rng.randint(1, 4 * FEW), len(text))
        mentions.sort(key=lambda m: (m.start, m.end))
        if rng.random() < 0.3:
            rng.shuffle(mentions)  # a table passed in may be in any order
        by_sentence = {0: list(range(len(mentions)))}
        nearest = NearestActor(text, mentions, by_sentence)
        for _ in range(20):
            rule = Rule(
                "r",
                "actor_near_term",
                window=rng.choice((None, 0, 1, 2, 4, 8)),
                actor_types=rng.choice((None, frozenset({"person"}))),
                sides=rng.choice((None, frozenset({"government", "opposition"}))),
            )
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randint(1, 6))
            want = reference_nearest_actor(text, rule, start, end, by_sentence[0], mentions)
            assert nearest(rule, start, end, 0) == want, (text, rule, start, end)


def test_a_long_sentence_is_cut_around_each_hit_in_the_hits_table(texts: dict[str, str]) -> None:
    words = " ".join(texts["asharq-2011-airforce-defections"].replace(".", " ").split())
    hits = frame_hits(words)
    assert len(words) > LONGEST_SENTENCE and len(hits) > 10
    for sentence, start, end in zip(hits["sentence"], hits["start"], hits["end"], strict=True):
        lo, hi = max(0, start - SENTENCE_CONTEXT), min(len(words), end + SENTENCE_CONTEXT)
        assert sentence == ("…" if lo else "") + words[lo:hi] + ("…" if hi < len(words) else "")
    short = frame_hits(texts["itv-2014-khateeb"])
    assert (short["sentence"].str.len() <= LONGEST_SENTENCE).all()
    assert all(s in texts["itv-2014-khateeb"] for s in short["sentence"])


# ------------------------------------------------------------------ sentiment


def test_but_check_as_vaders_own() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        n = rng.randint(1, 30)
        words = [rng.choice(("but", "BUT", "good", "bad", "x")) for _ in range(n)]
        if "but" not in [w.lower() for w in words]:
            words[rng.randrange(n)] = "but"
        values = [rng.choice((0, 0.0, -0.0, 1.5, -1.5, 0.75, 2.0, 3.0, 1.125)) for _ in range(n)]
        want = vader_but_check(words, list(values))
        got = but_check([w.lower() for w in words], list(values))
        assert got == want and list(map(type, got)) == list(map(type, want))


def reference_split_token(t: str) -> tuple[str, ...]:
    """textblob's token cutting on ever shorter copies of the token (the function before)."""
    edge = tuple(textblob_text.PUNCTUATION.replace(".", ""))
    tokens, tail = [], []
    while t.startswith(edge) and t not in textblob_text.replacements:
        tokens.append(t[0])
        t = t[1:]
    while t.endswith((*edge, ".")) and t not in textblob_text.replacements:
        if t.endswith(edge):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if t in textblob_text.ABBREVIATIONS or any(
                p.match(t) is not None
                for p in (textblob_text.RE_ABBR1, textblob_text.RE_ABBR2, textblob_text.RE_ABBR3)
            ):
                break
            tail.append(t[-1])
            t = t[:-1]
    return tuple([*tokens, *([t] if t else []), *reversed(tail)])


def test_split_token_as_cutting_copies() -> None:
    rng = random.Random(23)
    pieces = [".", "..", "...", "!", "?", "(", ")", "'", '"', "|", "-", "A", "Mr", "e", "g"]
    pieces += ["b", "c", "x", "Z", "'s", "n't", "'ll", "a", "m", "vs", "w/", "etc", "Bcd", "3"]
    for _ in range(50000):
        token = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert split_token(token) == reference_split_token(token), token


def test_find_tokens_as_textblobs_own() -> None:
    tokenizer = textblob_text.textblob_lexicon().tokenizer
    rng = random.Random(24)
    pieces = [":)", ":-(", "(!)", "( ! )", ":D", "<3", "'", '"', "“", "”", "‘", "’", " ", "\n"]
    pieces += ["\n\n", "\r\n", ".", "...", "!", "?", ")", "(", "good", "isn't", "he's", "Mr."]
    pieces += ["e.g.", "U.S.", textblob_text.EOS, "Bcd.", "|", "w/", "3.5", ","]
    for _ in range(10000):
        string = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert find_tokens(string) == tokenizer(string), string


def test_vader_with_emoji_as_polarity_scores() -> None:
    vader = FastVader()
    emoji = sorted(vader.emoji_chars)[:200]
    words = ["good", "bad", "not", "very", "but", "x", "kind", "of", "no", "!", "GREAT", " "]
    rng = random.Random(25)
    for _ in range(2000):
        parts = [rng.choice([*words, rng.choice(emoji)]) for _ in range(rng.randint(1, 25))]
        text = rng.choice(("", " ")).join(parts)
        assert vader.compound(text) == vader.analyzer.polarity_scores(text)["compound"], text


def reference_bootstrap(
    block: np.ndarray, with_ci: list[int], seed: list[int], n_boot: int, tail: float
) -> tuple[list[float], list[float]]:
    """The resample drawn and summed in one go (the function before it worked in blocks)."""
    n = block.shape[0]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(n_boot, n), dtype=np.int16 if n < 2**15 else np.int64)
    flat = (draws + np.arange(0, n_boot * n, n, dtype=np.int64)[:, None]).ravel()
    counts = np.bincount(flat, minlength=n_boot * n).reshape(n_boot, n).astype(float)
    sums = np.ascontiguousarray((counts @ block).T)
    return sentiment_summary._percentiles(sums[with_ci] / n, tail)


@pytest.mark.parametrize("n", [3, 150, 2**15 + 3])
def test_bootstrap_in_blocks_as_in_one_go(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(n)
    block = np.column_stack([rng.normal(size=n), rng.uniform(size=n), np.ones(n)])
    with_ci, n_boot, tail = [0, 1], 60, 2.5
    want = reference_bootstrap(block, with_ci, [0, n], n_boot, tail)
    monkeypatch.setattr(sentiment_summary, "RESAMPLE_CELLS", 7 * n)  # 9 blocks of 7 replicates
    got = sentiment_summary._bootstrap_block(block, [False, False], with_ci, [0, n], n_boot, tail)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=0)


def reference_mask_regions(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> list[tuple[str, str]]:
    """Each mention widened to the whitespace around it by walking the text, stretches that
    touch merged (the function before)."""
    regions: list[tuple[int, int, list[tuple[int, int]]]] = []
    for m_start, m_end in spans:
        left = m_start
        while left > start and not text[left - 1].isspace():
            left -= 1
        right = m_end
        while right < end and not text[right].isspace():
            right += 1
        if regions and left <= regions[-1][1]:
            a, b, inside = regions[-1]
            regions[-1] = (a, max(b, right), [*inside, (m_start, m_end)])
        else:
            regions.append((left, right, [(m_start, m_end)]))
    return [(text[a:b], masked(text, a, b, inside)) for a, b, inside in regions]


def test_mask_regions_as_walking_the_text() -> None:
    rng = random.Random(21)
    pieces = ["IS", "/", " ", "ab", "-", "  ", "Free Syrian Army", "\n", "US-led"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        start = rng.randrange(len(text))
        end = rng.randint(start, len(text))
        spans = []
        for _ in range(rng.randint(0, 8) if end > start else 0):
            s = rng.randrange(start, end)
            spans.append((s, rng.randint(s + 1, min(end, s + 8))))
        spans.sort()
        assert mask_regions(text, start, end, spans) == reference_mask_regions(
            text, start, end, spans
        )


# ------------------------------------------------------------------ sourcing


def test_covered_as_any_span() -> None:
    rng = random.Random(15)
    for _ in range(300):
        covered, spans, position = Covered(), [], 0
        for _ in range(60):
            if rng.random() < 0.4:
                start = rng.randrange(200)
                span = (start, start + rng.randint(0, 30))
                covered.add(*span)
                spans.append(span)
            else:
                position += rng.randint(0, 6)
                want = any(s <= position < e for s, e in spans)
                assert covered.covers(position) == want


def statement(start: int, verb_start: int) -> Statement:
    """A statement with content from ``start`` and its verb at ``verb_start`` (-1: none)."""
    verb_end = verb_start + 4 if verb_start >= 0 else -1
    who = Referent(None, "unattributed")
    speaker = (None, -1, -1, "")
    verb = (None, None, verb_start, verb_end)
    return Statement(start, start + 9, 0, 0, "direct", *speaker, who, *verb)


def test_latest_statement_before_as_the_first_of_the_latest() -> None:
    rng = random.Random(16)
    for _ in range(300):
        statements = [
            statement(rng.randrange(50), rng.choice((-1, rng.randrange(50))))
            for _ in range(rng.randint(0, 12))
        ]
        by_position = sorted((st.position, k) for k, st in enumerate(statements))
        positions = [p for p, _ in by_position]
        for at in range(0, 55, 3):
            earlier = [st for st in statements if st.position < at]
            want = max(earlier, key=lambda st: st.position, default=None)
            got = floating._latest_before(statements, by_position, positions, at)
            assert got is want


def test_phrase_spans_as_any_phrase_found_around() -> None:
    matchers = verb_matchers(load_reporting_verbs())
    rng = random.Random(17)
    pieces = ["claimed the lives of", "on condition of anonymity", "said", "rebels", "told"]
    for _ in range(150):
        text = "".join(
            rng.choice(pieces) + rng.choice((" ", ", ", ". ", " (", "")) for _ in range(30)
        )
        words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        for matcher in (matchers.exclude, matchers.anonymity):
            assert matcher is not None
            spans = PhraseSpans(matcher, text, True)
            for start, end in rng.sample(words, min(12, len(words))):
                end = max(end, rng.choice(words)[1])
                around = local_matches(matcher, text, start, end)
                assert spans.cover(start, end) == any(s <= start and end <= e for s, e in around)
                assert spans.within(start, end) == any(start <= s and e <= end for s, e in around)


def test_reach_changes_nothing_in_sentences_of_prose(
    corpus: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(18)
    pool = list(sentences(corpus)["text"])
    text = "\n".join(" ".join(rng.sample(pool, 3)) for _ in range(40))
    usual = find_quotes(text)
    monkeypatch.setattr(attribution, "REACH", 10**9)
    pd.testing.assert_frame_equal(find_quotes(text), usual)
    assert len(usual) > 20


def test_a_paragraph_without_punctuation_has_speakers_of_bounded_length() -> None:
    text = "the regime shelled Homs according to activists and " * 400
    found = find_quotes(text)
    assert len(found) > 300
    assert found["speaker"].str.len().max() <= REACH
    assert (found["end"] - found["start"]).max() <= 2 * REACH


# ------------------------------------------------------------------ text


def reference_longest_first(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest (then earliest) first, each kept if it overlaps none kept before."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or e <= start for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


def test_longest_match_first_as_trying_each_against_all_kept() -> None:
    rng = random.Random(20)
    for _ in range(5000):
        spans = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randrange(80)
            spans.append((start, start + rng.randint(1, 9)))
        assert matching._longest_first(spans) == reference_longest_first(spans)


# ------------------------------------------------------------------ sentence splitting


def test_sentences_as_reading_the_whole_word_before_a_full_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(19)
    pieces = ["Mr", "U.S", "e.g", "No", "Gen", "a", "B", "xx", "Yy", "ab", ".", ". ", " ", ".."]
    pieces += ["4", "Z", "”", "\n", "St", "Jan", "xx.Yy", "Abcdefgh."]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    usual = [list(segmentation.sentence_spans(t)) for t in texts]
    monkeypatch.setattr(segmentation, "_longest", lambda _abbreviations: 10**9)
    assert [list(segmentation.sentence_spans(t)) for t in texts] == usual


# The sentence-end pattern before runs of marks were read once (it read a run once per mark).
BACKTRACKING_TERMINAL = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’)\]]*(?=\s)|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"
)


def test_sentence_ends_as_the_backtracking_pattern() -> None:
    rng = random.Random(22)
    pieces = [".", "!", "?", "…", "..", " ", "\n", "”", '"', "’", ")", "]", "ab", "Yy", "A", "4"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        want = [m.span() for m in BACKTRACKING_TERMINAL.finditer(text)]
        assert [m.span() for m in segmentation._TERMINAL.finditer(text)] == want
