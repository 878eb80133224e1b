"""Programme, project and Phase 1 URLs, one module per area."""

from . import horizon, lifecycle, need, options, search

app_name = "programmes"

urlpatterns = [
    *lifecycle.urlpatterns,
    *need.urlpatterns,
    *horizon.urlpatterns,
    *options.urlpatterns,
    *search.urlpatterns,
]
