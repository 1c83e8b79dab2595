package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.event.PowerOfAttorneyGranted;
import id.kerjasama.cooperation.event.PowerOfAttorneyRevoked;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.Rule.SIGNING_AUTHORITY;

/**
 * A power of attorney (surat kuasa) from the regional head, letting an official such as a hospital director
 * sign PKS: all of this cooperation's, or the one it names, between its first and last valid day.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PowerOfAttorney {

    @EntityId
    private PowerOfAttorneyId powerOfAttorneyId;
    private Person grantee;
    private DocumentId coversDocumentId;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate revokedOn;

    PowerOfAttorney() {
        // for snapshots
    }

    PowerOfAttorney(PowerOfAttorneyGranted granted) {
        this.powerOfAttorneyId = granted.powerOfAttorneyId();
        this.grantee = granted.grantee();
        this.coversDocumentId = granted.coversDocumentId();
        this.validFrom = granted.validFrom();
        this.validUntil = granted.validUntil();
    }

    boolean revoked() {
        return revokedOn != null;
    }

    /** Whether this power lets {@code signatory} sign {@code documentId} on {@code day}. */
    Verdict authorises(Signatory signatory, DocumentId documentId, LocalDate day) {
        String id = "power of attorney " + powerOfAttorneyId;
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " was revoked on " + revokedOn);
        }
        if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " is valid from " + validFrom + " to " + validUntil + ", not on " + day);
        }
        if (coversDocumentId != null && !coversDocumentId.equals(documentId)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " covers document " + coversDocumentId + " only");
        }
        return Verdict.when(!grantee.name().equalsIgnoreCase(signatory.name()), SIGNING_AUTHORITY,
                id + " was granted to " + grantee.name() + ", not to " + signatory.name());
    }

    @EventSourcingHandler
    void on(PowerOfAttorneyRevoked revoked) {
        this.revokedOn = revoked.revokedOn();
    }
}
