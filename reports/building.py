"""Making a report: its HTML from the parts (reports/parts.py) and its PDF with WeasyPrint.

`report_html(subject)` assembles the data and the HTML: page one is the summary (each part's
summary blocks, after what needs attention), then the contents, the parts' sections in
order (for a project not yet in Incubate, those of the later phases with nothing to tell in
one, `before_incubation`), and the appendix. `render_pdf(html)` turns finished HTML into PDF
bytes. The PDF's stylesheet is reports/static/reports/report.css, read from the disk through
the static files finders; WeasyPrint fetches nothing else, and never from the network.

A table cell or paragraph shows at most `SHOWN` characters of what a person typed, and no
word longer than `LONGEST_WORD` (`cut_short`): WeasyPrint took minutes to lay out a cell of a
few thousand emoji, and the worker stops a report at 240 s and says it failed.
"""

import html as html_module
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .changes import changes_since_last_report
from .parts import Period, sections_for

STYLESHEET = "reports/report.css"
PDF_VARIANT = "pdf/ua-1"
KIND_LABELS = {"Programme": "Programme", "Project": "Project", "FieldTrial": "Field trial"}


@dataclass
class ReportDocument:
    """A report as made: `html`, the whole document WeasyPrint prints, and `body`, the same
    report from its title block to its last section, kept as its web page."""

    html: str
    body: str


def report_html(subject, requested_by=None, *, made_at=None, kind_label="On request", period=None):
    """The whole report of `subject` (a programme, project or field trial) as HTML, covering
    `period` (by default the month up to the day it is made, `made_at`)."""
    return report_document(
        subject, requested_by, made_at=made_at, kind_label=kind_label, period=period
    ).html


def report_document(
    subject, requested_by=None, *, made_at=None, kind_label="On request", period=None
):
    """The report of `subject` as a `ReportDocument` (see `report_html`)."""
    made_at = timezone.localtime(made_at or timezone.now())
    period = period or Period.month_to(made_at.date())
    summary, main, appendix, attention = [], [], [], []
    parts = sections_for(subject, period)
    for section in parts:
        attention.extend(section.get("attention", []))
    for section in before_incubation(parts):
        rendered = {
            "title": section["title"],
            "html": render_to_string(section["template"], section["context"]),
        }
        if section.get("summary"):
            summary.append(rendered)
        else:
            (appendix if section.get("appendix") else main).append(rendered)
    sections = main + appendix
    for number, section in enumerate(sections, start=1):
        section.update(number=number, anchor=f"section-{number}")
    if appendix:
        appendix[0]["starts_appendix"] = True
    context = {
        "subject": subject,
        "subject_label": KIND_LABELS[type(subject).__name__],
        "programme": _programme_of(subject),
        "made_at": made_at,
        "period": period,
        "requested_by": requested_by,
        "kind_label": kind_label,
        "attention": attention,
        # A period that ended before the report was made: its attention is told as of then.
        "past_period": period.ends_at <= made_at,
        "summary": summary,
        # As of the period's end (a report of November made in December says nothing of
        # December), or of now for a period that ends today.
        "changes": changes_since_last_report(subject, period, as_of=min(made_at, period.ends_at)),
        "sections": sections,
        "stylesheet": STYLESHEET.rsplit("/", 1)[1],
    }
    body = cut_short(render_to_string("reports/_report_body.html", context))
    return ReportDocument(
        html=render_to_string("reports/report.html", {**context, "body": body}), body=body
    )


# What one block of a report (a table cell, a paragraph, a list item, a heading) shows of
# its text at most, and of one word (text with no space in it: a run of emoji, Chinese, a
# link). WeasyPrint works out how narrow a table cell can be by laying out, at each place a
# line may break, the rest of the word from there: a word of n emoji, each a place to break,
# costs n layouts of up to n characters (2,000 in one cell took 14 s, 5,000 over 40 s),
# where text with spaces costs a layout a word.
SHOWN = 1500
LONGEST_WORD = 300
CUT_NOTE = "… (cut short here: the whole text is in Next Practice)"
# Tags inside a block's text: any other tag starts or ends a block.
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    "wbr",
}  # fmt: skip
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][\w:-]*)")


