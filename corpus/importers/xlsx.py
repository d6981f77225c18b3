"""Excel ``.xlsx`` workbooks: the first sheet as a :class:`tables.Table` (openpyxl, read-only mode).

The sheet's declared dimension is ignored (a hostile file may declare ``A1:XFD1048576`` around one
cell): rows are streamed as stored, blank rows skipped, and the rows, columns and cells read are
counted against the table limits as they arrive.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path

from ..messages import msg
from .base import ImportFailure, printable
from .common import check_office_container, open_zip
from .encoding import normalize_text
from .limits import MAX_CELLS, MAX_ROWS
from .tables import Table, check_table_size, make_table


def cell_text(value: object) -> str:
    """A spreadsheet value as text (integral floats without ``.0``, dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return normalize_text(str(value))


def _sheet_rows(path: str | Path, sheet) -> list[list[str]]:
    """The non-blank rows of a read-only sheet, within the table limits."""
    sheet.reset_dimensions()  # never trust <dimension ref="A1:XFD1048576"/>
    rows: list[list[str]] = []
    seen = cells = width = 0
    for values in sheet.iter_rows(values_only=True):
        seen += 1
        if seen > MAX_ROWS:
            check_table_size(path, seen, 0, 0)
        if not any(value is not None for value in values):
            continue
        cells += len(values)
        width = max(width, len(values))
        if cells > MAX_CELLS:
            check_table_size(path, len(rows), width, cells)
        rows.append([cell_text(value) for value in values])
    return rows


def read_xlsx(path: str | Path, data: bytes) -> Table:
    """Read the first sheet of an .xlsx workbook."""
    what = msg("the Excel workbook")
    check_office_container(path, data, what, msg("open it in Excel and save it as .xlsx"))
    open_zip(path, data, what).close()
    import openpyxl

    try:
        with warnings.catch_warnings():  # "no default style", "unknown extension": noise on stderr
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, InvalidFileException, XML errors...
        raise ImportFailure(path, msg("the Excel workbook cannot be read (damaged?): {cause}",
                                      cause=printable(" ".join(str(exc).split()) or type(exc).__name__, 120))) from exc
    try:
        if not workbook.worksheets:
            raise ImportFailure(path, msg("the Excel workbook has no worksheet"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = _sheet_rows(path, workbook.worksheets[0])
    except ImportFailure:
        raise
    except Exception as exc:
        raise ImportFailure(path, msg("the Excel workbook cannot be read (damaged?): {cause}",
                                      cause=printable(" ".join(str(exc).split()) or type(exc).__name__, 120))) from exc
    finally:
        workbook.close()
    return make_table(path, raw)
