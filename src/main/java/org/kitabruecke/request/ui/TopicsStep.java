package org.kitabruecke.request.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.PublicLayout;

/**
 * {@code /help}, step 1: what it is about. {@code /help?kita=12} (the "request help" button on a Kita's page) starts
 * with that Kita already chosen.
 */
@Route(value = "help", layout = PublicLayout.class)
@AnonymousAllowed
class TopicsStep extends HelpStepView {

    static final String KITA_PARAMETER = "kita";

    private final Directory directory;
    private final ChoiceGroup<Topic> topics = ChoiceGroup.checkboxes("help-topics");

    TopicsStep(HelpDraft draft, Directory directory) {
        super(HelpStep.TOPICS, draft);
        this.directory = directory;
        topics.setLegend(question);
        topics.addSelectionListener(chosen -> {
            draft.topics(chosen);
            if (!chosen.isEmpty()) {
                topics.setError(null);
            }
        });
        setContent(topics);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(KITA_PARAMETER)
                .filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> directory.kita(Long.parseLong(id)))
                .ifPresent(kita -> {
                    draft.kitaId(kita.id());
                    draft.districtId(kita.districtId());
                });
        super.beforeEnter(event);
    }

    @Override
    protected void showDraft() {
        topics.setSelected(draft.topics());
    }

    @Override
    protected void translate(Locale locale) {
        topics.setHint(getTranslation("help.topics.hint"));
        topics.setItems(List.of(Topic.values()), topic -> new Choice(getTranslation("help.topic." + topic.name()),
                getTranslation("help.topic." + topic.name() + ".hint"), icon(topic)));
        if (topics.getError() != null) {
            topics.setError(getTranslation("help.topics.error"));
        }
    }

    @Override
    protected boolean save() {
        draft.topics(topics.getSelected());
        boolean ok = !topics.getSelected().isEmpty();
        topics.setError(ok ? null : getTranslation("help.topics.error"));
        if (!ok) {
            topics.focus();
        }
        return ok;
    }

    static String icon(Topic topic) {
        return switch (topic) {
            case PARENTING -> Icons.HEART;
            case CRISIS -> Icons.CLOUD;
            case MONEY -> Icons.EURO;
            case AUTHORITIES -> Icons.LETTER;
            case HEALTH -> Icons.HEALTH;
            case SINGLE_PARENT -> Icons.PARENT_CHILD;
            case NEW_IN_GERMANY -> Icons.COMPASS;
            case INTERPRETER -> Icons.SPEECH;
            case OTHER -> Icons.MORE;
        };
    }
}
