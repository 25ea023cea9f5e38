"""Where a visit came from, coarsely, from the Referer's host name alone (clinic_site.visitors hands over
nothing else): a search engine, a social network, another site (its host name), or none at all."""

from functools import lru_cache

from .models import VisitSource

# Host names are matched by their labels: "google." matches www.google.com and google.co.uk;
# "t.co" matches t.co itself and its subdomains only.
SEARCH_ENGINES = (
    "google.",
    "bing.",
    "duckduckgo.",
    "yahoo.",
    "ecosia.",
    "baidu.",
    "yandex.",
    "search.brave.",
    "startpage.",
    "qwant.",
    "aol.",
    "naver.",
    "seznam.",
    "kagi.",
)
SOCIAL_NETWORKS = (
    "facebook.",
    "instagram.",
    "t.co",
    "x.com",
    "twitter.",
    "linkedin.",
    "lnkd.in",
    "reddit.",
    "pinterest.",
    "tiktok.",
    "youtube.",
    "youtu.be",
    "whatsapp.",
    "threads.net",
    "bsky.app",
    "mastodon.",
    "nextdoor.",
    "quora.",
)


def matches(host, name):
    """`host` is `name` or under it; a name ending in a dot stands for any ending (google.com, google.es)."""
    labels = host.split(".")
    if name.endswith("."):
        stem = name[:-1].split(".")
        return any(labels[i : i + len(stem)] == stem and i + len(stem) < len(labels) for i in range(len(labels)))
    return host == name or host.endswith("." + name)


@lru_cache(maxsize=512)  # the same few hosts send most visits
def source_of(host):
    """(kind, host name kept) for a Referer's host ("" for none): the host name only for another site."""
    if not host:
        return VisitSource.Kind.DIRECT.value, ""
    if any(matches(host, name) for name in SEARCH_ENGINES):
        return VisitSource.Kind.SEARCH.value, ""
    if any(matches(host, name) for name in SOCIAL_NETWORKS):
        return VisitSource.Kind.SOCIAL.value, ""
    return VisitSource.Kind.SITE.value, host
