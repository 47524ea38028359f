package org.kitabruecke.ui.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin shows "connection lost, reconnecting" in an element outside every landmark. Marking it as a status
 * message makes screen readers announce it, and puts it where accessibility checkers expect live messages.
 */
@Component
class AccessibleConnectionIndicator implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(
                "document.querySelectorAll('vaadin-connection-indicator')"
                        + ".forEach(indicator => indicator.setAttribute('role', 'status'));"));
    }
}
