"""Small helpers for reading pages as a visitor sees them."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def visible_text(response):
    return " ".join(soup(response).get_text(" ").split())
