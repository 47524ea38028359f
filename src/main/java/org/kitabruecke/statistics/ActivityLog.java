package org.kitabruecke.statistics;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingAttended;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequestSubmitted;
import org.kitabruecke.request.HelpRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the team's work: what social workers log (one tap, plus district, topic and Kita if they like) and what
 * the portal sees (a request received, a booking attended). Only counters, never a request's id or a family's data.
 */
@Service
public class ActivityLog {

    private final JdbcTemplate jdbc;
    private final HelpRequests requests;
    private final Clock clock;
    private final ZoneId zone;

    ActivityLog(JdbcTemplate jdbc, HelpRequests requests, Clock clock, @Value("${kitabruecke.zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.clock = clock;
        this.zone = zone;
    }

    /** Logs an activity of today by the logged-in social worker. */
    @Transactional
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public void log(ActivityCategory category, @Nullable Long districtId, @Nullable Topic topic, @Nullable Long kitaId) {
        if (!category.isLogged()) {
            throw new IllegalArgumentException(category + " is counted by the portal");
        }
        insert(LocalDate.now(clock.withZone(zone)), category, districtId, topic == null ? null : List.of(topic),
                null, kitaId, SecurityContextHolder.getContext().getAuthentication().getName());
    }

    @ApplicationModuleListener
    void on(HelpRequestSubmitted submitted) {
        requests.factsOf(submitted.requestId()).ifPresent(facts -> insert(
                LocalDate.ofInstant(facts.receivedAt(), zone), ActivityCategory.REQUEST_RECEIVED, facts.districtId(),
                facts.topics(), facts.contactLanguage(), facts.kitaId(), null));
    }

    @ApplicationModuleListener
    void on(BookingAttended attended) {
        insert(attended.day(), ActivityCategory.BOOKING_ATTENDED, attended.districtId(), null,
                attended.contactLanguage(), null, null);
    }

    private void insert(LocalDate day, ActivityCategory category, @Nullable Long districtId,
                        @Nullable Collection<Topic> topics, @Nullable String language, @Nullable Long kitaId,
                        @Nullable String loggedBy) {
        jdbc.update("""
                INSERT INTO activity_count (happened_on, category, district_id, topics, contact_language, kita_id,
                  logged_by) VALUES (?, ?, ?, ?, ?, ?, ?)""", Date.valueOf(day), category.name(), districtId,
                topics == null || topics.isEmpty() ? null
                        : topics.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                language, kitaId, loggedBy);
    }
}
