"""Forms for a field trial's own details and its status."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.db import connection
from django.urls import reverse

from accounts.forms import GDSFormMixin
from accounts.models import Organisation, Role, User
from accounts.search import OrganisationField, PersonField
from nextpractice.paging import whole_number
from nextpractice.records.forms import based_on, version_field
from nextpractice.records.merge import StartedFrom
from nextpractice.widgets import SearchInput
from programmes.forms.lifecycle import DateField, for_example_ahead
from programmes.rules import programme_people

from ..models import FieldTrial, ResourceDomain
from ..services.trial import TERMS, trial_end_problem, trial_start_problem
from ..workflow import MOVES
from .fields import IdsChoiceField, OrganisationsField


def _boxes(trial):
    """What the form shows beside the trial's own row, in one query: the organisations taking
    part as (id, name) by name; every resource domain as (id, name, whether the trial works
    on it) by id; and the names of its lead organisation, local authority and consultant, as
    their search boxes show them, by id (a join each on the trial's own query cost more to
    build and plan than these rows). Written as SQL (as accounts.memberships reads
    memberships): the ORM's union of annotated querysets cost more to build than the query
    it saved."""
    organisations = Organisation._meta.db_table
    taking_part = FieldTrial.participating_organisations.through._meta.db_table
    domains = ResourceDomain._meta.db_table
    works_on = FieldTrial.resource_domains.through._meta.db_table
    parts = [
        f"""SELECT 0, o.id, o.name, 1, o.name FROM {organisations} o
        JOIN {taking_part} t ON t.organisation_id = o.id WHERE t.fieldtrial_id = %s""",
        f"""SELECT 1, d.id, d.name, CASE WHEN EXISTS (
            SELECT 1 FROM {works_on} w WHERE w.fieldtrial_id = %s AND w.resourcedomain_id = d.id
        ) THEN 1 ELSE 0 END, '' FROM {domains} d""",
    ]
    params = [trial.pk, trial.pk]
    picked = [pk for pk in (trial.lead_organisation_id, trial.local_authority_id) if pk]
    if picked:
        marks = ", ".join(["%s"] * len(picked))
        parts.append(
            f"SELECT 2, o.id, o.name, 0, '' FROM {organisations} o WHERE o.id IN ({marks})"
        )
        params += picked
    if trial.consultant_id:
        # PersonField.label_of: their name, or their e-mail address if they have none.
        parts.append(
            "SELECT 3, u.id, COALESCE(NULLIF(u.full_name, ''), u.email), 0, '' "
            f"FROM {User._meta.db_table} u WHERE u.id = %s"
        )
        params.append(trial.consultant_id)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts) + " ORDER BY 1, 5, 2", params)
        rows = cursor.fetchall()
    taking_part_rows = [(pk, name) for part, pk, name, _, _ in rows if part == 0]
    domain_rows = [(pk, name, bool(chosen)) for part, pk, name, chosen, _ in rows if part == 1]
    names = {(part, pk): name for part, pk, name, _, _ in rows if part >= 2}
    return taking_part_rows, domain_rows, names


class TrialDetailsForm(GDSFormMixin, forms.ModelForm):
    submit_label = "Save the trial's details"
    start_date = DateField(required=False, help_text=for_example_ahead("1/9"))
    end_date = DateField(required=False, help_text=for_example_ahead("31/7", following="1/9"))
    # Organisations and people are typed, with suggestions (accounts/search.py): a page
    # never lists every organisation in England, nor anyone outside the trial's programme.
    lead_organisation = OrganisationField(
        required=False, label="Lead organisation", help_text="Start typing its name or URN"
    )
    local_authority = OrganisationField(
        required=False, label="Local authority", kinds=[Organisation.Kind.LOCAL_AUTHORITY]
    )
    participating = IdsChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Participating organisations",
        help_text="Untick an organisation to take it off the trial.",
    )
    # With JavaScript, each organisation picked here is added to the list above, ticked, and
    # the box clears for the next (static/js/autocomplete.js, data-np-adds-to), and the hint
    # is its data-np-adds-to-hint, without the semicolons; without it, several are typed
    # with semicolons between them.
    add_participating = OrganisationsField(
        required=False,
        label="Add a participating organisation",
        help_text="Start typing its name or URN and choose it: it is added to the list "
        "above, and you can add the next. To add several at once, type their names or URNs "
        "with a semicolon (;) between each. They are kept when you save the trial's details.",
        widget=SearchInput(
            attrs={
                "data-np-adds-to": "participating",
                "data-np-adds-to-hint": "Start typing its name or URN and choose it: it is "
                "added to the list above, and you can add the next. They are kept when you "
                "save the trial's details.",
            }
        ),
    )
    domains = IdsChoiceField(
        queryset=ResourceDomain.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Resource domains it works on",
        help_text="The kinds of resource, other than money, it uses differently.",
    )
    consultant = PersonField(
        queryset=User.objects.none(),
        required=False,
        label="Consultant",
        help_text="One of the programme's consultants: start typing their name",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)  # its range set in __init__

    class Meta:
        model = FieldTrial
        fields = ["title", "summary", "lead_organisation", "local_authority", "locality",
                  "trigger", "consultant", "plan", "start_date", "end_date"]  # fmt: skip

    def __init__(self, *args, sets_terms=True, sets_lead=True, **kwargs):
        super().__init__(*args, **kwargs)
        trial = self.instance
        # The consultant and dates are the project's officers' to set; others see them as
        # they are, above the form.
        self.sets_terms = sets_terms
        if not sets_terms:
            for name in TERMS:
                del self.fields[name]
            self.relayout()  # else the layout names them still (a warning at each render)
        # So is its lead organisation (`fieldtrials.set_lead_organisation`): its staff on the
        # trial lead it. Others see it named above the form; one posted anyway is not read.
        self.sets_lead = sets_lead
        if not sets_lead:
            del self.fields["lead_organisation"]
            self.relayout()
        # The boxes of both lists and what is ticked (every organisation taking part, to
        # begin with; the domains the trial works on), and the names in the search boxes,
        # read in one query.
        taking_part, domains_rows, names = _boxes(trial)
        # Only the organisations already taking part are listed, to untick; others are added
        # by typing, so the page does not grow with the local authority. One picked in the
        # box below is added to the list, ticked, before the save (static/js/autocomplete.js):
        # what is posted is checked against every organisation (a query of its own, built
        # only then), and those ticked so stay listed when the page is shown again.
        participating = self.fields["participating"]
        if self.is_bound:
            participating.queryset = Organisation.objects.order_by("name")
            taking_part = taking_part + self._ticked_since(taking_part)
        participating.choices = taking_part
        participating.initial = [pk for pk, _ in taking_part]
        domains = self.fields["domains"]
        domains.choices = [(pk, name) for pk, name, _ in domains_rows]
        domains.initial = [pk for pk, _, chosen in domains_rows if chosen]
        # The version the page showed: a trial's count of saves, from 0 to the one saved now;
        # any other (letters, none, -1, one not yet saved) says the page is out of date.
        self.fields["version"] = version_field(trial.version, first=0)
        # Named from the boxes' query, for those who see the consultant but do not choose.
        self.consultant_name = names.get((3, trial.consultant_id), "")
        self.lead_organisation_name = names.get((2, trial.lead_organisation_id), "")
        # The search boxes show the chosen organisations and consultant by name, with their
        # ids, as (text shown, id picked): SearchField.prepare_value takes them so.
        if not self.is_bound:
            for name, part in (("lead_organisation", 2), ("local_authority", 2), ("consultant", 3)):
                pk = getattr(trial, f"{name}_id")
                if pk and (part, pk) in names and name in self.fields:
                    self.initial[name] = (names[part, pk], pk)
        if sets_terms:
            self._offer_consultants(trial, trial.project.programme_id)

    def _ticked_since(self, taking_part):
        """(id, name) of the organisations ticked on the page that were not taking part when
        it was loaded (each picked in the box below it), by name; none, without a query, for
        a page that ticked none."""
        listed = {pk for pk, _ in taking_part}
        field = self.fields["participating"]
        posted = field.widget.value_from_datadict(
            self.data, self.files, self.add_prefix("participating")
        )
        numbers = {whole_number(pk, digits=18) for pk in posted or ()}
        more = {pk for pk in numbers if pk is not None and pk >= 0 and pk not in listed}
        if not more:
            return []
        rows = Organisation.objects.filter(pk__in=more).order_by("name", "pk")
        return list(rows.values_list("pk", "name"))

    def _offer_consultants(self, trial, programme_id):
        """The people picker offers the programme's consultants only, and keeps the one
        already chosen. They are read (one query) only to check what was posted: the form
        as it opens shows the chosen one from the trial and asks no one else."""
        if self.is_bound:
            consultants = programme_people(programme_id, [Role.CONSULTANT])
            if trial.consultant_id:
                consultants = consultants | User.objects.filter(pk=trial.consultant_id)
            self.fields["consultant"].queryset = consultants.select_related("organisation")
        self.fields["consultant"].source = (
            reverse("programmes:programme_people_search", args=[programme_id])
            + "?role="
            + Role.CONSULTANT
        )

    def layout_fields(self):
        fields = [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.textarea("summary", rows=3),
            Field.text("lead_organisation", field_width=Fluid.TWO_THIRDS),
            Field.text("local_authority", field_width=Fluid.TWO_THIRDS),
            Field.text("locality", field_width=Fluid.TWO_THIRDS),
            Field.checkboxes("participating"),
            Field.text("add_participating", field_width=Fluid.TWO_THIRDS),
            Field.checkboxes("domains"),
            Field.text("trigger", field_width=Fluid.TWO_THIRDS),
            Field.text("consultant", field_width=Fluid.TWO_THIRDS),
            Field.textarea("plan", rows=8),
            Field.text("start_date", field_width=10),
            Field.text("end_date", field_width=10),
            Field("version"),
        ]
        # The values the page started from: saving again after a clash keeps the others'
        # changes (nextpractice.records.merge).
        return [f for f in fields if f.fields[0] in self.fields] + [StartedFrom()]

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", "The end date must be after the start date")
        # A start or end already saved is left be (the project's dates may have moved since).
        for name, day, check in (
            ("start_date", start, trial_start_problem),
            ("end_date", end, trial_end_problem),
        ):
            problem = day != getattr(self.instance, name) and check(self.instance.project, day)
            if problem and name not in self.errors:
                self.add_error(name, problem)
        self._fill_local_authority(data)
        based_on(self)  # a hidden field's message would show nowhere: said for the whole form
        added = data.pop("add_participating", None) or []
        if "participating" in data:
            kept = list(data["participating"])
            data["participating"] = kept + [each for each in added if each not in kept]
        return data

    def _fill_local_authority(self, data):
        """A lead organisation that the directory places in a local authority ("School,
        Cumbria") gives the trial that local authority when its box is left empty, and
        `data` says so (update_trial_details tells it in the history). A local authority
        typed is kept, and one saved is not put back after it was taken off, unless the lead
        organisation changed too."""
        if data.get("local_authority") or "local_authority" in self.errors:
            return
        lead = data.get("lead_organisation")
        if not self.sets_lead and not self.instance.local_authority_id:
            lead = self.instance.lead_organisation  # as saved: not theirs to choose
        if not lead:
            return
        area = lead.local_authority  # read with the lead (OrganisationField)
        if area is None or area.kind != Organisation.Kind.LOCAL_AUTHORITY:
            return
        trial = self.instance
        if trial.local_authority_id and lead.pk == trial.lead_organisation_id:
            return  # they took it off on purpose
        data["local_authority"] = area
        data["local_authority_from_lead"] = True


class StatusForm(GDSFormMixin, forms.Form):
    submit_label = "Change the status"
    to_status = forms.ChoiceField(label="What is the trial's status now?", widget=forms.RadioSelect)
    reason = forms.CharField(
        label="Why?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when a trial is withdrawn or returned to selected",
    )

    def __init__(self, *args, trial, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [
            (s.value, s.label) for s in MOVES[FieldTrial.Status(trial.status)]
        ]

    def layout_fields(self):
        return [Field.radios("to_status"), Field.textarea("reason")]
