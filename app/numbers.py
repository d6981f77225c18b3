"""Numbers (and dates) for people in the Qt layer, in the UI locale (the default :class:`QLocale`, French when the UI is):
``1 004,72``, ``25,8 %``, ``117,8 s`` in French; ``1,004.72``, ``25.8%``, ``117.8 s`` in English.

Item models return these strings for their DisplayRole and keep the raw number for sorting."""

from __future__ import annotations

import math

from PySide6.QtCore import QDateTime, QLocale, Qt

NBSP = "\u00a0"


def _french(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.French


def fmt_number(value: float, decimals: int | None = None) -> str:
    """``value`` with the UI locale's separators; ints without decimals unless ``decimals`` is given,
    floats with 2 by default."""
    locale = QLocale()
    if isinstance(value, int) and not isinstance(value, bool) and decimals is None:
        return locale.toString(value)
    value = float(value)
    if not math.isfinite(value):
        return "–"
    return locale.toString(value, "f", 2 if decimals is None else decimals)


def fmt_count_or_decimal(value: float, decimals: int = 1) -> str:
    """``3`` for a whole number, ``12,5`` for any other (a count or a percentage in one column)."""
    return fmt_number(int(value)) if float(value).is_integer() else fmt_number(float(value), decimals)


def fmt_percent(share: float, decimals: int = 1) -> str:
    """``share`` (0–1) as a percentage: ``25,8 %`` (no-break space) in French, ``25.8%`` in English."""
    number = fmt_number(100.0 * share, decimals)
    return f"{number}{NBSP}%" if _french(QLocale()) else f"{number}%"


def fmt_seconds(seconds: float) -> str:
    """A duration: ``0,4 s``, ``117,8 s``, ``2 min 05 s``."""
    if seconds < 100:
        return f"{fmt_number(float(seconds), 1)}{NBSP}s"
    minutes, rest = divmod(int(round(seconds)), 60)
    return f"{minutes}{NBSP}min {rest:02d}{NBSP}s"


def fmt_general(value: float, digits: int = 6) -> str:
    """A measured value with up to ``digits`` significant digits, as ``{:g}`` in the locale: ``0,25``, ``12``."""
    return QLocale().toString(float(value), "g", digits)


def fmt_datetime(iso: str) -> str:
    """An ISO date-time (``2026-12-02T14:23:05``) in the UI locale's short format: ``02/12/2026 14:23``."""
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:16].replace("T", " ")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def colon() -> str:
    """``" : "`` in French (no-break space before the colon), ``": "`` otherwise."""
    return f"{NBSP}: " if _french(QLocale()) else ": "


def fmt_scientific(value: float, decimals: int = 1) -> str:
    """A tiny number in scientific notation with the locale's decimal separator: ``1,3e-05``."""
    return QLocale().toString(float(value), "e", decimals)
