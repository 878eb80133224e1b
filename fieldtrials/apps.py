from django.apps import AppConfig


class FieldtrialsConfig(AppConfig):
    name = "fieldtrials"
    verbose_name = "Field trials"
