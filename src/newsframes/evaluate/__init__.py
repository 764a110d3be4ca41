"""Evaluation: precision, recall and agreement of the package against ``data/annotations``."""

from newsframes.evaluate.mentions import (
    AnnotationError,
    annotation_path,
    boundary_agreement,
    in_context,
    load_annotations,
    load_checked_quotes,
    load_sentence_boundaries,
    load_sentence_cases,
    mention_agreement,
    sentence_case_accuracy,
)

__all__ = [
    "AnnotationError",
    "annotation_path",
    "boundary_agreement",
    "in_context",
    "load_annotations",
    "load_checked_quotes",
    "load_sentence_boundaries",
    "load_sentence_cases",
    "mention_agreement",
    "sentence_case_accuracy",
]
