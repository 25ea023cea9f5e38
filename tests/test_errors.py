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
