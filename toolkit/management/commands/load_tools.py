"""`python manage.py load_tools [paths...]`: install the toolkit's tool definitions."""

from django.core.management.base import BaseCommand, CommandError

from toolkit.definition import DefinitionError
from toolkit.loading import DEFAULT_DIRECTORY, load_paths


class Command(BaseCommand):
    help = (
        "Validate and install tool definitions (YAML or JSON files, or folders of them; "
        "default: toolkit/definitions/). A changed definition becomes a new version; "
        "one malformed file installs nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="definition files or folders")

    def handle(self, *args, paths, **options):
        try:
            results = load_paths(paths or [DEFAULT_DIRECTORY])
        except DefinitionError as error:
            problems = "\n".join(error.messages)
            raise CommandError(f"No tools were loaded: fix these first.\n{problems}") from None
        for tool, version, created in results:
            if created:
                self.stdout.write(self.style.SUCCESS(f"{tool.slug}: new version {version.number}"))
            else:
                self.stdout.write(f"{tool.slug}: unchanged (version {version.number})")
