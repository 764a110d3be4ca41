#!/usr/bin/env python3
"""Turn the hand-written mentions/*.txt and statements/*.txt into two CSV files.

Body: the report file is read as UTF-8 (newline translation off); the front
matter opens with a first line `---`; the body is everything after the next
line that is exactly `---` and its newline character ("\n").  Offsets are
Python string (code point) offsets into that body.

Locating a row: each surface (or statement text) is searched as an exact,
case-sensitive string whose neighbours are not letters or digits.  By default
the row takes the first such occurrence that starts at or after the end of the
previous row of the same file (rows are written in reading order).  A note that
begins with `n=K;` instead takes the K-th such occurrence in the whole body
(1-based); the `n=K;` prefix is not copied into the CSV note.
Every row is checked: body[start:end] == surface (or text).

Usage: python3 build.py [TEXTS_DIR]   (default ../articles, the stored reports)
"""

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "articles"


def body_of(path):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    assert raw.startswith("---\n"), path
    close = raw.index("\n---\n", 3)
    return raw[close + len("\n---\n") :]


def occurrences(body, s, across_lines=False):
    # with across_lines, a space written in a row (one line) also stands for a line break
    written = re.escape(s).replace(r"\ ", "[ \n]") if across_lines else re.escape(s)
    pat = re.compile(r"(?<![A-Za-z0-9])" + written + r"(?![A-Za-z0-9])")
    return [m.start() for m in pat.finditer(body)]


def locate(body, s, note, cursor, where):
    occ = occurrences(body, s)
    m = re.match(r"n=(\d+);\s*", note)
    if not occ or (not m and occ[-1] < cursor):
        # only where the words as written are not there: a statement across a line break
        occ = occurrences(body, s, across_lines=True)
    if m:
        k = int(m.group(1))
        note = note[m.end() :]
        assert 1 <= k <= len(occ), f"{where}: {s!r} has {len(occ)} occurrences, not {k}"
        start = occ[k - 1]
    else:
        after = [o for o in occ if o >= cursor]
        assert after, f"{where}: {s!r} not found at or after offset {cursor}"
        start = after[0]
    end = start + len(s)
    return start, end, note


def split(line, n):
    parts = [p.strip() for p in line.split("|")]
    assert len(parts) == n, f"expected {n} fields, got {len(parts)}: {line!r}"
    return parts


def main():
    ids = sorted(
        p.stem for p in TEXTS.glob("*.md") if (HERE / "mentions" / f"{p.stem}.txt").exists()
    )
    men_rows, st_rows = [], []
    for aid in ids:
        body = body_of(TEXTS / f"{aid}.md")
        mfile = HERE / "mentions" / f"{aid}.txt"
        cursor = 0
        for i, line in enumerate(mfile.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            surface, actor_id, name, typ, listed, note = split(line, 6)
            assert listed in ("yes", "no"), f"{mfile}:{i}"
            start, end, note = locate(body, surface, note, cursor, f"{mfile}:{i}")
            cursor = end
            men_rows.append([aid, start, end, body[start:end], actor_id, name, typ, listed, note])
        sfile = HERE / "statements" / f"{aid}.txt"
        cursor = 0
        for i, line in enumerate(sfile.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            speaker, sid, verb, text, note = split(line, 5)
            start, end, note = locate(body, text, note, cursor, f"{sfile}:{i}")
            cursor = start
            st_rows.append([aid, speaker, sid, verb, start, end, body[start:end], note])
    with open(HERE / "actor_mentions.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
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
        )
        w.writerows(men_rows)
    with open(HERE / "statements.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "article_id",
                "speaker_surface",
                "speaker_actor_id",
                "verb",
                "start",
                "end",
                "text",
                "note",
            ]
        )
        w.writerows(st_rows)
    print(f"{len(men_rows)} mentions, {len(st_rows)} statements in {len(ids)} reports")


if __name__ == "__main__":
    main()
