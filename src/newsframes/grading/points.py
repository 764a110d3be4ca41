"""Points per question, from the YAML file instructors edit (``lessons/points.yml``)."""

from __future__ import annotations

from pathlib import Path

from newsframes.errors import NewsframesError, Problem
from newsframes.lexicons.loader import read_yaml

POINTS_FILE = "points.yml"


class GradingError(NewsframesError):
    """The points file, the assignments or a command's arguments cannot be used."""

    kind = "grading"


def load_points(path: Path, questions: dict[str, list[str]]) -> dict[str, dict[str, int]]:
    """Points of every question of every lesson in ``questions`` (lesson -> check names).

    Every lesson and question must be listed, with a whole number of points of 0 or more,
    and nothing else: a renamed check would otherwise go ungraded without a word.
    """
    raw = read_yaml(path)
    problems = []
    if not isinstance(raw, dict):
        raise GradingError([Problem(str(path), "(top)", "not a mapping", "see the comments")])
    points: dict[str, dict[str, int]] = {}
    for lesson, names in questions.items():
        given = raw.get(lesson)
        if not isinstance(given, dict):
            problems.append(
                Problem(str(path), lesson, "no points for this lesson", "add the lesson's checks")
            )
            continue
        points[lesson] = {}
        for name in names:
            value = given.get(name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                problems.append(
                    Problem(
                        str(path),
                        f"{lesson}.{name}",
                        f"points are {value!r}",
                        "give a whole number of 0 or more",
                    )
                )
            else:
                points[lesson][name] = value
        for extra in sorted(set(given) - set(names)):
            problems.append(
                Problem(
                    str(path),
                    f"{lesson}.{extra}",
                    "the lesson has no such check cell",
                    "remove it, or rename it to the check the lesson now calls",
                )
            )
    for extra in sorted(set(raw) - set(questions)):
        problems.append(Problem(str(path), str(extra), "no such lesson", "remove it"))
    if problems:
        raise GradingError(problems)
    return points