def cut_short(html, *, shown=SHOWN, longest_word=LONGEST_WORD):
    """Report HTML with each block's text cut short after `shown` characters, or within a
    word longer than `longest_word`: at the last space before that, if one is in the
    `longest_word` characters before it, else there (never inside a character, such as an
    emoji made of several), with `CUT_NOTE` after it and the rest of the block's text left
    out. The tags are all kept, so the tables and the PDF's tags are as they were."""
    out = []
    count = word = 0  # characters so far in this block, and in its last word
    cut = False
    for piece in _TAG.split(html):
        if piece.startswith("<"):
            name = _TAG_NAME.match(piece)
            if name and name.group(1).lower() not in INLINE:
                count = word = 0
                cut = False
            out.append(piece)
            continue
        if cut or not piece:
            continue
        text = html_module.unescape(piece)
        at = None
        for index, character in enumerate(text):
            count += 1
            word = 0 if character.isspace() else word + 1
            if count > shown or word > longest_word:
                at = index
                break
        if at is None:
            out.append(piece)
            continue
        space = max(
            (i for i in range(at - 1, max(at - longest_word, 0) - 1, -1) if text[i].isspace()),
            default=None,
        )
        kept = text[:space] if space is not None else text[: _between_characters(text, at)]
        out.append(escape(kept.rstrip() + CUT_NOTE))
        cut = True
    return mark_safe("".join(out))  # the tags as they came, the text cut escaped again


ZERO_WIDTH_JOINER = "\u200d"


def _between_characters(text, at):
    """`at`, or the nearest place before it that is not inside a character a person sees as
    one (an emoji with its skin tone, a flag, a letter with its accents)."""

    def joins(character):
        code = ord(character)
        return (
            unicodedata.category(character) in ("Mn", "Mc", "Me")  # accents, emoji variation
            or character == ZERO_WIDTH_JOINER
            or 0x1F3FB <= code <= 0x1F3FF  # skin tones
            or 0xE0020 <= code <= 0xE007F  # tags (the flags of England, Scotland, Wales)
        )

    def regional(character):
        return 0x1F1E6 <= ord(character) <= 0x1F1FF  # two make a flag

    while at > 0 and (joins(text[at]) or text[at - 1] == ZERO_WIDTH_JOINER):
        at -= 1
    if at > 0 and regional(text[at]):
        pairs = 0
        while at - pairs > 0 and regional(text[at - pairs - 1]):
            pairs += 1
        at -= pairs % 2
    return at


def before_incubation(sections):
    """`sections` as the report prints them: for a project not yet in Incubate (a section
    `"instead_of_incubation"` stands in), those of what starts there with nothing to tell
    (`"incubation"` and `"empty"`) left out, and the stand-in, where it is, naming them in
    its context's `left_out`; the stand-in left out when there are none, as in every other
    report. The contents and the headings are of what is left."""
    stand_in = any(section.get("instead_of_incubation") for section in sections)
    empty = [
        section
        for section in sections
        if stand_in
        and section.get("incubation")
        and section.get("empty")
        and not section.get("summary")
    ]
    printed = []
    for section in sections:
        if section.get("instead_of_incubation"):
            if empty:
                left_out = [each["title"] for each in empty]
                printed.append({**section, "context": {**section["context"], "left_out": left_out}})
        elif not any(section is each for each in empty):
            printed.append(section)
    return printed


def _programme_of(subject):
    name = type(subject).__name__
    if name == "Programme":
        return None
    if name == "Project":
        return subject.programme
    return subject.project.programme


def _static_folder():
    found = finders.find(STYLESHEET)
    if not found:
        raise RuntimeError(f"The report stylesheet {STYLESHEET} is not among the static files.")
    return Path(found).parent


def _fetcher(folder):
    """A WeasyPrint URL fetcher that reads files in `folder` only: no network, no other
    files (user-entered text is escaped, but a stray URL must never be fetched)."""
    from weasyprint.urls import URLFetcher

    root = folder.resolve().as_uri() + "/"

    class StaticOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith(root) or ".." in url:
                raise ValueError(f"Reports fetch only their own stylesheet, not {url}")
            return super().fetch(url, headers)

    return StaticOnly(allowed_protocols=["file"])


