"""Evaluation pages: one per programme, project and field trial, and the add and edit pages
of every kind of record."""
