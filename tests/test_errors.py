import pytest

from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/no-such-page/", "/conditions-treatments/missing/", "/%E2%98%83/", "/a/b/c/d/e/"])
def test_unknown_url_gets_a_friendly_404_with_the_phone(client, url):
    response = client.get(url)
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text() == "Sorry, we can't find that page"
    assert page.find("main").find("a", href="tel:4803064372")
    assert page.find("main").find("a", href="/")
    assert "Traceback" not in page.get_text()


def test_a_host_that_matches_no_site_still_gets_a_friendly_404(client, site):
    site.delete()
    response = client.get("/")
    assert response.status_code == 404
    assert soup(response).h1.get_text() == "Sorry, we can't find that page"


def test_book_without_any_site_sends_the_visitor_home(client, site):
    site.delete()
    response = client.get("/book/?from=3")
    assert response.status_code == 302 and response["Location"] == "/"
