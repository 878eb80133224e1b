"""The GOV.UK fields written in Python (nextpractice/gds_render.py) are crispy-forms-gds's
markup: for every field of the trial edit form and the new-project form, opened with the
saved values and posted back with errors, the HTML is the same element for element (Django's
HTML comparison: whitespace between and around tags, attribute and class order aside)."""

import datetime

import pytest
from crispy_forms.utils import render_crispy_form
from crispy_forms_gds.choices import Choice
from crispy_forms_gds.layout import Field
from django import forms
from django.template import Context, Template
from django.test.html import parse_html

from accounts.forms import GDSFormMixin
from accounts.models import Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.forms.trial import TrialDetailsForm
from fieldtrials.models import ResourceDomain
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.gds_render import _plan, render_field, render_form
from programmes.forms.lifecycle import ProjectForm
from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


def assert_same_markup(make_form):
    """Each field (and the button) of a fresh form from `make_form`, rendered both ways, is
    the same HTML; a fresh form each way, since crispy writes its classes onto the widgets."""
    ours = parse_html(str(render_form(make_form())))
    theirs = parse_html(str(render_crispy_form(make_form())))
    assert _plan(make_form()) is not None, "the form should be written in Python, not crispy"
    names = [c.attributes and dict(c.attributes).get("id") for c in theirs.children]
    assert len(ours.children) == len(theirs.children), names
    for name, mine, crispys in zip(names, ours.children, theirs.children, strict=True):
        assert mine == crispys, f"{name}:\nours:   {mine}\ncrispy: {crispys}"
    assert ours == theirs


@pytest.fixture
def trial():
    la = OrganisationFactory(name="Hertfordshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    consultant = UserFactory(full_name="Connie O'Sultant")
    trial = FieldTrialFactory(
        title='Learning <outside> & "in"',
        summary="Two schools\nand a forest",
        locality="Stevenage",
        trigger="Attendance",
        plan="Week 1: walk\nWeek 2: build",
        start_date=datetime.date(2026, 9, 1),
        end_date=datetime.date(2027, 7, 20),
        local_authority=la,
        consultant=consultant,
    )
    ProgrammeMembershipFactory(
        programme=trial.project.programme, user=consultant, role=Role.CONSULTANT
    )
    trial.participating_organisations.set(
        [OrganisationFactory(name=f"School {n} & <Co>") for n in range(3)]
    )
    trial.resource_domains.set(ResourceDomain.objects.order_by("pk")[:2])
    return trial


def test_the_trial_edit_form_opened_with_its_saved_values(trial):
    assert_same_markup(lambda: TrialDetailsForm(instance=trial))


def test_the_trial_edit_form_posted_back_with_an_error_on_every_field_that_can_have_one(trial):
    posted = {
        "title": "",
        "summary": "<b>bold</b>",
        "lead_organisation": "Nowhere at all",
        "local_authority": "Hertfordshire",
        "locality": "x" * 300,
        "participating": [str(trial.participating_organisations.first().pk), "999999"],
        "add_participating": "School",  # several match
        "domains": ["1", "nonsense"],
        "trigger": "",
        "consultant": "Nobody",
        "plan": "",
        "start_date": "31/2/2026",
        "end_date": "not a date",
        "version": "",
    }

    def make():
        form = TrialDetailsForm(data=posted, instance=trial)
        assert not form.is_valid()
        return form

    errors = make().errors
    for name in ("title", "lead_organisation", "participating", "add_participating",
                 "domains", "consultant", "start_date", "end_date"):  # fmt: skip
        assert name in errors, name
    # The hidden version's error is the page's own ("This page is out of date"), not a field's.
    assert "version" not in errors and errors["__all__"]
    assert_same_markup(make)


def test_the_trial_edit_form_posted_back_with_one_error_and_values_kept(trial):
    def make():
        form = TrialDetailsForm(
            data={
                "title": "Kept",
                "summary": "S",
                "version": str(trial.version),  # the one saved: one not yet saved is out of date
                # The start as saved (a start moved is checked against the project's
                # dates): the one error is the end before it.
                "start_date": "1/9/2026",
                "end_date": "31/8/2026",
                "domains": [str(ResourceDomain.objects.order_by("pk")[1].pk)],
            },  # fmt: skip
            # A fresh copy each time: checking a form writes onto its record, and the
            # values the page started from are read from it (nextpractice.records.merge).
            instance=type(trial).objects.get(pk=trial.pk),
        )
        assert list(form.errors) == ["end_date"]
        return form

    assert_same_markup(make)


@pytest.fixture
def programme():
    programme = ProgrammeFactory()
    for name in ("Olu Officer", "Ann <Other> & Co"):
        ProgrammeMembershipFactory(
            programme=programme, user=UserFactory(full_name=name), role=Role.OFFICER
        )
    return programme


def test_the_new_project_form_as_it_opens(programme):
    assert_same_markup(lambda: ProjectForm(programme=programme))


def test_the_new_project_form_posted_back_with_errors(programme):
    def make():
        form = ProjectForm(
            data={
                "title": "",
                "policy_area": "Reading",
                "partner_agency": "Nobody",
                "start_date": "soon",
                "planned_duration_months": "2",
                "lead_officer": "999999",
            },  # fmt: skip
            programme=programme,
        )
        assert set(form.errors) >= {"title", "partner_agency", "start_date",
                                    "planned_duration_months", "lead_officer"}  # fmt: skip
        return form

    assert_same_markup(make)


def test_the_new_project_form_posted_back_with_its_choices_kept(programme):
    officer = UserFactory(full_name="Chosen Officer")
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)

    def make():
        form = ProjectForm(
            data={
                "title": "A title",
                "policy_area": "Reading",
                "start_date": "1/9/2026",
                "planned_duration_months": "61",
                "lead_officer": str(officer.pk),
            },  # fmt: skip
            programme=programme,
        )
        assert list(form.errors) == ["planned_duration_months"]
        return form

    assert_same_markup(make)


