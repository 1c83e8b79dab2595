package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.SigningAuthorityPolicy;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.command.RevokePowerOfAttorney;
import id.kerjasama.cooperation.event.PowerOfAttorneyGranted;
import id.kerjasama.cooperation.event.PowerOfAttorneyRevoked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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

    Verdict revocable() {
        return StepAlreadyTakenPolicy.notYetTaken(revokedOn != null, "power of attorney " + powerOfAttorneyId + " is already revoked");
    }

    @CommandHandler
    void handle(RevokePowerOfAttorney command, CooperationCourse course) {
        course.inStage(command).and(revocable()).orThrow();
        apply(new PowerOfAttorneyRevoked(command.cooperationId(), powerOfAttorneyId, command.revokedOn(),
                command.reason()));
    }

    /** Whether this power lets {@code signatory} sign {@code documentId} on {@code day}. */
    Verdict authorises(Signatory signatory, DocumentId documentId, LocalDate day) {
        return SigningAuthorityPolicy.powerOfAttorney(powerOfAttorneyId, grantee, coversDocumentId, validFrom, validUntil,
                revokedOn, signatory, documentId, day);
    }

    @EventSourcingHandler
    void on(PowerOfAttorneyRevoked revoked) {
        this.revokedOn = revoked.revokedOn();
    }
}
