import time

import httpx
from prometheus_client.parser import text_string_to_metric_families

import schemas
from worker import metrics
from worker.health import Beats, FileBeat, Probe, serve


def test_probes_and_metrics_endpoint():
    probe = Probe(stall_after_s=60)
    ready = {"broker": True}
    probe.checks["broker"] = lambda: ready["broker"]
    server = serve(probe, 0, host="127.0.0.1")
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        metrics.DEAD_LETTERS.labels("extractor", "invalid_json").inc()
        probe.beat("extractor")
        assert httpx.get(base + "/healthz").status_code == 200
        assert httpx.get(base + "/readyz").status_code == 200
        ready["broker"] = False
        r = httpx.get(base + "/readyz")
        assert r.status_code == 503 and "broker failing" in r.text
        probe.beats["extractor"] -= 120
        r = httpx.get(base + "/healthz")
        assert r.status_code == 503 and "extractor" in r.text
        body = httpx.get(base + "/metrics").text
        assert 'incidentwire_dead_letters_total{error_kind="invalid_json",stage="extractor"}' in body
        assert httpx.get(base + "/nope").status_code == 404
    finally:
        server.shutdown()


def test_each_loop_has_its_own_heartbeat():
    """One loop beating does not hide another that stopped: liveness is per work loop, not per process."""
    probe = Probe(stall_after_s=0.3)
    probe.watch("extractor")
    probe.beat("connectors")
    time.sleep(0.2)
    probe.beat("connectors")
    assert probe.alive()
    time.sleep(0.2)
    probe.beat("connectors")
    assert probe.stalled() == ["extractor"] and not probe.alive()
    probe.beat("extractor")
    assert probe.alive()


def test_a_file_heartbeat_is_visible_to_another_process_reader(tmp_path):
    fb = FileBeat(tmp_path / "beat")
    assert fb.age() == float("inf")
    probe = Probe()
    Beats(probe, fb).beat("extractor")
    assert fb.age() < 5 and "extractor" in probe.beats


def _samples() -> dict[str, list[dict[str, str]]]:
    from prometheus_client import generate_latest
    out: dict[str, list[dict[str, str]]] = {}
    for fam in text_string_to_metric_families(generate_latest().decode()):
        for s in fam.samples:
            out.setdefault(s.name, []).append(s.labels)
    return out


def test_every_known_label_set_exists_from_the_start():
    samples = _samples()
    event_types = set(schemas.schema("incident.v1")["properties"]["event_type"]["enum"])
    assert event_types <= {s["event_type"] for s in samples["incidentwire_incidents_total"]}
    assert {s["stage"] for s in samples["incidentwire_dead_letter_stages_total"]} == set(metrics.STAGES)
    assert {"published", "publish_failed"} <= {s["outcome"] for s in samples["incidentwire_articles_total"]}
    assert [s["version"] for s in samples["incidentwire_build_info"]] and \
        samples["incidentwire_build_info"][0]["version"] != ""


def test_dead_letter_kinds_appear_with_their_first_record_and_count_per_stage_too():
    """Per-kind dead-letter series are exactly the kinds seen on deadletter.v1 (none sits at 0, so they compare one
    to one with the topic); the zero-initialised stage total moves with them."""
    from prometheus_client import REGISTRY
    before = REGISTRY.get_sample_value("incidentwire_dead_letter_stages_total", {"stage": "connectors"})
    assert before is not None
    metrics.DEAD_LETTERS.labels("connectors", "a_kind_for_this_test").inc()
    assert REGISTRY.get_sample_value("incidentwire_dead_letters_total",
                                     {"stage": "connectors", "error_kind": "a_kind_for_this_test"}) == 1
    assert REGISTRY.get_sample_value("incidentwire_dead_letter_stages_total", {"stage": "connectors"}) == before + 1
    per_kind = [s.value for fam in REGISTRY.collect() if fam.name == "incidentwire_dead_letters"
                for s in fam.samples if s.name == "incidentwire_dead_letters_total"]
    assert per_kind and all(v > 0 for v in per_kind)


def test_the_known_error_kinds_cover_every_error_class():
    """The zero-initialised label sets must name every `kind` the code can emit, or a new kind has no series."""
    import connectors.clean
    import connectors.feeds
    import connectors.fetch
    import connectors.politeness
    kinds = set()
    for mod in (connectors.fetch, connectors.politeness, connectors.clean, connectors.feeds):
        for obj in vars(mod).values():
            if isinstance(obj, type) and issubclass(obj, Exception) and isinstance(getattr(obj, "kind", None), str):
                kinds.add(obj.kind)
    assert kinds <= set(metrics.CONNECTOR_ERROR_KINDS), kinds - set(metrics.CONNECTOR_ERROR_KINDS)
