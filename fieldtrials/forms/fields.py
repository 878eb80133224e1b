"""Form fields the field trial forms share."""

import re

from django import forms
from django.core.exceptions import ValidationError

from accounts.search import OrganisationField

# The largest id a database integer holds (SQLite's INTEGER, PostgreSQL's bigint).
MAX_ID = 2**63 - 1


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """Several rows chosen by id, with checkboxes.

    An id too big for any database integer (a tampered form) is refused as not one of the
    choices before the query that checks the choices: SQLite raises OverflowError for it in
    that query's IN list, where PostgreSQL finds nothing."""

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else []:
            text = str(pk).strip().lstrip("+-")
            # ASCII digits only ("²" is a digit to isdigit()), counted before int() reads them
            # (it refuses 5,000 digits).
            if re.fullmatch("[0-9]+", text) and (len(text) > 19 or int(text) > MAX_ID):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super().clean(value)


# What separates the organisations typed into one box: semicolons (or new lines, pasted).
SEVERAL = re.compile(r"[;\r\n]+")
# Enough for every secondary school of a large local authority in one save.
MOST_AT_ONCE = 60


class OrganisationsField(OrganisationField):
    """Organisations picked by typing: one as OrganisationField picks it (by name or URN, or
    the suggestion picked), or several typed with semicolons between them ("117520; St
    Anne's CE Primary School"), as a page without JavaScript sends them, each resolved as
    one is. Its value is a list, empty when nothing was typed; each name that means no
    organisation, or several, is said."""

    default_error_messages = {
        "too_many": "Add at most %(most)s organisations at once",
    }

    def clean(self, value):
        text, _ = self.prepare_value(value)
        parts = [part for part in SEVERAL.split(str(text)) if part.strip()]
        if len(parts) <= 1:
            found = super().clean(value)
            return [found] if found is not None else []
        if len(parts) > MOST_AT_ONCE:
            raise ValidationError(
                self.error_messages["too_many"], code="too_many", params={"most": MOST_AT_ONCE}
            )
        found, problems = [], []
        for part in parts:
            try:
                found.append(super().clean((part, "")))
            except ValidationError as refused:
                problems.extend(refused.error_list)
        if problems:
            raise ValidationError(problems)
        return list(dict.fromkeys(found))
