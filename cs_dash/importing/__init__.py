"""From a real CSV export to a canonical table: sniff, map, parse, load, keep what was rejected."""

from cs_dash.importing.pipeline import import_file
from cs_dash.importing.result import REJECT_COLUMNS, Conversion, ImportOptions, ImportResult

__all__ = ["REJECT_COLUMNS", "Conversion", "ImportOptions", "ImportResult", "import_file"]
