"""The extractor's lazily built tables, found rather than listed: every zero-argument cached function (`@cache`,
`@lru_cache`) that a loaded worker.extract module defines or imports is a table read from data (lexicons, compiled
alternations, the gazetteer's derived maps, the cleaner's residue rules that segmentation reads).

Built on the first article that needs them, they cost that article about 100 ms of its time budget and of its
latency; a hand-kept list in a warm() falls behind as tables are added. `build_all` builds them at start-up.
"""
from __future__ import annotations

import inspect
import sys
from typing import Any

PACKAGE = "worker.extract"


def lazy_tables() -> list[tuple[str, Any]]:
    """(module.name, function) of every zero-argument cached function a loaded worker.extract module defines or
    imports, each once (builders run offline, `build_*`, are left out)."""
    found: dict[int, tuple[str, Any]] = {}
    for mod_name, mod in sorted(sys.modules.copy().items()):
        if not (mod_name == PACKAGE or mod_name.startswith(PACKAGE + ".")) or ".build_" in mod_name:
            continue
        for fn in vars(mod).values():
            if _is_table(fn) and id(fn) not in found:
                found[id(fn)] = (f"{fn.__module__}.{fn.__qualname__}", fn)
    return sorted(found.values(), key=lambda t: t[0])


def _is_table(fn: Any) -> bool:
    if isinstance(fn, type) or not callable(getattr(fn, "cache_info", None)) or not hasattr(fn, "__wrapped__"):
        return False  # no functools cache
    try:
        return not inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def build_all() -> list[str]:
    """Builds every lazy table now; the names of those it built (empty when all were built already)."""
    import worker.extract  # noqa: F401 - loads the extraction modules, whose tables are looked for

    built = []
    for name, fn in lazy_tables():
        if not fn.cache_info().currsize:
            fn()
            built.append(name)
    return built
