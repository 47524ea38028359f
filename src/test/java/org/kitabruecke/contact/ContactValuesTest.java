package org.kitabruecke.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ContactValuesTest {

    @Test
    void phoneNumbersAreUnderstoodHoweverTheyAreTyped() {
        assertThat(PhoneNumber.parse("0151 123 456 78")).contains(new PhoneNumber("+4915112345678"));
        assertThat(PhoneNumber.parse("+49 (0)151/12345678")).contains(new PhoneNumber("+4915112345678"));
        assertThat(PhoneNumber.parse("0049 151 12345678")).contains(new PhoneNumber("+4915112345678"));
        assertThat(PhoneNumber.parse("٠١٥١١٢٣٤٥٦٧٨")).as("Arabic-Indic digits")
                .contains(new PhoneNumber("+4915112345678"));
        assertThat(PhoneNumber.parse("+90 532 123 45 67")).as("a Turkish mobile")
                .contains(new PhoneNumber("+905321234567"));
    }

    @Test
    void whatCannotBeARealNumberIsRefused() {
        assertThat(PhoneNumber.parse("12345")).isEmpty();
        assertThat(PhoneNumber.parse("0151 ABC")).isEmpty();
        assertThat(PhoneNumber.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(PhoneNumber.parse("")).isEmpty();
    }

    @Test
    void theTeamSeesNumbersAsTheyDialThem() {
        assertThat(new PhoneNumber("+4915112345678").forDialling()).isEqualTo("01511 2345678");
        assertThat(new PhoneNumber("+905321234567").forDialling()).isEqualTo("+90 532 123 45 67");
    }

    @Test
    void usableEmailAddressesAreAcceptedAndTypingSlipsRefused() {
        assertThat(EmailAddress.parse(" familie.yilmaz@example.org ")).contains(new EmailAddress("familie.yilmaz@example.org"));
        assertThat(EmailAddress.parse("a.b+kita@mail.example.de")).isPresent();
        assertThat(EmailAddress.parse("familie@example")).isEmpty();
        assertThat(EmailAddress.parse("familie example.org")).isEmpty();
        assertThat(EmailAddress.parse("familie@@example.org")).isEmpty();
        assertThat(EmailAddress.parse("Familie <familie@example.org>")).isEmpty();
        assertThat(EmailAddress.parse("x".repeat(250) + "@example.org")).isEmpty();
    }

    @Test
    void aContactLanguageIsALanguageCodeWithARegionOnlyWhereNeeded() {
        assertThat(ContactLanguage.of("ckb").code()).isEqualTo("ckb");
        assertThat(ContactLanguage.of("fa-AF").code()).isEqualTo("fa-AF");
        assertThatThrownBy(() -> ContactLanguage.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactLanguage.of("Deutsch")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactLanguage.of("de-x-ls")).as("Leichte Sprache is read, not spoken")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedValuesComeBackAsTheyWentInAndErasedOnesAsNothing() {
        var phones = new PhoneNumberConverter();
        assertThat(phones.convertToEntityAttribute(phones.convertToDatabaseColumn(new PhoneNumber("+4915112345678"))))
                .isEqualTo(new PhoneNumber("+4915112345678"));
        assertThat(phones.convertToEntityAttribute(null)).isNull();
        var addresses = new EmailAddressConverter();
        assertThat(addresses.convertToDatabaseColumn(new EmailAddress("a@example.org"))).isEqualTo("a@example.org");
        assertThat(addresses.convertToEntityAttribute(null)).isNull();
        assertThat(new ContactLanguageConverter().convertToEntityAttribute("tr")).isEqualTo(ContactLanguage.of("tr"));
    }

    record Exported(PhoneNumber phone, EmailAddress email, ContactLanguage language) {
    }

    @Test
    void aFamilysJsonFileShowsContactsAsTheyAreWrittenAndReadsThemBack() {
        var json = JsonMapper.builder().build();
        var exported = new Exported(new PhoneNumber("+4915112345678"), new EmailAddress("a@example.org"),
                ContactLanguage.of("fa-AF"));
        String written = json.writeValueAsString(exported);
        assertThat(written)
                .isEqualTo("{\"phone\":\"+4915112345678\",\"email\":\"a@example.org\",\"language\":\"fa-AF\"}");
        assertThat(json.readValue(written, Exported.class)).isEqualTo(exported);
    }

    @Test
    void anAddressIsWrittenTheSameWayEverywhere() {
        var address = new PostalAddress("Westring 12", "44787", "Bochum");
        assertThat(address.oneLine()).isEqualTo("Westring 12, 44787 Bochum");
        assertThat(address.onTwoLines()).isEqualTo("Westring 12\n44787 Bochum");
    }
}
