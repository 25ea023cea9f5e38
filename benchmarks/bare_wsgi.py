"""The floor for a cache hit: a bare WSGI app that returns saved page bytes, under the same gunicorn settings.

`make bench` saves each page's HTML into BENCH_PAGES_DIR as <name>.html and serves it at the page's path.
"""

import json
import os
from pathlib import Path

PAGES_DIR = Path(os.environ["BENCH_PAGES_DIR"])
ROUTES = {
    path: (PAGES_DIR / f"{name}.html").read_bytes() for name, path in json.loads(os.environ["BENCH_PAGES"]).items()
}


def application(environ, start_response):
    body = ROUTES.get(environ["PATH_INFO"])
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]
