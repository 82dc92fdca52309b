"""Write the example data of docs/examples/rules/ from the shipped made-up example.

``example-2021-sketch.yaml`` is standards/yot/examples/example-2020.yaml as it would be
recorded under the 2021 sketch (docs/examples/rules/yot-2021-sketch.framework): standard 3.4
is judged by the inspector, so its key questions are no longer answered case by case; the
resettlement standard 4.1 has a judgement; and the ratings panel has decided one key
question's band. Run from the repository:  python tools/make_rules_examples.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "standards" / "yot" / "examples" / "example-2020.yaml"
TARGET = REPO / "docs" / "examples" / "rules" / "example-2021-sketch.yaml"

HEADER = """\
# MADE-UP EXAMPLE DATA, recorded under the 2021 sketch (yot-2021-sketch.framework beside this
# file). It is standards/yot/examples/example-2020.yaml with what the sketch changes: 3.4 is
# judged by the inspector (so no case answers 3.4.1 or 3.4.2), the resettlement standard 4.1
# has a judgement, and the ratings panel decided the band of key question 2.4.3. Written by
# tools/make_rules_examples.py; do not edit by hand.
"""


def sketch_2021(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out.pop("framework", None)  # recorded under the sketch itself, named by the expectations
    out["service"] = "Exampleshire Youth Justice Service (made-up example data, 2021 sketch)"
    cases = []
    for case in data["cases"]:
        case = dict(case)
        case["answers"] = {k: v for k, v in case["answers"].items() if not k.startswith("3.4.")}
        cases.append(case)
    judged = dict(data.pop("domain1"))
    out.pop("domain1", None)
    judged["3.4"] = {
        "rating": "Good",
        "evidence": "Joint decision-making with the police is timely and well recorded (made-up evidence).",
    }
    judged["4.1"] = {
        "rating": "Requires improvement",
        "evidence": "There is no written resettlement policy yet (made-up evidence).",
    }
    out["judgements"] = judged
    out["cases"] = cases
    out["discretion"] = {
        "2.4.3": {
            "rating": "Requires improvement",
            "reason": "One differing judgement would have moved 2.4.3 into Requires improvement, "
            "and the other reviewing questions are Good (made-up decision).",
        }
    }
    order = ["format", "service", "fieldwork", "judgements", "cases", "discretion"]
    return {k: out[k] for k in order if k in out} | {k: v for k, v in out.items() if k not in order}


def main() -> None:
    data = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    body = yaml.safe_dump(sketch_2021(data), sort_keys=False, allow_unicode=True, width=100)
    TARGET.write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")


if __name__ == "__main__":
    main()
