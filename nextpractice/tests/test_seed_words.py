"""The tests of promise and the ten elements of the incubation offer are seed 000's own words
(the Innovation Unit's pamphlet, March 2007), read here from the seed itself so that the words
cannot drift from it, and the screens that name them show those words."""

import html
import re
from pathlib import Path

import pytest
from django.urls import reverse

from fieldtrials.models import OfferElement
from nextpractice.testing.demo import load_demo
from programmes.models.options import CHARACTERISTICS, PROMISE_TESTS, PROMISE_WORDING
from programmes.tests.factories_options import OptionFactory, officer_of

# A verbatim copy of /work/shared/seeds/000_b0eee5e0a1d71987.txt (OCR'd: broken lines).
SEED = Path(__file__).parent / "seeds" / "000_b0eee5e0a1d71987.txt"


def words(text):
    """Text as a run of words: OCR's line breaks and a sentence's capital do not count."""
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def seed():
    return words(SEED.read_text(encoding="utf-8"))


def positions(seed, phrases):
    found = {phrase: seed.find(words(phrase)) for phrase in phrases}
    assert all(at >= 0 for at in found.values()), [p for p, at in found.items() if at < 0]
    return list(found.values())


def test_the_three_tests_of_promise_and_their_questions_are_the_seeds_in_its_order(seed):
    start = seed.index("holding the promise also to deliver")
    # Each statement, then its question where the seed asks one, one after the other.
    phrases = [p for _, statement, question in PROMISE_WORDING for p in (statement, question) if p]
    assert len(PROMISE_WORDING) == 3 and len(phrases) == 5
    at = positions(seed, phrases)
    assert at == sorted(at) and at[0] > start and at[-1] - start < 400
    assert "Will customer needs be better met?" in phrases
    assert "Will the activity represent improved value for money?" in phrases
    # The label people see carries the seed's question.
    for (name, label), (named, statement, question) in zip(
        PROMISE_TESTS, PROMISE_WORDING, strict=True
    ):
        assert name == named and label.startswith(statement) and question in label


def test_the_ten_elements_of_the_offer_are_the_seeds_in_its_order(seed):
    start = seed.index("the incubation ‘offer’ to identified trials")
    labels = OfferElement.labels
    at = positions(seed, labels)
    assert len(labels) == 10
    assert at == sorted(at) and at[0] > start and at[-1] - start < 400


@pytest.mark.django_db
def test_the_screens_that_name_them_show_the_seeds_words(client):
    glossary = html.unescape(client.get(reverse("glossary")).content.decode())
    for label in OfferElement.labels:
        assert label in glossary, label
    for _, label in PROMISE_TESTS:
        assert label in glossary, label

    option = OptionFactory()
    client.force_login(officer_of(option.project))
    form = client.get(reverse("programmes:assessment_edit", args=[option.pk])).content.decode()
    for _, label in PROMISE_TESTS:
        assert html.escape(label, quote=False) in form, label
    assert "#term-tests-of-promise" in form


def test_the_glossary_s_characteristics_and_nature_of_innovation_quote_the_seed(seed):
    """What the glossary puts in quotation marks for the seven characteristics and the nature
    of innovation (incremental or radical) is in the seed (its curly single quotes aside)."""
    from nextpractice.help import GLOSSARY

    def plain_quotes(text):
        return text.replace("‘", "'").replace("’", "'")

    entries = {slug: text for slug, _, text in GLOSSARY}
    seed = plain_quotes(seed)
    for slug, at_least in (("characteristics", 8), ("nature-of-innovation", 3)):
        quoted = re.findall(r"“([^”]+)”", entries[slug])
        assert len(quoted) >= at_least, slug
        positions(seed, [plain_quotes(q) for q in quoted])
    for _, label in CHARACTERISTICS:
        assert f"{label[0].lower()}{label[1:]}" in entries["characteristics"]


@pytest.mark.parametrize("plan", ["STEVENAGE_PLAN", "BRIDGEMARY_PLAN"])
def test_the_demo_trials_plans_are_the_seeds_sentences_about_them(seed, plan):
    from fieldtrials import demo

    sentences = [s for s in re.split(r"(?<=\.)\s+", getattr(demo, plan)) if s]
    assert len(sentences) >= 2
    positions(seed, [s.rstrip(".") for s in sentences])


@pytest.mark.django_db
def test_the_demo_trials_show_their_plans(client):

    from accounts.models import User
    from fieldtrials import demo
    from fieldtrials.models import FieldTrial

    load_demo()
    client.force_login(User.objects.get(email="leader@example.org"))
    trial = FieldTrial.objects.get(title="Stevenage: A Learning Town")
    body = client.get(reverse("fieldtrials:fieldtrial_details", args=[trial.pk])).content
    assert "No plan written yet" not in body.decode()
    assert html.escape(demo.STEVENAGE_PLAN.split("\n")[0]) in body.decode()
