"""Field trial URLs, one module per area."""

from . import list as list_urls
from . import records, trial, updates

app_name = "fieldtrials"

urlpatterns = [
    *trial.urlpatterns,
    *list_urls.urlpatterns,
    *records.urlpatterns,
    *updates.urlpatterns,
]
