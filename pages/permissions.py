"""What staff may do to a page, as `page.permissions_for_user(user)` answers the admin's views, menus and
bulk actions. Wagtail lets anyone who may edit a page delete or move it while nothing below it is live;
here deleting and moving, of drafts too, is for those who may publish (and superusers)."""

from wagtail.models import PagePermissionTester


class SitePagePermissionTester(PagePermissionTester):
    def may_publish_here(self):
        return self.user.is_active and (self.user.is_superuser or "publish" in self.permissions)

    def can_delete(self, ignore_bulk=False):
        return self.may_publish_here() and super().can_delete(ignore_bulk=ignore_bulk)

    # can_move and can_move_to ask can_delete(ignore_bulk=True), so moving follows the same rule.
