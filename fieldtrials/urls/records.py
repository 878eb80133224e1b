"""What is kept around a field trial: milestones, the offer, support, Power to Innovate
requests, brokered relationships and risks."""

from django.urls import path

from ..views import records as views

urlpatterns = [
    path("field-trials/<int:pk>/milestones/new/", views.milestone_create, name="milestone_create"),
    path("milestones/<int:pk>/edit/", views.milestone_edit, name="milestone_edit"),
    path("milestones/<int:pk>/complete/", views.milestone_complete, name="milestone_complete"),
    path("field-trials/<int:pk>/offer/ask/", views.offer_ask, name="offer_ask"),
    path("field-trials/<int:pk>/offer/new/", views.offer_create, name="offer_create"),
    path("offer/<int:pk>/edit/", views.offer_edit, name="offer_edit"),
    path("field-trials/<int:pk>/support/new/", views.support_create, name="support_create"),
    path("projects/<int:pk>/support/", views.project_support, name="project_support"),
    path("field-trials/<int:pk>/power-to-innovate/new/", views.pti_create, name="pti_create"),
    path("power-to-innovate/", views.pti_list, name="pti_list"),
    path("power-to-innovate/<int:pk>/", views.pti_detail, name="pti_detail"),
    path("power-to-innovate/<int:pk>/edit/", views.pti_edit, name="pti_edit"),
    path("power-to-innovate/<int:pk>/<str:action>/", views.pti_transition, name="pti_transition"),
    path("field-trials/<int:pk>/relationships/new/", views.brokered_create, name="brokered_create"),
    path("relationships/<int:pk>/edit/", views.brokered_edit, name="brokered_edit"),
    path("field-trials/<int:pk>/risks/new/", views.risk_create, name="risk_create"),
    path("risks/<int:pk>/edit/", views.risk_edit, name="risk_edit"),
]
