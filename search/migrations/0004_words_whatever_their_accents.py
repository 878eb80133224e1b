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


# The words of a document as search/indexing.py's weighted_vector() wrote them when this
# migration was made (title weighted A, body B, each also with British doubled-l words
# singled: "trialled" as "trialed"), written out here so that a later change to that
# function does not change what this migration does.
SINGLED_L = (
    "CASE WHEN {column} ~* 'll(ing|ed|er)' THEN array_to_string(ARRAY("
    "SELECT regexp_replace(m[1], 'll(ing|ed|ers?)$', 'l\\1', 'i') "
    "FROM regexp_matches({column}, "
    "'\\m((?:[a-z]{{3,}}[aeiou]|[a-z][aeiou]{{2}})ll(?:ing|ed|ers?))\\M', "
    "'gi') AS w(m)), ' ') ELSE '' END"
)


def _words(text, weight):
    return f"setweight(to_tsvector('{CONFIG}'::regconfig, COALESCE({text}, '')), '{weight}')"


REVECTOR = (
    "UPDATE search_searchdocument SET vector = "
    + " || ".join(
        (
            _words("title", "A"),
            _words("body", "B"),
            _words(SINGLED_L.format(column="title"), "A"),
            _words(SINGLED_L.format(column="body"), "B"),
        )
    )
    + " WHERE title ~ %s OR body ~ %s"
)


def revector(apps, schema_editor):
    """The documents with an accented letter, given their words under np_english."""
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(REVECTOR, [ACCENTED, ACCENTED])


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
