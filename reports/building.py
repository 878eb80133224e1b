"""Making a report: its HTML from the parts (reports/parts.py) and its PDF with WeasyPrint.

`report_html(subject)` assembles the data and the HTML: page one is the summary (each part's
summary blocks, after what needs attention), then the contents, the parts' sections in
order (for a project not yet in Incubate, those of the later phases with nothing to tell in
one, `before_incubation`), and the appendix. `render_pdf(html)` turns finished HTML into PDF
bytes. The PDF's stylesheet is reports/static/reports/report.css, read from the disk through
the static files finders; WeasyPrint fetches nothing else, and never from the network.
"""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

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
    body = render_to_string("reports/_report_body.html", context)
    return ReportDocument(
        html=render_to_string("reports/report.html", {**context, "body": body}), body=body
    )


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
    content = document.write_pdf(pdf_variant=PDF_VARIANT, finisher=captions_in_their_figures)
    return Pdf(content=content, pages=len(document.pages))


def captions_in_their_figures(document, pdf):
    """A WeasyPrint finisher: each figure's caption (a <figcaption>) goes inside the figure's
    tag, its last child, as WeasyPrint puts a table's caption inside its table. WeasyPrint
    tags a <figure> as a NonStruct that holds the drawing's Figure and, beside it, the
    Caption; a screen reader would not know whose caption it is."""
    elements = [
        obj
        for obj in pdf.objects
        if isinstance(obj, dict) and obj.get("Type") == "/StructElem" and "S" in obj
    ]
    by_reference = {element.reference: element for element in elements}

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
