"""The record kit: one way to keep a record.

An app declares each kind of record it keeps in its own `kinds.py` (`RECORD_KINDS`, a list
of `RecordKind`): the model (with the `KeptRecord` mixin), the form, what it belongs to, the
permissions its `rules.py` answers, its noun and its list's columns. From that declaration
the kit gives, with no more code: an edit page that refuses a save based on an older
version, withdrawal with a confirmation page, deletion by its author within minutes, an
event for each, CSV and XLSX exports of the list, and the access test's cases.
"""
