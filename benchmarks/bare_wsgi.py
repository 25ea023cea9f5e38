"""The floor for a cache hit: a bare WSGI app that sends a hit's saved response, under the same gunicorn settings.

`make bench` saves each page as a cache hit answered it: the body into BENCH_PAGES_DIR as <name>.html, and
its headers (all but those gunicorn adds itself) as <name>.headers.json. This app sends both, byte for byte,
for the page's path. With BENCH_BODY_ONLY set it sends the body with only Content-Type and Content-Length,
to show what the headers cost.
"""

import json
import os
from pathlib import Path

PAGES_DIR = Path(os.environ["BENCH_PAGES_DIR"])
BODY_ONLY = bool(os.environ.get("BENCH_BODY_ONLY"))


def saved_response(name):
    body = (PAGES_DIR / f"{name}.html").read_bytes()
    if BODY_ONLY:
        headers = [("Content-Type", "text/html; charset=utf-8")]
    else:
        headers = [tuple(header) for header in json.loads((PAGES_DIR / f"{name}.headers.json").read_text())]
    return body, [*headers, ("Content-Length", str(len(body)))]


ROUTES = {path: saved_response(name) for name, path in json.loads(os.environ["BENCH_PAGES"]).items()}


def application(environ, start_response):
    found = ROUTES.get(environ["PATH_INFO"])
    if found is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    body, headers = found
    start_response("200 OK", headers)
    return [body]
