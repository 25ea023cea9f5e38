from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from booking.call_back_views import send_call_back_request
from booking.views import book
from clinic_site.views import moved_for_good, robots_txt
from pages.sitemap import EveryLanguageSitemap
from pages.views import serve_page
from site_search.views import search
from stats.views import visit_counter

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("book/", book, name="book"),
    path("v/<int:page_id>/<slug:language>.gif", visit_counter, name="visit_counter"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": EveryLanguageSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA:
    # Local development and the browser tests; production serves media from its web server or storage.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# English pages at /, Spanish ones at /es/: the address alone says the language, in its own words.
urlpatterns += i18n_patterns(
    path(pgettext_lazy("address", "search/"), search, name="search"),
    path(pgettext_lazy("address", "call-back/<int:page_id>/"), send_call_back_request, name="send_call_back_request"),
    # Spanish addresses once used these English words: bookmarks and search engines still have them.
    # (In English the patterns above answer first.)
    path("search/", moved_for_good("search")),
    path("call-back/<int:page_id>/", moved_for_good("send_call_back_request")),
    # Page addresses, as Wagtail's `wagtail_serve` pattern below names them, are answered here first: routed
    # from the cached home page of the address's language (pages/views.py).
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="page"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "clinic_site.views.bad_request"
handler500 = "clinic_site.views.server_error"
