package org.kitabruecke.request;

import java.util.List;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.privacy.KitaConsent;
import org.kitabruecke.request.internal.HelpRequestRepository;
import org.kitabruecke.staff.StaffAccounts;
import org.kitabruecke.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kita staff forward a family's need to the team, with the family's consent, for their own Kita only — which Kita
 * comes from the logged-in account, never from the page. The Kita then sees its forwards' state and nothing else:
 * no notes, no details, not another Kita's.
 */
@Service
@PreAuthorize("hasRole('KITA_STAFF')")
public class KitaForwarding {

    private final HelpRequests requests;
    private final HelpRequestRepository stored;
    private final StaffAccounts staff;
    private final Directory directory;
    private final Translations translations;

    KitaForwarding(HelpRequests requests, HelpRequestRepository stored, StaffAccounts staff, Directory directory,
                   Translations translations) {
        this.requests = requests;
        this.stored = stored;
        this.staff = staff;
        this.directory = directory;
        this.translations = translations;
    }

    /** The Kita this account forwards for. */
    @Transactional(readOnly = true)
    public KitaEntry myKita() {
        return kita(account());
    }

    /**
     * Forwards the family's need; the family gets the confirmation with code and PIN by mail (if an address was
     * given), and the Kita staff see both on screen to hand over.
     *
     * The Kita form asks neither about children nor about safe contact: those stay unanswered, never "0" or "ok".
     *
     * @throws IllegalArgumentException without the family's consent, without a way to reach the family, or with an
     *                                  explanation in a language the portal does not speak
     */
    @Transactional
    public Receipt forward(KitaForward forward) {
        if (!forward.familyAgreed()) {
            throw new IllegalArgumentException("Forwarding needs the family's consent");
        }
        Language explainedIn = translations.find(forward.explanationLanguage()).orElseThrow(() ->
                new IllegalArgumentException("No explanation in " + forward.explanationLanguage()));
        StaffMember account = account();
        KitaEntry kita = kita(account);
        var request = new NewHelpRequest(RequestSource.KITA, forward.topics(), forward.urgency(), null, kita.id(),
                kita.districtId(), forward.phone(), forward.email(), forward.contactLanguage(),
                explainedIn.code(), forward.interpreterNeeded(), null, OptionalAnswer.NOT_ANSWERED,
                OptionalAnswer.NOT_ANSWERED, null, KitaConsent.record(translations, explainedIn));
        return requests.submit(request, account.username());
    }

    /** This Kita's forwards, newest first, with their state only. */
    @Transactional(readOnly = true)
    public List<ForwardedRequest> myForwards() {
        KitaEntry kita = kita(account());
        return stored.findForwardsOf(kita.id()).stream()
                .map(request -> new ForwardedRequest(request.referenceCode(), request.createdAt(),
                        request.status().forKita()))
                .toList();
    }

    private StaffMember account() {
        return staff.current().orElseThrow(() -> new AccessDeniedException("No staff account"));
    }

    private KitaEntry kita(StaffMember account) {
        if (account.kitaId() == null) {
            throw new AccessDeniedException("The account " + account.username() + " acts for no Kita");
        }
        return directory.kita(account.kitaId())
                .orElseThrow(() -> new AccessDeniedException("The account's Kita no longer exists"));
    }
}
