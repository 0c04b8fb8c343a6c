"""Authentication-Results count only when our side wrote them: above the hand-over Received line
(prepended by our servers after the message reached us) or stamped with a configured authserv-id.
One written by the sender, below the hand-over, is information only."""

from __future__ import annotations

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage

CTX = build_context(load_config(None), offline=True)

_OURS = "Authentication-Results: mx.sunrise-tools.cn; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail header.from=bank.example\n"
_FORGED_PASS = "Authentication-Results: mx.sunrise-tools.cn; spf=pass; dkim=pass; dmarc=pass\n"
_HANDOVER = ("Received: from mail.sender.example (mail.sender.example [197.210.53.10])\n"
             "\tby mx.sunrise-tools.cn (Postfix) with ESMTP id 4SV0Kb6YwRz4wy; Tue, 14 Nov 2023 17:11:08 +0800\n")
_BODY = ("From: Accounts <accounts@bank.example>\nTo: sales@sunrise-tools.cn\nSubject: Statement\n"
         "Date: Tue, 14 Nov 2023 10:11:05 +0100\nMessage-ID: <a1@bank.example>\n\nPlease find the statement.\n")


def _rules(raw: str) -> dict[str, str]:
    result = triage(raw.encode(), CTX)
    assert result.error is None, result.error
    return {h.rule: h.detail for h in result.hits}


def test_results_above_the_handover_are_ours_and_count():
    rules = _rules(_OURS + _HANDOVER + _BODY)
    assert "AUTH_DMARC_FAIL" in rules
    assert "AUTH_NOT_TRUSTED" not in rules


def test_results_below_the_handover_were_written_by_the_sender_and_are_ignored():
    # The sender adds a failing result below the hand-over: it must not count against them...
    rules = _rules(_HANDOVER + _OURS + _BODY)
    assert "AUTH_DMARC_FAIL" not in rules
    assert "written below the hand-over" in rules["AUTH_NOT_TRUSTED"]
    # ...and a forged "all pass" below it earns nothing either.
    rules = _rules(_HANDOVER + _FORGED_PASS + _BODY)
    assert "AUTH_ALL_PASS" not in rules and "AUTH_NOT_TRUSTED" in rules


def test_our_result_beats_a_forged_one_lower_down():
    rules = _rules(_OURS + _HANDOVER + _FORGED_PASS + _BODY)
    assert "AUTH_DMARC_FAIL" in rules and "AUTH_ALL_PASS" not in rules


def test_without_a_received_chain_only_a_configured_authserv_id_is_trusted():
    assert "AUTH_DMARC_FAIL" not in _rules(_OURS + _BODY)
    config = load_config(None)
    config.data.setdefault("auth", {})["authserv_ids"] = ["mx.sunrise-tools.cn"]
    ctx = build_context(config, offline=True)
    result = triage((_OURS + _BODY).encode(), ctx)
    assert "AUTH_DMARC_FAIL" in {h.rule for h in result.hits}


def test_list_delivered_mail_is_not_judged_by_the_lists_authentication():
    listed = ("List-Id: <dev.lists.example.org>\nReturn-Path: <dev-bounces@lists.example.org>\n")
    handover = _HANDOVER.replace("mail.sender.example", "lists.example.org")
    rules = _rules(_OURS + handover + listed + _BODY)
    assert "AUTH_DMARC_FAIL" not in rules
    assert "mailing list" in rules.get("AUTH_NOT_TRUSTED", "")
