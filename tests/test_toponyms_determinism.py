"""Place resolution must not depend on the interpreter's hash seed: a restarted extractor gives the same incident."""
from __future__ import annotations

import json
import os
import subprocess
import sys

# two countries named once each, a toll and a day: the tie between them has to be broken the same way every time
_SCRIPT = r'''
import json, sys
from worker.extract import extract_incidents
text = ("Gunmen killed five villagers on Tuesday near the border, officials in Freetown said. Guinea and Sierra Leone "
        "have both deployed troops to the area after the attack.")
print(json.dumps([[i.country, i.admin1, i.city] for i in extract_incidents(text, None, "2031-03-05")]))
'''


def test_country_choice_is_the_same_under_every_hash_seed():
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, check=True)
        outputs.add(out.stdout.strip().splitlines()[-1])
    assert len(outputs) == 1, outputs
    assert json.loads(outputs.pop()), "the text reports an incident"
