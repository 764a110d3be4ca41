"""Bad article files, one case each (issue 12): each is refused by ``validate`` and by
``analyze`` alike, with a Problem naming the file, the field and the fix; and a folder of
tricky but valid articles is accepted by ``validate`` and analysed in full.

The fixtures are in ``tests/bad_input/articles/``; cases that depend on bytes (a byte-order
mark, line endings, sizes) or on the file system are made by the tests themselves.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsframes import limits
from newsframes.__main__ import main
from newsframes.corpus import load_corpus, read_articles
from newsframes.corpus.files import SkippedFileWarning
from newsframes.corpus.front_matter import MAX_FRONT_MATTER_BYTES
from newsframes.errors import CorpusError
from newsframes.pipeline import analyze

FIXTURES = Path(__file__).parent / "articles"


def problems_in(folder: Path) -> list[str]:
    """Every problem ``validate`` and ``analyze`` report for ``folder``, as printed."""
    with pytest.raises(CorpusError) as info:
        read_articles(folder)
    with pytest.raises(CorpusError) as again:
        load_corpus(folder)
    assert again.value.problems == info.value.problems
    return [str(problem) for problem in info.value.problems]


def copied(tmp_path: Path, *names: str) -> Path:
    """A folder holding a copy of the named fixtures."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name in names:
        source = FIXTURES / name
        if source.is_dir():
            shutil.copytree(source, folder, dirs_exist_ok=True)
        else:
            shutil.copy(source, folder / name)
    return folder


