"""An uploaded file's name must agree with its content, and loses invisible characters that
make a name read other than it is, before it is judged or stored."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from nextpractice.uploads import (
    DOCUMENT_KINDS,
    MAX_NAME_BYTES,
    check_upload,
    clean_filename,
    refusal,
    size_in_words,
)
from programmes.models import DataSource

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
RLO, LRI, PDI, RLM = "\u202e", "\u2066", "\u2069", "\u200f"


def add_data_source(client, world, name, content):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    upload = SimpleUploadedFile(name, content, "application/octet-stream")
    return client.post(url, {"title": "Uploaded", "file": upload})


@pytest.mark.parametrize(
    "name, content, says",
    [
        ("invoice.exe", PDF, "This file is a PDF, but its name ends in .exe"),
        ("review.png", PDF, "This file is a PDF, but its name ends in .png"),
        # Shown as "photoexe.png", but it ends in .exe.
        (f"photo{RLO}gnp.exe", PNG, "This file is a PNG image, but its name ends in .exe"),
        ("review", PDF, "This file is a PDF, but its name has no ending"),
    ],
)
def test_a_file_named_as_another_kind_of_file_is_refused(client, world, name, content, says):
    response = add_data_source(client, world, name, content)
    assert response.status_code == 400
    page = response.content.decode()
    assert says in page and "rename it to end in" in page
    assert 'class="govuk-error-summary"' in page
    assert not DataSource.objects.filter(title="Uploaded").exists()


def test_a_file_whose_name_agrees_with_its_content_is_kept_under_a_clean_name(client, world):
    name = f"{LRI}Budget{PDI} 2025{RLM}.PDF\x07"
    response = add_data_source(client, world, name, PDF)
    assert response.status_code == 302
    source = DataSource.objects.get(title="Uploaded")
    assert source.file_type == "application/pdf"
    stored = source.file.name.rsplit("/", 1)[-1]
    assert stored.startswith("Budget") and stored.endswith(".PDF")
    download = client.get(reverse("programmes:datasource_download", args=[source.pk]))
    assert "Budget" in download["Content-Disposition"]
    for invisible in (LRI, PDI, RLM, "\x07"):
        assert invisible not in stored and invisible not in download["Content-Disposition"]


@pytest.mark.parametrize(
    "name, clean",
    [
        (f"photo{RLO}gnp.exe", "photognp.exe"),
        (
            "a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl",
            "abcdefghijkl",
        ),
        ("line\nbreak\x00and\x1bescape\x7f.csv", "linebreakandescape.csv"),
        ("  report.pdf. ", "report.pdf"),
        ("Ärger über Schulen – 2025 ✓.pdf", "Ärger über Schulen – 2025 ✓.pdf"),
        ("مدرسة.pdf", "مدرسة.pdf"),
        # A browser sends a quote as %22 (the HTML standard's form encoding).
        ("Term plan 2026 %22final%22.pdf", 'Term plan 2026 "final".pdf'),
        ("two%0D%0Alines.csv", "twolines.csv"),
        ("«ünï».pdf", "«ünï».pdf"),
        ("C:\\Users\\sam\\plan.pdf", "plan.pdf"),
        ("../../etc/plan.pdf", "plan.pdf"),
    ],
)
def test_a_name_loses_bidirectional_and_control_characters_and_nothing_else(name, clean):
    assert clean_filename(name) == clean


@pytest.mark.parametrize("name", ["a" * 300 + ".pdf", "é" * 130 + ".pdf"])
def test_a_long_name_is_shortened_to_fit_the_disk_even_when_taken(client, world, name):
    # A file system allows 255 bytes a name (not characters), and storage adds a suffix to
    # a name already taken: both once answered 500 (File name too long).
    for title in ("First", "Second"):
        client.force_login(world.users["officer"])
        url = reverse("programmes:datasource_create", args=[world.amber.pk])
        upload = SimpleUploadedFile(name, PDF, "application/octet-stream")
        assert client.post(url, {"title": title, "file": upload}).status_code == 302
    stored = [
        s.file.name.rsplit("/", 1)[-1]
        for s in DataSource.objects.filter(title__in=["First", "Second"])
    ]
    assert len(set(stored)) == 2
    for one in stored:
        assert len(one.encode()) <= 255 and one.endswith(".pdf") and one.startswith(name[:20])


def test_a_shortened_name_keeps_its_ending_and_whole_characters():
    short = clean_filename("é" * 200 + ".xlsx")
    assert short.endswith(".xlsx") and set(short[:-5]) == {"é"}
    assert len(short.encode()) <= MAX_NAME_BYTES
    assert clean_filename("x" * 400) == "x" * MAX_NAME_BYTES


def test_the_admin_checks_a_data_sources_file_as_the_page_does(client, world):
    client.force_login(world.users["admin"])
    url = reverse("admin:programmes_datasource_add")
    data = {"project": world.amber.pk, "title": "From the admin", "url": "", "what_it_shows": ""}
    page = b"<html><script>alert(1)</script></html>"
    response = client.post(url, {**data, "file": SimpleUploadedFile("evil.html", page)})
    assert response.status_code == 200
    assert "Web pages cannot be uploaded here: save it as a PDF and upload that" in (
        response.content.decode()
    )
    assert not DataSource.objects.filter(title="From the admin").exists()
    response = client.post(url, {**data, "file": SimpleUploadedFile("review.pdf", PDF)})
    assert response.status_code == 302
    assert DataSource.objects.get(title="From the admin").file_type == "application/pdf"


@pytest.mark.parametrize(
    "detected, says",
    [
        (
            "image/svg+xml",
            "SVG drawings cannot be uploaded here: save it as a PNG image or a PDF and upload that",
        ),
        (
            "image/heic",
            "HEIC photos cannot be uploaded here: save it as a JPEG image and upload that",
        ),
        ("application/x-dosexec", "The file must be a PDF or image (this one is a program)"),
        ("video/mp4", "The file must be a PDF or image (this one is a video)"),
        ("application/x-unheard-of", "The file must be a PDF or image"),
    ],
)
def test_a_refused_file_is_named_in_words_never_as_a_content_type(detected, says):
    said = refusal(detected, kinds=DOCUMENT_KINDS, described="a PDF or image")
    assert said == says
    assert "/" not in said


def test_an_svg_where_no_drawing_is_taken_is_named_without_advice():
    csv_only = {"text/csv": DOCUMENT_KINDS["text/csv"]}
    said = refusal("image/svg+xml", kinds=csv_only, described="a CSV file")
    assert said == "The file must be a CSV file (this one is an SVG drawing)"


def test_an_svg_data_source_is_refused_in_plain_words(client, world):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n'
    response = add_data_source(client, world, "chart.svg", svg)
    assert response.status_code == 400
    page = response.content.decode()
    assert "SVG drawings cannot be uploaded here" in page and "looks like" not in page
    assert not DataSource.objects.filter(title="Uploaded").exists()


@pytest.mark.parametrize(
    "limit, said",
    [(10 * 1024 * 1024, "10 MB"), (150 * 1024 * 1024, "150 MB"), (1536 * 1024, "1.5 MB")],
)
def test_a_file_over_the_limit_is_refused_with_the_limit_as_a_hint_says_it(limit, said):
    upload = SimpleUploadedFile("big.pdf", PDF + b"x" * limit)
    with pytest.raises(ValidationError) as refused:
        check_upload(upload, kinds=DOCUMENT_KINDS, described="a PDF", max_size=limit)
    assert refused.value.messages == [f"The file must be smaller than {said}"]
    assert size_in_words(limit) == said
