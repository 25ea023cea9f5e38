"""Log records as one JSON object per line: time, level, logger, message and, for requests, method and path."""

import json
import logging
import traceback

# JSON allows these raw inside a string, but some log readers take them for line breaks.
LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_line(entry):
    """One JSON object on one line, whatever its strings hold (newlines, quotes, NUL, backslashes)."""
    return json.dumps(entry, ensure_ascii=False).translate(LINE_BREAKS)


def traceback_without_messages(error):
    """Each exception's frames and class, never its message: a message can quote what a visitor typed (a
    database error quoting the value it refused). The exceptions it came from follow, the same way."""
    parts, seen = [], set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = "".join(traceback.format_tb(error.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{type(error).__module__}.{type(error).__qualname__}")
        error = error.__cause__ or error.__context__
    return "\n\nwhile handling, or raised from:\n".join(parts)


class JSONFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            # Only where the request went: never its body, form fields, cookies or query string.
            entry["method"] = request.method
            entry["path"] = request.path
        status_code = getattr(record, "status_code", None)
        if status_code:
            entry["status"] = status_code
        if record.exc_info:
            entry["exception"] = traceback_without_messages(record.exc_info[1])
        return json_line(entry)