# ------------------------------------------------------------------ one field, one problem


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "list-id.md",
            [
                "list-id.md: id: ['a', 'b'] is a list, not text. Fix: write it as one line "
                "of text, e.g. id: list-id",
                "list-id.md: id: \"['a', 'b']\" differs from the file name 'list-id'. "
                "Fix: rename the file to ['a', 'b'].md or change the id",
            ],
        ),
        (
            "title-list.md",
            [
                "title-list.md: title: ['first', 'second'] is a list, not text. Fix: write it "
                "as one line of text, in quotes if it holds a colon or brackets"
            ],
        ),
        (
            "title-number.md",
            ['title-number.md: title: 42 is a number, not text. Fix: quote it: title: "42"'],
        ),
        (
            "byline-true.md",
            [
                "byline-true.md: byline: True is a yes/no value, not text. Fix: quote it "
                "(YAML reads an unquoted yes, no, on, off, true or false as a yes/no value)"
            ],
        ),
        (
            "language-number.md",
            [
                "language-number.md: language: 42 is not an ISO 639-1 language code. "
                "Fix: write the two-letter code of the text's language, e.g. en"
            ],
        ),
        (
            "language-name.md",
            [
                "language-name.md: language: 'English' is not an ISO 639-1 language code. "
                "Fix: write the two-letter code of the text's language, e.g. en"
            ],
        ),
        (
            "outlet-type-banana.md",
            [
                "outlet-type-banana.md: outlet_type: 'banana' is not one of broadcaster, "
                "newspaper, online, news_agency. Fix: use one of: broadcaster, newspaper, "
                "online, news_agency"
            ],
        ),
        (
            "precision-list.md",
            [
                "precision-list.md: date_precision: ['day'] is not one of day, month, year. "
                "Fix: set date_precision to day, month or year"
            ],
        ),
        (
            "year-1000.md",
            [
                "year-1000.md: date: '1000' is outside the years 1700 to 2200. "
                "Fix: check the year; dates outside that range cannot be sorted"
            ],
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_field_of_the_wrong_kind_is_named_with_its_fix(
    tmp_path: Path, fixture: str, expected: list[str]
) -> None:
    assert problems_in(copied(tmp_path, fixture)) == expected


def test_a_number_as_id_in_two_files(tmp_path: Path) -> None:
    # validate said "OK: 6 articles" and analyze raised "no word count for articles: ['7']".
    assert problems_in(copied(tmp_path, "numeric-ids")) == [
        'a.md: id: 7 is a number, not text. Fix: quote it: id: "7"',
        "a.md: id: '7' differs from the file name 'a'. Fix: rename the file to 7.md or "
        "change the id",
        'b.md: id: 7 is a number, not text. Fix: quote it: id: "7"',
        "b.md: id: '7' differs from the file name 'b'. Fix: rename the file to 7.md or "
        "change the id",
        "b.md: id: duplicate id '7', also used by a.md. Fix: give each article its own id",
    ]


def test_validate_refuses_what_analyze_cannot_process(tmp_path: Path, capsys) -> None:
    folder = copied(tmp_path, "numeric-ids", "list-id.md")
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "duplicate id '7'" in out and "list-id.md: id: ['a', 'b'] is a list" in out


def test_every_problem_of_one_file_is_reported_at_once(tmp_path: Path, valid_article) -> None:
    text = valid_article().replace("title: A test article", "title: 42")
    text = text.replace("outlet_type: online", "outlet_type: blog").replace("language: en", "")
    (tmp_path / "test-2015-one.md").write_text(text, encoding="utf-8")
    assert [p.split(": ")[1] for p in problems_in(tmp_path)] == [
        "language",
        "title",
        "outlet_type",
    ]


# ------------------------------------------------------------------ the YAML itself


def test_an_alias_bomb_in_the_title_is_refused(tmp_path: Path) -> None:
    # Ten aliases nine levels deep: a gigabyte once expanded, from 1 KB of YAML.
    assert (FIXTURES / "alias-bomb-title.md").stat().st_size < 1500
    assert problems_in(copied(tmp_path, "alias-bomb-title.md")) == [
        "alias-bomb-title.md: front matter: line 4: a YAML alias (*l0); aliases are not "
        "allowed. Fix: write the value out in full (an alias can expand a short file "
        "into gigabytes)"
    ]


def test_one_harmless_alias_is_refused_too(tmp_path: Path, valid_article) -> None:
    text = valid_article().replace("outlet: Test Outlet", "outlet: &o Test Outlet")
    text = text.replace("byline: null", "byline: *o")
    (tmp_path / "test-2015-one.md").write_text(text, encoding="utf-8")
    [problem] = problems_in(tmp_path)
    assert problem.startswith("test-2015-one.md: front matter: line 11: a YAML alias (*o)")


def test_a_repeated_field_is_refused(tmp_path: Path) -> None:
    # YAML keeps the last of two `title:` lines and drops the first without a word.
    assert problems_in(copied(tmp_path, "repeated-key.md")) == [
        "repeated-key.md: front matter: line 5: 'title' is given twice (first on line 3). "
        "Fix: keep one `title:` line"
    ]


def test_an_impossible_unquoted_date_is_named(tmp_path: Path) -> None:
    # YAML reads `date: 2015-02-30` as a date, and Python's ValueError escaped as a traceback.
    assert problems_in(copied(tmp_path, "impossible-date.md")) == [
        "impossible-date.md: front matter: line 7: not valid YAML: '2015-02-30' cannot be "
        "read (day is out of range for month). Fix: correct the YAML between the '---' lines"
    ]


def test_deep_nesting_is_refused(tmp_path: Path, valid_article) -> None:
    deep = "[" * 5000 + "]" * 5000  # 10 KB, within the size limit; Python's stack is not
    text = valid_article().replace("title: A test article", f"title: {deep}")
    (tmp_path / "test-2015-one.md").write_text(text, encoding="utf-8")
    assert problems_in(tmp_path) == [
        "test-2015-one.md: front matter: line 3: nested more than 32 levels deep. "
        "Fix: write each field as one plain value"
    ]


def test_front_matter_over_the_size_limit(tmp_path: Path, valid_article) -> None:
    assert MAX_FRONT_MATTER_BYTES == 64 * 1024  # the limit the README documents
    long_note = "x" * (70 * 1024)
    text = valid_article().replace("Printed in the text.", long_note)
    (tmp_path / "test-2015-one.md").write_text(text, encoding="utf-8")
    head = text.removeprefix("---\n").split("\n---\n")[0]  # between the '---' lines
    assert problems_in(tmp_path) == [
        f"test-2015-one.md: front matter: {len(head):,} bytes, over the limit of 64 KB "
        "(65,536 bytes). Fix: keep the metadata short; the article's text goes after the "
        "closing '---'"
    ]


def test_front_matter_at_the_size_limit_is_read(tmp_path: Path, valid_article) -> None:
    text = valid_article()
    head = text.removeprefix("---\n").split("\n---\n")[0]  # between the '---' lines
    note = "x" * (MAX_FRONT_MATTER_BYTES - len(head.encode()) + len("Printed in the text."))
    (tmp_path / "test-2015-one.md").write_text(
        text.replace("Printed in the text.", note), encoding="utf-8"
    )
    [article] = read_articles(tmp_path)
    assert article.meta["date_note"] == note
    (tmp_path / "test-2015-one.md").write_text(
        text.replace("Printed in the text.", note + "x"), encoding="utf-8"
    )
    [problem] = problems_in(tmp_path)
    assert "front matter: 65,537 bytes, over the limit of 64 KB" in problem


def test_an_article_over_the_size_limit_is_refused_by_validate_too(
    tmp_path: Path, valid_article, monkeypatch: pytest.MonkeyPatch
) -> None:
    # analyze refuses a text over the limit: validate must not accept it first.
    body = "Soldiers defected. Rebels said so."
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", len(body))
    (tmp_path / "test-2015-one.md").write_text(valid_article(body=body), encoding="utf-8")
    assert len(read_articles(tmp_path)) == 1
    (tmp_path / "test-2015-one.md").write_text(valid_article(body=body + "!"), encoding="utf-8")
    message, fix = limits.article_too_long(len(body) + 1) or ("", "")
    assert problems_in(tmp_path) == [f"test-2015-one.md: text: {message}. Fix: {fix}"]


# ------------------------------------------------------------------ byte-order mark, line endings


@pytest.mark.parametrize(
    "convert",
    [
        lambda text: "\ufeff" + text,
        lambda text: text.replace("\n", "\r\n"),
        lambda text: "\ufeff" + text.replace("\n", "\r\n"),
        lambda text: text.replace("\n", "\r"),
    ],
    ids=["BOM", "CRLF", "BOM and CRLF", "CR"],
)
def test_bom_and_line_endings_are_read(
    tmp_path: Path, valid_article, convert: Callable[[str], str]
) -> None:
    # They used to be "the file does not start with a '---' line".
    plain = valid_article(body="Soldiers defected.\nRebels said so.\n")
    content = convert(plain)
    (tmp_path / "test-2015-one.md").write_bytes(content.encode("utf-8"))
    [article] = read_articles(tmp_path)
    [expected] = read_articles(_plain_copy(tmp_path, plain))
    assert article.meta == expected.meta
    # The raw text is the file's body, byte for byte, whatever its line endings.
    body = convert("Soldiers defected.\nRebels said so.\n").lstrip("\ufeff")
    assert article.raw_text == body
    assert content.encode("utf-8").endswith(article.raw_text.encode("utf-8"))


def _plain_copy(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "test-2015-one.md").write_text(text, encoding="utf-8")
    return folder


def test_a_crlf_file_is_cleaned_with_raw_offsets(tmp_path: Path, valid_article) -> None:
    body = "CLICK HERE TO SEE ORIGINAL VIDEO\nSoldiers defected.\n"
    content = valid_article(body=body).replace("\n", "\r\n")
    (tmp_path / "test-2015-one.md").write_bytes(content.encode("utf-8"))
    [article] = read_articles(tmp_path)
    assert article.raw_text == body.replace("\n", "\r\n")
    for span in article.removed:
        assert article.raw_text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "\n\n---\nid: x\n---\nText.",
            "front matter: the file does not start with a '---' line (2 empty lines come "
            "before it). Fix: delete what comes before the first '---'",
        ),
        (
            "---\nid: x\ntitle: y\n---",
            "text: the article has no text. Fix: paste the article after the '---'",
        ),
    ],
    ids=["blank lines first", "closing line at the end of the file"],
)
def test_front_matter_layout_is_named(tmp_path: Path, content: str, expected: str) -> None:
    (tmp_path / "x.md").write_text(content, encoding="utf-8")
    assert f"x.md: {expected}" in problems_in(tmp_path)


