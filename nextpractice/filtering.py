"""Lists filtered by a django-filter FilterSet, and their downloads, when a filter is refused.

A filter whose value is not among its choices (`?local_authority=999999`, a link kept after
the choice went, a programme the person may not see) is dropped, as the search page drops
one: the list shows what the other filters ask for, and a notice near the filters says
which was not used and what is shown instead ("That local authority is not one you can filter
by; showing every local authority."). That is not the person's mistake (a kept link,
mostly), so it is no error: no "There is a problem", no "Error:" in the page title, nothing
red on the filter; the notice is `includes/not_offered.html`, given `form.not_offered`, on
every list and the search page alike. The form shows the filter unset, the page title and
"Clear filters" count only the filters used, and the list's download, asked with the same
query string, gives the same rows (never a 400 for a link copied from the list).
"""

import django_filters


def not_offered(noun, every=None):
    """What a list or the search page says of a filter whose value was dropped, in the notice
    near the filters (includes/not_offered.html):
    "That local authority is not one you can filter by; showing every local authority."."""
    return f"That {noun} is not one you can filter by; showing {every or f'every {noun}'}."


class ListFilterSet(django_filters.FilterSet):
    """A list's filters: a value not offered is dropped and said so in a notice near them.

    `not_offered_messages` ({filter: message}) words the message for a filter whose label
    does not name one of its values (a checkbox, the sort); the others say "That <label> is
    not one you can filter by; showing every <label>."
    """

    not_offered_messages = {}

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and any("\x00" in v for v in _values(data)):
            # A NUL (from a pasted PDF, or typed into the address) reads as a space, as in
            # search: Django refuses it in a text box, which said "That title contains is
            # not one you can filter by".
            data = data.copy()
            for key in list(data.keys()):
                if hasattr(data, "setlist"):
                    data.setlist(key, [_readable(v) for v in data.getlist(key)])
                elif isinstance(data[key], str):
                    data[key] = _readable(data[key])
        super().__init__(data, *args, **kwargs)

    @property
    def form(self):
        """The form as used: bound to the query without the refused values, and
        `form.not_offered` ({filter: message}) saying what was dropped, for the notice near
        the filters. A refused value is not an error of the form's: the form's errors are
        only its own (they still go in the error summary)."""
        if not hasattr(self, "_form"):
            form = super().form
            refused = [n for n in form.errors if n in form.fields] if self.is_bound else []
            if refused:
                kept = self.data.copy()
                for name in refused:
                    kept.pop(form.add_prefix(name), None)
                self.data = kept
                del self._form
                form = super().form
            form.not_offered = {name: self.not_offered_message(name) for name in refused}
        return self._form

    def not_offered_message(self, name):
        if name in self.not_offered_messages:
            return self.not_offered_messages[name]
        label = str(self.filters[name].label or name.replace("_", " "))
        noun = label[:1].lower() + label[1:]
        return not_offered(noun)

    @property
    def active(self):
        """True when a filter or a sort was used (a value dropped is not): the panel of
        filters then stays open, and an empty list says "No … match these filters"."""
        return any(self._used(name) for name in self.filters)

    @property
    def filtered(self):
        """True when a filter was used (not only a sort, nor a value dropped): the page
        title says so."""
        return any(self._used(name) for name in self.filters if name != "sort")

    def _used(self, name):
        # Once the form is made, the refused values are no longer in `data`.
        return bool(self.form is not None and self.data.get(name))


def _values(data):
    """Every value of a query (a QueryDict, or a plain dict in tests)."""
    if hasattr(data, "getlist"):
        return [v for key in data for v in data.getlist(key)]
    return [v for v in data.values() if isinstance(v, str)]


def _readable(value):
    return value.replace("\x00", " ").strip()
