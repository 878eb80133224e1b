"""What search reads: one row for each thing a person may find, kept current by the
registry's signals (search/registry.py) and rebuilt by `manage.py reindex_search`."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone


class SearchDocument(models.Model):
    """A programme, project, trial, lesson, post... as search finds it: its words, where it
    belongs (the filters' keys), its link, and who may find it: its access keys, the app's
    own rule written down when it is indexed (search/access.py)."""

    kind = models.CharField(max_length=30)
    object_id = models.BigIntegerField()
    programme_id = models.BigIntegerField(null=True, blank=True)
    project_id = models.BigIntegerField(null=True, blank=True)
    trial_id = models.BigIntegerField(null=True, blank=True)
    # What visibility is asked of, when it is not the object itself: a post's thread.
    parent_id = models.BigIntegerField(null=True, blank=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    date = models.DateTimeField(default=timezone.now)
    policy_area = models.CharField(max_length=200, blank=True)
    # A lesson's theme ids as ",3,7," so that one theme is matched by `contains=",3,"`.
    theme_ids = models.CharField(max_length=500, blank=True)
    # PostgreSQL only: title weighted A, body B, English stemming without accents (the
    # `np_english` configuration of migration 0004: search/indexing.py), with a GIN index
    # made by migration 0002. SQLite leaves it empty and matches words plainly.
    vector = SearchVectorField(null=True, blank=True)
    # Who may find it: {"posts/trial:77": 1, "posts/project:5:reads-all": 1, ...}, each key
    # named with the kind (search/indexing.py), and the keys as names, so that has_any_keys
    # matches them on both databases. On PostgreSQL the GIN index of migration 0003 covers
    # `vector` and `access` together: a search's words and who may see them are matched in
    # one index scan.
    access = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_one_document")
        ]
        indexes = [models.Index(fields=["kind", "-date"], name="search_kind_date")]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"
