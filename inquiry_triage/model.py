"""The pure data the pipeline passes along: an inquiry as parsed, and the hits checks return.

Nothing here does I/O. Parsing (email or structured records) builds an `Inquiry`; checks read it
and return `Hit`s; grading turns hits into a `Verdict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .memo import IdentityMemo

CHANNELS = ("phone", "im", "fax", "email", "message", "rfq")
# Words people use for a channel (records' `channel` field, a reply's --channel), written as
# channel_word() reads them: case-folded, without spaces, hyphens, underscores or dots. Chat logs
# come from every messenger buyers use, so each is a name of "im".
_MESSENGERS = ("chat", "im", "whatsapp", "whatsappbusiness", "wechat", "weixin", "telegram", "viber", "line",
               "zalo", "kakaotalk", "kakao", "skype", "teams", "msteams", "messenger", "facebookmessenger",
               "imessage", "signal", "qq", "sms", "trademanager", "wecom", "dingtalk", "icq", "imo", "botim")
CHANNEL_ALIASES = {"web": "message", "webform": "message", "form": "message", "contactform": "message",
                   "website": "message", "webmessage": "message", "inquiryform": "message",
                   "telephone": "phone", "tel": "phone", "call": "phone", "phonecall": "phone", "mobile": "phone",
                   "voice": "phone", "telefax": "fax", "mail": "email", "quotation": "rfq", "platform": "rfq",
                   **{name: "im" for name in _MESSENGERS}}


# The app a chat came by, as people write its name: kept beside the channel "im" (stored, shown, and the
# reply channel a salesperson answers on). Generic words ("chat", "im") name no app.
CHAT_APPS = {"whatsapp": "WhatsApp", "whatsappbusiness": "WhatsApp", "wechat": "WeChat", "weixin": "WeChat",
             "telegram": "Telegram", "viber": "Viber", "line": "LINE", "zalo": "Zalo", "kakaotalk": "KakaoTalk",
             "kakao": "KakaoTalk", "skype": "Skype", "teams": "Teams", "msteams": "Teams", "messenger": "Messenger",
             "facebookmessenger": "Messenger", "imessage": "iMessage", "signal": "Signal", "qq": "QQ", "sms": "SMS",
             "trademanager": "TradeManager", "wecom": "WeCom", "dingtalk": "DingTalk", "icq": "ICQ", "imo": "imo",
             "botim": "BOTIM"}


def channel_choices() -> str:
    """The channel words every command takes, said from this table (--channel's help, `queue reply`'s
    usage and the refusals of `queue --channel` and `queue reply --channel`: one text): the channels,
    platform = rfq (a B2B platform's message box; a reply through it is stored as "platform"), and the
    chat apps' names = im. Codes and '=' only, so it reads the same in every language."""
    apps = [word for word in _MESSENGERS if _folded(CHAT_APPS.get(word, "")) == word][:3]
    platform = [word for word, channel in CHANNEL_ALIASES.items() if channel == "rfq" and word == "platform"]
    return f"{', '.join(CHANNELS)}; {', '.join(platform)} = rfq; {', '.join(apps)} ... = im"


def _folded(text: str) -> str:
    return "".join(text.split()).casefold().replace("-", "").replace("_", "").replace(".", "")


def chat_app_word(text: str) -> str:
    """The chat app a word names ("WhatsApp_Business" -> WhatsApp, "wei xin" -> WeChat), "" for none."""
    return CHAT_APPS.get(_folded(text), "")


def channel_word(text: str) -> str:
    """The channel a person or an export names ("WhatsApp", "web form", "Kakao_Talk" -> im, message,
    im), or the word itself folded when it names none (the caller refuses it, naming the choices)."""
    word = _folded(text)
    return CHANNEL_ALIASES.get(word, word)


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment as listed in the MIME tree. Its bytes are never opened or executed."""

    name: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink: the text a reader sees and the address it really goes to."""

    text: str
    href: str


@dataclass(frozen=True, slots=True)
class StoreKeys:
    """The store's key of an item whose message_id does not tell one posting from another: an RFQ row without
    an id, whose message_id is the same in every day's export and when the buyer posts it again weeks later
    (parsing/record.rfq_row_identity). Stored as `key` (the message_id and its posting day); known already
    when a row is stored under any of `same` (the posting days a re-export may give it)."""
    key: str
    same: tuple[str, ...]


@dataclass(slots=True)
class Inquiry:
    """One inquiry or RFQ, whatever channel it came by, in the shape checks read.

    Email-only fields stay empty for phone/IM/fax/web records and vice versa.
    """

    source: str  # where it came from: a file path, "path:line", "imap://box/folder;uid=N"
    message_id: str  # Message-ID, a record's id, or a content hash when neither exists
    channel: str = "email"  # one of CHANNELS
    chat_app: str = ""  # an "im" record's app (WhatsApp, WeChat, ...; model.CHAT_APPS), "" when not named
    # People and addresses
    from_name: str = ""
    from_addr: str = ""  # lower-cased addr-spec, "" when absent or unparseable
    reply_to: list[str] = field(default_factory=list)
    to_addrs: list[str] = field(default_factory=list)
    company: str = ""
    website: str = ""
    phone: str = ""
    declared_country: str = ""  # ISO 3166 alpha-2 from a record ("Germany" is mapped), "" if unknown
    # Time
    date: datetime | None = None  # the Date header or record time, timezone-aware
    date_offset_minutes: int | None = None  # Date's UTC offset; None when absent or "-0000"
    received_at: datetime | None = None  # when our side received it (top Received / record; see received_from)
    # Where received_at came from (scheduling/receipt.RECEIVED_FROM): received-header, imap-internaldate or
    # record when read from the message or server; mbox-from-line, date-header, file-mtime or triage-time when
    # the pipeline filled it in (only a time to count from: checks ignore it). "" = not said (hand-made).
    received_from: str = ""
    file_time: datetime | None = None  # the source file's modification time (an .eml, a Maildir message)
    envelope_time: datetime | None = None  # the date on an mbox message's "From " line (when it was stored)
    # Candidate times of receipt passed over as implausible (scheduling/receipt.Rejected): queue show says so.
    receipt_rejected: tuple[object, ...] = ()
    # Content
    subject: str = ""
    body: str = ""  # the whole readable text (HTML converted), quotes included
    own_text: str = ""  # the sender's own words: quoted replies and signature removed
    signature: str = ""
    html: bool = False  # the message had an HTML part
    links: list[Link] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)  # decoded, in order
    # Origin
    origin_ip: str | None = None  # the sender's network (see parsing/received.py); None for provider mail
    origin_ip_header: str = ""  # which header gave it: "Received" / "X-Originating-IP" / "record"
    origin_kind: str = ""  # "sender-network" / "provider" / "unknown"; "" = not read from a chain
    origin_provider: str = ""  # the mail provider that handed the message over, if any
    origin_handover: str = ""  # the hand-over hop our relay recorded: "name [ip]"
    origin_handover_index: int | None = None  # which Received header (0 = top) is the hand-over
    # The provider that handed it over writes Date itself, in UTC (parsing/providers.toml date_clock):
    # a +0000 offset is that provider's clock, not the sender's (checks/facts.py)
    origin_date_by_provider: bool = False
    origin_unverified: list[str] = field(default_factory=list)  # claims below the trust boundary (information)
    # RFQ record fields
    product: str = ""
    quantity: str = ""
    unit: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # other record fields, for display
    # Bookkeeping
    raw_size: int = 0
    content_hash: str = ""
    # How the store keys it when the message_id alone is not enough (an RFQ row without an id); None: by message_id
    store_keys: StoreKeys | None = None
    defects: list[str] = field(default_factory=list)  # what the parser had to repair

    def header(self, name: str) -> str:
        """The first header of that name, decoded; "" when absent."""
        found = header_index(self.headers).get(name.lower())
        return found[0] if found else ""

    def header_all(self, name: str) -> list[str]:
        return list(header_index(self.headers).get(name.lower(), ()))

    @property
    def from_domain(self) -> str:
        return self.from_addr.rpartition("@")[2] if "@" in self.from_addr else ""

    @property
    def from_local(self) -> str:
        return self.from_addr.rpartition("@")[0] if "@" in self.from_addr else ""

    @property
    def from_without_address(self) -> bool:
        """An email whose From gives no address: what it holds ("From: broken") is a display name at best,
        and nobody can be answered at it (checks/headers.NoReplyAddressCheck, drafts.buyer_name)."""
        return self.channel == "email" and not self.from_addr


