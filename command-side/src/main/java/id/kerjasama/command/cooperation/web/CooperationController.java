package id.kerjasama.command.cooperation.web;

import id.kerjasama.command.cooperation.CommandOutcome;
import id.kerjasama.command.cooperation.CooperationCommands;
import id.kerjasama.command.cooperation.web.Accepted.Created;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.command.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The task-based command API: one endpoint per command. A request body is the command itself; its
 * {@code cooperationId} is always taken from the path ({@link CommandArguments}). Every answer carries the
 * cooperation's new version, also as {@code ETag}; send it back as {@code If-Match} to refuse stale writes.
 */
@RestController
@RequestMapping("/api/cooperations")
@Tag(name = "Cooperation commands")
public class CooperationController {

    private final CooperationCommands commands;

    CooperationController(CooperationCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Initiate a cooperation (by a regional unit or on a partner's offer)")
    public ResponseEntity<Accepted> initiateCooperation(@CommandBody InitiateCooperation command) {
        return created(command, command.cooperationId());
    }

    @PostMapping("/imports")
    @Operation(summary = "Import a KB or NK signed before the region adopted the system")
    public ResponseEntity<Accepted> importSignedAgreement(@CommandBody ImportSignedAgreement command) {
        return created(command, command.cooperationId());
    }

    @PostMapping("/{id}/appoint-liaison-officer")
    @Operation(summary = "Name the liaison officer of the initiating unit")
    public ResponseEntity<Accepted> appointLiaisonOfficer(@PathVariable String id, @CommandBody AppointLiaisonOfficer command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/attach-preparation-document")
    @Operation(summary = "Attach the KAK, a feasibility study or the partner's offer letter")
    public ResponseEntity<Accepted> attachPreparationDocument(@PathVariable String id, @CommandBody AttachPreparationDocument command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/submit-for-assessment")
    @Operation(summary = "Submit the preparation to the TKKSD")
    public ResponseEntity<Accepted> submitForAssessment(@PathVariable String id, @CommandFromPath SubmitForAssessment command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/start-assessment")
    @Operation(summary = "The TKKSD starts its assessment")
    public ResponseEntity<Accepted> startAssessment(@PathVariable String id, @CommandFromPath StartAssessment command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-assessment-finding")
    @Operation(summary = "Record a finding of the assessment")
    public ResponseEntity<Accepted> recordAssessmentFinding(@PathVariable String id, @CommandBody RecordAssessmentFinding command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/conclude-assessment")
    @Operation(summary = "Conclude the assessment: feasible, revise or reject")
    public ResponseEntity<Accepted> concludeAssessment(@PathVariable String id, @CommandBody ConcludeAssessment command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/send-offer")
    @Operation(summary = "Record the regional head's offer letter")
    public ResponseEntity<Accepted> sendOffer(@PathVariable String id, @CommandBody SendOffer command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-partner-answer")
    @Operation(summary = "Record the partner's answer to the offer")
    public ResponseEntity<Accepted> recordPartnerAnswer(@PathVariable String id, @CommandBody RecordPartnerAnswer command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/draft-agreement")
    @Operation(summary = "Draft a KB, PKS, NK or Rencana Kerja")
    public ResponseEntity<Accepted> draftAgreement(@PathVariable String id, @CommandBody DraftAgreement command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.DOCUMENT, command.documentId());
    }

    @PostMapping("/{id}/revise-draft")
    @Operation(summary = "Revise an unsigned draft")
    public ResponseEntity<Accepted> reviseDraft(@PathVariable String id, @CommandBody ReviseDraft command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/approve-draft")
    @Operation(summary = "The TKKSD approves a draft")
    public ResponseEntity<Accepted> approveDraft(@PathVariable String id, @CommandBody ApproveDraft command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/reject-draft")
    @Operation(summary = "The TKKSD rejects a draft")
    public ResponseEntity<Accepted> rejectDraft(@PathVariable String id, @CommandBody RejectDraft command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/determine-dprd-approval-requirement")
    @Operation(summary = "Determine whether the DPRD must approve")
    public ResponseEntity<Accepted> determineDprdApprovalRequirement(@PathVariable String id, @CommandBody DetermineDprdApprovalRequirement command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/request-dprd-approval")
    @Operation(summary = "Request the DPRD's approval")
    public ResponseEntity<Accepted> requestDprdApproval(@PathVariable String id, @CommandBody RequestDprdApproval command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-dprd-decision")
    @Operation(summary = "Record the DPRD's decision")
    public ResponseEntity<Accepted> recordDprdDecision(@PathVariable String id, @CommandBody RecordDprdDecision command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/grant-power-of-attorney")
    @Operation(summary = "Grant a power of attorney for signing PKS")
    public ResponseEntity<Accepted> grantPowerOfAttorney(@PathVariable String id, @CommandBody GrantPowerOfAttorney command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.POWER_OF_ATTORNEY, command.powerOfAttorneyId());
    }

    @PostMapping("/{id}/revoke-power-of-attorney")
    @Operation(summary = "Revoke a power of attorney")
    public ResponseEntity<Accepted> revokePowerOfAttorney(@PathVariable String id, @CommandBody RevokePowerOfAttorney command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/sign-agreement")
    @Operation(summary = "Record the signing of an approved document")
    public ResponseEntity<Accepted> signAgreement(@PathVariable String id, @CommandBody SignAgreement command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/register-signed-document")
    @Operation(summary = "Register and archive a signed document")
    public ResponseEntity<Accepted> registerSignedDocument(@PathVariable String id, @CommandBody RegisterSignedDocument command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/start-implementation")
    @Operation(summary = "Start implementation")
    public ResponseEntity<Accepted> startImplementation(@PathVariable String id, @CommandBody StartImplementation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-activity")
    @Operation(summary = "Record an activity")
    public ResponseEntity<Accepted> recordActivity(@PathVariable String id, @CommandBody RecordActivity command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-budget-realisation")
    @Operation(summary = "Record a budget realisation")
    public ResponseEntity<Accepted> recordBudgetRealisation(@PathVariable String id, @CommandBody RecordBudgetRealisation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-implementation-report")
    @Operation(summary = "Record an implementation report")
    public ResponseEntity<Accepted> recordImplementationReport(@PathVariable String id, @CommandBody RecordImplementationReport command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-evaluation")
    @Operation(summary = "Record an evaluation (self-report, TKKSD review, final)")
    public ResponseEntity<Accepted> recordEvaluation(@PathVariable String id, @CommandBody RecordEvaluation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.EVALUATION, command.evaluationId());
    }

    @PostMapping("/{id}/amend-agreement")
    @Operation(summary = "Draft an adendum to a signed document")
    public ResponseEntity<Accepted> amendAgreement(@PathVariable String id, @CommandBody AmendAgreement command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.DOCUMENT, command.documentId());
    }

    @PostMapping("/{id}/propose-extension")
    @Operation(summary = "Open a successor cooperation that extends this one")
    public ResponseEntity<Accepted> proposeExtension(@PathVariable String id, @CommandBody ProposeExtension command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.SUCCESSOR, command.successorId());
    }

    @PostMapping("/{id}/terminate-cooperation")
    @Operation(summary = "Terminate before the end of the term")
    public ResponseEntity<Accepted> terminateCooperation(@PathVariable String id, @CommandBody TerminateCooperation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/expire-cooperation")
    @Operation(summary = "Expire a cooperation whose term is over")
    public ResponseEntity<Accepted> expireCooperation(@PathVariable String id, @CommandFromPath ExpireCooperation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/withdraw-cooperation")
    @Operation(summary = "Withdraw a cooperation that has nothing signed")
    public ResponseEntity<Accepted> withdrawCooperation(@PathVariable String id, @CommandBody WithdrawCooperation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/answer-dormancy-flag")
    @Operation(summary = "Answer a dormancy flag: revive with an action plan, or decide to amend or terminate")
    public ResponseEntity<Accepted> answerDormancyFlag(@PathVariable String id, @CommandBody AnswerDormancyFlag command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/complete-follow-up-action")
    @Operation(summary = "Record that a follow-up action of an evaluation was carried out")
    public ResponseEntity<Accepted> completeFollowUpAction(@PathVariable String id, @CommandBody CompleteFollowUpAction command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/justify-continuation")
    @Operation(summary = "Answer an evaluation's recommendation to stop with the reasons to continue")
    public ResponseEntity<Accepted> justifyContinuation(@PathVariable String id, @CommandBody JustifyContinuation command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/record-audit-finding")
    @Operation(summary = "An inspector records an audit finding on the cooperation's history")
    public ResponseEntity<Accepted> recordAuditFinding(@PathVariable String id, @CommandBody RecordAuditFinding command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch, Created.FINDING, command.findingId());
    }

    @PostMapping("/{id}/record-finding-follow-up")
    @Operation(summary = "Record what was done about an audit finding")
    public ResponseEntity<Accepted> recordFindingFollowUp(@PathVariable String id, @CommandBody RecordFindingFollowUp command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    @PostMapping("/{id}/close-audit-finding")
    @Operation(summary = "An inspector closes an audit finding")
    public ResponseEntity<Accepted> closeAuditFinding(@PathVariable String id, @CommandBody CloseAuditFinding command, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(command, ifMatch);
    }

    private ResponseEntity<Accepted> created(Object command, CooperationId id) {
        CommandOutcome outcome = commands.send(command, null);
        return ResponseEntity.created(URI.create("/api/cooperations/" + id))
                .eTag(Long.toString(outcome.version()))
                .body(Accepted.of(id.value(), outcome.version(), null, null));
    }

    private ResponseEntity<Accepted> accepted(CooperationCommand command, String ifMatch) {
        return accepted(command, ifMatch, null, null);
    }

    /** {@code created}: what the command created, with {@code createdId}; null when it created nothing. */
    private ResponseEntity<Accepted> accepted(CooperationCommand command, String ifMatch, Accepted.Created created,
                                              Object createdId) {
        CommandOutcome outcome = commands.send(command, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Long.toString(outcome.version()))
                .body(Accepted.of(command.cooperationId().value(), outcome.version(), created, createdId));
    }
}
