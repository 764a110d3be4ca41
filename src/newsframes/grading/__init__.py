"""Graded assignments from the lessons: build the student and grader versions, grade submissions.

``make assignments`` (:mod:`.assignments`) and ``make grade`` (:mod:`.gradebook`); each
submission runs in a sandboxed kernel (:mod:`.runner`, :mod:`.guard`) and its answers are
checked in the grader's own process (:mod:`.transfer`, :mod:`.hidden`).
"""
