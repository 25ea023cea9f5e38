"""An email to the people in ERROR_EMAIL_TO when a visitor gets the error page (500), at most one an hour
for each distinct error.

The email names the address (path only), the exception's class and the places in the code it went
through (file, line, function): never the exception's message, which can quote what a patient typed
(`invalid literal for int(): '...'`, a database refusing a value), nor form contents, cookies,
headers, the query string or any variable's value. Django's AdminEmailHandler sends all of those,
which is why it is not used.

One error is one exception class, raised at the same line, from the same line of the site's own code,
on the same URL pattern (the route, not the path): when the database fails every page fails with it,
and one email per page address would be one per page a crawler visits. Each worker remembers what it
has sent for an hour, and the shared cache tells every worker what any of them sent; when the cache
fails, each worker still sends at most one an hour. Everything slow happens in a thread of its own,
so the error page never waits for the mail server, and a mail failure is logged (without details)
and forgotten.
"""

import hashlib
import logging
import threading
import time
import traceback
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.utils import timezone

THROTTLE_SECONDS = 60 * 60
MOST_FRAMES = 40  # the innermost ones: a deep recursion would otherwise fill the email
logger = logging.getLogger(__name__)


class MemoryThrottle:
    """What this process has sent in the last hour, so that it sends each error once an hour whatever
    the shared cache does."""

    def __init__(self, seconds=THROTTLE_SECONDS):
        self.seconds = seconds
        self.sent_at = {}
        self.lock = threading.Lock()

    def claim(self, key):
        """True the first time `key` is seen in `seconds`; then False until they have passed."""
        now = time.monotonic()
        with self.lock:
            self.sent_at = {known: at for known, at in self.sent_at.items() if now - at < self.seconds}
            if key in self.sent_at:
                return False
            self.sent_at[key] = now
            return True


def claimed_in_shared_cache(key):
    """False when another worker has sent this error within the hour; True when this one should send
    it, or when the cache cannot say (the site's cache backends answer a miss rather than fail)."""
    cache_key = f"error-mail:{key}"
    try:
        if cache.add(cache_key, 1, THROTTLE_SECONDS):
            return True
        return cache.get(cache_key) is None  # not added yet not there: the cache is failing
    except Exception:  # noqa: BLE001 - the cache is an accelerator; the memory throttle still holds
        return True


def in_project(filename):
    """Code of the site's own, not of a library installed beside it."""
    path = Path(filename)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


def code_place(filename, lineno, function):
    """`pages/views.py, line 12, in serve_page`: the file relative to the project when it is in it."""
    path = Path(filename)
    if path.is_relative_to(settings.BASE_DIR):
        path = path.relative_to(settings.BASE_DIR)
    return f"{path}, line {lineno}, in {function}"


def frames_of(error):
    """Where the exception went, outermost first, each with whether it is the site's own code: file, line
    and function only, never variables."""
    frames = [
        (code_place(frame.f_code.co_filename, lineno, frame.f_code.co_name), in_project(frame.f_code.co_filename))
        for frame, lineno in traceback.walk_tb(error.__traceback__)
    ]
    return frames[-MOST_FRAMES:] or [("(no place recorded)", False)]


def class_name(error):
    kind = type(error)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def causes_of(error):
    """The classes of the exceptions this one was raised from or while handling, innermost last."""
    causes, seen = [], {id(error)}
    while (error := error.__cause__ or error.__context__) is not None and id(error) not in seen:
        seen.add(id(error))
        causes.append(class_name(error))
    return causes


def printable_path(request):
    """The path, with anything that is not a printable character escaped (it goes into a header)."""
    return quote(request.path, safe="/-._~!$&'()*+,;=:@%")[:200]


def site_host(request):
    try:
        return request.get_host()
    except Exception:  # noqa: BLE001 - a host the settings refuse; the site's first one then
        return next(iter(settings.ALLOWED_HOSTS), "the site")


class ServerError:
    """What the email says about one error, taken from the request before the request ends."""

    def __init__(self, record):
        request, error = record.request, record.exc_info[1]
        match = getattr(request, "resolver_match", None)
        self.path = printable_path(request)
        self.method = request.method if request.method.isalpha() else "?"
        self.route = match.route if match else "(before the address was routed)"
        self.error_class = class_name(error)
        self.causes = causes_of(error)
        frames = frames_of(error)
        self.frames = [place for place, _ in frames]
        # Where the site's own code called what failed: a database error is raised in the same library
        # line whichever query failed.
        self.own_place = next((place for place, own in reversed(frames) if own), "(not in the site's code)")
        self.host = site_host(request)
        self.time = timezone.now().isoformat(timespec="seconds")

    def key(self):
        """Same class, raised at the same place from the same line of the site, on the same URL pattern."""
        text = "\n".join([self.error_class, self.frames[-1], self.own_place, self.route])
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    def subject(self):
        return f"Server error on {self.host}: {self.error_class.rsplit('.', 1)[-1]} at {self.path}"

    def body(self):
        lines = [
            "A visitor was shown the site's error page (500).",
            "",
            f"Address: {self.method} {self.path}",
            f"URL pattern: {self.route}",
            f"Error: {self.error_class}",
            *[f"Raised while handling: {cause}" for cause in self.causes],
            f"Time: {self.time}",
            "",
            f"In the site's code: {self.own_place}",
            "",
            "Where it happened (innermost last):",
            *[f"  {frame}" for frame in self.frames],
            "",
            "The error's own message, the form's contents, cookies, headers and the query string are",
            "left out, as they can hold what a visitor typed. The server's log (standard output) has",
            "the full traceback of each occurrence.",
            "No other email is sent for this error on this URL pattern for the next hour.",
        ]
        return "\n".join(lines) + "\n"


def send(server_error, recipients):
    try:
        if not claimed_in_shared_cache(server_error.key()):
            return
        message = EmailMessage(server_error.subject(), server_error.body(), settings.SERVER_EMAIL, recipients)
        message.send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - a mail failure must not reach anyone; only its kind is logged
        logger.warning("The server error email could not be sent (%s).", type(error).__name__)


class ErrorMailHandler(logging.Handler):
    """Attached to `django.request`: emails uncaught exceptions that ended in the error page."""

    def __init__(self, recipients=None, level=logging.ERROR):
        super().__init__(level)
        self.recipients = list(recipients or settings.ERROR_EMAIL_TO)
        self.throttle = MemoryThrottle()

    def emit(self, record):
        if not self.is_server_error(record):
            return
        try:
            server_error = ServerError(record)
            if self.throttle.claim(server_error.key()):
                threading.Thread(target=send, args=(server_error, self.recipients), daemon=True).start()
        except Exception:  # noqa: BLE001 - reporting an error must never make another one
            logger.warning("The server error email could not be prepared.")

    def is_server_error(self, record):
        return (
            bool(self.recipients)
            and record.exc_info is not None
            and record.exc_info[1] is not None
            and getattr(record, "status_code", 500) >= 500
            and hasattr(getattr(record, "request", None), "path")
        )
