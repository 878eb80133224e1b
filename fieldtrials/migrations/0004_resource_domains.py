from django.db import migrations

# Resourcing Personalisation's four resource domains, verbatim from seed 000.
DOMAINS = [
    ("time", "The use of time"),
    ("technology", "Harnessing technology for learning"),
    ("co_construction", "Co-constructing learning with students"),
    ("environment", "The learning environment"),
]


def add_domains(apps, schema_editor):
    ResourceDomain = apps.get_model("fieldtrials", "ResourceDomain")
    for code, name in DOMAINS:
        ResourceDomain.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("fieldtrials", "0003_trial_records")]

    operations = [migrations.RunPython(add_domains, migrations.RunPython.noop)]
