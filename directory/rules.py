"""Who may import into the directory: organisations, administrators (`is_staff`) only;
people into a programme, its officers and administrators; who may add one organisation by
hand: programme officers and administrators. Access to imports and to adding is decided
here only; everyone else is refused (deny by default)."""

import rules
from django.http import Http404

from accounts.access import fetch_for
from nextpractice.rules_util import sees_everything, signed_in

from .models import OrganisationImport, PeopleImport


def is_administrator(user):
    return signed_in(user) and bool(user.is_staff)


def visible_imports(user):
    """Imports the user may see (`directory.view_import` as a filter)."""
    if is_administrator(user):
        return OrganisationImport.objects.all()
    return OrganisationImport.objects.none()


@rules.predicate
def manages_directory(user, obj=None):
    return is_administrator(user)


rules.add_perm("directory.manage_imports", manages_directory)
rules.add_perm("directory.view_import", manages_directory)


def get_import_for(user, pk, perm="directory.view_import"):
    """Import `pk`: 404 unless the user may see it, 403 if they see it but may not `perm`."""
    return fetch_for(
        user,
        visible_imports(user).select_related("requested_by", "confirmed_by"),
        pk,
        perm,
        view_perm="directory.view_import",
    )


# --- People imports: a programme's officers, into their programme; and administrators ----


@rules.predicate
def imports_people(user, programme):
    from programmes.rules import is_programme_officer

    if not signed_in(user) or programme is None:
        return False
    # Administrators here are those who see every programme (superusers), as the
    # invitations service lets them invite anywhere; staff alone see no programme.
    return sees_everything(user) or bool(is_programme_officer(user, programme))


rules.add_perm("directory.import_people", imports_people)


def imports_anything(user):
    """Whether `user` may start an import of some kind (so is asked about the notifications
    imports send): an administrator, organisations; an officer of any programme, or someone
    who sees every programme, people (as `imports_people`)."""
    from accounts.memberships import memberships_of
    from accounts.models import Role

    if not signed_in(user):
        return False
    return (
        is_administrator(user)
        or sees_everything(user)
        or bool(memberships_of(user).programmes((Role.OFFICER,)))
    )


def visible_people_imports(user):
    """People imports the user may see: those of programmes they are an officer of (the
    same rule as `directory.import_people`, as a filter)."""
    from accounts.memberships import memberships_of
    from accounts.models import Role

    if not signed_in(user):
        return PeopleImport.objects.none()
    if sees_everything(user):
        return PeopleImport.objects.all()
    officer_of = memberships_of(user).programmes((Role.OFFICER,))
    return PeopleImport.objects.filter(programme_id__in=officer_of)


def get_people_import_for(user, programme_pk, pk):
    """People import `pk` of programme `programme_pk`: 404 unless the user may see it."""
    return fetch_for(
        user,
        visible_people_imports(user)
        .filter(programme_id=programme_pk)
        .select_related("programme", "requested_by", "confirmed_by"),
        pk,
        None,
        view_perm="directory.import_people",
    )


# --- Adding an organisation by hand: programme officers (of any programme) and staff ------


@rules.predicate
def adds_organisations(user, obj=None):
    """A school, academy or partner missing from the directory is added by those who set up
    the work: an officer of any programme, or an administrator (`is_staff`)."""
    from accounts.memberships import memberships_of
    from accounts.models import Role

    if not signed_in(user):
        return False
    return bool(user.is_staff) or bool(memberships_of(user).programmes((Role.OFFICER,)))


rules.add_perm("directory.add_organisation", adds_organisations)


# --- An organisation's page: the directory is public to everyone signed in ----------------

rules.add_perm("directory.view_organisation", rules.predicate(signed_in))


def get_organisation_for(user, pk):
    """Organisation `pk`, as anyone signed in may read the directory (accounts.rules.
    visible_organisations); 404 for one that does not exist. What the page lists of its
    work is each list's own rule (directory/selectors.py)."""
    from accounts.rules import visible_organisations

    return fetch_for(
        user,
        visible_organisations(user).select_related("local_authority"),
        pk,
        None,
        view_perm="directory.view_organisation",
    )


# --- A person's page: whoever may find them (search's people, the pickers) -----------------

rules.add_perm("directory.view_person", rules.predicate(signed_in))


def openable_people(user, people_ids):
    """Which of `people_ids` have a page `user` may open: those they may find by name
    (programmes.rules.findable_people: they work in a programme the reader sees), whether or
    not their account is switched off since (what they wrote still links to them), and
    themselves. One query, however many people (a thread's authors, linked to their pages)."""
    from programmes.rules import findable_people

    return findable_people(user, people_ids, switched_off=True) | ({user.pk} & set(people_ids))


def get_person_for(user, pk):
    """Person `pk`, whose page `user` may open (`openable_people`); 404 for anyone else. A
    switched-off account's page says so; an erased one's names nobody. What the page lists
    of their work is what the reader may see of it (directory/selectors.py person_work)."""
    from accounts.models import User

    try:
        person = User.objects.select_related("organisation").get(pk=pk)
    except (User.DoesNotExist, ValueError, TypeError):
        person = None
    if person is None or person.pk not in openable_people(user, [person.pk]):
        raise Http404("No such page, or you do not have access to it.")
    return person
