"""Evaluation and system learning (Phase 3): objectives, indicators, lessons, reports.

The models arrive with the evaluation issue; the app is installed now so that the layout of
the design card holds from the start.
"""
