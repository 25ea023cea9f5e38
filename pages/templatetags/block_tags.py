from django import template

from clinic_site.text import tel_href as phone_link

register = template.Library()

# Languages written right to left (Arabic, Farsi, Hebrew, Pashto, Urdu, Yiddish, ...).
RIGHT_TO_LEFT = {"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"}


@register.filter
def text_direction(language_code):
    """'rtl' for a language written right to left, else 'ltr'."""
    return "rtl" if language_code.split("-")[0].lower() in RIGHT_TO_LEFT else "ltr"


@register.filter
def tel_href(phone):
    return phone_link(phone)
