"""The admin's search-box selects (`autocomplete_fields`), safe from values that are no id."""

from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError


class _IdsOnly:
    """The admin's search-box select drops a sent value that is no id before it looks up
    the choices to show again on a refused form: Django's own would raise ValueError, or
    overflow SQLite's integers, there (a 500) for a value typed into the request by hand.
    Such a value is shown as nothing chosen, and the field's own message says it is not one
    of the choices."""

    def optgroups(self, name, value, attr=None):
        target = self.field.target_field
        kept = []
        for one in value:
            try:  # an id, in the database's range
                target.run_validators(target.to_python(one))
            except ValidationError:
                continue
            kept.append(one)
        return super().optgroups(name, kept, attr)


class IdsOnlySelect(_IdsOnly, AutocompleteSelect):
    pass


class IdsOnlySelectMultiple(_IdsOnly, AutocompleteSelectMultiple):
    pass


class IdsOnlyAutocomplete:
    """For a ModelAdmin or inline with `autocomplete_fields`: their search boxes are
    IdsOnlySelect(Multiple). Every admin with such fields has it (tested)."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            using = kwargs.get("using")
            kwargs["widget"] = IdsOnlySelect(db_field, self.admin_site, using=using)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            using = kwargs.get("using")
            kwargs["widget"] = IdsOnlySelectMultiple(db_field, self.admin_site, using=using)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
