import httpx

from worker import metrics
from worker.health import Probe, serve


def test_probes_and_metrics_endpoint():
    probe = Probe(stall_after_s=60)
    ready = {"broker": True}
    probe.checks["broker"] = lambda: ready["broker"]
    server = serve(probe, 0, host="127.0.0.1")
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        metrics.DEAD_LETTERS.labels("extractor", "invalid_json").inc()
        assert httpx.get(base + "/healthz").status_code == 200
        assert httpx.get(base + "/readyz").status_code == 200
        ready["broker"] = False
        r = httpx.get(base + "/readyz")
        assert r.status_code == 503 and "broker failing" in r.text
        probe.last_beat -= 120
        assert httpx.get(base + "/healthz").status_code == 503
        body = httpx.get(base + "/metrics").text
        assert 'incidentwire_dead_letters_total{error_kind="invalid_json",stage="extractor"}' in body
        assert httpx.get(base + "/nope").status_code == 404
    finally:
        server.shutdown()
