"""gunicorn's access log as one JSON object per request (gunicorn.conf.py names this logger class).

gunicorn's own format pastes the raw path into the line, so a path holding a newline, a backslash or
a NUL byte would split or break it; here every value is encoded by the JSON encoder.
"""

import time
from urllib.parse import unquote, urlsplit

from gunicorn import glogging

from clinic_site.logging import json_line


def requested_path(environ):
    """The path as the visitor sent it, decoded as UTF-8, without the query string. Not PATH_INFO, which
    Django rewrites in place while the request is handled."""
    raw = environ.get("RAW_URI") or environ.get("PATH_INFO", "")
    if not raw.startswith("/"):  # an absolute URI (GET http://host/path), or "*"
        raw = urlsplit(raw).path or raw
    return unquote(raw.split("?", 1)[0], errors="replace")


class JSONAccessLogger(glogging.Logger):
    """Method, path, status, bytes and duration; never the visitor's address, user agent or query string."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "method": environ.get("REQUEST_METHOD"),
            "path": requested_path(environ),
            "status": int(status),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000),
        }
        self.access_log.info(json_line(entry))
