"""An organisation's page, a person's page, adding an organisation by hand, and imports:
organisations (the list, uploading a file, its preview and progress, confirming) and, the
same way, a programme's people."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import requires
from accounts.models import Organisation
from accounts.rules import check_switch_account, check_switch_on, visible_organisations
from accounts.search import clean_text, close_organisations, organisation_name_key
from nextpractice.jobs import JobRefused
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from programmes.rules import get_programme_for

from .forms import ImportForm, OrganisationForm, PeopleImportForm
from .gias import KINDS
from .organisations import add_organisation
from .people import (
    COLUMNS,
    NothingToImport,
    confirm_people_import,
    example_rows,
    start_people_import,
)
from .rules import (
    get_import_for,
    get_organisation_for,
    get_people_import_for,
    get_person_for,
    visible_imports,
)
from .selectors import (
    organisation_people,
    organisation_programmes,
    organisation_projects,
    organisation_take_ups,
    organisation_trials,
    organisations_in_area,
    person_work,
    with_urls,
    work_rows,
)
from .services import ImportBusy, confirm_import, start_import

PER_PAGE = 25


def _check_administrator(request):
    if not request.user.has_perm("directory.manage_imports"):
        raise PermissionDenied("Only administrators import organisations.")


@requires("directory.manage_imports")
@require_GET
def import_list(request):
    _check_administrator(request)
    imports = visible_imports(request.user).select_related("requested_by")
    page = paged(request, imports, per_page=PER_PAGE)
    context = {"page": page, "imports": page.object_list}
    return render(request, "directory/import_list.html", context)


@requires("directory.manage_imports")
@require_http_methods(["GET", "POST"])
def import_create(request):
    _check_administrator(request)
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    if posted and form.is_valid():
        try:
            organisation_import = start_import(upload=form.cleaned_data["file"], actor=request.user)
        except JobRefused as refused:
            form.add_error("file", refused.message)
        else:
            return redirect("directory:import_detail", organisation_import.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "kinds": KINDS, "multipart": True}
    return render(request, "directory/import_form.html", context, status=status)


@requires("directory.view_import")
@require_GET
def import_detail(request, pk):
    organisation_import = get_import_for(request.user, pk)
    context = {"organisation_import": organisation_import, "kinds": KINDS}
    return render(request, "directory/import_detail.html", context)


@requires("directory.view_import")
@require_GET
def import_status(request, pk):
    """The import's state as a fragment, polled by htmx while a job works on it."""
    organisation_import = get_import_for(request.user, pk)
    context = {"organisation_import": organisation_import, "kinds": KINDS, "polled": True}
    return render(request, "directory/partials/_import_state.html", context)


@requires("directory.manage_imports")
@require_POST
def import_confirm(request, pk):
    organisation_import = get_import_for(request.user, pk, "directory.manage_imports")
    try:
        confirmed = confirm_import(organisation_import=organisation_import, actor=request.user)
    except ImportBusy as busy:
        messages.error(request, busy.message)
    else:
        if not confirmed:
            _say_why_not_confirmed(request, organisation_import)
    return redirect("directory:import_detail", organisation_import.pk)


def _say_why_not_confirmed(request, item):
    """An import a confirmation found no longer waiting: it failed meanwhile (its uploader's
    details were erased, say), or it was confirmed already (a second click)."""
    item.refresh_from_db()
    if item.shown_state == item.State.FAILED:
        messages.error(request, f"This import failed: {item.shown_failure_message}")
    else:
        messages.info(request, "This import had already been confirmed: see below.")


# --- People imports: a programme's officers invite a spreadsheet of people ---------------


@requires("directory.import_people")
@require_http_methods(["GET", "POST"])
def people_import_create(request, programme_pk):
    programme = get_programme_for(request.user, programme_pk, "directory.import_people")
    posted = request.method == "POST"
    form = PeopleImportForm(request.POST, request.FILES) if posted else PeopleImportForm()
    if posted and form.is_valid():
        try:
            item = start_people_import(
                programme=programme, upload=form.cleaned_data["file"], actor=request.user
            )
        except JobRefused as refused:
            form.add_error("file", refused.message)
        else:
            return redirect("directory:people_import_detail", programme.pk, item.pk)
    status = 400 if form.errors else 200
    context = {
        "form": form,
        "programme": programme,
        "multipart": True,
        "columns": COLUMNS,
        "examples": example_rows(programme, request.user),
    }
    return render(request, "directory/people_import_form.html", context, status=status)


@requires("directory.import_people")
@require_GET
def people_import_template(request, programme_pk):
    """A file to fill in: the columns, and example rows naming the programme's own projects
    and field trials as the import reads them; CSV, or XLSX with `?format=xlsx`."""
    programme = get_programme_for(request.user, programme_pk, "directory.import_people")
    return export_response(
        headings=COLUMNS,
        rows=example_rows(programme, request.user),
        filename=f"people-import-template-{programme.pk}",
        fmt=requested_format(request),
        title="People",
    )


@requires("directory.import_people")
@require_GET
def people_import_detail(request, programme_pk, pk):
    item = get_people_import_for(request.user, programme_pk, pk)
    context = {"people_import": item, "programme": item.programme}
    return render(request, "directory/people_import_detail.html", context)


