"""Load the demonstration data from the seeds; running it twice changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import demo as accounts_demo
from fieldtrials import demo as fieldtrials_demo
from programmes import demo as programmes_demo
from toolkit import demo as toolkit_demo

# Each app adds its part; later parts read what earlier ones put in the shared context.
PARTS = [accounts_demo, programmes_demo, fieldtrials_demo, toolkit_demo]


class Command(BaseCommand):
    help = "Create the demonstration programmes, projects, trials, tools and people."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Do not print the logins.")

    def handle(self, *args, quiet=False, **options):
        with transaction.atomic():
            ctx = {}
            for part in PARTS:
                part.load(ctx)
        if not quiet:
            self.stdout.write("Demo logins (password: %s):" % settings.DEMO_PASSWORD)
            for role, email in accounts_demo.logins():
                self.stdout.write(f"  {role:<18} {email}")
