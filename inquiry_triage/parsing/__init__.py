"""Email parsing: raw RFC 5322 bytes -> `Inquiry`.

    parse_email(raw, *, source, trusted_relays=(), max_body_chars=200_000) -> Inquiry

Uses the stdlib `email` package with the fast `compat32` policy and decodes headers itself
(RFC 2047/2231, raw 8-bit), so it is robust to what real mail contains: lying or unknown
charsets, broken MIME (missing boundaries, bad base64/quoted-printable, truncation), giant
headers, header-less text. Only input that is not an email at all (empty, or binary without a
header line) raises `ParseError`; everything else is repaired and the repairs are listed in
`Inquiry.defects` (plain-English strings, e.g. "charset: declared 'utf-8' but text is gb18030
(text/plain)").

What the fields mean, where it is not obvious:
  * body: every readable text part in order (HTML converted), quotes included; a forwarded
    message/rfc822 part appears behind a "---------- Forwarded message ----------" block. In
    multipart/alternative the plain part wins; links still come from the HTML part.
  * own_text / signature: see `quoting`; conservative (when unsure, text stays own_text).
  * links: only <a href> of HTML parts; URLs in plain text stay in the body.
  * attachments: listed and measured, never opened (HTML attachments are not parsed either).
  * origin_kind / origin_ip: read from the hand-over hop (the first public hop below our own
    relays, which our side recorded and nobody can forge). A webmail or mail-service provider
    there (providers.toml) gives origin_kind "provider" and no origin_ip, unless that provider
    recorded its user's IP (X-Originating-IP...); any other hand-over is the "sender-network"
    and its IP the origin_ip. Lower hops are only `origin_unverified` information. See
    `received` for the reasoning. Pass the receiving side's relays and forwarders as
    `trusted_relays` (IPs, CIDRs, host suffixes such as ".protection.outlook.com").
  * date_offset_minutes: None for "-0000" or a missing zone (date is then taken as UTC).

Modules: message (assembly), mime (MIME walk), charsets (decoding with fallbacks), headers
(encoded-words, addresses, dates), html (HTML -> text + links), quoting (own words vs quotes
and signature), received (Received chain and originating IP), errors (ParseError).
"""

from .errors import ParseError
from .message import parse_email
from .received import OriginInfo, find_origin

__all__ = ["OriginInfo", "ParseError", "find_origin", "parse_email"]
