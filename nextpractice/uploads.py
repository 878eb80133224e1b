"""Checks for uploaded files: what the content is, that the name agrees, and a clean name;
and giving a kept file back under that name (or a page saying it is missing).

A file is judged by its content (libmagic), never by its name; the name must then end as
that kind of file does, so a PDF called `invoice.exe`, or a program called `report.pdf`,
is refused. Names lose the invisible characters that make a name read other than it is
(`photo<U+202E>gnp.exe` shows as `photoexe.png`) before anything else looks at them.
"""

import logging
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

import magic
from django import forms
from django.http import FileResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat

from .bidi import BIDI_CONTROLS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileKind:
    """A kind of file people may upload: what to call one ("a PDF") and how its name may end."""

    name: str
    extensions: tuple[str, ...]


# Content type as libmagic reads it -> what it is and how its name may end.
DOCUMENT_KINDS = {
    "application/pdf": FileKind("a PDF", (".pdf",)),
    "application/msword": FileKind("a Word document", (".doc",)),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": FileKind(
        "a Word document", (".docx",)
    ),
    "application/vnd.ms-excel": FileKind("an Excel spreadsheet", (".xls",)),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": FileKind(
        "an Excel spreadsheet", (".xlsx",)
    ),
    "application/vnd.ms-powerpoint": FileKind("a PowerPoint presentation", (".ppt",)),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": FileKind(
        "a PowerPoint presentation", (".pptx",)
    ),
    "application/vnd.oasis.opendocument.text": FileKind("an OpenDocument text document", (".odt",)),
    "application/vnd.oasis.opendocument.spreadsheet": FileKind(
        "an OpenDocument spreadsheet", (".ods",)
    ),
    # libmagic calls most CSV files plain text.
    "text/csv": FileKind("a CSV file", (".csv", ".txt")),
    "text/plain": FileKind("a CSV or text file", (".csv", ".txt")),
    "image/png": FileKind("a PNG image", (".png",)),
    "image/jpeg": FileKind("a JPEG image", (".jpg", ".jpeg")),
    "image/gif": FileKind("a GIF image", (".gif",)),
    "image/webp": FileKind("a WebP image", (".webp",)),
}


@dataclass(frozen=True)
class RefusedKind:
    """A kind of file people try to upload that nothing here takes, named in words: what to
    call one ("an SVG drawing") and several ("SVG drawings"), and the content types of the
    kinds it can be saved as instead, to suggest where one of them is taken."""

    name: str
    plural: str
    save_as: tuple[str, ...] = ()


PNG, JPEG, PDF = "image/png", "image/jpeg", "application/pdf"
_PROGRAM = RefusedKind("a program", "Programs")
_SCRIPT = RefusedKind("a script", "Scripts")
_WEB_PAGE = RefusedKind("a web page", "Web pages", (PDF,))
_ZIP = RefusedKind("a zip file", "Zip files")
_RICH_TEXT = RefusedKind("a rich text document", "Rich text documents", (PDF,))
_XML = RefusedKind("an XML file", "XML files")

# Content type as libmagic reads it -> what to call it, for kinds nothing here takes: a
# person is told what their file is in words, never as a content type ("image/svg+xml").
REFUSED_KINDS = {
    "image/svg+xml": RefusedKind("an SVG drawing", "SVG drawings", (PNG, PDF)),
    "image/tiff": RefusedKind("a TIFF image", "TIFF images", (PNG, JPEG)),
    "image/bmp": RefusedKind("a BMP image", "BMP images", (PNG, JPEG)),
    "image/x-ms-bmp": RefusedKind("a BMP image", "BMP images", (PNG, JPEG)),
    "image/heic": RefusedKind("an HEIC photo", "HEIC photos", (JPEG,)),
    "image/heif": RefusedKind("an HEIF photo", "HEIF photos", (JPEG,)),
    "text/html": _WEB_PAGE,
    "application/xhtml+xml": _WEB_PAGE,
    "text/rtf": _RICH_TEXT,
    "application/rtf": _RICH_TEXT,
    "application/zip": _ZIP,
    "application/x-zip-compressed": _ZIP,
    "application/x-7z-compressed": RefusedKind("a 7-Zip file", "7-Zip files"),
    "application/x-rar": RefusedKind("a RAR file", "RAR files"),
    "application/vnd.rar": RefusedKind("a RAR file", "RAR files"),
    "application/gzip": RefusedKind("a compressed file", "Compressed files"),
    "application/x-dosexec": _PROGRAM,
    "application/x-executable": _PROGRAM,
    "application/x-sharedlib": _PROGRAM,
    "application/x-mach-binary": _PROGRAM,
    "text/x-shellscript": _SCRIPT,
    "text/x-python": _SCRIPT,
    "text/javascript": _SCRIPT,
    "application/javascript": _SCRIPT,
    "application/json": RefusedKind("a JSON file", "JSON files"),
    "text/xml": _XML,
    "application/xml": _XML,
    "application/vnd.apple.keynote": RefusedKind(
        "a Keynote presentation", "Keynote presentations", (PDF,)
    ),
}

# The first part of a content type -> what to call a file of it not named above.
_BROADLY = {
    "image": "an image of a kind not taken here",
    "video": "a video",
    "audio": "a sound recording",
}


def called(content_type):
    """A content type in words ("a PDF", "an SVG drawing", "a video"), or "" when it is
    not one people would know by name: never the content type itself."""
    kind = DOCUMENT_KINDS.get(content_type) or REFUSED_KINDS.get(content_type)
    if kind is not None:
        return kind.name
    return _BROADLY.get(content_type.partition("/")[0], "")


