"""The Spanish demo says what the English says, in the words a Spanish-speaking clinician would use."""

import pytest
from django.urls import reverse
from django.utils import translation

from booking.models import CallBackPage
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_text(client, spanish_urls):
    """All the visible text of the Spanish demo site."""
    return " ".join(visible_text(client.get(url)) for url in [*spanish_urls, "/es/ubicaciones/chandler/"])


MEANING_CHANGED = [
    "no es algo seguro",  # reads "it is not safe"; the English says "not a sure thing"
    "la vigilamos",  # the clinic checks on the patient, not on the drug
    "se decide para usted",  # decided with the patient, not for them
    "es una buena opción para usted",  # the English asks whether it is a safe choice
    "casi todos los",  # "most", not "nearly all"
    "En 2022 y 2023",  # years the English does not give
    "También la prepara",  # the nasal spray (masculine)
    "un sueño que no descansa",
    "Para llevar la clínica",
    "presupuesto",  # the law's own term is "estimación de buena fe"
    "espray",  # one term for nasal spray: "aerosol nasal"
]
SAME_MEANING = [
    "no hay garantía de que funcione",
    "comprobamos con cuidado cómo está usted",
    "lo decidimos con usted",
    "una opción segura para usted",
    "En la lista de arriba hay más",
    "La mayoría de los estudios",
    "La mayoría de los pacientes",
    "sueño no reparador",
    "síndrome del intestino irritable",
    "Para administrar la clínica",
    "estimación de buena fe",
]


def test_no_spanish_sentence_changes_the_meaning(spanish_text):
    assert [wrong for wrong in MEANING_CHANGED if wrong.lower() in spanish_text.lower()] == []


def test_spanish_says_what_the_english_says(spanish_text):
    assert [right for right in SAME_MEANING if right not in spanish_text] == []


def test_spanish_headings_of_the_safety_box(client, fibromyalgia_es):
    text = visible_text(client.get(fibromyalgia_es.url))
    assert "Quién no debe recibirla" in text  # la ketamina
    assert "Efectos secundarios y con qué frecuencia ocurren" in text


def test_the_spanish_form_says_what_is_required_and_how_long_a_name_may_be(client):
    page_es = CallBackPage.objects.get(locale__language_code="es")
    with translation.override("es"):
        address = reverse("send_call_back_request", args=[page_es.pk])
    response = client.post(address, {"name": "", "reason": "question"}, HTTP_ORIGIN="http://testserver")
    assert "Este campo es obligatorio." in visible_text(response)
    response = client.post(address, {"name": "A" * 101}, HTTP_ORIGIN="http://testserver")
    assert "Escriba como máximo 100 caracteres (ahora tiene 101)." in visible_text(response)


def test_english_met_on_spanish_pages_is_marked_as_english(client, fibromyalgia, fibromyalgia_es):
    titles = soup(client.get(fibromyalgia_es.url)).select(".references li > span")
    assert titles and all(title["lang"] == "en" for title in titles)
    assert not soup(client.get(fibromyalgia.url)).select(".references [lang]")
    costs = soup(client.get("/es/costos/"))
    assert costs.find("span", lang="en").get_text() == "Good Faith Estimate"


def test_the_english_notice_document_says_so_on_the_spanish_page(client):
    link = soup(client.get("/es/aviso-de-practicas-de-privacidad/")).select_one("a[download]")
    assert "en inglés" in link.get_text() and link["hreflang"] == "en"
    link = soup(client.get("/notice-of-privacy-practices/")).select_one("a[download]")
    assert "English" not in link.get_text() and not link.get("hreflang")


def test_spanish_addresses_name_the_country_in_spanish(client):
    assert "Estados Unidos" in soup(client.get("/es/ubicaciones/chandler/")).find("address").get_text()
    assert "United States" in soup(client.get("/locations/chandler/")).find("address").get_text()


def test_the_spanish_not_found_page_offers_the_english_home_page(client):
    link = soup(client.get("/es/no-existe/")).select_one(".language-switcher a")
    assert link["href"] == "/" and link["hreflang"] == "en"
