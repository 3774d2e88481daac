"""The fault proxy itself: down() is a whole outage (no connection gets through), up() serves again."""
from __future__ import annotations

import socket
import time

from worker.kafka import free_port

from .proxy import FlakyProxy


def _connects(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 1).close()
        return True
    except OSError:
        return False


def test_down_refuses_every_new_connection_and_drops_the_open_ones():
    with socket.socket() as upstream:
        upstream.bind(("127.0.0.1", 0))
        upstream.listen(8)
        proxy = FlakyProxy(upstream.getsockname()[1], free_port())
        proxy.up()
        open_conn = socket.create_connection(("127.0.0.1", proxy.port), 1)
        time.sleep(0.1)  # accepted and piped
        proxy.down()
        time.sleep(0.1)
        open_conn.settimeout(2)
        try:
            assert open_conn.recv(1) == b""  # dropped
        except ConnectionResetError:
            pass
        finally:
            open_conn.close()
        # a bare close() of the listener left the blocked accept() taking the first of these through the outage
        assert [_connects(proxy.port) for _ in range(3)] == [False, False, False]
        proxy.up()
        assert _connects(proxy.port)
        proxy.down()


def test_up_and_down_again_keep_working():
    with socket.socket() as upstream:
        upstream.bind(("127.0.0.1", 0))
        upstream.listen(8)
        proxy = FlakyProxy(upstream.getsockname()[1], free_port())
        for _ in range(3):
            proxy.up()
            assert _connects(proxy.port)
            proxy.down()
            assert not _connects(proxy.port)
