"""Saving again after an edit clash (nextpractice/records/merge.py): the page shown keeps only
the fields this person changed, takes the others as saved now, and marks a field both people
changed; saving it again does not undo the other person's changes."""

import datetime
import re
from decimal import Decimal
from html.parser import HTMLParser

from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from evaluation.tests.pages import edit_url

BOTH = "You both changed this"


class _Forms(HTMLParser):
    """The answers each POST form on a page would send, as a browser sends them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self._form, self._text, self._select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self._form = []
            self.forms.append(self._form)
        if self._form is None or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._form.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea":
            self._text = [attrs["name"], ""]
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self._form.append((self._select, attrs.get("value", "")))

    def handle_data(self, data):
        if self._text is not None:
            self._text[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._text is not None:
            name, text = self._text
            self._form.append((name, text[1:] if text.startswith("\n") else text))
            self._text = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def edit_form(html, marker):
    """{name: [values]} of the page's form that holds the hidden `marker` (its version)."""
    parser = _Forms()
    parser.feed(html)
    form = next(f for f in parser.forms if any(name == marker for name, _ in f))
    answers = {}
    for name, value in form:
        answers.setdefault(name, []).append(value)
    return answers


def changed(answers, **new):
    return {**answers, **{name: [value] for name, value in new.items()}}


def page_boxes(answers):
    return {name: values for name, values in answers.items() if not name.startswith("initial-")}


def test_a_save_in_another_tab_of_the_same_person_is_said_as_theirs(world, client):
    """The same person in two tabs is not "you both" nor "they": the page says they changed
    it in another tab or window since they opened it, and what they saved there."""
    measurement = world.ev_measurement
    url = edit_url("measurement", measurement.pk)
    client.force_login(world.users["officer"])
    first_tab = edit_form(client.get(url).text, "version")
    other_tab = edit_form(client.get(url).text, "version")
    response = client.post(url, changed(other_tab, value="15", note="Recounted"))
    assert response.status_code == 302

    response = client.post(url, changed(first_tab, value="16"))
    assert response.status_code == 409
    page = response.text.replace("&#x27;", "'")
    saved_now = page.split("What is saved now")[1].split("</section>")[0]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert "You changed this in both" in saved_now
    assert "You changed this in another tab or window since you opened it. Nothing has been " in (
        page
    )
    assert "what you saved in the other tab or window is kept too" in page
    assert "by someone else or by you" not in page  # whose save it was is known: theirs
    assert "You changed “Value (pupils)” in another tab or window too" in page
    assert "You changed this in another tab or window too. You saved: “15" in page
    for theirs in ("You both", "They saved", "their other changes", "after you opened the page"):
        assert theirs not in page, theirs
    assert world.users["officer"].full_name + " saved this" not in page


def test_saving_a_measurement_again_keeps_the_note_someone_else_wrote(world, client):
    measurement = world.ev_measurement  # 14 on 1 March 2007, no note
    url = edit_url("measurement", measurement.pk)
    other = Client()
    other.force_login(world.users["officer"])
    client.force_login(world.users["leader"])
    mine = edit_form(client.get(url).text, "version")  # B opens the page first
    theirs = edit_form(other.get(url).text, "version")
    # A changes the value and writes a note, and saves first.
    response = other.post(url, changed(theirs, value="15", note="Recounted after the audit"))
    assert response.status_code == 302

    # B changes only the value, and meets A's save.
    response = client.post(url, changed(mine, value="16"))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept["value"] == ["16"]  # theirs kept, in the box
    assert kept["note"] == ["Recounted after the audit"]  # A's note, not B's empty box
    assert kept["version"] == [str(measurement.version + 1)]
    assert "The form keeps your changes to “Value (pupils)”" in page
    # Whose save it met is known, so the officer is named, not "someone else or you".
    assert "Officer Person changed this while you were editing it. Nothing has been " in page
    assert "by someone else or by you" not in page
    assert "so their other changes are kept too" in page
    assert "You both changed “Value (pupils)”" in page
    saved_now = page.split("What is saved now")[1].split("</section>")[0]
    # Each row named as its box is ("Value (pupils)"), not by the model's own name.
    rows = re.findall(r'govuk-summary-list__key">([^<]+)', saved_now.split("</dl>")[0])
    assert "Value (pupils)" in [row.strip() for row in rows], rows
    assert BOTH in saved_now.split("Value")[1].split("</dt>")[0]  # the value is marked
    assert saved_now.count(BOTH) == 1  # the note and the date are not

    # Saving again keeps B's value and A's note.
    assert client.post(url, kept).status_code == 302
    measurement.refresh_from_db()
    assert measurement.value == Decimal("16")
    assert measurement.note == "Recounted after the audit"


