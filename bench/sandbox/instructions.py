#!/usr/bin/env python3
"""Instructions per request of the sandbox and of the floor, counted by
callgrind in the server's process alone (the requests come from this
script, which callgrind does not trace): the difference between a run of
MANY requests and one of FEW leaves out start-up. Callgrind counts the same
on every run whatever else the machine does.

    cargo build --release -p altur-bench-sandbox --bin sandbox-serve
    python3 bench/sandbox/instructions.py [target/release/sandbox-serve]

Standard library only."""

import http.client
import json
import subprocess
import sys

FEW, MANY = 200, 1200
SERVE = sys.argv[1] if len(sys.argv) > 1 else "target/release/sandbox-serve"


def count(server, request, n):
    child = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", SERVE, server],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = json.loads(child.stdout.readline())
    host = line["url"].removeprefix("http://")
    connection = http.client.HTTPConnection(host, timeout=120)
    headers = {"authorization": line["authorization"], "content-type": "application/json"}
    what = line[request]
    for _ in range(n):
        if request == "send":
            connection.request("POST", what["path"], body=what["body"].encode(), headers=headers)
        else:
            connection.request("GET", what["path"], headers=headers)
        response = connection.getresponse()
        response.read()
        assert response.status == 200, (server, request, response.status)
    connection.close()
    _, stderr = child.communicate()
    for text in stderr.splitlines():
        if "Collected : " in text:
            return int(text.split("Collected : ")[1])
    raise SystemExit("no instruction count from callgrind:\n" + stderr)


def per_request(server, request):
    return (count(server, request, MANY) - count(server, request, FEW)) / (MANY - FEW)


print("| request | sandbox instructions | floor instructions | floor / sandbox |")
print("|---|---|---|---|")
for request, name in [("send", "Send Message"), ("page", "a page of 50 campaign contacts")]:
    sandbox = per_request("sandbox", request)
    floor = per_request("floor", request)
    print(f"| {name} | {sandbox:,.0f} | {floor:,.0f} | {floor / sandbox:.3f} |")
