package org.kitabruecke.directory;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.internal.DirectoryRecords;
import org.kitabruecke.directory.internal.DirectoryVersion;
import org.kitabruecke.directory.internal.DistrictRepository;
import org.kitabruecke.directory.internal.Kita;
import org.kitabruecke.directory.internal.KitaRepository;
import org.kitabruecke.directory.internal.PartnerServiceStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read access to the city's public directory: districts, Kitas, who is responsible for them, partner services.
 * It is public data that changes a few times a year and is read on every parent's visit, so it is kept in memory:
 * read anew when an admin changes it on this node, when another node changed it (each change bumps a version stamp in
 * the same transaction, {@link DirectoryVersion}; a node compares the stamp at most every {@link #CHECK_EVERY}, a
 * primary-key read) and at the latest after {@link #FRESH_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final DistrictRepository districts;
    private final KitaRepository kitas;
    private final PartnerServiceStore services;
    private final DirectoryRecords records;
    private final DirectoryVersion version;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;
    /** When (System.nanoTime) this node last compared its snapshot's version with the database's. */
    private volatile long checkedAt = System.nanoTime();

    Directory(DistrictRepository districts, KitaRepository kitas, PartnerServiceStore services,
              DirectoryRecords records, DirectoryVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
        this.districts = districts;
        this.kitas = kitas;
        this.services = services;
        this.records = records;
    }

    /** Everything parents look up, as read at one moment. */
    private record Snapshot(Instant readAt, long version, List<DistrictEntry> districts, List<KitaEntry> kitas,
                            Map<Long, List<KitaContact>> contacts, List<PartnerService> services) {
    }

    /** Every district, sorted as the reader's language sorts. */
    public List<DistrictEntry> districtList(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return snapshot().districts().stream().sorted(Comparator.comparing(DistrictEntry::name, collator::compare))
                .toList();
    }

    /** Every Kita, sorted by name as the reader's language sorts. */
    public List<KitaEntry> kitas(Locale locale) {
        return snapshot().kitas().stream().sorted(KitaSearch.byName(locale)).toList();
    }

    public Optional<KitaEntry> kita(long id) {
        return snapshot().kitas().stream().filter(kita -> kita.id() == id).findFirst();
    }

    /** Kitas matching what a parent typed, tolerant of spelling and script; see {@link KitaSearch}. */
    public List<KitaEntry> searchKitas(String query, Locale locale, int limit) {
        return KitaSearch.search(snapshot().kitas(), query, locale, limit);
    }

    /** Who is responsible for a Kita, in the order of their presence during the week. */
    public List<KitaContact> contactsOf(long kitaId) {
        return snapshot().contacts().getOrDefault(kitaId, List.of());
    }

    /**
     * Partner services for a topic and a district (either may be left open), sorted by name as the reader's language
     * sorts. A district's list includes the services for the whole city.
     */
    public List<PartnerService> services(@Nullable Topic topic, @Nullable Long district, Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return snapshot().services().stream()
                .filter(service -> topic == null || service.topics().contains(topic))
                .filter(service -> district == null || service.serves(district))
                .sorted(Comparator.comparing(PartnerService::name, collator::compare))
                .toList();
    }

    public Optional<PartnerService> service(long id) {
        return snapshot().services().stream().filter(service -> Objects.equals(service.id(), id))
                .findFirst();
    }

    /** Every district in alphabetical order, with how many Kitas and responsible social workers it has. */
    public List<DistrictOverview> districts() {
        return districts.overview().stream()
                .map(row -> new DistrictOverview(row.getName(), row.getKitas(), row.getSocialWorkers()))
                .toList();
    }

    /**
     * An admin changed the directory: the version stamp goes up in the change's transaction (for the other nodes);
     * this node reads it anew now, and again once that change is committed.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(DirectoryChanged change) {
        version.bump();
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        // its age on the city clock, as every "now"; another node's change is noticed on the monotonic timer below
        if (current == null || current.readAt().plus(FRESH_FOR).isBefore(clock.instant())
                || changedElsewhere(current)) {
            current = read();
            snapshot = current;
        }
        return current;
    }

    /** Whether another node changed the directory since {@code current} was read; asks at most every second. */
    private boolean changedElsewhere(Snapshot current) {
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_EVERY.toNanos()) {
            return false;
        }
        checkedAt = now;
        return version.current() != current.version();
    }

    private Snapshot read() {
        Instant readAt = clock.instant();
        // the stamp before the rows: a change committed in between is seen as newer next time, never missed
        long readVersion = version.current();
        checkedAt = System.nanoTime();
        List<DistrictEntry> allDistricts = districts.findAll().stream()
                .map(district -> new DistrictEntry(district.id(), district.name())).toList();
        List<KitaEntry> allKitas = kitas.findAllWithDistrict().stream().map(Directory::entry).toList();
        return new Snapshot(readAt, readVersion, allDistricts, allKitas, records.contactsByKita(),
                services.findAll());
    }

    private static KitaEntry entry(Kita kita) {
        return new KitaEntry(kita.id(), kita.name(), kita.street(), kita.postcode(), kita.city(),
                kita.district().id(), kita.district().name());
    }
}
