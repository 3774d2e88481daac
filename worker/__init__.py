"""incidentwire worker: the long-lived services (extractor, connectors runner), runtime and CLI."""

__version__ = "0.1.0"
