package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.FindingSeverity;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.query.inspection.InspectionFile.Flag;
import id.kerjasama.region.RegionCode;
import id.kerjasama.region.RegionDirectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cooperation as the frontend and auditors read it: parties, stage, every document with its signatories,
 * term, funding and file hash, the DPRD decision, assessment, evaluations with their completed follow-up actions and
 * any justification to continue, answers to dormancy flags, audit findings with their follow-ups and closing, the
 * exemptions from the public register, the flags the system raised (open or answered), and links. It is only ever produced by {@link CooperationHistory},
 * from events; the live read model stores it as JSON and point-in-time replay builds it afresh, so the two cannot
 * disagree. Who did what is named by actor id as the events' metadata records it.
 */
public class CooperationDetail {

    public String id;
    /** The sequence number of the last event applied: the aggregate's version. */
    public long version = -1;
    public Instant initiatedAt;
    public Instant updatedAt;
    public CooperationType type;
    public String title;
    public String reportedLabel;
    public RegionView initiatingRegion;
    public String initiatingUnit;
    public Initiator initiator;
    public String initiatedBy;
    public Partner partner;
    public String partnerKey;
    public RegionView partnerRegion;
    public Set<GovernmentAffair> affairs;
    public String objective;
    public Stage stage;
    public EndReason endReason;
    public String predecessorId;
    public String successorId;
    public Extension extension;
    public Imported imported;
    public Person liaisonOfficer;
    /** Where reminders reach the liaison officer, if an address was given. */
    public String liaisonOfficerEmail;
    public String liaisonOfficerAppointedBy;
    public List<PreparationDocument> preparationDocuments = new ArrayList<>();
    public Assessment assessment;
    public Offer offer;
    public List<Document> documents = new ArrayList<>();
    public Dprd dprd;
    public List<PowerOfAttorney> powersOfAttorney = new ArrayList<>();
    public LocalDate implementationStartedOn;
    public String implementationStartedBy;
    public List<Activity> activities = new ArrayList<>();
    public List<BudgetRealisation> budgetRealisations = new ArrayList<>();
    public List<Report> reports = new ArrayList<>();
    public List<Evaluation> evaluations = new ArrayList<>();
    public List<DormancyFlagAnswer> dormancyAnswers = new ArrayList<>();
    public List<AuditFinding> auditFindings = new ArrayList<>();
    /** What the PPID withheld from the public register, lifted or not: the parties and inspectors see it all. */
    public List<Exemption> exemptions = new ArrayList<>();
    /**
     * Every flag the system raised, in the order raised: open until its answer or the end ({@code closedAt},
     * {@code closedBy}), with the commands that answer it. The same rule as the inspectors' reports
     * ({@code FlagRules}); an expiry reminder's {@code since} is left out here, its {@code raisedAt} says when.
     */
    public List<Flag> flags = new ArrayList<>();
    /**
     * Every document the cooperation records by its SHA-256, in the order recorded, under the id its file is archived
     * and fetched by ({@code /documents/{documentId}/file}), and whether the file is in the archive.
     */
    public List<RecordedFile> files = new ArrayList<>();
    public Ending ending;

    public record RegionView(String code, String name, String level) {

        /** The region as the reference list names it. */
        public static RegionView of(RegionCode code) {
            var region = RegionDirectory.standard().get(code);
            return new RegionView(code.value(), region.name(), region.level().name());
        }
    }

    public record Imported(DocumentReference sourceDocument, String note, List<String> deviations, String importedBy,
                           Instant importedAt) {
    }

    public record PreparationDocument(PreparationDocumentKind kind, DocumentReference file, String attachedBy,
                                      Instant attachedAt) {
    }

    public record Finding(String aspect, String finding, String recordedBy, Instant recordedAt) {
    }

    public static class Assessment {
        public Instant submittedAt;
        public String submittedBy;
        public Instant startedAt;
        public String startedBy;
        public List<Finding> findings = new ArrayList<>();
        public AssessmentConclusion conclusion;
        public String rationale;
        public String concludedBy;
        public Instant concludedAt;
    }

