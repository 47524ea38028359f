package org.kitabruecke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests read the mail the portal sends: one {@link Mailbox} (a real SMTP server) runs from before
 * the class's first test until after its last. Each test finds it running and empty, as if new, also after a test
 * that stopped it to play an outage. It is set into every field of type {@code Mailbox} before each test, and given
 * to any test, {@code @BeforeEach} or {@code @AfterEach} method that takes a {@code Mailbox} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WithMailboxExtension.class)
public @interface WithMailbox {
}
