"""Configuration: strict, one line naming the file and the key, exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingestd.config import load_config
from ingestd.config.cpcs import DEFAULT_CPCS
from tests.cli import run_cli
from ingestd.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("body, key", [
    ("[storage]\ndatabse_url = 'sqlite:///x'\n", "[storage] databse_url"),
    ("[smtp]\nmax_message_size = 'big'\n", "[smtp] max_message_size"),
    ("[smtp]\nlisten = '0.0.0.0:25'\nrequire_tls = false\n", "[smtp] require_tls"),
    ("[smtp]\nlistener_processes = 0\n", "[smtp] listener_processes"),
    ("[smtp]\nlistener_processes = 'many'\n", "[smtp] listener_processes"),
    ("[smtp]\nlistener_processes = true\n", "[smtp] listener_processes"),
    ("[smtp]\nspool_writers = 0\n", "[smtp] spool_writers"),
    ("[deadline]\ntimezone = 'Mars/Olympus'\n", "[deadline] timezone"),
    ("[deadline]\ndays = {ICR = 'seven'}\n", "[deadline] days.ICR"),
    ("[logging]\nlevel = 'LOUD'\n", "[logging] level"),
    ("[[cpc]]\nname = 'X CPC'\nsigning_keys = ['DEADBEEF']\n", "[[cpc]] #1 signing_keys"),
    ("[imap]\nhost = 'imap.example.org'\nusername = 'u'\npassword_file = 'p'\nsecurity = 'none'\n",
     "[imap] security"),
    ("[imap]\nfolder = \"IN\\nBOX\"\n", "[imap] folder"),
    ("[nonsense]\nx = 1\n", "nonsense"),
    ("[web]\nlisten = '8080'\n", "[web] listen"),
    ("[web]\nlisten = '0.0.0.0:8080'\n", "[web] listen"),
    ("[web]\ntls_cert = 'c.pem'\n", "[web] tls_key"),
    ("[web]\ntrusted_user_header = 'X-Remote-User'\n", "[web] trusted_user_header"),
    ("[web]\ntrusted_user_header = 'X Remote'\ntrusted_proxies = ['127.0.0.1']\n", "[web] trusted_user_header"),
    ("[web]\ntrusted_proxies = ['proxy.example.org']\n", "[web] trusted_proxies"),
    ("[web]\nsession_idle_minutes = 0\n", "[web] session_idle_minutes"),
    ("[web]\nsession_minutes = 10\n", "[web] session_minutes"),
    ("[web]\ncookie_secure = 'sometimes'\n", "[web] cookie_secure"),
    ("[web]\nlisten = 'unix:relative/web.sock'\n", "[web] listen"),
    ("[web]\nlisten = 'unix:/run/x.sock'\ntls_cert = 'c.pem'\ntls_key = 'k.pem'\n", "[web] tls_cert"),
    ("this is = = not toml", "not valid TOML"),
])
def test_bad_config_names_file_and_key(tmp_path, body, key):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    message = str(caught.value)
    assert str(path) in message
    assert key in message
    assert "\n" not in message


def test_cli_exits_2_with_one_line(tmp_path):
    path = write(tmp_path, "[smtp]\nrecipients = 'intake@example.org'\n")
    code, _, err = run_cli(None, "--config", str(path), "check-config")
    assert code == 2
    assert err.count("\n") == 1
    assert str(path) in err and "[smtp] recipients" in err and "Traceback" not in err


def test_env_config_and_log_level(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text(f"[storage]\ndata_dir = '{tmp_path / 'd'}'\n")
    config = load_config(None, environ={"INGESTD_CONFIG": str(path), "INGESTD_LOG_LEVEL": "debug"})
    assert config.source == path
    assert config.logging.level == "DEBUG"
    assert config.database_url.startswith("sqlite:///") and str(tmp_path / "d") in config.database_url
    with pytest.raises(ConfigError, match="INGESTD_LOG_LEVEL"):
        load_config(path, environ={"INGESTD_LOG_LEVEL": "chatty"})


def test_embedded_defaults_are_safe():
    config = load_config(None, environ={"HOME": "/nonexistent", "XDG_STATE_HOME": "/tmp/xdg"})
    assert config.smtp.host == "127.0.0.1"
    assert config.storage.data_dir == Path("/tmp/xdg/ingestd")
    assert config.deadline.days_for("ICR") == 7 and config.deadline.timezone == "Europe/London"
    assert config.cpcs == DEFAULT_CPCS
    kinds = [c.kind for c in config.cpcs]
    assert (kinds.count("CPC"), kinds.count("PPC"), kinds.count("APC")) == (29, 1, 29)
    assert not config.imap.enabled


def test_cpc_list_replaces_directory_and_days_per_type(tmp_path):
    path = write(tmp_path, "[deadline]\ndays = {SCR = 14}\n[[cpc]]\nname = 'Testshire Child Protection Committee'\n"
                           "sender_domains = ['testshire.gov.uk']\nsigning_keys = "
                           "['AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111 2222 3333']\n")
    config = load_config(path, environ={})
    assert [c.name for c in config.cpcs] == ["Testshire Child Protection Committee"]
    assert config.cpcs[0].signing_keys == ("AAAABBBBCCCCDDDDEEEEFFFF0000111122223333",)
    assert config.deadline.days_for("SCR") == 14 and config.deadline.days_for("ICR") == 7


def test_example_config_is_valid():
    example = Path(__file__).resolve().parents[2] / "config" / "ingestd.example.toml"
    config = load_config(example, environ={})
    assert config.source == example


def test_console_script_error_is_not_a_traceback(tmp_path):
    path = write(tmp_path, "[storage]\nwhat = 1\n")
    proc = subprocess.run([sys.executable, "-m", "ingestd", "--config", str(path), "log"], capture_output=True,
                          text=True)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "[storage] what" in proc.stderr


def test_committee_kind_councils_and_validity_dates_are_read_and_checked(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[[cpc]]\nname = "Glenmoor Adult Protection Committee"\nkind = "APC"\n'
                    'councils = ["Glenmoor Council"]\nvalid_from = 2022-05-01\nvalid_until = "2031-03-31"\n')
    (entry,) = load_config(path, environ={}).cpcs
    assert (entry.kind, entry.councils) == ("APC", ("Glenmoor Council",))
    assert entry.valid_from.isoformat() == "2022-05-01" and entry.valid_until.isoformat() == "2031-03-31"
    path.write_text('[[cpc]]\nname = "Glenmoor"\nkind = "XPC"\n')
    with pytest.raises(ConfigError, match=r"c\.toml: \[\[cpc\]\] #1 kind: expected one of CPC, APC, PPC"):
        load_config(path, environ={})
    path.write_text('[[cpc]]\nname = "Glenmoor"\nvalid_from = "next May"\n')
    with pytest.raises(ConfigError, match=r"\[\[cpc\]\] #1 valid_from: expected a date"):
        load_config(path, environ={})


@pytest.mark.parametrize("text, expected", [("true", "true"), ("false", "false"), ('"auto"', "auto"),
                                            ('"AUTO"', "auto")])
def test_web_cookie_secure_takes_true_false_or_auto(tmp_path, text, expected):
    config = load_config(write(tmp_path, f"[web]\ncookie_secure = {text}\n"), environ={})
    assert config.web.cookie_secure == expected


def test_web_listen_on_a_unix_socket_allows_single_sign_on_without_trusted_proxies(tmp_path):
    config = load_config(write(tmp_path, "[web]\nlisten = 'unix:/run/ingestd-web/web.sock'\n"
                                         "trusted_user_header = 'X-Remote-User'\n"), environ={})
    assert str(config.web.unix_socket) == "/run/ingestd-web/web.sock"


def test_listener_processes_a_number_or_auto(tmp_path):
    import os

    path = write(tmp_path, "[smtp]\nlistener_processes = 3\n")
    assert load_config(path, environ={}).smtp.listener_count == 3
    path = write(tmp_path, "[smtp]\nlistener_processes = 'auto'\n")
    auto = load_config(path, environ={}).smtp
    assert auto.listener_processes == "auto"
    assert auto.listener_count == min(4, len(os.sched_getaffinity(0)))
    assert load_config(None, environ={"HOME": "/nonexistent"}).smtp.listener_processes == "auto"  # the default
