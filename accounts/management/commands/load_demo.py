"""Load the demonstration data from the seeds; running it twice changes nothing."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import demo as accounts_demo
from accounts.people import demo as people_demo
from communities import demo as communities_demo
from directory import demo as directory_demo
from discussions import demo as discussions_demo
from evaluation import demo as evaluation_demo
from evaluation import demo_system_learning as evaluation_demo_system_learning
from evaluation import demo_trials as evaluation_demo_trials
from fieldtrials import demo as fieldtrials_demo
from fieldtrials import demo_completed as fieldtrials_demo_completed
from fieldtrials import demo_phase2 as fieldtrials_demo_phase2
from fieldtrials import demo_reminders as fieldtrials_demo_reminders
from following import demo as following_demo
from nextpractice import demo_calendar, demo_notes
from programmes import demo as programmes_demo
from reports import demo as reports_demo
from search import indexing as search_indexing
from toolkit import demo as toolkit_demo
from toolkit import demo_every_tool as toolkit_demo_every_tool

# Each app adds its part; later parts read what earlier ones put in the shared context.
PARTS = [
    accounts_demo,
    programmes_demo,
    fieldtrials_demo,
    fieldtrials_demo_phase2,
    discussions_demo,
    evaluation_demo,
    fieldtrials_demo_completed,  # a completed trial; System Leadership to System learning
    evaluation_demo_system_learning,
    evaluation_demo_trials,  # the trials' co-designed evaluations, the completed one's results
    toolkit_demo,
    toolkit_demo_every_tool,
    people_demo,
    directory_demo,  # the administrator's import of the register: Stevenage's URNs
    reports_demo,  # after the content the reports show
    fieldtrials_demo_reminders,  # last: the teams are complete
    communities_demo,  # System Leadership's community: its shared page, an outside member
    following_demo,  # follows what every part above made
]


class Command(BaseCommand):
    help = "Create the demonstration programmes, projects, trials, tools and people."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Do not print the logins.")
        parser.add_argument(
            "--logins-only", action="store_true", help="Print the logins, load nothing."
        )
        parser.add_argument(
            "--in-production",
            action="store_true",
            help="Load it with debug off too (a demonstration server, the load test).",
        )

    def handle(self, *args, quiet=False, logins_only=False, in_production=False, **options):
        # Its people sign in with a published password, one of them an administrator: on a
        # real site (debug off) only when asked for by name.
        if not logins_only and not settings.DEBUG and not in_production:
            raise CommandError(
                "Not loaded: DJANGO_DEBUG is off, and the demo's people (among them "
                f"{accounts_demo.ADMIN_EMAIL}, an administrator) sign in with its published "
                "password. On a demonstration server, add --in-production."
            )
        if not logins_only:
            with transaction.atomic():
                ctx = {}
                # Search's documents are made once, at the end, rather than at every save.
                with search_indexing.deferred():
                    for part in PARTS:
                        part.load(ctx)
                call_command("reindex_search", verbosity=0)
            # The banner and the About page: the demo is loaded, its dates moved so far.
            demo_notes.mark_loaded(offset_months=demo_calendar.offset_months())
        if not quiet:
            self.stdout.write(f"Demo logins (password: {settings.DEMO_PASSWORD}):")
            for role, email in accounts_demo.logins():
                self.stdout.write(f"  {role:<18} {email}")
            outside = "Outside member"  # of the System Leadership community of interest
            self.stdout.write(f"  {outside:<18} {communities_demo.OUTSIDE['email']}")