# The headers of the inquiries in hand by lower-cased name: {the headers: (a copy of them, the index,
# each header's lower-cased name in order)}. Checks ask for ~15 names a message, and each lookup
# lower-cased every header's name: the index does it once. It is kept while `headers` is the same
# list holding the same items (the copy compared item by item, in C: a list changed in place is
# indexed again), for a batch's inquiries (memo.py: the stages run batch by batch).
_INDEXED: IdentityMemo[list[tuple[str, str]], tuple[list[tuple[str, str]], dict[str, list[str]], list[str]]] = \
    IdentityMemo()


def _indexed(headers: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], dict[str, list[str]], list[str]]:
    found = _INDEXED.get(headers)
    if found is not None and found[1][0] == headers:
        return found[1]
    names = [key.lower() for key, _value in headers]
    index: dict[str, list[str]] = {}
    for lname, (_key, value) in zip(names, headers):
        entry = index.get(lname)
        if entry is None:
            index[lname] = [value]
        else:
            entry.append(value)
    indexed = (headers[:], index, names)
    _INDEXED.put(headers, indexed)
    return indexed


def header_index(headers: list[tuple[str, str]]) -> dict[str, list[str]]:
    """{lower-cased name: [decoded values in order]} of `headers` (an Inquiry's). Read only."""
    return _indexed(headers)[1]


def header_names(headers: list[tuple[str, str]]) -> list[str]:
    """Each header's name lower-cased, in order (as `headers`). Read only."""
    return _indexed(headers)[2]


def keep_header_index(headers: list[tuple[str, str]], index: dict[str, list[str]], names: list[str]) -> None:
    """Take `index` and `names` (built by the caller as `_indexed` builds them) as those of `headers`."""
    _INDEXED.put(headers, (headers[:], index, names))


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule that fired: its name, its points, and what it matched (Mailman's lesson: the name
    alone is useless).

    `kind` says what the points count towards: "grade" (value of the lead: + good, - bad),
    "scam" or "spy" (risk points; positive means more suspicious), or "info" (evidence with no
    points, e.g. "DNS unknown").
    """

    rule: str
    points: float
    detail: str
    kind: str = "grade"
    where: str = ""  # "From", "body", "Received", "attachment", ...
    excerpt: str = ""

    def as_reason(self) -> dict[str, object]:
        detail = self.detail
        if self.where:
            detail = f"{detail} [{self.where}]"
        if self.excerpt:
            detail = f"{detail}: {self.excerpt!r}"
        return {"rule": self.rule, "points": round(self.points, 2), "kind": self.kind, "detail": detail}


CHANNEL_CHOICES = channel_choices()  # 'phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im'
