"""What search finds in field trials: the trials a person may see (this app's rules)."""

from programmes.models import Project
from search.access import trial_keys
from search.registry import Copied, Document, Searchable, register, sentences

from .models import FieldTrial
from .rules import visible_fieldtrials


def _trial(t):
    return Document(
        title=t.title,
        body=sentences(t.summary, t.plan, ("Locality", t.locality)),
        url=t.get_absolute_url(),
        date=t.created_at,
        programme_id=t.project.programme_id,
        project_id=t.project_id,
        trial_id=t.pk,
        policy_area=t.project.policy_area,
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
        rows=lambda: FieldTrial.objects.select_related("project"),
        fields=("title", "summary", "locality", "plan", "project"),
        copies=(Copied(Project, "project", ("policy_area", "programme")),),
    )
)
