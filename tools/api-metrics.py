#!/usr/bin/env python3
"""How complete an API description is: python3 tools/api-metrics.py docs/openapi/command-api.json [...]"""
import json
import sys


def metrics(path):
    api = json.load(open(path, encoding="utf-8"))
    schemas = api.get("components", {}).get("schemas", {})
    operations = [op for item in api["paths"].values() for method, op in item.items()
                  if method in ("get", "post", "put", "patch", "delete")]
    with_errors = sum(1 for op in operations if any(s[0] in "45" for s in op.get("responses", {})))
    bodies = set()
    for op in operations:
        for media in op.get("requestBody", {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if ref:
                bodies.add(ref.rsplit("/", 1)[-1])
    complete = sum(1 for b in bodies if schemas.get(b, {}).get("required") and "example" in schemas.get(b, {}))
    properties = [p for s in schemas.values() for p in s.get("properties", {}).values()]
    described = sum(1 for p in properties if p.get("description"))
    parameters = [p for op in operations for p in op.get("parameters", [])]
    params_described = sum(1 for p in parameters if p.get("description"))
    print(f"{path}: operations with documented error responses {with_errors}/{len(operations)}; "
          f"request schemas with required and example {complete}/{len(bodies)}; "
          f"properties described {described}/{len(properties)}; parameters described {params_described}/{len(parameters)}")


for file in sys.argv[1:]:
    metrics(file)
