"""A loopback TCP proxy that can drop every connection and refuse new ones: a broker outage, on demand."""
from __future__ import annotations

import socket
import threading


class FlakyProxy:
    def __init__(self, upstream_port: int, port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.port = port
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None

    def up(self) -> None:
        ls = socket.socket()
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        ls.bind(("127.0.0.1", self.port))
        ls.listen(64)
        with self._lock:
            self._listener = ls
        threading.Thread(target=self._accept, args=(ls,), daemon=True).start()

    def down(self) -> None:
        """Stop listening (new connections are refused) and drop every open connection.

        The listener is shut down before it is closed: a bare close() leaves the accept() blocked in the other
        thread holding the socket open, so the next connection was still accepted and lived through the "outage"."""
        with self._lock:
            ls, self._listener = self._listener, None
            conns, self._conns = self._conns, []
        if ls is not None:
            try:
                ls.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
            except OSError:
                pass
            ls.close()
        for c in conns:
            _drop(c)

    def _accept(self, ls: socket.socket) -> None:
        while True:
            try:
                client, _ = ls.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, 5)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not ls:  # taken down meanwhile: this connection is part of the outage
                    _drop(client)
                    _drop(server)
                    return
                self._conns += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.close()
                except OSError:
                    pass


def _drop(s: socket.socket) -> None:
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    s.close()
