"""A project with trials and records, for report tests; and reading PDFs back."""

import datetime
import subprocess

from django.utils import timezone

from fieldtrials.models import Milestone, OfferUse, PowerToInnovateRequest, SupportSession
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory

RAGS = ["green", "amber", "red"]
# When the records of these tests' 2007 story were written: reports are as of their period's
# end, and leave out what was written after it.
WRITTEN = timezone.make_aware(datetime.datetime(2007, 1, 10, 9, 0))


def project_with_trials(size, *, consultant, title="Lantern Project"):
    """A project in Incubate with `size` trials, each with a RAG status, an overdue and a
    done milestone, support, an element of the offer and a Power to Innovate request."""
    project = ProjectFactory(title=title, stage="incubate")
    day = datetime.date(2007, 1, 15)
    for n in range(size):
        trial = FieldTrialFactory(
            project=project,
            title=f"Beacon Trial {n:02d}",
            latest_rag=RAGS[n % 3],
            latest_update_month=datetime.date(2007, 1, 1),
            # Incubating since 2 October 2006: a trial with no start date has not started.
            start_date=datetime.date(2006, 10, 2),
            created_at=WRITTEN,
        )
        Milestone.objects.create(
            field_trial=trial, title=f"Overdue step {n}", due_on=day, created_at=WRITTEN
        )
        Milestone.objects.create(
            field_trial=trial,
            title=f"Done step {n}",
            due_on=day,
            completed_on=day,
            created_at=WRITTEN,
        )
        SupportSession.objects.create(
            field_trial=trial, held_on=day, given_by=consultant, kind="consultancy", hours=2
        )
        OfferUse.objects.create(
            field_trial=trial, element="obstacle_removal", asked_for="Help", created_at=WRITTEN
        )
        PowerToInnovateRequest.objects.create(
            field_trial=trial,
            regulation=f"School Day Regulation {n}",
            variation_sought="A four-day week",
            case="c",
            state="submitted",
            submitted_on=WRITTEN.date(),
            created_at=WRITTEN,
        )
    return project


def pdf_text(content):
    """The text of a PDF, as pdftotext (poppler-utils) reads it."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return result.stdout.decode()


def pdf_info(content):
    """What pdfinfo (poppler-utils) says of a PDF: pages, whether it is tagged..."""
    result = subprocess.run(["pdfinfo", "-"], input=content, capture_output=True, check=True)
    return result.stdout.decode()


def pdf_page_text(content, page):
    """The text of one page of a PDF, as pdftotext reads it."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), "-", "-"],
        input=content,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode()


def link_names(html):
    """Each link of `html` as (href, the name a screen reader reads: its text, visually hidden
    words included, with spaces run together)."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found, self.open = [], None

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.open = [dict(attrs).get("href"), ""]

        def handle_data(self, data):
            if self.open:
                self.open[1] += data

        def handle_endtag(self, tag):
            if tag == "a" and self.open:
                self.found.append((self.open[0], " ".join(self.open[1].split())))
                self.open = None

    parser = Links()
    parser.feed(html)
    return parser.found
