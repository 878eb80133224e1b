"""A progress report is a PDF/UA-1 document: read back with pikepdf, the demo's System
Leadership report declares PDF/UA-1, is marked and tagged, names its title and language, and
its structure tree has headings in order, tables with header cells and figures with
alternative text, so a screen reader can follow it."""

import pikepdf
import pytest

from accounts.tests.factories import UserFactory
from nextpractice.testing.demo import load_demo
from programmes.models import Project
from reports.building import render_pdf, report_html
from reports.tests.helpers import pdf_page_text, project_with_trials

pytestmark = pytest.mark.django_db

HEADINGS = {f"/H{level}": level for level in range(1, 7)}


def _elements(node):
    """Every structure element under `node`, depth first, in reading order."""
    kids = node.get("/K")
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _elements(kid)


def _below(element, tag):
    return any(str(kid["/S"]) == tag for kid in _elements(element))


@pytest.fixture
def pdf(tmp_path):
    load_demo()
    project = Project.objects.get(title__startswith="System Leadership")
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(report_html(project)))
    with pikepdf.open(path) as document:
        yield project, document


def test_the_report_declares_pdf_ua_1_with_its_title_and_language(pdf):
    project, document = pdf
    root = document.Root
    assert bool(root.MarkInfo.Marked) is True
    assert "/StructTreeRoot" in root
    assert str(root.Lang) == "en-GB"
    # Viewers show the title, not the file name.
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    metadata = document.open_metadata()
    assert metadata["pdfuaid:part"] == "1"
    assert metadata["dc:title"].startswith(f"Progress report: {project.title}")
    assert str(document.docinfo["/Title"]) == metadata["dc:title"]


def test_the_structure_tree_has_headings_in_order_table_headers_and_described_figures(pdf):
    project, document = pdf
    elements = list(_elements(document.Root.StructTreeRoot))
    tags = [str(element["/S"]) for element in elements]

    levels = [HEADINGS[tag] for tag in tags if tag in HEADINGS]
    assert levels[0] == 1, "the report opens with its one H1, the subject's name"
    assert levels.count(1) == 1
    skipped = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skipped, f"headings skip a level: {skipped}"
    assert {2, 3} <= set(levels)

    tables = [element for element in elements if str(element["/S"]) == "/Table"]
    assert tables
    assert all(_below(table, "/TH") for table in tables), "every table has header cells"
    for header in (element for element in elements if str(element["/S"]) == "/TH"):
        assert str(header["/A"]["/Scope"]) in ("/Column", "/Row"), "it heads a column or a row"

    figures = [element for element in elements if str(element["/S"]) == "/Figure"]
    assert figures, "the report's charts are figures (the three diamonds, the indicators)"
    for figure in figures:
        assert str(figure.get("/Alt", "")).strip(), "every figure has alternative text"
    assert any(str(f["/Alt"]).startswith(f"{project.title}: the three diamonds. ") for f in figures)


def test_each_figure_says_in_its_alternative_text_what_the_page_describes(pdf):
    """A figure's alternative text is the whole text alternative of its drawing, not only its
    short title: the diamonds say where the project is and what the shading means."""
    project, document = pdf
    figures = [e for e in _elements(document.Root.StructTreeRoot) if str(e["/S"]) == "/Figure"]
    alts = [str(figure["/Alt"]) for figure in figures]
    stage = project.get_stage_display()
    assert (
        f"{project.title}: the three diamonds. The project is in {stage}. Stages it has moved "
        f"on from are grey with diagonal lines; the current stage, {stage}, is blue with a thick "
    ) in alts[0]
    progress = next(alt for alt in alts if alt.startswith("Each indicator's progress"))
    assert "each drawn as progress from its baseline (0%) to its target (100%)." in progress


def test_the_diamonds_caption_is_inside_its_figures_tag(pdf):
    """The caption under the diamonds is the last child of their Figure (as a table's caption
    is inside its Table), not beside it in an untyped NonStruct."""
    _, document = pdf
    elements = list(_elements(document.Root.StructTreeRoot))
    diamonds = next(
        e
        for e in elements
        if str(e["/S"]) == "/Figure" and ": the three diamonds." in str(e.get("/Alt", ""))
    )
    kids = [k for k in diamonds["/K"] if isinstance(k, pikepdf.Dictionary)]
    assert [str(k["/S"]) for k in kids] == ["/Caption"]
    assert kids[0]["/P"].objgen == diamonds.objgen
    for element in elements:
        if str(element["/S"]) == "/Caption":
            assert str(element["/P"]["/S"]) in ("/Table", "/Figure"), "a caption beside its figure"


def _tags_in(element, tag):
    return [kid for kid in _elements(element) if str(kid["/S"]) == tag]


def _kids(element):
    return [kid for kid in element["/K"] if isinstance(kid, pikepdf.Dictionary)]


def test_a_table_split_across_pages_is_one_table_with_its_caption_header_and_scopes(tmp_path):
    """A long table printed over several pages is one Table in the tags, with its caption and
    its header once, each header cell saying whether it heads a column or a row; the cells of
    a later page are linked to that header; the header printed again at the top of the later
    page is there to see, and is a pagination artifact for a screen reader."""
    project = project_with_trials(40, consultant=UserFactory())
    html = report_html(project)
    content = render_pdf(html)
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    with pikepdf.open(path) as document:
        elements = list(_elements(document.Root.StructTreeRoot))
        tables = [e for e in elements if str(e["/S"]) == "/Table"]
        assert len(tables) == html.count("<table"), "one Table for each table, split or not"

        headers = [e for e in elements if str(e["/S"]) == "/TH"]
        assert headers
        for header in headers:
            scope = str(header["/A"]["/Scope"])
            assert scope == ("/Column" if str(header["/P"]["/P"]["/S"]) == "/THead" else "/Row")

        pages = {page.objgen: number for number, page in enumerate(document.pages, start=1)}

        def rows_pages(table):
            return sorted({pages[row["/Pg"].objgen] for row in _tags_in(table, "/TR")})

        split = [table for table in tables if len(rows_pages(table)) > 1]
        trials = next(t for t in split if len(_tags_in(t, "/TR")) == 1 + 40)
        kids = [str(kid["/S"]) for kid in _kids(trials)]
        assert kids[:2] == ["/Caption", "/THead"], "its caption, then its header, once"
        assert kids.count("/Caption") == 1 and kids.count("/THead") == 1
        assert set(kids[2:]) == {"/TBody"}

        (head,) = [kid for kid in _kids(trials) if str(kid["/S"]) == "/THead"]
        column_ids = [bytes(th["/ID"]) for th in _tags_in(head, "/TH")]
        assert len(column_ids) == 4
        first, *later = rows_pages(trials)
        later_cells = [
            cell for cell in _tags_in(trials, "/TD") if pages[cell["/Pg"].objgen] in later
        ]
        assert later_cells
        for cell in later_cells:
            linked = [bytes(key) for key in cell["/A"]["/Headers"]]
            assert len(set(linked) & set(column_ids)) == 1, "a cell on a later page: its column"

        # The later page shows the header again, marked as a pagination artifact.
        page_text = " ".join(pdf_page_text(content, later[0]).split())
        assert "Field trial Status and latest rating Milestones done Still open" in page_text
        later_page = document.pages[later[0] - 1]
        instructions = pikepdf.parse_content_stream(later_page)
        artifacts = [
            operands
            for operands, operator in instructions
            if str(operator) == "BDC" and str(operands[0]) == "/Artifact"
        ]
        assert any(str(operands[1].get("/Type")) == "/Pagination" for operands in artifacts)