def test_saving_a_milestone_again_keeps_the_due_date_someone_else_moved(world, client):
    milestone = world.milestone
    url = reverse("fieldtrials:milestone_edit", args=[milestone.pk])
    other = Client()
    other.force_login(world.users["consultant"])
    client.force_login(world.users["leader"])
    mine = edit_form(client.get(url).text, "based_on")
    theirs = edit_form(other.get(url).text, "based_on")
    due = milestone.due_on + datetime.timedelta(days=7)
    moved = f"{due.day}/{due.month}/{due.year}"
    response = other.post(url, changed(theirs, due_on=moved, title="Their title"))
    assert response.status_code == 302

    response = client.post(url, changed(mine, title="My title", notes="My notes"))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "based_on")
    assert page_boxes(kept) == page_boxes(
        changed(kept, title="My title", notes="My notes", due_on=moved)
    )
    assert kept["due_on"] == [moved]  # A's date, not the one B's page opened with
    assert "The form keeps your changes to “What is the milestone?” and “Notes”" in page
    saved_now = page.split("What is saved now")[1].split("</section>")[0]
    assert saved_now.count(BOTH) == 1
    assert BOTH in saved_now.split("What is the milestone?")[1].split("</dt>")[0]

    assert client.post(url, kept).status_code == 302
    milestone.refresh_from_db()
    assert (milestone.title, milestone.notes, milestone.due_on) == ("My title", "My notes", due)


def test_a_page_sent_without_what_it_started_from_keeps_every_answer_as_sent(world, client):
    """A page loaded before the values it started from were carried: as before, what the
    person sent is kept whole, and saving again replaces what is saved."""
    measurement = world.ev_measurement
    url = edit_url("measurement", measurement.pk)
    client.force_login(world.users["leader"])
    answers = edit_form(client.get(url).text, "version")
    first = edit_form(client.get(url).text, "version")  # the same, in another tab
    assert client.post(url, changed(first, note="Theirs")).status_code == 302
    old_page = {k: v for k, v in page_boxes(answers).items() if k != "started_from"}
    response = client.post(url, changed(old_page, value="16"))
    assert response.status_code == 409
    kept = edit_form(response.text, "version")
    assert kept["note"] == [""] and kept["value"] == ["16"]


def test_a_meetings_page_carries_only_the_trials_its_editor_sees(world):
    """The values a page started from name no trial the person does not see (Quill, here):
    neither hidden on the page nor sent back when the form takes what is saved now."""
    from fieldtrials.forms.kept import KeptMeetingForm
    from fieldtrials.models import FieldTrial
    from nextpractice.records.forms import editing
    from nextpractice.records.merge import StartedFrom, merge_clash

    meeting = world.meeting
    meeting.attended_by.set([world.coral, world.quill])
    seen = FieldTrial.objects.exclude(pk=world.quill.pk)

    def make_form(data, record):
        return editing(KeptMeetingForm(data, instance=record, trials=seen), record.version)

    hidden = StartedFrom().render(make_form(None, meeting), {})
    assert f'name="initial-attended_by" value="{world.coral.pk}"' in hidden
    assert f'value="{world.quill.pk}"' not in hidden
    posted = QueryDict(mutable=True)
    posted.update({"held_on": "1/3/2007", "shared": "Mine", "version": "1", "started_from": "1"})
    posted.setlist("initial-attended_by", [str(world.coral.pk)])
    posted.setlist("attended_by", [str(world.coral.pk)])
    posted.update({"initial-held_on": "1/3/2007", "initial-shared": "Willow sharing"})
    clash = merge_clash(make_form, meeting, posted)
    assert clash.data.getlist("attended_by") == [str(world.coral.pk)]
    assert clash.yours == ["shared"] and not clash.both


