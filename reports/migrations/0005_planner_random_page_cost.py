"""Tell PostgreSQL's planner that random reads are cheap, on the database itself.

Random reads cost little more than sequential ones on the SSDs this runs on; at PostgreSQL's
default (4.0, for spinning disks) the planner reads every assessment of every project to
score one project's options (39 ms at national scale, 11 ms with 1.1). This used to be sent
by every connection (`options=-c random_page_cost=1.1`), which PgBouncer refuses; set on the
database, it reaches every new connection, pooled or not. It needs the database's owner (the
app's role, which runs migrations). An operator's ALTER ROLE ... SET, or a per-session SET,
still takes precedence.

It lives in `reports` because the query it speeds up is the options list that feeds the
reports, and because the project package (`nextpractice`) is not an app with migrations.
No-op on SQLite.
"""

from django.db import migrations


def _alter(value_sql):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        name = connection.ops.quote_name(connection.settings_dict["NAME"])
        schema_editor.execute(f"ALTER DATABASE {name} {value_sql}")

    return run


class Migration(migrations.Migration):
    dependencies = [("reports", "0004_stale_report_sweep")]

    operations = [
        migrations.RunPython(_alter("SET random_page_cost = 1.1"), _alter("RESET random_page_cost"))
    ]
