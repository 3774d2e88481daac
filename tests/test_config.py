import pytest

from worker.cli import main
from worker.config import ConfigError, Settings, env_names, load


def test_defaults_are_valid_and_env_overrides():
    s = load(env={"INCIDENTWIRE_MAX_POLL_RECORDS": "7", "INCIDENTWIRE_ALLOW_PRIVATE": "yes"})
    assert s.max_poll_records == 7 and s.allow_private is True
    assert Settings().topic("articles.v1") == "articles.v1"
    assert load(env={"INCIDENTWIRE_TOPIC_PREFIX": "prod."}).topic("incidents.v1") == "prod.incidents.v1"


@pytest.mark.parametrize("key,value,expected", [
    ("INCIDENTWIRE_SESSION_TIMEOUT_MS", "100", "session_timeout_ms"),
    ("INCIDENTWIRE_HTTP_PORT", "eighty", "http_port"),
    ("INCIDENTWIRE_ALLOW_PRIVATE", "maybe", "allow_private"),
    ("INCIDENTWIRE_SECURITY_PROTOCOL", "TLS", "security_protocol"),
])
def test_wrong_value_names_key_and_form(key, value, expected):
    with pytest.raises(ConfigError) as e:
        load(env={key: value})
    assert str(e.value).startswith(expected) and "expected" in str(e.value)


def test_config_file_and_feeds(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('poll_interval_s = 60\n[[feeds]]\nurl = "https://example.org/rss"\nsource = "Example"\n')
    s = load(f, env={})
    assert s.poll_interval_s == 60 and s.feeds[0].source == "Example"
    f.write_text('nonsense_key = 1\n')
    with pytest.raises(ConfigError, match="nonsense_key"):
        load(f, env={})


def test_cli_bad_config_exits_2_with_one_line(monkeypatch, capsys):
    monkeypatch.setenv("INCIDENTWIRE_SESSION_TIMEOUT_MS", "12")
    assert main(["incidents", "/dev/null"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "session_timeout_ms" in err[0]


def test_cli_wrong_arguments_exit_2():
    with pytest.raises(SystemExit) as e:
        main(["run", "everything"])
    assert e.value.code == 2


def test_env_names_cover_every_setting():
    assert "INCIDENTWIRE_BOOTSTRAP_SERVERS" in env_names() and "INCIDENTWIRE_HTTP_PORT" in env_names()
