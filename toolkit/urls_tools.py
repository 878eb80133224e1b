from django.urls import path

from .views import tools

urlpatterns = [
    path("toolkit/", tools.tool_list, name="tool_list"),
    path("toolkit/shipped/add/", tools.tools_add_shipped, name="tools_add_shipped"),
    path("toolkit/<slug:slug>/", tools.tool_detail, name="tool_detail"),
]
