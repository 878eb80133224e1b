"""Finding an organisation by typing: the suggestions endpoint, and the organisation field
of a team member's page (set by those who manage the team) with and without JavaScript
(accounts/search.py)."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Organisation, Role
from accounts.search import authority_name_key, organisation_name_key
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

SEARCH = reverse("accounts:organisation_search")


@pytest.fixture
def leeds():
    la = OrganisationFactory(name="Leeds", kind=Organisation.Kind.LOCAL_AUTHORITY)
    return {
        "la": la,
        "marys": OrganisationFactory(name="St Mary's Primary", urn="107001", local_authority=la),
        "martins": OrganisationFactory(name="St Martin's CE School", urn="107002"),
        "other": OrganisationFactory(name="Allerton High", urn="107003", local_authority=la),
    }


def search(client, **params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    return response.json()


def test_suggestions_match_the_start_of_a_name_and_say_what_tells_them_apart(client, leeds):
    client.force_login(UserFactory())
    data = search(client, q="st mar")
    assert [r["label"] for r in data["results"]] == ["St Martin's CE School", "St Mary's Primary"]
    assert data["results"][1] == {
        "id": leeds["marys"].pk,
        "label": "St Mary's Primary",
        "hint": "School, URN 107001, Leeds",
    }
    assert data["has_next"] is False
    # Not the middle of a word: "ary" is in "St Mary's Primary" but starts no word of it.
    assert search(client, q="ary")["results"] == []


def test_when_no_name_starts_so_a_word_inside_one_is_found(client, leeds):
    """ "NCSL" and "Innovation Unit" found nothing: the names are "National College for
    School Leadership (NCSL)" and "The Innovation Unit"."""
    ncsl = OrganisationFactory(
        name="National College for School Leadership (NCSL)",
        kind=Organisation.Kind.NATIONAL_AGENCY,
    )
    unit = OrganisationFactory(name="The Innovation Unit", kind=Organisation.Kind.OTHER)
    client.force_login(UserFactory())
    assert [r["id"] for r in search(client, q="ncsl")["results"]] == [ncsl.pk]
    assert [r["id"] for r in search(client, q="Innovation Unit")["results"]] == [unit.pk]
    assert [r["label"] for r in search(client, q="Mary")["results"]] == ["St Mary's Primary"]
    # Typed without the suggestions (no JavaScript), the form finds it the same way.
    from accounts.search import OrganisationField

    assert OrganisationField().clean(("NCSL", "")) == ncsl


def test_a_urn_finds_its_one_school_and_a_local_authority_its_schools(client, leeds):
    client.force_login(UserFactory())
    assert [r["id"] for r in search(client, q=" 107002 ")["results"]] == [leeds["martins"].pk]
    names = [r["label"] for r in search(client, q="Leeds")["results"]]
    # The local authority itself first, then its schools.
    assert names == ["Leeds", "Allerton High", "St Mary's Primary"]


def reads_words_inside_names(queries, text):
    """Whether one of `queries` looks for a word inside a name starting with `text` (after
    a space or a bracket: inside_the_name), on PostgreSQL and SQLite alike."""
    return any(f" {text}" in q["sql"] or f"({text}" in q["sql"] for q in queries)


def test_digits_alone_are_looked_for_as_a_urn_not_inside_the_names(client, leeds):
    """ "1000", the start of a URN, found no name starting so, then read every one of
    25,000 names for a word starting so: no name holds a URN. A word still is, and so are
    fewer digits."""
    from django import forms

    from accounts.search import OrganisationField

    client.force_login(UserFactory())
    for typed, found in [("1000", []), ("107002", [leeds["martins"].pk]), ("999999", [])]:
        with CaptureQueriesContext(connection) as asked:
            assert [r["id"] for r in search(client, q=typed)["results"]] == found
        assert not reads_words_inside_names(asked.captured_queries, typed), typed
    with CaptureQueriesContext(connection) as asked:
        assert [r["label"] for r in search(client, q="Mary")["results"]] == ["St Mary's Primary"]
    assert reads_words_inside_names(asked.captured_queries, "Mary")
    # Fewer digits are a name's number as well ("Academy 360"), still found inside it.
    academy = OrganisationFactory(name="Academy 360", urn="136360")
    assert [r["id"] for r in search(client, q="360")["results"]] == [academy.pk]
    # Typed without the suggestions (no JavaScript): the same.
    with CaptureQueriesContext(connection) as asked:
        with pytest.raises(forms.ValidationError, match="No organisation is called"):
            OrganisationField().clean(("1000", ""))
    assert not reads_words_inside_names(asked.captured_queries, "1000")
    assert OrganisationField().clean(("107001", "")) == leeds["marys"]


