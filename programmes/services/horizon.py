"""Changes to the stimulus library and to the stimuli a project keeps.

Each service checks its rule, changes inside a transaction, and writes one Event.
"""

import hashlib
import json
import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.services import record_event

from ..models import KeptStimulus, Sector, Stimulus, StimulusTag
from .lifecycle import EditConflict, lock_open_project

MAX_TAGS = 10
TAG_MAX_LENGTH = StimulusTag._meta.get_field("name").max_length

# The fields a person edits; the version token is a hash of these and the tags.
STIMULUS_FIELDS = (
    "title",
    "sector",
    "sector_other",
    "country",
    "summary",
    "source_url",
    "provocation",
    "contacts",
)


def normalise_tag_names(names):
    """Tag names in lower case with single spaces, blanks and repeats dropped, order kept.

    `names` is a comma-separated string or a list of names.
    """
    if isinstance(names, str):
        names = names.split(",")
    seen = []
    for name in names:
        name = re.sub(r"\s+", " ", name).strip().lower()
        if name and name not in seen:
            seen.append(name)
    return seen


def check_tag_names(names):
    """The reasons a list of normalised tag names cannot be saved (empty when it can)."""
    problems = []
    if len(names) > MAX_TAGS:
        problems.append(f"Enter no more than {MAX_TAGS} tags (you entered {len(names)})")
    too_long = [n for n in names if len(n) > TAG_MAX_LENGTH]
    if too_long:
        problems.append(f"Keep each tag to {TAG_MAX_LENGTH} characters or fewer")
    return problems


def stimulus_version(stimulus):
    """A token that changes whenever anything a person edits on the stimulus changes.

    Stimulus has no updated-at column, so an edit form carries this hash of the values it
    started from; a save based on an older hash means someone else saved in between.
    """
    values = [getattr(stimulus, f) for f in STIMULUS_FIELDS]
    values.append(sorted(t.name for t in stimulus.tags.all()))
    encoded = json.dumps(values, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]


def _set_tags(stimulus, names):
    names = normalise_tag_names(names)
    problems = check_tag_names(names)
    if problems:
        raise ValidationError({"tags": problems})
    tags = [StimulusTag.objects.get_or_create(name=name)[0] for name in names]
    stimulus.tags.set(tags)
    return names


def _clean_sector(stimulus):
    """'Other' needs the sector named; any other sector needs no name, so drop it."""
    stimulus.sector_other = (stimulus.sector_other or "").strip()
    if stimulus.sector != Sector.OTHER:
        stimulus.sector_other = ""
    elif not stimulus.sector_other:
        raise ValidationError({"sector_other": "Name the sector"})


def _check_fields(fields):
    unknown = set(fields) - set(STIMULUS_FIELDS)
    if unknown:
        raise TypeError(f"A stimulus has no editable fields {sorted(unknown)}")


def create_stimulus(*, actor, tags=(), **fields):
    """Add a stimulus to the shared library, with its tags (created as needed)."""
    if not actor.has_perm("programmes.add_stimulus"):
        raise PermissionDenied("Only a programme officer can add to the stimulus library.")
    _check_fields(fields)
    with transaction.atomic():
        stimulus = Stimulus(created_by=actor, **fields)
        _clean_sector(stimulus)
        stimulus.full_clean()
        stimulus.save()
        names = _set_tags(stimulus, tags)
        record_event(
            actor=actor,
            verb="programmes.stimulus_created",
            target=stimulus,
            data={"title": stimulus.title, "tags": names},
        )
    return stimulus


def update_stimulus(*, stimulus, actor, based_on, tags=None, **fields):
    """Save changes to a stimulus unless someone else saved since version `based_on`.

    `tags` (names) replaces the tags when given. Raises EditConflict carrying the other
    person's saved version, and changes nothing, when `based_on` is out of date.
    """
    if not actor.has_perm("programmes.change_stimulus", stimulus):
        raise PermissionDenied("Only a programme officer can change the stimulus library.")
    _check_fields(fields)
    with transaction.atomic():
        locked = Stimulus.objects.select_for_update().get(pk=stimulus.pk)
        if stimulus_version(locked) != based_on:
            raise EditConflict(locked)
        before = {f: getattr(locked, f) for f in STIMULUS_FIELDS}
        before_tags = sorted(t.name for t in locked.tags.all())
        for name, value in fields.items():
            setattr(locked, name, value)
        _clean_sector(locked)
        # Older stimuli may have no recorded author (null, but not blank=True).
        locked.full_clean(exclude=["created_by"])
        locked.save(update_fields=STIMULUS_FIELDS)
        changed = [f for f in STIMULUS_FIELDS if before[f] != getattr(locked, f)]
        if tags is not None and sorted(_set_tags(locked, tags)) != before_tags:
            changed.append("tags")
        record_event(
            actor=actor,
            verb="programmes.stimulus_updated",
            target=locked,
            data={"changed": changed},
        )
    return locked


def keep_stimulus(*, project, stimulus, why, actor):
    """A project chooses a stimulus from the library to use, saying why.

    Keeping the same stimulus twice raises ValidationError on `stimulus`.
    """
    if not actor.has_perm("programmes.change_project", project):
        raise PermissionDenied("Only a programme officer can choose the project's stimuli.")
    if not actor.has_perm("programmes.view_stimulus", stimulus):
        raise PermissionDenied
    why = (why or "").strip()
    already = ValidationError({"stimulus": f"{project.title} already uses this stimulus"})
    with transaction.atomic():
        lock_open_project(project)  # nothing is added to a withdrawn project
        kept = KeptStimulus(project=project, stimulus=stimulus, why=why, kept_by=actor)
        kept.full_clean(validate_constraints=False)
        try:
            # The unique constraint decides a double submit; the savepoint keeps the
            # outer transaction usable after the refusal.
            with transaction.atomic():
                kept.save()
        except IntegrityError:
            raise already from None
        record_event(
            actor=actor,
            verb="programmes.stimulus_kept",
            target=project,
            data={"kept": kept.pk, "stimulus": stimulus.pk, "title": stimulus.title, "why": why},
        )
    return kept


def unkeep_stimulus(*, kept, actor):
    """A project stops using a stimulus; the stimulus stays in the library. Told in its
    history once, by whichever request removed it. Not while the project is withdrawn
    (ProjectWithdrawn, decided under its lock)."""
    if not actor.has_perm("programmes.change_record", kept):
        raise PermissionDenied("Only a programme officer can change the project's stimuli.")
    with transaction.atomic():
        lock_open_project(kept.project)
        project, stimulus = kept.project, kept.stimulus
        deleted, _ = KeptStimulus.objects.filter(pk=kept.pk).delete()
        if deleted:  # a second click (or request) at the same moment removed nothing: no event
            record_event(
                actor=actor,
                verb="programmes.stimulus_unkept",
                target=project,
                data={"kept": kept.pk, "stimulus": stimulus.pk, "title": stimulus.title},
            )
    return project
