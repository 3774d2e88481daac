"""connectors.templates on very long pages: stripping never exceeds SQLite's variable limit."""
from __future__ import annotations

import sqlite3

from connectors.templates import HostTemplates


def test_strip_handles_more_distinct_lines_than_sqlite_variables(tmp_path):
    t = HostTemplates(str(tmp_path / "templates.sqlite"))
    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    for page in range(5):
        t.observe("desk.example", f"https://desk.example/{page}", f"Subscribe to the Desk Daily\nStory {page}")
    text = "\n".join(["Subscribe to the Desk Daily"] + [f"Live update number {i}" for i in range(limit + 10)])
    out = t.strip("desk.example", text).splitlines()
    assert out[0] == "Live update number 0" and len(out) == limit + 10
    t.close()