    public static class Offer {
        public DocumentReference letter;
        public Signatory signedBy;
        public LocalDate sentOn;
        public String sentBy;
        public PartnerAnswer answer;
        public LocalDate answeredOn;
        public DocumentReference answerLetter;
        public String answerRecordedBy;
    }

    public record Decision(String by, Instant at, String reason) {
    }

    /** A signing as recorded: by whom it was recorded, apart from who signed. */
    public record Signing(String documentNumber, List<Signatory> signatories, LocalDate signedOn, String signedAt,
                          DocumentReference signedFile, String recordedBy, Instant recordedAt) {
    }

    public record Registration(String registrationNumber, String archiveLocation, String registeredBy,
                               Instant registeredAt) {
    }

    public enum DocumentStatus { DRAFT, APPROVED, REJECTED, SIGNED }

    public static class Document {
        public String documentId;
        public DocumentKind kind;
        /** For a PKS its KB, for a Rencana Kerja its NK, for an adendum the document it amends. */
        public String parentDocumentId;
        public DocumentStatus status;
        public AgreementContent content;
        /** What an adendum changes, in words. */
        public String changes;
        /** The term in force: the content's, or that of the last signed adendum. */
        public Term effectiveTerm;
        public String draftedBy;
        public Instant draftedAt;
        public int revisions;
        /** Each revision: who revised, when, and the note that says why. */
        public List<Decision> revisionNotes = new ArrayList<>();
        public Decision approval;
        public List<Decision> rejections = new ArrayList<>();
        public Signing signing;
        public Registration registration;
        public List<String> amendedBy = new ArrayList<>();
    }

    public static class Dprd {
        public boolean required;
        public boolean burdensPublicAndRegion;
        public boolean fundedInCurrentBudget;
        public String rationale;
        public String determinedBy;
        public LocalDate requestedOn;
        public LocalDate answerDueOn;
        public DocumentReference requestLetter;
        public String requestedBy;
        public DprdDecision decision;
        /** The DPRD did not answer in time and the region's rule counts its silence as approval. */
        public boolean deemedGiven;
        public LocalDate decidedOn;
        public DocumentReference decisionLetter;
        public String note;
        public String decisionRecordedBy;
    }

    public static class PowerOfAttorney {
        public String powerOfAttorneyId;
        public Person grantee;
        public String granteeUnit;
        public Signatory grantor;
        public String coversDocumentId;
        public LocalDate validFrom;
        public LocalDate validUntil;
        public DocumentReference letter;
        public String recordedBy;
        public LocalDate revokedOn;
        public String revocationReason;
        public String revocationRecordedBy;
    }

    /**
     * A document the cooperation records: a signed original takes its agreement document's id, any other file an id
     * of its own ({@code RecordedDocument}); {@code field} says which event and field record it.
     */
    public static class RecordedFile {
        public String documentId;
        public String field;
        public String fileName;
        public String sha256;
        public boolean signedOriginal;
        /** Null while the file is not in the archive. */
        public ArchivedFile archived;
    }

    /** The file in the archive: its size and media type, who stored it and when. */
    public record ArchivedFile(long size, String mediaType, String archivedBy, Instant archivedAt) {
    }

    /** The recorded file with this id, or null. */
    public RecordedFile file(String documentId) {
        return files.stream().filter(f -> f.documentId.equals(documentId)).findFirst().orElse(null);
    }

    public record Activity(LocalDate date, String description, String unit, String recordedBy) {
    }

    public record BudgetRealisation(int fiscalYear, FundingSource source, BigDecimal amount, String description,
                                    String recordedBy) {
    }

    public record Report(LocalDate periodStart, LocalDate periodEnd, String summary, DocumentReference file,
                         String recordedBy) {
    }

