package org.kitabruecke.ui;

/**
 * A parent page that is complete as plain HTML: text, links, disclosure widgets, nothing that needs the server
 * while the parent reads it. Such a page is sent fully rendered in the first response, and Vaadin's client is not
 * even downloaded unless the parent starts typing or pressing a button; links simply load the next page.
 * Forms must not implement this.
 */
public interface PrerenderedPage {
}
