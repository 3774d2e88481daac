"""A cache of one function's answer for the last article text only.

Several steps ask the same question of one article many times (every place mention, every incident), and the
extractor works on one article at a time: keeping the last text's answer saves the rescans, and keeping only one
text bounds the memory whatever the article's length (an `lru_cache` keeps several and hashes each long text).
"""
from __future__ import annotations

import functools
from typing import Callable, Generic, NamedTuple, TypeVar

T = TypeVar("T")

class CacheInfo(NamedTuple):
    hits: int
    misses: int
    maxsize: int
    currsize: int


SHORT = 100  # characters: a headline (most run 50-100) costs less to rescan than the article it would evict


class last_text(Generic[T]):  # noqa: N801 - used as a decorator, named like functools.cache
    """`fn(text)` cached for the last text of at least SHORT characters (equal by identity or contents). The cache
    is one (text, answer) pair read and replaced whole, so a second thread at most computes it again.
    `cache_info()` and `cache_clear()` as functools.lru_cache's."""

    def __init__(self, fn: Callable[[str], T]) -> None:
        self._fn = fn
        self._held: tuple[str, T] | None = None
        self._hits = self._misses = 0
        functools.update_wrapper(self, fn)

    def __call__(self, text: str) -> T:
        held = self._held
        if held is not None and (held[0] is text or held[0] == text):
            self._hits += 1
            return held[1]
        self._misses += 1
        answer = self._fn(text)
        if len(text) >= SHORT:
            self._held = (text, answer)
        return answer

    def cache_info(self) -> CacheInfo:
        return CacheInfo(self._hits, self._misses, 1, int(self._held is not None))

    def cache_clear(self) -> None:
        self._held = None
        self._hits = self._misses = 0


class last_text_at(Generic[T]):  # noqa: N801 - used as a decorator, named like functools.cache
    """`fn(text, *where)` (`where`: offsets, positional) cached per `where` for the last text of at least SHORT
    characters, as last_text: the places of each sentence are read once for the sentence and again for the whole
    text (places.find), and each reading looks at the words around the mention. The cache is one (text, answers)
    pair replaced whole, so a second thread at most computes again."""

    def __init__(self, fn: Callable[..., T]) -> None:
        self._fn = fn
        self._held: tuple[str, dict[tuple[object, ...], T]] | None = None
        self._hits = self._misses = 0
        functools.update_wrapper(self, fn)

    def __call__(self, text: str, *where: object) -> T:
        held = self._held
        if held is None or not (held[0] is text or held[0] == text):
            if len(text) < SHORT:
                self._misses += 1
                return self._fn(text, *where)
            held = self._held = (text, {})
        answers = held[1]
        if where in answers:
            self._hits += 1
            return answers[where]
        self._misses += 1
        answer = answers[where] = self._fn(text, *where)
        return answer

    def cache_info(self) -> CacheInfo:
        return CacheInfo(self._hits, self._misses, 1, len(self._held[1]) if self._held is not None else 0)

    def cache_clear(self) -> None:
        self._held = None
        self._hits = self._misses = 0
