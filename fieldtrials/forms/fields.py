"""Form fields the field trial forms share."""

import re

from django import forms
from django.core.exceptions import ValidationError

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
