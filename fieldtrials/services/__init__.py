"""Changes to field trials and their records, one module per area.

Each service checks its rule, changes inside a transaction, and writes one Event.
"""
