"""Keep the page tree whole after wagtail-localize translates a page with its subpages.

It can leave the translated page's child count at 0 while its children exist (wagtail-localize issue
773), and Wagtail then answers 404 for every page below it, although the sitemap and the language
switcher list them. The counts are set from the tree itself once the translation is saved.
"""

from django.db import transaction
from django.db.models import Count, OuterRef, Subquery


def repair_child_counts(page_ids):
    from wagtail.models import Page

    children = (
        Page.objects.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        .order_by()
        .values("depth")
        .annotate(count=Count("pk"))
        .values("count")
    )
    for page in Page.objects.filter(pk__in=page_ids).annotate(children=Subquery(children)):
        if page.numchild != (page.children or 0):
            Page.objects.filter(pk=page.pk).update(numchild=page.children or 0)


def translation_made(sender, source_obj, target_obj, **kwargs):
    from wagtail.models import Page

    if isinstance(target_obj, Page):
        ids = [target_obj.pk, *target_obj.get_ancestors().values_list("pk", flat=True)]
        transaction.on_commit(lambda: repair_child_counts(ids))
