"""Programme, project and Phase 1 URLs, one module per area."""

from . import horizon, lifecycle, need, options, project_pages, search

app_name = "programmes"

urlpatterns = [
    *lifecycle.urlpatterns,
    *project_pages.urlpatterns,
    *need.urlpatterns,
    *horizon.urlpatterns,
    *options.urlpatterns,
    *search.urlpatterns,
]
