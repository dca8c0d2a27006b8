"""The OpenPGP layer: decrypt and verify incoming mail, encrypt originals for the archive,
and watch key expiry.

    from ingestd.openpgp import Gpg, unwrap, encrypt_for_archive, check_key_health, KeyWarning

Every gpg call goes through ``Gpg.run`` (our own subprocess, status on its own pipe, process
group killed on timeout). python-gnupg is not used on the message path; its logger is tamed
here anyway because it logs gpg's stderr, which names keys' owners, at DEBUG.
"""

from __future__ import annotations

import logging

from ingestd.openpgp.archive import encrypt_for_archive
from ingestd.openpgp.gpg import Gpg
from ingestd.openpgp.keyhealth import KeyWarning, check_key_health
from ingestd.openpgp.unwrap import unwrap

logging.getLogger("gnupg").setLevel(logging.WARNING)

__all__ = ["Gpg", "KeyWarning", "check_key_health", "encrypt_for_archive", "unwrap"]
