import json
import re

import pytest
from django.urls import reverse

from clinic.models import ClinicSettings
from tests.admin_forms import form_data
from tests.html import soup, visible_text

pytestmark = pytest.mark.django_db


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["clinic", "clinicsettings", site.pk])


def post_settings(client, site, **changes):
    url = settings_url(site)
    data = form_data(client.get(url), form_id="w-editor-form")
    for name, value in changes.items():
        data[name] = value
    return client.post(url, data)


def test_changing_the_phone_in_the_admin_changes_it_on_every_page(admin_client, client, site, public_urls):
    response = post_settings(admin_client, site, phone="(480) 555-0199")
    assert response.status_code == 302, soup(response).select(".error-message")
    for url in public_urls:
        page = soup(client.get(url))
        assert page.find("header").find("a", href="tel:4805550199"), url
        assert "(480) 555-0199" in page.find("footer").get_text(), url
        assert "480.306.4372" not in page.get_text(), url


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.cookie)", "ftp://files.example.com/book", "data:text/html,hi", "not a url"],
)
def test_a_booking_url_that_is_not_a_web_address_is_refused_when_saved(admin_client, site, clinic, url):
    response = post_settings(admin_client, site, booking_url=url)
    assert response.status_code == 200
    assert "starting with https://" in visible_text(response) or "Enter a valid URL" in visible_text(response)
    assert ClinicSettings.objects.get(pk=clinic.pk).booking_url.startswith("https://booking.example.com/")


def test_a_web_booking_url_is_saved(admin_client, site, clinic):
    response = post_settings(admin_client, site, booking_url="https://book.clinic.example/online")
    assert response.status_code == 302
    assert ClinicSettings.objects.get(pk=clinic.pk).booking_url == "https://book.clinic.example/online"


def test_an_invalid_phone_number_gets_a_clear_message(admin_client, site, clinic):
    response = post_settings(admin_client, site, phone="call us!")
    assert response.status_code == 200
    assert "Enter a phone number using digits" in visible_text(response)
    assert ClinicSettings.objects.get(pk=clinic.pk).phone == "480.306.4372"


def test_an_editor_without_settings_permission_cannot_open_clinic_details(client, django_user_model, site):
    editor = django_user_model.objects.create_user("someone-on-staff", password="a-long-test-password")
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    assert client.get(settings_url(site)).status_code in (302, 403)


def test_the_footer_links_page_chooser_opens_at_the_home_page(admin_client, site):
    response = admin_client.get(settings_url(site))
    html = response.content.decode()
    assert "js/page-chooser-from-home" in html
    inits = re.findall(r"new (\w+)\(\\?\"id_(?:footer_links-\w+-page|privacy_page)\\?\", (\{.*?\})\)", html)
    assert {constructor for constructor, _ in inits} == {"PageChooserFromHome"}
    assert len(inits) >= 3  # the privacy notice, a footer link and a new link's template
    for _, options in inits:
        assert json.loads(options.replace('\\"', '"'))["homeId"] == site.root_page_id
