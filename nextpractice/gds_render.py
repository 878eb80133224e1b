"""GOV.UK form fields written in Python: the markup crispy-forms-gds writes, without a
template per field and per widget.

crispy-forms renders each field through four to six templates (the field, its hint and
errors, the widget, the widget's attributes) at about half a millisecond a field; a form of
fourteen fields and three dozen boxes spent most of its page there. Here each GOV.UK field
type is one function building the same HTML, escaped as `format_html` and
`conditional_escape` escape (labels and hints too, which crispy marks safe): text inputs (and the
organisation and people search boxes), textareas, selects, a single checkbox, checkboxes,
radios and hidden fields. The form's crispy layout (`form.helper.layout`, as
`accounts.forms.GDSFormMixin` builds it) still says what is shown and how, so a form adopts
this by its template writing `{% gds_form form %}` instead of `{% crispy form %}`; anything
the layout holds that is not written here (fieldsets, HTML blocks, character counts, date
parts) is handed to crispy-forms whole, so adopting it never changes a page.

`nextpractice/tests/test_gds_render.py` checks the markup equals crispy's, field by field.
"""

from html import escape as escape_text

from django.conf import settings
from django.forms import CheckboxInput, CheckboxSelectMultiple, MultiWidget, RadioSelect
from django.forms.renderers import get_default_renderer
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

# crispy-forms-gds's class for each widget class (CrispyGDSFieldNode's converters); other
# widgets get their class name in lower case, as there.
CONVERTERS = {
    "checkboxinput": "govuk-checkboxes__input",
    "select": "govuk-select",
    "textinput": "govuk-input",
    "emailinput": "govuk-input",
    "passwordinput": "govuk-input",
    "textarea": "govuk-textarea",
    "clearablefileinput": "govuk-file-upload",
}
# The widget classes crispy-forms-gds marks with an error class, by their exact name.
INPUT_ERROR = {"Select", "TextInput", "Textarea"}
FILE_ERROR = {"FileInput", "ClearableFileInput"}

# The layout's per-field settings written here; a field asking for others goes to crispy.
KNOWN_CONTEXT = {
    "label_size",
    "label_tag",
    "legend_size",
    "legend_tag",
    "checkboxes_small",
    "radios_small",
    "radios_inline",
    "inline",
}


# ---------------------------------------------------------------------------------------
# Escaping: Django's, without its lazy-text wrapper round each call (a trial's form escapes
# some hundreds of values; the wrapper cost more than the escaping)


def escaped(value):
    """conditional_escape(value): the same text, without its lazy-text wrapper (also
    nextpractice.widgets.FastSelect's)."""
    kind = type(value)
    if kind is str:
        return escape_text(value)  # django.utils.html.escape is html.escape, marked safe
    if kind is SafeString:
        return value
    return conditional_escape(value)


def _html(template, *args):
    """format_html(template, *args): the same HTML."""
    return SafeString(template.format(*map(escaped, args)))


# ---------------------------------------------------------------------------------------
# Django's widget templates, written directly


def _attrs(attrs):
    """django/forms/widgets/attrs.html: ` name="value"`, a bare name for True, none for False."""
    return mark_safe(
        "".join(
            f" {escaped(name)}" if value is True else f' {escaped(name)}="{escaped(str(value))}"'
            for name, value in attrs.items()
            if value is not False
        )
    )


def _input(widget):
    value = widget["value"]
    return _html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        _html(' value="{}"', str(value)) if value is not None else "",
        _attrs(widget["attrs"]),
    )


def _textarea(widget):
    value = widget["value"]
    return _html(
        '<textarea name="{}"{}>\n{}</textarea>',
        widget["name"],
        _attrs(widget["attrs"]),
        value if value else "",
    )


def _select(widget):
    parts = []
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(_html('\n  <optgroup label="{}">', group_name))
        for option in options:
            if option["template_name"] != "django/forms/widgets/select_option.html":
                return None
            parts.append(
                _html(
                    '\n  <option value="{}"{}>{}</option>',
                    str(option["value"]),
                    _attrs(option["attrs"]),
                    option["label"],
                )
            )
        if group_name:
            parts.append(mark_safe("\n  </optgroup>"))
    return _html(
        '<select name="{}"{}>{}\n</select>',
        widget["name"],
        _attrs(widget["attrs"]),
        mark_safe("".join(parts)),
    )


