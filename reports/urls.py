"""Progress report URLs."""

from django.urls import path, register_converter

from . import views


class SubjectKind:
    regex = "programme|project|trial"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SubjectKind, "subject_kind")

app_name = "reports"

urlpatterns = [
    path("reports/", views.report_list, name="report_list"),
    path("reports/export/", views.report_list_export, name="report_list_export"),
    path("reports/<subject_kind:kind>/<int:pk>/", views.subject_reports, name="subject_reports"),
    path("reports/<subject_kind:kind>/<int:pk>/new/", views.report_create, name="report_create"),
    path(
        "reports/project/<int:pk>/monthly/",
        views.monthly_reports_choice,
        name="monthly_reports_choice",
    ),
    path("reports/<int:pk>/status/", views.report_status, name="report_status"),
    path("reports/<int:pk>/download/", views.report_download, name="report_download"),
    path("reports/<int:pk>/", views.report_page, name="report_page"),
    path("reports/<int:pk>/withdraw/", views.report_withdraw, name="report_withdraw"),
    path("reports/<int:pk>/tables/<int:number>/", views.report_table, name="report_table"),
]
