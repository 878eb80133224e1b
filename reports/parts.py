"""The registry of report parts, discovered as Django discovers admin modules.

Each app that has something to say in a progress report keeps it in its own `reporting.py`
and registers one function there:

    from reports.parts import register

    @register(order=20)
    def part(subject, period):
        return [{"title": ..., "template": ..., "context": {...}}]

`subject` is a programme, project or field trial; `period` (a `Period`) is what the report
covers, and its `end` is the date lateness is measured against. A report is "as of" its
period's end, whenever it is made: a part shows what was recorded by then, records dated on
or before `period.end` and written before `period.ends_at` (`period.recorded()`), so a
report of November made in December shows none of December's lessons, take-ups,
measurements, support, uses of the incubation offer, Power to Innovate requests (made or
submitted in December), exercises, trials, milestones or risks, and a milestone done in
December as still open. A project's stage is read from its stage moves, a trial's status
from its status changes, its rating from its monthly updates and a risk's being open from
its history, an objective's being agreed from its agree and reopen events, an option's
status from its decisions and a stimulus's being kept from its keep and unkeep events, each
as it stood then (so each stage's counts of what it opened out and kept are of then). What
keeps no history (a Power to Innovate request's state, whether a project's gate holds) is
told as it is now, and a report of a period already over says so ("now"); a stage not
reached by then shows no counts.
Each section is a dict `{"title", "template", "context"}` with, optionally,
`"summary": True` (a block of the one-page summary instead of a section of the body),
`"appendix": True` (after every other section) and `"attention": [sentence, ...]` (what
the summary's "Needs attention" lists).
A project that had not reached Incubate by the period's end is not given pages of "No field
trials by...", "No lessons recorded": a section of what starts there (its field trials, their
offer, evaluation and learning) says so with `"incubation": True`, and `"empty": True` when it
has nothing to tell; the programmes part then gives one section `"instead_of_incubation":
True`, which stands in for the empty ones (reports.building.before_incubation).
Parts run in their `order`, so sections keep a reading order across apps.

`discover()` imports every installed app's `reporting` module (django.utils.module_loading.
autodiscover_modules): a module that fails to import fails the report, so a broken part is
never silently left out, and `missing_parts()` names each app that should contribute and
does not (a test asserts there are none).
"""

import datetime
import sys
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.apps import apps
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules, module_has_submodule

# Apps that report whatever they declare; an app with record kinds (a `kinds.py`) must too.
REPORTING_APPS = ("programmes", "fieldtrials", "toolkit", "evaluation")


@dataclass(frozen=True)
class Period:
    """What a report covers: from `start` to `end` (the report's own date), both days
    included, as its cover says ("Covers 1 November 2026 to 30 November 2026")."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def month_to(cls, end):
        """The month up to `end`, the default period of a report made on `end`: from the
        day after the same date a month before (7 November to 6 December), so that one
        month's report and the next share no day."""
        return cls(start=end - relativedelta(months=1) + datetime.timedelta(days=1), end=end)

    @classmethod
    def of_month(cls, first_day):
        """The calendar month starting `first_day`: what a monthly report covers."""
        return cls(
            start=first_day, end=first_day + relativedelta(months=1) - datetime.timedelta(days=1)
        )

    @property
    def ends_at(self):
        """The moment the period ends: midnight (local time) after its last day. What was
        recorded before then is in the report; what was recorded at or after it is not."""
        next_day = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(next_day)

    @property
    def over(self):
        """Whether the period had ended when the report is made (now): what keeps no history
        (a gate's holding) is then read as it is now, not as it was at the period's end, and
        the report says "now"."""
        return timezone.now() >= self.ends_at

    def recorded(self, field="created_at"):
        """A filter (Q) for records written before the period ended, by a time `field`."""
        return Q(**{f"{field}__lt": self.ends_at})

    @property
    def next_end(self):
        """The end of the next period of the same length (what is "due next")."""
        return self.end + (self.end - self.start)


@dataclass(frozen=True)
class Part:
    app_label: str
    order: int
    module: str
    name: str

    @property
    def function(self):
        # Read from the module at each call, so the module's own name for it is the one
        # that runs (a test replacing it reaches the report).
        return getattr(sys.modules[self.module], self.name)


class PartRegistry:
    """Report parts by the module that registered them, read in their `order`."""

    def __init__(self):
        self._parts = {}

    def register(self, *, order):
        def add(function):
            app = apps.get_containing_app_config(function.__module__)
            if app is None:
                raise ValueError(f"{function.__module__} is not in an installed app.")
            self._parts[f"{function.__module__}.{function.__qualname__}"] = Part(
                app.label, order, function.__module__, function.__name__
            )
            return function

        return add

    def parts(self):
        return sorted(self._parts.values(), key=lambda part: (part.order, part.app_label))

    def app_labels(self):
        return {part.app_label for part in self._parts.values()}


registry = PartRegistry()


def register(*, order):
    """Decorator: `function(subject, period)` gives report sections (see the docstring)."""
    return registry.register(order=order)


def discover():
    """Import every installed app's `reporting` module, registering its parts."""
    autodiscover_modules("reporting")


def expected_apps():
    """Labels of the apps that must contribute to reports: the declared list, and every
    app that declares record kinds."""
    return {
        app.label
        for app in apps.get_app_configs()
        if app.label in REPORTING_APPS or module_has_submodule(app.module, "kinds")
    }


def missing_parts(parts=None):
    """Apps that should contribute to reports and register no part, by label."""
    discover()
    parts = parts if parts is not None else registry
    return sorted(expected_apps() - parts.app_labels())


def sections_for(subject, period):
    """Every registered part's sections for `subject` over `period`, in reading order."""
    discover()
    sections = []
    for part in registry.parts():
        sections.extend(part.function(subject, period))
    return sections
