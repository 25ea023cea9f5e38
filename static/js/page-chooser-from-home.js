// Wagtail's page chooser, opening at the home page until a page is chosen (clinic/widgets.py).
class PageChooserFromHome extends window.PageChooser {
  getModalOptions() {
    const options = super.getModalOptions();
    if (!options.parentId && this.opts.homeId) {
      options.parentId = this.opts.homeId;
    }
    return options;
  }
}
window.PageChooserFromHome = PageChooserFromHome;
