"""Access cases for progress reports: every URL, every persona.

Reading a subject's reports needs reading the whole subject (reports/rules.py): Amber's
partner reads Amber's reports, the consultant and leader (who do not see Amber) get 404, and
Quartz's reports are its officer's only: 404 to those who see Quartz through one project or
trial too, as pages one may not use are (403 only refuses an action to someone who reads
the reports); a programme, project or trial they do not see at all is 404 likewise. Asking
for a report (POST) makes one for real (jobs run in-process in tests): 302 back to the
subject's page for those allowed; its page of dates (GET) is for the same people, and dates
that make no period are refused with 400. Quill's readers through a community of practice
read its reports but may not ask for one (403). Downloads and status fragments: 404 for
anyone who may not read the report, the unrelated partner included. The list of every report
one may download is for anyone who belongs to something (each sees only theirs,
test_rules.py); 403 for the outsider, who belongs to nothing. Amber's officer and partner
may turn its monthly reports off for themselves (403, saying why, for others who see Amber;
404 for a project they do not see). A withdrawn report (Coral's earlier one) is read by the
officer who manages Coral's reports (and the administrator) only; to the others who read
Coral's reports its page, PDF and tables say it was withdrawn (410), its status is 404; to
everyone else every URL is 404, as a report that does not exist; withdrawing
one is for those officers: 403 for others who read it (Amber's partner), 404 for the rest,
a reason missing 400, a second withdrawal 409 (the officer's cases withdraw Amber's report
last, after every other case that reads it).
"""

from nextpractice.testing.access import acts, expect, seen_by, visible_to

REPORT_KEYS = (
    "amber_report",
    "onyx_report",
    "quartz_report",
    "coral_report",
    "quill_report",
    "coral_withdrawn_report",
)
# Who read Coral's withdrawn report before it was withdrawn: who reads Coral's reports still.
READ_BEFORE_WITHDRAWN = ("consultant", "leader", "partner")


