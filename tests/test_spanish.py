"""The Spanish site at /es/: pages, wording, links between the languages, search and caches."""

import json
import re

import polib
import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.utils import translation

from clinic_site.views import server_error
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db

CATALOGUE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
# Catalogue entries that are date and time formats, not words.
FORMATS = {"F j, Y", "F Y", "F j", "l, F j", "g A", "g:i A"}


def english_wording():
    """A pattern for each English string of the catalogue, as it would read on a page."""
    patterns = {}
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.msgid in FORMATS:
            continue
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            words = re.sub(r"<[^>]+>", "", msgid)  # a page's visible text has no tags
            parts = [part.strip() for part in re.split(r"%\(\w+\)s", words) if part.strip()]
            if not re.search(r"[A-Za-z]", "".join(parts)):
                continue  # only placeholders and punctuation, as in "%(day)s, %(hours)s"
            # Whole words only: "to" is not the start of "todas".
            words_only = [rf"\b{re.escape(part)}" if part[0].isalnum() else re.escape(part) for part in parts]
            words_only = [rf"{part}\b" if part[-1].isalnum() else part for part in words_only]
            patterns[msgid] = re.compile(r"\s*.+?\s*".join(words_only))
    return patterns


def test_every_spanish_page_is_spanish(client, spanish_urls):
    """No English template wording on any Spanish page (the catalogue lists every English string)."""
    patterns = english_wording()
    urls = [*spanish_urls, "/es/buscar/?q=ketamina", "/es/buscar/?q=xilofono", "/es/no-existe/"]
    assert len(spanish_urls) == 19
    urls += ["/es/ubicaciones/chandler/", "/es/nuestro-equipo/sam-sample/", "/es/le-llamamos/gracias/"]
    urls += ["/es/temas/migrana/", "/es/temas/infusiones-de-ketamina/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == (404 if "no-existe" in url else 200), url
        page = soup(response)
        assert page.html["lang"] == "es", url
        for marked in page.html.select("[lang]:not([lang^=es])"):
            marked.decompose()  # English marked as English is read as English
        text = " ".join(page.get_text(" ").split())
        english = [msgid for msgid, pattern in patterns.items() if pattern.search(text)]
        assert english == [], url


def test_the_english_check_would_catch_english(client, contact_page):
    patterns = english_wording()
    text = visible_text(client.get(contact_page.url))
    assert patterns["Skip to main content"].search(text) and patterns["Opening hours"].search(text)


def test_the_language_switcher_leads_to_the_same_page(client, fibromyalgia, fibromyalgia_es):
    link = soup(client.get(fibromyalgia.url)).select_one(".language-switcher a")
    assert (link["href"], link["lang"], link["hreflang"], link.get_text()) == (
        fibromyalgia_es.url,
        "es",
        "es",
        "Español",
    )
    link = soup(client.get(fibromyalgia_es.url)).select_one(".language-switcher a")
    assert (link["href"], link["lang"], link.get_text()) == (fibromyalgia.url, "en", "English")


def test_a_page_without_a_translation_links_to_the_other_home(client, home):
    from pages.models import StandardPage

    page = home.add_child(instance=StandardPage(title="Parking", body=[]))
    link = soup(client.get(page.url)).select_one(".language-switcher a")
    assert link["href"] == "/es/"
    assert not soup(client.get(page.url)).find("link", rel="alternate")


def test_search_switches_language_keeping_the_query(client):
    link = soup(client.get("/search/?q=pain")).select_one(".language-switcher a")
    assert link["href"] == "/es/buscar/?q=pain"
    link = soup(client.get("/es/buscar/?q=dolor&page=2")).select_one(".language-switcher a")
    assert link["href"] == "/search/?q=dolor&page=2"


def test_spanish_search_has_a_spanish_address_and_the_old_one_moves_there(client):
    header_search = soup(client.get("/es/")).find("form", role="search")
    assert header_search["action"] == "/es/buscar/"
    response = client.get("/es/search/?q=dolor")
    assert response.status_code == 301 and response["Location"] == "/es/buscar/?q=dolor"
    assert client.get("/es/search/")["Location"] == "/es/buscar/"
    assert client.get("/buscar/?q=dolor").status_code == 404  # English search stays at /search/
    results = client.get("/es/buscar/?q=dolor")
    assert results["X-Robots-Tag"] == "noindex"
    assert soup(results).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_pages_name_their_other_language_versions(client, fibromyalgia, fibromyalgia_es):
    for url in (fibromyalgia.url, fibromyalgia_es.url):
        links = {link["hreflang"]: link["href"] for link in soup(client.get(url)).find_all("link", rel="alternate")}
        assert links == {
            "en": fibromyalgia.full_url,
            "es": fibromyalgia_es.full_url,
            "x-default": fibromyalgia.full_url,
        }


def test_json_ld_says_the_language(client, fibromyalgia_es):
    data = json.loads(soup(client.get(fibromyalgia_es.url)).find("script", type="application/ld+json").string)
    by_type = {item["@type"]: item for item in data["@graph"]}
    assert by_type["MedicalWebPage"]["inLanguage"] == "es"
    assert by_type["FAQPage"]["inLanguage"] == "es"


def test_spanish_article_reads_in_spanish_style(client, fibromyalgia_es):
    text = visible_text(client.get(fibromyalgia_es.url))
    assert "Publicado el 12 de octubre de 2026" in text
    assert "En resumen" in text and "Preguntas frecuentes" in text and "Referencias" in text
    assert "llame al 988 y marque 2" in text and "AYUDA al 988" in text  # the Lifeline in Spanish
    assert "Reserve una consulta" in text and "Reservar en línea" in text
    hours = visible_text(client.get("/es/ubicaciones/chandler/")).replace(" (hoy)", "")
    assert "De lunes a viernes, de 9:00 a. m. a 5:00 p. m." in hours and "De sábado a domingo: cerrado" in hours


def test_spanish_wording_of_the_clinic_details_is_edited_in_the_settings(client, clinic, home_es):
    clinic.booking_heading_es = "Pida su cita hoy"
    clinic.save()
    assert "Pida su cita hoy" in visible_text(client.get(home_es.url))
    assert "Pida su cita hoy" not in visible_text(client.get("/"))


def test_spanish_search_finds_spanish_pages_only(client, fibromyalgia, fibromyalgia_es):
    links = [a["href"] for a in soup(client.get("/es/buscar/?q=ketamina")).select(".search-results h2 a")]
    assert fibromyalgia_es.url in links
    assert all(link.startswith("/es/") for link in links)
    english = [a["href"] for a in soup(client.get("/search/?q=ketamine")).select(".search-results h2 a")]
    assert fibromyalgia.url in english and not any(link.startswith("/es/") for link in english)


def test_spanish_404_page(client):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text() == "Lo sentimos, no encontramos esa página"
    assert page.find("main").find("a", href="/es/")
    assert page.find("main").find("a", href="/es/afecciones-y-tratamientos/")


def test_spanish_500_page_renders_without_the_database(client, django_assert_num_queries):
    client.get("/es/")  # leaves the clinic's contact card in the cache
    with translation.override("es"), django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/es/"))
    page = soup(response)
    assert page.html["lang"] == "es"
    assert page.h1.get_text() == "Lo sentimos, algo falló de nuestro lado"
    assert page.find("a", href="/es/afecciones-y-tratamientos/")
    assert page.find("a", href="tel:4803064372")


def test_the_language_comes_from_the_address_alone(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200 and soup(response).html["lang"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")
    assert client.get("/es/", HTTP_ACCEPT_LANGUAGE="en").status_code == 200


@override_settings(PAGE_CACHE_SECONDS=300)
def test_the_page_cache_keeps_each_language_apart(client, clinic, home_es, django_capture_on_commit_callbacks):
    assert soup(client.get("/")).html["lang"] == "en"
    assert soup(client.get("/es/")).html["lang"] == "es"
    assert client.get("/es/")["X-Page-Cache"] == "hit"
    assert soup(client.get("/es/")).html["lang"] == "es"
    with django_capture_on_commit_callbacks(execute=True):
        clinic.booking_heading_es = "Pida su cita hoy"
        clinic.save()  # a new content generation: Spanish pages are rendered again
    assert "Pida su cita hoy" in visible_text(client.get("/es/"))


def test_spanish_articles_wait_for_a_medical_reviewer(fibromyalgia_es):
    assert fibromyalgia_es.get_workflow().name == "Medical review"


def test_a_translated_article_index_gets_the_medical_review(article_index):
    from wagtail.models import Locale

    french = Locale.objects.create(language_code="fr")
    index_fr = article_index.copy_for_translation(french, copy_parents=True)
    assert index_fr.get_workflow().name == "Medical review"


def test_without_spanish_pages_spanish_addresses_are_not_found(client, home, home_es):
    from pages.models import StandardPage

    home.add_child(instance=StandardPage(title="Parking", slug="parking", body=[]))
    assert client.get("/parking/").status_code == 200
    home_es.unpublish()
    assert client.get("/es/parking/").status_code == 404  # never an English page under a Spanish address
    assert client.get("/es/").status_code == 404
    assert not soup(client.get("/")).select(".language-switcher a")


def article_outline(client, article):
    """What a reader can count on an article: its headings, list items, FAQs, side effects and references."""
    main = soup(client.get(article.url)).find("main")
    return {
        "headings": [tag.name for tag in main.find_all(["h2", "h3"])],
        "list items": len(main.select(".page-body li")),
        "questions": len(main.select(".faq__item")),
        "side effects": len(main.select(".side-effects li")),
        "references": len(main.select(".references li")),
    }


def test_each_spanish_article_has_the_same_parts_as_the_english(client, fibromyalgia, pain_article):
    from wagtail.models import Locale

    spanish = Locale.objects.get(language_code="es")
    for article in (fibromyalgia, pain_article):
        outline = article_outline(client, article)
        assert outline["questions"] and outline["side effects"] and outline["references"]
        assert article_outline(client, article.get_translation(spanish)) == outline, article.slug


def test_every_demo_article_is_reviewed_before_it_is_published(fibromyalgia, pain_article):
    for article in (fibromyalgia, pain_article):
        for version in article.get_translations(inclusive=True).specific():
            assert version.last_reviewed <= version.date_published, version.url


# Shared by both languages, and not words a patient reads: the site's files and Wagtail's document
# downloads (named by the uploaded file). `/book/` stays one address too: it only ever redirects (to the
# booking system, or to the contact page in the page's language), robots.txt keeps crawlers out of it,
# and its counts are kept per page, whatever the language.
SHARED_PREFIXES = ("/static/", "/media/", "/documents/", "/book/")


def linked_addresses(response, site_url, language):
    """(every site path the page names: links, form actions, canonical and alternate links; the pages a
    patient can go on to: links, and search forms sent with a word), leaving out what is marked as in
    another language (the page's other versions, a document only in English)."""
    html = soup(response)
    named, onward = set(), set()
    for tag, attribute in (("a", "href"), ("form", "action"), ("link", "href")):
        for element in html.find_all(tag, attrs={attribute: True}):
            if not element.get("hreflang", language).startswith(language):
                continue
            address = element[attribute].removeprefix(site_url).split("#")[0]
            if not address.startswith("/") or address.startswith(("//", *SHARED_PREFIXES)):
                continue
            named.add(address)
            if tag == "a":
                onward.add(address)
            elif tag == "form" and element.get("method") == "get":
                onward.add(address + "?q=ketamina")
    return named, onward


def crawl(client, site_url, language, start):
    """{address: the site paths it names} for every page reached from `start` in `language`."""
    in_language = (lambda path: path.startswith("/es/")) if language == "es" else (lambda path: path[:4] != "/es/")
    to_visit, found = list(start), {}
    while to_visit:
        address = to_visit.pop()
        if address in found:
            continue
        response = client.get(address)
        assert response.status_code in (200, 404), address
        found[address], onward = linked_addresses(response, site_url, language)
        to_visit += [link for link in onward if in_language(link) and link not in found]
    return found


def address_words(address):
    return set(re.findall(r"[a-z]+", address.split("?")[0].lower()))


def test_spanish_pages_link_no_address_with_an_english_word(client, site, spanish_urls):
    """English words are those of the English site's addresses; names of places and people are the same in
    both languages."""
    from booking.models import CallBackPage
    from clinic.models import Location
    from people.models import Clinician

    def confirmation(language):
        page = CallBackPage.objects.get(locale__language_code=language)
        with translation.override(language):
            return page.url + page.reverse_subpage("thanks")

    english = crawl(client, site.root_url, "en", ["/", "/no-such-page/", confirmation("en")])
    english_words = set().union(*(address_words(address) for links in english.values() for address in links))
    assert {"search", "call", "back", "conditions", "treatments"} <= english_words
    spanish = crawl(client, site.root_url, "es", ["/es/", "/es/no-existe/", confirmation("es")])
    assert set(spanish_urls) <= set(spanish), "every live Spanish page is reached"
    sitemap = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    spanish["/sitemap.xml"] = {
        address.removeprefix(site.root_url) for address in sitemap if address.startswith(site.root_url + "/es/")
    }
    assert spanish["/sitemap.xml"] >= set(spanish_urls)

    # A location's or a clinician's address ends with their name, as in English.
    names = {*Location.objects.values_list("slug", flat=True), *Clinician.objects.values_list("slug", flat=True)}
    english_met = {}
    for page, links in spanish.items():
        for link in {page, *links}:
            path = "/".join(part for part in link.split("?")[0].split("/") if part not in names)
            if words := address_words(path) & english_words:
                english_met[link] = sorted(words)
    assert english_met == {}
