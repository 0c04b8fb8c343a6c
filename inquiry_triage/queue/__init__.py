"""The sales queue: operations on tasks (operations.py) and follow-up rules (followups.py)."""
