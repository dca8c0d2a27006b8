"""Rendering notices: Jinja2 templates in, RFC 5322 bytes out.

Templates are plain-text files whose first line is ``Subject: ...`` and whose body follows a
blank line. ``[notify] templates_dir`` may hold ``ack.txt.j2`` and ``digest.txt.j2``; whatever
it does not hold comes from the defaults shipped in this package. The environment is
sandboxed and undefined names are errors, so a template typo shows at start-up
(``check_templates``) rather than as a half-empty notice.

What reaches a template is decided by the caller's context objects, which hold only
references, committee names, types, dates, timeliness and reason words: no template can
print a report's text, a subject line, a file name or a sender's name, because none of them
is ever in the context.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ingestd.config.schema import NotifyConfig
from ingestd.errors import ConfigError

NOTICE_HEADER = "X-Ingestd-Notice"


class TemplateProblem(ConfigError):
    """A notice template is missing, does not parse, or uses a name the context lacks."""


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def environment(cfg: NotifyConfig) -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = []
    if cfg.templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(cfg.templates_dir)))
    loaders.append(jinja2.PackageLoader("ingestd.outbound", "templates"))
    return SandboxedEnvironment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                                autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(cfg: NotifyConfig, name: str, context: dict[str, Any]) -> Rendered:
    try:
        text = environment(cfg).get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        where = cfg.templates_dir or "the shipped templates"
        line = getattr(exc, "lineno", None)
        raise TemplateProblem(f"[notify] templates_dir: {name} in {where}"
                              f"{f' line {line}' if line else ''}: {exc.__class__.__name__}: {exc.message}") from None
    head, _, body = text.partition("\n")
    if not head.startswith("Subject:"):
        raise TemplateProblem(f"[notify] templates_dir: {name}: the first line must be 'Subject: ...'")
    subject = " ".join(head[len("Subject:"):].split())
    return Rendered(subject=subject, body=body.lstrip("\n"))


def new_message_id(cfg: NotifyConfig) -> str:
    domain = cfg.from_address.rpartition("@")[2] or "localhost"
    return f"<notice.{secrets.token_hex(12)}@{domain}>"


def build(cfg: NotifyConfig, *, kind: str, to: str, rendered: Rendered, message_id: str, date: datetime,
          in_reply_to: str | None = None, references: str | None = None) -> bytes:
    """The message bytes. ``Auto-Submitted`` (RFC 3834) and ``X-Auto-Response-Suppress`` keep
    other systems' auto-replies from answering us; ``X-Ingestd-Notice`` lets us recognise our own."""
    msg = EmailMessage()
    msg["From"] = cfg.from_address
    msg["To"] = to
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    msg["Auto-Submitted"] = "auto-replied" if kind == "ack" else "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg[NOTICE_HEADER] = kind
    msg.set_content(rendered.body, charset="utf-8")
    return msg.as_bytes(policy=policy.SMTP)  # CRLF line endings, as RFC 5321 requires on the wire
