"""The groupings an indicator belongs to: the five strands of a trial's baseline, and the five
Every Child Matters outcomes.

The seed (Annex 1 of seed 000) says the *Gathering baseline data* tool is "a guide to the
five strands of the field trial baseline strategy" but does not name them. The toolkit's
definition (toolkit/definitions/baseline.yaml) names them; the keys and titles here are the
same, so an indicator adopted from that tool keeps its strand (a test checks they agree).
The Every Child Matters outcomes are the seed's "five outcomes", in the government's words.
"""

BASELINE_STRANDS = [
    ("learners", "Learners' outcomes"),
    ("leadership", "Leadership capacity"),
    ("collaboration", "Partnership and collaboration"),
    ("governance", "Governance"),
    ("community", "Services for children, families and the community"),
]

ECM_OUTCOMES = [
    ("ecm_healthy", "Be healthy"),
    ("ecm_safe", "Stay safe"),
    ("ecm_enjoy", "Enjoy and achieve"),
    ("ecm_contribution", "Make a positive contribution"),
    ("ecm_wellbeing", "Achieve economic well-being"),
]

STRAND_CHOICES = [
    ("Baseline strands", BASELINE_STRANDS),
    ("Every Child Matters outcomes", ECM_OUTCOMES),
]

STRAND_LABELS = dict(BASELINE_STRANDS + ECM_OUTCOMES)


def grouping_of(strand):
    """'Baseline strand' or 'Every Child Matters outcome', for a strand key."""
    return "Baseline strand" if strand in dict(BASELINE_STRANDS) else "Every Child Matters outcome"
