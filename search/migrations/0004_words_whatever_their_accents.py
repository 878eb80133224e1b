"""Search finds words whatever their accents, on PostgreSQL: "Sean" finds "Seán", "cafe"
finds "Café", "Zoe" finds "Zoë".

PostgreSQL's `unaccent` extension (trusted since PostgreSQL 13: the database's owner may
create it) and a text search configuration of our own, `np_english`: PostgreSQL's `english`
with accents taken off words that have a letter outside ASCII before they are stemmed.
Documents' words, the words typed and the highlights all use it (search/indexing.py CONFIG).
The documents holding such a letter are given their words again here (the others' words
are the same under either configuration), so no `reindex_search` is needed.

SQLite has neither: it matches words plainly (accents and all), and nothing is done there.
"""

from django.db import migrations

CONFIG = "np_english"
# A letter with an accent, as written precomposed (Latin-1 Supplement to Latin Extended-B,
# Latin Extended Additional) or with a combining mark: the documents whose words change.
ACCENTED = "[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        exists = cursor.fetchone()
    if not exists:
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)")
    schema_editor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem"
    )


def revector(apps, schema_editor):
    """The documents with an accented letter, given their words under np_english."""
    if schema_editor.connection.vendor != "postgresql":
        return
    from django.db.models import Q

    from search.indexing import weighted_vector

    documents = apps.get_model("search", "SearchDocument").objects
    accented = documents.filter(Q(title__regex=ACCENTED) | Q(body__regex=ACCENTED))
    accented.update(vector=weighted_vector())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The documents' words stay as they are: `reindex_search` after going back.
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
    schema_editor.execute("DROP EXTENSION IF EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_access_keys")]

    operations = [
        migrations.RunPython(create, drop),
        migrations.RunPython(revector, migrations.RunPython.noop),
    ]
