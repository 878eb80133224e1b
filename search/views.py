"""The search page (the header's box) and the knowledge base: the same search, the
knowledge base with lessons, case studies, stimuli and community pages only, browsable
without typing anything (latest first)."""

from django.shortcuts import render
from django.template.defaulttags import querystring  # the {% querystring %} tag's own code

from accounts.access import requires
from accounts.search import page_number

from . import access, registry
from .forms import SearchForm, knowledge_kinds
from .selectors import search


def _page(request, *, searchables, knowledge):
    held = access.keys_held(request.user)
    form = SearchForm(request.GET, user=request.user, searchables=searchables, held=held)
    filters = form.filters()
    # The words refused (too long): nothing is searched, not even the filters without them
    # (that looked like a search of those words); the error is beside the box, and a 400.
    refused = bool(form.errors)
    asked = not refused and (
        bool(filters.text)
        or knowledge
        or any(
            request.GET.get(name)
            for name in ("kind", "programme", "project", "policy_area", "theme", "since")
        )
    )
    found = None
    if asked:
        found = search(
            request.user,
            filters,
            searchables=searchables,
            page=page_number(request.GET.get("page")),
            held=held,
        )
        for group in found.groups:  # "All 40 lessons": these filters, that kind, page one
            group.link = querystring(None, request.GET, kind=group.searchable.kind, page=None)
    # One kind's page: "All results for ‘…’" leads back to every kind, with the other filters.
    every_kind = (
        querystring(None, request.GET, kind=None, page=None) if found and found.kind else ""
    )
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "filters": filters,
            "found": found,
            "knowledge": knowledge,
            "filtered": form.filtered(),
            "not_offered": form.not_offered(),
            "every_kind": every_kind,
            # The header's box holds the words as the page's own does (without the junk
            # a pasted address may carry), not the address as it came.
            "header_words": form.words(),
        },
        status=400 if refused else 200,
    )


# Anyone signed in may search; what each person finds is decided by each kind's own rule
# (search/registry.py), so the page itself has no permission beyond signing in.
@requires(None)
def search_page(request):
    return _page(request, searchables=registry.kinds(), knowledge=False)


@requires(None)
def knowledge_base(request):
    return _page(request, searchables=knowledge_kinds(), knowledge=True)
