"""Scheduling: reply deadlines counted in the seller's business hours, with the buyer's clock in view.

The functions live in `inquiry_triage.scheduling.deadlines`; they are pure (no I/O, the current time is
always passed in) and accept timezone-aware datetimes only.
"""
