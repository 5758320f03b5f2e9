"""Write the shipped JSON Schema, src/nmda_pain/interchange/registry.schema.json, from the model.

Run after changing a record type: ``python tools/generate_schema.py``.
tests/interchange/test_schema.py fails while the shipped copy differs from a fresh generation.
"""

import json
from pathlib import Path

from nmda_pain.interchange.schema import json_schema

TARGET = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "nmda_pain"
    / "interchange"
    / "registry.schema.json"
)

if __name__ == "__main__":
    TARGET.write_text(
        json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {TARGET}")
