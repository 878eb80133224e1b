"""The last part of the demonstration: what today's daily reminders tell the trial teams.

In the app only (the demo sends no e-mail). Loaded after every other part, so that the
teams are complete; each person is told once, so loading the demo again adds nothing.
"""

from .services.reminders import remind_milestones, remind_missing_updates


def load(ctx):
    ctx["reminders"] = remind_milestones(email=False) + remind_missing_updates(email=False)
    return ctx