def _trial_pages(world, client):
    """The trial's details page as B (the leader, `client`) and then A (an officer) open it;
    the trial has a lead organisation and two organisations taking part."""
    from accounts.tests.factories import OrganisationFactory

    trial = world.coral
    trial.lead_organisation = OrganisationFactory(name="Barclay School")
    trial.save()
    trial.participating_organisations.set(
        [OrganisationFactory(name="Alder School"), OrganisationFactory(name="Birch School")]
    )
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    other = Client()
    other.force_login(world.users["officer"])
    client.force_login(world.users["leader"])
    mine = edit_form(client.get(url).text, "version")
    theirs = edit_form(other.get(url).text, "version")
    return trial, url, other, mine, theirs


def test_saving_a_trials_details_again_keeps_the_organisations_someone_else_changed(world, client):
    """A picks another lead organisation (its search box: text and id) and adds a school
    taking part; B changes only the plan and meets A's save: the page keeps B's plan and
    A's organisations, and saving it again keeps both."""
    from accounts.tests.factories import OrganisationFactory

    trial, url, other, mine, theirs = _trial_pages(world, client)
    lead, added = OrganisationFactory(name="Cedar School"), OrganisationFactory(name="Damson")
    response = other.post(
        url,
        changed(
            theirs,
            lead_organisation="Cedar School",
            lead_organisation_choice=str(lead.pk),
            add_participating="Damson",
            add_participating_choice=str(added.pk),
        ),
    )
    assert response.status_code == 302
    taking_part = set(trial.participating_organisations.values_list("pk", flat=True))
    assert added.pk in taking_part and len(taking_part) == 3

    response = client.post(url, changed(mine, plan="My plan"))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept["plan"] == ["My plan"]
    # B is of the trial's team, who do not set its lead organisation: A's stays, unsent by B.
    assert "lead_organisation" not in kept and "lead_organisation_choice" not in kept
    assert "Cedar School" in page
    assert set(kept["participating"]) == {str(pk) for pk in taking_part}  # Damson ticked
    assert kept["add_participating"] == [""]
    assert "The form keeps your changes to “Trial plan”" in page
    assert "You both changed" not in page and BOTH not in page

    assert client.post(url, kept).status_code == 302
    trial.refresh_from_db()
    assert trial.plan == "My plan" and trial.lead_organisation == lead
    assert set(trial.participating_organisations.values_list("pk", flat=True)) == taking_part


def test_saving_a_trials_details_again_keeps_yours_where_you_both_changed_it(world, client):
    """Both change the title (B's is kept, marked); A also unticks a school taking part
    and B adds one: A's untick is kept beside B's addition."""
    from accounts.tests.factories import OrganisationFactory

    trial, url, other, mine, theirs = _trial_pages(world, client)
    alder, birch = trial.participating_organisations.order_by("name")
    response = other.post(url, changed(theirs, title="Their title", participating=str(alder.pk)))
    assert response.status_code == 302

    added = OrganisationFactory(name="Elm School")
    response = client.post(
        url,
        changed(
            mine,
            title="My title",
            add_participating="Elm School",
            add_participating_choice=str(added.pk),
        ),
    )
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept["title"] == ["My title"]
    assert kept["participating"] == [str(alder.pk)]  # Birch stays off, as A left it
    assert kept["add_participating"] == ["Elm School"]
    assert "You both changed “Title”" in page
    saved_now = page.split("What is saved now")[1].split("</dl>")[0]
    assert saved_now.count(BOTH) == 1
    assert BOTH in saved_now.split("Title")[1].split("</dt>")[0]
    assert "Their title" in saved_now and "Alder School" in saved_now

    assert client.post(url, kept).status_code == 302
    trial.refresh_from_db()
    assert trial.title == "My title"
    assert set(trial.participating_organisations.all()) == {alder, added}


