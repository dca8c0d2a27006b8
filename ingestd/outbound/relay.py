"""The one seam to the organisation's mail relay (``[notify] smarthost``), over ``smtplib``.

Security promises, as for IMAP (THREATS H4/H6):

* TLS is always used and the certificate always verified (system store plus ``ca_file``,
  hostname checked): STARTTLS on ``security = "starttls"``, implicit TLS on ``"tls"``. A relay
  that does not offer STARTTLS is an error, never a reason to send in clear: that is what a
  stripping attacker produces. ``security = "none"`` is accepted only for a loopback relay
  (checked at config load and again here).
* Authentication is optional: a password file, or the XOAUTH2 token command shared with the
  IMAP side (``ingestd.credentials``). Secrets are read when needed and never logged;
  ``smtplib``'s debug output (which prints the AUTH line) is never switched on.

Errors are translated here only: a 5xx to MAIL, RCPT or DATA is ``RelayRejected`` (give up);
a 4xx, a lost connection, a TLS or login failure is ``RelayError`` (try again later). Neither
carries the server's text, which can quote the recipient address.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from ingestd.config.loader import is_loopback
from ingestd.config.schema import NotifyConfig
from ingestd.credentials import (
    CredentialError,
    password_from_file,
    token_from_command,
    verified_context,
    xoauth2_string,
)
from ingestd.errors import ConfigError, RelayError, RelayRejected

_ENHANCED = re.compile(rb"^([245]\.\d{1,3}\.\d{1,3})\b")


def reply_code(code: int, text: bytes | str | None) -> str:
    """``451 4.3.0``: the reply code and, when given, the RFC 3463 enhanced status; no text."""
    raw = text.encode("utf-8", "replace") if isinstance(text, str) else (text or b"")
    match = _ENHANCED.match(raw.strip())
    return f"{code} {match.group(1).decode()}" if match else str(code)


def _smtp_failure(code: int, text: bytes | str | None, what: str) -> RelayError:
    label = reply_code(code, text)
    if 500 <= code < 600:
        return RelayRejected(label, f"the relay refused the notice at {what}")
    return RelayError(label, f"the relay deferred the notice at {what}")


class RelaySession:
    """One logged-in connection; ``send`` may be called for several notices in a row."""

    def __init__(self, smtp: smtplib.SMTP, from_address: str) -> None:
        self.smtp = smtp
        self.from_address = from_address

    def send(self, recipient: str, content: bytes) -> str:
        """Hand one message to the relay; return its reply (``250 2.0.0``) once it has taken it."""
        smtp = self.smtp
        try:
            code, text = smtp.mail(self.from_address)
            if code != 250:
                self._reset()
                raise _smtp_failure(code, text, "MAIL FROM")
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                self._reset()
                raise _smtp_failure(code, text, "RCPT TO")
            code, text = smtp.data(content)
            if code != 250:
                raise _smtp_failure(code, text, "end of DATA")
            return reply_code(code, text)
        # Reply errors first: smtplib's exceptions are OSErrors, and a refusal is not a lost connection.
        except smtplib.SMTPDataError as exc:
            raise _smtp_failure(exc.smtp_code, exc.smtp_error, "DATA") from None
        except smtplib.SMTPResponseException as exc:
            raise _smtp_failure(exc.smtp_code, exc.smtp_error, "a command") from None
        except (smtplib.SMTPServerDisconnected, ssl.SSLError, socket.timeout, TimeoutError, OSError) as exc:
            raise RelayError("connection", f"the connection to the relay was lost ({exc.__class__.__name__})") from None


    def _reset(self) -> None:
        """RSET after a refusal; a relay that hangs up instead must not turn a 5xx into a retry."""
        try:
            self.smtp.rset()
        except (smtplib.SMTPException, OSError):
            pass


class Relay:
    """Opens ``RelaySession`` s to ``[notify] smarthost`` as configured."""

    def __init__(self, cfg: NotifyConfig) -> None:
        if cfg.security == "none" and not is_loopback(cfg.host):
            raise ConfigError("[notify] security: none is allowed only for a loopback relay")
        self.cfg = cfg
        self.context = verified_context(cfg.ca_file, "[notify] ca_file") if cfg.security != "none" else None

    @contextmanager
    def session(self) -> Iterator[RelaySession]:
        smtp = self._connect()
        try:
            yield RelaySession(smtp, self.cfg.from_address)
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        smtp: smtplib.SMTP | None = None
        try:
            if cfg.security == "tls":
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=self.context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            smtp.ehlo()
            if cfg.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise RelayError("tls", "the relay did not offer STARTTLS; not sending in clear")
                code, text = smtp.starttls(context=self.context)
                if code != 220:
                    raise RelayError("tls", "the relay refused STARTTLS")
                smtp.ehlo()
            self._login(smtp)
            return smtp
        except RelayError:
            self._drop(smtp)
            raise
        except (ssl.SSLCertVerificationError, ssl.CertificateError) as exc:
            self._drop(smtp)
            raise RelayError("tls", f"the relay's certificate did not verify ({exc.__class__.__name__})") from None
        except ssl.SSLError as exc:
            self._drop(smtp)
            raise RelayError("tls", f"TLS with the relay failed ({exc.__class__.__name__})") from None
        except smtplib.SMTPAuthenticationError as exc:
            self._drop(smtp)
            raise RelayError("auth", f"the relay refused our login ({exc.smtp_code})") from None
        except smtplib.SMTPNotSupportedError:
            self._drop(smtp)
            raise RelayError("auth", "the relay offers no authentication we can use") from None
        except smtplib.SMTPResponseException as exc:
            self._drop(smtp)
            raise RelayError(reply_code(exc.smtp_code, exc.smtp_error),
                             "the relay refused the connection") from None
        except (smtplib.SMTPException, OSError, socket.timeout, TimeoutError) as exc:
            self._drop(smtp)
            raise RelayError("connection", f"cannot reach the relay ({exc.__class__.__name__})") from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        cfg = self.cfg
        if not cfg.username:
            return
        try:
            if cfg.oauth2_token_command:
                token = token_from_command(cfg.oauth2_token_command, cfg.timeout, "[notify] oauth2_token_command")
                initial = xoauth2_string(cfg.username, token)
                # On failure the server sends a 334 with an error; the client answers empty (RFC 7628 3.2.3).
                smtp.auth("XOAUTH2", lambda challenge=None: initial if challenge is None else "",
                          initial_response_ok=True)
            elif cfg.password_file is not None:
                smtp.login(cfg.username, password_from_file(cfg.password_file, "[notify] password_file"))
        except CredentialError as exc:
            raise RelayError("auth", str(exc)) from None

    @staticmethod
    def _drop(smtp: smtplib.SMTP | None) -> None:
        if smtp is not None:
            try:
                smtp.close()
            except OSError:
                pass
