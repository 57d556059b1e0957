"""Altur's side of a webhook delivery, in Python's standard library only: the
judge of `altur_api::webhook` in the tests crate.

Reads one JSON request per line on stdin and writes one JSON answer per line:

  {"render": "<style>", "body": "<base64>"}
      The body re-rendered as Altur's Python might send it: "compact"
      (separators=(",", ":")), "spaced" (json.dumps' defaults) or "pretty"
      (indent=2, non-ASCII left as UTF-8). -> {"body": "<base64>"}

  {"sign": "<secret>", "body": "<base64>"}
      The signatures of the body, in both schemes Altur's pages document:
      "current": base64 of HMAC-SHA256 keyed with the base64-decoded secret
      over json.dumps(json.loads(body), separators=(",", ":")), or null when
      Python cannot read the body as JSON; "legacy": the lowercase hex
      HMAC-SHA256 keyed with the secret's UTF-8 bytes over the raw body;
      "compact": base64 of the compact bytes (or null).
"""

import base64
import hashlib
import hmac
import json
import sys


def compact(body):
    try:
        return json.dumps(json.loads(body), separators=(",", ":")).encode("utf-8")
    except (ValueError, RecursionError):
        return None


def render(style, body):
    value = json.loads(body)
    if style == "compact":
        text = json.dumps(value, separators=(",", ":"))
    elif style == "spaced":
        text = json.dumps(value)
    elif style == "pretty":
        text = json.dumps(value, indent=2, ensure_ascii=False)
    else:
        raise SystemExit(f"unknown style {style!r}")
    return text.encode("utf-8")


def sign(secret, body):
    message = compact(body)
    current = None
    if message is not None:
        digest = hmac.new(base64.b64decode(secret), message, hashlib.sha256).digest()
        current = base64.b64encode(digest).decode("ascii")
    legacy = hmac.new(
        key=secret.encode("utf-8"), msg=body, digestmod=hashlib.sha256
    ).hexdigest()
    return {
        "current": current,
        "legacy": legacy,
        "compact": None if message is None else base64.b64encode(message).decode("ascii"),
    }


for line in sys.stdin:
    request = json.loads(line)
    body = base64.b64decode(request["body"])
    if "render" in request:
        answer = {"body": base64.b64encode(render(request["render"], body)).decode("ascii")}
    else:
        answer = sign(request["sign"], body)
    print(json.dumps(answer), flush=True)
