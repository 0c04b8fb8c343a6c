"""Header evidence: Reply-To pointing elsewhere, a display name that shows another address, and
what our receiving server recorded about SPF / DKIM / DMARC (Authentication-Results)."""

from __future__ import annotations

import re

from ..lookups.domains import registered_domain
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts

_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_AUTH_RESULT = re.compile(r"\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)", re.IGNORECASE)


class ReplyToCheck:
    name = "reply-to"
    description = "Reply-To sends the answer to a different domain than From"
    needs_network = False
    hit_names = ("REPLY_TO_MISMATCH", "REPLY_TO_FREEMAIL")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        if not inquiry.reply_to or not inquiry.from_addr:
            return []
        # Mailing lists set Reply-To to the list on purpose.
        if inquiry.header("List-Id") or inquiry.header("List-Post"):
            return []
        from_org = registered_domain(inquiry.from_domain)
        from_kind = ctx.lists.classify(inquiry.from_domain) if inquiry.from_domain else ""
        for addr in inquiry.reply_to:
            domain = addr.rpartition("@")[2].lower()
            if not domain or addr.lower() == inquiry.from_addr.lower():
                continue
            if registered_domain(domain) == from_org:
                # Same webmail provider, different person: "write to my other address" is a
                # classic of advance-fee fraud; within a company domain it is normal.
                if from_kind in ("free", "disposable"):
                    return [Hit("REPLY_TO_FREEMAIL", 2.0, "replies go to another free mailbox than the sender's",
                                "scam", "Reply-To", f"From {inquiry.from_addr}, Reply-To {addr}")]
                continue
            if ctx.lists.classify(domain) in ("free", "disposable"):
                return [Hit("REPLY_TO_FREEMAIL", 2.0, "replies go to a free/disposable mailbox, not the sender's domain",
                            "scam", "Reply-To", f"From {inquiry.from_addr}, Reply-To {addr}")]
            return [Hit("REPLY_TO_MISMATCH", 1.0, "Reply-To domain differs from From", "scam", "Reply-To",
                        f"From {inquiry.from_addr}, Reply-To {addr}")]
        return []


class DisplayNameCheck:
    name = "display-name"
    description = "The From display name shows an address at another domain than the real sender"
    needs_network = False
    hit_names = ("FROM_NAME_OTHER_ADDRESS",)

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        found = _ADDRESS_IN_NAME.search(inquiry.from_name or "")
        if not found or not inquiry.from_domain:
            return []
        shown = registered_domain(found.group(1))
        if shown and shown != registered_domain(inquiry.from_domain):
            return [Hit("FROM_NAME_OTHER_ADDRESS", 2.0, "display name shows an address at another domain", "scam", "From",
                        f"{inquiry.from_name!r} <{inquiry.from_addr}>")]
        return []


class AuthResultsCheck:
    name = "auth-results"
    description = "SPF / DKIM / DMARC verdicts our receiving server recorded (top Authentication-Results)"
    needs_network = False
    hit_names = ("AUTH_DMARC_FAIL", "AUTH_SPF_FAIL", "AUTH_NONE", "AUTH_ALL_PASS")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        # Only the topmost header was added by our side; lower ones may be forged by the sender.
        header = inquiry.header("Authentication-Results") or inquiry.header("ARC-Authentication-Results")
        results: dict[str, str] = {}
        for method, verdict in _AUTH_RESULT.findall(header):
            results.setdefault(method.lower(), verdict.lower())
        if not results:
            spf = inquiry.header("Received-SPF").split(" ", 1)[0].lower()
            if spf:
                results["spf"] = spf
        hits: list[Hit] = []
        shown = ", ".join(f"{k}={v}" for k, v in results.items())
        if results.get("dmarc") == "fail" or results.get("compauth") == "fail":
            hits.append(Hit("AUTH_DMARC_FAIL", 2.0, "sender domain failed DMARC / composite authentication", "scam",
                            "Authentication-Results", shown))
        elif results.get("spf") in ("fail", "softfail"):
            hits.append(Hit("AUTH_SPF_FAIL", 1.0, "sending server not allowed by the domain's SPF", "scam",
                            "Authentication-Results", shown))
        elif results.get("spf") == "none" and results.get("dkim") == "none":
            # Since 2024 the big mailbox providers demand SPF or DKIM of bulk senders; a sender
            # with neither is either misconfigured or not who it says.
            hits.append(Hit("AUTH_NONE", 1.0, "sender domain has neither SPF nor a DKIM signature", "scam",
                            "Authentication-Results", shown))
        if results.get("dmarc") == "pass" and results.get("spf") == "pass" and results.get("dkim") == "pass":
            hits.append(Hit("AUTH_ALL_PASS", 0.0, "SPF, DKIM and DMARC all pass", "info", "Authentication-Results", shown))
        return hits