def test_a_utf16_file_is_named(tmp_path: Path, valid_article) -> None:
    (tmp_path / "test-2015-one.md").write_bytes(valid_article().encode("utf-16"))
    assert problems_in(tmp_path) == [
        "test-2015-one.md: (encoding): UTF-16, not UTF-8 (the file starts with a UTF-16 "
        "byte-order mark). Fix: re-save the file as UTF-8"
    ]


# ------------------------------------------------------------------ other languages and scripts


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "russian-language-ru.md",
            "russian-language-ru.md: language: 'ru' is not English, and the lexicons and "
            "sentiment scorers read English only (every count would be zero). Fix: analyse an "
            "English translation (language: en, translated_by: who translated it), or leave "
            "the article out",
        ),
        (
            "arabic-language-ar.md",
            "arabic-language-ar.md: language: 'ar' is not English, and the lexicons and "
            "sentiment scorers read English only (every count would be zero). Fix: analyse an "
            "English translation (language: en, translated_by: who translated it), or leave "
            "the article out",
        ),
        (
            "russian-language-en.md",
            "russian-language-en.md: text: mostly Cyrillic letters (100% of its letters are "
            "not Latin script), but language is en. Fix: analyse an English translation, or "
            "check that the file holds the right text",
        ),
        (
            "arabic-language-en.md",
            "arabic-language-en.md: text: mostly Arabic letters (100% of its letters are not "
            "Latin script), but language is en. Fix: analyse an English translation, or check "
            "that the file holds the right text",
        ),
        (
            "no-letters.md",
            "no-letters.md: text: the text has no letters. Fix: paste the article's text "
            "after the '---'",
        ),
    ],
    ids=["ru", "ar", "Cyrillic as en", "Arabic as en", "no letters"],
)
def test_a_text_the_lexicons_cannot_read_is_named(
    tmp_path: Path, fixture: str, expected: str
) -> None:
    # It used to give one sentence, 0 mentions and polarity 0.0, with no word of warning.
    assert problems_in(copied(tmp_path, fixture)) == [expected]


