"""Versioned JSON Schemas of every message on every topic: the contract downstream systems code against.

Evolution rule (every topic): within a version (`.v1`) a change is additive only: a new optional property.
Readers (this project's consumers included) ignore properties they do not know, so an older extractor reads a newer
connector's records during a rolling deploy. Anything else (removing, renaming or retyping a property, making one
required, changing an enum) is a new topic version (`articles.v2`), published side by side until every reader has
moved; `tests/test_schema_evolution.py` holds the v1 contract and fails on such a change. `errors(name, msg)` is the reader's lenient check; `errors(name, msg,
strict=True)` is the producer's, which also refuses properties the schema does not declare (tests use it on every
message the code produces, so a typo cannot slip into the contract)."""
from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

NAMES = ("article.v1", "incident.v1", "extraction.v1", "deadletter.v1", "feed.v1", "feedstate.v1", "event.v1",
         "merge-input.v1")


@cache
def schema(name: str) -> dict[str, Any]:
    """The parsed schema document `name` (e.g. "incident.v1")."""
    if name not in NAMES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(NAMES)}")
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))


def _closed(node: Any) -> Any:
    """A copy of a schema in which every object that declares properties allows no others."""
    if isinstance(node, dict):
        out = {k: _closed(v) for k, v in node.items()}
        if "properties" in node and "additionalProperties" not in node:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_closed(v) for v in node]
    return node


@cache
def validator(name: str, strict: bool = False) -> Draft202012Validator:
    doc = _closed(copy.deepcopy(schema(name))) if strict else schema(name)
    return Draft202012Validator(doc, format_checker=Draft202012Validator.FORMAT_CHECKER, registry=_registry())


@cache
def _registry() -> Registry:
    """Every schema by its $id, so one can refer to another (merge-input.v1 carries incident.v1 and extraction.v1)."""
    return Registry().with_resources((schema(n)["$id"], Resource.from_contents(schema(n))) for n in NAMES)


def errors(name: str, message: Any, strict: bool = False) -> list[str]:
    """Human-readable schema violations of `message`, empty when valid (`strict`: undeclared properties too)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator(name, strict).iter_errors(message)]
