package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferenceCodeTest {

    @Test
    void codesAreEasyToReadAloudWithoutLookAlikes() {
        var random = new SplittableRandom(42);
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            String code = ReferenceCode.random(random).value();
            assertThat(code).matches("KB-[A-Z2-9]{3}-[A-Z2-9]{3}").doesNotContainPattern("[01OI]");
            seen.add(code);
        }
        assertThat(seen).as("10,000 random codes are practically all different").hasSizeGreaterThan(9_990);
    }

    @Test
    void whatAParentTypesIsUnderstoodWhateverTheCaseAndSpacing() {
        assertThat(ReferenceCode.parse("kb 7kq 42m")).contains(new ReferenceCode("KB-7KQ-42M"));
        assertThat(ReferenceCode.parse("7KQ-42M")).contains(new ReferenceCode("KB-7KQ-42M"));
        assertThat(ReferenceCode.parse(" KB–7KQ–42M ")).contains(new ReferenceCode("KB-7KQ-42M"));
        assertThat(ReferenceCode.parse("KB-۷KQ-۴۲M")).as("Persian digits from a Dari keyboard")
                .contains(new ReferenceCode("KB-7KQ-42M"));
        assertThat(ReferenceCode.parse("KB-٧KQ-٤٢M")).as("Arabic-Indic digits").contains(new ReferenceCode("KB-7KQ-42M"));
    }

    @Test
    void somethingThatCannotBeACodeIsNotOne() {
        assertThat(ReferenceCode.parse("KB-7KQ-42")).isEmpty();
        assertThat(ReferenceCode.parse("KB-0KQ-42M")).isEmpty();
        assertThat(ReferenceCode.parse("<script>")).isEmpty();
        assertThatThrownBy(() -> new ReferenceCode("KB-1II-OOO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPinIsReadInAnyScriptsDigitsAndNeverPrinted() {
        assertThat(Pin.parse("123 456")).contains(new Pin("123456"));
        assertThat(Pin.parse("١٢٣٤٥٦")).contains(new Pin("123456"));
        assertThat(Pin.parse("۱۲۳۴۵۶")).contains(new Pin("123456"));
        assertThat(Pin.parse("12345")).isEmpty();
        assertThat(new Pin("123456").toString()).doesNotContain("123456");
    }
}
