"""The admin names things as people would: "Kept stimuli", never "Kept stimuluss"."""

import re

from django.apps import apps

# Django's default plural adds an "s": wrong after "us", "ss" or a consonant and "y".
CLUMSY = re.compile(r"(us|ss|[^aeiou]y)s$")


def test_every_model_has_a_plural_people_would_write():
    odd = [
        f"{model._meta.label}: {model._meta.verbose_name_plural}"
        for model in apps.get_models()
        if CLUMSY.search(str(model._meta.verbose_name_plural))
    ]
    assert not odd, odd
