"""The Dockerfile and compose.yaml kept in step with the app: one image of the runtime set,
not root, and the cluster `make cluster` runs, with settings the app reads. (CI builds and
runs the image with `make image`; compose's other images cannot be pulled there.)"""

import re
from pathlib import Path

import yaml

from nextpractice.tests.test_settings_documented import readme_table_variables

ROOT = Path(__file__).resolve().parents[2]


def dockerfile():
    return (ROOT / "Dockerfile").read_text()


def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_the_image_installs_the_locked_runtime_set_only_and_runs_unprivileged():
    text = dockerfile()
    assert "pip install --require-hashes -r /tmp/requirements.txt" in text
    assert "requirements-dev" not in text
    users = re.findall(r"^USER (\S+)", text, flags=re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert 'ENTRYPOINT ["/app/deploy/entrypoint.sh"]' in text
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", ".env", "db.sqlite3", "media"} <= set(ignored)


def test_the_entrypoint_has_every_role_compose_uses():
    entrypoint = (ROOT / "deploy/entrypoint.sh").read_text()
    roles = set(re.findall(r"^  ([a-z]+)\)$", entrypoint, flags=re.MULTILINE))
    assert {"web", "worker", "beat", "migrate", "manage"} <= roles
    used = {s["command"][0] for s in compose()["services"].values() if "build" in s}
    assert used <= roles


def test_compose_runs_the_cluster_of_make_cluster():
    services = compose()["services"]
    ours = {name: s for name, s in services.items() if s.get("image", "").startswith("nextpr")}
    by_role = {}
    for name, service in ours.items():
        by_role.setdefault(service["command"][0], []).append(name)
    assert len(by_role["web"]) == 2 and len(by_role["worker"]) == 2
    assert by_role["beat"] == ["beat"], "exactly one beat"
    assert services["pgbouncer"]["environment"]["POOL_MODE"] == "transaction"
    web = ours[by_role["web"][0]]["environment"]
    assert web["DJANGO_PGBOUNCER"] == "1" and web["DJANGO_CONN_MAX_AGE"] == "0"
    assert "@pgbouncer:" in web["DATABASE_URL"]
    assert "@postgres:" in ours["migrate"]["environment"]["DATABASE_URL"]
    assert web["NEXTPRACTICE_STORAGE"] == "s3"


def test_every_setting_compose_gives_the_app_is_one_the_readme_documents():
    services = compose()["services"]
    role_settings = {"WEB_WORKERS", "WORKER_CONCURRENCY", "PORT"}  # deploy/entrypoint.sh's
    given = {
        name
        for service in services.values()
        if "build" in service
        for name in service["environment"]
    }
    assert given - readme_table_variables() - role_settings == set()
