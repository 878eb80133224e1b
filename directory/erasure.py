"""What erasing a person's details (accounts.erasure.erase_person) does to imports.

Every import they started and did not finish, of people or of the register of schools, is
failed, saying why, so that nobody confirms it and no job goes on with it; its file and what
its preview found (its rows' problems, the changes it would make, its counts) are deleted.
A job importing one at that moment rolls back (directory.notices.NoLongerImporting), so
nobody is invited from their file. Every file of people they uploaded is deleted. A finished
people import keeps no file (directory.people: its job deletes it): any still kept from before is
deleted too, in one statement, so no file is read to find them, however many imports there
are. The imports' rows stay, as the programme's record of whom they invited."""

from .files import forget_files
from .models import ImportState, OrganisationImport, PeopleImport
from .notices import fail_and_tell

FILE_ERASED = (
    "Its file was deleted when the details of the person who uploaded it were erased: upload "
    "it again."
)
UNFINISHED = (
    ImportState.QUEUED,
    ImportState.PREVIEWING,
    ImportState.PREVIEWED,
    ImportState.IMPORTING,
)
FINISHED = (ImportState.DONE, ImportState.FAILED)
# What an import's preview found in its file, emptied.
NOTHING_FOUND = {"counts": {}, "problems": [], "problem_count": 0}


def stop_imports_for_erasure(*, person):
    """Fail `person`'s unfinished imports and delete their files and what their previews
    found; delete the files of people they uploaded and any finished import's file (see the
    module's docstring). Called in the erasure's transaction, which checked who may. Returns
    {what: how many}."""
    stopped = {}
    for model, staged in (
        (PeopleImport, NOTHING_FOUND),
        (OrganisationImport, NOTHING_FOUND | {"changes": []}),
    ):
        theirs = model.objects.filter(requested_by=person, state__in=UNFINISHED)
        failed = [
            pk
            for pk in theirs.values_list("pk", flat=True)
            if fail_and_tell(model, pk, FILE_ERASED, UNFINISHED)
        ]
        model.objects.filter(pk__in=failed).update(**staged)
        stopped[model] = failed
    files = forget_files(PeopleImport.objects.filter(requested_by=person))
    files += forget_files(PeopleImport.objects.filter(state__in=FINISHED))
    register = OrganisationImport.objects.filter(pk__in=stopped[OrganisationImport])
    return {
        "unfinished imports": sum(len(pks) for pks in stopped.values()),
        "people import files": files,
        # A finished register import's file stays: the register is public, and the team's.
        "register files": forget_files(register),
    }