@requires("directory.import_people")
@require_GET
def people_import_status(request, programme_pk, pk):
    """The import's state as a fragment, polled by htmx while a job works on it."""
    item = get_people_import_for(request.user, programme_pk, pk)
    context = {"people_import": item, "programme": item.programme, "polled": True}
    return render(request, "directory/partials/_people_import_state.html", context)


@requires("directory.import_people")
@require_POST
def people_import_confirm(request, programme_pk, pk):
    item = get_people_import_for(request.user, programme_pk, pk)
    try:
        confirmed = confirm_people_import(people_import=item, actor=request.user)
    except NothingToImport:
        # The page says so where the button would be (a tampered or stale post).
        context = {"people_import": item, "programme": item.programme}
        return render(request, "directory/people_import_detail.html", context, status=400)
    if not confirmed:
        _say_why_not_confirmed(request, item)
    return redirect("directory:people_import_detail", item.programme_id, item.pk)


# Said once an organisation is added in the tab an organisation box's "Not in the
# directory? Add …" link opened: the form it was missing from is in the tab before.
ADDED_FROM_PICKER = (
    "Organisation added. You can close this tab and go back to the form you were filling in; "
    "type its name in the organisation box."
)


@requires("directory.add_organisation")
@require_http_methods(["GET", "POST"])
def organisation_create(request):
    """Add an organisation the directory lacks. Those already here that it may be are shown
    first ("is it one of them?"); sent again unchanged, it is added."""
    if not request.user.has_perm("directory.add_organisation"):
        raise PermissionDenied("Only programme officers and administrators add organisations.")
    if request.method != "POST":
        initial = {
            "name": clean_text(request.GET.get("name")),
            "from_picker": request.GET.get("from") == "picker",
            "only_kinds": ",".join(
                k for k in request.GET.getlist("kind") if k in Organisation.Kind.values
            ),
        }
        form = OrganisationForm(initial=initial)
        return render(request, "directory/organisation_form.html", {"form": form})
    form = OrganisationForm(request.POST)
    close = []
    if form.is_valid():
        data = form.cleaned_data
        key = organisation_name_key(data["name"])
        if data["not_these"] != key:
            close = close_organisations(visible_organisations(request.user), data["name"])
        if close:
            # The same answers again, marked as seen: sent unchanged, it is none of these.
            answers = request.POST.copy()
            answers["not_these"] = key
            form = OrganisationForm(answers)
            form.submit_label = "It is none of these: add it"
            form.relayout()
        else:
            try:
                organisation = add_organisation(
                    actor=request.user,
                    name=data["name"],
                    kind=data["kind"],
                    urn=data["urn"],
                    local_authority=data["local_authority"],
                )
            except ValidationError as refused:
                form.add_error(None, refused)
            else:
                if data["from_picker"]:
                    messages.success(request, ADDED_FROM_PICKER)
                else:
                    messages.success(
                        request, f"{organisation.name} has been added to the directory."
                    )
                return redirect(organisation)
    context = {"form": form, "close": close}
    return render(
        request, "directory/organisation_form.html", context, status=400 if form.errors else 200
    )


@requires("directory.view_organisation")
@require_GET
def organisation_detail(request, pk):
    """What the directory says of an organisation, and what of its work the reader may see:
    the programmes it leads and projects it partners, its field trials, its people and what
    it took up, and for a local authority the organisations in its area, each paged on its
    own."""
    organisation = get_organisation_for(request.user, pk)
    user = request.user
    programmes = list(organisation_programmes(user, organisation))
    projects = paged(
        request, organisation_projects(user, organisation), "projects_page", fragment="work"
    )
    trials = paged(
        request, organisation_trials(user, organisation), "trials_page", fragment="trials"
    )
    people = paged(
        request, organisation_people(user, organisation), "people_page", fragment="people"
    )
    take_ups = paged(
        request, organisation_take_ups(user, organisation), "taken_page", fragment="taken-up"
    )
    with_urls(take_ups.object_list)
    is_authority = organisation.kind == organisation.Kind.LOCAL_AUTHORITY
    in_area = None
    if is_authority:
        in_area = paged(
            request, organisations_in_area(user, organisation), "area_page", fragment="in-area"
        )
    context = {
        "organisation": organisation,
        "programmes": programmes,
        "projects": projects,
        "trials": trials,
        "people": people,
        "take_ups": take_ups,
        "is_authority": is_authority,
        "in_area": in_area,
    }
    return render(request, "directory/organisation_detail.html", context)


@requires("directory.view_person")
@require_GET
def person_detail(request, pk):
    """Who a person is (their job title and organisation) and what of their work the reader
    may see: the programmes, projects and field trials they belong to, with their role in
    each, and the communities they convene, paged. Someone who has left is shown with their
    account switched off; someone whose details were erased only as "A former member"."""
    person = get_person_for(request.user, pk)
    context = {
        "person": person,
        "is_self": person.pk == request.user.pk,
        "erased": person.erased_at is not None,
        # An administrator switches off the account of someone who has left from here, and
        # back on if they come back (never an erased one's).
        "may_switch_off": person.is_active and check_switch_account(request.user, person)[0],
        "may_switch_on": not person.is_active and check_switch_on(request.user, person)[0],
    }
    if not context["erased"]:  # an erased person's places are not gathered on one page
        work = paged(request, person_work(request.user, person), "work_page", fragment="work")
        work.rows = work_rows(work.object_list)
        context["work"] = work
    return render(request, "directory/person_detail.html", context)
