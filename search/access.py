"""Who may find a document, written down with it as access keys, so that a search filters on
an index instead of building every kind's whole visible set first.

The apps' rules (`visible_<nouns>(user)` in each rules.py) stay the one source of truth; the
keys are those rules written as tokens:

- a document carries the keys of whoever may see it, computed when it is indexed by its kind
  (`keys=` beside `visible=` in `<app>/searchable.py`), from the builders below;
- a person holds keys computed once a search (`keys_held`), from their memberships as the
  apps' own helpers read them (accounts.memberships, programmes.rules, fieldtrials.rules);
- a document is visible when it carries a key the person holds. Both are named with the
  kind when stored and asked for ("lessons/trial:77", search/indexing.py and selectors.py),
  so that a search of some kinds (the knowledge base) reads only those kinds' keys.

search/tests/test_access_keys.py checks, for every persona of the test world and every kind,
that the documents the keys let through are exactly the rows the kind's `visible` allows.

Keys go stale when what they were computed from changes. Each document's own save computes
them afresh; beyond that (registry.Rekey and registry.Copied, declared in searchable.py):
- a community's trials changing (either side of the m2m) re-keys its page and its posts;
- a community's convenor changing re-keys its officers' threads' posts;
- a thread made (or no longer) "for officers only" re-keys its posts;
- a membership made or deleted re-keys its person (who may find them);
- a project moved to another programme re-keys its trials, options, records and posts (the
  Copied declarations of its programme, which refresh those documents whole);
- a trial moved to another project (only the admin pages move one) re-keys the trial, its
  records and posts, and the pages and posts of the communities it is in (the Copied
  declarations of a trial's project).
Who joins a community from outside, and whether it is still open, are asked at search time
(keys_held), so approving a join request or closing a community re-keys nothing.

The vocabulary (one meaning across every kind):
    everyone                  anyone signed in
    member                    belongs to some programme, project or trial
    programme:P               belongs to programme P, or to one of its projects or trials
    programme:P:reads-all     an officer, consultant or partner of programme P
    programme:P:officer       an officer of programme P
    project:X                 a member of project X (any role)
    project:X:reads-all       an officer, consultant or partner of project X
    project:X:officer         an officer of project X
    trial:T                   a member of trial T, or of a trial sharing a community with T
    community:C               sees community C (asked of the rules for those who convene it
                              or joined it from outside; the others hold its trials' keys)
    community:C:convenor      convenes community C and sees it
"""

from accounts.memberships import memberships_of
from accounts.models import Role
from nextpractice.rules_util import sees_everything, signed_in

ASK = object()  # keys not yet asked for (None is an administrator's)

EVERYONE = "everyone"
MEMBER = "member"
READ_ALL = "reads-all"
OFFICER = "officer"


# --- What a document carries --------------------------------------------------------------


def programme_keys(programme_id):
    """Whoever sees the programme (programmes.rules.visible_programmes)."""
    return [f"programme:{programme_id}"]


def project_keys(project):
    """Whoever sees the project (programmes.rules.visible_projects): its members, and those
    who read its programme in full."""
    return [f"project:{project.pk}", f"programme:{project.programme_id}:{READ_ALL}"]


def project_read_all_keys(project):
    """Whoever reads every trial of the project (programmes.rules.projects_filter with
    READ_ALL_ROLES)."""
    return [f"project:{project.pk}:{READ_ALL}", f"programme:{project.programme_id}:{READ_ALL}"]


def project_officer_keys(project):
    """The project's officers and its programme's (programmes.rules.is_project_officer)."""
    return [f"project:{project.pk}:{OFFICER}", f"programme:{project.programme_id}:{OFFICER}"]


def trial_keys(trial):
    """Whoever sees the trial (fieldtrials.rules.visible_fieldtrials)."""
    return _trial_keys(trial.pk, trial.project_id, trial.project.programme_id)


def _trial_keys(trial_id, project_id, programme_id):
    return [
        f"trial:{trial_id}",
        f"project:{project_id}:{READ_ALL}",
        f"programme:{programme_id}:{READ_ALL}",
    ]


