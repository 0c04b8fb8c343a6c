"""report suspicious --since: the suspicious inquiries by triage time, with their receipt, in one small index.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 18:00:00

`report suspicious --since 30d` filters on the time of receipt (received_at, else triaged_at), bounded
first by the triage time (a receipt is never more than receipt.SKEW after its triage): the candidates
came from ix_inquiries_suspicious_risk / _waiting (triaged_at behind risk) and each one's row was read
from the heap for received_at and dismissed_as (PostgreSQL 1M: ~12,000 candidates, 13,780 buffers,
33-43 ms for the counts at load 2-3; 95-107 ms at load 11-14; SQLite searched every suspicious row of
ix_inquiries_suspicious_risk). This partial index holds the suspicious inquiries only (~15 % of the
rows) in triage-time order, with what the period's counts and page read: received_at (the receipt),
dismissed_as (waiting or dismissed), risk and id (the page's order and its rows' keys), and the flag
itself (constant here, one byte: SQLite still evaluates the WHERE's "suspicious" term, so without the
column it read each row from the table). The counts and a period's page ids are read from it alone.
The report writes its WHERE with the bare boolean of the predicate (reports/suspicious._where) so both
planners prove it (as 0011's waiting index).

Cost: one CREATE INDEX over the suspicious rows (PostgreSQL 1M: under 1 s, 8.6 MB; it blocks writes to
inquiries meanwhile); a suspicious row's write updates one index more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_INDEX = "ix_inquiries_suspicious_receipt"
_WHERE = "suspicious"  # one form for both databases (a bare boolean), as the report writes it


def upgrade() -> None:
    op.create_index(_INDEX, "inquiries", ["triaged_at", "received_at", "dismissed_as", "risk", "id", "suspicious"],
                    sqlite_where=sa.text(_WHERE), postgresql_where=sa.text(_WHERE))


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="inquiries")
