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

    public static final String HEART = OPEN + "<path d='M12 20s-7.5-4.6-9.2-9.3C1.7 7.4 3.8 4 7.2 4c2 0 3.4 1 4.8 2.8"
            + "C13.4 5 14.8 4 16.8 4c3.4 0 5.5 3.4 4.4 6.7C19.5 15.4 12 20 12 20z'/></svg>";
    public static final String CLOUD = OPEN + "<path d='M7 16a4 4 0 0 1-.5-8A5.5 5.5 0 0 1 17 7.5a4.3 4.3 0 0 1 .5 8.5z'/>"
            + "<path d='M8 19l-1 2M12 19l-1 2M16 19l-1 2'/></svg>";
    public static final String EURO = OPEN + "<circle cx='12' cy='12' r='9'/><path d='M15.5 8.5a4 4 0 1 0 0 7'/>"
            + "<path d='M7 11h6M7 13.5h5'/></svg>";
    public static final String LETTER = OPEN + "<path d='M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z'/>"
            + "<path d='M14 3v6h6M8 13h8M8 17h5'/></svg>";
    public static final String HEALTH = OPEN + "<rect x='3' y='3' width='18' height='18' rx='4'/>"
            + "<path d='M12 8v8M8 12h8'/></svg>";
    public static final String PARENT_CHILD = OPEN + "<circle cx='8' cy='5.5' r='2.5'/><path d='M4.5 21v-7a3.5 3.5 0 0 1 7 0"
            + "v7'/><circle cx='17' cy='11' r='2'/><path d='M14.5 21v-4a2.5 2.5 0 0 1 5 0v4'/></svg>";
    public static final String COMPASS = OPEN + "<circle cx='12' cy='12' r='9'/><path d='M15.5 8.5l-2 5-5 2 2-5z'/></svg>";
    public static final String SPEECH = OPEN + "<path d='M3 5h11v8H8l-3 3v-3H3z'/><path d='M17 9h4v8h-2v3l-3-3h-5v-2'/>"
            + "</svg>";
    public static final String MORE = OPEN + "<circle cx='12' cy='12' r='9'/><path d='M8 12h.01M12 12h.01M16 12h.01'/>"
            + "</svg>";
    public static final String ALERT = OPEN + "<path d='M12 3l10 18H2z'/><path d='M12 10v5M12 18h.01'/></svg>";

    /** The class of every icon element; only these may carry raw inner HTML into the first paint. */
    public static final String SPEAKER = OPEN + "<path d='M4 9h4l5-4v14l-5-4H4z'/><path d='M16.5 8.5a5 5 0 0 1 0 7'/>"
            + "<path d='M19.5 5.5a9 9 0 0 1 0 13'/></svg>";
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
