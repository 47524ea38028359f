package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/**
 * Texts that Vaadin's components write themselves, in English, where their Java API offers no way to set them: the
 * "Sort by …" a screen reader hears on a sortable grid column, the "Show password" of the login form, the
 * connection state ("Online", "Connection lost"). All are replaced by the page's own translations, also when the
 * grid renders its headers again. (Texts the Java API does offer, such as a date picker's or an upload's, are set
 * where the component is used: {@link DatePickers}, {@code AdminImportView}.)
 */
public final class ComponentTexts {

    /**
     * Class name for a component that brings its own title (a login form) on a page whose own {@code h1} already
     * says the same: the theme hides the component's title, so that the page has one main heading. Any page with a
     * login form, also a later second-factor page, adds it the same way.
     */
    public static final String TITLED_BY_PAGE = "kb-titled-by-page";

    /** Stands for the column's name in the translated "Sort by {column}". */
    private static final String COLUMN = "\uE001";

    private ComponentTexts() {
    }

    /** Call after the grid's columns are set, on every language change. */
    public static void sortLabels(Grid<?> grid) {
        String label = grid.getTranslation("staff.grid.sortBy", "column", COLUMN);
        grid.getElement().executeJs("""
                const grid = this;
                grid.__kbSortLabel = $0;
                const relabel = () => grid.querySelectorAll('vaadin-grid-sorter[aria-label]').forEach(sorter => {
                  const wanted = grid.__kbSortLabel.replace($1, sorter.textContent.trim());
                  if (sorter.getAttribute('aria-label') !== wanted) sorter.setAttribute('aria-label', wanted);
                });
                if (!grid.__kbSortObserver) {
                  // the grid's connector writes its English label whenever it renders a header: write ours after it
                  grid.__kbSortObserver = new MutationObserver(relabel);
                  grid.__kbSortObserver.observe(grid, { subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-label'] });
                }
                relabel();""", label, COLUMN);
    }

    /** The reveal button of a login form's password field, in the page's language. */
    public static void passwordReveal(Component loginForm) {
        loginForm.getElement().executeJs("""
                const form = this, text = $0;
                // the form renders its fields itself, some frames after it is attached: look until they are there
                const relabel = tries => {
                  const field = form.querySelector('vaadin-password-field');
                  if (field) field.i18n = Object.assign({}, field.i18n, { reveal: text });
                  else if (tries > 0) requestAnimationFrame(() => relabel(tries - 1));
                };
                customElements.whenDefined('vaadin-password-field').then(() => relabel(120));""", loginForm.getTranslation("login.showPassword"));
    }

    /**
     * The connection indicator of the page, which screen readers hear as a status ("Online", "Connection lost"),
     * in the page's language. Call on every language change of a layout or a page outside the layouts.
     */
    public static void connectionIndicator(Component page) {
        String online = page.getTranslation("layout.connection.online");
        String lost = page.getTranslation("layout.connection.lost");
        String reconnecting = page.getTranslation("layout.connection.reconnecting");
        page.getUI().ifPresent(ui -> {
            // Flow hands these two to the indicator itself and would write its English over ours otherwise
            ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(lost);
        });
        page.getElement().executeJs("""
                const texts = { onlineText: $0, offlineText: $1, reconnectingText: $2 };
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) Object.assign(indicator, texts);""", online, lost, reconnecting);
    }
}
