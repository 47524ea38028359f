package org.kitabruecke.ui;

/**
 * A parent page that is complete as plain HTML: text, links, disclosure widgets, nothing that needs the server
 * while the parent reads it. Such a page is sent fully rendered in the first response, and Vaadin's client is not
 * even downloaded unless the parent starts typing or pressing a button; links simply load the next page.
 * A form may implement it if its fields and buttons have ids: what the parent ticks or types before the client
 * is there is carried into the live page, and a button pressed meanwhile is pressed again.
 */
public interface PrerenderedPage {
}
