"""The pipeline's fast paths give what the slow ones gave: Unicode spaces made plain by one regex substitution
equal the translation table's result, one character for one."""
from __future__ import annotations

from worker.readable import SPACES, plain_spaces

_SPACES = str.maketrans({c: " " for c in SPACES})  # the translation the fast path must equal


def test_plain_spaces_equals_the_translation_table() -> None:
    spaces = "".join(chr(c) for c in _SPACES)
    text = "Gunmen\u00a0killed two\u2009guards in\u3000Gao “on Monday”, officials said.\n" + spaces + "é"
    assert plain_spaces(text) == text.translate(_SPACES)
    assert plain_spaces(text).count(" ") == text.translate(_SPACES).count(" ") > len(spaces)
    assert len(plain_spaces(text)) == len(text) and plain_spaces("plain text") == "plain text"