def _saved_labels(page):
    """The labels of the "What is saved now" list on a clash page."""
    saved_now = page.split("What is saved now")[1].split("</dl>")[0]
    return [dt.split(">", 1)[1].split("<")[0].strip() for dt in saved_now.split("<dt")[1:]]


def test_a_trials_clash_labels_what_is_saved_now_as_its_boxes_are(world, client):
    """An officer's clash shows the trial's dates too, labelled as their boxes are (they are
    declared without a label of their own: they were "None")."""
    trial = world.coral
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    other = Client()
    other.force_login(world.users["admin"])
    client.force_login(world.users["officer"])
    mine = edit_form(client.get(url).text, "version")
    theirs = edit_form(other.get(url).text, "version")
    assert other.post(url, changed(theirs, locality="Their town")).status_code == 302
    response = client.post(url, changed(mine, locality="My town"))
    assert response.status_code == 409
    labels = _saved_labels(response.text)
    assert "Start date" in labels and "End date" in labels and "Locality" in labels
    assert "None" not in labels


def _draft_pages(world, client):
    """A monthly update's draft for February 2007, as B (the leader, `client`) and then A
    (the consultant) open it; both save with "Save as draft"."""
    from fieldtrials.services.updates import save_update_draft

    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    draft = save_update_draft(
        trial=world.coral,
        month=datetime.date(2007, 2, 1),
        actor=world.users["leader"],
        rag="green",
        what_happened="Started",
    )
    url = reverse("fieldtrials:update_edit", args=[draft.pk])
    other = Client()
    other.force_login(world.users["consultant"])
    client.force_login(world.users["leader"])
    buttons = ("submit_update", "save_draft")
    mine, theirs = (
        {k: v for k, v in edit_form(c.get(url).text, "version").items() if k not in buttons}
        for c in (client, other)
    )
    return draft, url, other, mine, theirs


def test_saving_a_draft_update_again_keeps_what_someone_else_wrote(world, client):
    draft, url, other, mine, theirs = _draft_pages(world, client)
    response = other.post(url, changed(theirs, what_next="Their plans", save_draft=""))
    assert response.status_code == 302

    response = client.post(url, changed(mine, what_happened="My account", save_draft=""))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept["what_happened"] == ["My account"]
    assert kept["what_next"] == ["Their plans"]  # not B's empty box
    assert kept["rag"] == ["green"]
    assert "The form keeps your changes to “What happened”" in page
    assert BOTH not in page
    # Named as who saved it last (A), not the draft's author (B, who is reading this).
    consultant, leader = world.users["consultant"], world.users["leader"]
    assert f"{consultant.full_name} saved this at" in page
    assert f"{leader.full_name} saved this" not in page
    assert "another tab or window since" not in page
    assert f"{consultant.full_name} changed this while you were editing it." in page
    assert "by someone else or by you" not in page

    assert client.post(url, {**kept, "save_draft": [""]}).status_code == 302
    draft.refresh_from_db()
    assert (draft.what_happened, draft.what_next) == ("My account", "Their plans")


