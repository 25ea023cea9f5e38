"""Calm abstract pictures for the demo articles, drawn here so the demo needs no downloads."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageOps
from wagtail.images.models import Image

SIZE = (1280, 720)


def draw_pattern(dark, light):
    gradient = PILImage.linear_gradient("L").rotate(-60, expand=True).resize(SIZE)
    picture = ImageOps.colorize(gradient, dark, light)
    circles = PILImage.new("L", SIZE, 0)
    pen = ImageDraw.Draw(circles)
    for x, y, radius in [(980, 180, 260), (260, 560, 200), (640, 380, 120)]:
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=70)
    circles = circles.filter(ImageFilter.GaussianBlur(40))
    return PILImage.composite(PILImage.new("RGB", SIZE, light), picture, circles)


def demo_image(title, dark, light):
    """The demo picture with this title, drawn and saved the first time it is asked for."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = BytesIO()
    draw_pattern(dark, light).save(buffer, "JPEG", quality=82)
    name = title.lower().replace(" ", "-") + ".jpg"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=name))
