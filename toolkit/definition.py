"""The format of a tool definition, and its validation.

A definition is a YAML (or JSON) document, one per file under `toolkit/definitions/`:

```yaml
slug: delta-6                      # unique, lowercase, hyphens
title: Delta 6
subtitle: Prioritising 21st century challenges   # Annex 1's, may be ""
status: not_stated                 # in_production | in_development | not_stated (Annex 1)
purpose: >                         # what it is for (the seed's words where there are some)
  ...
audience: Field trial teams ...    # who it is for
about: >                           # where the content comes from; says when we wrote the
  ...                              # questions because the seed gives only the purpose
scales:                            # optional named scales for rating and matrix questions
  agree5:
    points:
      - {value: 1, label: Strongly disagree}
      - ...
sections:
  - key: challenges                # unique in the tool
    title: The challenges
    intro: ...                     # optional
    questions:
      - key: rank                  # unique in the section
        kind: ranking              # see toolkit/questions.py for the kinds
        text: Rank these challenges...
        hint: ...                  # optional
        required: true             # optional, default true
        items: [{key: ..., label: ...}]            # ranking
        options: [{key: ..., label: ...}]          # single_choice, multiple_choice
        max_choices: 3                             # multiple_choice, optional
        scale: agree5  (or points: [...])          # rating, matrix
        statements: [{key: ..., text: ..., ref: "TDA Q10"}]   # matrix; ref optional
        max_length: 200                            # short_text / long_text, optional
scoring:                           # optional; see toolkit/scoring.py
  kind: fit | profile | indicators
  ...
```

Scoring rules (the data; toolkit/scoring.py does the arithmetic):

- `fit` (Choosing a networking approach): `outcomes`, each with `key`, `title`, `summary`,
  `strategies`, `conditions`, `risks` (lists of text) and `signals`: answers that favour it,
  `{question: "<section>.<question>", values: [option keys or rating values], weight: int}`.
  An outcome's fit is the weight of its matched signals over the weight of all its signals.
  `warnings`: `{question, values, outcome, text}`: shown when that answer was given and that
  outcome is among the best fits. `notes`: `[{title, items: [text]}]` shown with every
  result (the pause-for-thought questions). `cycles`: `{outcome key: {title, steps: [{title,
  text}]}}`, walked when that outcome is among the best fits. `best`: how many to show (3).
- `profile` (Pedagogic audit): every matrix question is an area of the profile (or
  `areas: [question keys]`); `low_at_or_below`: a rating at or below this is low;
  `training_needs`: how many of the statements most often rated low to name.
- `indicators` (Gathering baseline data): `questions`: the multiple-choice questions whose
  options are candidate indicators (options may carry `unit` and `direction`:
  higher | lower); an indicator chosen by at least `propose_share` (0.5) of those who
  answered is proposed to the group.
"""
