"""Turn the hand-written annotation files (hand/<article id>.txt) into the three tables.

Each hand file lists, in reading order, the actor mentions (surface and actor id), the
attributed statements (speaker, verb and the statement's words) and the answers to the
frame questions. This script only finds where each written surface is in the article's
text (the body after the front matter, which cleaning leaves unchanged for these texts)
and asserts that ``text[start:end] == surface``; it never decides what is a mention.

    python data/devset/annotations/build.py

``listed_actors.csv`` is the gazetteer as it was when the texts were annotated (the 96
actors of data/lexicons/actors.yml at commit c8dcf4e), so ``listed`` keeps meaning "known
to the gazetteer the package had then" however the lexicon grows.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
ARTICLES = HERE.parent / "articles"
BOILERPLATE_YML = HERE.parents[2] / "data" / "boilerplate.yml"
MENTION_COLUMNS = [
    "article_id",
    "start",
    "end",
    "surface",
    "actor_id",
    "actor_name",
    "actor_type",
    "listed",
    "note",
]
STATEMENT_COLUMNS = [
    "article_id",
    "speaker_surface",
    "speaker_actor_id",
    "verb",
    "start",
    "end",
    "text",
    "note",
]
OCCURRENCE = re.compile(r"^(?P<text>.*?)#(?P<n>\d+)$")
FRAME_OF = {
    **{f"C{i}": "conflict" for i in range(1, 5)},
    **{f"H{i}": "human_interest" for i in range(1, 6)},
    **{f"R{i}": "responsibility" for i in range(1, 6)},
    **{f"M{i}": "morality" for i in range(1, 4)},
    **{f"E{i}": "economic_consequences" for i in range(1, 4)},
    "S1": "security_terrorism",
    "U1": "humanitarian",
    "B1": "regime_brutality",
    "F1": "foreign_involvement",
    "A1": "reconciliation_amnesty",
}


def body_of(article_id: str) -> str:
    """The text after the front matter, exactly as stored."""
    content = (ARTICLES / f"{article_id}.md").read_text(encoding="utf-8")
    match = re.match(r"---\n.*?\n---[ \t]*\n(.*)\Z", content, re.S)
    if match is None:
        raise SystemExit(f"{article_id}.md: no front matter")
    body = match.group(1)
    for rule in yaml.safe_load(BOILERPLATE_YML.read_text(encoding="utf-8"))["rules"]:
        if re.search(rule["pattern"], body, re.M):
            raise SystemExit(f"{article_id}: boilerplate rule {rule['name']} would move offsets")
    return body


def joined(a: str, b: str) -> bool:
    """Whether two neighbouring characters belong to one word: both letters or digits of
    the same kind of script (a Latin word run into an Arabic link is two words)."""
    return a.isalnum() and b.isalnum() and a.isascii() == b.isascii()


def occurrences(text: str, surface: str, across_lines: bool = False) -> list[int]:
    """Starts of ``surface`` in ``text`` where it is not part of a longer word; with
    ``across_lines``, a space written in the row (one line) also stands for a line break."""
    pattern = re.escape(surface)
    if across_lines:
        pattern = pattern.replace(r"\ ", "[ \n]")
    starts = []
    for match in re.finditer(pattern, text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if not joined(before, surface[0]) and not joined(surface[-1], after):
            starts.append(match.start())
    return starts


def locate(text: str, written: str, cursor: int, where: str) -> tuple[str, int, int]:
    """``(surface, start, end)`` of ``surface#n`` (n-th occurrence) or of the next
    occurrence of ``surface`` at or after ``cursor``."""
    match = OCCURRENCE.match(written)
    surface = match.group("text") if match else written
    starts = occurrences(text, surface)
    if not starts or (not match and starts[-1] < cursor):
        # only where the words as written are not there: a statement across a line break
        starts = occurrences(text, surface, across_lines=True)
    if match:
        n = int(match.group("n"))
        if n > len(starts):
            raise SystemExit(f"{where}: {surface!r} occurs {len(starts)} times, not {n}")
        start = starts[n - 1]
    else:
        later = [s for s in starts if s >= cursor]
        if not later:
            raise SystemExit(f"{where}: {surface!r} not found after offset {cursor}")
        start = later[0]
    end = start + len(surface)
    surface = text[start:end]
    return surface, start, end


def sections(path: Path) -> dict[str, list[list[str]]]:
    """The rows of each ``# section`` of a hand file, split on ``|``."""
    out: dict[str, list[list[str]]] = {"actors": [], "statements": [], "frames": []}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            current = line[2:].strip()
            continue
        if current is None:
            raise SystemExit(f"{path.name}: a row before any '# section' line")
        out[current].append([cell.strip() for cell in line.split("|")])
    return out


