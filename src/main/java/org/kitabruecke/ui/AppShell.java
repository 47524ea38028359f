package org.kitabruecke.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around every view: Lumo, our styles (system fonts only), phone-friendly viewport. */
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./themes/kitabruecke/styles.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#1f5f8b")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
