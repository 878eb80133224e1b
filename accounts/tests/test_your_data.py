"""'Your data': a person downloads everything Next Practice holds about them, and nobody
else's; an administrator downloads anyone's, and the event log says who did, and when."""

import csv
import datetime
import io
import re
import zipfile

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Invitation, Role
from accounts.personal_data import FILES, data_files, pointers_to_people
from accounts.services import record_event
from accounts.tests.factories import NotificationFactory, UserFactory
from communities.tests.factories import JoinRequestFactory
from discussions.models import PostRevision, Thread
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.models import CommunityOfPractice, MonthlyUpdate, SupportSession
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from following.models import Digest, DigestChoice
from following.tests.factories import FollowFactory
from nextpractice.housekeeping import login_records_kept_for
from programmes.models import Assessment, CreativeOption
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory
from programmes.tests.world import ASSESSMENT_JUDGEMENTS
from reports.models import MonthlyReportOptOut
from toolkit.tests.factories import AnswerFactory, ExerciseFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

YOUR_DATA = reverse("accounts:your_data")


def person(marker):
    return UserFactory(full_name=f"{marker} Person", email=f"{marker.lower()}@example.org")


def give_records(who, marker, n=1):
    """`n` records of each kind the download holds, for `who`, each naming `marker`."""
    now = timezone.now()
    DigestChoice.objects.get_or_create(user=who, defaults={"frequency": "weekly"})
    for i in range(n):
        trial = FieldTrialFactory(
            title=f"{marker} Trial {i}",
            project__title=f"{marker} Project {i}",
            project__programme__name=f"{marker} Programme {i}",
        )
        project = trial.project
        FieldTrialMembershipFactory(field_trial=trial, user=who, role=Role.PRACTITIONER)
        ProjectMembershipFactory(project=project, user=who, role=Role.PARTNER)
        ProgrammeMembershipFactory(programme=project.programme, user=who, role=Role.CONSULTANT)
        community = CommunityOfPractice.objects.create(name=f"{marker} Community {i}")
        JoinRequestFactory(user=who, community=community, message=f"{marker} asks {i}")
        for email, invited_by in ((who.email, None), (f"{marker}{i}@school.example", who)):
            Invitation.objects.create(
                email=email, full_name=f"{marker} invitee {i}", role=Role.PRACTITIONER,
                field_trial=trial, invited_by=invited_by, expires_at=now,
                token_hash=f"{marker}-{i}-{email}",
            )  # fmt: skip
        MonthlyUpdate.objects.create(
            field_trial=trial, month=datetime.date(2007, i + 1, 1), rag="amber",
            status="submitted", what_happened=f"{marker} happenings {i}", author=who,
        )  # fmt: skip
        thread = ThreadFactory(field_trial=trial, title=f"{marker} thread {i}", created_by=who)
        post = PostFactory(thread=thread, author=who, body=f"{marker} post {i}")
        PostRevision.objects.create(
            post=post, version=1, body=f"{marker} earlier words {i}", written_at=now
        )
        exercise = ExerciseFactory(title=f"{marker} exercise {i}")
        participation = ParticipationFactory(exercise=exercise, user=who)
        AnswerFactory(participation=participation, question="second.short", value=f"{marker} {i}")
        SupportSession.objects.create(
            field_trial=trial, held_on=datetime.date(2007, 1, 1), given_by=who,
            kind="consultancy", hours=2, notes=f"{marker} support {i}",
        )  # fmt: skip
        option = CreativeOption.objects.create(project=project, title=f"{marker} option {i}")
        Assessment.objects.create(
            option=option, reviewer=who, **{f: 2 for f in ASSESSMENT_JUDGEMENTS},
            change=1, distance=1, horizon="3", comment=f"{marker} comment {i}",
        )  # fmt: skip
        NotificationFactory(recipient=who, message=f"{marker} notice {i}")
        FollowFactory(user=who, field_trial=trial)
        Digest.objects.create(user=who, sent_at=now)
        MonthlyReportOptOut.objects.create(project=project, person=who)
        record_event(
            actor=who, verb="fieldtrials.milestone_added", target=trial,
            data={"text": f"{marker} milestone {i}"},
        )  # fmt: skip
        for model in (AccessLog, AccessFailureLog):
            model.objects.create(
                username=who.email.upper(), ip_address=f"10.0.0.{i + 1}",
                user_agent=f"{marker} browser {i}", http_accept="*/*", path_info="/",
            )  # fmt: skip


def files_of(response):
    """{file name: its text} of a downloaded ZIP."""
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="next-practice-data')
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist()}


def rows_of(text):
    return list(csv.reader(io.StringIO(text)))[1:]


@pytest.fixture
def kestrel():
    who = person("Kestrel")
    give_records(who, "Kestrel")
    return who


