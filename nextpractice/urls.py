"""Root URLs."""

from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views

from . import help as help_pages
from . import metrics, probes, views

urlpatterns = [
    path("", account_views.home, name="home"),
    # Answered by nextpractice.probes.ProbeMiddleware before host checks; named for reverse().
    path("healthz", probes.healthz, name="healthz"),
    path("readyz", probes.readyz, name="readyz"),
    path("metrics", metrics.metrics, name="metrics"),  # operators only: nextpractice/metrics.py
    path("bench/floor/", views.bench_floor, name="bench_floor"),
    path("about/demo/", views.about_demo, name="about_demo"),
    path("help/", help_pages.how_it_works, name="help"),
    path("help/glossary/", help_pages.glossary, name="glossary"),
    path("help/privacy/", help_pages.privacy, name="privacy"),
    path("accounts/", include("accounts.urls")),
    path("", include("programmes.urls")),
    path("", include("fieldtrials.urls")),
    path("", include("discussions.urls")),
    path("", include("toolkit.urls")),
    path("", include("evaluation.urls")),
    path("", include("reports.urls")),
    path("", include("accounts.people.urls")),
    path("", include("directory.urls")),
    path("", include("communities.urls")),
    path("", include("nextpractice.records.urls")),
    path("", include("search.urls")),
    path("", include("following.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "accounts.views.bad_request"
handler404 = "accounts.views.page_not_found"
handler403 = "accounts.views.permission_denied"
handler500 = "accounts.views.server_error"
