"""Next Practice: running innovation programmes in education."""

from .celery import app as celery_app

# The release, shown in the footer and by /healthz; CHANGELOG.md says what each one changed.
__version__ = "0.9.0"

__all__ = ("__version__", "celery_app")
