"""Access cases for imports. Organisation imports: administrators only. People imports:
the programme's officers and administrators; the programme's other members are refused
(403) and everyone else sees nothing (404), and another programme's imports are 404.

The list and the upload form answer 403 to every other signed-in persona (there is nothing
to hide, only something they may not do); an import's page, its status fragment and its
confirmation answer 404 (they see no imports). The administrator's confirmation of a
previewed import runs it for real (jobs run in-process in tests): 302 back to its page.
"""

from nextpractice.testing.access import acts, expect, seen_by


def cases(w):
    from .factories import OrganisationImportFactory, PeopleImportFactory

    previewed = OrganisationImportFactory(previewed=True, requested_by=w.users["admin"])
    queued = OrganisationImportFactory(requested_by=w.users["admin"])
    admins_only = expect(default=403, admin=200)
    quartz, onyx = w.objects["quartz"], w.objects["onyx_programme"]
    people = PeopleImportFactory(programme=quartz, previewed=True, requested_by=w.users["officer"])
    onyx_people = PeopleImportFactory(programme=onyx, previewed=True)
    officers = {"officer", "admin"}
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
        "directory:people_import_create": [
            ("get", {"programme_pk": quartz.pk}, acts(w, "quartz", officers), None),
            ("post", {"programme_pk": quartz.pk}, acts(w, "quartz", officers, ok=400), {}),
            ("get", {"programme_pk": onyx.pk}, acts(w, "onyx_programme", {"admin"}), None),
        ],
        "directory:people_import_template": [
            ("get", {"programme_pk": quartz.pk}, acts(w, "quartz", officers), None),
            ("get", {"programme_pk": onyx.pk}, acts(w, "onyx_programme", {"admin"}), None),
        ],
        "directory:people_import_detail": [
            ("get", {"programme_pk": quartz.pk, "pk": people.pk}, seen_by(officers), None),
            ("get", {"programme_pk": onyx.pk, "pk": onyx_people.pk}, seen_by({"admin"}), None),
            # An import asked for under another programme is not there.
            ("get", {"programme_pk": quartz.pk, "pk": onyx_people.pk}, seen_by(set()), None),
        ],
        "directory:people_import_status": [
            ("get", {"programme_pk": quartz.pk, "pk": people.pk}, seen_by(officers), None),
        ],
        "directory:people_import_confirm": [
            ("post", {"programme_pk": quartz.pk, "pk": people.pk}, seen_by(officers, ok=302), {}),
            (
                "post",
                {"programme_pk": onyx.pk, "pk": onyx_people.pk},
                seen_by(set()) | {"admin": 302},
                {},
            ),
            ("get", {"programme_pk": quartz.pk, "pk": people.pk}, expect(default=405), None),
        ],
    }
