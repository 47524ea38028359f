package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.request.CaseFilter;
import org.kitabruecke.request.CaseFilter.Assignee;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;

/**
 * The inbox's filters, folded under one line that says how many are set: on a phone the results come first. What is
 * chosen stays in the address ({@code ?topic=MONEY&district=3}), so that a reload or a bookmark shows the same
 * requests. The search words never go there (an address ends up in the browser's history and in proxy logs, and the
 * words may name a family): they stay in the login's session, and the address says only that there are some.
 */
class InboxFilters extends Details {

    /** The status filter's choices: everything open, everything, or one state. */
    static final String OPEN = "OPEN";
    static final String ALL = "ALL";
    private static final String SEARCH_IN_SESSION = InboxFilters.class.getName() + ".search";
    private static final String SEARCHED = "search";

    private final Select<String> status = new Select<>();
    private final Select<Topic> topic = new Select<>();
    private final Select<Urgency> urgency = new Select<>();
    private final Select<DistrictEntry> district = new Select<>();
    private final ComboBox<KitaEntry> kita = new ComboBox<>();
    private final Select<String> language = new Select<>();
    private final Checkbox interpreter = new Checkbox();
    private final Select<Assignee> assignee = new Select<>();
    private final TextField search = new TextField();
    private final List<DistrictEntry> districts;
    private final List<KitaEntry> kitas;
    private final List<String> languages;
    /** While the filters are set from an address, the inbox is refreshed once afterwards, not for each field. */
    private boolean showing;

