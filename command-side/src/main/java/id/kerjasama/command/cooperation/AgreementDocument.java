package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.DraftApprovedBeforeSigningPolicy;
import id.kerjasama.command.cooperation.policy.DraftRevisedAfterRejectionPolicy;
import id.kerjasama.command.cooperation.policy.RegisterSignedOnlyPolicy;
import id.kerjasama.command.cooperation.policy.SeparationOfDutiesPolicy;
import id.kerjasama.command.cooperation.policy.SignedDocumentImmutablePolicy;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.event.AgreementSigned;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.DraftRejected;
import id.kerjasama.cooperation.event.DraftRevised;
import id.kerjasama.cooperation.event.SignedDocumentRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One document of a cooperation, from draft to signed. Once signed it never changes: an adendum (a document of
 * its own) changes what is in force, recorded here as the effective content.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AgreementDocument {

    enum Status { DRAFT, APPROVED, REJECTED, SIGNED }

    @EntityId
    private DocumentId documentId;
    private DocumentKind kind;
    private DocumentId parentDocumentId;
    private AgreementContent content;
    private AgreementContent effectiveContent;
    private Status status;
    private LocalDate signedOn;
    private Set<String> authors = new HashSet<>();
    private boolean registered;

    AgreementDocument() {
        // for snapshots
    }

    AgreementDocument(DocumentId documentId, DocumentKind kind, DocumentId parentDocumentId, AgreementContent content,
                      String author, Status status, LocalDate signedOn) {
        this.documentId = documentId;
        this.kind = kind;
        this.parentDocumentId = parentDocumentId;
        this.content = content;
        this.effectiveContent = content;
        this.status = status;
        this.signedOn = signedOn;
        if (author != null) {
            authors.add(author);
        }
    }

    DocumentId id() {
        return documentId;
    }

    DocumentKind kind() {
        return kind;
    }

    DocumentId parentDocumentId() {
        return parentDocumentId;
    }

    boolean signed() {
        return status == Status.SIGNED;
    }

    /** The day it was signed; null while it is a draft. */
    LocalDate signedOn() {
        return signedOn;
    }

    /** The term in force: the signed content's, or the last signed adendum's. */
    Term effectiveTerm() {
        return effectiveContent.term();
    }

    AgreementContent content() {
        return content;
    }

    Verdict revisable() {
        return SignedDocumentImmutablePolicy.check(signed(), kind, documentId);
    }

    Verdict approvableBy(String actor) {
        return StepAlreadyTakenPolicy.notYetTaken(status == Status.APPROVED, kind + " " + documentId + " is already approved")
                .and(revisable())
                .and(DraftRevisedAfterRejectionPolicy.check(status == Status.REJECTED, kind, documentId))
                .and(SeparationOfDutiesPolicy.check(authors.contains(actor) ? actor : null, actor,
                        "drafted or revised " + kind + " " + documentId));
    }

    Verdict signable() {
        return revisable().and(DraftApprovedBeforeSigningPolicy.check(status == Status.APPROVED, kind, documentId));
    }

    Verdict registrable() {
        return StepAlreadyTakenPolicy.notYetTaken(registered, kind + " " + documentId + " is already registered")
                .and(RegisterSignedOnlyPolicy.check(signed(), kind, documentId));
    }

    @CommandHandler
    void handle(ApproveDraft command, @MetaDataValue(ACTOR_ID) String actor, CooperationCourse course) {
        course.inStage(command).and(approvableBy(actor)).orThrow();
        apply(new DraftApproved(command.cooperationId(), documentId));
    }

    @CommandHandler
    void handle(RejectDraft command, CooperationCourse course) {
        course.inStage(command).and(revisable()).orThrow();
        apply(new DraftRejected(command.cooperationId(), documentId, command.reason()));
    }

    /** Registration is administration: it goes on after the cooperation has ended. */
    @CommandHandler
    void handle(RegisterSignedDocument command, CooperationCourse course) {
        registrable().and(course.inStage(command)).orThrow();
        apply(new SignedDocumentRegistered(command.cooperationId(), documentId, command.registrationNumber(),
                command.archiveLocation()));
    }

    void amendedBy(AgreementContent adendumContent) {
        this.effectiveContent = adendumContent;
    }

    @EventSourcingHandler
    void on(DraftRevised revised, @MetaDataValue(ACTOR_ID) String actor) {
        content = revised.content();
        effectiveContent = revised.content();
        status = Status.DRAFT;
        if (actor != null) {
            authors.add(actor);
        }
    }

    @EventSourcingHandler
    void on(DraftApproved approved) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(DraftRejected rejected) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(AgreementSigned signed) {
        status = Status.SIGNED;
        signedOn = signed.signedOn();
    }

    @EventSourcingHandler
    void on(SignedDocumentRegistered registered) {
        this.registered = true;
    }
}