_INPUTS = ("input checkbox color date datetime email hidden number password search tel text "
           "time url").split()  # fmt: skip
WRITERS = {f"django/forms/widgets/{name}.html": _input for name in _INPUTS} | {
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
}


class WidgetRenderer:
    """A form renderer that writes Django's plain widget templates in Python (the same
    HTML) and hands any other template to the form's own renderer."""

    def __init__(self, fallback):
        self.fallback = fallback

    def render(self, template_name, context, request=None):
        write = WRITERS.get(template_name)
        html = write(context["widget"]) if write else None
        if html is None:
            return self.fallback.render(template_name, context, request)
        return html


def render_widget(bound_field, attrs):
    """BoundField.as_widget with `attrs`, through WidgetRenderer."""
    field, widget = bound_field.field, bound_field.field.widget
    if field.localize:
        widget.is_localized = True
    attrs = bound_field.build_widget_attrs(attrs, widget)
    if bound_field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound_field.auto_id)
    renderer = WidgetRenderer(bound_field.form.renderer or get_default_renderer())
    html = widget.render(
        name=bound_field.html_name, value=bound_field.value(), attrs=attrs, renderer=renderer
    )
    if field.show_hidden_initial:
        html += bound_field.as_hidden(only_initial=True)
    return html


# ---------------------------------------------------------------------------------------
# The GOV.UK field types


def _classes(*names):
    return " ".join(n for n in names if n)


def _hint_and_errors(bf):
    """gds/layout/help_text_and_errors.html: the hint, then each error message."""
    hint = (
        _html('<div id="{}_hint" class="govuk-hint">{}</div>', bf.auto_id, bf.help_text)
        if bf.help_text
        else ""
    )
    errors = SafeString(
        "".join(
            _html(
                '<span id="{}_{}_error" class="govuk-error-message">'
                '<span class="govuk-visually-hidden">Error:</span> {}</span>',
                bf.auto_id,
                n,
                error,
            )
            for n, error in enumerate(bf.errors, start=1)
        )
    )
    return _html("{}{}", hint, errors)


def _described_by(bf):
    """The ids a fieldset or an input is described by: its hint, then each error."""
    ids = [f"{bf.auto_id}_hint"] if bf.help_text else []
    ids += [f"{bf.auto_id}_{n}_error" for n in range(1, len(bf.errors) + 1)]
    return " ".join(ids)


def _wrapper(bf, context, inner):
    """gds/field.html's form group around a field."""
    tag = context.get("tag") or "div"
    classes = _classes(
        "govuk-form-group",
        "govuk-form-group--error" if bf.errors else "",
        context.get("wrapper_class"),
        bf.css_classes(),
    )
    return _html('<{} id="div_{}" class="{}">{}</{}>', tag, bf.auto_id, classes, inner, tag)


def _widget_attrs(bf, layout_attrs):
    """The attributes crispy-forms-gds gives a field's input: its class, with the error
    class, and what describes it (hint, errors)."""
    widget = bf.field.widget
    merged = {**widget.attrs, **layout_attrs}
    converters = {**CONVERTERS, **getattr(settings, "CRISPY_CLASS_CONVERTERS", {})}
    name = type(widget).__name__
    classes = converters.get(name.lower(), name.lower()).split()
    classes += [c for c in merged.get("class", "").split() if c not in classes]
    if bf.errors and name in INPUT_ERROR:
        classes.append("govuk-input--error")
    elif bf.errors and name in FILE_ERROR:
        classes.append("govuk-file-upload--error")
    merged["class"] = " ".join(classes)
    if bf.help_text or bf.errors:
        merged["aria-describedby"] = _described_by(bf)
    return merged


def _label(bf, context):
    label = _html(
        '<label for="{}" class="{}">{}</label>',
        bf.id_for_label,
        _classes("govuk-label", context.get("label_size")),
        bf.label,
    )
    if context.get("label_tag"):
        tag = context["label_tag"]
        return _html('<{} class="govuk-label-wrapper">{}</{}>', tag, label, tag)
    return label