    InboxFilters(List<DistrictEntry> districts, List<KitaEntry> kitas, List<String> languages, Runnable changed) {
        this.districts = districts;
        this.kitas = kitas;
        this.languages = languages;
        addClassName("kb-inbox-filter-box");
        setId("inbox-filters");
        status.setItems(statusChoices());
        status.setValue(OPEN);
        topic.setItems(Topic.values());
        topic.setEmptySelectionAllowed(true);
        urgency.setItems(Urgency.values());
        urgency.setEmptySelectionAllowed(true);
        district.setItems(districts);
        district.setEmptySelectionAllowed(true);
        kita.setItems(kitas);
        kita.setItemLabelGenerator(KitaEntry::name);
        kita.setClearButtonVisible(true);
        language.setItems(languages);
        language.setEmptySelectionAllowed(true);
        assignee.setItems(Assignee.values());
        assignee.setValue(Assignee.ANYONE);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(CaseFilter.TEXT_MAX);
        search.setId("inbox-search");
        status.setId("inbox-status");
        topic.setId("inbox-topic");
        district.setId("inbox-district");
        assignee.setId("inbox-assignee");
        List<HasValue<?, ?>> fields = List.of(status, topic, urgency, district, kita, language, interpreter, assignee,
                search);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!showing) {
                changed.run();
            }
        }));
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setAttribute(SEARCH_IN_SESSION, search.getValue());
            }
        });
        var row = new Div(status, topic, urgency, district, kita, language, assignee, search, interpreter);
        row.addClassName("kb-inbox-filters");
        add(row);
    }

    void localize(Locale locale) {
        status.setLabel(getTranslation("inbox.filter.status"));
        status.setItemLabelGenerator(value -> switch (value) {
            case OPEN -> getTranslation("inbox.filter.open");
            case ALL -> getTranslation("inbox.filter.all");
            default -> getTranslation("inbox.status." + value);
        });
        topic.setLabel(getTranslation("inbox.filter.topic"));
        topic.setItemLabelGenerator(t -> t == null ? getTranslation("inbox.filter.any")
                : getTranslation("help.topic." + t.name()));
        urgency.setLabel(getTranslation("inbox.filter.urgency"));
        urgency.setItemLabelGenerator(u -> u == null ? getTranslation("inbox.filter.any")
                : getTranslation("inbox.urgency." + u.name()));
        district.setLabel(getTranslation("inbox.filter.district"));
        district.setItemLabelGenerator(d -> d == null ? getTranslation("inbox.filter.any") : d.name());
        kita.setLabel(getTranslation("inbox.filter.kita"));
        language.setLabel(getTranslation("inbox.filter.language"));
        language.setItemLabelGenerator(code -> code == null ? getTranslation("inbox.filter.any")
                : LanguageNames.inLanguageOf(code, locale));
        interpreter.setLabel(getTranslation("inbox.filter.interpreter"));
        assignee.setLabel(getTranslation("inbox.filter.assignee"));
        assignee.setItemLabelGenerator(a -> getTranslation("inbox.assignee." + a.name()));
        search.setLabel(getTranslation("inbox.filter.search"));
        search.setHelperText(getTranslation("inbox.filter.search.hint"));
        summarize();
    }

    /** The folded line: how many filters differ from the inbox as it opens. */
    void summarize() {
        long active = Stream.of(!OPEN.equals(status.getValue()), topic.getValue() != null,
                urgency.getValue() != null, district.getValue() != null, kita.getValue() != null,
                language.getValue() != null, interpreter.getValue(), assignee.getValue() != Assignee.ANYONE,
                !search.getValue().isBlank()).filter(Boolean::booleanValue).count();
        setSummaryText(getTranslation("inbox.filters", "count", active));
    }

    CaseFilter filter() {
        String chosen = status.getValue() == null ? OPEN : status.getValue();
        return new CaseFilter(switch (chosen) {
            case OPEN -> CaseFilter.open().statuses();
            case ALL -> Set.of();
            default -> Set.of(RequestStatus.valueOf(chosen));
        }, topic.getValue(), urgency.getValue(), district.getValue() == null ? null : district.getValue().id(),
                kita.getValue() == null ? null : kita.getValue().id(),
                language.getValue() == null ? null : ContactLanguage.of(language.getValue()),
                interpreter.getValue() ? Boolean.TRUE : null,
                assignee.getValue() == null ? Assignee.ANYONE : assignee.getValue(), search.getValue());
    }

    /** The chosen filters as the address keeps them; the search words are not among them. */
    QueryParameters asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!OPEN.equals(status.getValue()) && status.getValue() != null) {
            query.put("status", status.getValue());
        }
        putIf(query, "topic", topic.getValue(), Topic::name);
        putIf(query, "urgency", urgency.getValue(), Urgency::name);
        putIf(query, "district", district.getValue(), d -> String.valueOf(d.id()));
        putIf(query, "kita", kita.getValue(), k -> String.valueOf(k.id()));
        putIf(query, "language", language.getValue(), Function.identity());
        if (interpreter.getValue()) {
            query.put("interpreter", "yes");
        }
        if (assignee.getValue() != null && assignee.getValue() != Assignee.ANYONE) {
            query.put("assignee", assignee.getValue().name());
        }
        if (!search.getValue().isBlank()) {
            // only that there are search words; the inbox opened from the menu starts without them
            query.put(SEARCHED, "1");
        }
        return QueryParameters.simple(query);
    }

    /**
     * Sets the filters from an address (a reload, a bookmark, Back); anything unknown there counts as not set. The
     * search words come back from the session if the address says there were some.
     */
    void show(QueryParameters query) {
        showing = true;
        try {
            setFrom(query);
        } finally {
            showing = false;
        }
        summarize();
    }

    private void setFrom(QueryParameters query) {
        status.setValue(one(query, "status").filter(statusChoices()::contains).orElse(OPEN));
        topic.setValue(byName(query, "topic", Topic.values()));
        urgency.setValue(byName(query, "urgency", Urgency.values()));
        district.setValue(one(query, "district").flatMap(id -> districts.stream()
                .filter(d -> String.valueOf(d.id()).equals(id)).findFirst()).orElse(null));
        kita.setValue(one(query, "kita").flatMap(id -> kitas.stream()
                .filter(k -> String.valueOf(k.id()).equals(id)).findFirst()).orElse(null));
        language.setValue(one(query, "language").filter(languages::contains).orElse(null));
        interpreter.setValue(one(query, "interpreter").isPresent());
        Assignee whose = byName(query, "assignee", Assignee.values());
        assignee.setValue(whose == null ? Assignee.ANYONE : whose);
        Object words = VaadinSession.getCurrent().getAttribute(SEARCH_IN_SESSION);
        search.setValue(one(query, SEARCHED).isPresent() && words instanceof String text ? text : "");
    }

    private static Optional<String> one(QueryParameters query, String name) {
        return query.getSingleParameter(name);
    }

    private static <E extends Enum<E>> @Nullable E byName(QueryParameters query, String name, E[] values) {
        return one(query, name).flatMap(value -> Arrays.stream(values).filter(v -> v.name().equals(value))
                .findFirst()).orElse(null);
    }

    private static <T> void putIf(Map<String, String> query, String name, @Nullable T value,
                                  Function<T, String> text) {
        if (value != null) {
            query.put(name, Objects.requireNonNull(text.apply(value)));
        }
    }

    private static List<String> statusChoices() {
        var choices = new ArrayList<String>(List.of(OPEN, ALL));
        Arrays.stream(RequestStatus.values()).map(Enum::name).forEach(choices::add);
        return choices;
    }
}