def community_trials(community):
    """(trial id, project id, programme id) of each of the community's trials: from
    `field_trials` when prefetched with their projects (reindexing), else one query."""
    cached = getattr(community, "_prefetched_objects_cache", {}).get("field_trials")
    if cached is not None:
        return [(t.pk, t.project_id, t.project.programme_id) for t in cached]
    return list(community.field_trials.values_list("pk", "project_id", "project__programme_id"))


def community_keys(community):
    """Whoever sees the community (fieldtrials.rules.visible_communities): whoever sees one
    of its trials, and those who hold its own key."""
    keys = {f"community:{community.pk}"}
    for trial_id, project_id, programme_id in community_trials(community):
        keys.update(_trial_keys(trial_id, project_id, programme_id))
    return sorted(keys)


def community_officer_keys(community):
    """A community's officers (discussions.rules.is_subject_officer): its convenor, and the
    officers of its trials' projects."""
    keys = {f"community:{community.pk}:convenor"}
    for _trial_id, project_id, programme_id in community_trials(community):
        keys.update([f"project:{project_id}:{OFFICER}", f"programme:{programme_id}:{OFFICER}"])
    return sorted(keys)


def subject_keys(*, programme_id=None, project=None, trial=None):
    """Whoever reads a record about a programme, project or trial (evaluation.rules.
    subject_q): the keys of each subject given."""
    keys = []
    if programme_id is not None:
        keys += programme_keys(programme_id)
    if project is not None:
        keys += project_keys(project)
    if trial is not None:
        keys += trial_keys(trial)
    return keys


# --- What a person holds ------------------------------------------------------------------


def keys_held(user):
    """The keys `user` holds, or None for an administrator (who sees every document). A
    constant number of queries: their memberships (read once a request), the trials sharing
    a community with theirs (if they belong to a trial), the communities they convene or
    joined from outside, and (if they convene some) which of those they see."""
    from fieldtrials.models import CommunityOfPractice
    from fieldtrials.rules import outside_member_filter, visible_communities
    from programmes.rules import READ_ALL_ROLES, has_any_membership, visible_programme_ids

    if sees_everything(user):
        return None
    if not signed_in(user):
        return []
    m = memberships_of(user)
    officer = (Role.OFFICER,)
    keys = {EVERYONE}
    if has_any_membership(user):
        keys.add(MEMBER)
    keys.update(f"programme:{p}" for p in visible_programme_ids(user))
    keys.update(f"programme:{p}:{READ_ALL}" for p in m.programmes(READ_ALL_ROLES))
    keys.update(f"programme:{p}:{OFFICER}" for p in m.programmes(officer))
    keys.update(f"project:{x}" for x in m.projects())
    keys.update(f"project:{x}:{READ_ALL}" for x in m.projects(READ_ALL_ROLES))
    keys.update(f"project:{x}:{OFFICER}" for x in m.projects(officer))
    keys.update(f"trial:{t}" for t in m.trials() | m.community_trials)
    # Communities they joined from outside (which they see), and those they convene.
    joined, convened = set(), set()
    # Two indexed reads in one query (a union), not one filter with an OR across the join
    # requests, which reads every community.
    # Unordered: SQLite refuses ORDER BY (the model's ordering) inside a union's parts.
    communities = CommunityOfPractice.objects.order_by().values_list("pk", "convenor_id")
    joined_or_convened = communities.filter(convenor=user).union(
        communities.filter(outside_member_filter(user))
    )
    for pk, convenor_id in joined_or_convened:
        (convened if convenor_id == user.pk else joined).add(pk)
    if convened:  # convening a community is not seeing it: asked of the rule
        convened = set(
            visible_communities(user).filter(pk__in=convened).values_list("pk", flat=True)
        )
    keys.update(f"community:{pk}" for pk in joined | convened)
    keys.update(f"community:{pk}:convenor" for pk in convened)
    return sorted(keys)
