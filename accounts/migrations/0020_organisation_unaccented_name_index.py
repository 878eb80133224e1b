"""Organisations found by the start of their name whatever its accents, on PostgreSQL:
"Ecole" finds "École Jeannine Manuel", "Cafe" finds "Café Academy" (accounts/search.py).

PostgreSQL's `unaccent()` (the extension search's migration 0004 makes) is STABLE, as its
rules could change, so no index may use it: `np_unaccent(text)` is the same, said to be
IMMUTABLE, naming the extension's function and rules by their schema so that it reads the
same whatever the search path. The search boxes ask for `UPPER(np_unaccent(name)) COLLATE "C"`
starting with 'ECOLE', in that order: this index answers both, reading no further than the
page of suggestions needs (in the "C" collation a prefix is a range of the index, under any
database collation, as with text_pattern_ops, and the index gives the order as well).

The index of 0007 (UPPER(name)) stays: the add-organisation form's "is this name and kind
already here?" check (directory/forms.py) reads names whatever their case only.
SQLite has neither function nor operator classes: nothing is done there.
"""

from django.db import migrations

INDEX = "accounts_organisation_unaccented_name_prefix"
FUNCTION = "np_unaccent"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT quote_ident(n.nspname) FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
        )
        (schema,) = cursor.fetchone()
    dictionary = f"{schema}.unaccent".replace("'", "''")
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ SELECT {schema}.unaccent('{dictionary}'::regdictionary, $1) $$"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} "
        f'ON accounts_organisation ((UPPER({FUNCTION}(name)) COLLATE "C"))'
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text)")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0019_import_notifications"),
        ("search", "0004_words_whatever_their_accents"),
    ]

    operations = [migrations.RunPython(create, drop)]