@pytest.fixture
def lapwing():
    who = person("Lapwing")
    give_records(who, "Lapwing", n=2)
    return who


def test_the_download_holds_a_persons_own_records_of_every_kind_and_nobody_elses(
    client, kestrel, lapwing
):
    client.force_login(kestrel)
    files = files_of(client.post(YOUR_DATA))
    assert set(files) == {"README.txt", *[f.name for f in data_files()]}
    for name, text in files.items():
        assert "Lapwing" not in text, name
        if name != "README.txt":
            assert rows_of(text), f"{name} holds none of Kestrel's records"
    said = {name: text for name, text in files.items()}
    assert "Kestrel Person,kestrel@example.org" in said["account.csv"]
    assert "Weekly" in said["account.csv"]
    assert "Kestrel Trial 0,School leader or practitioner" in said["memberships.csv"]
    assert "Kestrel asks 0" in said["community_requests.csv"]
    assert "kestrel@example.org" in said["invitations_received.csv"]
    assert "Kestrel0@school.example" in said["invitations_sent.csv"]
    assert "Kestrel happenings 0" in said["monthly_updates.csv"]
    assert "Kestrel post 0" in said["discussion_posts.csv"]
    assert "Kestrel earlier words 0" in said["discussion_post_versions.csv"]
    assert "Kestrel exercise 0" in said["toolkit_exercises.csv"]
    assert "In a few words,Kestrel 0" in said["toolkit_answers.csv"]
    assert "Kestrel support 0" in said["support_log.csv"]
    assert "Kestrel comment 0" in said["option_assessments.csv"]
    assert "Kestrel notice 0" in said["notifications.csv"]
    assert "Kestrel Trial 0" in said["follows.csv"]
    assert "Kestrel Project 0" in said["monthly_report_opt_outs.csv"]
    assert "Kestrel milestone 0" in said["activity_log.csv"]
    assert "downloaded the data Next Practice holds about them" in said["activity_log.csv"]
    assert "Signed in" in said["sign_in_records.csv"]
    assert "Kestrel browser 0" in said["sign_in_records.csv"]
    assert "10.0.0.1" in said["sign_in_records.csv"]
    assert "Wrong password" in said["sign_in_records.csv"]
    # Found, not listed: the discussion Kestrel started.
    assert "Kestrel thread 0" in said["other_records.csv"]
    for data_file in data_files():
        assert data_file.name in said["README.txt"]
    assert "Gathered on" in said["README.txt"]


def test_other_records_are_one_row_each_in_the_words_of_the_apps_screens(client, kestrel):
    update = MonthlyUpdate.objects.get(author=kestrel)
    update.what_happened = "Kestrel's second go"
    update.save()
    update.history.update(history_user=kestrel)  # Kestrel saved both versions
    thread = Thread.objects.get(created_by=kestrel)
    client.force_login(kestrel)
    text = files_of(client.post(YOUR_DATA))["other_records.csv"]
    assert text.splitlines()[0] == "Kind of record,How it names you,Number,Name,When"
    rows = rows_of(text)
    versions = [row for row in rows if row[0] == "Earlier version of a monthly update"]
    assert [row[1:4] for row in versions] == [
        ["wrote it, saved this version", str(update.pk), "Kestrel Trial 0, January 2007"]
    ] * 2
    assert ["Discussion", "added it", str(thread.pk), "Kestrel thread 0"] in [
        row[:4] for row in rows
    ]
    for code_words in ("history user", "Thread", "created by", "author", " a objective"):
        assert code_words not in text


def test_every_file_says_what_it_covers_by_fields_that_exist():
    pointers = {f"{m._meta.label_lower}.{f.name}" for m, f in pointers_to_people()}
    for data_file in FILES:
        assert set(data_file.covers) <= pointers, data_file.name


def test_a_formula_in_what_someone_wrote_stays_text(client, kestrel):
    PostFactory(author=kestrel, body='=HYPERLINK("http://evil.example")')
    client.force_login(kestrel)
    posts = rows_of(files_of(client.post(YOUR_DATA))["discussion_posts.csv"])
    assert '\'=HYPERLINK("http://evil.example")' in [row[3] for row in posts]


def test_the_download_takes_the_same_queries_for_one_record_of_each_kind_as_for_three(client):
    few, many = person("Few"), person("Many")
    give_records(few, "Few", n=1)
    give_records(many, "Many", n=3)
    client.force_login(few)
    client.post(YOUR_DATA)  # the first request of a test reads what later ones have cached
    with CaptureQueriesContext(connection) as one:
        assert client.post(YOUR_DATA).status_code == 200
    client.force_login(many)
    client.post(YOUR_DATA)
    with CaptureQueriesContext(connection) as three:
        response = client.post(YOUR_DATA)
    assert len(rows_of(files_of(response)["monthly_updates.csv"])) == 3
    assert len(three) == len(one), "\n".join(q["sql"] for q in three.captured_queries)


