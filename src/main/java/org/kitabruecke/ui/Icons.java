package org.kitabruecke.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Icons shipped with the app as inline SVG: no icon font, no request, no third party. Decorative only
 * ({@code aria-hidden}); the text next to each icon carries the meaning.
 */
public final class Icons {

    private static final String OPEN = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' width='24' "
            + "height='24' aria-hidden='true' focusable='false' fill='none' stroke='currentColor' stroke-width='2' "
            + "stroke-linecap='round' stroke-linejoin='round'>";

    public static final String GLOBE = OPEN + "<circle cx='12' cy='12' r='10'/><path d='M2 12h20'/>"
            + "<path d='M12 2a15 15 0 0 1 0 20a15 15 0 0 1 0-20'/></svg>";
    public static final String CHAT = OPEN + "<path d='M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z'/>"
            + "<path d='M8.5 11h.01M12 11h.01M15.5 11h.01'/></svg>";
    public static final String CALENDAR = OPEN + "<rect x='3' y='4' width='18' height='17' rx='2'/>"
            + "<path d='M16 2v4M8 2v4M3 10h18'/><path d='M8 15l2.5 2.5L16 13'/></svg>";
    public static final String PEOPLE = OPEN + "<circle cx='9' cy='8' r='3.5'/><path d='M2.5 20a6.5 6.5 0 0 1 13 0'/>"
            + "<circle cx='17.5' cy='9.5' r='2.5'/><path d='M16 14.2A5 5 0 0 1 21.5 19'/></svg>";
    public static final String CLOCK = OPEN + "<circle cx='12' cy='12' r='9'/><path d='M12 7v5l3 2'/></svg>";
    public static final String EXIT = OPEN + "<path d='M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4'/>"
            + "<path d='M16 17l5-5-5-5M21 12H9'/></svg>";
    public static final String PHONE = OPEN + "<path d='M22 16.9v3a2 2 0 0 1-2.2 2A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 "
            + "4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 "
            + "2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z'/></svg>";

    /** The class of every icon element; only these may carry raw inner HTML into the first paint. */
    public static final String CLASS_NAME = "kb-icon";

    private Icons() {
    }

    /** The icon inline, in a {@code span} so that it may stand inside links, buttons and summaries. */
    public static Span icon(String svg) {
        var icon = new Span();
        icon.addClassName(CLASS_NAME);
        icon.getElement().setProperty("innerHTML", svg);
        return icon;
    }
}
