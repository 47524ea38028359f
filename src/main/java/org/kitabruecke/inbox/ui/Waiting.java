package org.kitabruecke.inbox.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.request.AnswerTimes;
import org.kitabruecke.request.Urgency;
import org.springframework.stereotype.Component;

/** How long a request has been waiting, and when that is too long ({@link AnswerTimes}). */
@Component
class Waiting {

    private final AnswerTimes answerTimes;
    private final ZoneId zone;

    Waiting(AnswerTimes answerTimes, Clock clock) {
        this.answerTimes = answerTimes;
        this.zone = clock.getZone();
    }

    boolean isOverdue(Urgency urgency, Duration waited) {
        return answerTimes.isOverdue(urgency, waited);
    }

    /** "25.11.26, 10:30 · vor 3 Stunden" in the reader's language (ICU). */
    String describe(Instant received, Instant now, Locale locale) {
        ULocale reader = Language.gregorian(locale);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, reader);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(received)) + " · " + ago(Duration.between(received, now), reader);
    }

    private static String ago(Duration waited, ULocale reader) {
        var relative = RelativeDateTimeFormatter.getInstance(reader);
        if (waited.toDays() >= 1) {
            return relative.format(-waited.toDays(), RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY);
        }
        if (waited.toHours() >= 1) {
            return relative.format(-waited.toHours(), RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR);
        }
        return relative.format(-Math.max(0, waited.toMinutes()), RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE);
    }
}
