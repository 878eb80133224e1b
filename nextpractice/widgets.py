"""Form widgets shared across the apps."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class FastSelect(forms.Select):
    """A select whose options are written in Python rather than through one template each.

    Django renders every <option> through the template engine; for long lists (every
    consultant, every local authority in England) that costs hundreds of milliseconds a
    page. This writes the same HTML (attributes, selection, option groups) directly."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in widget["optgroups"]:
            rows = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (o["value"], mark_safe(" selected") if o["selected"] else "", o["label"])
                    for o in options
                ),
            )
            if group_name:
                parts.append(format_html('<optgroup label="{}">{}</optgroup>', group_name, rows))
            else:
                parts.append(rows)
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(widget["attrs"]),
            mark_safe("".join(parts)),
        )