def test_the_organisation_called_so_comes_first_then_names_starting_so(client):
    """Typing "Hampshire" listed "Bridgemary College (School, Hampshire)" first: picked, it
    was recorded as the partner agency that took up a case study."""
    la = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Bridgemary College", local_authority=la)
    OrganisationFactory(name="Hampshire Music Service", kind=Organisation.Kind.OTHER)
    OrganisationFactory(name="Riverside PRU", local_authority=la)
    OrganisationFactory(name="Alton Infant School", urn="116001", local_authority=la)
    client.force_login(UserFactory())
    names = [r["label"] for r in search(client, q="hampshire")["results"]]
    assert names == [
        "Hampshire",
        "Hampshire Music Service",
        "Alton Infant School",
        "Bridgemary College",
        "Riverside PRU",
    ]
    # A URN: its school first, whatever its name.
    assert search(client, q="116001")["results"][0]["label"] == "Alton Infant School"


def test_pages_follow_on_from_the_names_starting_so_to_the_rest(client):
    la = OrganisationFactory(name="Oakshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory.create_batch(20, name=factory_name("Oakshire"))
    OrganisationFactory.create_batch(20, name=factory_name("Acorn"), local_authority=la)
    client.force_login(UserFactory())
    pages = [search(client, q="Oakshire", page=n) for n in (1, 2, 3)]
    names = [r["label"] for page in pages for r in page["results"]]
    assert [p["has_next"] for p in pages] == [True, True, False]
    assert names[0] == "Oakshire" and len(names) == len(set(names)) == 41
    assert all(n.startswith("Oakshire School") for n in names[1:21])
    assert all(n.startswith("Acorn School") for n in names[21:])
    assert names[21:] == sorted(names[21:])


def test_kind_narrows_the_suggestions_to_local_authorities(client, leeds):
    client.force_login(UserFactory())
    data = search(client, q="Leeds", kind="local_authority")
    assert [r["id"] for r in data["results"]] == [leeds["la"].pk]
    # An unknown kind is ignored rather than an error.
    assert len(search(client, q="Leeds", kind="castle")["results"]) == 3


def test_suggestions_come_a_page_at_a_time(client):
    OrganisationFactory.create_batch(40, name=factory_name("Oakfield"))
    client.force_login(UserFactory())
    first, second, third = (search(client, q="oak", page=n) for n in (1, 2, 3))
    assert len(first["results"]) == 15 and first["has_next"] and first["page"] == 1
    assert len(second["results"]) == 15 and second["has_next"]
    assert len(third["results"]) == 10 and not third["has_next"]
    ids = [r["id"] for page in (first, second, third) for r in page["results"]]
    assert len(set(ids)) == 40
    # A page that is not a whole number above 0 is page 1; one too long to be a page is
    # past the end: no more suggestions (and no server error).
    for page in ("0", "-1", "x"):
        assert search(client, q="oak", page=page)["page"] == 1
    past = search(client, q="oak", page="9" * 40)
    assert past["results"] == [] and not past["has_next"]


def factory_name(prefix):
    import factory

    return factory.Sequence(lambda n: f"{prefix} School {n:03d}")


def test_nothing_typed_or_only_spaces_and_nul_suggests_nothing(client, leeds):
    client.force_login(UserFactory())
    for q in ("", "   ", "\x00"):
        assert search(client, q=q)["results"] == []
    # A NUL (pasted from a PDF) reads as a space, and is no error on PostgreSQL.
    assert [r["label"] for r in search(client, q="St\x00Mary")["results"]] == ["St Mary's Primary"]


def test_signed_out_people_are_sent_to_sign_in(client, leeds):
    response = client.get(SEARCH, {"q": "St"})
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_the_search_costs_the_same_queries_for_10_and_200_organisations(
    client, django_assert_num_queries
):
    client.force_login(UserFactory())
    OrganisationFactory.create_batch(10, name=factory_name("Elm"))
    with CaptureQueriesContext(connection) as small:
        search(client, q="elm", page=2)
    OrganisationFactory.create_batch(190, name=factory_name("Elmwood"))
    with django_assert_num_queries(len(small.captured_queries)):
        data = search(client, q="elm", page=2)
    assert len(data["results"]) == 15
    # The session, the user, the local authorities whose name matches, and the one search.
    assert len(small.captured_queries) == 4


@pytest.fixture
def member():
    """A field trial's member, and the page where its project's officer (signed in) sets
    where they work."""
    trial = FieldTrialFactory()
    officer = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    person = UserFactory(full_name="Sam Lewis", job_title="Deputy")
    FieldTrialMembershipFactory(field_trial=trial, user=person, role=Role.PRACTITIONER)
    person.page = reverse("people:change_organisation", args=["field-trial", trial.pk, person.pk])
    person.officer = officer
    return person


def organisation_page(client, member):
    response = client.get(member.page)
    assert response.status_code == 200
    return response


def test_the_members_organisation_page_costs_the_same_for_10_and_200_organisations(
    client, member, django_assert_num_queries
):
    school = OrganisationFactory(name="Bridgemary College")
    member.organisation = school
    member.save()
    client.force_login(member.officer)
    OrganisationFactory.create_batch(9)
    with CaptureQueriesContext(connection) as small:
        small_size = len(organisation_page(client, member).content)
    OrganisationFactory.create_batch(190)
    with django_assert_num_queries(len(small.captured_queries)):
        response = organisation_page(client, member)
    # The page names the current organisation but lists none: its size does not grow.
    assert abs(len(response.content) - small_size) < 20
    body = response.content.decode()
    assert 'value="Bridgemary College"' in body and "<option" not in body
    assert f'data-np-autocomplete="{SEARCH}"' in body


def post_organisation(client, member, organisation, choice=""):
    client.force_login(member.officer)
    data = {"organisation": organisation}
    if choice != "":
        data["organisation_choice"] = choice
    return client.post(member.page, data)


def test_without_javascript_a_typed_name_or_urn_is_saved(client, leeds, member):
    assert post_organisation(client, member, "  st mary's primary ").status_code == 302
    member.refresh_from_db()
    assert member.organisation == leeds["marys"]
    assert post_organisation(client, member, "107002").status_code == 302
    member.refresh_from_db()
    assert member.organisation == leeds["martins"]
    # The start of one name only: that one.
    assert post_organisation(client, member, "Allert").status_code == 302
    member.refresh_from_db()
    assert member.organisation == leeds["other"]
    # Empty: no organisation.
    assert post_organisation(client, member, "").status_code == 302
    member.refresh_from_db()
    assert member.organisation is None


def test_an_ambiguous_name_is_refused_next_to_the_field_naming_the_choices(client, leeds, member):
    response = post_organisation(client, member, "St Ma")
    body = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in body and 'href="#id_organisation"' in body
    assert "More than one organisation matches ‘St Ma’" in body
    assert "St Martin&#x27;s CE School (School, URN 107002)" in body
    assert "St Mary&#x27;s Primary (School, URN 107001, Leeds)" in body
    assert 'id="id_organisation_1_error"' in body  # the message next to the field
    assert 'class="govuk-input govuk-!-width-two-thirds govuk-input--error"' in body
    assert 'value="St Ma"' in body  # what they typed is kept
    member.refresh_from_db()
    assert (member.job_title, member.organisation) == ("Deputy", None)


def test_an_unknown_name_says_so(client, leeds, member):
    body = post_organisation(client, member, "Hogwarts").content.decode()
    assert "No organisation is called ‘Hogwarts’ or has that URN" in body
    # It says the way on, to the officer reading it: not to ask a programme officer.
    assert (
        "Check the spelling, or enter the school&#x27;s 6 or 7 digit URN. If it is not in the "
        "directory yet, add it: type its name, then choose ‘Not in the directory? Add …’ under "
        "the box." in body
    )
    assert "ask a programme officer" not in body


def test_who_may_not_add_an_organisation_is_told_to_ask_a_programme_officer():
    """The message told a programme officer that a programme officer can add it: it is
    worded for who reads it, and ends with a full stop."""
    from django import forms

    from accounts.search import OrganisationField, say_who_adds

    class Form(forms.Form):
        organisation = OrganisationField()

    partner = UserFactory()
    form = Form({"organisation": "Hogwarts"})
    say_who_adds(form, partner)
    assert form.errors["organisation"] == [
        "No organisation is called ‘Hogwarts’ or has that URN. Check the spelling, or enter "
        "the school's 6 or 7 digit URN. If it is not in the directory yet, ask a programme "
        "officer to add it."
    ]


def test_two_organisations_of_one_name_are_told_apart_by_the_suggestion_picked(client, member):
    school = OrganisationFactory(name="Oak Academy", kind=Organisation.Kind.SCHOOL)
    trust = OrganisationFactory(name="Oak Academy", kind=Organisation.Kind.TRUST)
    assert post_organisation(client, member, "Oak Academy").status_code == 400  # which one?
    assert post_organisation(client, member, "Oak Academy", choice=trust.pk).status_code == 302
    member.refresh_from_db()
    assert member.organisation == trust
    # The id picked counts only while the text still reads as its name.
    assert post_organisation(client, member, "Oak Academ", choice=school.pk).status_code == 400
    for tampered in ("99999999999999999999999", "x", "-1"):
        response = post_organisation(client, member, "Oak Academy", choice=tampered)
        assert response.status_code == 400


def test_the_directory_rule_and_its_list_agree_for_every_persona(world):
    from accounts.rules import visible_organisations
    from nextpractice.testing.fixtures import PERSONAS

    for persona in PERSONAS:
        user = world.users[persona]
        may = user.has_perm("accounts.search_organisations") if user else False
        assert may is (persona != "anonymous")
        listed = visible_organisations(user)
        assert listed.exists() is may, persona


def test_odd_input_in_the_field_is_a_message_never_a_server_error(client, leeds, member):
    for typed, choice in [
        ("\x00St Mary's\x00", ""),  # NUL from a pasted PDF: PostgreSQL refuses it in a query
        ("a" * 60_000, ""),  # too long for SQLite's LIKE
        ("%", ""),
        ("_", "1e9"),
        ("St Mary's Primary", "\x00"),
    ]:
        response = post_organisation(client, member, typed, choice=choice)
        assert response.status_code in (302, 400), typed[:20]


def test_an_organisation_of_a_kind_not_taken_here_is_named_as_one():
    """A trust typed as a project's partner agency read "No organisation is called
    ‘Calderdale Learning Trust’ … enter the school's 6 or 7 digit URN": it exists; a
    partner agency is a national agency, local authority or research body."""
    from django import forms

    from accounts.search import OrganisationField

    OrganisationFactory(name="Calderdale Learning Trust", kind=Organisation.Kind.TRUST)
    field = OrganisationField(
        label="Partner agency",
        kinds=[Organisation.Kind.NATIONAL_AGENCY, Organisation.Kind.LOCAL_AUTHORITY],
    )
    with pytest.raises(forms.ValidationError) as refused:
        field.clean(("calderdale learning trust", ""))
    assert refused.value.messages == [
        "Calderdale Learning Trust is a trust: a partner agency must be a national agency or "
        "a local authority."
    ]
    # Where no school is taken, no word of URNs.
    with pytest.raises(forms.ValidationError) as refused:
        field.clean(("Nowhere Trust", ""))
    assert refused.value.messages[0].startswith(
        "No national agency or local authority is called ‘Nowhere Trust’. Check the spelling. "
    )
    one_kind = OrganisationField(label="Local authority", kinds=[Organisation.Kind.LOCAL_AUTHORITY])
    with pytest.raises(forms.ValidationError) as refused:
        one_kind.clean(("Calderdale Learning Trust", ""))
    assert refused.value.messages == [
        "Calderdale Learning Trust is a trust, not a local authority."
    ]


@pytest.mark.parametrize(
    "one, other",
    [
        ("Calderdale", "Calderdale Council"),
        ("  calderdale ", "CALDERDALE METROPOLITAN BOROUGH COUNCIL"),
        ("Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
        ("Hackney", "London Borough of Hackney"),
        ("Bristol, City of", "Bristol City Council"),
        ("Kent", "Kent County Council"),
        ("Innovation Unit", "The Innovation Unit"),
        ("St Mary's & St John's", "St. Mary’s and St John’s"),
        ("Stoke-on-Trent", "Stoke on Trent City Council"),
        ("Café Academy", "CAFE ACADEMY"),
        ("St Seán's", "St Sean’s"),
        ("Ysgol Gymraeg Bro Ŵyn", "Ysgol Gymraeg Bro Wyn"),
    ],
)
def test_names_that_differ_only_round_the_edges_share_a_key(one, other):
    assert organisation_name_key(one) == organisation_name_key(other)


def test_a_key_keeps_what_tells_organisations_apart():
    assert organisation_name_key("Kingston upon Hull") != organisation_name_key(
        "Kingston upon Thames"
    )
    assert organisation_name_key("North Yorkshire Council") != organisation_name_key("York")
    # A name of nothing but the words set aside keeps them.
    assert organisation_name_key(" Council ") == "council"
    assert organisation_name_key(", City of") == "city of"


@pytest.mark.parametrize(
    "one, other",
    [
        ("Calderdale", "Calderdale Council"),
        ("  calderdale ", "Calderdale Metropolitan Borough Council"),
        ("Durham", "County Durham"),
        ("County Durham", "Durham County Council"),
        ("Bristol", "City of Bristol"),
        ("Bristol, City of", "Bristol City Council"),
        ("Herefordshire, County of", "Herefordshire Council"),
        ("Kent", "KENT COUNTY COUNCIL"),
        ("Wigan", "Metropolitan Borough of Wigan"),
        ("Barnsley", "Borough of Barnsley"),
    ],
)
def test_a_local_authority_s_names_share_a_key(one, other):
    assert authority_name_key(one) == authority_name_key(other)


def test_a_local_authority_s_key_keeps_what_tells_authorities_apart():
    assert authority_name_key("Durham") != authority_name_key("Darlington")
    assert authority_name_key("Kingston upon Hull") != authority_name_key("Kingston upon Thames")
    assert authority_name_key("North Yorkshire Council") != authority_name_key("York")
    assert authority_name_key("County") == "county"  # nothing but the word: kept
    # "County" before a name is set aside for local authorities only, not for a school.
    assert organisation_name_key("County Bridge School") != organisation_name_key("Bridge School")


on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's unaccent (SQLite: as typed)"
)


@on_postgresql
def test_a_name_is_found_whatever_its_accents(client, leeds):
    """ "Ecole" found nothing: the school is "École Jeannine Manuel"."""
    ecole = OrganisationFactory(name="École Jeannine Manuel", kind=Organisation.Kind.SCHOOL)
    cafe = OrganisationFactory(name="Café Academy", kind=Organisation.Kind.SCHOOL)
    la = OrganisationFactory(name="Ynys Môn", kind=Organisation.Kind.LOCAL_AUTHORITY)
    ysgol = OrganisationFactory(name="Ysgol Gymraeg", local_authority=la)
    client.force_login(UserFactory())
    assert [r["id"] for r in search(client, q="ecole")["results"]] == [ecole.pk]
    assert [r["id"] for r in search(client, q="Cafe")["results"]] == [cafe.pk]
    assert [r["id"] for r in search(client, q="CAFÉ ACADEMY")["results"]] == [cafe.pk]
    # The authority, then its schools; and a word inside a name.
    assert [r["id"] for r in search(client, q="Ynys Mon")["results"]] == [la.pk, ysgol.pk]
    assert [r["id"] for r in search(client, q="Jeannine")["results"]] == [ecole.pk]
    # Typed without the suggestions (no JavaScript), the form finds it the same way.
    from accounts.search import OrganisationField

    assert OrganisationField().clean(("Cafe Academy", "")) == cafe
    assert OrganisationField().clean(("ecole jean", "")) == ecole
    # A % or _ typed is a letter, not a wildcard.
    assert search(client, q="Caf_")["results"] == []
    # Listed among the names of their letter, not after the Z's.
    OrganisationFactory(name="Elm Grove")
    OrganisationFactory(name="Eagle House")
    names = [r["label"] for r in search(client, q="e")["results"]]
    assert names == ["Eagle House", "École Jeannine Manuel", "Elm Grove"]


@on_postgresql
def test_the_name_s_start_is_read_from_its_index_whatever_its_accents(leeds):
    """25,000 organisations: the names starting so (accents aside) and their order are read
    from the index of migration 0020, never a walk of the table or of every name before the
    first match. Three thousand rows here, analysed, so that the plan is the one a large
    table gets (on a handful, walking another index costs the same, and the planner chose
    it in one CI run of three), and the planner is told not to walk the table."""
    from accounts.search import names_first

    words = "Abbey Park Primary Holy Trinity Oak Ridge Saint Wood".split()
    Organisation.objects.bulk_create(
        Organisation(name=f"{words[n % len(words)]} School {n}", kind=Organisation.Kind.SCHOOL)
        for n in range(3000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE accounts_organisation")
        cursor.execute("SET LOCAL enable_seqscan = off")
    for text in ("Ecole", "École Jeannine Manuel"):
        plan = names_first(Organisation.objects.all(), text, [leeds["la"].pk], 1).explain()
        assert (
            plan.count("Index Scan using accounts_organisation_unaccented_name_prefix")
            + (plan.count("Bitmap Index Scan on accounts_organisation_unaccented_name_prefix"))
            >= 2
        ), plan
        assert "Seq Scan" not in plan, plan


ON_SQLITE = """
from accounts.models import Organisation
from accounts.search import organisation_suggestions

hants = Organisation.objects.create(name="Hampshire", kind="local_authority")
Organisation.objects.create(name="Bridgemary School", kind="school", local_authority=hants)
Organisation.objects.create(name="Hamble Primary", kind="school", urn="116001")
rows, more = organisation_suggestions(Organisation.objects.all(), text="Ham")
print("|".join(row["label"] for row in rows), more)
rows, more = organisation_suggestions(Organisation.objects.all(), text="116001")
print("|".join(row["label"] for row in rows), more)
"""


def test_the_organisation_box_answers_on_sqlite_as_make_run_uses_it(tmp_path):
    """`make run` keeps its data in SQLite, which takes no LIMIT inside a UNION: the box
    answered every search there with a server error. Its tiers, in order, there too."""
    import subprocess
    import sys

    from nextpractice.tests.test_kept_schema import ROOT, migrate_in_a_new_process

    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    migrate_in_a_new_process(url)
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", ON_SQLITE],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    # The authority and the school whose name starts so, then the authority's schools.
    assert done.stdout.split("\n")[:2] == [
        "Hamble Primary|Hampshire|Bridgemary School False",
        "Hamble Primary False",
    ]