def refusal(detected, *, kinds, described):
    """Why a file of `detected` content type is refused where only `kinds` are taken, in
    words: what it is, and what to save it as when one of those is taken here."""
    refused = REFUSED_KINDS.get(detected)
    instead = [kinds[t].name for t in refused.save_as if t in kinds] if refused else []
    if instead:
        return (
            f"{refused.plural} cannot be uploaded here: save it as {' or '.join(instead)} "
            "and upload that"
        )
    named = called(detected)
    return f"The file must be {described}" + (f" (this one is {named})" if named else "")


# Office files that are zip containers, for libmagic builds that read only the container.
_ZIPPED_OFFICE = (".docx", ".xlsx", ".pptx", ".odt", ".ods")

# A stored name's longest, in bytes: a file system allows 255 bytes a name, and storage may
# add "_" and seven characters to a name already taken.
MAX_NAME_BYTES = 150


# How a browser sends a file name's quotes and line breaks in a form (the HTML standard's
# multipart/form-data encoding): `Plan "final".pdf` arrives as `Plan %22final%22.pdf`.
_FORM_ESCAPES = {"%22": '"', "%0A": "\n", "%0D": "\r"}
_FORM_ESCAPED = re.compile("|".join(_FORM_ESCAPES), re.IGNORECASE)


def clean_filename(name):
    """The name as the person's file had it (a browser's %22 read as the quote it was),
    without bidirectional or control characters and surrounding spaces, and no longer than
    MAX_NAME_BYTES: a long stem is cut (within a character, never within its ending), so
    that storing it never fails on a file system's limit."""
    name = _FORM_ESCAPED.sub(lambda m: _FORM_ESCAPES[m.group(0).upper()], name)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # a path's folders, from any system
    kept = "".join(c for c in name if c not in BIDI_CONTROLS and unicodedata.category(c) != "Cc")
    # Dots at the ends hide a name's true ending from some systems ("report.pdf.").
    kept = kept.strip().strip(".").strip()
    if len(kept.encode()) <= MAX_NAME_BYTES:
        return kept
    stem, dot, ext = kept.rpartition(".")
    if not (dot and stem) or len(ext.encode()) > 10:  # no ending, or none worth keeping
        stem, ext = kept, ""
    ending = f".{ext}" if ext else ""
    room = MAX_NAME_BYTES - len(ending.encode())
    return stem.encode()[:room].decode(errors="ignore").rstrip(" .") + ending


def size_in_words(size):
    """A size limit as a hint says it: "10 MB", "500 KB" (never "10.0\xa0MB")."""
    words = filesizeformat(size).replace("\xa0", " ")
    return words.replace(".0 ", " ")


def check_upload(upload, *, kinds, described, max_size):
    """Return the content type of a valid upload, after cleaning its name in place.

    Raises ValidationError, in words for the person uploading, when the file is too big,
    not one of `kinds` (`described` says which those are: "a PDF or image"; what it is
    instead is said in words, `refusal`, never as a content type), or named as another kind
    of file.
    """
    if upload.size > max_size:
        raise forms.ValidationError(f"The file must be smaller than {size_in_words(max_size)}")
    upload.name = clean_filename(upload.name) or "file"
    detected = _content_type(upload)
    kind = kinds.get(detected)
    if kind is None:
        raise forms.ValidationError(refusal(detected, kinds=kinds, described=described))
    ending = _ending(upload.name)
    if ending not in kind.extensions:
        named = f"ends in {ending}" if ending else "has no ending"
        raise forms.ValidationError(
            f"This file is {kind.name}, but its name {named}: rename it to end in "
            f"{' or '.join(kind.extensions)} and upload it again"
        )
    return detected


def _content_type(upload):
    head = upload.read(4096)
    upload.seek(0)
    detected = magic.from_buffer(head, mime=True)
    if detected == "application/zip" and _ending(upload.name) in _ZIPPED_OFFICE:
        detected = magic.from_buffer(upload.read(), mime=True)
        upload.seek(0)
    return detected


def _ending(name):
    stem, dot, ext = name.rpartition(".")
    return f".{ext.lower()}" if dot and stem else ""


def attachment_disposition(name):
    """The Content-Disposition that has a browser save a file as `name`, whatever characters
    it holds (RFC 6266): `filename*` has it exactly, in UTF-8; `filename` has an ASCII
    stand-in for the rare client that reads no other."""
    fallback = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    fallback = re.sub(r'[^\x20-\x7e]|["\\%]', "_", fallback).strip() or "file"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def stored_file_download(request, stored, *, name, content_type, missing):
    """The response that downloads `stored` (a FieldFile: an upload, a report) as `name`;
    or, when the storage this server reads does not hold it (another server's disk, a file
    uploaded after the backup a restore came from, an object deleted from the bucket), a
    404 page saying `missing` (what is missing and what to do), not a 500. The operator is
    told in the log which file it was. nextpractice.middleware marks every download
    no-store and sandboxed."""
    try:
        handle = stored.open("rb")
    except OSError as exc:  # FileNotFoundError, or a storage that cannot be read
        logger.warning("A stored file could not be opened: %s (%s)", stored.name, exc)
        return render(request, "file_missing.html", {"missing": missing}, status=404)
    response = FileResponse(handle, as_attachment=True, content_type=content_type)
    response["Content-Disposition"] = attachment_disposition(name)
    return response
