"""Making a report: its HTML from the parts (reports/parts.py) and its PDF with WeasyPrint.

`report_html(subject)` assembles the data and the HTML; `render_pdf(html)` turns finished
HTML into PDF bytes. The PDF's stylesheet is reports/static/reports/report.css, read from
the disk through the static files finders; WeasyPrint fetches nothing else, and never from
the network.
"""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone

from .parts import sections_for

STYLESHEET = "reports/report.css"
KIND_LABELS = {"Programme": "Programme", "Project": "Project", "FieldTrial": "Field trial"}


def report_html(subject, requested_by=None, *, made_at=None, kind_label="On request"):
    """The whole report of `subject` (a programme, project or field trial) as HTML."""
    made_at = made_at or timezone.now()
    sections = []
    for number, section in enumerate(sections_for(subject), start=1):
        sections.append(
            {
                "title": section["title"],
                "anchor": f"section-{number}",
                "number": number,
                "html": render_to_string(section["template"], section["context"]),
            }
        )
    return render_to_string(
        "reports/report.html",
        {
            "subject": subject,
            "subject_label": KIND_LABELS[type(subject).__name__],
            "programme": _programme_of(subject),
            "made_at": timezone.localtime(made_at),
            "requested_by": requested_by,
            "kind_label": kind_label,
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