def text_input(bf, *, attrs=None, context=None):
    """A text input, search box, textarea or select: label, hint, errors, the input."""
    context = context or {}
    widget = render_widget(bf, _widget_attrs(bf, attrs or {}))
    label = _label(bf, context) if bf.label else ""
    return _wrapper(bf, context, _html("{}{}{}", label, _hint_and_errors(bf), widget))


def checkbox(bf, *, attrs=None, context=None):
    """One checkbox with its label beside it (a yes-or-no question)."""
    context = context or {}
    small = " govuk-checkboxes--small" if context.get("checkboxes_small") else ""
    inner = _html(
        '{}<div class="govuk-checkboxes{}"><div class="govuk-checkboxes__item">{}'
        '<label class="govuk-label govuk-checkboxes__label" for="{}">{}</label></div></div>',
        _hint_and_errors(bf),
        small,
        render_widget(bf, _widget_attrs(bf, attrs or {})),
        bf.id_for_label,
        bf.label,
    )
    return _wrapper(bf, context, inner)


def _fieldset(bf, context, items):
    """gds/layout/checkboxes.html and radios.html: legend, hint, errors, the choices."""
    described = ""
    if bf.help_text or bf.errors:
        # Written as crispy-forms-gds writes it (a space before each error's id).
        ids = f"{bf.auto_id}_hint" if bf.help_text else ""
        ids += "".join(f" {bf.auto_id}_{n}_error" for n in range(1, len(bf.errors) + 1))
        described = _html(' aria-describedby="{}"', ids)
    legend = ""
    if bf.label:
        label = bf.label
        if context.get("legend_tag"):
            tag = context["legend_tag"]
            label = _html('<{} class="govuk-fieldset__heading">{}</{}>', tag, label, tag)
        legend = _html(
            '<legend class="{}">{}</legend>',
            _classes("govuk-fieldset__legend", context.get("legend_size")),
            label,
        )
    inner = _html(
        '<fieldset class="govuk-fieldset"{}>{}{}{}</fieldset>',
        described,
        legend,
        _hint_and_errors(bf),
        items,
    )
    return _wrapper(bf, context, inner)


def _chosen(value):
    """A bound field's value as a set of strings (see gds_fields.chosen_strings)."""
    if value is None:
        return frozenset()
    if isinstance(value, list | tuple | set | frozenset):
        return frozenset(str(v) for v in value)
    return frozenset([str(value)])


def _items(bf, kind, is_checked):
    """Each choice as a GOV.UK checkbox or radio item, with its hint and divider.

    Written with f-strings rather than format_html, escaping only what varies (the field's
    name once; each value, label, hint and divider): a trial lists dozens of boxes."""
    name = escaped(bf.html_name)
    input_type = "checkbox" if kind == "checkboxes" else "radio"
    out = []
    for n, choice in enumerate(bf.field.choices, start=1):
        value = str(choice[0])
        box_id = f"id_{name}_{n}"
        checked = ' checked="checked"' if is_checked(value) else ""
        hint = getattr(choice, "hint", None)
        described = f' aria-describedby="{box_id}_hint"' if hint else ""
        out.append(
            f'<div class="govuk-{kind}__item"><input type="{input_type}" name="{name}"'
            f' class="govuk-{kind}__input" id="{box_id}" value="{escaped(value)}"'
            f'{checked}{described}><label class="govuk-label govuk-{kind}__label"'
            f' for="{box_id}">{escaped(str(choice[1]))}</label>'
        )
        if hint:
            out.append(
                f'<span id="{box_id}_hint" class="govuk-hint govuk-{kind}__hint">'
                f"{escaped(hint)}</span>"
            )
        out.append("</div>")
        divider = getattr(choice, "divider", None)
        if divider:
            out.append(f'<div class="govuk-{kind}__divider">{escaped(divider)}</div>')
    return mark_safe("".join(out))


def checkboxes(bf, *, attrs=None, context=None):
    """Several checkboxes in a fieldset; the field's value is read once for all of them."""
    context = context or {}
    chosen = _chosen(bf.value())
    classes = "govuk-checkboxes--inline" if context.get("inline") else "govuk-checkboxes"
    if context.get("checkboxes_small"):
        classes += " govuk-checkboxes--small"
    items = _html(
        '<div class="{}">{}</div>', classes, _items(bf, "checkboxes", chosen.__contains__)
    )
    return _fieldset(bf, context, items)


