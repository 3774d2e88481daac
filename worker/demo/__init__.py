"""The demo: a local sample news site and a one-command run of the whole pipeline on the embedded broker."""