def test_a_draft_update_saved_in_another_tab_of_the_same_person_is_said_as_theirs(world, client):
    draft, url, other, mine, theirs = _draft_pages(world, client)
    buttons = ("submit_update", "save_draft")
    page = client.get(url).text  # the same person's other tab, opened at the same version
    other_tab = {k: v for k, v in edit_form(page, "version").items() if k not in buttons}
    response = client.post(url, changed(other_tab, what_happened="Other tab", save_draft=""))
    assert response.status_code == 302

    response = client.post(url, changed(mine, what_happened="This tab", save_draft=""))
    assert response.status_code == 409
    page = response.text.replace("&#x27;", "'")
    saved_now = page.split('id="saved-now"')[1].split("</section>")[0]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert "You changed this in both" in saved_now
    assert "You changed this in another tab or window since you opened it. Nothing has " in page
    assert "You changed this in another tab or window too. You saved: “Other tab”" in page
    for said in ("You both", "They saved", "their other changes", "saved this at"):
        assert said not in page, said
    assert "by someone else or by you" not in page


def test_saving_a_draft_update_again_keeps_yours_where_you_both_wrote(world, client):
    draft, url, other, mine, theirs = _draft_pages(world, client)
    response = other.post(
        url, changed(theirs, what_happened="Their account", rag="amber", save_draft="")
    )
    assert response.status_code == 302

    response = client.post(url, changed(mine, what_happened="My account", save_draft=""))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept["what_happened"] == ["My account"] and kept["rag"] == ["amber"]
    assert "You both changed “What happened”" in page
    saved_now = page.split('id="saved-now"')[1].split("</dl>")[0]
    assert saved_now.count(BOTH) == 1
    assert BOTH in saved_now.split("What happened")[1].split("</dt>")[0]

    assert client.post(url, {**kept, "save_draft": [""]}).status_code == 302
    draft.refresh_from_db()
    assert (draft.what_happened, draft.rag) == ("My account", "amber")


def _swapped(answer, page):
    """`page`'s answers once an htmx answer's out-of-band inputs are swapped in, by name."""
    parser = _Forms()
    parser.feed(f'<form method="post">{answer}</form>')
    return {**page, **{name: [value] for name, value in parser.forms[0]}}


def test_an_autosaved_draft_is_what_its_page_started_from_at_a_clash(world, client):
    """B's autosave of "What is next" moves what B's page started from on: A then rewrites
    it, and B, saving a change to the status, keeps A's text (B did not touch it since)."""
    draft, url, other, mine, _ = _draft_pages(world, client)
    autosave = reverse("fieldtrials:update_autosave", args=[draft.pk])
    mine = changed(mine, what_next="My plans")
    answer = client.post(autosave, mine, headers={"HX-Request": "true"})
    assert answer.status_code == 200
    assert 'name="initial-what_next" value="My plans"' in answer.text
    mine = _swapped(answer.text, mine)
    assert mine["version"] == [str(draft.version + 1)]

    theirs = edit_form(other.get(url).text, "version")
    theirs = {k: v for k, v in theirs.items() if k not in ("submit_update", "save_draft")}
    response = other.post(url, changed(theirs, what_next="Better plans", save_draft=""))
    assert response.status_code == 302

    response = client.post(url, changed(mine, rag="red", save_draft=""))
    assert response.status_code == 409
    kept = edit_form(response.text, "version")
    assert kept["what_next"] == ["Better plans"] and kept["rag"] == ["red"]
    assert BOTH not in response.text


def test_an_autosave_refused_by_someone_elses_save_carries_the_words_to_the_clash(world, client):
    """A saves the draft; B's autosave then meets A's save (409). Its answer does not ask B
    to copy their words and reload (losing them): its button sends B's page, which shows
    both versions, B's words kept, and saving that keeps both."""
    draft, url, other, mine, theirs = _draft_pages(world, client)
    response = other.post(url, changed(theirs, what_next="Their plans", save_draft=""))
    assert response.status_code == 302

    mine = changed(mine, what_happened="My long account")
    answer = client.post(
        reverse("fieldtrials:update_autosave", args=[draft.pk]), mine, headers={"HX-Request": "1"}
    )
    assert answer.status_code == 409
    # Someone else's save, named: "Not saved: <name> changed this draft while you were writing."
    assert "changed this draft while you were writing" in answer.text
    assert "in another tab or window since you opened it" not in answer.text
    assert "reload" not in answer.text.lower()
    assert '<button type="submit" name="save_draft"' in answer.text
    assert "Compare what you wrote with the draft as saved" in answer.text
    assert "beside" not in answer.text  # the draft as saved comes first, not beside

    # The button goes in the page's form (the status line is): it sends B's page as it is.
    form = client.get(url).text.split(f'action="{url}"')[1].split("</form>")[0]
    assert 'id="update-autosave-status"' in form
    response = client.post(url, {**mine, "save_draft": [""]})
    assert response.status_code == 409
    kept = edit_form(response.text, "version")
    assert kept["what_happened"] == ["My long account"] and kept["what_next"] == ["Their plans"]
    kept = {k: v for k, v in kept.items() if k not in ("submit_update", "save_draft")}
    assert client.post(url, {**kept, "save_draft": [""]}).status_code == 302
    draft.refresh_from_db()
    assert (draft.what_happened, draft.what_next) == ("My long account", "Their plans")


