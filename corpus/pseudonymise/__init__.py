"""Pseudonymisation of a project: detection (patterns, project names, lists, an optional NER passed
in), the review / correspondence table, and a pseudonymised copy with every offset remapped."""

from corpus.pseudonymise.apply import CopyReport, pseudonymise_copy
from corpus.pseudonymise.detect import DetectOptions, detect_spans, detect_texts, known_names
from corpus.pseudonymise.project import detect_project, project_names
from corpus.pseudonymise.replace import Replacer
from corpus.pseudonymise.table import group_detections, propose_replacements, read_table, write_table
from corpus.pseudonymise.types import KINDS, Detection, Entity

__all__ = ["KINDS", "CopyReport", "DetectOptions", "Detection", "Entity", "Replacer", "detect_project",
           "detect_spans", "detect_texts", "group_detections", "known_names", "project_names",
           "propose_replacements", "pseudonymise_copy", "read_table", "write_table"]
