from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    """A community of practice's space (its shared page) and communities of interest."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "communities"
    verbose_name = "Community spaces"
