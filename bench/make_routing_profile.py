#!/usr/bin/env python3
"""Writes the issue 11 point 7 benchmark profile: DeepSeek-V3 training (the built-in as
it was measured, with its explicit architecture: tests/corpus/good/10-...; the built-in
now names model.preset, whose numbers this script cannot read) with 16,384 experts and a measured routing row per MoE layer, Pareto-distributed
weights (alpha 1.2, seed 1): about 15 MB. Usage: make_routing_profile.py OUT"""
import json
import pathlib
import random
import sys

here = pathlib.Path(__file__).resolve().parent
profile = json.loads((here.parent / "tests/corpus/good/10-old-builtin-deepseek-v3-training-explicit-h800.moeprofile.json").read_text())
random.seed(1)
model = profile["model"]
model["experts"] = 16384
rows = model["layers"] - model.get("dense_layers", 0)
profile["workload"]["routing"] = {
    "kind": "measured",
    "loads": [[round(random.paretovariate(1.2), 12) for _ in range(16384)] for _ in range(rows)],
}
pathlib.Path(sys.argv[1]).write_text(json.dumps(profile))
