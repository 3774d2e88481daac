"""incidentwire connectors: feed polling, article fetching, boilerplate removal, article publishing."""
