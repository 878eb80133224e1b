from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Search"

    def ready(self):
        # Each app declares what it lets people find in its own `searchable.py`, as Django
        # finds admin modules: nothing is listed here by hand.
        autodiscover_modules("searchable")
        from . import choices  # noqa: F401  (its signals keep the filters' choices current)
