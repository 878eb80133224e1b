"""Lists filtered by a django-filter FilterSet, and their downloads, when a filter is refused.

A filter whose value is not among its choices (`?local_authority=999999`, a link kept after
the choice went) is an error beside the field, and the list shows no rows under it: a
FilterSet's `qs` leaves a refused filter out, so it would show every row under a message
saying the filter was not applied. A download asked with a refused filter is refused too,
in plain text (a spreadsheet of every row, looking filtered, would be worse than nothing).
"""

import django_filters
from django.http import HttpResponseBadRequest


class ListFilterSet(django_filters.FilterSet):
    """A list's filters, saying whether any was asked for."""

    @property
    def filtered(self):
        """True when a filter was asked for (not only a sort): the page title says so."""
        return any(self.data.get(name) for name in self.filters if name != "sort")


def filtered_rows(filterset):
    """The rows the filters ask for; none when a filter was refused."""
    return filterset.qs.none() if filterset.form.errors else filterset.qs


def refused_download(filterset, list_name):
    """A plain-text 400 for a download asked with a refused filter: what was wrong with each,
    and where to choose again (`list_name`, e.g. "field trials")."""
    said = " ".join(
        f"{message.rstrip('.')}." for errors in filterset.form.errors.values() for message in errors
    )
    return HttpResponseBadRequest(
        f"Nothing was downloaded. {said} Clear the filters on the {list_name} list and choose "
        "them again.\n",
        content_type="text/plain; charset=utf-8",
    )
