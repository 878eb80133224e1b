"""Reading the stimulus library: lists with what each row needs fetched up front.

Access is decided in rules.py; these take querysets already filtered to what the user sees.
"""

from django.db.models import Count, Prefetch

from accounts.memberships import memberships_of

from .models import KeptStimulus, Project, Stimulus, StimulusTag
from .rules import visible_projects


def _tags_by_name(lookup="tags"):
    return Prefetch(lookup, queryset=StimulusTag.objects.order_by("name"))


def stimuli_for_listing(stimuli):
    """Stimuli with their tags and the number of projects keeping each, in constant queries."""
    return stimuli.annotate(projects_keeping=Count("kept_by", distinct=True)).prefetch_related(
        _tags_by_name()
    )


def keeping_projects_for(stimulus, user):
    """The stimulus's keeps in projects `user` may see, with the project and its programme."""
    return (
        KeptStimulus.objects.filter(stimulus=stimulus, project__in=visible_projects(user))
        .select_related("project__programme", "kept_by")
        .order_by("project__title", "id")
    )


def keeping_projects_of_own_trials(stimulus, user):
    """Titles of the projects keeping the stimulus that the person's own field trials belong
    to but whose pages they do not open (a school leader reads their trial's project by name
    only): "your trial's project uses it", not "projects you do not work on"."""
    own = memberships_of(user).trials()
    if not own:
        return []
    return list(
        Project.objects.filter(kept_stimuli__stimulus=stimulus, field_trials__in=own)
        .exclude(pk__in=visible_projects(user))
        .distinct()
        .order_by("title")
        .values_list("title", flat=True)
    )


def kept_stimuli_for(project):
    """The stimuli a project keeps, with each stimulus and its tags, in two queries."""
    return (
        KeptStimulus.objects.filter(project=project)
        .select_related("stimulus", "kept_by")
        .prefetch_related(_tags_by_name("stimulus__tags"))
        .order_by("kept_at", "id")
    )


def tag_choices():
    """Tags in use, for the library's filter."""
    return StimulusTag.objects.filter(stimuli__isnull=False).distinct().order_by("name")


def country_choices():
    """Countries in the library, for its filter: each once, in alphabetical order."""
    countries = Stimulus.objects.order_by("country").values_list("country", flat=True).distinct()
    return [(c, c) for c in countries]
