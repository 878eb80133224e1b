"""Toolkit administration. Tools are added and changed by pasting a definition (YAML or
JSON); saving validates it like a file and installs it, so a change is a new version.
Versions themselves are read-only."""

import yaml
from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from nextpractice.admin_widgets import IdsOnlyAutocomplete

from .definition import DefinitionError, parse, validate
from .loading import install
from .models import Exercise, Participation, Tool, ToolVersion

SOURCE = "pasted in the admin"


class ToolDefinitionForm(forms.ModelForm):
    """One field: the whole definition, checked by the same validation as the files."""

    definition_yaml = forms.CharField(
        label="Definition (YAML or JSON)",
        widget=forms.Textarea(attrs={"rows": 40, "cols": 100, "spellcheck": "false"}),
        help_text="The format is described in toolkit/definition.py. Saving a changed "
        "definition makes a new version; exercises keep the version they were started with.",
    )

    class Meta:
        model = Tool
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        latest = self.instance.latest if self.instance.pk else None
        if latest is not None and not self.is_bound:
            self.initial["definition_yaml"] = yaml.safe_dump(
                latest.definition, sort_keys=False, allow_unicode=True, width=100
            )
        self.definition = None

    def clean_definition_yaml(self):
        text = self.cleaned_data["definition_yaml"]
        try:
            definition = validate(parse(text, "the definition"), "the definition")
        except DefinitionError as error:
            raise forms.ValidationError(error.messages) from None
        if self.instance.pk and definition["slug"] != self.instance.slug:
            raise forms.ValidationError(
                f'The slug must stay "{self.instance.slug}": add a new tool to use another slug.'
            )
        if not self.instance.pk and Tool.objects.filter(slug=definition["slug"]).exists():
            raise forms.ValidationError(
                f'A tool with the slug "{definition["slug"]}" exists: change that tool instead.'
            )
        self.definition = definition
        return text


class ToolVersionInline(admin.TabularInline):
    model = ToolVersion
    fields = ["number", "created_at", "created_by", "source", "checksum"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Tool)
class ToolAdmin(admin.ModelAdmin):
    form = ToolDefinitionForm
    list_display = ["title", "subtitle", "status", "version"]
    list_select_related = ["latest"]
    search_fields = ["title", "slug"]
    readonly_fields = ["slug", "title", "subtitle", "status", "purpose", "audience"]
    inlines = [ToolVersionInline]

    def get_inlines(self, request, obj):
        return self.inlines if obj else []  # a tool being added has no versions yet

    def get_fieldsets(self, request, obj=None):
        definition = (None, {"fields": ["definition_yaml"]})
        if obj is None:
            return [definition]
        return [(None, {"fields": self.readonly_fields}), ("Definition", definition[1])]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else []

    @admin.display(description="latest version")
    def version(self, tool):
        return tool.latest.number if tool.latest else "none"

    def save_model(self, request, obj, form, change):
        tool, version, created = install(form.definition, source=SOURCE, user=request.user)
        obj.pk = tool.pk
        obj.refresh_from_db()
        if created:
            self.message_user(request, f"Installed {tool.title} version {version.number}.")
        else:
            self.message_user(
                request,
                f"No change: the definition is the same as version {version.number}.",
                messages.WARNING,
            )


@admin.register(ToolVersion)
class ToolVersionAdmin(admin.ModelAdmin):
    """Versions are immutable: read them here, change a tool through its definition."""

    list_display = ["tool", "number", "created_at", "created_by", "source"]
    list_select_related = ["tool", "created_by"]
    list_filter = ["tool"]
    readonly_fields = [
        "tool",
        "number",
        "created_at",
        "created_by",
        "source",
        "checksum",
        "shown",
    ]
    exclude = ["definition"]

    @admin.display(description="definition")
    def shown(self, version):
        text = yaml.safe_dump(version.definition, sort_keys=False, allow_unicode=True, width=100)
        return format_html("<pre>{}</pre>", text)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ParticipationInline(IdsOnlyAutocomplete, admin.TabularInline):
    model = Participation
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Exercise)
class ExerciseAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["title", "tool", "field_trial", "facilitator", "closes_at"]
    list_select_related = ["tool", "field_trial", "facilitator"]
    inlines = [ParticipationInline]
    autocomplete_fields = ["facilitator", "field_trial"]
