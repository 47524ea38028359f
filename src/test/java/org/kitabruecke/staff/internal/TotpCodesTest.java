package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 key, and the 8-digit codes whose last six digits a 6-digit app shows. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesAreThoseOfRfc6238sTestVectorsForSha1() {
        assertThat(codeAt(59)).isEqualTo("287082");
        assertThat(codeAt(1111111109)).isEqualTo("081804");
        assertThat(codeAt(1111111111)).isEqualTo("050471");
        assertThat(codeAt(1234567890)).isEqualTo("005924");
        assertThat(codeAt(2000000000)).isEqualTo("279037");
        assertThat(codeAt(20000000000L)).isEqualTo("353130");
    }

    @Test
    void aCodeCountsForItsStepAndTheOnesBeforeAndAfterButNeverTwice() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = TotpCodes.step(now);
        assertThat(TotpCodes.matchingStep(RFC_KEY, "050471", now, 0)).hasValue(step);
        assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step - 1), now, 0)).hasValue(step - 1);
        assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step + 1), now, 0)).hasValue(step + 1);
        assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step - 2), now, 0)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.code(RFC_KEY, step + 2), now, 0)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_KEY, "050471", now, step)).isEmpty();
    }

    @Test
    void codesAreReadWithSpacesAndInArabicIndicOrPersianDigits() {
        assertThat(TotpCodes.digits("123 456")).hasValue("123456");
        assertThat(TotpCodes.digits(" 123-456 ")).hasValue("123456");
        assertThat(TotpCodes.digits("١٢٣ ٤٥٦")).hasValue("123456");
        assertThat(TotpCodes.digits("۱۲۳۴۵۶")).hasValue("123456");
        assertThat(TotpCodes.digits("12345")).isEmpty();
        assertThat(TotpCodes.digits("12345a")).isEmpty();
        assertThat(TotpCodes.digits("ABCDE-FGHIJ")).isEmpty();
    }

    @Test
    void secretsAreShownInBase32AsRfc4648Writes() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.grouped("MZXW6YTBOI")).isEqualTo("MZXW 6YTB OI");
    }

    @Test
    void recoveryCodesAreReadInAnyCaseWithOrWithoutTheDash() {
        assertThat(RecoveryCodes.hashOf("abcde-fghij")).isEqualTo(RecoveryCodes.hashOf("ABCDEFGHIJ"));
        assertThat(RecoveryCodes.hashOf("ABCDE FGHIJ")).isPresent();
        assertThat(RecoveryCodes.hashOf("123456")).isEmpty();
    }

    private static String codeAt(long epochSecond) {
        return TotpCodes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(epochSecond)));
    }
}
