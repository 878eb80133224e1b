"""People: who belongs to a programme, project or field trial, and invitations to join.

One area across the three kinds of team: `kinds.py` says where each keeps its members and
which permissions guard it (decided in programmes/rules.py and fieldtrials/rules.py),
`services.py` changes them, `views.py` and `urls.py` are the People pages and the link in an
invitation e-mail.
"""
