package org.kitabruecke.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.HelpRequestsTest;
import org.kitabruecke.request.Receipt;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class StatusViewTest extends SpringBrowserlessTest {

    @Autowired
    HelpRequests requests;

    @Test
    void theRightCodeAndPinShowTheStateInTheParentsLanguage() {
        Receipt receipt = requests.submit(HelpRequestsTest.byPhone("+4915112340001"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate(StatusView.class);

        enter(receipt.code().value().toLowerCase(), receipt.pin().digits());

        assertThat(answer()).isEqualTo("وصلنا طلبكم. سنتواصل معكم قريبًا.");
    }

    @Test
    void aWrongPinGetsTheNeutralAnswer() {
        Receipt receipt = requests.submit(HelpRequestsTest.byPhone("+4915112340002"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StatusView.class);

        enter(receipt.code().value(), receipt.pin().digits().equals("123456") ? "654321" : "123456");

        assertThat(answer()).startsWith("Wir haben keine Anfrage mit dieser Vorgangsnummer und PIN gefunden.");
    }

    @Test
    void malformedEntriesAreExplainedAtTheFieldAndKeptAsTyped() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(StatusView.class);

        enter("KB-12", "12a");

        assertThat(errors()).containsExactly(
                "Bitte geben Sie die Vorgangsnummer so ein, wie sie auf Ihrer Bestätigung steht, zum Beispiel KB-7KQ-42M.",
                "Die PIN hat 6 Ziffern.");
        assertThat(find(Input.class).all()).extracting(Input::getValue).containsExactly("KB-12", "12a");
        assertThat(find(Input.class).all()).allSatisfy(input ->
                assertThat(input.getElement().getAttribute("aria-invalid")).isEqualTo("true"));

        UI.getCurrent().setLocale(Locale.forLanguageTag("tr"));
        assertThat(errors()).contains("PIN kodu 6 rakamdan oluşur.");
        assertThat(find(Input.class).all()).extracting(Input::getValue).containsExactly("KB-12", "12a");
    }

    private void enter(String code, String pin) {
        var inputs = find(Input.class).all();
        test(inputs.get(0)).setValue(code);
        test(inputs.get(1)).setValue(pin);
        test(find(NativeButton.class).withId("status-submit").single()).click();
    }

    private String answer() {
        return find(Paragraph.class).all().stream()
                .filter(p -> p.getClassNames().contains("kb-answer-found") || p.getClassNames().contains("kb-answer-other"))
                .map(Paragraph::getText).findFirst().orElse("");
    }

    private java.util.List<String> errors() {
        return find(Paragraph.class).withClassName("kb-field-error").all().stream()
                .filter(Paragraph::isVisible).map(Paragraph::getText).toList();
    }
}
