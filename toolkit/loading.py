"""Installing tool definitions: from files (the `load_tools` command) or from the admin.

A definition is validated whole before anything is written (toolkit/definition.py). An
unchanged definition (same canonical checksum as the tool's latest version) changes
nothing; a changed one becomes a new `ToolVersion`, so exercises run on an older version
keep reading the questions they were asked.
"""

import hashlib
import json
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Max

from accounts.services import record_event

from .definition import DefinitionError, load_file, validate
from .models import Tool, ToolVersion

DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "definitions"
SUFFIXES = (".yaml", ".yml", ".json")


def checksum(definition):
    """SHA-256 of the canonical JSON of a definition (keys sorted), so layout does not count."""
    canonical = json.dumps(definition, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def install(definition, source="", user=None):
    """Install a definition as its tool's latest version: (tool, version, created).

    `created` is False when the tool's latest version already has this definition; then
    nothing changes. Raises DefinitionError, naming `source`, for a malformed definition.
    """
    validate(definition, Path(source).name if source else "definition")
    digest = checksum(definition)
    with transaction.atomic():
        tool = Tool.objects.select_for_update().filter(slug=definition["slug"]).first()
        if tool is not None and tool.latest_id is not None:
            latest = ToolVersion.objects.get(pk=tool.latest_id)
            if latest.checksum == digest:
                return tool, latest, False
        tool = tool or Tool(slug=definition["slug"])
        tool.title = definition["title"]
        tool.subtitle = definition.get("subtitle", "")
        tool.purpose = definition["purpose"].strip()
        tool.audience = definition.get("audience", "").strip()
        tool.status = definition["status"]
        tool.save()
        number = (tool.versions.aggregate(last=Max("number"))["last"] or 0) + 1
        version = ToolVersion.objects.create(
            tool=tool,
            number=number,
            definition=definition,
            checksum=digest,
            source=str(source)[:200],
            created_by=user,
        )
        tool.latest = version
        tool.save(update_fields=["latest"])
        record_event(
            actor=user,
            verb="toolkit.tool_version_installed",
            target=version,
            data={"tool": tool.slug, "number": number, "source": version.source},
        )
    return tool, version, True


def definition_files(paths):
    """The definition files named by `paths` (files, or folders of *.yaml, *.yml, *.json)."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            raise DefinitionError([f"{path}: no such file or folder"])
    return files


def read_definitions(paths):
    """[(file, definition)] for every file under `paths`, all valid, or DefinitionError with
    the problems of every file (nothing is installed from a set with one bad file)."""
    files = definition_files(paths)
    if not files:
        raise DefinitionError([f"{', '.join(map(str, paths))}: no tool definitions found"])
    errors, found, slugs = [], [], {}
    for path in files:
        try:
            definition = validate(load_file(path), path.name)
        except DefinitionError as error:
            errors += error.messages
            continue
        slug = definition["slug"]
        if slug in slugs:
            errors.append(f'{path.name}: slug "{slug}" is already used by {slugs[slug].name}')
        slugs.setdefault(slug, path)
        found.append((path, definition))
    if errors:
        raise DefinitionError(errors)
    return found


def load_paths(paths, user=None):
    """Validate every file under `paths`, then install them all in one transaction:
    [(tool, version, created)]. A malformed file refuses the whole set."""
    found = read_definitions(paths)
    with transaction.atomic():
        return [install(definition, source=path.name, user=user) for path, definition in found]


def load_directory(path=DEFAULT_DIRECTORY, user=None):
    """Install every definition in a folder, or none of them if any is malformed."""
    return load_paths([path], user=user)


def shipped_tool_count():
    """How many tools come with Next Practice (the files in toolkit/definitions/)."""
    return len(definition_files([DEFAULT_DIRECTORY]))


def add_shipped_tools(*, actor):
    """Fill an empty toolkit with the tools that come with Next Practice, once: the
    [(tool, version, created)] installed, or [] when the toolkit has tools already (a second
    click, another administrator first, or tools added in the admin or by `load_tools`).

    Two administrators at the same moment both find it empty; the tools' unique slugs decide:
    the second's first insert waits for the first to commit, then fails, and nothing of the
    second is kept."""
    if not actor.has_perm("toolkit.add_shipped_tools"):
        raise PermissionDenied("Only an administrator adds the tools that come with Next Practice.")
    try:
        with transaction.atomic():
            if Tool.objects.exists():
                return []
            return load_directory(DEFAULT_DIRECTORY, user=actor)
    except IntegrityError:
        return []
