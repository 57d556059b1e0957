"""Prints a workbook as openpyxl reads it, as JSON: each sheet's name, its
filter's range, its frozen cell, its charts' types, and its cells with
the type openpyxl gives them, their value and their number format."""

import datetime
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    if isinstance(value, datetime.datetime):
        kind, value = "datetime", value.isoformat(sep=" ")
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, (int, float)):
        kind = "number"
    elif value is None:
        kind = "empty"
    else:
        kind = "text"
    return {"type": kind, "value": value, "format": c.number_format}


book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([
    {
        "name": sheet.title,
        "filter": sheet.auto_filter.ref,
        "frozen": sheet.freeze_panes,
        "charts": [type(chart).__name__ for chart in sheet._charts],
        "rows": [[cell(c) for c in row] for row in sheet.iter_rows()],
    }
    for sheet in book.worksheets
], ensure_ascii=False))
