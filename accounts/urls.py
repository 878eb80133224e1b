from django.urls import path

from . import sso, views, views_activity, views_data, views_erasure

app_name = "accounts"

urlpatterns = [
    path("sign-in/", views.login, name="login"),
    # Where Django and most sites sign in: people who type it, or old bookmarks, get here.
    path("login/", views.login_elsewhere, name="login_elsewhere"),
    path("sign-out/", views.logout, name="logout"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path(
        "reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("reset/done/", views.password_reset_complete, name="password_reset_complete"),
    path("profile/", views.profile, name="profile"),
    path("your-data/", views_data.your_data, name="your_data"),
    path("people/<int:pk>/data/", views_data.person_data, name="person_data"),
    path("organisations/search/", views.organisation_search, name="organisation_search"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/e-mail/", views.notification_emails, name="notification_emails"),
    path(
        "notifications/e-mail/unsubscribe/<str:token>/",
        views.unsubscribe,
        name="unsubscribe",
    ),
    path("notifications/read-all/", views.notifications_read_all, name="notifications_read_all"),
    path("password/", views.password_change, name="password_change"),
    path("notifications/<int:pk>/read/", views.notification_read, name="notification_read"),
    # An administrator erases someone's details (accounts/erasure.py).
    path("people/<int:pk>/erase/", views_erasure.person_erase, name="person_erase"),
    path("activity/", views_activity.my_activity, name="activity"),
    path(
        "activity/programme/<int:pk>/",
        views_activity.programme_activity,
        name="programme_activity",
    ),
    path("activity/project/<int:pk>/", views_activity.project_activity, name="project_activity"),
    path(
        "activity/field-trial/<int:pk>/",
        views_activity.field_trial_activity,
        name="field_trial_activity",
    ),
    path("activity/export.csv", views_activity.my_activity_export, name="activity_export"),
    path(
        "activity/programme/<int:pk>/export.csv",
        views_activity.programme_activity_export,
        name="programme_activity_export",
    ),
    path(
        "activity/project/<int:pk>/export.csv",
        views_activity.project_activity_export,
        name="project_activity_export",
    ),
    path(
        "activity/field-trial/<int:pk>/export.csv",
        views_activity.field_trial_activity_export,
        name="field_trial_activity_export",
    ),
]
# Single sign-on's two URLs exist only when an operator has set it up (accounts/sso.py).
urlpatterns += sso.urlpatterns()
