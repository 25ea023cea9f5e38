"""Counting page views where they are answered: the page cache's WSGI front (hits) and its middleware
(everything Django answers). The plumbing decides whether a response is a person's view of a page; what
is done with it belongs to the app that connects here (stats, from its AppConfig.ready()).

A receiver is called as `receiver(page_id, language, referring_host)` while the response is being sent,
so it must only note the view (in memory) and return at once. It never gets the request itself: the
Referer's host name is all it learns of the visitor ("" without one, None from the site's own pages).
"""

import logging

from clinic_site.front_settings import front_settings
from clinic_site.visitors import is_person_visit, referring_host

logger = logging.getLogger(__name__)
receivers = []


def connect(receiver):
    """Call `receiver` for each page view counted; connecting it again changes nothing."""
    if receiver not in receivers:
        receivers.append(receiver)


def disconnect(receiver):
    if receiver in receivers:
        receivers.remove(receiver)


def counts_page_views():
    """Whether the app counts the pages it answers. Behind a CDN (VISIT_COUNT_MODE "beacon") most views
    never reach it, so each page's counter image counts them all instead, and the pages count nothing."""
    return front_settings().visit_count_mode == "app"


def page_viewed(environ, view):
    """`view` is (page id, language) of the page a response showed, or None. Never fails the response."""
    if view is None or not receivers or not counts_page_views() or not is_person_visit(environ):
        return
    page_id, language = view
    host = referring_host(environ)
    for receiver in receivers:
        try:
            receiver(page_id, language, host)
        except Exception:  # noqa: BLE001 - a count is never worth a page
            logger.exception("A page view could not be counted.")
