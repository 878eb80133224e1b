"""What search finds in field trials: the trials a person may see (this app's rules), by
their words and by what they measure (their indicators' names: "attendance" finds the trials
tracking it; whoever sees a trial reads its indicators, evaluation/rules.py)."""

from django.db.models import Prefetch

from evaluation.models import Indicator
from programmes.models import Project
from search.access import trial_keys
from search.registry import Copied, Document, Rekey, Searchable, register, sentences

from .models import FieldTrial
from .rules import visible_fieldtrials


def _trial(t):
    return Document(
        title=t.title,
        body=sentences(
            t.summary,
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
