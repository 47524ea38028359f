package org.kitabruecke.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.request.Urgency;
import org.springframework.security.test.context.support.WithMockUser;

/** A Kita's forwarding page without a browser: the receipt stays until the next family, whose form starts clean. */
@IntegrationTest
@WithMockUser(username = "kita", roles = "KITA_STAFF")
class KitaViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void theReceiptTakesTheFormsPlaceInTheFamilysLanguageUntilTheNextFamily() {
        navigate(KitaView.class);
        forwardAFamilyThatSpeaksArabic();

        assertThat(shown("forward-form")).as("no cleared form where the receipt should be").isFalse();
        assertThat(shown("forward-receipt")).isTrue();
        assertThat($view(Span.class).id("forward-code").getText()).matches("KB-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
        assertThat($view(Span.class).id("forward-pin").getText()).matches("\\d{6}");
        assertThat(component("forward-slip").getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(component("forward-slip").getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(component("forward-slip").getElement().getTextRecursively())
                .contains("http://localhost:8080/status", "KB-");
    }

    @Test
    void nextFamilyTakesCodeAndPinOffThePageAndStartsAFormWithNothingOfThePreviousFamily() {
        navigate(KitaView.class);
        forwardAFamilyThatSpeaksArabic();

        test($view(Button.class).id("forward-next")).click();

        assertThat(shown("forward-receipt")).isFalse();
        assertThat(shown("forward-pin")).isFalse();
        assertThat(shown("forward-form")).isTrue();
        assertThat(this.<CheckboxGroup<?>>field("forward-topics").getValue()).isEmpty();
        assertThat(this.<RadioButtonGroup<Urgency>>field("forward-urgency").getValue()).isEqualTo(Urgency.SOON);
        assertThat($view(TextField.class).id("forward-phone").getValue()).isEmpty();
        assertThat($view(EmailField.class).id("forward-email").getValue()).isEmpty();
        assertThat(this.<Select<String>>field("forward-language").getValue()).as("the contact language")
                .isEqualTo("de");
        assertThat(this.<Select<Language>>field("forward-explanation-language").getValue().code()).isEqualTo("de");
        assertThat(component("forward-explanation").getElement().getAttribute("lang")).isEqualTo("de");
        assertThat($view(Checkbox.class).all()).noneMatch(Checkbox::getValue);
        assertThat($view(Checkbox.class).id("forward-agreed").isInvalid()).isFalse();
    }

    @Test
    void theExplanationNamesItsLegalBasisAndLeadsToTheWholeNoticeInTheFamilysLanguage() {
        navigate(KitaView.class);
        assertThat(component("forward-explanation").getElement().getTextRecursively())
                .contains("Rechtsgrundlage ist Ihre Einwilligung (§ 62 Abs. 1 und § 65 SGB VIII");

        test(this.<Select<Language>>field("forward-explanation-language")).selectItem("العربية");

        Anchor notice = $view(Anchor.class).id("kita-privacy-link");
        assertThat(notice.getHref()).isEqualTo("privacy?lang=ar");
        assertThat(notice.getText()).isNotEqualTo("Alles zum Datenschutz").matches(".*\\p{IsArabic}.*");
        assertThat(notice.getElement().getAttribute("target")).as("the form stays as filled in").isEqualTo("_blank");
    }

    private void forwardAFamilyThatSpeaksArabic() {
        test(this.<CheckboxGroup<?>>field("forward-topics")).selectItem("Geld und Miete");
        test(this.<RadioButtonGroup<?>>field("forward-urgency")).selectItem("Dringend");
        test($view(TextField.class).id("forward-phone")).setValue("0151 2345 6702");
        test(this.<Select<?>>field("forward-language")).selectItem("Arabisch – العربية");
        test($view(Checkbox.class).all().stream()
                .filter(box -> "Die Familie braucht Dolmetschen".equals(box.getLabel())).findFirst().orElseThrow())
                .click();
        test($view(Checkbox.class).id("forward-agreed")).click();
        test($view(Button.class).id("forward-send")).click();
    }

    @SuppressWarnings("unchecked")
    private <T extends Component> T field(String id) {
        return (T) component(id);
    }

    /** Whether the page shows it: hidden or removed components are not found. */
    private boolean shown(String id) {
        return !$view(Component.class).withCondition(c -> c.getId().filter(id::equals).isPresent()).all().isEmpty();
    }

    private Component component(String id) {
        return $view(Component.class).id(id);
    }
}
