"""Deleting imports' uploaded files."""

from django.db import transaction


def forget_files(imports):
    """Delete the files of `imports` (a queryset of OrganisationImport or PeopleImport): their
    field is emptied now and the stored files deleted once the transaction commits. Returns
    how many files."""
    model = imports.model
    files = dict(imports.exclude(file="").values_list("pk", "file"))
    if files:
        model.objects.filter(pk__in=files).update(file="")
        storage = model._meta.get_field("file").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in files.values()])
    return len(files)
