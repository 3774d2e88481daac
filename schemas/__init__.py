"""Versioned JSON Schemas of every message on every topic: the contract downstream systems code against."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

NAMES = ("article.v1", "incident.v1", "deadletter.v1", "feed.v1", "feedstate.v1")


@cache
def schema(name: str) -> dict[str, Any]:
    """The parsed schema document `name` (e.g. "incident.v1")."""
    if name not in NAMES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(NAMES)}")
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(name: str, message: Any) -> list[str]:
    """Human-readable schema violations of `message`, empty when valid."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator(name).iter_errors(message)]