class EveryKindForm(GDSFormMixin, forms.Form):
    """The field types the two forms above do not use: radios, one checkbox, hints on
    choices, dividers, sizes and tags from the layout, a prefix."""

    how = forms.ChoiceField(
        choices=[
            Choice("post", "By post", hint="Allow a week"),
            Choice("mail", "By e-mail", divider="or"),
            Choice("none", "Not at all"),
        ],  # fmt: skip
        widget=forms.RadioSelect,
        label="How should we write?",
        help_text="Pick one",
    )
    agree = forms.BooleanField(label="I agree", help_text="You must")
    kinds = forms.MultipleChoiceField(
        choices=[Choice("a", "A", hint="First"), Choice("b", "B", divider="or"), ("c", "C")],
        widget=forms.CheckboxSelectMultiple,
        label="Kinds",
    )
    note = forms.CharField(widget=forms.Textarea, required=False, label="Note")

    def layout_fields(self):
        return [
            Field.radios("how", legend_size="l", legend_tag="h1", small=True, inline=True),
            Field.checkbox("agree", small=True),
            Field.checkboxes("kinds", legend_size="m", small=True),
            Field.textarea("note", label_size="s", label_tag="h2", rows=4),
        ]


def test_radios_a_single_checkbox_and_layout_settings_are_the_same_too():
    assert_same_markup(lambda: EveryKindForm(initial={"how": "mail", "kinds": ["a", "c"]}))
    data = {"how": "fax", "kinds": ["z"], "note": "<script>"}
    assert_same_markup(lambda: EveryKindForm(data=data, prefix="p"))


def test_values_and_labels_typed_by_people_are_escaped(trial):
    html = str(render_form(TrialDetailsForm(instance=trial)))
    assert 'value="Learning &lt;outside&gt; &amp; &quot;in&quot;"' in html
    assert "School 0 &amp; &lt;Co&gt;" in html
    assert "<outside>" not in html and "<Co>" not in html


def test_a_layout_it_does_not_write_goes_to_crispy_whole():
    from crispy_forms_gds.layout import HTML

    class WithHTML(EveryKindForm):
        def layout_fields(self):
            return [HTML("<p class='govuk-body'>Before you start</p>"), Field("note")]

    html = str(render_form(WithHTML()))
    assert "Before you start" in html and 'id="div_id_note"' in html


def test_the_template_tags_write_a_form_and_a_field():
    template = Template("{% load gds_fields %}{% gds_form form %}|{% gds_field form.note %}")
    form = EveryKindForm()
    form.use_required_attribute = True
    out = template.render(Context({"form": form})).split("|")
    assert 'id="div_id_how"' in out[0] and 'id="id_submit"' in out[0]
    assert out[1].startswith('<div id="div_id_note" class="govuk-form-group">')
    single = parse_html(str(render_field(EveryKindForm()["note"])))
    assert single == parse_html(out[1])