def test_a_trials_ticked_lists_keep_what_each_person_ticked_and_unticked(world, client):
    """A unticks Alder and ticks one resource domain; B unticks Birch and ticks another:
    each list keeps both people's changes, item by item, and neither is marked as changed by
    both (they started from the same list)."""
    from fieldtrials.models import ResourceDomain

    trial, url, other, mine, theirs = _trial_pages(world, client)
    alder, birch = trial.participating_organisations.order_by("name")
    first, second = ResourceDomain.objects.order_by("pk")[:2]
    assert not trial.resource_domains.exists()
    response = other.post(url, changed(theirs, participating=str(birch.pk), domains=str(first.pk)))
    assert response.status_code == 302

    response = client.post(
        url, changed(mine, participating=str(alder.pk), domains=str(second.pk), plan="My plan")
    )
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert kept.get("participating", []) == []  # Alder off (A), Birch off (B)
    assert sorted(kept["domains"]) == sorted([str(first.pk), str(second.pk)])
    assert kept["plan"] == ["My plan"]
    assert (
        "The form keeps your changes to “Trial plan”, “Participating organisations” and "
        "“Resource domains it works on”"
    ) in page
    assert "You both changed" not in page and BOTH not in page

    assert client.post(url, kept).status_code == 302
    trial.refresh_from_db()
    assert not trial.participating_organisations.exists()
    assert set(trial.resource_domains.all()) == {first, second}
    assert trial.plan == "My plan"


def test_a_meetings_trials_that_came_keep_both_peoples_ticks(world, client):
    """The record kit's edit page (a community's meeting): A ticks Coral as having come and
    B ticks Quill; B's save again keeps both."""
    meeting = world.meeting  # no trials ticked
    url = reverse(
        "records:edit", kwargs={"app": "fieldtrials", "kind": "meeting", "pk": meeting.pk}
    )
    other = Client()
    other.force_login(world.users["admin"])
    client.force_login(world.users["officer"])
    mine = edit_form(client.get(url).text, "version")
    theirs = edit_form(other.get(url).text, "version")
    assert other.post(url, changed(theirs, attended_by=str(world.coral.pk))).status_code == 302

    response = client.post(url, changed(mine, attended_by=str(world.quill.pk)))
    assert response.status_code == 409
    page = response.text
    kept = edit_form(page, "version")
    assert sorted(kept["attended_by"]) == sorted([str(world.coral.pk), str(world.quill.pk)])
    assert BOTH not in page

    assert client.post(url, kept).status_code == 302
    meeting.refresh_from_db()
    assert set(meeting.attended_by.all()) == {world.coral, world.quill}


def _summary(page):
    """The error summary's list, as (link or "", text) for each item."""
    import re

    listed = page.split("govuk-error-summary__list")[1].split("</ul>")[0]
    items = re.findall(r"<li>\s*(.*?)\s*</li>", listed, re.S)
    found = []
    for item in items:
        link = re.match(r'<a href="#([^"]*)">(.*)</a>$', item, re.S)
        found.append((link.group(1), link.group(2)) if link else ("", item))
    return found


