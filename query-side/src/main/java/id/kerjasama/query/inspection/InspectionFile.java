package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.FindingSeverity;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an inspector needs to know about one cooperation, folded from its events by {@link InspectionFold}: its
 * parties and label, who answers for it, the stages it went through and when, every flag the system raised (open
 * or closed), its audit findings, and how its evaluations kept to their deadlines. Stored as JSON beside the report
 * tables derived from it.
 */
public class InspectionFile {

    public String id;
    /** The sequence number of the last event applied. */
    public long version = -1;
    public CooperationType type;
    public String title;
    public String reportedLabel;
    public String regionCode;
    public PartnerKind partnerKind;
    public String partnerName;
    public String partnerRegionCode;
    public String initiatingUnit;
    public Person liaisonOfficer;
    /** The last person of the region's staff who acted on the cooperation (never the system or an inspector). */
    public Actor lastActor;
    public Stage stage;
    public Instant initiatedAt;
    public Instant endedAt;
    /** The business day it ended (the day of the decision or of the term's end that ended it). */
    public LocalDate endedOn;
    public String frameworkDocumentId;
    /** The day the KB or NK was signed. */
    public LocalDate signedOn;
    /** When that signing (or the import of the signed KB or NK) was recorded. */
    public Instant signingRecordedAt;
    /** The last day of the KB's or NK's term in force (the last signed adendum's, if any). */
    public LocalDate termEnd;
    public Map<String, DocumentEntry> documents = new LinkedHashMap<>();
    public List<Flag> flags = new ArrayList<>();
    public List<Finding> findings = new ArrayList<>();
    public List<StageStay> stays = new ArrayList<>();
    /** Evaluated periods ({@code start/end}), each counted once whatever the kinds of evaluation of it. */
    public Set<String> evaluatedPeriods = new LinkedHashSet<>();
    /** Evaluation deadlines met: a new period evaluated while no EvaluationOverdue was open. */
    public int evaluationsMet;
    /** Evaluation deadlines missed: one per EvaluationOverdue. */
    public int evaluationsMissed;

    public record Actor(String id, String name, String role, String region) {
    }

    public record DocumentEntry(DocumentKind kind, String parentId, LocalDate termEnd) {
    }

    /** A flag from the event that raised it to the event that closed it (an answer, or the end). */
    public static class Flag {
        public long raisedSequence;
        public FlagKind kind;
        /** What the flag is about, to match its answer: the dormancy reason, the evaluation and action, ... */
        public String key;
        /** In words, for readers. */
        public String about;
        /** The owner of an overdue follow-up action, as the evaluation named it. */
        public String owner;
        /** The last day of what the flag watches: a due date that passed, or for a reminder the last day of the term. */
        public LocalDate lastDay;
        /** The day the flag fell due: the day after the last day it watched (for a reminder, the day it was sent). */
        public LocalDate since;
        /** The commands that answer it, as {@link FlagKind#answeredWith()} names them. */
        public List<String> answeredWith;
        public Instant raisedAt;
        public Instant closedAt;
        public String closedBy;

        public boolean open() {
            return closedAt == null;
        }
    }

    public static class Finding {
        public String findingId;
        public FindingSeverity severity;
        public String description;
        public Instant recordedAt;
        public String recordedBy;
        public int followUps;
        public Instant closedAt;
    }

    /**
     * A stay in a stage, from the event that moved the cooperation into it to the one that moved it on: the moments
     * they were recorded, and their business days ({@link BusinessDates}).
     */
    public static class StageStay {
        public long enteredSequence;
        public Stage stage;
        public Instant enteredAt;
        public LocalDate enteredOn;
        /** The day {@code enteredAt} fell on in kerjasama.time-zone, and {@code leftAt}: the stay's recorded length. */
        public LocalDate enteredRecordedOn;
        public Instant leftAt;
        public LocalDate leftOn;
        public LocalDate leftRecordedOn;

        /** Business days from entering to leaving; null while the cooperation is in the stage. */
        public Long days() {
            return leftOn == null ? null : ChronoUnit.DAYS.between(enteredOn, leftOn);
        }

        /** Days between the days the moves in and out were recorded; null while the cooperation is in the stage. */
        public Long recordedDays() {
            return leftRecordedOn == null ? null : ChronoUnit.DAYS.between(enteredRecordedOn, leftRecordedOn);
        }
    }

    public boolean running() {
        return signedOn != null && stage != Stage.ENDED;
    }

    public List<Flag> openFlags() {
        return flags.stream().filter(Flag::open).toList();
    }

    public boolean dormant() {
        return flags.stream().anyMatch(f -> f.open() && f.kind == FlagKind.DORMANT);
    }

    public long openFindings() {
        return findings.stream().filter(f -> f.closedAt == null).count();
    }
}
