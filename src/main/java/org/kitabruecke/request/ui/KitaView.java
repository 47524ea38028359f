package org.kitabruecke.request.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.privacy.KitaConsent;
import org.kitabruecke.request.KitaForward;
import org.kitabruecke.request.KitaForwarding;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.PortalContacts;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /kita}: Kita staff forward a family's need to the team — topic, urgency, how to reach the family, contact
 * language — after reading the explanation with the family in the family's language, and confirming that the
 * family agreed (§ 62, § 65 SGB VIII). After forwarding, the receipt with code and PIN takes the form's place until
 * the next family's form is started, clean. Below, the Kita's own forwards with their state, nothing more.
 */
@Route(value = "kita", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.KITA_STAFF)
class KitaView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final KitaForwarding forwarding;
    private final Translations translations;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();
    private final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Select<String> contactLanguage = new Select<>();
    private final Checkbox interpreter = new Checkbox();
    private final Select<Language> explanationLanguage = new Select<>();
    private final Div explanation = new Div();
    private final Checkbox agreed = new Checkbox();
    private final Button forward = new Button();
    private final Paragraph message = new Paragraph();
    private final Div form = new Div();
    private final KitaReceipt receipt;
    private final ForwardsList forwards;

    KitaView(KitaForwarding forwarding, Translations translations, PortalContacts contacts,
             @Value("${kitabruecke.contact-languages}") List<String> contactLanguages,
             Clock clock, @Value("${kitabruecke.public-url}") String publicUrl) {
        this.forwarding = forwarding;
        this.translations = translations;
        this.forwards = new ForwardsList(forwarding, clock.getZone());
        this.receipt = new KitaReceipt(translations, contacts, publicUrl + "/status", this::nextFamily);
        addClassName("kb-kita-forward");
        topics.setId("forward-topics");
        topics.setItems(Arrays.stream(Topic.values()).toList());
        urgency.setId("forward-urgency");
        urgency.setItems(Urgency.values());
        phone.setId("forward-phone");
        phone.setMaxLength(PhoneNumber.TYPED_MAX);
        email.setId("forward-email");
        email.setMaxLength(EmailAddress.MAX);
        contactLanguage.setId("forward-language");
        contactLanguage.setItems(contactLanguages);
        contactLanguage.addValueChangeListener(change -> translations.find(change.getValue())
                .ifPresent(explanationLanguage::setValue));
        explanationLanguage.setId("forward-explanation-language");
        explanationLanguage.setItems(translations.languages());
        explanationLanguage.setItemLabelGenerator(translations::nativeName);
        explanationLanguage.addValueChangeListener(change -> explain());
        explanation.setId("forward-explanation");
        explanation.addClassName("kb-explanation");
        agreed.setId("forward-agreed");
        forward.setId("forward-send");
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forward.addClickListener(click -> send());
        message.setId("forward-message");
        message.getElement().setAttribute("role", "alert");
        form.setId("forward-form");
        form.add(topics, urgency, StaffControls.row(phone, email), StaffControls.row(contactLanguage, interpreter),
                explanationLanguage, explanation, agreed, forward, message);
        startClean();
        add(title, intro, form, forwards);
    }

    /** Every field as for a family not seen before: nothing of the previous family stays, not even its language. */
    private void startClean() {
        topics.clear();
        urgency.setValue(Urgency.SOON);
        phone.clear();
        email.clear();
        contactLanguage.setValue(translations.defaultLanguage().code());
        interpreter.clear();
        explanationLanguage.setValue(translations.defaultLanguage());
        agreed.clear();
        List.<HasValidation>of(topics, phone, email, agreed).forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        message.setText("");
    }

    /** Takes the receipt out of the page, not just out of sight: code and PIN are gone with it. */
    private void nextFamily() {
        receipt.clear();
        remove(receipt);
        startClean();
        form.setVisible(true);
        form.getElement().executeJs(
                "this.scrollIntoView({block: 'start'}); this.querySelector('vaadin-checkbox')?.focus();");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.kita.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("staff.kita.title"));
        intro.setText(getTranslation("kita.forward.intro", "kita", forwarding.myKita().name()));
        topics.setLabel(getTranslation("kita.forward.topics"));
        topics.setItemLabelGenerator(topic -> getTranslation("help.topic." + topic.name()));
        urgency.setLabel(getTranslation("kita.forward.urgency"));
        urgency.setItemLabelGenerator(u -> getTranslation("inbox.urgency." + u.name()));
        phone.setLabel(getTranslation("kita.forward.phone"));
        email.setLabel(getTranslation("kita.forward.email"));
        email.setHelperText(getTranslation("kita.forward.email.hint"));
        contactLanguage.setLabel(getTranslation("kita.forward.language"));
        contactLanguage.setItemLabelGenerator(code -> LanguageNames.namedAlike(code, locale) ? LanguageNames.own(code)
                : getTranslation("kita.forward.languageOption",
                "name", LanguageNames.inLanguageOf(code, locale), "own", LanguageNames.own(code)));
        interpreter.setLabel(getTranslation("kita.forward.interpreter"));
        explanationLanguage.setLabel(getTranslation("kita.forward.explanationLanguage"));
        agreed.setLabel(getTranslation("kita.forward.agreed"));
        forward.setText(getTranslation("kita.forward.send"));
        explain();
        forwards.show(locale);
    }

    /** The explanation in the family's language and script, to be read together. */
    private void explain() {
        Language language = Optional.ofNullable(explanationLanguage.getValue()).orElse(translations.defaultLanguage());
        explanation.removeAll();
        explanation.getElement().setAttribute("lang", language.code());
        explanation.getElement().setAttribute("dir", language.direction());
        explanation.add(new H2(translations.format(language.locale(), KitaConsent.TITLE_KEY, Map.of())));
        KitaConsent.PARAGRAPH_KEYS.forEach(key ->
                explanation.add(new Paragraph(translations.format(language.locale(), key, Map.of()))));
        // the whole notice in the family's language, in a new tab: the form stays as filled in
        var notice = new Anchor("privacy?lang=" + language.code(),
                translations.format(language.locale(), "privacy.notice.consentLink", Map.of()));
        notice.setId("kita-privacy-link");
        notice.setTarget(AnchorTarget.BLANK);
        notice.getElement().setAttribute("rel", "noopener");
        explanation.add(new Paragraph(notice));
    }

    private void send() {
        Optional<PhoneNumber> phoneNumber = PhoneNumber.parse(phone.getValue());
        Optional<EmailAddress> address = EmailAddress.parse(email.getValue());
        boolean phoneOk = phone.getValue().isBlank() || phoneNumber.isPresent();
        boolean emailOk = email.getValue().isBlank() || address.isPresent();
        boolean reachable = phoneNumber.isPresent() || address.isPresent();
        mark(topics.getValue().isEmpty(), topics, "kita.forward.error.topics");
        phone.setInvalid(!phoneOk || !reachable);
        phone.setErrorMessage(!phoneOk ? getTranslation("help.contact.phone.error")
                : reachable ? null : getTranslation("kita.forward.error.contact"));
        email.setInvalid(!emailOk);
        email.setErrorMessage(emailOk ? null : getTranslation("help.contact.email.error"));
        agreed.setErrorMessage(agreed.getValue() ? null : getTranslation("kita.forward.error.agreed"));
        agreed.setInvalid(!agreed.getValue());
        if (topics.getValue().isEmpty() || !phoneOk || !emailOk || !reachable || !agreed.getValue()) {
            message.setText(getTranslation("admin.fixFields"));
            return;
        }
        String explainedIn = Optional.ofNullable(explanationLanguage.getValue())
                .orElse(translations.defaultLanguage()).code();
        Receipt sent = forwarding.forward(new KitaForward(topics.getValue(), urgency.getValue(),
                phoneNumber.orElse(null), address.orElse(null), ContactLanguage.of(contactLanguage.getValue()),
                interpreter.getValue(), explainedIn, true));
        form.setVisible(false);
        addComponentAtIndex(indexOf(form), receipt);
        receipt.show(sent, address.isPresent(), translations.forContact(contactLanguage.getValue(), explainedIn));
        forwards.show(getLocale());
    }

    private void mark(boolean wrong, CheckboxGroup<Topic> field, String key) {
        field.setInvalid(wrong);
        field.setErrorMessage(wrong ? getTranslation(key) : null);
    }
}