def test_your_data_page_says_what_the_download_holds_and_is_linked_from_your_details(
    client, kestrel
):
    client.force_login(kestrel)
    assert YOUR_DATA in client.get(reverse("accounts:profile")).content.decode()
    page = client.get(YOUR_DATA).content.decode()
    assert '<h1 class="govuk-heading-l">Your data</h1>' in page
    assert "Download your data" in page
    assert "sign_in_records.csv" in page
    assert "Your account: name, e-mail address" in page
    assert 'data-label="What it holds"' in page  # stacked, one file under another, at 320 px
    assert "Nobody has downloaded your data yet." in page


def test_nobody_but_an_administrator_can_download_someone_elses_data(client, kestrel, lapwing):
    url = reverse("accounts:person_data", args=[kestrel.pk])
    client.force_login(lapwing)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert not Event.objects.filter(verb="accounts.personal_data_gathered").exists()


def test_an_administrator_downloads_anyones_data_and_the_log_says_who_and_when(
    client, kestrel, lapwing
):
    admin = UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    change = client.get(reverse("admin:accounts_user_change", args=[kestrel.pk]))
    url = reverse("accounts:person_data", args=[kestrel.pk])
    assert url in change.content.decode()
    page = client.get(url).content.decode()
    assert "Download Kestrel Person's data" in page
    # The administrator's page speaks of the person, not to its reader.
    assert "Their account: name, e-mail address" in page
    assert "The monthly updates they wrote for field trials." in page
    assert "Your account" not in page and "you wrote" not in page
    files = files_of(client.post(url))
    assert "Kestrel happenings 0" in files["monthly_updates.csv"]
    assert "Lapwing" not in "".join(files.values())
    assert "by Ada Admin" in files["README.txt"]
    event = Event.objects.get(verb="accounts.personal_data_gathered")
    assert (event.actor, event.target, event.data["user"]) == (admin, kestrel, kestrel.pk)
    client.force_login(kestrel)
    told = client.get(YOUR_DATA).content.decode()
    assert "Earlier downloads" in told and "by Ada Admin" in told
    activity = files_of(client.post(YOUR_DATA))["activity_log.csv"]
    assert "Ada Admin,downloaded the data Next Practice holds about Kestrel Person." in activity


def test_the_privacy_notice_says_who_holds_the_data_how_long_and_how_to_ask(client, settings):
    settings.DATA_CONTROLLER = "Shire County Council, dpo@shire.gov.example"
    settings.SIGN_IN_RECORDS_DAYS = 45
    page = client.get(reverse("privacy")).content.decode()
    assert "Shire County Council, dpo@shire.gov.example." in page
    # As long as beat's housekeeping keeps them (nextpractice.housekeeping), no longer.
    assert login_records_kept_for().days == 45
    assert "Sign-in records are kept for 45 days, then deleted." in page
    assert reverse("accounts:your_data") in page
    assert "to have your data erased, ask your administrator" in page
    assert reverse("privacy") in client.get(reverse("accounts:login")).content.decode()


def test_the_notifications_links_are_whole_addresses_as_their_e_mails_give_them(client, settings):
    """A notification's link, opened from the downloaded file away from the site, goes to
    the page: "https://np.example.org/field-trials/12/", not "/field-trials/12/"; one with
    no link stays empty."""
    settings.SITE_URL = "https://np.example.org"
    who = person("Merlin")
    NotificationFactory(recipient=who, message="Merlin linked", url="/field-trials/12/")
    NotificationFactory(recipient=who, message="Merlin unlinked", url="")
    client.force_login(who)
    rows = rows_of(files_of(client.post(YOUR_DATA))["notifications.csv"])
    links = {row[2]: row[3] for row in rows}
    assert links == {
        "Merlin linked": "https://np.example.org/field-trials/12/",
        "Merlin unlinked": "",
    }


@pytest.mark.parametrize(
    "sender, contact",
    [
        ("Next Practice <nextpractice@trust.example>", "at nextpractice@trust.example"),
        # nobody reads a no-reply address: the programme officer passes the question on
        ("Next Practice <no-reply@trust.example>", "through your programme officer"),
    ],
)
def test_a_privacy_notice_with_no_data_controller_says_whom_to_ask(
    client, settings, sender, contact
):
    """NEXTPRACTICE_DATA_CONTROLLER unset (check --deploy warns of it): the notice does not
    read "The organisation that runs this Next Practice service." as if that were a name; it
    says that none is given yet and to ask the site's administrators, at its address."""
    settings.DATA_CONTROLLER = ""
    settings.DEFAULT_FROM_EMAIL = sender
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(reverse("privacy")).text))
    assert "has not yet given its name and contact details here" in page
    assert f"To find out who it is, ask the administrators of this site, {contact}" in page
    assert "The organisation that runs this Next Practice service." not in page
