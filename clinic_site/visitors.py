"""Whether a request is a person's visit, for counts: page views, booking clicks, call-back requests.

Read from the WSGI environ alone, so the page cache's WSGI front can ask before Django handles anything.
Only the answer is used: nothing here is stored or logged.

Not a person's visit: HEAD; a browser fetching a page ahead of time that may never be shown (prefetch,
prerender); a program that says what it is in its user agent (crawlers, link previews, scripts), or sends
none; staff (a session cookie). A bot that hides what it is still counts: the aim is honest numbers, not a
wall.
"""

import re
from functools import lru_cache

from clinic_site.front_settings import front_settings

# Words in a user agent that name a program rather than a person's browser. Case does not matter.
PROGRAM_WORDS = (
    "bot",  # Googlebot, bingbot, DuckDuckBot, YandexBot, Applebot, Twitterbot, LinkedInBot, Discordbot, …
    "crawler",
    "spider",  # Baiduspider, Sogou spider
    "preview",  # link previews (Skype, Teams, Google Web Preview)
    "facebookexternalhit",
    "slack",  # Slackbot, Slack-ImgProxy
    "whatsapp",
    "telegram",
    "curl",
    "wget",
    "python-requests",
    "python-urllib",
    "go-http-client",
    "headlesschrome",
    "lighthouse",
    "scan",  # vulnerability scanners (Qualys', masscan, Nessus' "scanner")
    "nmap",
    "sqlmap",
    "nikto",
    "zgrab",
    "httpclient",
)
# Headers browsers send with a fetch made ahead of time: Chrome's and Safari's, Chrome's older, Firefox's.
AHEAD_OF_TIME_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ", "HTTP_X_PURPOSE")
# What a Referer's host may be: a name or an address.
HOST_NAME = re.compile(r"[a-z0-9][a-z0-9.:-]{0,252}")


# Browsers send the same few user agents over and over: the answers for the latest are kept.
@lru_cache(maxsize=512)
def is_program(user_agent):
    lowered = user_agent.lower()
    return not lowered.strip() or any(word in lowered for word in PROGRAM_WORDS)


def is_fetched_ahead(environ):
    if environ.keys().isdisjoint(AHEAD_OF_TIME_HEADERS):
        return False  # the usual case, answered without reading a header
    return any("prefetch" in environ.get(name, "").lower() for name in AHEAD_OF_TIME_HEADERS) or (
        "prerender" in environ.get("HTTP_SEC_PURPOSE", "").lower()
    )


def is_staff(environ):
    cookies = environ.get("HTTP_COOKIE")
    return bool(cookies) and front_settings().session_cookie in cookies


def is_person(environ):
    """What says it is a person's browser, acting now, with no staff session."""
    return (
        not is_program(environ.get("HTTP_USER_AGENT", "")) and not is_fetched_ahead(environ) and not is_staff(environ)
    )


def is_person_visit(environ):
    """A person's GET: a page (or the booking link) opened to be seen."""
    return environ.get("REQUEST_METHOD") == "GET" and is_person(environ)


def referring_host(environ):
    """The Referer's host name, lower-cased and without its port; "" when there is none (or none this
    reads), and None when it is this site: moving from page to page is no new arrival. The rest of the
    address is never kept."""
    referer = environ.get("HTTP_REFERER", "")
    scheme, separator, rest = referer.partition("://")
    if not separator or scheme.lower() not in ("http", "https"):
        return ""
    host = host_name(re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2])
    if host == host_name(environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")):
        return None
    # A host name or an address, nothing else: whatever else a Referer holds is no source worth keeping.
    return host if HOST_NAME.fullmatch(host) else ""


def host_name(authority):
    """ "Example.com:8000" → "example.com"; "[::1]:80" → "::1"."""
    host = authority[1:].partition("]")[0] if authority.startswith("[") else authority.partition(":")[0]
    return host.lower().rstrip(".")
