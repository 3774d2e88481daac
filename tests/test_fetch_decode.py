"""Bounded Content-Encoding decoding: round trips in any chunking, and nothing but its own errors on garbage."""
from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from connectors.fetch_decode import STEP, BoundedDecoder, DecodeError, OutputLimit

ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "identity": lambda b: b,
}


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0] + points, points + [len(data)])]


def _decode(encoding: str, chunks: list[bytes], limit: int) -> bytes:
    d = BoundedDecoder(encoding, limit)
    return b"".join(piece for chunk in chunks for piece in d.feed(chunk))


@hsettings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(ENCODERS)), st.binary(max_size=4000), st.integers(1, 20),
       st.lists(st.integers(0, 10_000), max_size=6))
def test_round_trip_in_any_chunking(encoding, text, repeat, cuts):
    body = text * repeat
    assert _decode(encoding, _split(ENCODERS[encoding](body), cuts), len(body) + 1) == body


@hsettings(max_examples=200, deadline=None)
@given(st.sampled_from(["gzip", "deflate", "br"]), st.binary(max_size=2000), st.integers(1, 50_000))
def test_garbage_gives_only_decode_errors_and_never_more_than_the_limit(encoding, garbage, limit):
    d = BoundedDecoder(encoding, limit)
    total = 0
    try:
        for piece in d.feed(garbage):
            total += len(piece)
    except (DecodeError, OutputLimit):
        pass
    assert total <= limit


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_a_bomb_stops_one_step_past_the_limit(encoding):
    zeros = b"\0" * (1 << 20)
    if encoding == "br":  # brotli.compress at its default quality is slow on 16 MiB
        c = brotli.Compressor(quality=5)
        bomb = b"".join(c.process(zeros) for _ in range(16)) + c.finish()
    else:
        bomb = ENCODERS[encoding](zeros * 16)
    d = BoundedDecoder(encoding, 1_000_000)
    with pytest.raises(OutputLimit):
        d.feed(bomb)
    assert d.size <= 1_000_000 + 2 * STEP


@pytest.mark.parametrize("header", ["gzip, gzip", "gzip, br", "deflate,gzip", "compress", "zstd"])
def test_stacked_or_unsupported_encodings_are_refused(header):
    with pytest.raises(DecodeError):
        BoundedDecoder(header, 1000)


@pytest.mark.parametrize("header", ["", "identity", "gzip, identity", "GZIP", "x-gzip", "utf-8"])
def test_single_layer_spellings_are_accepted(header):
    BoundedDecoder(header, 1000)
