from wagtail import hooks

from .dashboard import BackupStatusPanel, can_see_backups


@hooks.register("construct_homepage_panels")
def backup_status_panel(request, panels):
    if can_see_backups(request.user):
        panels.append(BackupStatusPanel())