def test_an_english_text_may_quote_other_scripts(tmp_path: Path, valid_article) -> None:
    body = "The banner read «حرية» (freedom), and the officer said «Свобода» twice. " * 3
    (tmp_path / "test-2015-one.md").write_text(valid_article(body=body), encoding="utf-8")
    assert len(read_articles(tmp_path)) == 1


# ------------------------------------------------------------------ the file system


def _loop(folder: Path) -> None:
    (folder / "a.md").symlink_to(folder / "b.md")
    (folder / "b.md").symlink_to(folder / "a.md")


def _dangling(folder: Path) -> None:
    (folder / "a.md").symlink_to(folder / "moved" / "a.md")


def _folder(folder: Path) -> None:
    (folder / "a.md").mkdir()


def _pipe(folder: Path) -> None:
    os.mkfifo(folder / "a.md")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            _loop,
            [
                "a.md: (file): a symbolic link loop. Fix: point the link at the article file, "
                "or remove it",
                "b.md: (file): a symbolic link loop. Fix: point the link at the article file, "
                "or remove it",
            ],
        ),
        (
            _dangling,
            [
                "a.md: (file): a symbolic link to {folder}/moved/a.md, which does not exist. "
                "Fix: point the link at the article file, or remove it"
            ],
        ),
        (
            _folder,
            [
                "a.md: (file): a folder, not a file. Fix: rename the folder: a name ending in "
                ".md is read as an article"
            ],
        ),
        (
            _pipe,
            [
                "a.md: (file): not a regular file (a named pipe). Fix: replace it with a file "
                "holding the article"
            ],
        ),
    ],
    ids=["link loop", "dangling link", "folder", "named pipe"],
)
def test_a_file_that_cannot_be_read_is_named_with_its_fix(
    tmp_path: Path, valid_article, make: Callable[[Path], None], expected: list[str]
) -> None:
    # These used to be raw tracebacks (or, for the pipe, a read that never returns).
    (tmp_path / "test-2015-one.md").write_text(valid_article(), encoding="utf-8")
    make(tmp_path)
    assert problems_in(tmp_path) == [line.format(folder=tmp_path) for line in expected]


