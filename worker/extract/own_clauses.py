"""The words of an incident's sentences that tell that incident, for the actor fields (issue #13).

A follow-up (an arrest, a charge) that recalls the event it follows ("Police arrested nine men after bandits killed
seven farmers") keeps the sentence, while the recalled clause is a background incident of its own (README,
recalled attacks): the doers and victims named inside that clause are that event's, not the arrest's. Blanking
keeps offsets, so the parse's roles still line up with the text; a role inside a blanked clause (a new attack's
sentence read with the earlier one it recalls blanked) is no longer written there and is dropped. Pure.
"""
from __future__ import annotations

from worker.extract import types
from worker.extract.syntax import Role
from worker.extract.toll_phrases import blank_spans, with_relative_clauses


def own_clauses(sentences: list[str], event_type: str) -> list[str]:
    """The sentences with the earlier event blanked in each one that tells a follow-up of `event_type` ("arrested
    nine men after bandits killed seven farmers", "arrested a man suspected of killing a pastor"), as the toll of a
    follow-up counts only its own clause."""
    out = []
    for s in sentences:
        tm = types.classify(s)
        if tm is None or not tm.followup or tm.event_type != event_type:
            out.append(s)
            continue
        out.append(without_recalled(s))
    return out


def without_recalled(sentence: str) -> str:
    """The sentence with the earlier events it names as what someone is suspected of, charged with or followed
    (types.reference_spans) and their relative clauses blanked, offsets kept."""
    return blank_spans(sentence, with_relative_clauses(sentence, types.reference_spans(sentence)))


def roles_as_written(sentences: list[str], roles: list[list[Role]] | None) -> list[list[Role]] | None:
    """Per sentence, the roles whose phrase is still written at their offsets: one inside a blanked clause belongs
    to the event that clause tells."""
    if roles is None:
        return None
    return [[r for r in rs if s[r.start:r.end] == r.text] for s, rs in zip(sentences, roles)] + list(roles[len(sentences):])
