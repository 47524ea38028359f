package org.kitabruecke.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.privacy.PrivacyNotice;
import org.kitabruecke.privacy.RetentionPeriods;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;

/**
 * {@code /privacy}, linked from every page and every consent: the privacy notice of GDPR Art. 13 in the reader's
 * language — who is responsible, the data-protection officer, purposes, legal basis, who sees the data, how long
 * each kind is kept (the configured retention periods), the family's rights and where to complain. Plain HTML, like
 * the other light parent pages (decision 0004); the city's names and addresses come from configuration.
 */
@Route(value = PrivacyNoticeView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
class PrivacyNoticeView extends Div implements LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    static final String PATH = "privacy";

    /** Marks where a value goes in a translated sentence; private-use characters no translation contains. */
    private static final Pattern PART = Pattern.compile("\uE000(\\d+)\uE001");

    private final PrivacyNotice notice;
    private final RetentionPeriods retention;
    private final Formats formats;

    PrivacyNoticeView(PrivacyNotice notice, RetentionPeriods retention, Formats formats) {
        this.notice = notice;
        this.retention = retention;
        this.formats = formats;
        addClassNames("kb-help", "kb-privacy");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("privacy.notice.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        var controller = notice.controller();
        var dpo = notice.dpo();
        var authority = notice.authority();
        var intro = new Paragraph(getTranslation("privacy.notice.intro"));
        intro.addClassName("kb-lead");
        removeAll();
        add(new H1(getTranslation("privacy.notice.title")), intro,
                section("controller", sentence("privacy.notice.controller.text", "controller", value(controller.name()),
                        "address", value(controller.address()), "phone", phone(controller.phone()),
                        "email", email(controller.email()))),
                section("dpo", sentence("privacy.notice.dpo.text", "dpo", value(dpo.name()),
                        "email", email(dpo.email()), "phone", phone(dpo.phone()))),
                section("purpose", list("privacy.notice.purpose.help", "privacy.notice.purpose.booking",
                        "privacy.notice.purpose.kita", "privacy.notice.purpose.figures")),
                section("basis", list("privacy.notice.basis.help", "privacy.notice.basis.booking",
                        "privacy.notice.basis.social")),
                section("recipients", new Paragraph(getTranslation("privacy.notice.recipients.text"))),
                section("retention", new Paragraph(getTranslation("privacy.notice.retention.intro")),
                        retentionList(locale)),
                section("rights", list("privacy.notice.rights.access", "privacy.notice.rights.rectification",
                        "privacy.notice.rights.erasure", "privacy.notice.rights.restriction",
                        "privacy.notice.rights.objection", "privacy.notice.rights.withdrawal"),
                        sentence("privacy.notice.rights.how", "phone", phone(controller.phone()))),
                section("complaint", sentence("privacy.notice.complaint.text", "authority", value(authority.name()),
                        "address", value(authority.address()), "web", value(authority.web()))),
                new Paragraph(getTranslation("privacy.notice.voluntary")),
                new Paragraph(getTranslation("privacy.notice.cookies")),
                updated(locale));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Section section(String name, Component... content) {
        var section = new Section(new H2(getTranslation("privacy.notice." + name + ".title")));
        section.setId("privacy-" + name);
        section.add(content);
        return section;
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    /** One line per kind of record, each with its configured period in the reader's words ("6 Monate"). */
    private UnorderedList retentionList(Locale locale) {
        var list = new UnorderedList();
        list.add(retentionLine("privacy.notice.retention.closed", retention.closed(), locale),
                retentionLine("privacy.notice.retention.unanswered", retention.unanswered(), locale),
                retentionLine("privacy.notice.retention.open", retention.open(), locale),
                retentionLine("privacy.notice.retention.booking", retention.booking(), locale),
                retentionLine("privacy.notice.retention.waitlist", retention.waitlist(), locale),
                retentionLine("privacy.notice.retention.mail", retention.parkedMail(), locale));
        return list;
    }

    private ListItem retentionLine(String key, Duration period, Locale locale) {
        return new ListItem(getTranslation(key, "duration", Formats.duration(period, locale)));
    }

    private Paragraph updated(Locale locale) {
        var updated = new Paragraph(getTranslation("privacy.notice.updated", "date",
                formats.date(notice.updated(), locale)));
        updated.setId("privacy-updated");
        updated.addClassName("kb-field-hint");
        return updated;
    }

    /**
     * A translated sentence with the city's values in it, as the translation orders them: each value keeps its own
     * direction (a German address inside Arabic), phone numbers and e-mail addresses are links.
     */
    private Paragraph sentence(String key, Object... namesAndParts) {
        List<Component> parts = new ArrayList<>();
        Object[] arguments = new Object[namesAndParts.length];
        for (int i = 0; i < namesAndParts.length; i += 2) {
            arguments[i] = namesAndParts[i];
            arguments[i + 1] = "\uE000" + parts.size() + "\uE001";
            parts.add((Component) namesAndParts[i + 1]);
        }
        String text = getTranslation(key, arguments);
        var paragraph = new Paragraph();
        Matcher part = PART.matcher(text);
        int at = 0;
        while (part.find()) {
            if (part.start() > at) {
                paragraph.add(new Text(text.substring(at, part.start())));
            }
            paragraph.add(parts.get(Integer.parseInt(part.group(1))));
            at = part.end();
        }
        if (at < text.length()) {
            paragraph.add(new Text(text.substring(at)));
        }
        return paragraph;
    }

    private static Span value(String text) {
        var value = new Span(text);
        value.getElement().setAttribute("dir", "auto");
        return value;
    }

    private static Anchor phone(String number) {
        var link = new Anchor("tel:" + number.replace(" ", ""), Formats.phoneNumber(number));
        link.getElement().setAttribute("dir", "ltr");
        return link;
    }

    private static Anchor email(String address) {
        var link = new Anchor("mailto:" + address, address);
        link.getElement().setAttribute("dir", "ltr");
        return link;
    }
}