def test_a_clashs_error_summary_links_to_the_fields_both_changed(world, client):
    """Both change the title: the summary says the clash, unlinked, then links to the title's
    box (not the form's first field). A draft's status, both changed, links to its first
    radio."""
    trial, url, other, mine, theirs = _trial_pages(world, client)
    assert other.post(url, changed(theirs, title="Their title", plan="Their plan")).status_code
    response = client.post(url, changed(mine, title="My title", summary="My summary"))
    assert response.status_code == 409
    summary = _summary(response.text)
    assert summary[0][0] == "" and "You both changed “Title”" in summary[0][1]
    assert summary[1:] == [("id_title", "You both changed “Title”")]
    assert 'id="id_title"' in response.text
    # The box the link leads to says so, and is read with it (GOV.UK's error message).
    title = _group(response.text, "title")
    assert "govuk-form-group--error" in title.split(">")[0]
    said = "You both changed this. They saved: “Their title”"
    assert f'<span class="govuk-visually-hidden">Error:</span> {said}' in title
    error_id = title.split('class="govuk-error-message"')[0].rsplit('id="', 1)[1].split('"')[0]
    assert error_id in title.split("<input")[1].split('aria-describedby="')[1].split('"')[0]
    assert "the form has your version, and says above its box what they saved" in summary[0][1]
    assert "You both changed this" not in _group(response.text, "summary")  # only A's

    draft, url, other, mine, theirs = _draft_pages(world, client)
    assert other.post(url, changed(theirs, rag="amber", save_draft="")).status_code == 302
    response = client.post(url, changed(mine, rag="red", what_next="Mine", save_draft=""))
    assert response.status_code == 409
    assert _summary(response.text)[1:] == [
        ("id_rag_1", "You both changed “How is the trial going?”")
    ]
    assert 'id="id_rag_1"' in response.text
    rag = " ".join(_group(response.text, "rag").split())
    assert "Error:</span> You both changed this. They saved: “Amber: some problems”" in rag
    assert 'aria-describedby="id_rag_hint id_rag_1_error"' in rag


def _group(page, name):
    """The form group of the field `name` on `page`, up to the next field's."""
    return page.split(f'id="div_id_{name}"')[1].split('id="div_id_')[0]


def test_a_clash_quotes_a_long_text_they_saved_shortened_and_says_an_empty_one(world, client):
    world.coral.locality = "Old town"
    trial, url, other, mine, theirs = _trial_pages(world, client)
    long_plan = "Visit every school in the cluster each week " * 10
    assert other.post(url, changed(theirs, plan=long_plan, locality="")).status_code == 302
    response = client.post(url, changed(mine, plan="My plan", locality="Ashcombe"))
    assert response.status_code == 409
    plan = _group(response.text, "plan")
    quoted = plan.split("They saved: “")[1].split("”")[0]
    assert quoted.startswith("Visit every school") and quoted.endswith("…")
    assert len(quoted) <= 120
    assert "You both changed this. They left it empty." in _group(response.text, "locality")


def test_a_clashs_error_summary_says_when_nothing_was_changed_by_both(world, client):
    trial, url, other, mine, theirs = _trial_pages(world, client)
    assert other.post(url, changed(theirs, title="Their title")).status_code == 302
    response = client.post(url, changed(mine, plan="My plan"))
    assert response.status_code == 409
    summary = _summary(response.text)
    assert summary[0][0] == "" and "The form keeps your changes to “Trial plan”" in summary[0][1]
    assert summary[1:] == [("", "Nothing you changed was changed by them")]


