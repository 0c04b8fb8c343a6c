"""The filing words: what an item is when it is not an inquiry (checks/filing.py decides which).

A module of its own, without imports, so the command line can offer them (`queue --filed`) without
loading the checks.
"""

INQUIRY = "inquiry"
LIST = "list"
NEWSLETTER = "newsletter"
AUTO_REPLY = "auto-reply"
BOUNCE = "bounce"
NO_REPLY = "no-reply"
OWN = "own"
CLOSED_RFQ = "closed-rfq"  # an RFQ that takes no more quotations (quotes_left 0, checks/rfq.py): stored, no task
FILINGS = (INQUIRY, LIST, NEWSLETTER, AUTO_REPLY, BOUNCE, NO_REPLY, OWN, CLOSED_RFQ)
NOT_AN_INQUIRY = FILINGS[1:]
