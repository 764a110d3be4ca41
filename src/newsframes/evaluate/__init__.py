"""Evaluation: precision, recall and agreement of the package against ``data/annotations``."""

from newsframes.evaluate.agreement import Agreement
from newsframes.evaluate.coverage import (
    REFERENCES,
    absent_annotated,
    annotated_articles,
    reference_coverage,
)
from newsframes.evaluate.frames import (
    FrameAgreement,
    cohen_kappa,
    frame_agreement,
    frame_coding_table,
    frame_precision_judgement,
    human_frame_scores,
    load_frame_coding,
    load_frame_precision,
)
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
    "REFERENCES",
    "Agreement",
    "AnnotationError",
    "FrameAgreement",
    "absent_annotated",
    "annotated_articles",
    "annotation_path",
    "boundary_agreement",
    "cohen_kappa",
    "frame_agreement",
    "frame_coding_table",
    "frame_precision_judgement",
    "human_frame_scores",
    "in_context",
    "load_annotations",
    "load_checked_quotes",
    "load_frame_coding",
    "load_frame_precision",
    "load_sentence_boundaries",
    "load_sentence_cases",
    "mention_agreement",
    "reference_coverage",
    "sentence_case_accuracy",
]
