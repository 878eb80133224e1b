"""Form widgets shared across the apps."""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class FastSelect(forms.Select):
    """A select whose options are written in Python rather than through one template each.

    Django renders every <option> through the template engine; for long lists (every
    consultant, every local authority in England) that costs hundreds of milliseconds a
    page. This writes the same HTML (attributes, selection, option groups) directly."""

    def render(self, name, value, attrs=None, renderer=None):
        # Select.optgroups builds a dictionary of attributes for every option; reading the
        # choices directly is what makes long lists cheap.
        final_attrs = self.build_attrs(self.attrs, attrs)
        wanted = set(self.format_value(value))
        found = False

        def rows(choices):
            nonlocal found
            out = []
            for option_value, label in choices:
                option_value = "" if option_value is None else str(option_value)
                selected = not found and option_value in wanted
                found = found or selected
                out.append((option_value, mark_safe(" selected") if selected else "", label))
            return format_html_join("", '<option value="{}"{}>{}</option>', out)

        parts = []
        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):
                parts.append(
                    format_html('<optgroup label="{}">{}</optgroup>', option_value, rows(label))
                )
            else:
                parts.append(rows([(option_value, label)]))
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(final_attrs),
            mark_safe("".join(parts)),
        )


class ColumnsChoiceIterator(ModelChoiceIterator):
    """A model choice field's (value, label) pairs read as columns, not as model instances.

    Building a model instance and calling its __str__ for each of hundreds of choices
    (every consultant, every local authority) is most of a filter form's cost; the field's
    `label_columns` = (columns, function of those columns giving the label) says what to
    read instead. Validation still goes through the field's queryset."""

    def __iter__(self):
        field = self.field
        if field.empty_label is not None:
            yield ("", field.empty_label)
        if getattr(field, "null_label", None) is not None:
            yield (field.null_value, field.null_label)
        columns, label = field.label_columns
        for value, *row in self.queryset.values_list(field.to_field_name or "pk", *columns):
            yield (value, label(*row))

    def __len__(self):
        extra = (self.field.empty_label is not None) + (
            getattr(self.field, "null_label", None) is not None
        )
        return self.queryset.count() + extra
