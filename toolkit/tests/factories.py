import copy

import factory

from accounts.tests.factories import UserFactory
from toolkit.models import Answer, Exercise, Participation, Tool, ToolVersion

# A small definition with one question of every kind, for tests.
SAMPLE_DEFINITION = {
    "slug": "sample",
    "title": "Sample tool",
    "subtitle": "",
    "status": "not_stated",
    "purpose": "A structured exercise.",
    "audience": "Anyone.",
    "about": "Written for tests.",
    "scales": {
        "agree4": {
            "points": [
                {"value": 1, "label": "Strongly disagree"},
                {"value": 2, "label": "Disagree"},
                {"value": 3, "label": "Agree"},
                {"value": 4, "label": "Strongly agree"},
            ]
        }
    },
    "sections": [
        {
            "key": "first",
            "title": "First section",
            "questions": [
                {
                    "key": "rank",
                    "kind": "ranking",
                    "text": "Rank these challenges",
                    "items": [
                        {"key": "a", "label": "Alpha challenge"},
                        {"key": "b", "label": "Beta challenge"},
                        {"key": "c", "label": "Gamma challenge"},
                    ],
                },
                {"key": "rate", "kind": "rating", "text": "How ready are you?", "scale": "agree4"},
                {
                    "key": "pick",
                    "kind": "single_choice",
                    "text": "Pick one",
                    "options": [{"key": "x", "label": "Ex"}, {"key": "y", "label": "Why"}],
                },
            ],
        },
        {
            "key": "second",
            "title": "Second section",
            "questions": [
                {
                    "key": "many",
                    "kind": "multiple_choice",
                    "text": "Pick any",
                    "options": [{"key": "p", "label": "Pea"}, {"key": "q", "label": "Queue"}],
                },
                {"key": "short", "kind": "short_text", "text": "In a few words"},
                {"key": "long", "kind": "long_text", "text": "At length", "required": False},
                {
                    "key": "grid",
                    "kind": "matrix",
                    "text": "Rate each statement",
                    "scale": "agree4",
                    "statements": [
                        {"key": "s1", "text": "I plan lessons together", "ref": "TDA Q10"},
                        {"key": "s2", "text": "I assess for learning"},
                    ],
                },
            ],
        },
    ],
}


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tool

    slug = factory.Sequence(lambda n: f"tool-{n}")
    title = factory.Sequence(lambda n: f"Tool {n}")
    purpose = "A structured exercise."


class ToolVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ToolVersion
        skip_postgeneration_save = True

    tool = factory.SubFactory(ToolFactory)
    number = 1
    definition = factory.LazyFunction(lambda: copy.deepcopy(SAMPLE_DEFINITION))
    checksum = factory.Sequence(lambda n: f"{n:064d}")

    @factory.post_generation
    def make_latest(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            obj.tool.latest = obj
            obj.tool.save(update_fields=["latest"])


class ExerciseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exercise

    tool_version = factory.SubFactory(ToolVersionFactory)
    tool = factory.SelfAttribute("tool_version.tool")
    title = factory.Sequence(lambda n: f"Exercise {n}")
    facilitator = factory.SubFactory(UserFactory)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    exercise = factory.SubFactory(ExerciseFactory)
    user = factory.SubFactory(UserFactory)


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    participation = factory.SubFactory(ParticipationFactory)
    question = "first.rate"
    value = 3
