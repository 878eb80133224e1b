"""Access cases for organisation imports: administrators only.

The list and the upload form answer 403 to every other signed-in persona (there is nothing
to hide, only something they may not do); an import's page, its status fragment and its
confirmation answer 404 (they see no imports). The administrator's confirmation of a
previewed import runs it for real (jobs run in-process in tests): 302 back to its page.
"""

from nextpractice.testing.access import expect, seen_by


def cases(w):
    from .factories import OrganisationImportFactory

    previewed = OrganisationImportFactory(previewed=True, requested_by=w.users["admin"])
    queued = OrganisationImportFactory(requested_by=w.users["admin"])
    admins_only = expect(default=403, admin=200)
    return {
        "directory:import_list": [("get", {}, admins_only, None)],
        "directory:import_create": [
            ("get", {}, admins_only, None),
            ("post", {}, expect(default=403, admin=400), {}),
        ],
        "directory:import_detail": [
            ("get", {"pk": previewed.pk}, seen_by({"admin"}), None),
            ("get", {"pk": queued.pk}, seen_by({"admin"}), None),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "directory:import_status": [
            ("get", {"pk": queued.pk}, seen_by({"admin"}), None),
        ],
        "directory:import_confirm": [
            ("post", {"pk": previewed.pk}, seen_by({"admin"}, ok=302), {}),
            ("get", {"pk": previewed.pk}, expect(anonymous=302, default=405), None),
        ],
    }
