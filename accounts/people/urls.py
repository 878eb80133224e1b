"""People pages (/programmes/1/people/, /projects/1/people/, /field-trials/1/people/) and
the invitation links."""

from django.urls import path, register_converter

from . import views


class TeamKindConverter:
    regex = "programme|project|field-trial"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TeamKindConverter, "team_kind")

app_name = "people"

urlpatterns = [
    path("<team_kind:kind>s/<int:pk>/people/", views.people, name="people"),
    path("<team_kind:kind>s/<int:pk>/people/export.csv", views.people_export, name="people_export"),
    path("<team_kind:kind>s/<int:pk>/people/invite/", views.invite, name="invite"),
    path(
        "<team_kind:kind>s/<int:pk>/people/<int:user_pk>/role/",
        views.change_role,
        name="change_role",
    ),
    path(
        "<team_kind:kind>s/<int:pk>/people/<int:user_pk>/organisation/",
        views.change_organisation,
        name="change_organisation",
    ),
    path("<team_kind:kind>s/<int:pk>/people/<int:user_pk>/remove/", views.remove, name="remove"),
    path("invitations/<int:pk>/resend/", views.invitation_resend, name="invitation_resend"),
    path("invitations/<int:pk>/withdraw/", views.invitation_withdraw, name="invitation_withdraw"),
    path("invitations/accept/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
