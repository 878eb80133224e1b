"""The admin site, with the operators' page beside the models: the job queue's health.

Installed in place of Django's own (`AdminConfig` in settings' INSTALLED_APPS), so every
app's admin.py registers with it as usual and `admin.site` is this one.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone


class AdminSite(admin.AdminSite):
    index_template = "admin/index_with_operations.html"

    def get_urls(self):
        # admin_view: staff only; anyone else is sent to the admin's sign-in page.
        return [
            path("job-queue/", self.admin_view(self.job_queue), name="job_queue"),
            *super().get_urls(),
        ]

    def job_queue(self, request):
        """How the background jobs are doing: waiting, running, failed, oldest waiting."""
        from .job_queue import FAILED_WINDOW, job_queue

        context = {
            **self.each_context(request),
            "title": "Job queue",
            "lines": job_queue(now=timezone.now()),
            "failed_days": FAILED_WINDOW.days,
        }
        return TemplateResponse(request, "admin/job_queue.html", context)


class AdminConfig(DjangoAdminConfig):
    default_site = "nextpractice.admin_site.AdminSite"
