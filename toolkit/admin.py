from django.contrib import admin

from .models import Exercise, Participation, Tool


@admin.register(Tool)
class ToolAdmin(admin.ModelAdmin):
    list_display = ["title", "subtitle", "status"]
    prepopulated_fields = {"slug": ["title"]}


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["title", "tool", "field_trial", "facilitator", "closes_at"]
    list_select_related = ["tool", "field_trial", "facilitator"]
    inlines = [ParticipationInline]
    autocomplete_fields = ["facilitator", "field_trial"]
