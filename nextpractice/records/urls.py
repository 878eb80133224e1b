"""Every declared kind's pages: one set of URLs, the kind named in each."""

from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("records/<slug:app>/<slug:kind>/<int:pk>/edit/", views.record_edit, name="edit"),
    path(
        "records/<slug:app>/<slug:kind>/<int:pk>/withdraw/", views.record_withdraw, name="withdraw"
    ),
    path("records/<slug:app>/<slug:kind>/<int:pk>/restore/", views.record_restore, name="restore"),
    path("records/<slug:app>/<slug:kind>/<int:pk>/delete/", views.record_delete, name="delete"),
    path(
        "records/<slug:app>/<slug:kind>/of/<int:pk>/export.<slug:fmt>",
        views.record_export,
        name="export",
    ),
]
