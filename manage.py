#!/usr/bin/env python
"""Django's command-line utility for Next Practice."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextpractice.settings")
    from django.core.management import execute_from_command_line

    from nextpractice.config import ConfigError

    try:
        execute_from_command_line(sys.argv)
    except ConfigError as exc:
        # A misconfigured environment gets one line saying what to fix, not a traceback.
        sys.stderr.write(f"Configuration error: {exc}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
