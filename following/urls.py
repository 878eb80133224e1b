from django.urls import path

from . import views

app_name = "following"

urlpatterns = [
    path("following/", views.followed, name="followed"),
    path("following/digest/", views.digest, name="digest"),
    path("following/<str:kind>/<int:pk>/follow/", views.follow, name="follow"),
    path("following/<str:kind>/<int:pk>/stop/", views.stop_following, name="stop"),
]
