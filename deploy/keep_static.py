"""Keeps the previous release's static files beside this one's, for a rolling upgrade.

    python deploy/keep_static.py PREVIOUS_STATIC_ROOT STATIC_ROOT

While app servers are restarted one at a time, old and new versions answer side by side,
and a page from one may ask another for its stylesheet or script, by a name carrying a hash
of its content. Run after `collectstatic`: it copies every file the previous release's
manifest (staticfiles.json) names, with its gzip and Brotli copies, into STATIC_ROOT where
no file has that name, so a new server serves the old pages' files too. Only the release
before: what that release had kept from its own predecessor is left behind. Nothing to keep
(no manifest there, as for a first build) is no error. The Dockerfile runs it
(PREVIOUS_IMAGE); docs/operating.md, "Upgrades", says when.
"""

import json
import shutil
import sys
from pathlib import Path, PurePosixPath


def keep_previous(previous, root):
    """Copies the previous release's files into `root`; returns how many it copied."""
    previous, root = Path(previous), Path(root)
    manifest = previous / "staticfiles.json"
    if not manifest.is_file():
        return 0
    copied = 0
    for name in json.loads(manifest.read_text())["paths"].values():
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            continue  # a manifest names files under its own folder, nowhere else
        for suffix in ("", ".gz", ".br"):
            source, target = previous / f"{name}{suffix}", root / f"{name}{suffix}"
            if source.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                copied += 1
    return copied


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("Usage: " + __doc__.splitlines()[2].strip())
    count = keep_previous(sys.argv[1], sys.argv[2])
    print(f"Kept {count} static files of the previous release.")
