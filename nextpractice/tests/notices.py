"""Checks shared by the lists' and the search page's tests: a filter value dropped because it
is not offered (includes/not_offered.html) is a calm notice, never an error; the form's own
errors still are."""

import re


def title_of(body):
    return re.search(r"<title>(.*?)</title>", body, re.S).group(1)


def not_offered_notice(response, said):
    """The page's body, having checked that it is a 200 whose notice says `said` (calmly: an
    inset, not an alert), with no error summary, no error in the title and nothing in the
    error style."""
    assert response.status_code == 200
    body = response.content.decode()
    notice = re.search(r'<div class="govuk-inset-text np-not-offered">(.*?)</div>', body, re.S)
    assert notice, "no notice"
    assert said in notice.group(1)
    assert "There is a problem" not in body and "govuk-error-summary" not in body
    assert "error" not in title_of(body).lower()
    assert "govuk-error-message" not in body and "--error" not in body
    assert "Error:" not in body
    return body


def shows_an_error(response, said):
    """The page's body, having checked that it shows `said` as an error: in the error summary,
    with "Error: " at the start of the page title (GOV.UK's pattern: heard first)."""
    body = response.content.decode()
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', body, re.S)
    assert summary and "There is a problem" in summary.group(0) and said in summary.group(0)
    assert title_of(body).startswith("Error: ") and "(error)" not in title_of(body)
    return body