def test_an_unreadable_file(tmp_path: Path, valid_article, monkeypatch) -> None:
    # Tests run as root, who can read any file: the refusal is what the system would raise.
    path = tmp_path / "test-2015-one.md"
    path.write_text(valid_article(), encoding="utf-8")
    opening = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return opening(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert problems_in(tmp_path) == [
        "test-2015-one.md: (file): cannot be read: permission denied. "
        "Fix: give yourself read permission (chmod u+r test-2015-one.md)"
    ]


def test_files_with_other_suffixes_are_named_not_skipped_silently(
    tmp_path: Path, valid_article
) -> None:
    (tmp_path / "test-2015-one.md").write_text(valid_article(), encoding="utf-8")
    (tmp_path / "two.txt").write_text(valid_article("two"), encoding="utf-8")
    (tmp_path / "Three.MD").write_text(valid_article("three"), encoding="utf-8")
    (tmp_path / "results").mkdir()  # subfolders are not read (they may hold outputs)
    (tmp_path / "README.md").write_text("# About these articles\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0\1")
    with pytest.warns(SkippedFileWarning) as caught:
        articles = read_articles(tmp_path)
    assert [a.meta["id"] for a in articles] == ["test-2015-one"]
    assert sorted(str(w.message) for w in caught) == [
        "Three.MD: (file): skipped: only .md files are read as articles. "
        "Fix: rename it to Three.md if it is an article",
        "two.txt: (file): skipped: only .md files are read as articles. "
        "Fix: rename it to two.md if it is an article",
    ]


# ------------------------------------------------------------------ validate accepts, analyze runs


def tricky_but_valid(folder: Path, valid_article: Callable[..., str]) -> list[str]:
    """Write articles that are valid but unusual; their ids."""
    folder.mkdir()
    files: dict[str, str | bytes] = {
        # a number as id, quoted: text, as the file name
        "7.md": valid_article("7").replace("id: 7", 'id: "7"'),
        "bom.md": "\ufeff" + valid_article("bom"),
        "crlf.md": valid_article("crlf", body="Soldiers defected.\nRebels said so.\n").replace(
            "\n", "\r\n"
        ),
        "cr.md": valid_article("cr", body="Soldiers defected.\nRebels said so.\n").replace(
            "\n", "\r"
        ),
        "spaces-after-dashes.md": valid_article(
            "spaces-after-dashes", body="Before the rule.\n---\nAfter the rule.\n"
        ).replace("---\n", "--- \t\n", 1),
        "unquoted-dates.md": valid_article("unquoted-dates").replace(
            'date: "2015-03-01"', "date: 2015-03-01"
        ),
        "unquoted-year.md": valid_article("unquoted-year")
        .replace('date: "2015-03-01"', "date: 2015")
        .replace("date_precision: day", "date_precision: year"),
        "markup-and-symbols.md": valid_article(
            "markup-and-symbols",
            body='<script>alert("x")</script> The FSA\u00a0said: \u201cWe\u200b left.\u201d '
            "\u200fAbu Saad (\u0623\u0628\u0648 \u0633\u0639\u062f) waved \U0001f3f3.\t\n",
        ).replace("title: A test article", "title: 'Defectors: \"we left\" <b>now</b>'"),
        "one-word.md": valid_article("one-word", body="Defected"),
        "mostly-boilerplate.md": valid_article(
            "mostly-boilerplate", body="CLICK HERE TO SEE ORIGINAL VIDEO\nSoldiers left.\n"
        ),
        "no-punctuation.md": valid_article(
            "no-punctuation", body=" ".join(["soldiers crossed the line"] * 500)
        ),
        "long-metadata.md": valid_article("long-metadata").replace(
            "Written for the tests.", "A long statement of rights. " * 2000
        ),
    }
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
    (folder / "README.md").write_text("# Notes on the folder\n", encoding="utf-8")
    (folder / ".hidden").write_text("not an article", encoding="utf-8")
    return sorted(name.removesuffix(".md") for name in files)


def test_what_validate_accepts_analyze_processes(tmp_path: Path, valid_article, capsys) -> None:
    folder = tmp_path / "articles"
    ids = tricky_but_valid(folder, valid_article)
    assert main(["validate", str(folder)]) == 0
    assert f"OK: {len(ids)} articles" in capsys.readouterr().out
    corpus = load_corpus(folder)
    assert sorted(corpus["id"]) == ids
    analysis = analyze(corpus)
    assert sorted(analysis.articles["id"]) == ids
    assert set(analysis.sentences["article_id"]) == set(ids)