def radios(bf, *, attrs=None, context=None):
    """Radio buttons in a fieldset."""
    context = context or {}
    current = str(bf.value())
    classes = "govuk-radios--inline" if context.get("radios_inline") else "govuk-radios"
    if context.get("radios_small"):
        classes += " govuk-radios--small"
    items = _html('<div class="{}">{}</div>', classes, _items(bf, "radios", current.__eq__))
    return _fieldset(bf, context, items)


def hidden(bf, *, attrs=None, context=None):
    """A hidden input, with no form group (as crispy writes it)."""
    return render_widget(bf, dict(attrs or {}))


def writer_for(bf):
    """The function above that writes this field, or None if crispy-forms must."""
    widget = bf.field.widget
    if widget.is_hidden:
        return hidden
    if isinstance(widget, MultiWidget):
        return None
    if isinstance(widget, CheckboxSelectMultiple):
        return checkboxes if widget.input_type == "checkbox" else None
    if isinstance(widget, RadioSelect):
        return radios if widget.input_type == "radio" else None
    if isinstance(widget, CheckboxInput):
        return checkbox
    return text_input


def render_field(bf, *, attrs=None, context=None):
    """One field as crispy-forms-gds writes it; `attrs` go on its input (as a layout
    Field's do) and `context` holds the layout's settings (label_size, legend_tag...)."""
    write = writer_for(bf)
    if write is None:
        raise ValueError(f"No GOV.UK writer for the field {bf.name!r}; render it with crispy")
    bf.form.use_required_attribute = False  # as crispy-forms-gds: errors go in the summary
    return write(bf, attrs=attrs or {}, context=context or {})


# ---------------------------------------------------------------------------------------
# A whole form, from its crispy layout


def _button(button):
    """gds/layout/button.html (a name of several words is slugified, as there)."""
    name = slugify(button.name) if len(button.name.split()) > 1 else button.name
    return _html(
        '<button name="{}" class="{}" id="{}"{}>{}</button>',
        name,
        button.field_classes,
        button.id or f"id_{slugify(button.name)}",
        mark_safe(button.flat_attrs),  # flatatt: already escaped
        button.value,
    )


def _plan(form):
    """What the form's layout asks for, as (kind, item) pairs, or None if any of it is
    beyond what this module writes."""
    from crispy_forms.layout import Layout
    from crispy_forms_gds.layout import Button, Field

    from .records.merge import StartedFrom

    helper = getattr(form, "helper", None)
    layout = getattr(helper, "layout", None)
    if (
        not isinstance(layout, Layout)
        or helper.form_tag
        or not helper.disable_csrf
        or not helper.form_show_errors
        or not helper.form_show_labels
        or helper.help_text_inline
        or helper.render_unmentioned_fields
        or helper.render_hidden_fields
        or helper.render_required_fields
        or helper.field_template
        or helper.inputs
        or getattr(helper, "show_non_field_errors", False)
        or getattr(helper, "label_size", "")
        or getattr(helper, "legend_size", "")
    ):
        return None
    plan = []
    for item in layout.fields:
        if isinstance(item, str):
            item = Field(item)
        if type(item) is Button:
            plan.append(("button", item))
        elif type(item) is StartedFrom:  # an edit page's hidden values it started from
            plan.append(("started", item))
        elif (
            type(item) is Field
            and item.template == Field.template
            and set(item.context) <= KNOWN_CONTEXT
        ):
            for name in item.fields:
                if name not in form.fields or writer_for(form[name]) is None:
                    return None
                plan.append(("field", (name, item.attrs, item.context)))
        else:
            return None
    return plan


def render_form(form, context=None):
    """The form's fields and button as `{% crispy form %}` writes them, in Python when its
    layout holds only what this module writes, through crispy-forms otherwise."""
    plan = _plan(form)
    if plan is None:
        from crispy_forms.utils import render_crispy_form

        return render_crispy_form(form, form.helper, context)
    parts = [str(form.media)] if form.helper.include_media else []
    for kind, item in plan:
        if kind == "button":
            parts.append(_button(item))
        elif kind == "started":
            parts.append(item.render(form, context))
        else:
            name, attrs, field_context = item
            parts.append(render_field(form[name], attrs=attrs, context=field_context))
    return SafeString("".join(parts))
