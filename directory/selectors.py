"""What an organisation's page lists, each by the rule of what it lists: the programmes the
reader may see that it leads and the projects it is the partner agency of, the field trials
it leads, takes part in or hosts (a local authority), the people of
it they may find, the lessons and case studies it took up that they may read, and, for a
local authority, the organisations in its area (the directory, which everyone reads)."""

from django.db.models import Case, CharField, F, Q, Value, When

LEADS, TAKES_PART, IN_ITS_AREA = "Leads it", "Takes part", "In its area"


def organisation_trials(user, organisation):
    """The trials `user` may see that `organisation` leads, takes part in, or that are in
    its area, each with `part` (what it does in it), A to Z."""
    from fieldtrials.models import FieldTrial
    from fieldtrials.rules import visible_fieldtrials

    taking_part = FieldTrial.participating_organisations.through.objects.filter(
        organisation=organisation
    ).values("fieldtrial_id")
    return (
        visible_fieldtrials(user)
        .filter(
            Q(lead_organisation=organisation)
            | Q(local_authority=organisation)
            | Q(pk__in=taking_part)
        )
        .annotate(
            part=Case(
                When(lead_organisation=organisation, then=Value(LEADS)),
                When(local_authority=organisation, then=Value(IN_ITS_AREA)),
                default=Value(TAKES_PART),
                output_field=CharField(),
            )
        )
        .select_related("project")
        .order_by("title", "pk")
    )


def organisation_people(user, organisation):
    """The people of `organisation` whom `user` may find (programmes.rules.visible_people)."""
    from programmes.rules import visible_people

    return (
        visible_people(user)
        .filter(organisation=organisation)
        .only("pk", "full_name", "email", "job_title")
        .order_by("full_name", "pk")
    )


def organisation_take_ups(user, organisation):
    """The lessons and case studies `organisation` took up that `user` may read, newest
    first, each with `url`, the evaluation page it was recorded on, set by `with_urls`."""
    from evaluation.models import TakeUp
    from evaluation.rules import visible_records

    return (
        visible_records(user, TakeUp)
        .current()
        .filter(organisation=organisation)
        .select_related("lesson", "case_study")
        .order_by("-taken_up_on", "-pk")
    )


def with_urls(take_ups):
    """Each take-up's `url`: the evaluation page of what it took up (no query)."""
    from evaluation.searchable import record_url

    for take_up in take_ups:
        item = take_up.item
        take_up.url = record_url(item, subject_id=getattr(item, f"{item.level}_id"))
    return take_ups


def organisations_in_area(user, authority):
    """The organisations in local authority `authority`'s area, A to Z."""
    from accounts.rules import visible_organisations

    return (
        visible_organisations(user)
        .filter(local_authority=authority)
        .only("pk", "name", "kind")
        .order_by("name", "pk")
    )


def organisation_programmes(user, organisation):
    """The programmes `user` may see that `organisation` leads, A to Z."""
    from programmes.rules import visible_programmes

    return visible_programmes(user).filter(lead_organisation=organisation).order_by("name", "pk")


def organisation_projects(user, organisation):
    """The projects `user` may see that `organisation` is the partner agency of, A to Z, with
    their programme."""
    from programmes.rules import visible_projects

    return (
        visible_projects(user)
        .filter(partner_agency=organisation)
        .select_related("programme")
        .order_by("title", "pk")
    )


# --- A person's page ----------------------------------------------------------------------

PROGRAMME, PROJECT, TRIAL, COMMUNITY = "Programme", "Project", "Field trial", "Community"
CONVENOR = "convenor"  # a community's convenor, beside the memberships' roles


def person_work(user, person):
    """What `person` works on that `user` may see, as rows (order, kind, pk, title, role): the
    programmes, projects and field trials they are a member of, and the communities of
    practice they convene; programmes first, then projects, trials and communities, each A
    to Z. One query (a union), sliced by its pager."""
    from fieldtrials.models import FieldTrialMembership
    from fieldtrials.rules import visible_communities, visible_fieldtrials
    from programmes.models import ProgrammeMembership, ProjectMembership
    from programmes.rules import visible_programmes, visible_projects

    def rows(queryset, order, kind, title, pk, role):
        # Unordered parts: SQLite refuses ORDER BY inside a union's parts.
        return (
            queryset.order_by()
            .annotate(
                np_order=Value(order),
                np_kind=Value(kind, output_field=CharField()),
                np_pk=F(pk),
                np_title=F(title),
                np_role=role,
            )
            .values_list("np_order", "np_kind", "np_pk", "np_title", "np_role")
        )

    programmes = ProgrammeMembership.objects.filter(
        user=person, programme__in=visible_programmes(user).values("pk")
    )
    projects = ProjectMembership.objects.filter(
        user=person, project__in=visible_projects(user).values("pk")
    )
    trials = FieldTrialMembership.objects.filter(
        user=person, field_trial__in=visible_fieldtrials(user).values("pk")
    )
    convened = visible_communities(user).filter(convenor=person)
    convenor = Value(CONVENOR, output_field=CharField())
    return (
        rows(programmes, 1, PROGRAMME, "programme__name", "programme_id", F("role"))
        .union(
            rows(projects, 2, PROJECT, "project__title", "project_id", F("role")),
            rows(trials, 3, TRIAL, "field_trial__title", "field_trial_id", F("role")),
            rows(convened, 4, COMMUNITY, "name", "pk", convenor),
            all=True,
        )
        .order_by("np_order", "np_title", "np_pk")
    )


def work_rows(rows):
    """A page of `person_work` as the page shows it: dicts of kind, title, url and the role's
    words (no query)."""
    from django.urls import reverse

    from accounts.models import Role

    urls = {
        PROGRAMME: "programmes:programme_detail",
        PROJECT: "programmes:project_detail",
        TRIAL: "fieldtrials:fieldtrial_detail",
        COMMUNITY: "fieldtrials:community_detail",
    }
    return [
        {
            "kind": kind,
            "title": title,
            "url": reverse(urls[kind], args=[pk]),
            "role": "Convenor" if role == CONVENOR else Role(role).label,
        }
        for _order, kind, pk, title, role in rows
    ]
