"""Content-Encoding decoding with an output limit, one compressed chunk at a time (pure, no I/O).

httpx decodes a whole network chunk in one call, so ~200 bytes of brotli become 256 MiB before any size check.
Here every decompressor call is capped (`max_length` for zlib, `output_buffer_limit` for brotli), so memory stays
within the page cap plus one step, however small the input. One compression layer only: stacked encodings
("gzip, gzip") exist to multiply a bomb and no real site needs them.
"""
from __future__ import annotations

import zlib
from typing import Protocol

import brotli

STEP = 64 * 1024  # most output one decompressor call may produce


class DecodeError(ValueError):
    """Corrupt, stacked or unsupported Content-Encoding: permanent for this response."""


class OutputLimit(Exception):
    """The decoded body went over the limit."""


def _brotli_can_limit() -> bool:
    """brotli >= 1.2 can cap the output of one call; older ones cannot, so br is then not advertised."""
    try:
        brotli.Decompressor().process(b"", output_buffer_limit=STEP)
        return True
    except TypeError:
        return False


BROTLI = _brotli_can_limit()
ACCEPT_ENCODING = "gzip, deflate, br" if BROTLI else "gzip, deflate"
_IGNORED = {"", "identity", "none"}


class _Step(Protocol):
    def decode(self, data: bytes) -> bytes: ...          # at most STEP bytes of output
    def pending(self) -> bool: ...                        # more output is ready without new input


HEAD_BYTES = 1024  # input kept for the raw-deflate restart; a zlib header is refused within its first 2 bytes


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._d = zlib.decompressobj(wbits)
        self._tail = b""
        self._full = False
        self._started = False
        self._head = b""  # input fed before the stream proved itself, for a restart as raw deflate

    def decode(self, data: bytes) -> bytes:
        if not self._started:
            self._head += data
        data = self._tail + data
        try:
            out = self._d.decompress(data, STEP) if not self._d.eof else b""
        except zlib.error as e:
            if self._wbits == zlib.MAX_WBITS and not self._started:  # "deflate" sent as raw deflate (common)
                self._wbits = -zlib.MAX_WBITS
                self._d = zlib.decompressobj(self._wbits)
                head, self._head, self._tail = self._head, b"", b""
                return self.decode(head)  # from the first byte: earlier chunks were consumed by the failed try
            raise DecodeError(f"corrupt compressed data: {e}") from None
        if out or len(self._head) > HEAD_BYTES:  # started only once output came (a 1-byte first chunk gives none)
            self._started, self._head = True, b""
        self._tail = self._d.unconsumed_tail
        self._full = len(out) == STEP
        return out

    def pending(self) -> bool:
        return not self._d.eof and (bool(self._tail) or self._full)


class _Brotli:
    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def decode(self, data: bytes) -> bytes:
        try:
            return self._d.process(data, output_buffer_limit=STEP)
        except brotli.error as e:
            raise DecodeError(f"corrupt brotli data: {e}") from None

    def pending(self) -> bool:
        return not self._d.can_accept_more_data()


class _Identity:
    def decode(self, data: bytes) -> bytes:
        return data

    def pending(self) -> bool:
        return False


def _step_for(content_encoding: str) -> _Step:
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    codings = [c for c in codings if c not in _IGNORED]
    if len(codings) > 1:
        raise DecodeError(f"stacked Content-Encoding {content_encoding!r} refused")
    coding = codings[0] if codings else "identity"
    if coding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Zlib(zlib.MAX_WBITS)
    if coding == "br":
        if not BROTLI:
            raise DecodeError("brotli cannot be decoded with an output limit by the installed brotli package")
        return _Brotli()
    if coding in ("compress", "x-compress", "zstd"):
        raise DecodeError(f"Content-Encoding {coding!r} is not supported")
    return _Identity()  # unknown tokens ("utf-8", "binary") are a server mistake: the body is read as it is


class BoundedDecoder:
    """Feed raw chunks, get decoded bytes; raises OutputLimit once the decoded total passes `limit`."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        self._step = _step_for(content_encoding)
        self.limit = limit
        self.size = 0

    def feed(self, raw: bytes) -> list[bytes]:
        out = [self._take(self._step.decode(raw))]
        while self._step.pending():
            out.append(self._take(self._step.decode(b"")))
        return out

    def _take(self, piece: bytes) -> bytes:
        self.size += len(piece)
        if self.size > self.limit:
            raise OutputLimit(f"decoded body over {self.limit} bytes")
        return piece
