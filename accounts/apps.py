from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts, organisations and notifications"

    def ready(self):
        from nextpractice import checks  # noqa: F401  (registers the broker check)

        from .memberships import connect_signals

        connect_signals()
