"""Reports for supervisors: rendering only; the store supplies the rows."""
