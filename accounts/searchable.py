"""What search finds in accounts: organisations, the public directory everyone signed in
may read (`visible_organisations`). People are found through programmes/searchable.py,
whose rules say who may find whom."""

from search.access import EVERYONE
from search.registry import Copied, Document, Searchable, register

from .models import Organisation
from .rules import visible_organisations
from .search import organisation_hint


def _organisation(o):
    la = o.local_authority.name if o.local_authority_id else ""
    return Document(
        title=o.name, body=organisation_hint(o.urn, o.kind, la), url=o.get_absolute_url()
    )


register(
    Searchable(
        kind="organisations",
        label="Organisations",
        noun="organisation",
        model=Organisation,
        order=95,
        dated=False,
        document=_organisation,
        visible=visible_organisations,
        keys=lambda o: [EVERYONE],
        rows=lambda: Organisation.objects.select_related("local_authority"),
        # A school's words name its local authority.
        copies=(Copied(Organisation, "local_authority", ("name",)),),
    )
)
