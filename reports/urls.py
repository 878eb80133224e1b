"""Progress report URLs."""

app_name = "reports"

urlpatterns = []
