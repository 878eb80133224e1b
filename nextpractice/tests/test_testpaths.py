"""Every app's tests run in `make test` and CI: pytest collects only the folders `testpaths`
names in pytest.ini, so an app left out there has tests nobody runs."""

import configparser
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def test_every_app_with_tests_is_in_testpaths():
    ini = configparser.ConfigParser()
    ini.read(ROOT / "pytest.ini")
    testpaths = set(ini["pytest"]["testpaths"].split())
    ours = {
        Path(config.path).name
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT and (Path(config.path) / "tests").is_dir()
    }
    assert ours, "no app of the project found"
    assert ours - testpaths == set()