@dataclass
class Pdf:
    content: bytes
    pages: int


def render_pdf(html):
    """PDF bytes of finished report HTML (see `render_pdf_with_pages` for the page count)."""
    return render_pdf_with_pages(html).content


def render_pdf_with_pages(html):
    from weasyprint import HTML

    folder = _static_folder()
    document = HTML(
        string=html, base_url=folder.as_uri() + "/", url_fetcher=_fetcher(folder)
    ).render()
    # PDF/UA-1: a tagged PDF (headings, lists, table headers, figures with their alternative
    # text and the reading order are in the file, so a screen reader can follow it) that
    # declares its conformance, with the page's <title> as its title and its lang as its
    # language. Public bodies in England must publish accessible documents.
    content = document.write_pdf(pdf_variant=PDF_VARIANT, finisher=finish_tags)
    return Pdf(content=content, pages=len(document.pages))


def finish_tags(document, pdf):
    """The WeasyPrint finisher of reports: the tags WeasyPrint writes, mended where a screen
    reader would be lost (see the two steps)."""
    captions_in_their_figures(document, pdf)
    tables_whole_with_scopes(document, pdf)


def _structure_elements(pdf):
    """The structure elements of a PDF WeasyPrint is writing, by their references."""
    return {
        obj.reference: obj
        for obj in pdf.objects
        if isinstance(obj, dict) and obj.get("Type") == "/StructElem" and "S" in obj
    }


def captions_in_their_figures(document, pdf):
    """A WeasyPrint finisher: each figure's caption (a <figcaption>) goes inside the figure's
    tag, its last child, as WeasyPrint puts a table's caption inside its table. WeasyPrint
    tags a <figure> as a NonStruct that holds the drawing's Figure and, beside it, the
    Caption; a screen reader would not know whose caption it is."""
    by_reference = _structure_elements(pdf)
    elements = list(by_reference.values())

    def kids(element):
        return [by_reference[k] for k in element.get("K", ()) if k in by_reference]

    def figures_under(element):
        for kid in kids(element):
            if kid["S"] == "/Figure":
                yield kid
            elif kid["S"] == "/NonStruct":
                yield from figures_under(kid)

    for caption in [element for element in elements if element["S"] == "/Caption"]:
        holder = by_reference.get(caption.get("P"))
        if holder is None or holder["S"] != "/NonStruct":
            continue  # a table's caption, inside its table already
        figures = list(figures_under(holder))
        if len(figures) != 1:
            continue
        figure = figures[0]
        holder["K"].remove(caption.reference)
        figure["K"].append(caption.reference)
        caption["P"] = figure.reference


# A header cell's scope in the tags, from its HTML scope: a <th> without one heads its column,
# as WeasyPrint takes it when it links cells to their headers.
SCOPES = {"row": "/Row", "rowgroup": "/Row", "col": "/Column", "colgroup": "/Column"}


def tables_whole_with_scopes(document, pdf):
    """A WeasyPrint finisher: each header cell's tag says whether it heads a column or a row
    (/Scope, from its HTML scope), and a table split across pages is one Table again.

    WeasyPrint (70) tags each page on its own (weasyprint/pdf/tags.py, `add_tags`: one
    `_build_box_tree(page_box, ...)` per page), so a long table became one Table per page,
    only the first with its caption; and it reads a <th>'s scope only to link the cells to
    their headers (`cell.element.attrib.get('scope') == 'row'`), never writing /Scope. Here
    the later parts' rows join the first part, after its header; the header WeasyPrint
    repeats at the top of each later page (thead is a table-header-group) is still printed
    there, but as a pagination artifact, like the running title, and the cells below it are
    linked to the first page's header cells, so a screen reader meets one table, with its
    caption and one header, and still hears each cell's column on every page.

    WeasyPrint keeps each cell's tag on the cell's box (`box.mark`), which is how a tag is
    matched to its HTML <th> and <table> here."""
    by_reference = _structure_elements(pdf)
    parts = {}  # each HTML table's Table tags, page by page
    for page in document.pages:
        for cell, html_table in _tagged_cells(page._page_box):
            if cell.element_tag == "th":
                scope = SCOPES.get(cell.element.get("scope", "").strip().lower(), "/Column")
                cell.mark["A"]["Scope"] = scope
            table = _tag_above(cell.mark, "/Table", by_reference)
            if table is None or html_table is None:
                continue
            tables = parts.setdefault(id(html_table), [])
            if not any(table is each for each in tables):
                tables.append(table)
    for tables in parts.values():
        if len(tables) > 1:
            _join(tables[0], tables[1:], pdf, by_reference)


