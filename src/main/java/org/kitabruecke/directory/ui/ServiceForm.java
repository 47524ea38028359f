package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.directory.PartnerService.Field;
import org.kitabruecke.directory.ServiceKind;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.LanguageNames;

/** All of a partner service in one form: how to reach it, languages, topics, hours, descriptions per language. */
class ServiceForm extends Composite<Div> {

    private final List<DistrictEntry> districts;
    private final TextField name = new TextField();
    private final Select<ServiceKind> kind = new Select<>();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final Select<DistrictEntry> district = new Select<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();
    private final HoursEditor hours = new HoursEditor();
    private final DescriptionsEditor descriptions;
    private @Nullable PartnerService editing;

    ServiceForm(List<DistrictEntry> districts, List<String> spokenLanguages, List<Language> portalLanguages) {
        this.districts = districts;
        this.descriptions = new DescriptionsEditor(portalLanguages);
        name.setId("service-name");
        name.setMaxLength(PartnerService.NAME_MAX);
        name.setWidth("28rem");
        kind.setItems(ServiceKind.values());
        district.setItems(districts);
        // the empty choice ("whole city") is labelled by this generator too
        district.setItemLabelGenerator(d -> d == null ? getTranslation("admin.service.wholeCity") : d.name());
        district.setEmptySelectionAllowed(true);
        street.setId("service-street");
        postcode.setId("service-postcode");
        phone.setId("service-phone-field");
        email.setId("service-email");
        languages.setItems(spokenLanguages);
        languages.setId("service-languages");
        topics.setItems(Arrays.stream(Topic.values()).filter(topic -> topic != Topic.OTHER).toList());
        topics.setId("service-topics");
        getContent().add(AdminForms.row(name, kind), AdminForms.row(street, postcode, city, district),
                AdminForms.row(phone, email), languages, topics, hours, descriptions);
    }

    void translate() {
        name.setLabel(getTranslation("admin.kita.name"));
        kind.setLabel(getTranslation("admin.service.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("services.kind." + k.name()));
        street.setLabel(getTranslation("admin.kita.street"));
        postcode.setLabel(getTranslation("admin.kita.postcode"));
        city.setLabel(getTranslation("admin.kita.city"));
        district.setLabel(getTranslation("admin.kita.district"));
        district.setEmptySelectionCaption(getTranslation("admin.service.wholeCity"));
        phone.setLabel(getTranslation("admin.kita.phone"));
        email.setLabel(getTranslation("admin.service.email"));
        languages.setLabel(getTranslation("admin.service.languages"));
        languages.setItemLabelGenerator(code -> LanguageNames.inLanguageOf(code, getLocale()));
        topics.setLabel(getTranslation("admin.service.topics"));
        topics.setItemLabelGenerator(topic -> getTranslation("help.topic." + topic.name()));
        hours.translate();
        descriptions.translate();
    }

    void edit(@Nullable PartnerService service) {
        editing = service;
        name.setValue(service == null ? "" : service.name());
        kind.setValue(service == null ? ServiceKind.COUNSELLING_CENTRE : service.kind());
        street.setValue(service == null ? "" : service.street());
        postcode.setValue(service == null ? "" : service.postcode());
        city.setValue(service == null ? "Ruhrstadt" : service.city());
        district.setValue(service == null || service.districtId() == null ? null : districts.stream()
                .filter(d -> d.id() == service.districtId()).findFirst().orElse(null));
        phone.setValue(service == null ? "" : service.phone());
        email.setValue(service == null || service.email() == null ? "" : service.email());
        languages.setValue(service == null ? Set.of("de") : Set.copyOf(service.languages()));
        topics.setValue(service == null ? Set.of() : service.topics());
        hours.show(service == null ? List.of() : service.hours());
        descriptions.show(service == null ? Map.of() : service.descriptions());
        AdminForms.clearErrors(name, street, postcode, city, phone, email, languages, topics);
        descriptions.showError(null);
    }

    /** The service as entered, or empty with every problem shown at its field (nothing typed is lost). */
    Optional<PartnerService> read() {
        var entered = hours.hours();
        var service = new PartnerService(editing == null ? null : editing.id(), name.getValue().strip(),
                kind.getValue() == null ? ServiceKind.OTHER : kind.getValue(), street.getValue().strip(),
                postcode.getValue().strip(), city.getValue().strip(), phone.getValue().strip(), email.getValue(),
                district.getValue() == null ? null : district.getValue().id(), null,
                languages.getValue().stream().sorted().toList(), topics.getValue(), entered.orElse(List.of()),
                descriptions.descriptions(), editing == null ? 0 : editing.version());
        Map<Field, String> problems = service.problems();
        AdminForms.showErrors(this, problems, Map.of(Field.NAME, name, Field.STREET, street, Field.POSTCODE, postcode,
                Field.CITY, city, Field.PHONE, phone, Field.EMAIL, email, Field.LANGUAGES, languages,
                Field.TOPICS, topics));
        descriptions.showError(problems.containsKey(Field.DESCRIPTION)
                ? getTranslation(problems.get(Field.DESCRIPTION)) : null);
        return problems.isEmpty() && entered.isPresent() ? Optional.of(service) : Optional.empty();
    }
}
