"""Toolkit URLs: each area keeps its own list."""

from .urls_exercises import urlpatterns as exercise_urls
from .urls_results import urlpatterns as results_urls
from .urls_tools import urlpatterns as tool_urls

app_name = "toolkit"

urlpatterns = tool_urls + exercise_urls + results_urls
