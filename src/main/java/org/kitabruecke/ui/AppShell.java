package org.kitabruecke.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML page around every view: phone-friendly viewport, favicon. Our stylesheet is written into the page by
 * {@code FirstPaint}; Vaadin's Lumo theme is loaded only by the pages that use Vaadin components (staff, login),
 * so a parent's phone never downloads it.
 */
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#1f5f8b")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
