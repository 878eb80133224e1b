"""GOV.UK form fields: `gds_form` and `gds_field` write them in Python
(nextpractice/gds_render.py), and small helpers serve the crispy-forms-gds templates we
override (templates/gds/layout/)."""

from django import template

from nextpractice.gds_render import render_field, render_form

register = template.Library()


@register.filter
def chosen_strings(value):
    """A bound field's value as a set of strings, read once for the whole list of choices."""
    if value is None:
        return frozenset()
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(str(v) for v in value)
    return frozenset([str(value)])


@register.simple_tag(takes_context=True)
def gds_form(context, form):
    """The form's fields and button as `{% crispy form %}` writes them, written in Python
    (nextpractice/gds_render.py): a form page's template writes this instead of crispy."""
    return render_form(form, context.flatten())


@register.simple_tag
def gds_field(bound_field, **attrs):
    """One field as crispy-forms-gds writes it, written in Python; keyword arguments are
    attributes of its input (`{% gds_field form.title class="govuk-input--width-20" %}`)."""
    return render_field(bound_field, attrs=attrs)
