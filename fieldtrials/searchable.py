"""What search finds in field trials: the trials a person may see (this app's rules), by
their words and by what they measure (their indicators' names: "attendance" finds the trials
tracking it; whoever sees a trial reads its indicators, evaluation/rules.py); and their
submitted monthly updates, where most of what a trial learns is written, for whoever reads
them (`visible_updates`: whoever sees the trial). Drafts and withdrawn updates are not found."""

from django.db.models import Prefetch
from django.urls import reverse

from evaluation.models import Indicator
from programmes.models import Project
from search.access import trial_keys
from search.registry import Copied, Document, Rekey, Searchable, register, sentences

from .models import FieldTrial, MonthlyUpdate
from .rules import visible_fieldtrials, visible_updates
from .services.updates import month_label


def _trial(t):
    return Document(
        title=t.title,
        body=sentences(
            "" if _opens_with(t.plan, t.summary) else t.summary,
            t.plan,
            ("Locality", t.locality),
            ("What it measures", ", ".join(_measures(t))),
        ),
        url=t.get_absolute_url(),
        date=t.created_at,
        programme_id=t.project.programme_id,
        project_id=t.project_id,
        trial_id=t.pk,
        policy_area=t.project.policy_area,
    )


def _opens_with(plan, summary):
    """Whether the plan starts with the summary (as a plan written from it does: the summary,
    then the steps), words alike whatever the spaces: the summary is then not said twice."""
    summary = " ".join(str(summary or "").split()).rstrip(".").casefold()
    return bool(summary) and " ".join(str(plan or "").split()).casefold().startswith(summary)


def _current_indicators():
    return Indicator.objects.current().order_by("name")


def _measures(t):
    """Its current indicators' names: read with the rows when reindexing (_rows), else asked."""
    if hasattr(t, "measured"):
        return [i.name for i in t.measured]
    return list(_current_indicators().filter(field_trial=t).values_list("name", flat=True))


def _rows():
    current = _current_indicators().only("field_trial_id", "name")
    return FieldTrial.objects.select_related("project").prefetch_related(
        Prefetch("indicators", queryset=current, to_attr="measured")
    )


register(
    Searchable(
        kind="field-trials",
        label="Field trials",
        noun="field trial",
        model=FieldTrial,
        order=30,
        document=_trial,
        visible=visible_fieldtrials,
        keys=trial_keys,
        rows=_rows,
        fields=("title", "summary", "locality", "plan", "project"),
        copies=(Copied(Project, "project", ("policy_area", "programme")),),
        # An indicator added, renamed or withdrawn: what its trial is found by.
        rekeyed_by=(
            Rekey(
                Indicator,
                lambda indicator: FieldTrial.objects.filter(pk=indicator.field_trial_id),
                fields=("name", "withdrawn_at"),
                created_too=True,
            ),
        ),
    )
)


def _update(update):
    """A submitted update: "Monthly update, November 2026 — Coral Trial", its three texts."""
    if update.status != MonthlyUpdate.Status.SUBMITTED:
        return None  # a draft is its team's working copy: nobody else learns it exists
    trial = update.field_trial
    return Document(
        title=f"Monthly update, {month_label(update.month)} — {trial.title}",
        body=sentences(
            ("What happened", update.what_happened),
            ("What is next", update.what_next),
            ("What is in the way", update.in_the_way),
        ),
        url=reverse("fieldtrials:update_detail", args=[update.pk]),
        date=update.submitted_at or update.updated_at,
        programme_id=trial.project.programme_id,
        project_id=trial.project_id,
        trial_id=trial.pk,
        policy_area=trial.project.policy_area,
    )


register(
    Searchable(
        kind="monthly-updates",
        label="Monthly updates",
        noun="monthly update",
        date_label="Submitted",
        model=MonthlyUpdate,
        order=35,
        document=_update,
        # Read with its trial once submitted (fieldtrials.rules.can_see_update); drafts have
        # no document.
        visible=visible_updates,
        keys=lambda update: trial_keys(update.field_trial),
        rows=lambda: (
            MonthlyUpdate.objects.current()
            .filter(status=MonthlyUpdate.Status.SUBMITTED)
            .select_related("field_trial__project")
        ),
        fields=(
            "what_happened",
            "what_next",
            "in_the_way",
            "status",
            "month",
            "submitted_at",
            "field_trial",
        ),
        # Its title is its trial's; its keys, programme and policy area its trial's project's.
        copies=(
            Copied(FieldTrial, "field_trial", ("title", "project")),
            Copied(Project, "field_trial__project", ("policy_area", "programme")),
        ),
    )
)
