package org.kitabruecke.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * "Leave this page quickly": for a parent who must not be seen on a page about family problems. It leaves to a
 * neutral site and replaces the portal in the browser history, so "back" does not return here. On its way out it
 * tells the portal to forget this browser ({@code POST leave} as a beacon: session, drafts, cookies), without
 * waiting for an answer; without JavaScript it is still a plain link away.
 */
class QuickExit extends Anchor {

    QuickExit(String neutralUrl, Span text) {
        super(neutralUrl);
        addClassName("kb-quick-exit");
        getElement().setAttribute("rel", "noreferrer");
        // what it does on the way out: ui/internal/page-actions.js
        getElement().setAttribute("data-kb-action", "quick-exit");
        add(Icons.icon(Icons.EXIT), text);
    }
}
