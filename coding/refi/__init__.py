"""REFI-QDA 1.5 exchange: ``.qdpx`` projects and ``.qdc`` codebooks, with a data-loss report.

Public API: :func:`export_qdpx`, :func:`import_qdpx`, :func:`export_qdc`, :func:`import_qdc`,
:class:`DataLossReport`, :class:`RefiError`.
"""

from coding.refi.api import export_qdc, export_qdpx, import_qdc, import_qdpx, inspect_qdpx, read_qdpx
from coding.refi.report import DataLossReport, LossEntry, RefiError

__all__ = ["DataLossReport", "LossEntry", "RefiError", "export_qdc", "export_qdpx", "import_qdc", "import_qdpx",
           "inspect_qdpx", "read_qdpx"]
