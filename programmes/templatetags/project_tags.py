"""Template tags of a project's overview."""

from django import template

from reports.templatetags.reports_tags import reports_panel

register = template.Library()


@register.inclusion_tag("programmes/project/_reports.html", takes_context=True)
def latest_report(context, project):
    """The project's progress reports in brief, for its overview: the latest report, asking
    for one, and the monthly reports choice. The reports app decides who reads, asks and is
    told (`reports_panel` reads it, in the same queries); its Reports page lists them all."""
    panel = reports_panel(context, project)
    panel["latest"] = panel["reports"][0] if panel["reports"] else None
    return panel