def test_a_new_update_for_a_month_drafted_meanwhile_keeps_both_peoples_words(world, client):
    """A and B open the new update's page for the same month; A saves a draft first. B's
    save is shown as a clash on that draft's page: B's words kept, the boxes B left empty as
    A wrote them, the box both wrote in marked; saving again keeps both into the one draft."""
    from fieldtrials.models import MonthlyUpdate

    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    url = reverse("fieldtrials:update_create", args=[world.coral.pk]) + "?month=2007-02"
    other = Client()
    other.force_login(world.users["consultant"])
    client.force_login(world.users["leader"])
    buttons = ("submit_update", "save_draft")
    mine, theirs = (
        {k: v for k, v in edit_form(c.get(url).text, "month").items() if k not in buttons}
        for c in (client, other)
    )
    assert mine["month"] == ["2007-02"]
    response = other.post(
        url, changed(theirs, what_happened="Their account", what_next="Their plans", save_draft="")
    )
    assert response.status_code == 302
    draft = MonthlyUpdate.objects.get(field_trial=world.coral, month=datetime.date(2007, 2, 1))

    response = client.post(
        url, changed(mine, what_happened="My account", in_the_way="Snow", save_draft="")
    )
    assert response.status_code == 409
    page = response.text
    assert "There is already a draft update for February 2007" in page
    assert reverse("fieldtrials:update_edit", args=[draft.pk]) in page  # the draft's page
    kept = edit_form(page, "version")
    assert kept["what_happened"] == ["My account"] and kept["in_the_way"] == ["Snow"]
    assert kept["what_next"] == ["Their plans"]  # B left it empty: A's words
    assert _summary(page)[1:] == [("id_what_happened", "You both changed “What happened”")]
    saved_now = page.split('id="saved-now"')[1].split("</dl>")[0]
    assert saved_now.count(BOTH) == 1
    assert BOTH in saved_now.split("What happened")[1].split("</dt>")[0]

    kept = {k: v for k, v in kept.items() if k not in buttons}
    response = client.post(
        reverse("fieldtrials:update_edit", args=[draft.pk]), {**kept, "save_draft": [""]}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.what_happened, draft.what_next, draft.in_the_way) == (
        "My account",
        "Their plans",
        "Snow",
    )
    assert MonthlyUpdate.objects.filter(field_trial=world.coral, month=draft.month).count() == 1


def test_a_clash_says_whose_save_it_met_and_hedges_only_when_that_is_not_known(world):
    from nextpractice.records.merge import Clash

    consultant = world.users["consultant"]
    said = {
        "theirs": Clash(data={}, by_you=False, saver=consultant).message(),
        "yours": Clash(data={}, by_you=True, saver=consultant).message(),
        "not known": Clash(data={}, by_you=None).message(),
    }
    assert said["theirs"].startswith(
        "Consultant Person changed this while you were editing it. Nothing has been saved yet."
    )
    assert said["yours"].startswith(
        "You changed this in another tab or window since you opened it. Nothing has been "
        "saved from this page yet."
    )
    assert said["not known"].startswith(
        "This was changed while you were editing it, by someone else or by you in another tab "
        "or window. Nothing has been saved yet."
    )
    assert "someone else or by you" not in said["theirs"] + said["yours"]


def test_a_clash_shows_a_number_as_people_write_it(world, client):
    """A measurement's value is kept to three places: what they saved reads 15.5 or 15 beside
    the box both changed, not 15.500 or 15.000."""
    measurement = world.ev_measurement
    url = edit_url("measurement", measurement.pk)
    other = Client()
    other.force_login(world.users["officer"])
    client.force_login(world.users["leader"])
    for saved in ("15.5", "15"):
        mine = edit_form(client.get(url).text, "version")
        theirs = edit_form(other.get(url).text, "version")
        assert other.post(url, changed(theirs, value=saved)).status_code == 302

        response = client.post(url, changed(mine, value="16"))
        assert response.status_code == 409
        page = response.text
        assert f"You both changed this. They saved: “{saved}”" in page
        saved_now = page.split('id="saved-now"')[1].split("</section>")[0]
        value = saved_now.split("Value (pupils)")[1].split("</dd>")[0]
        assert value.endswith(f">{saved}"), value
        assert f"{saved}.0" not in page and f"{saved}00" not in page
