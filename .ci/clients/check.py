"""Calls every GET operation of the OpenAPI document through the generated Python client.

Usage: python3 check.py SPEC_JSON BASE_URL
The client package (opendetainers_client) must be installed. Path parameters are taken from the
first row of the listing above the path (/v1/figures/{id} <- /v1/figures data[0].id); enumerated
parameters are tried with each value; an operation with date parameters is called once more with
each set to its example (a datetime.date). A JSON answer must come back as a model whose non-null
values are as many as the service sent (nothing dropped); a download must come back as the file's
bytes. Prints one line per call and 'N passed, N failed'; exits 1 on any failure.
"""
import datetime
import json
import keyword
import re
import sys
import urllib.parse
import urllib.request

import opendetainers_client as client

spec_path, base = sys.argv[1], sys.argv[2].rstrip("/")
spec = json.load(open(spec_path))
api_client = client.ApiClient(client.Configuration(host=base))


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def api_of(tag):
    return getattr(client, re.sub(r"[^A-Za-z0-9]", "", tag.title()) + "Api")(api_client)


def leaves(value):
    """Non-null scalar values in a JSON-like tree."""
    if isinstance(value, dict):
        return sum(leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaves(v) for v in value)
    return 0 if value is None else 1


def raw(path):
    with urllib.request.urlopen(base + path) as r:
        return r.read()


operations = []
for path, item in sorted(spec["paths"].items()):
    op = item.get("get")
    if op and path.startswith("/v1"):
        operations.append((path, op))

first_rows = {}


def first_row(listing_path):
    if listing_path not in first_rows:
        first_rows[listing_path] = json.loads(raw(listing_path))["data"][0]
    return first_rows[listing_path]


passed = failed = 0
for path, op in operations:
    op_ok = True
    variants = [{}]
    for p in op.get("parameters", []):
        if p.get("in") != "path":
            continue
        enum = p.get("schema", {}).get("enum")
        if p["name"] == "extension" and not enum:
            enum = ["csv"]  # the spec before it declared the extensions
        if enum:
            variants = [dict(v, **{p["name"]: e}) for v in variants for e in enum]
        else:
            listing = path[: path.index("/{")]
            value = first_row(listing)[p["name"]]
            variants = [dict(v, **{p["name"]: value}) for v in variants]
    # once more with every date parameter set to its example, as a typed date
    dates = {p["name"]: p["example"] for p in op.get("parameters", [])
             if p.get("in") == "query" and p.get("schema", {}).get("format") == "date"}
    calls = [(args, {}) for args in variants] + ([(variants[0], dates)] if dates else [])
    for args, query in calls:
        url_path = path
        for k, v in args.items():
            url_path = url_path.replace("{" + k + "}", v)
        if query:
            url_path += "?" + urllib.parse.urlencode(query)
        label = f"{op['operationId']} {url_path}"
        try:
            method = getattr(api_of(op["tags"][0]), snake(op["operationId"]))
            kwargs = dict(args)
            for name, example in query.items():
                kwargs[("var_" + name) if keyword.iskeyword(name) else name] = datetime.date.fromisoformat(example)
            answer = method(**kwargs)
            body = raw(url_path)
            if isinstance(answer, (bytes, bytearray)):
                assert bytes(answer) == body, f"{len(answer)} bytes, not the {len(body)} served"
            else:
                assert hasattr(answer, "to_dict"), f"untyped answer: {type(answer).__name__}"
                typed, sent = leaves(answer.to_dict()), leaves(json.loads(body))
                assert typed == sent, f"{type(answer).__name__} holds {typed} values of the {sent} sent"
            print(f"ok   {label} -> {type(answer).__name__}")
        except Exception as e:  # noqa: BLE001 - every failure is reported and counted
            print(f"FAIL {label}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
            op_ok = False
    if op_ok:
        passed += 1
    else:
        failed += 1

print(f"python client: {len(operations)} GET operations, each with every value of its enumerated path parameters")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
