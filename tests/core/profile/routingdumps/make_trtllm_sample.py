#!/usr/bin/env python3
# Writes the TensorRT-LLM sample (trtllm/rank0.safetensors, trtllm/rank1.safetensors)
# byte by byte in the safetensors layout (huggingface/safetensors README): an 8-byte
# little-endian header length, the JSON header padded with spaces to 8 bytes, then the
# tensors. The keys and dtype are what tensorrt_llm/_torch/expert_statistic.py saves
# (commit 0fccc5b): "{iter}_{layer}" -> torch.bincount(...) (int64, one count per
# expert). Only the standard library is used, so the bytes are typed, not produced by
# the engine. Iterations 5 and 6, MoE layers 1 to 3 (layer 0 is dense), 8 experts.
import json
import struct
from pathlib import Path

COUNTS = {
    0: {"5_1": [15, 5, 2, 5, 4, 4, 2, 3], "5_2": [5] * 8, "5_3": [2, 1, 1, 1, 1, 1, 7, 25],
        "6_1": [15, 5, 3, 5, 4, 4, 3, 2], "6_2": [5] * 8, "6_3": [1, 1, 1, 1, 1, 1, 8, 25]},
    1: {"5_1": [15, 5, 2, 5, 4, 3, 2, 3], "5_2": [5] * 8, "5_3": [1, 2, 2, 1, 2, 1, 7, 25],
        "6_1": [15, 5, 3, 5, 3, 4, 3, 2], "6_2": [5] * 8, "6_3": [1, 1, 1, 2, 1, 2, 8, 25]},
}

for rank, records in COUNTS.items():
    header, data = {}, b""
    for key in sorted(records):
        blob = struct.pack("<8q", *records[key])
        header[key] = {"dtype": "I64", "shape": [8], "data_offsets": [len(data), len(data) + len(blob)]}
        data += blob
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    Path(__file__).with_name("trtllm").joinpath(f"rank{rank}.safetensors").write_bytes(
        struct.pack("<Q", len(text)) + text + data)
