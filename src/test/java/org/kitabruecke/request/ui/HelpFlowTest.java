package org.kitabruecke.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.FlowViewTest;
import org.kitabruecke.ui.TextAreaInput;

/** The question pages of the help request without a browser: order, validation at the field, nothing lost. */
@IntegrationTest
class HelpFlowTest extends FlowViewTest {

    HelpFlowTest() {
        super("help");
    }

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void aLaterQuestionOpenedFirstLeadsToTheFirstOpenOne() {
        navigate("help/contact", TopicsStep.class);

        assertThat(heading()).isEqualTo("Worum geht es?");
        assertThat(find(Paragraph.class).withClassName("kb-progress").single().getText()).isEqualTo("Schritt 1 von 7");
    }

    @Test
    void goingOnWithoutATopicIsExplainedAtTheQuestion() {
        navigate(TopicsStep.class);
        next();

        assertThat(errors()).containsExactly(
                "Bitte wählen Sie mindestens ein Thema. Wenn nichts passt, wählen Sie „Etwas anderes“.");
        assertThat(heading()).isEqualTo("Worum geht es?");

        UI.getCurrent().setLocale(Locale.forLanguageTag("tr"));
        assertThat(errors()).as("the message follows the language").hasSize(1).first().asString()
                .doesNotContain("Bitte");
    }

    @Test
    void answersStayWhenGoingBackAndWhenTheLanguageChanges() {
        navigate(TopicsStep.class);
        this.<Topic>choices("help-topics").toggle(Topic.MONEY);
        this.<Topic>choices("help-topics").toggle(Topic.INTERPRETER);
        next();
        this.<Urgency>choices("help-urgency").toggle(Urgency.URGENT);
        assertThat($view(EmergencyNumbers.class).single().isVisible()).as("emergency numbers at once").isTrue();

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        assertThat(this.<Urgency>choices("help-urgency").getSelected()).containsExactly(Urgency.URGENT);
        next();
        assertThat(heading()).isEqualTo("كم طفلًا لديكم، وكم أعمارهم؟");

        navigate(TopicsStep.class);
        assertThat(this.<Topic>choices("help-topics").getSelected())
                .containsExactlyInAnyOrder(Topic.MONEY, Topic.INTERPRETER);
    }

    @Test
    void aKitaFoundWithoutUmlautsAlsoSetsItsDistrict() {
        answerUpTo(HelpStep.KITA);

        type("help-kita-search", "muhlenbach");
        ChoiceGroup<Long> kitas = choices("help-kita");
        assertThat(kitas.getItems()).containsExactly(2L, KitaStep.NONE);
        kitas.toggle(2L);

        assertThat(this.<Long>choices("help-district").getSelected()).containsExactly(1L);
        next();
        assertThat(heading()).isEqualTo("Wie erreichen wir Sie?");
    }

    @Test
    void contactNeedsAPhoneOrAnEmailThatWorkAndKeepsWhatWasTyped() {
        answerUpTo(HelpStep.CONTACT);
        this.<Boolean>choices("help-interpreter").toggle(false);

        next();
        assertThat(errors()).containsExactly("Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an, "
                + "damit wir Ihnen antworten können.");

        type("help-phone", "0151 23");
        type("help-email", "mama@example");
        next();
        assertThat(errors()).containsExactly(
                "Diese Telefonnummer können wir nicht anrufen. Bitte prüfen Sie die Nummer. Nummern aus dem Ausland "
                        + "bitte mit Ländervorwahl, zum Beispiel +90.",
                "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.");
        assertThat(typed("help-phone")).isEqualTo("0151 23");
        assertThat(typed("help-email")).isEqualTo("mama@example");

        type("help-phone", "0151 23456789");
        type("help-email", "");
        next();
        assertThat(heading()).isEqualTo("Worauf sollen wir achten, wenn wir Sie kontaktieren?");
    }

    @Test
    void aMessageOneCharacterTooLongIsRefusedAndKeptWhole() {
        answerUpTo(HelpStep.MESSAGE);
        String tooLong = "<script>alert(1)</script>" + "x".repeat(1001 - 25);
        var message = $view(TextAreaInput.class).single();
        message.setValue(tooLong);

        next();

        assertThat(errors()).containsExactly(
                "Ihre Nachricht ist zu lang. Bitte kürzen Sie sie auf höchstens 1.000 Zeichen.");
        assertThat(message.getValue()).isEqualTo(tooLong);
        assertThat(heading()).isEqualTo("Möchten Sie uns noch etwas sagen?");

        message.setValue(tooLong.substring(0, 1000));
        next();
        assertThat(heading()).isEqualTo("Bitte prüfen Sie Ihre Angaben");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("kb-summary").single()
                .getElement().getOuterHTML()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void sendingWithoutConsentIsExplainedAndNothingIsStored() {
        answerUpTo(HelpStep.CHECK);

        next();

        assertThat(errors()).singleElement().asString().startsWith("Bitte bestätigen Sie, dass Sie einverstanden sind.");
        assertThat(heading()).isEqualTo("Bitte prüfen Sie Ihre Angaben");
    }

    /** Answers every page before {@code step} with a minimal valid answer. */
    private void answerUpTo(HelpStep step) {
        navigate(TopicsStep.class);
        for (HelpStep current : HelpStep.values()) {
            if (current == step) {
                return;
            }
            switch (current) {
                case TOPICS -> this.<Topic>choices("help-topics").toggle(Topic.PARENTING);
                case URGENCY -> this.<Urgency>choices("help-urgency").toggle(Urgency.SOON);
                case CONTACT -> {
                    type("help-phone", "0151 23456789");
                    this.<Boolean>choices("help-interpreter").toggle(true);
                }
                default -> { }
            }
            next();
        }
    }
}