def cases(w):
    def subject(kind, key):
        return {"kind": kind, "pk": w.objects[key].pk}

    def report(key):
        return {"pk": w.objects[key].pk}

    def read_as(key):
        """Read by who may read it; a withdrawn one is said withdrawn (410) to who read it."""
        statuses = seen_by(visible_to(w, key))
        if key == "coral_withdrawn_report":
            statuses.update(dict.fromkeys(READ_BEFORE_WITHDRAWN, 410))
        return statuses

    return {
        "reports:report_list": [
            ("get", {}, expect(outsider=403), None),
            ("get", {}, expect(outsider=403), {"programme": "999999"}),
        ],
        # Its export: the same people, each getting only their own rows (test_report_list.py).
        "reports:report_list_export": [
            ("get", {}, expect(outsider=403), None),
            ("get", {}, expect(outsider=403), {"format": "xlsx"}),
            ("get", {}, expect(outsider=403), {"programme": "999999"}),
        ],
        "reports:subject_reports": [
            ("get", subject("project", "amber"), seen_by(visible_to(w, "amber")), None),
            ("get", subject("project", "onyx_project"), seen_by({"admin"}), None),
            # Seen through Amber or Coral (partner, consultant, leader): 404 all the same.
            ("get", subject("programme", "quartz"), seen_by({"officer", "admin"}), None),
            # A programme the person does not see at all: 404, as a missing one (not 403).
            ("get", subject("programme", "onyx_programme"), seen_by({"admin"}), None),
            ("get", {"kind": "programme", "pk": 999999}, seen_by(set()), None),
            ("get", {"kind": "trial", "pk": 999999}, seen_by(set()), None),
            ("get", subject("trial", "coral"), seen_by(visible_to(w, "coral")), None),
            ("get", subject("trial", "quill"), seen_by(visible_to(w, "quill")), None),
            ("get", {"kind": "project", "pk": 999999}, seen_by(set()), None),
        ],
        "reports:report_create": [
            (
                "post",
                subject("project", "amber"),
                acts(w, "amber", {"officer", "partner", "admin"}, ok=302),
                {},
            ),
            ("post", subject("project", "onyx_project"), seen_by({"admin"}, ok=302), {}),
            (
                "post",
                subject("programme", "quartz"),
                seen_by({"officer", "admin"}, ok=302),
                {},
            ),
            # A programme the person does not see at all: 404, as a missing one.
            ("get", subject("programme", "onyx_programme"), seen_by({"admin"}), None),
            ("post", {"kind": "programme", "pk": 999999}, seen_by(set()), {}),
            ("post", subject("trial", "coral"), seen_by(visible_to(w, "coral"), ok=302), {}),
            ("post", subject("trial", "quill"), acts(w, "quill", {"officer", "admin"}, ok=302), {}),
            # The page choosing the dates a report covers: those who may ask.
            (
                "get",
                subject("project", "amber"),
                acts(w, "amber", {"officer", "partner", "admin"}),
                None,
            ),
            (
                "get",
                subject("trial", "quill"),
                acts(w, "quill", {"officer", "admin"}),
                None,
            ),
            # Dates that do not make a period: refused with the form (400), nothing made.
            (
                "post",
                subject("project", "amber"),
                acts(w, "amber", {"officer", "partner", "admin"}, ok=400),
                {"covers_from": "3/2/2007", "covers_to": "1/2/2007"},
            ),
        ],
        # Turning a project's monthly reports on or off: its officers and partners (those
        # told of them); 403 for the administrator, who sees it but is not told.
        "reports:monthly_reports_choice": [
            (
                "post",
                {"pk": w.objects["amber"].pk},
                acts(w, "amber", {"officer", "partner"}, ok=302),
                {"monthly": "off"},
            ),
            ("get", {"pk": w.objects["amber"].pk}, expect(anonymous=302, default=405), None),
            (
                "post",
                {"pk": w.objects["onyx_project"].pk},
                seen_by({"admin"}, ok=403),
                {"monthly": "off"},
            ),
        ],
        "reports:report_status": [
            ("get", report(key), seen_by(visible_to(w, key)), None) for key in REPORT_KEYS
        ],
        "reports:report_download": [
            ("get", report(key), read_as(key), None) for key in REPORT_KEYS
        ],
        # The report as a web page and its tables as spreadsheets: as the download.
        "reports:report_page": [("get", report(key), read_as(key), None) for key in REPORT_KEYS],
        "reports:report_table": [
            *[("get", {**report(key), "number": 1}, read_as(key), None) for key in REPORT_KEYS],
            ("get", {**report("amber_report"), "number": 2}, seen_by(set()), None),
        ],
        "reports:report_withdraw": [
            ("get", report("amber_report"), acts(w, "amber_report", {"officer", "admin"}), None),
            # No reason: the form again, with the error beside the box (400), nothing changed.
            (
                "post",
                report("amber_report"),
                acts(w, "amber_report", {"officer", "admin"}, ok=400),
                {"reason": " "},
            ),
            # Quartz's are its officer's only, who manages them; Onyx's nobody's.
            ("get", report("quartz_report"), seen_by({"officer", "admin"}), None),
            ("get", report("onyx_report"), seen_by({"admin"}), None),
            # Withdrawn already: said, with no form (409); 404 to all who may not read it.
            ("get", report("coral_withdrawn_report"), seen_by({"officer", "admin"}, ok=409), None),
            (
                "post",
                report("coral_withdrawn_report"),
                seen_by({"officer", "admin"}, ok=409),
                {"reason": "Again"},
            ),
            ("get", {"pk": 999999}, seen_by(set()), None),
            (
                "post",
                report("amber_report"),
                acts(w, "amber_report", {"officer", "admin"}, ok=302),
                {"reason": "It shows a risk entered by mistake"},
            ),
        ],
    }
