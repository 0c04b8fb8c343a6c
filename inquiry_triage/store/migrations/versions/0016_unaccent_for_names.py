"""PostgreSQL: the unaccent extension where it can be had, so `queue buyer NAME` ignores accents.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 15:40:00

`queue buyer "Jorge Ramirez"` did not find "Jorge Ramírez" (a newcomer's finding): a person types a
name without its accents. store/queue._name_folding compares names lower-cased in every script and,
where the database can, without accents: SQLite by a function each connection registers
(store/db.FOLD_FUNCTION), PostgreSQL by the contrib extension unaccent. CREATE EXTENSION needs the
CREATE privilege on the database (unaccent is "trusted" since PostgreSQL 13) or a superuser; without
it nothing is created here and names are still compared case-insensitively, only with their accents
(a DBA may later run `CREATE EXTENSION unaccent`: the next connection sees it). SQLite: nothing to do.

Cost: a catalogue change, no table is read or written. The name search stays bounded (the newest
NAME_SEARCH_ROWS inquiries); an ASCII name is only lowercased, unaccent runs on the others.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():  # a refusal (no privilege, no contrib package) must not abort the migration
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except sa.exc.DBAPIError:
        pass


def downgrade() -> None:
    pass  # the extension may serve others; it is left as it is
