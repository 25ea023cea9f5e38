"""What apps add to `/healthz`'s body: each registers a report, a callable returning a JSON-able value.

The status code stays about serving pages (the database), so a report only informs. Each report runs in a
thread of its own and is given at most REPORT_SECONDS: a report that raises or is slower says
"unavailable", and a load balancer's check never waits on it. A report still running from an earlier
request is waited on again rather than started twice, so a stalled one holds one thread per process, not
one per request. Reports run outside the request's database connection: they must not use the database.
"""

import json
import logging
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as ReportTimeout

logger = logging.getLogger(__name__)

REPORT_SECONDS = 0.5
UNAVAILABLE = "unavailable"
# Load balancers ask every few seconds: a report that keeps failing is logged once a minute.
WARN_EVERY_SECONDS = 60
reports = {}
running = {}
running_lock = threading.Lock()
last_warned = {}


def register_health_report(name, report):
    """Add `name` to `/healthz`'s body with the value `report()` returns (registering a name again replaces it)."""
    reports[name] = report


def start(name, report):
    future = Future()

    def run():
        try:
            future.set_result(report())
        except Exception as error:
            future.set_exception(error)

    # A daemon: a report stalled on a storage that never answers must not keep a worker from exiting.
    threading.Thread(target=run, name=f"health-report-{name}", daemon=True).start()
    return future


def pending(name, report):
    """The report's call under way, or a new one when none is."""
    with running_lock:
        future = running.get(name)
        if future is None or future.done():
            future = running[name] = start(name, report)
        return future


def answer_within(name, report, seconds):
    """What `report()` returns, or TimeoutError after `seconds`; a call still under way under this name is
    waited on rather than started again. Also for an app's own pages that read a slow service."""
    return pending(name, report).result(timeout=seconds)


def warn(name, message, *args):
    now = time.monotonic()
    if now - last_warned.get(name, -WARN_EVERY_SECONDS) >= WARN_EVERY_SECONDS:
        last_warned[name] = now
        logger.warning(message, name, *args)


def health_reports():
    """{name: value} for every registered report, within REPORT_SECONDS for all of them together."""
    for name, report in list(reports.items()):
        pending(name, report)  # all started at once, so that together they take REPORT_SECONDS at most
    deadline = time.monotonic() + REPORT_SECONDS
    body = {}
    for name, report in list(reports.items()):
        try:
            value = answer_within(name, report, max(0.0, deadline - time.monotonic()))
            json.dumps(value)  # a value JSON cannot hold must not break the response
            body[name] = value
        except ReportTimeout:
            warn(name, "The %s health report took longer than %s s", REPORT_SECONDS)
            body[name] = UNAVAILABLE
        except Exception as error:
            warn(name, "The %s health report failed: %s", type(error).__name__)
            body[name] = UNAVAILABLE
    return body
