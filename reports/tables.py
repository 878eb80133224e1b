"""The tables of a report as it was made, read back from its kept web page, for spreadsheets.

A report's page is kept with its PDF (Report.page), so its tables as CSV or XLSX say what the
report said, whatever has changed since. Each table gives its caption, its column headings
(the header row) and its rows, each cell's text on one line ("; " between its paragraphs).

`scrollable` wraps the kept page's tables, for the app only, in the regions that scroll them
at narrow widths: the PDF, printed from the same templates, is left as it was.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.html import escape

# Inside a cell, these start a new line of its text.
BREAKS = {"br", "p", "li", "div"}


@dataclass
class Table:
    caption: str = ""
    headings: list = field(default_factory=list)
    rows: list = field(default_factory=list)


class _TableReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.table, self.row, self.cell = [], None, None, None
        self.in_caption = self.in_head = False
        self.depth = 0  # tables inside tables are read as their cell's text

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.table = Table()
            return
        if self.depth != 1:
            return
        if tag == "caption":
            self.in_caption = True
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = [""]
        elif tag in BREAKS and self.cell is not None:
            self.cell.append("")

    def handle_endtag(self, tag):
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.tables.append(self.table)
                self.table = None
            return
        if self.depth != 1:
            return
        if tag == "caption":
            self.in_caption = False
        elif tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None:
            lines = (" ".join(line.split()) for line in self.cell)
            self.row.append("; ".join(line for line in lines if line))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.in_head and not self.table.headings:
                self.table.headings = self.row
            else:
                self.table.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.depth == 0:
            return
        if self.in_caption:
            self.table.caption = " ".join(f"{self.table.caption} {data}".split())
        elif self.cell is not None:
            self.cell[-1] += data


def tables_of(html):
    """The tables of report HTML, in the order the report shows them."""
    reader = _TableReader()
    reader.feed(html)
    reader.close()
    return reader.tables


# The tags `scrollable` keeps count of, opening or closing.
_TAG = re.compile(r"<(/?)(table|div)\b[^>]*>", re.IGNORECASE)
_CLASS = re.compile(r"""\sclass=["']([^"']*)["']""", re.IGNORECASE)
SCROLL_CLASS = "np-table-scroll"


def scrollable(html):
    """Report HTML with each table that is not in one already in a region that scrolls it
    sideways (as the app's own wide tables are), named by the table's caption, so that a
    report's page fits a narrow screen (WCAG 1.4.10) and the region can be scrolled from the
    keyboard. Tables inside tables stay as they are, inside their outer table's region."""
    out, at = [], 0
    divs = []  # whether each open <div> is a scroll region
    tables = 0  # how deep in tables, and where the outermost one started
    start = None
    for tag in _TAG.finditer(html):
        closing, name = tag.group(1), tag.group(2).lower()
        if name == "div":
            if closing:
                if divs:
                    divs.pop()
            else:
                classes = _CLASS.search(tag.group(0))
                divs.append(bool(classes) and SCROLL_CLASS in classes.group(1).split())
            continue
        if not closing:
            tables += 1
            if tables == 1 and not any(divs):
                start = tag.start()
        elif tables:
            tables -= 1
            if tables == 0 and start is not None:
                table = html[start : tag.end()]
                caption = next(iter(tables_of(table)), Table()).caption or "A table of the report"
                out.append(html[at:start])
                out.append(
                    f'<div class="{SCROLL_CLASS}" role="region" aria-label="{escape(caption)}"'
                    f' tabindex="0">{table}</div>'
                )
                at, start = tag.end(), None
    out.append(html[at:])
    return "".join(out)
