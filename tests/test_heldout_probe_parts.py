"""The held-out probe's parts 3-9 (tests/data/heldout_probe/{third,fourth,fifth,sixth,seventh,eighth,ninth}): each part's items
triaged exactly as `triage --format jsonl` prints them and scored by tests/heldout_probe_triage.py against
the part's labels.toml, with one parametrized test over (part, floors). Each part's history (what it holds,
its held-out figures as written, the fixes it led to and the tuned floors) is kept beside its floors below.
Part 1-2 (tests/test_heldout_probe.py) scores phishing and scam apart and stays its own file.
Print every part's figures: `.venv/bin/python tests/test_heldout_probe_parts.py [part]`.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # also run as a script: it prints the figures
from tests.heldout_probe_triage import score, triage_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "heldout_probe"


@dataclass(frozen=True)
class Part:
    """One probe part and its floors."""

    folder: str
    now: str                    # triage's --now: the morning after the part's mail
    held_out: str               # the figures as written, before any fix the part led to
    min_bad_caught: float       # scam + phishing + spy flagged, over bad_over's items
    bad_over: str | None        # a label "part" (e.g. "fourth"), or None: the whole folder
    max_genuine_flagged: int    # genuine inquiries + ham flagged (count, whole folder)
    min_language_right: float   # whole folder
    max_wrong_grade: int        # full-signal inquiries graded C or D (whole folder)
    fresh: str | None = None    # a label "part" written after the fixes and scored on its own
    min_fresh_bad_caught: float = 0.0
    fresh_held_out: str = ""

    @property
    def labels(self) -> dict[str, dict]:
        return tomllib.loads((PROBE / self.folder / "labels.toml").read_text(encoding="utf-8"))

    def emitted(self) -> dict[str, dict]:
        return triage_part(PROBE / self.folder, self.now)


PARTS = [
    Part(
    # The held-out probe's third part (tests/data/heldout_probe/third): 59 items written by hand BEFORE
    # reading how the rules are worded, in languages the first two parts barely touch (vi, id, th, tr, pl,
    # he, sw, tl, fa, bn, uk, el, cs, ro, and minor language + English), very short chat lines, and modern
    # scams (fake procurement portals, supplier-registration fees, fake Trade Assurance / Alibaba notices,
    # crypto and cheque overpayment, card-type questions, invoice and shared-document lures, move-to-
    # WhatsApp / Telegram requests). Scored on exactly what `triage --format jsonl` prints.
    #
    # As written (before any fix they led to): held_out below. The floors are the figures after the
    # general fixes (word families as data, not one campaign's phrase); what is still missed is listed in
    # README (Figures, "Held-out probe"). Twelve "third-fresh" items were written after the fixes (see
    # fresh_held_out).
    # After the general fixes (rule data in config/rules/*.toml, drafts' term boundaries): scam + phishing
    # 23/24 (95.8 %; then 24/24: an Indonesian chat line asking to return an "overpayment" to an agent's
    # account had no mailbox to weigh it with: money to a third party's account now counts as the second
    # marker of SELLER_MUST_PAY_FEE), genuine + ham 0/35 flagged, language 53/59 (Swahili and Tagalog are read
    # as Indonesian, Bengali is not named: none of the three is a configured language), no inquiry with
    # quantity, model and destination graded C or D.
    # Twelve more items ("third-fresh") were written after those fixes, held out until scored: as written
    # (the held-out figure) they scored 3/7 scam + phishing (42.9 %: "the processing charge is the
    # responsibility of the supplier", "ödemesini yeni hesabımıza yapınız", "you accept which credit card?",
    # a Romanian registration fee), 0/5 genuine flagged, language 11/12 (Taglish read as English); after the
    # general fixes they led to (fee "is the responsibility of / for the account of / payable by" the
    # supplier, any inflection of the Turkish payment, "do not pay the old account" in
    # tr/pl/id/vi/he/cs/ro/el/uk, the buyer's word order of the card question, ro registration fee) 7/7: a
    # floor tuned on them, not a held-out figure.
    # Swahili, Tagalog and Bengali configured (session 9): language 71/71.
        folder="third", now="2026-11-28T09:00+08:00",  # the part's mail is dated 26-27 November 2026
        held_out=("scam + phishing 10/24 flagged (41.7 %), genuine + ham 0/35 flagged, language 53/59 "
                  "(sw, tl read as id; bn und), 3 full-signal inquiries graded C (sw, fa, bn)"),
        min_bad_caught=1.0, bad_over=None,   # whole part 3: 31/31 measured
        max_genuine_flagged=0,
        min_language_right=1.0,              # Swahili, Tagalog and Bengali configured (session 9): 71/71
        max_wrong_grade=0,
        fresh="third-fresh", min_fresh_bad_caught=1.0,
        fresh_held_out="scam + phishing 3/7 (42.9 %), genuine 0/5 flagged, language 11/12"),
    Part(
    # The held-out probe's fourth part (tests/data/heldout_probe/fourth): 64 items written by hand BEFORE
    # reading how the rules or checks are worded: genuine buyers in Swahili, Tagalog, Bengali and their mixes
    # with English, in other languages with real-shaped Gmail / Outlook / Yahoo / Microsoft 365 / Workspace /
    # Exchange headers, very short inquiries; short chat lines, genuine and scam; modern fraud (USDT and
    # bitcoin overpayment, customs / registration / membership fees the seller is told to pay, fake Trade
    # Assurance, bank-detail change in en and sw, a move to Telegram, the card-question order); phishing
    # dressed as PO / RFQ / quotation / shared document / mailbox / e-signature (en, es, bn, tl, sw); spy
    # inquiries; legitimate modern mail that is not an inquiry (notices, a freight invoice, a newsletter, a
    # meeting invitation, a bank's credit alert, colleagues). Scored on exactly what `triage --format jsonl`
    # prints.
    # Held-out figures: the part as written, scored before any fix it led to. Only these say how the
    # product does on mail it was not tuned on.
    # The floors below are regression floors, NOT held-out figures: they were measured after general fixes
    # made from these same items (word families as rule data, not these items' sentences): fees the seller
    # must pay named membership / activation / verification / accreditation or "to release the order you must
    # pay", and the same ask in sw / tl / bn; "send the extra / excess <sum> to my agent" and overpayment in
    # tl / sw / bn; do-not-pay-the-old-account in sw / tl / bn; mail "not secure" and a "large quantity of
    # your product" as reasons to move to a chat app, a Telegram @handle; "comparing 30 factories" and
    # payment only put off ("discuss later") for spies; order words and order-named files in sw / tl / bn;
    # payouts and platform stores in the account-locked lure; crypto payment for "whatever you have in
    # stock". And sw, tl, bn configured (their words, greetings, country priors and base rates in
    # data/language_words.toml).
    # Tuned figures: "fourth" 26/30 (86.7 %), genuine + ham 0/34, language 64/64.
    # Its last four misses then led to general fixes (tuned on them too: tests/test_chat_lures_and_signing.py
    # holds each with a hit and a miss of its own): a record's typed URLs are its links, so the link lures and
    # the platform notice whose links leave the platform read a chat line ("Alibaba Support": payout
    # suspended, login here); a request to sign behind a link from a "service" whose display name is only
    # service words and that is no known e-signature provider (the e-signature lure on its own domain); a
    # first contact naming nothing that keeps its details for the chat app (the Telegram tease); Swahili /
    # Tagalog / Bengali order intent ("tutume oda") as the second marker of a fee demand. Tuned: 30/30.
    # The review of ef1d532 then found that rule flagging genuine companies' own signing systems ("Contract
    # Signing" linking its own domain's /sign page): it no longer counts a link on the sender's own domain, so
    # the e-signature lure on its own rented domain (p4-en-vps-docsign-contract) is missed again, by choice:
    # 29/30 measured (tests/test_genuine_shapes_reviewed2.py).
    # "fourth-fresh": eight items written after those fixes and held out until scored (fresh_held_out:
    # missed a Tagalog "i-login ang inyong email para makita" RFQ link, a Tagalog chat spy wanting the price
    # list of all products and free samples, an English chat "I will pay in USDT for anything you have
    # available"). The fixes they then led to (log in to view in tl / sw / bn; the full price list and
    # comparing suppliers in tl / sw / bn; "anything / everything you have available") tune the floor on
    # them too: 4/5; then 5/5 after the seller's crypto wallet asked for beside crypto for "anything you have"
    # became a second marker (CRYPTO_BUYER_ASKS_WALLET; tuned on that line).
    # Tuned: 72/72 with sw, tl, bn configured after this part was read (held out: 42/64 and 8/8).
        folder="fourth", now="2026-12-01T09:00+08:00",  # the part's mail is dated 30 November 2026
        held_out=("scam + phishing + spy 17/30 flagged (56.7 %), genuine + ham 0/34 flagged, language 42/64 "
                  "(sw and tl read as id, bn as ro / en / und: none of the three was configured), "
                  "no full-signal inquiry graded C or D"),
        min_bad_caught=29 / 30, bad_over="fourth",  # tuned: 29/30 (30/30 before that review, 26/30 before the fixes)
        max_genuine_flagged=0,
        min_language_right=1.0,   # tuned: 72/72 with sw, tl, bn configured after this part was read (held out: 42/64 and 8/8)
        max_wrong_grade=0,
        fresh="fourth-fresh", min_fresh_bad_caught=1.0,   # tuned: 5/5 (4/5 before the wallet rule)
        fresh_held_out="scam + phishing + spy 3/5, genuine 0/3 flagged, language 8/8"),
    Part(
    # The held-out probe's fifth part (tests/data/heldout_probe/fifth): 48 mails and 23 chat lines written
    # BLIND (before reading the rules, checks, language data or any earlier part's items): genuine buyers in
    # es, pt, fr, de, ar, ru, tr, pl, vi, th, id, hi (Devanagari mixed with English, and Hinglish in Latin
    # script), ko, ja, it, nl, zh, some mixed with English, some one or two lines, with real-shaped Gmail /
    # Workspace / Outlook.com / Microsoft 365 / Yahoo / Zoho / Yandex / Mail.ru / QQ / Naver headers; short
    # chat, phone and web-form lines; modern fraud in new wording (a cheque covering the "freight" to pass on,
    # an overpaid transfer to refund to a logistics agent, a supplier-registration / conformity / tender fee
    # the seller must pay, a fake escrow's "compliance bond", a fake platform's guarantee deposit, a
    # supplier's new bank account, USDT for whatever is in stock, the card question, WhatsApp only); phishing
    # dressed as PO / RFQ / quotation / invoice / shared document / mailbox quota / e-signature on lookalike
    # or rented hosts (pages.dev, workers.dev, web.app), in en, es, de, fr, pt, ru, ko, tr; spies asking for
    # full price lists, cost breakdowns, raw-material suppliers and customer lists; ordinary mail that is not
    # an inquiry (a vessel departure notice, a trade-fair newsletter, a colleague, a bank credit alert, a
    # customer's delivery reply, an out-of-office). Scored on exactly what `triage --format jsonl` prints.
    #
    # Held-out figures: the part as written, scored before any fix it leads to. Only these say how the
    # product does on mail it was not tuned on.
    # The floors are the as-written figures (nothing has been tuned on this part yet): a fix made from these
    # items may raise them, and must say so here (as a tuned figure, no longer a held-out one).
    # Missed as written, by family: overpayment passed on (a cheque "covering the freight" to wire to the cargo
    # handler, en mail + en chat; an overpaid transfer to refund to a logistics agent, es); a fake escrow's
    # "compliance bond" to open a merchant profile (en); crypto for whatever is in stock (pt mail; an en chat that
    # also asks the seller to pay the inspection agent); fees the seller must pay (a tender's supplier
    # registration and contract attestation fee, ar; customs pre-clearance to the buyer's forwarder, fr chat);
    # WhatsApp / Telegram only because "email is monitored / not trusted" (en mail, ru chat); a platform's
    # "annual verification audit fee" and a supplier's new bank account as chat lines; link lures with no
    # attachment on lookalike or rented hosts (PO view link en, invoice portal de, mailbox quota fr, RFQ on a
    # "corporate disk" ru, tender portal on pages.dev from Gmail en: risk 2.0-2.8); spies asking for cost
    # breakdowns, raw-material suppliers, dealer prices and customer lists (en and de mail, es chat).
        folder="fifth", now="2026-12-01T09:00+08:00",  # the part's mail is dated 29-30 November 2026
        held_out=("scam + phishing + spy 11/31 flagged (35.5 %), genuine + ham 0/40 flagged, language 70/71 "
                  "(a Hinglish chat line in Latin script read as en), one full-signal inquiry graded C (a Mail.ru "
                  "web mail from Tashkent whose Date carries Moscow's +0300)"),
        # Tuned (session 11, after part 6 was written): 31/31. The word families part 6 led to (below) also read
        # the fifth's last misses: the escrow's one-time compliance bond refunded with the first payout, the ar
        # tender's supplier-registration fee paid at the ministry's law office, the fr chat's customs
        # pre-clearance paid to the buyer's forwarder, crypto for "qualquer modelo ... em estoque" with the
        # wallet asked (pt) and "whatever valves u have ready" (en chat), the fr mailbox that "a atteint 98 %
        # de sa capacité", and the spies who want the seller's suppliers / customers with "no order yet".
        min_bad_caught=1.0, bad_over="fifth",       # tuned: 31/31 measured (as written 11/31; 22/31 before session 11)
        max_genuine_flagged=0,                      # as written: 0/40 measured
        min_language_right=1 - 1 / 71,              # as written: 70/71 measured
        max_wrong_grade=1),                         # as written: 1 (g5-ru-mailru-tashkent-short.eml graded C)
    Part(
    # The held-out probe's sixth part (tests/data/heldout_probe/sixth): 48 mails and 21 chat lines written
    # BLIND (before reading the rules, checks or language data; of the earlier parts only the fifth's generator
    # and label format were read), for a pump exporter's inbox: genuine buyers and replies in ar, de, es, fr,
    # it, pt-BR, ru, tr, pl, vi, id, th, ja, ko, zh (Taiwan), sw, fa, uk, en (Kenya) with real-shaped Gmail /
    # Outlook.com / Microsoft 365 / Yahoo / Yandex / Naver / Libero headers, short chat / phone / web lines;
    # 2026-style fraud (a freight forwarder's documentation fee, a sample paid through an agent who overpays,
    # a trade-show directory renewal, a customs hold, an LC / bank-guarantee fee, a fake inspection company's
    # fee, crypto OTC settlement, each in several languages); phishing as a QR-code remittance, a shared file,
    # an e-signature, mailbox storage and a tax refund (it, es, de, fr, pt, ja, pl, en); spies asking the full
    # price list, the supplier's own suppliers, customers and audit reports; ordinary mail (an arrival notice,
    # a bank statement, a customer's delivery reply, a fair newsletter, a colleague). Scored on exactly what
    # `triage --format jsonl` prints.
    # Held-out figures: the part as written, scored before any fix it leads to.
    # Missed as written: fees the seller must pay (a forwarder's documentation fee en mail + chat, customs hold
    # en mail + fr chat, customs clearance / conformity fee fr + ar mail, LC activation / bank-guarantee fee en +
    # pt mail + pt chat, a nominated inspection company's fee en mail + es chat, a directory renewal fee chat);
    # a sample paid through an agent who overpays (en, es); crypto OTC settlement (en, ru mail, en chat); a tax
    # refund link on pages.dev (fr); spies asking who makes the motors and the seller's customers (tr mail, en chat).
        folder="sixth", now="2026-12-01T17:00+08:00",  # the part's mail is dated 30 November - 1 December 2026
        held_out=("scam + phishing + spy 14/34 flagged (41.2 %), genuine + ham 0/35 flagged, language 69/69, "
                  "no full-signal inquiry graded C or D"),
        # Tuned (session 11): 34/34, genuine + ham 0/35, language 69/69, after general fixes made from these items
        # (word families as rule data, each with genuine shapes that must stay silent, tests/
        # test_fee_crypto_directory_spy_families.py): a fee of the kinds these frauds name (forwarder documentation /
        # export clearance, customs demurrage / penalty, LC activation / issuance / bank guarantee, a nominated
        # inspector's fee, an escrow's compliance bond) that the seller is to pay AND that is refunded later,
        # releases the goods or goes to the buyer's forwarder / bank, in en/es/pt/fr/de/it/ru/tr/ar
        # (SELLER_PAYS_RELEASE_FEE); "deduct your cost and send the rest to the courier" (en/es/pt/fr); crypto or
        # an OTC desk for "any / all stock you have" with the wallet asked (en/pt/es/fr/ru,
        # CRYPTO_FOR_STOCK_WITH_WALLET); a directory entry that expires for a publication fee
        # (DIRECTORY_LISTING_FEE); a tax refund behind a free-host link (TAX_REFUND_LINK_LURE); "who makes your
        # motors", "names of your suppliers / customers" and "no order yet" beside the full price list
        # (ASKS_TRADE_SECRETS, SPY_NO_ORDER_YET); a full mailbox that "reached its capacity" / held messages.
        min_bad_caught=1.0, bad_over="sixth",       # tuned: 34/34 measured (as written, held out: 14/34)
        max_genuine_flagged=0,                      # as written: 0/35 measured
        min_language_right=1.0,                     # as written: 69/69 measured
        max_wrong_grade=0),                         # as written: 0 measured
    Part(
    # The held-out probe's seventh part (tests/data/heldout_probe/seventh): 72 mails and 23 chat lines written
    # BLIND (before reading the rules, checks or language data; of the earlier parts only this test's layout and
    # make_fifth.py's header writers were read), for an industrial fan exporter's inbox: genuine buyers in es,
    # pt-BR, fr, de, it, ru (a Tashkent Mail.ru), uk, pl, tr, ar, fa, he, hi, bn, id, ms, vi, th, ko, ja, sw, tl,
    # nl, sv, ro, cs, el, hu and en (a technical "who makes the EC motors" question, a Nigerian farm), with real-
    # shaped Gmail / Workspace / Outlook.com / Microsoft 365 / Yahoo / Naver / Mail.ru headers and new ones
    # (GMX / Web.de, Libero, UOL, 163.com, Orange, a company's own Exchange); short chat lines ("price?", "hi
    # dear", "MOQ for ...?", Hinglish, Taglish, Swahili + English); 2024-2026 fraud (free samples and a fee to
    # the buyer's agent, cheque and USDT overpayment, advance fee in crypto, a forwarder's new bank account, a
    # vendor-registration / homologation / inspection / customs pre-approval fee in en, es, fr, ru, tr, ar,
    # crypto for all stock, WhatsApp only); phishing as a QR-code remittance, an e-signature, invoices and
    # remittance advice (htm, zip, links), shared documents, mailbox quota / migration / password expiry, fake
    # Alibaba / Made-in-China notices, an RFQ "via WeTransfer", a parcel-fee text; spies (cost breakdown,
    # suppliers, customers); ordinary mail (an Exchange bounce from "Microsoft Outlook", a real Docusign
    # envelope, a carrier's departure notice, a bank statement, a newsletter, colleagues, a customer's reply).
    # Held-out figures: the part as written, scored before any fix it leads to (held_out below).
    # Missed as written, by family: fees the seller must pay to the buyer's agent / inspector / "accredited
    # office" (product registration certificate en mail + chat, vendor registration en, inspection certificate
    # es, homologation fr, customs pre-approval tr, supplier registration ar, import certificate es chat,
    # registration fee Hinglish chat); overpayment passed on (a cheque's balance wired to the shipper en, USDT
    # refunded to a "logistics partner's wallet" en, an overpaid transfer refunded to the shipping agent en chat);
    # a forwarder's "new account, do not use the old one" freight invoice (en, Microsoft 365 on its own domain);
    # crypto for all the stock with the wallet asked (pt mail, ru chat); a move to Telegram "as my email is not
    # working" (en chat); the spy chat asking the full price list, who supplies the motors and the cost price;
    # a QR-code remittance (png, no link); link lures from Gmail / rented hosts for an RFQ (en, ar); a parcel
    # customs-fee text. Flagged though ordinary: the Exchange bounce from "Microsoft Outlook" on the seller's
    # own domain (BRAND_IN_NAME_NOT_DOMAIN + digits in the MicrosoftExchange<hex> local part, risk 3.39).
    # Language: ms read as id, sv as nl, hu as cs (none of the three is configured); Hinglish and Taglish chat
    # lines as en.
        folder="seventh", now="2026-12-02T17:00+08:00",  # the part's mail is dated 30 November - 2 December 2026
        held_out=("scam + phishing + spy 23/44 flagged (52.3 %), genuine + ham 1/51 flagged (an Exchange bounce "
                  "from \"Microsoft Outlook\"), language 89/95 (ms as id, sv as nl, hu as cs: not configured; "
                  "Hinglish and Taglish chat as en), no full-signal inquiry graded C or D"),
        # Tuned (session 12, after general fixes made from these items, tests/test_seventh_probe_families.py, each
        # with genuine shapes that stay silent): 42/44, genuine + ham 0/51. The fixes: an adverb between the seller
        # and the verb ("you only need to pay the ... registration certificate fee"), an amount before the fee's
        # kind, "obtain the certificate ... at a cost of" across a line break, Hinglish ("aapko ... registration
        # fee ... agent ko bhejna hoga"); es / fr / tr fees named before the payer ("el costo ... lo debe pagar el
        # proveedor", "frais ... à votre charge", "... ücreti ... ödemeniz gerekiyor") with their refund / agency
        # words and ar "استرجاع"; a cheque whose balance goes to the shipper / by Western Union, "overpaid ... refund
        # it to my shipping agent", "send back the 3,600 USDT to my logistics partner"; "todo o estoque" / "весь
        # склад" / "оплата только USDT" / "o endereço da sua carteira"; "who makes / supply your motors" and "your
        # cost price" count only beside a spy's own ask (ASKS_WHO_MAKES_PARTS_WITH_SPY_ASK: alone, the engineer's
        # question, it no longer scores); a chat-app first contact addressed to no one; QR code + sign in; a parcel
        # held for a fee of a few units behind a link; ar "تسجيل الدخول ببريدكم"; the reader's own Exchange bounce
        # (MicrosoftExchange + 32 hex on a recipient's domain) is no brand impersonation. The dev corpora's figures
        # are unchanged by them (evaluate, same run, HEAD and after: identical).
        # Then the forwarder's "new account ... do not use the old account" freight invoice ("changed due to an
        # ongoing audit", its own Microsoft 365 domain) led to BANK_CHANGE_PUSHED_WITH_INVOICE: 43/44. Still missed:
        # the RFQ "via WeTransfer" on a web.app link from Gmail (risk 2.69: a brand named in the text whose link
        # is not the brand's is not a rule).
        min_bad_caught=43 / 44, bad_over="seventh",  # tuned: 43/44 measured (as written, held out: 23/44)
        max_genuine_flagged=0,                       # tuned: 0/51 measured (as written: 1/51, the Exchange bounce)
        # "seventh-fresh": 12 bad items and 2 genuine chat lines written after those fixes and scored unseen
        # (fresh_held_out). Missed unseen: a broker's "supplier bond ... lodged by your side ... returns it once
        # the PO is placed" (en), a cheque "que incluye el flete", the excess "a nuestro transportista por Western
        # Union" (es), "precisa pagar a taxa de cadastro ... ao nosso despachante; o valor será devolvido" (pt), an
        # export grant released for a BTC processing fee (en), a QR-code invoice with "QR-Code ... scannen ...
        # anmelden" (de: the code before the verb), "accept bitcoin? send me your BTC address" for 300 pcs (en
        # chat), "nag-overpay po ... sa account ng forwarder" (tl chat), "your factory cost ... which company
        # supplies your blades ... not ordering now" (en chat), a 1,99 € parcel fee (fr chat): the word families
        # above are still phrasings, and a fraud's next phrasing is often outside them.
        # Tuned on those items (a second round of general fixes, tests/test_seventh_probe_families.py): 11/12; the
        # part 53/56 with them (54/56 with the bank-change rule below). The overpayment's spans cross a wrapped line and a thousands dot ("4.200"); the
        # registration / cadastro kinds and "sua empresa deve / precisa pagar" (pt, es lists too); a bond "paid /
        # lodged by your side" that "they refund"; tl "nag-overpay ... sa account ng forwarder"; a fee "to release
        # the grant / funds" beside a crypto amount (FEE_IN_CRYPTO_TO_RELEASE_FUNDS); the QR code named before the
        # verb, across a wrapped line; an amount before the parcel fee (fr, es, pt, de, it, nl); the seller's
        # costs or parts' makers with "not ordering now" and no quantity or terms (SPY_ASKS_COSTS_NO_ORDER). Still
        # missed: "can you accept bitcoin? send me your BTC address" for "300 pcs" naming no product (en chat), by
        # choice: a buyer asking to pay crypto for a quantity is not flagged on that alone. evaluate unchanged.
        # Language floor raised (session 14): sv and hu are configured, so g7-sv-workspace-goteborg (was nl) and
        # g7-hu-gmail-debrecen (was cs) read right; whole folder 117/121 -> 119/121 (left: ms as id, c7-tl-01 as en).
        min_language_right=1 - 2 / 121,              # as written: 89/95 (part), 14/14 (fresh), 12/12 (fresh2) measured
        max_wrong_grade=0,                           # as written: 0 measured
        fresh="seventh-fresh", min_fresh_bad_caught=11 / 12,  # tuned: 11/12 (held out: 3/12)
        fresh_held_out="scam + phishing + spy 3/12 (25.0 %), genuine 0/2 flagged, language 14/14"),
    Part(
    # The seventh part's second unseen batch ("seventh-fresh2", same folder): 10 bad items and 2 genuine chat lines
    # written after the second round of fixes and scored unseen. Its floors are its as-written figures (nothing
    # tuned on it). Missed unseen: a vendor-portal "onboarding charge ... by card ... credit it back" (en), "zu viel
    # überwiesen ... an unsere Spedition zurück" (de), "frais de dossier ... à régler par votre société ...
    # déduits de la première facture" (fr), "أرسل لي عنوان محفظة USDT" for "all the goods you have" (ar chat), "bapak
    # harus bayar biaya registrasi supplier ... ke agen kami" (id chat). Caught: the SharePoint RFQ link, an
    # Italian registration fee "rimborsata", an anti-money-laundering certificate fee (en chat), the ru spy
    # (full price list + who makes the motors + no order), a pt overpayment to the despachante.
    # After it: FEE_REFUNDED_VIA_BUYERS_AGENT (a fee with its amount, paid to the writer's own agent / office and
    # refunded or deducted from the first invoice, whatever the sentence) catches the fr "frais de dossier" too:
    # 6/10, a tuned figure; the floor stays the held-out 5/10.
        folder="seventh", now="2026-12-02T17:00+08:00",
        held_out=("seventh-fresh2: scam + phishing + spy 5/10 flagged (50.0 %), genuine 0/2 flagged, language 12/12"),
        min_bad_caught=5 / 10, bad_over="seventh-fresh2",  # held out: 5/10 measured
        max_genuine_flagged=0,                       # whole folder: 0/65 measured
        min_language_right=1 - 2 / 121,              # whole folder: 119/121 measured (sv, hu configured, session 14)
        max_wrong_grade=0),                          # whole folder: 0 measured
    Part(
    # The held-out probe's eighth part (tests/data/heldout_probe/eighth, session 13, probe8): 77 mails + 20 chat
    # lines written BLIND (before reading the rules, checks or language data) for a solar lighting exporter's
    # inbox: genuine buyers in 23 languages with Gmail / Outlook / Microsoft 365 / Workspace / Yahoo / Yandex /
    # Naver / 163 / QQ / GMX headers and messy real traits (a forwarded thread, an HTML-only body, a genuine PO
    # pdf and an RFQ pdf, price lists asked by a real distributor, buyers who pay their own inspection agent and
    # have the sample charge deducted from the first invoice, USDT offered as one option); ordinary mail (a
    # carrier's schedule change, a bank's credit alert, a colleague); 2025-2026 fraud (a customs fee behind a
    # link, vendor-registration / approval fees in en/fr/ru/ar, BEC bank changes in en/de, e-signature lures in
    # en/fr, a QR-code pdf, NF-e / e-invoice links, RFQs as .html / .htm, .img / .rar orders, a fake Trade
    # Assurance hold, mailbox storage, an account lock (ja), the credit-card order, a UN compensation fund, a
    # crypto-trading pitch, a CEO-fraud opener, a cheque overpayment, fees to the buyer's agent / forwarder /
    # shipping line / inspector in en/pt/id, polite AI-written spies in en/de/es/zh); short chat lines.
        folder="eighth", now="2026-12-02T09:00+08:00",  # the part's mail is dated 1 December 2026
        held_out=("scam + phishing + spy 25/46 flagged (54.3 %; chat lines 3/10), genuine + ham 3/51 flagged (a "
                  "buyer paying the inspection fee to his own agent with the sample charge deducted from the first "
                  "invoice: en twice, fr), language 97/97, 6 full-signal inquiries graded C or D (the three flagged, "
                  "zh-TW and zh 163 price asks, a Florida buyer asking which payment methods incl. Trade Assurance)"),
        # Tuned (session 13, general fixes made from these items, tests/test_eighth_probe_families.py, each with
        # genuine shapes that stay silent): 39/46, genuine + ham 0/51, 2 full-signal inquiries graded C. The fixes:
        # FEE_REFUNDED_VIA_BUYERS_AGENT stays silent when the writer pays his own agent ("paid by us", "at our cost",
        # "you pay nothing", "to our own agent", fr/es/pt/de/it/ru/id/tr/ar: __WRITER_PAYS_OWN_FEE); a fee "to be
        # paid by your company", "requires the seller to pay a booking / insurance deposit", "a fee which you should
        # pay", "you pay 150 usd testing fee", id "anda harus bayar biaya", with "refund with the order", "directly to
        # the consultant", tr "ajansımıza", id "ke agen ... kami", ar "لمكتب ... لدينا" (SELLER_PAYS_RELEASE_FEE); a
        # fee's amount in Rp / HKD / before the fee; a cheque's balance to "my shipping company", es "de más" / fr
        # "en trop" passed on to a forwarder; de "das alte Konto wird nicht mehr genutzt"; "what credit card you
        # accept"; crypto for "all your <goods> in stock", ru "оплачу ... в USDT"; spies "not in a position to discuss
        # quantities", es "por ahora no vamos a hacer pedido", zh price list / cost structure / "哪家供应" / "暂时没有
        # 采购计划", es "quién les fabrica las baterías"; "your supplier account" no longer counts as asking for the
        # seller's suppliers; pl "pobrać po zalogowaniu", ja "アカウントは一時停止"; zh
        # counts in 盏 / 组. Still missed: the de BEC (BANK_DETAILS_CHANGED 2.0: "Rechnung" is no order word), the
        # NF-e .zip link and the SharePoint look-alike on the sender's own rented domain, the ja account lock (2.49),
        # the HKD 18 parcel chat (only fees under 10 read as "small"), the "Alibaba Service" chat 'your store will be
        # closed today, verify your supplier account' (2.0; 3.5 before, with a spy point for 'your supplier'), ru "оплачу всю партию в USDT" (by choice, as
        # part 7's bitcoin chat). evaluate unchanged (same session, HEAD and after).
        min_bad_caught=39 / 46, bad_over="eighth",   # tuned: 39/46 measured (as written, held out: 25/46)
        max_genuine_flagged=0,                       # tuned: 0/56 measured, whole folder (as written: 3/51)
        min_language_right=1.0,                      # 107/107 measured, whole folder (as written: 97/97)
        max_wrong_grade=2,                           # tuned: 2 measured (as written: 6)
        # "eighth-fresh": 5 bad + 5 genuine items written after those fixes and scored unseen (fresh_held_out).
        # Missed unseen: an ECTN certificate "the shipper must obtain ... through our clearing office, cost EUR 320"
        # (en), an es bank change "hemos cambiado de entidad bancaria ... los pagos a la cuenta anterior serán
        # devueltos", a pt chat "a sua empresa precisa pagar 180 dólares de taxa de amostra para o nosso agente".
        # Tuned on those items (a second round: "payments to the old account will be returned / rejected" in
        # en/es/pt/fr/de/it as bank-change pressure; pt/es "taxa de amostra", "para o nosso agente", "reembolsado no
        # pedido"; "the exporter / shipper must obtain ... cost USD 290"): 4/5. Still missed: the ECTN mail, whose
        # "obtain it" names the certificate only in the sentence before.
        fresh="eighth-fresh", min_fresh_bad_caught=4 / 5,  # tuned: 4/5 (held out: 2/5)
        fresh_held_out="scam + phishing + spy 2/5 (40.0 %), genuine 0/5 flagged, language 10/10"),
    Part(
    # The held-out probe's ninth part (tests/data/heldout_probe/ninth, session 14, probe9): 81 mails + 20 chat lines
    # written BLIND (before reading the rules, checks or language data; of the earlier parts only this test's
    # layout and the generators' header writers were read) for a hydraulic hose exporter's inbox: genuine buyers in
    # 27 languages (en, es, pt, fr, de, it, ru, uk, pl, tr, ar, fa, he, hi, bn, id, vi, th, zh, ja, ko, sw, tl, nl,
    # ro, el, cs) with Gmail / Outlook / Microsoft 365 / Workspace / Yahoo / Yandex / Naver / QQ / 163 / GMX / Web.de
    # / Libero / Zoho / Exchange headers, short and long, full and vague; ordinary mail (Maersk's and DHL's own
    # notices, a bank's credit alert, a newsletter, colleagues, an auto-reply, Alibaba's own digest); 2024-2026
    # fraud (a dormant deposit, a notary's legacy, a succession, an AI-arbitrage desk, an IMF compensation, a
    # Telegram "investor", BEC from look-alike domains and a Gmail "financeiro", a supplier's bank "frozen for a tax
    # inspection", .shtml / .zip / .7z / .iso orders, a tender portal on a .click subdomain, a pages.dev 발주서, DHL /
    # Maersk / Alibaba / DocuSign / Microsoft 365 / Adobe / Sparkasse dressed lures, a parcel fee, a QR-code bonus
    # letter, card orders, SONCAP / agrément / Lieferantenfreigabe fees, cheque and transfer overpayment, stablecoin
    # for "whatever you can release", Telegram / WhatsApp moves, a CEO's "are you at your desk"); spies (a benchmark,
    # a de catalogue + customer list, a zh ex-factory list + suppliers + customers); short chat lines.
    # Held-out figures (held_out): the part as written, scored before any fix it led to. Missed as written: the BEC
    # family (an "alternative account" because "your bank is under review", "ausschließlich auf unser neues Konto",
    # "passa a receber somente na conta abaixo ... dados antigos não será reconhecido", "changed its receiving bank
    # ... previous account is frozen"), fees (SONCAP certificate "processed only by our accredited consultant ... at
    # USD 1,850", "Die Prüfgebühr ... übernimmt der Lieferant", en / sw / es chats), overpayment (a cheque "which\n
    # includes the freight" to a "freight company", it "rimandare la differenza ... al nostro spedizioniere" and the
    # chat), crypto ("settles in USDC or USDT", "whatever ... you can release", "all your stock"), chat-app moves with
    # an excuse (es "no usamos el correo", "can't access my laptop", "telegram only, email not safe"), the de and zh
    # spies, a tender portal "access with your business email and password", a ko "회사 메일 계정으로 로그인", the
    # QR-code bonus letter, the CEO opener, a "sorry wrong number" gold-futures chat, a "pay 1.85 USD" parcel chat, a
    # Sparkasse pushTAN lure on sparkasse-sicherheit.de.com. Language: a Hinglish chat line read as id.
        folder="ninth", now="2026-12-04T09:00+08:00",  # the part's mail is dated 1-3 December 2026
        held_out=("scam + phishing + spy 23/49 flagged (46.9 %; chat lines 2/10), genuine + ham 0/52 flagged, "
                  "language 100/101 (a Hinglish chat line read as id), 2 full-signal inquiries graded C (en Houston "
                  "Gmail, zh QQ Tianjin)"),
        # Tuned (session 14, general fixes made from these items, word families as rule data in several languages,
        # each with examples that must stay silent): 48/49, genuine + ham 0/52. The fixes: __FR_BANK_CHANGE / __FR_BANK_
        # PRESSURE read "changed its receiving bank", "to the following account only", "previous account is frozen",
        # "send us another account", de "ausschließlich auf unser neues Konto" / "altes Konto gesperrt", pt "somente na
        # conta abaixo" / "nos dados antigos não será reconhecido", es / fr / it the same; fees "...gebühr übernimmt /
        # trägt der Lieferant", sw "mlipe ada ya usajili", "su empresa debe pagar 320 dólares de certificado", a fee paid
        # "to our consultant / kwa wakala wetu" as SELLER_MUST_PAY_FEE's second marker, SELLER_PAPER_VIA_BUYERS_AGENT (the
        # supplier must hold a certificate issued only by the writer's own consultant, at a price); overpayment to a
        # freight / transport company across a wrapped line, it "restituire / rimandare ... allo spedizioniere"; crypto
        # "settles in USDC", "whatever ... you can release", "all your stock", "deposit address for your wallet";
        # OFF_PLATFORM_WITH_EMAIL_EXCUSE ("no usamos el correo", "cannot access my computer"); spies: zh 出厂价格表 /
        # 从哪家采购 / 还没有具体采购需求, de "vollständigen Katalog mit Händlerpreisen" / "Liste Ihrer Kunden" / "keinen
        # konkreten Bedarf"; "access with your business email", ko / ja / zh work-mailbox log-in; a QR code + sign in
        # beside pay / bonus / payroll words; BOSS_IN_MEETING_PAYMENT_TASK; WRONG_NUMBER_INVESTMENT_OPENER; a parcel
        # "pay 1.85 USD" behind a link. Still missed: the Sparkasse pushTAN lure (risk 1.96: a bank's brand inside a
        # rented .de.com domain is no rule). Language and grades unchanged (the Hinglish chat line, the two C grades are
        # language data's and rfq.py's, outside this task).
        min_bad_caught=48 / 49, bad_over="ninth",   # tuned: 48/49 measured (as written, held out: 23/49)
        max_genuine_flagged=0,                      # 0/57 measured, whole folder (as written: 0/52)
        min_language_right=1 - 1 / 117,             # 116/117 measured, whole folder (as written: 100/101)
        max_wrong_grade=2,                          # 2 measured (as written: 2)
        # "ninth-fresh": 11 bad + 5 genuine items written after those fixes and scored unseen (fresh_held_out).
        # Missed unseen: a BEC "remittance instructions have been revised ... direct all future wires to our escrow
        # account" (en, look-alike .co), pt "tem que ser homologado pelo nosso despachante; a taxa ... corre por conta
        # do fornecedor", fr "il vous a viré 9 000 € au lieu de 900 € ... renvoyer les 8 100 € restants à notre
        # transporteur", es "todo el stock ... Pagamos en USDT ... dirección de su billetera", the it spy (listino
        # completo + "nomi dei vostri fornitori" + "non abbiamo un ordine": spy 3.0 of 4.0), the de CEO opener "sitze
        # gerade in einer Besprechung ... kann nicht ans Telefon ... vertrauliche Überweisung", "whatsapp only, my
        # office email was hacked" (en chat, 1.58), tl "magbayad ng inspection fee ... sa aming ahente" (chat). Caught:
        # the Teams voicemail, the Alibaba payout hold, the consignment box.
        # Tuned on those items (a second round of general fixes): 11/11. "remittance / wire instructions have been
        # revised" (en/pt/es) and "direct all future wires to our escrow / new account"; pt/es fees for homologation /
        # accreditation / certification "corre por conta do fornecedor / por cuenta del proveedor", tl "magbayad ng
        # inspection / testing fee"; "send the remaining / the difference to our carrier" in fr/es/pt/de; crypto with
        # es/pt/fr/it/de verbs ("pagamos en USDT", "nous payons en USDT"); "my email was hacked" and id "email saya
        # jarang dibuka" as the excuse for a chat app (this also brings back part 3's f3-id-gmail-wa, missed at HEAD
        # e56fa8a at risk 2.36); de "sitze gerade in einer Besprechung ... kann nicht telefonieren" / "vertrauliche
        # Überweisung"; it/es/pt "names of your suppliers / customers", it "per ora non abbiamo un ordine".
        fresh="ninth-fresh", min_fresh_bad_caught=1.0,  # tuned: 11/11 (held out: 3/11)
        fresh_held_out="scam + phishing + spy 3/11 (27.3 %), genuine 0/5 flagged, language 16/16"),
]


def shortfalls(part: Part) -> list[str]:
    """Every floor the part misses, each with the items behind it (empty when all floors hold)."""
    got, labels = part.emitted(), part.labels
    if set(got) != set(labels):
        return [f"items triaged {sorted(set(got) ^ set(labels))} differ from labels.toml"]
    out = []
    bad = score(got, labels, part.bad_over)
    if bad["bad_caught"] < part.min_bad_caught:
        out.append(f"bad caught {bad['bad'][0]}/{bad['bad'][1]} < {part.min_bad_caught:.3f}: missed {bad['missed']}")
    if part.fresh:
        fresh = score(got, labels, part.fresh)
        if fresh["bad_caught"] < part.min_fresh_bad_caught:
            out.append(f"{part.fresh} bad caught {fresh['bad'][0]}/{fresh['bad'][1]}: missed {fresh['missed']}")
    whole = score(got, labels)
    if len(whole["false_alarms"]) > part.max_genuine_flagged:
        out.append(f"genuine / ham flagged: {whole['false_alarms']}")
    if whole["language_right"] < part.min_language_right:
        out.append(f"language wrong: {whole['wrong_language']}")
    if len(whole["wrong_grade"]) > part.max_wrong_grade:
        out.append(f"full-signal inquiries graded C / D: {whole['wrong_grade']}")
    if whole["unexplained"]:
        out.append(f"flagged without a scam / spy reason: {whole['unexplained']}")
    return out


@pytest.mark.parametrize("part", PARTS, ids=[p.folder for p in PARTS])
def test_part_meets_its_floors(part: Part) -> None:
    assert not shortfalls(part)


def test_swahili_tagalog_and_bengali_writers_are_named_so() -> None:
    """Part 4's buyers (and scammers) writing sw, tl, bn, alone or mixed with English: greeted in their language."""
    fourth = next(p for p in PARTS if p.folder == "fourth")
    got, labels = fourth.emitted(), fourth.labels
    named = {key: got[key]["language"] for key, label in labels.items() if label["lang"] in ("sw", "tl", "bn")}
    assert len(named) >= 20
    assert all(named[key] == labels[key]["lang"] for key in named), named
    assert all(got[key]["minor_language"] for key in named)


if __name__ == "__main__":
    for part in PARTS:
        if len(sys.argv) > 1 and part.folder not in sys.argv[1:]:
            continue
        print(f"===== {part.folder}: held out (as written) {part.held_out}"
              + (f"; {part.fresh} {part.fresh_held_out}" if part.fresh else ""))
        got, labels = part.emitted(), part.labels
        for sub in dict.fromkeys([part.bad_over, part.fresh, None]):
            result = score(got, labels, sub)
            print(f"--- {sub or 'whole ' + part.folder}")
            for name in ("missed", "false_alarms", "wrong_language", "wrong_grade", "unexplained"):
                if result[name]:
                    print(f"{name} ({len(result[name])}):")
                    for item in result[name]:
                        print("   ", item)
            print(f"scam+phishing+spy caught {result['bad'][0]}/{result['bad'][1]} = {result['bad_caught']:.1%}, "
                  f"language right {result['total'] - len(result['wrong_language'])}/{result['total']}")
        print("floors:", shortfalls(part) or "all met")
