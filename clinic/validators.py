from django.core.validators import RegexValidator, URLValidator

phone_validator = RegexValidator(
    r"^\+?[0-9(][0-9 ().-]{5,}[0-9]$",
    "Enter a phone number using digits, spaces, dots, dashes or brackets, e.g. 480.306.4372.",
)

web_link_validator = URLValidator(
    schemes=["https", "http"],
    message="Enter a full web address starting with https:// (or http://).",
)
