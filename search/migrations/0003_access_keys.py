"""Documents carry who may find them (search/access.py), and on PostgreSQL one GIN index
covers their words and their keys together, in place of 0002's index of the words alone
(a search's words with no keys, an administrator's, still reads it by its first column).

Documents made before this carry no keys, so nobody but an administrator finds them until
`manage.py reindex_search` has run."""

from django.db import migrations, models

OLD = "search_document_vector_gin"
INDEX = "search_document_vector_access_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchdocument "
            "USING gin (vector, access)"
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {OLD} ON search_searchdocument USING gin (vector)"
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_gin_index")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="access",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.RunPython(create, drop),
    ]
