"""Search as patients use it, in English and in Spanish, on SQLite and (with DATABASE_URL) PostgreSQL alike:
plurals, verb forms, capitals, missing accents, one-letter typos, editors' synonyms and promoted pages; what is
counted of a search, the cache of results and the limit on a flood of searches."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from site_search.models import SearchSynonyms
from site_search.results import results_key
from stats.models import PageViews, SearchTerm
from tests.html import soup
from tests.servers import STOPPED_REDIS

pytestmark = pytest.mark.django_db

MIGRAINE = "/conditions-treatments/ketamine-therapy-chronic-pain-migraine/"
FIBROMYALGIA = "/conditions-treatments/ketamine-therapy-fibromyalgia/"
MIGRAINE_ES = "/es/afecciones-y-tratamientos/terapia-con-ketamina-para-el-dolor-cronico-y-la-migrana/"
FIBROMYALGIA_ES = "/es/afecciones-y-tratamientos/terapia-con-ketamina-para-la-fibromialgia/"

# (what a patient types, the page that must come first)
ENGLISH = [
    ("migraine", MIGRAINE),
    ("migraines", MIGRAINE),  # plural
    ("Migraine", MIGRAINE),  # capitals
    ("MIGRAINES", MIGRAINE),
    ("migrane", MIGRAINE),  # one letter missing
    ("fibromyalgia", FIBROMYALGIA),
    ("Fibromyalgia", FIBROMYALGIA),
    ("fibromialgia", FIBROMYALGIA),  # one letter changed
    ("fibro", FIBROMYALGIA),  # an editor's synonym and promoted page
    ("ketamin", FIBROMYALGIA),
    ("ketamime", FIBROMYALGIA),  # a typo of the treatment's name
    ("price", "/costs/"),  # promoted
    ("prices", "/costs/"),
    ("Pricing", "/costs/"),
    ("cost", "/costs/"),
    ("costing", "/costs/"),  # verb form
    ("fee", "/costs/"),  # synonym of price
    ("insurance", "/costs/"),
    ("insured", "/costs/"),
    ("coverage", "/costs/"),  # synonym of insurance
    ("health plan", "/costs/"),
    ("estimates", "/costs/"),
    ("estimating", "/costs/"),
    ("privacy", "/privacy/"),
    ("accessible", "/accessibility/"),
    ("acessibility", "/accessibility/"),  # one letter missing
    ("located", "/locations/"),
    ("location", "/locations/"),
    ("team", "/our-team/"),
    ("call back", "/call-back/"),
    ("calling", "/call-back/"),
    ("first visit", "/first-visit/"),
    ("visiting", "/first-visit/"),
    ("language help", "/nondiscrimination/"),
    ("nasal sprays", MIGRAINE),
    ("dosing", MIGRAINE),
    ("painful", MIGRAINE),
]
SPANISH = [
    ("migraña", MIGRAINE_ES),
    ("migrañas", MIGRAINE_ES),  # plural
    ("migrana", MIGRAINE_ES),  # no tilde
    ("MIGRAÑA", MIGRAINE_ES),
    ("jaqueca", MIGRAINE_ES),  # an editor's synonym
    ("fibromialgia", FIBROMYALGIA_ES),
    ("fibromialgias", FIBROMYALGIA_ES),
    ("fibro", FIBROMYALGIA_ES),  # promoted
    ("ketamna", FIBROMYALGIA_ES),  # one letter missing
    ("precio", "/es/costos/"),  # promoted; the costs page's "Precio" column
    ("precios", "/es/costos/"),
    ("Precio", "/es/costos/"),
    ("costo", "/es/costos/"),
    ("coste", "/es/costos/"),  # synonym of precio
    ("tarifa", "/es/costos/"),
    ("seguro", "/es/costos/"),  # promoted
    ("seguros", "/es/costos/"),
    ("seguro medico", "/es/costos/"),  # no accent
    ("cobertura", "/es/costos/"),  # synonym of seguro
    ("estimación", "/es/costos/"),
    ("estimacion", "/es/costos/"),
    ("privacidad", "/es/privacidad/"),
    ("accesibilidad", "/es/accesibilidad/"),
    ("accesible", "/es/accesibilidad/"),
    ("ubicacion", "/es/ubicaciones/"),
    ("ubicaciones", "/es/ubicaciones/"),
    ("contacto", "/es/contacto/"),
    ("llamar", "/es/le-llamamos/"),  # verb forms
    ("llamemos", "/es/le-llamamos/"),
    ("visitas", "/es/primera-visita/"),
    ("primera visita", "/es/primera-visita/"),
    ("discriminacion", "/es/no-discriminacion/"),
    ("ayuda con el idioma", "/es/no-discriminacion/"),
    ("dolores", MIGRAINE_ES),
    ("cronico", MIGRAINE_ES),
    ("aerosol nasal", MIGRAINE_ES),
]


def result_links(client, address, query):
    return [a["href"] for a in soup(client.get(address, {"q": query})).select(".search-results h2 a")]


@pytest.mark.parametrize(("query", "first"), ENGLISH)
def test_english_searches_find_the_page_meant(client, query, first):
    links = result_links(client, "/search/", query)
    assert links[:1] == [first]
    assert not any(link.startswith("/es/") for link in links)


@pytest.mark.parametrize(("query", "first"), SPANISH)
def test_spanish_searches_find_the_page_meant(client, query, first):
    links = result_links(client, "/es/buscar/", query)
    assert links[:1] == [first]
    assert all(link.startswith("/es/") for link in links)


def test_the_tables_cover_at_least_thirty_searches_a_language():
    assert len(ENGLISH) >= 30 and len(SPANISH) >= 30


@pytest.mark.parametrize(
    ("address", "typo", "meant"), [("/search/", "ketamime", "ketamine"), ("/es/buscar/", "ketamna", "ketamina")]
)
def test_a_typo_says_which_word_was_searched_instead(client, address, typo, meant):
    correction = soup(client.get(address, {"q": typo})).select_one(".search-correction").get_text(" ", strip=True)
    assert correction.index(typo) < correction.index(meant)


def test_a_search_that_finds_nothing_is_counted_and_nothing_else_kept(client):
    views = PageViews.objects.count()
    page = soup(client.get("/es/buscar/", {"q": "Xilófono"}))
    assert page.select(".search-results") == [] and "Xilófono" in page.select_one(".no-results").get_text()
    assert list(SearchTerm.objects.values_list("language", "term", "searches", "found_nothing")) == [
        ("es", "xilófono", 1, 1)
    ]
    assert (Query.objects.filter(query_string__icontains="xil").count(), QueryDailyHits.objects.count()) == (0, 0)
    assert PageViews.objects.count() == views
    client.get("/es/buscar/", {"q": "xilófono"})
    client.get("/es/buscar/", {"q": "precio"})
    assert SearchTerm.objects.get(term="xilófono").searches == 2
    assert SearchTerm.objects.get(term="precio").found_nothing == 0


@pytest.mark.parametrize("query", ["born 1980", "ana@example.com", "555 0100", "4"])
def test_a_search_with_digits_or_an_at_sign_is_never_stored(client, query):
    assert client.get("/search/", {"q": query}).status_code == 200
    assert not SearchTerm.objects.exists()


def test_editors_synonyms_are_used_at_once(client):
    assert result_links(client, "/search/", "atomiser") == []
    SearchSynonyms.objects.create(language="en", words="atomiser, nasal spray")
    assert result_links(client, "/search/", "Atomisers")[:1] == [MIGRAINE]
    assert result_links(client, "/es/buscar/", "atomiser") == []  # an English group only


def test_a_promoted_page_comes_first_in_its_own_language_only(client, site):
    costs, costs_es = (SearchPromotion.objects.get(query__query_string=word).page for word in ("price", "precio"))
    SearchPromotion.objects.create(query=Query.get("dolor"), page=costs_es, sort_order=0)
    SearchPromotion.objects.create(query=Query.get("dolor"), page=costs, sort_order=0)
    assert result_links(client, "/es/buscar/", "Dolor")[0] == "/es/costos/"
    assert "/costs/" not in result_links(client, "/es/buscar/", "dolor")


def test_a_repeated_search_is_answered_from_the_cache(client, fibromyalgia):
    client.get("/search/", {"q": "Migraines"})
    with CaptureQueriesContext(connection) as queries:
        assert result_links(client, "/search/", "migraines ")[:1] == [MIGRAINE]  # the same words, normalised
    assert [query["sql"] for query in queries if "wagtailsearch" in query["sql"]] == []
    fibromyalgia.title = "Ketamine for fibromyalgia, reviewed"
    fibromyalgia.save_revision().publish()  # a new content generation: searched again
    titles = [a.get_text() for a in soup(client.get("/search/", {"q": "migraines"})).select(".search-results h2 a")]
    assert "Ketamine for fibromyalgia, reviewed" in titles


@pytest.mark.parametrize(("address", "language"), [("/search/", "en"), ("/es/buscar/", "es")])
def test_a_search_not_in_the_cache_stays_within_the_query_budget(client, address, language):
    # The words of the pages are read once a content generation, and a term's count made once a day.
    client.get(address, {"q": "ketamine dose"})
    cache.delete(results_key("ketamine dose", language))
    with CaptureQueriesContext(connection) as queries:
        assert len(result_links(client, address, "ketamine dose")) > 1
    assert len(queries) <= 10


def test_a_flood_of_different_searches_is_slowed_in_the_page_language(client, settings):
    settings.SEARCH_RATE_LIMIT = 3
    for word in ("dolor", "precio", "seguro"):
        assert client.get("/es/buscar/", {"q": word}).status_code == 200
    response = client.get("/es/buscar/", {"q": "migraña"})
    assert response.status_code == 429 and response["Retry-After"] == "60"
    page = soup(response)
    assert page.html["lang"] == "es" and "Espere un minuto" in page.select_one("[role=status]").get_text()
    assert client.get("/es/buscar/", {"q": "Precio"}).status_code == 200  # already in the cache: never slowed
    assert not SearchTerm.objects.filter(term="migraña").exists()
    assert client.get("/es/buscar/", {"q": "migraña"}, REMOTE_ADDR="203.0.113.9").status_code == 200  # another client


def test_a_refused_search_costs_no_query_and_shows_no_words(client, settings, django_assert_num_queries):
    settings.SEARCH_RATE_LIMIT = 1
    client.get("/search/", {"q": "dose"})
    first = client.get("/search/", {"q": "lantern"})
    with django_assert_num_queries(0):
        again = client.get("/search/", {"q": "saxophone"})
    assert (first.status_code, again.status_code) == (429, 429) and again.content == first.content
    page = soup(again)
    assert b"lantern" not in again.content and b"saxophone" not in again.content  # nor in a link
    assert page.select_one("a[hreflang=es]")["href"] == "/es/buscar/"
    assert (
        page.select_one("#page-search")["value"] == ""
        and "wait a minute" in page.select_one("[role=status]").get_text()
    )


def test_search_answers_with_the_cache_stopped(client, settings):
    """Redis refusing connections (nothing listens on its port): every search is searched, none refused."""
    settings.SEARCH_RATE_LIMIT = 1
    settings.CACHES = STOPPED_REDIS
    for word in ("migraine", "fibromyalgia", "migraine"):
        response = client.get("/search/", {"q": word})
        assert response.status_code == 200 and result_links(client, "/search/", word)
