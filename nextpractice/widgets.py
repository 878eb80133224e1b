"""Form widgets shared across the apps."""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .gds_render import escaped
from .paging import whole_number


class FastSelect(forms.Select):
    """A select whose options are written in Python rather than through one template each.

    Django renders every <option> through the template engine; for long lists (every
    consultant, every local authority in England) that costs hundreds of milliseconds a
    page. This writes the same HTML (attributes, selection, option groups) directly."""

    def render(self, name, value, attrs=None, renderer=None):
        # Select.optgroups builds a dictionary of attributes for every option; reading the
        # choices directly is what makes long lists cheap.
        final_attrs = self.build_attrs(self.attrs, attrs)
        # The GOV.UK template pack styles a select by its class name (Select, not ours), so
        # without this the filters were the browser's small unstyled drop-downs.
        classes = [c for c in final_attrs.get("class", "").split() if c]
        if "govuk-select" not in classes:
            classes.insert(0, "govuk-select")
        if final_attrs.get("aria-invalid") == "true":
            classes.append("govuk-select--error")
        final_attrs["class"] = " ".join(dict.fromkeys(classes))
        wanted = set(self.format_value(value))
        found = False
        parts = []

        def option(option_value, label):
            # format_html's escaping without its lazy wrapper round each call: hundreds of
            # options a page (gds_render.escaped).
            nonlocal found
            option_value = "" if option_value is None else str(option_value)
            selected = not found and option_value in wanted
            found = found or selected
            parts.append(
                f'<option value="{escaped(option_value)}"{" selected" if selected else ""}>'
                f"{escaped(label)}</option>"
            )

        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):
                parts.append(f'<optgroup label="{escaped(option_value)}">')
                for inner_value, inner_label in label:
                    option(inner_value, inner_label)
                parts.append("</optgroup>")
            else:
                option(option_value, label)
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


class SearchInput(forms.TextInput):
    """A plain text input for picking one row by typing its name, which
    `static/js/autocomplete.js` turns into an accessible autocomplete fed by `source`.

    Beside it, a hidden input `<name>_choice` carries the id of the suggestion picked (set by
    the script); the server trusts it only while the text still reads as that row's label,
    so typing over a picked value without JavaScript still means what was typed. No list of
    choices is written into the page, so its size does not grow with the table."""

    def __init__(self, attrs=None, *, source=""):
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})
        self.source = source

    def format_value(self, value):
        text = value[0] if isinstance(value, tuple | list) else value
        return super().format_value(text)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # The GOV.UK template pack styles widgets by class name (TextInput, not ours).
        attrs = context["widget"]["attrs"]
        classes = [c for c in attrs.get("class", "").split() if c != "searchinput"]
        classes.insert(0, "govuk-input")
        if attrs.get("aria-invalid") == "true":
            classes.append("govuk-input--error")
        attrs["class"] = " ".join(dict.fromkeys(classes))
        return context

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {**(attrs or {}), "data-np-autocomplete": str(self.source)}
        choice = value[1] if isinstance(value, tuple | list) and len(value) > 1 else ""
        return format_html(
            '{}<input type="hidden" name="{}_choice" value="{}" data-np-autocomplete-choice>',
            super().render(name, value, attrs, renderer),
            name,
            "" if choice is None else choice,
        )

    def input_names(self, name):
        """The inputs it sends: the text, and the id picked (nextpractice.records.merge)."""
        return [name, f"{name}_choice"]

    def value_from_datadict(self, data, files, name):
        return (data.get(name) or "", data.get(f"{name}_choice") or "")

    def value_omitted_from_data(self, data, files, name):
        return name not in data


def _spaced(value):
    """A box's text or id as a search reads it: single spaces, no NULs."""
    return " ".join(str("" if value is None else value).replace("\x00", " ").split())


class SearchField(forms.Field):
    """One row of `queryset`, picked by typing (see SearchInput); the form's value is the row.

    Subclasses say how a row reads (`label_of`) and which rows a typed text means: `exact`
    (the name in full, a reference number) and `starting` (the start of a name), both
    indexed lookups on `queryset`. Typed text resolves to the one row it means; when it
    means several or none, the error says so and names a few to choose between."""

    widget = SearchInput
    default_error_messages = {
        "none": "Nothing matches ‘%(text)s’. Check the spelling",
        "several": "More than one matches ‘%(text)s’: %(names)s. Type more of the name",
    }
    # How many rows an error message names when the text is ambiguous.
    named_in_errors = 5

    def __init__(self, *, queryset, source="", **kwargs):
        super().__init__(**kwargs)
        self.queryset = queryset
        self.source = source

    @property
    def source(self):
        return self.widget.source

    @source.setter
    def source(self, url):
        self.widget.source = url

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.queryset = self.queryset.all()
        return result

    def label_of(self, obj):
        return str(obj)

    def exact(self, queryset, text):
        raise NotImplementedError

    def starting(self, queryset, text):
        raise NotImplementedError

    def prepare_value(self, value):
        """(text shown, id picked): from a row, a row's id (a form's initial) or posted data."""
        if isinstance(value, tuple | list):
            return tuple(value)
        if value in (None, ""):
            return ("", "")
        obj = value if hasattr(value, "pk") else self._by_id(value)
        return (self.label_of(obj), obj.pk) if obj is not None else ("", "")

    def _by_id(self, pk):
        # Not a plain whole number ("²" is a digit to isdigit()), or longer than any
        # database integer: a tampered form (SQLite overflows on it).
        number = whole_number(pk, digits=18)
        if number is None or number < 0:
            return None
        return self.queryset.filter(pk=number).first()

    def has_changed(self, initial, data):
        """Whether the box means another row than `initial`: another id picked, or other
        text typed over it (the id is trusted only while the text reads as its row). A box
        left empty is unchanged if it was empty."""
        before_text, before = (_spaced(v) for v in self.prepare_value(initial))
        text, choice = (_spaced(v) for v in self.prepare_value(data))
        if not text:
            return bool(before)
        return choice != before or text.casefold() != before_text.casefold()

    def clean(self, value):
        text, choice = self.prepare_value(value)
        # Spaces as people mean them; a NUL (pasted from a PDF) cannot reach PostgreSQL.
        text = " ".join(str(text).replace("\x00", " ").split())[:200]
        if not text:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        picked = self._by_id(choice) if choice else None
        if picked is not None and self.label_of(picked).casefold() == text.casefold():
            return picked
        return self.resolve(text)

    def resolve(self, text):
        """The one row `text` means, or a ValidationError naming a few it might mean."""
        limit = self.named_in_errors + 1
        exact = list(self.exact(self.queryset, text)[:limit])
        if len(exact) == 1:
            return exact[0]
        candidates = exact or list(self.starting(self.queryset, text)[:limit])
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise forms.ValidationError(
                self.error_messages["none"],
                code="none",
                params={"text": text},
            )
        names = "; ".join(self.label_in_list(obj) for obj in candidates[: self.named_in_errors])
        more = " and others" if len(candidates) > self.named_in_errors else ""
        raise forms.ValidationError(
            self.error_messages["several"],
            code="several",
            params={"text": text, "names": names + more},
        )

    def label_in_list(self, obj):
        """How a row is named in an error listing several: enough to tell them apart."""
        return self.label_of(obj)
