"""An index for finding organisations by the start of their name, whatever its case, on
PostgreSQL: the search boxes ask `UPPER(name) LIKE 'ST%'`, which the plain name index cannot
answer under a non-C collation (it walked all 25,000 organisations for a prefix that matched
none). SQLite has no operator classes, and its tables here are small: nothing to do there.
"""

from django.db import migrations

INDEX = "accounts_organisation_upper_name_prefix"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON accounts_organisation (UPPER(name::text) text_pattern_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_invitation")]

    operations = [migrations.RunPython(create, drop)]
