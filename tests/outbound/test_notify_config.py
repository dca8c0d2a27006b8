"""``[notify]`` configuration: safe defaults, and every bad value named with its file and key."""

from __future__ import annotations

import pytest

from ingestd.errors import ConfigError

RELAY = 'smarthost = "relay.example.gov.scot:587"\nfrom_address = "notices@example.gov.scot"\n'


def test_default_sends_nothing(make_config) -> None:
    config = make_config()
    assert not config.notify.enabled and not config.notify.acknowledge and config.notify.security == "starttls"


@pytest.mark.parametrize("notify, message", [
    ('acknowledge = true\n', r"\[notify\] smarthost: acknowledgements or a digest are configured"),
    ('team_address = "team@example.gov.scot"\n', r"\[notify\] smarthost: acknowledgements or a digest"),
    ('smarthost = "relay.example.gov.scot"\nfrom_address = "n@example.gov.scot"\n', r"\[notify\] smarthost: expected HOST:PORT"),
    ('smarthost = "relay.example.gov.scot:587"\n', r"\[notify\] from_address: needed when smarthost is set"),
    (RELAY + 'security = "none"\n', r"\[notify\] security: none is allowed only for a loopback relay"),
    (RELAY + 'security = "plain"\n', r"\[notify\] security: expected starttls, tls or none"),
    (RELAY + 'verify = false\n', r"\[notify\] verify: unknown key"),
    (RELAY + 'digest_time = "8am"\n', r"\[notify\] digest_time: expected HH:MM"),
    (RELAY + 'digest_time = "24:00"\n', r"\[notify\] digest_time: expected HH:MM"),
    (RELAY + 'team_address = "the team"\n', r"\[notify\] team_address: not an e-mail address"),
    (RELAY + 'password_file = "pw"\n', r"\[notify\] username: needed with password_file"),
    (RELAY + 'username = "u"\npassword_file = "pw"\noauth2_token_command = "tok"\n',
     r"\[notify\] oauth2_token_command: set password_file or oauth2_token_command, not both"),
    (RELAY + 'ack_min_interval = -1\n', r"\[notify\] ack_min_interval: must not be negative"),
    (RELAY + 'retry_initial = 0\n', r"\[notify\] retry_initial: must be at least 1"),
    (RELAY.replace("notices@example.gov.scot", "intake@example.gov.scot")
     + '[smtp]\nrecipients = ["intake@example.gov.scot"]\n', r"\[notify\] from_address: must not be an intake address"),
])
def test_bad_notify_settings_are_named(make_config, notify, message) -> None:
    with pytest.raises(ConfigError, match=r"ingestd\.toml: " + message):
        make_config(extra="[notify]\n" + notify)


def test_acknowledge_per_committee(make_config) -> None:
    cpcs = '[[cpc]]\nname = "Fife Child Protection Committee"\nsender_domains = ["fife.gov.uk"]\nacknowledge = true\n'
    with pytest.raises(ConfigError, match=r"\[notify\] smarthost"):
        make_config(cpcs=cpcs)
    config = make_config(extra="[notify]\n" + RELAY, cpcs=cpcs)
    assert config.cpcs[0].acknowledge is True and config.notify.acknowledge is False
    with pytest.raises(ConfigError, match=r"\[\[cpc\]\] #1 acknowledge: expected true or false"):
        make_config(extra="[notify]\n" + RELAY, cpcs=cpcs.replace("acknowledge = true", 'acknowledge = "yes"'))
