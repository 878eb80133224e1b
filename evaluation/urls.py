"""Evaluation and system learning URLs."""

app_name = "evaluation"

urlpatterns = []
