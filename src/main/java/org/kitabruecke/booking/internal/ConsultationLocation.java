package org.kitabruecke.booking.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A place where the open consultation hour is held: the youth office or a district office. */
@Entity
@Table(name = "consultation_location")
public class ConsultationLocation {

    public static final int NAME_MAX = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 160)
    private String street;

    @Column(nullable = false, length = 5, columnDefinition = "char(5)")
    private String postcode;

    @Column(nullable = false, length = 80)
    private String city;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(length = 300)
    private @Nullable String accessibility;

    @Column(length = 300)
    private @Nullable String directions;

    @Column(name = "booking_window_days", nullable = false, columnDefinition = "smallint")
    private int bookingWindowDays = 28;

    @Column(name = "minimum_notice_minutes", nullable = false, columnDefinition = "smallint")
    private int minimumNoticeMinutes = 60;

    @Column(name = "waiting_minutes", columnDefinition = "smallint")
    private @Nullable Integer waitingMinutes;

    @Column(name = "waiting_on")
    private @Nullable LocalDate waitingOn;

    /** Access notes and directions in the families' languages, by language code; German is above. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_location_text", joinColumns = @JoinColumn(name = "location_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, PlaceTranslation> translations = new HashMap<>();

    @Version
    private int version;

    protected ConsultationLocation() {
        this.name = this.street = this.postcode = this.city = "";
    }

    public ConsultationLocation(long districtId) {
        this();
        this.districtId = districtId;
    }

    /** Name, address and how to get there; refuses an incomplete address. */
    public void describe(String name, String street, String postcode, String city, @Nullable String accessibility,
                         @Nullable String directions) {
        if (name.isBlank() || name.length() > NAME_MAX || street.isBlank() || street.length() > 160
                || !postcode.matches("[0-9]{5}") || city.isBlank() || city.length() > 80
                || accessibility != null && accessibility.length() > 300
                || directions != null && directions.length() > 300) {
            throw new IllegalArgumentException("Incomplete or too long address");
        }
        this.name = name.strip();
        this.street = street.strip();
        this.postcode = postcode;
        this.city = city.strip();
        this.accessibility = accessibility == null || accessibility.isBlank() ? null : accessibility.strip();
        this.directions = directions == null || directions.isBlank() ? null : directions.strip();
    }

    /**
     * Replaces the translations of the access notes and directions; a language with neither text is dropped, so a
     * parent sees the German text (marked as German) rather than nothing.
     */
    public void translateNotes(Map<String, PlaceTranslation> byLanguage) {
        if (byLanguage.values().stream().anyMatch(text -> text.accessibility() != null
                && text.accessibility().length() > 300 || text.directions() != null && text.directions().length() > 300)) {
            throw new IllegalArgumentException("Too long access notes or directions");
        }
        translations.clear();
        byLanguage.forEach((language, text) -> {
            if (text.accessibility() != null || text.directions() != null) {
                translations.put(language, text);
            }
        });
    }

    public Map<String, PlaceTranslation> translations() {
        return Map.copyOf(translations);
    }

    /** How far ahead (days) and how shortly before (minutes) parents may book here. */
    public void bookingRules(int windowDays, int noticeMinutes) {
        if (windowDays < 1 || windowDays > 180 || noticeMinutes < 0 || noticeMinutes > 10_080) {
            throw new IllegalArgumentException("Booking window or notice out of range");
        }
        this.bookingWindowDays = windowDays;
        this.minimumNoticeMinutes = noticeMinutes;
    }

    public int bookingWindowDays() {
        return bookingWindowDays;
    }

    public int minimumNoticeMinutes() {
        return minimumNoticeMinutes;
    }

    public long districtId() {
        return districtId;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    /** The staff's estimate of today's waiting time; {@code null} clears it. */
    public void estimateWaiting(@Nullable Integer minutes, LocalDate today) {
        if (minutes != null && (minutes < 0 || minutes > 600)) {
            throw new IllegalArgumentException("Waiting minutes out of range");
        }
        this.waitingMinutes = minutes;
        this.waitingOn = minutes == null ? null : today;
    }

    /** The waiting estimate, if one was given for that day. */
    public Optional<Integer> waitingOn(LocalDate day) {
        return day.equals(waitingOn) ? Optional.ofNullable(waitingMinutes) : Optional.empty();
    }

    public @Nullable String accessibility() {
        return accessibility;
    }

    public @Nullable String directions() {
        return directions;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }
}
