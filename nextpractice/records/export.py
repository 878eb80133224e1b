"""One way to export a list: CSV that Excel opens correctly, and XLSX, from its columns.

CSV is UTF-8 with a byte-order mark (so Excel reads accents and non-Latin names), and every
cell that a spreadsheet would run as a formula is given a leading quote to stay text. The
XLSX holds the same values, each text cell written as text, so none is ever a formula.
"""

import csv
import datetime
import io
import re
from decimal import Decimal

from django.http import Http404, HttpResponse
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from nextpractice.words import plain_number

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def plain_cell(value):
    """Numbers stay numbers; dates as 2007-01-15; None as empty; anything else as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def safe_cell(value):
    """A CSV cell a spreadsheet will not run as a formula: such text gets a leading quote;
    a fraction to two places."""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, Decimal):  # 2.5 hours, not 2.50 (a spreadsheet's cell keeps a number)
        return plain_number(value)
    value = plain_cell(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(headings, rows):
    """`rows` under `headings` as a CSV file's bytes, safe to open in a spreadsheet."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    for row in [headings, *rows]:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


def _xlsx(headings, rows, title):
    book = Workbook(write_only=True)
    # A sheet's name holds at most 31 characters and none of []:*?/\ (Excel refuses them).
    sheet = book.create_sheet(title=re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Sheet1")
    for row in [headings, *rows]:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=plain_cell(value))
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def requested_format(request):
    """The format a list's export link asks for: `?format=xlsx`, otherwise CSV."""
    return "xlsx" if request.GET.get("format") == "xlsx" else "csv"


def export_response(*, headings, rows, filename, fmt="csv", title="Export"):
    """An attachment of `rows` (iterables of values) under `headings`, as `fmt` ("csv" or
    "xlsx"); 404 for any other format. `filename` has no extension."""
    if fmt not in FORMATS:
        raise Http404("No such export.")
    body = csv_bytes(headings, rows) if fmt == "csv" else _xlsx(headings, list(rows), title)
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def export_columns(*, columns, records, filename, fmt="csv", title="Export"):
    """Export `records` through declared `columns` (each with `heading` and `value(record)`)."""
    return export_response(
        headings=[c.heading for c in columns],
        rows=([c.value(r) for c in columns] for r in records),
        filename=filename,
        fmt=fmt,
        title=title,
    )
