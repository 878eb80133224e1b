"""Making a report: its HTML from the parts (reports/parts.py) and its PDF with WeasyPrint.

`report_html(subject)` assembles the data and the HTML: page one is the summary (each part's
summary blocks, after what needs attention), then the contents, the parts' sections in
order, and the appendix. `render_pdf(html)` turns finished HTML into PDF bytes. The PDF's
stylesheet is reports/static/reports/report.css, read from the disk through the static
files finders; WeasyPrint fetches nothing else, and never from the network.
"""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

from .parts import Period, sections_for

STYLESHEET = "reports/report.css"
KIND_LABELS = {"Programme": "Programme", "Project": "Project", "FieldTrial": "Field trial"}


def report_html(subject, requested_by=None, *, made_at=None, kind_label="On request", period=None):
    """The whole report of `subject` (a programme, project or field trial) as HTML, covering
    `period` (by default the month up to the day it is made, `made_at`)."""
    made_at = timezone.localtime(made_at or timezone.now())
    period = period or Period.month_to(made_at.date())
    summary, body, appendix, attention = [], [], [], []
    for section in sections_for(subject, period):
        attention.extend(section.get("attention", []))
        rendered = {
            "title": section["title"],
            "html": render_to_string(section["template"], section["context"]),
        }
        if section.get("summary"):
            summary.append(rendered)
        else:
            (appendix if section.get("appendix") else body).append(rendered)
    sections = body + appendix
    for number, section in enumerate(sections, start=1):
        section.update(number=number, anchor=f"section-{number}")
    if appendix:
        appendix[0]["starts_appendix"] = True
    return render_to_string(
        "reports/report.html",
        {
            "subject": subject,
            "subject_label": KIND_LABELS[type(subject).__name__],
            "programme": _programme_of(subject),
            "made_at": made_at,
            "period": period,
            "requested_by": requested_by,
            "kind_label": kind_label,
            "attention": attention,
            "summary": summary,
            "sections": sections,
            "stylesheet": STYLESHEET.rsplit("/", 1)[1],
        },
    )


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
    # A tagged PDF: headings, lists, tables and reading order are in the file, so a screen
    # reader can follow it (public bodies in England must publish accessible documents).
    return Pdf(content=document.write_pdf(pdf_tags=True), pages=len(document.pages))