    public static class Evaluation {
        public String evaluationId;
        public EvaluationKind kind;
        public LocalDate periodStart;
        public LocalDate periodEnd;
        public Map<EvaluationCriterion, Integer> grades;
        public Integer overallRating;
        public Recommendation recommendation;
        public List<FollowUpAction> followUpActions;
        public String summary;
        public String recordedBy;
        public Instant recordedAt;
        /** The follow-up actions carried out, each by its number in {@code followUpActions} (from 1). */
        public List<CompletedAction> completedActions = new ArrayList<>();
        /** The answer to a recommendation to stop: why the cooperation goes on. */
        public Continuation continuation;
    }

    public record CompletedAction(int actionNumber, LocalDate completedOn, String note, String recordedBy,
                                  Instant recordedAt) {
    }

    public record Continuation(String justification, LocalDate justifiedOn, String justifiedBy, Instant recordedAt) {
    }

    /** An answer to a dormancy flag: revived with an action plan, or a decision to amend or to terminate. */
    public record DormancyFlagAnswer(DormancyReason reason, DormancyAnswer answer, List<FollowUpAction> actionPlan,
                                     String explanation, LocalDate answeredOn, String answeredBy, Instant recordedAt) {
    }

    /** An inspector's finding about events of this history (by sequence number), what was done about it, its closing. */
    public static class AuditFinding {
        public String findingId;
        public FindingSeverity severity;
        public String description;
        public List<Long> eventSequenceNumbers;
        public String recordedBy;
        public Instant recordedAt;
        public List<FindingFollowUp> followUps = new ArrayList<>();
        public FindingClosing closing;
    }

    public record FindingFollowUp(String description, LocalDate followedUpOn, DocumentReference evidence,
                                  String recordedBy, Instant recordedAt) {
    }

    public record FindingClosing(String conclusion, String closedBy, Instant closedAt) {
    }

    /**
     * An exemption from the public register (UU 14/2008 art. 17 and 19): a signed document or fields of the public
     * entry, withheld on an art. 17 ground after a consequence test, by the PPID's decision letter, up to and including
     * {@code until}, unless {@code lifting} ended it earlier.
     */
    public static class Exemption {
        public String exemptionId;
        public String documentId;
        public Set<PublicEntryField> fields;
        public ExemptionGround ground;
        public String consequenceTest;
        public String decisionNumber;
        public LocalDate decidedOn;
        public LocalDate until;
        public String recordedBy;
        public Instant recordedAt;
        public Lifting lifting;

        /** Whether it withholds anything on {@code day}: not lifted, and {@code day} not after its last day. */
        public boolean appliesOn(LocalDate day) {
            return lifting == null && !day.isAfter(until);
        }
    }

    public record Lifting(String reason, String liftedBy, Instant liftedAt) {
    }

    /** A successor cooperation opened to continue this one. */
    public record Extension(String successorId, String rationale, String proposedBy, Instant proposedAt) {
    }

    /** How the cooperation ended: terminated (with a reason), expired, withdrawn, or refused along the way. */
    public record Ending(EndReason reason, TerminationReason terminationReason, LocalDate effectiveOn,
                         String explanation, String endedBy, Instant endedAt) {
    }

    /** The KB or NK, whatever was signed first as the framework of this cooperation. */
    public Document framework() {
        return documents.stream().filter(d -> d.kind == DocumentKind.KB || d.kind == DocumentKind.NK)
                .findFirst().orElse(null);
    }

    public Document document(String documentId) {
        return documents.stream().filter(d -> d.documentId.equals(documentId)).findFirst().orElse(null);
    }

    public Evaluation evaluation(String evaluationId) {
        return evaluations.stream().filter(e -> e.evaluationId.equals(evaluationId)).findFirst().orElse(null);
    }

    public Exemption exemption(String exemptionId) {
        return exemptions.stream().filter(e -> e.exemptionId.equals(exemptionId)).findFirst().orElse(null);
    }

    public AuditFinding auditFinding(String findingId) {
        return auditFindings.stream().filter(f -> f.findingId.equals(findingId)).findFirst().orElse(null);
    }
}