def main() -> None:
    """Write actor_mentions.csv, statements.csv and frames.csv from the hand files."""
    with open(HERE / "listed_actors.csv", encoding="utf-8") as f:
        listed = {row["actor_id"]: row for row in csv.DictReader(f)}
    with open(HERE / "unlisted_actors.csv", encoding="utf-8") as f:
        unlisted = {row["actor_id"]: row for row in csv.DictReader(f)}
    clash = set(listed) & set(unlisted)
    if clash:
        raise SystemExit(f"unlisted_actors.csv repeats listed ids: {sorted(clash)}")
    mentions, statements, frames = [], [], []
    for path in sorted((HERE / "hand").glob("*.txt")):
        aid = path.stem
        text = body_of(aid)
        rows = sections(path)
        cursor = 0
        for i, row in enumerate(rows["actors"], 1):
            written, actor_id, note = [*row, ""][:3]
            surface, start, end = locate(text, written, cursor, f"{aid} actor row {i}")
            cursor = end
            if actor_id in listed:
                name, kind = listed[actor_id]["actor_name"], listed[actor_id]["actor_type"]
                is_listed = "yes"
            elif actor_id in unlisted:
                name, kind = unlisted[actor_id]["actor_name"], unlisted[actor_id]["actor_type"]
                is_listed = "no"
            else:
                raise SystemExit(f"{aid} actor row {i}: unknown actor id {actor_id!r}")
            mentions.append([aid, start, end, surface, actor_id, name, kind, is_listed, note])
        cursor = 0
        for i, row in enumerate(rows["statements"], 1):
            speaker, speaker_id, verb, written, note = [*row, ""][:5]
            if speaker_id and speaker_id not in listed and speaker_id not in unlisted:
                raise SystemExit(f"{aid} statement row {i}: unknown speaker id {speaker_id!r}")
            said, start, end = locate(text, written, cursor, f"{aid} statement row {i}")
            cursor = start
            statements.append([aid, speaker, speaker_id, verb, start, end, said, note])
        answered = [row[0] for row in rows["frames"]]
        if rows["frames"] and sorted(answered) != sorted(FRAME_OF):
            raise SystemExit(f"{aid}: frame questions answered {answered}, need {list(FRAME_OF)}")
        for question, answer, evidence in (row[:3] for row in rows["frames"]):
            if answer not in ("yes", "no"):
                raise SystemExit(f"{aid} {question}: answer {answer!r} is not yes or no")
            frames.append([aid, question, FRAME_OF[question], answer, evidence])
    write(
        "actor_mentions.csv",
        MENTION_COLUMNS,
        mentions,
    )
    write(
        "statements.csv",
        STATEMENT_COLUMNS,
        statements,
    )
    write("frames.csv", ["article_id", "question", "frame", "answer", "evidence"], frames)
    print(f"{len(mentions)} mentions, {len(statements)} statements, {len(frames)} frame answers")


def write(name: str, header: list[str], rows: list[list[object]]) -> None:
    """One CSV table in this folder."""
    with open(HERE / name, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
