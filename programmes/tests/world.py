"""Phase 1 objects in the shared test world, and who may see them."""

import datetime

from django.core.files.base import ContentFile


def extend(w):
    from programmes.models import (
        Assessment,
        CreativeOption,
        DataSource,
        KeptStimulus,
        Objective,
        PotentialInnovator,
        ProblemStatement,
        Stimulus,
        Workshop,
    )

    u = w.users
    officer = u["officer"]
    ivy = Stimulus.objects.create(
        title="Ivy Stimulus",
        sector="healthcare",
        country="England",
        summary="A healthy living centre.",
        provocation="What would an extended school with similar ambition look like?",
    )
    kept = KeptStimulus.objects.create(project=w.amber, stimulus=ivy, why="Pine reason")
    oak = Workshop.objects.create(
        project=w.amber, title="Oak Workshop", kind="creative", held_on=datetime.date(2006, 5, 1)
    )
    jade = CreativeOption.objects.create(
        project=w.amber, title="Jade Option", description="An idea.", workshop=oak
    )
    onyx_option = CreativeOption.objects.create(
        project=w.onyx_project, title="Onyx Option", description="A hidden idea."
    )
    Assessment.objects.create(
        option=jade,
        reviewer=officer,
        **{f: 2 for f in ASSESSMENT_JUDGEMENTS},
        change=1,
        distance=1,
        horizon="3",
    )
    problem = ProblemStatement.objects.create(project=w.amber, text="Kelp Problem")
    objective = Objective.objects.create(project=w.beryl, text="Lime Objective")
    innovator = PotentialInnovator.objects.create(
        project=w.amber, person_name="Nettle Innovator", why="Pushing at the boundaries"
    )
    onyx_problem = ProblemStatement.objects.create(project=w.onyx_project, text="Onyx Problem")
    moss = DataSource(project=w.amber, title="Moss Data", file_type="text/csv")
    moss.file.save("moss.csv", ContentFile(b"school,pupils\nA,100\n"), save=True)
    onyx_data = DataSource(project=w.onyx_project, title="Onyx Data", file_type="text/csv")
    onyx_data.file.save("onyx.csv", ContentFile(b"secret\n"), save=True)
    w.objects.update(
        ivy=ivy,
        kept=kept,
        oak=oak,
        jade=jade,
        onyx_option=onyx_option,
        problem=problem,
        objective=objective,
        innovator=innovator,
        onyx_problem=onyx_problem,
        moss=moss,
        onyx_data=onyx_data,
    )
    amber_readers = {"officer", "partner"}
    beryl_readers = {"officer"}
    for persona in amber_readers:
        w.visible[persona] |= {"kept", "oak", "jade", "problem", "innovator", "moss"}
    for persona in beryl_readers:
        w.visible[persona] |= {"objective"}
    for persona in ("officer", "consultant", "leader", "partner"):
        w.visible[persona] |= {"ivy"}
    w.visible["admin"] = set(w.objects)


ASSESSMENT_JUDGEMENTS = [
    "in_advance_of_evidence",
    "not_yet_sanctioned",
    "aware_of_best_practice",
    "able_practitioners",
    "scanning_informed",
    "serious_problems",
    "user_focused",
    "promise_outcomes",
    "promise_responsiveness",
    "promise_value",
]