def _tagged_cells(box, html_table=None):
    """The table cells under `box` whose tags WeasyPrint kept on them, in page order, each with
    the HTML <table> it is in (WeasyPrint's elements do not know their parents)."""
    for child in getattr(box, "children", ()):
        child = getattr(child, "_box", child)  # an absolutely placed box's placeholder
        if child.element_tag in ("th", "td") and getattr(child, "mark", None) is not None:
            yield child, html_table
        yield from _tagged_cells(
            child, child.element if child.element_tag == "table" else html_table
        )


def _tag_above(element, tag, by_reference):
    while element is not None and element["S"] != tag:
        element = by_reference.get(element.get("P"))
    return element


def _tags_under(element, tag, by_reference):
    for reference in element.get("K", ()):
        kid = by_reference.get(reference)
        if kid is None:
            continue
        if kid["S"] == tag:
            yield kid
        yield from _tags_under(kid, tag, by_reference)


def _join(first, later, pdf, by_reference):
    """`later` parts of a table, page by page, joined to its `first` part (see
    `tables_whole_with_scopes`)."""

    def head_of(table):
        kids = (by_reference.get(reference) for reference in table["K"])
        return next((kid for kid in kids if kid is not None and kid["S"] == "/THead"), None)

    head = head_of(first)
    for part in later:
        renamed = {}  # a repeated header cell's ID (by id()): the first page's cell's ID
        for reference in list(part["K"]):
            kid = by_reference.get(reference)
            if kid is not None and kid["S"] == "/THead" and head is not None:
                headers = _tags_under(head, "/TH", by_reference)
                repeated = _tags_under(kid, "/TH", by_reference)
                for cell, header in zip(repeated, headers, strict=False):
                    if "ID" in cell and "ID" in header:
                        renamed[id(cell["ID"])] = header["ID"]
                _as_pagination_artifact(kid, pdf, by_reference)
            else:
                if kid is not None:
                    kid["P"] = first.reference
                first["K"].append(reference)
        head = head_of(first)
        for cell in _tags_under(part, "/TD", by_reference):
            linked = cell.get("A", {}).get("Headers")
            if linked is not None:
                linked[:] = [renamed.get(id(key), key) for key in linked]
        by_reference[part["P"]]["K"].remove(part.reference)


def _as_pagination_artifact(element, pdf, by_reference):
    """The content of `element`'s tags marked on its page as a pagination artifact (a header
    repeated at the top of a page), and left out of the structure tree."""
    import pydyf

    by_page = {}
    pending = [element]
    while pending:
        each = pending.pop()
        for kid in each.get("K", ()):
            if isinstance(kid, int):
                by_page.setdefault(each["Pg"], set()).add(kid)
            elif kid in by_reference:
                pending.append(by_reference[kid])
    structure_root = _object(pdf, pdf.catalog["StructTreeRoot"])
    parent_tree = _object(pdf, structure_root["ParentTree"])["Nums"]
    for page_reference, mcids in by_page.items():
        page_number = pdf.page_references.index(page_reference)
        stream = _object(pdf, _object(pdf, page_reference)["Contents"]).stream
        for index, item in enumerate(stream):
            if isinstance(item, dict) and item.get("MCID") in mcids:
                stream[index - 1] = "/Artifact"
                stream[index] = pydyf.Dictionary({"Type": "/Pagination", "Subtype": "/Header"})
        page_parents = parent_tree[parent_tree.index(page_number) + 1]
        for mcid in mcids:
            page_parents[mcid] = b"null"


def _object(pdf, reference):
    return pdf.objects[int(reference.split()[0])]
