"""The messages every form's fields get (accounts.forms.name_the_fields): in plain English,
naming the field, and saying how to put an answer right."""

from django import forms
from django.utils import timezone

from accounts.forms import LONG_TEXT_MAX_LENGTH, WEB_ADDRESS_INVALID, GDSFormMixin
from nextpractice.dates import both_ways
from programmes.forms.lifecycle import DateField


class Asked(GDSFormMixin, forms.Form):
    why = forms.CharField(label="Why they are poised to innovate", max_length=5)
    shows = forms.CharField(label="What it shows (optional)", required=False, max_length=5)
    school = forms.ChoiceField(
        label="Which school leads it", choices=[("a", "A")], widget=forms.RadioSelect
    )
    title = forms.CharField(label="Title")
    link = forms.URLField(label="Link", required=False)
    own = forms.URLField(label="Own", required=False, error_messages={"invalid": "Ours"})


def errors(data):
    form = Asked(data)
    form.is_valid()
    return form.errors


def test_a_label_that_asks_is_answered_with_say_or_choose_not_enter_the():
    said = errors({})
    assert said["why"] == ["Say why they are poised to innovate"]
    assert said["school"] == ["Choose which school leads it"]
    assert said["title"] == ["Enter the title"]
    too_long = errors({"why": "x" * 6, "shows": "x" * 6})
    assert too_long["why"] == [
        "The answer to “Why they are poised to innovate” must be 5 characters or fewer (it has 6)"
    ]
    assert too_long["shows"][0].startswith("The answer to “What it shows” must be")


def test_a_web_address_that_cannot_be_read_is_answered_with_how_to_write_one():
    said = errors({"link": "our website", "own": "our website"})
    assert said["link"] == [WEB_ADDRESS_INVALID]
    assert WEB_ADDRESS_INVALID.startswith("Enter a web address starting with https://")
    assert said["own"] == ["Ours"]  # a form's own message is kept


def test_a_null_character_is_answered_in_plain_words_naming_the_field():
    said = errors({"why": "a\x00b", "title": "Plan\x00"})
    assert said["why"] == ["Remove the unusual character from the answer to “Why they are "
                           "poised to innovate”"]  # fmt: skip
    assert said["title"] == ["Remove the unusual character from the title"]


class Written(GDSFormMixin, forms.Form):
    plan = forms.CharField(label="Plan", widget=forms.Textarea)
    note = forms.CharField(label="Note", widget=forms.Textarea, max_length=10)
    name = forms.CharField(label="Name")


def test_a_box_of_free_text_takes_at_most_fifty_thousand_characters_said_as_read():
    """A text box without a limit of its own takes LONG_TEXT_MAX_LENGTH, said with its
    thousands; a box with its own limit, and a one-line field, keep theirs."""
    form = Written({"plan": "x" * (LONG_TEXT_MAX_LENGTH + 1), "note": "x" * 11, "name": "y"})
    assert not form.is_valid()
    assert form.errors["plan"] == ["The plan must be 50,000 characters or fewer (it has 50,001)"]
    assert form.errors["note"] == ["The note must be 10 characters or fewer (it has 11)"]
    assert "maxlength" not in str(form["plan"])  # a pasted text is not cut short unseen
    assert Written({"plan": "x" * LONG_TEXT_MAX_LENGTH, "note": "x", "name": "y"}).is_valid()


def test_a_web_address_is_one_of_the_web_not_ftp():
    """A data source's link took "ftp://…", though the message for a bad link says it must
    start with https://."""
    assert errors({"link": "ftp://files.example.org/report.pdf"})["link"] == [WEB_ADDRESS_INVALID]
    assert "link" not in errors({"link": "https://www.example.org/report"})
    assert "link" not in errors({"link": "http://www.example.org/report"})


class Dated(GDSFormMixin, forms.Form):
    covers_from = DateField(label="From", required=False)
    held_on = DateField(label="When was it held? (optional)", required=False)
    own = DateField(label="Own", required=False, error_messages={"invalid": "Ours"})


def test_a_date_that_cannot_be_read_is_answered_naming_its_field():
    """Two wrong dates were two identical lines of the error summary ("Enter a real date,
    for example 27/3/2026"): each names its field."""
    form = Dated({"covers_from": "45", "held_on": "31/2/2026", "own": "x"})
    assert not form.is_valid()
    assert form.errors["covers_from"] == [
        f"Enter a real date for “From”, for example {both_ways(timezone.localdate())}"
    ]
    assert form.errors["held_on"] == [
        "Enter a real date for “When was it held?”: February 2026 has 28 days, not 31"
    ]
    assert form.errors["own"] == ["Ours"]  # a form's own message is kept
    # Outside a form of ours the field still says what to type.
    assert DateField().error_messages["invalid"] == (
        f"Enter a real date, for example {both_ways(timezone.localdate())}"
    )


class Told(GDSFormMixin, forms.Form):
    idea = forms.CharField(label="Describe the idea", max_length=5)
    exercise = forms.CharField(label="Name the exercise", max_length=5)
    name = forms.CharField(label="Name", max_length=5)
    theirs = forms.CharField(label="Their name (optional)", required=False, max_length=5)
    conclusion = forms.CharField(label="The group's conclusion", max_length=5)
    hours = forms.IntegerField(label="Hours", required=False)


def test_a_label_that_tells_what_to_do_is_quoted_not_made_a_thing():
    """An option's description said "The describe the idea must be 50,000 characters or
    fewer": a label that is an instruction is what to do when left empty, and quoted when its
    answer is wrong; a label with its own "the" or "their" gets no other."""
    form = Told({})
    assert not form.is_valid()
    assert form.errors["idea"] == ["Describe the idea"]
    assert form.errors["exercise"] == ["Name the exercise"]
    assert form.errors["name"] == ["Enter the name"]
    assert form.errors["conclusion"] == ["Enter the group's conclusion"]
    form = Told({"idea": "x" * 6, "exercise": "x" * 6, "name": "x" * 6, "theirs": "x" * 6,
                 "conclusion": "x" * 6, "hours": "x"})  # fmt: skip
    assert not form.is_valid()
    assert form.errors["idea"] == [
        "The answer to “Describe the idea” must be 5 characters or fewer (it has 6)"
    ]
    assert form.errors["exercise"][0].startswith("The answer to “Name the exercise” must be")
    assert form.errors["name"][0].startswith("The name must be 5 characters")
    assert form.errors["theirs"][0].startswith("Their name must be 5 characters")
    assert form.errors["conclusion"][0].startswith("The group's conclusion must be 5 characters")
    assert form.errors["hours"] == ["The hours must be a whole number"]
