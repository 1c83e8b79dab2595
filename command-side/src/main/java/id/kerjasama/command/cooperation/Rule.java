package id.kerjasama.command.cooperation;

/**
 * Every rule a command can break, with a stable code clients can rely on. A {@link Kind#STAGE} rule means the
 * command does not fit where the cooperation stands (HTTP 409); a {@link Kind#BUSINESS} rule means the command
 * fits the stage but breaks a rule of the domain (HTTP 422).
 */
public enum Rule {
    // Where the cooperation stands
    STAGE_ORDER(Kind.STAGE, "no stage may be skipped or repeated (Permendagri 22/2020)"),
    COOPERATION_ENDED(Kind.STAGE, "an ended cooperation takes no further steps"),
    STEP_ALREADY_TAKEN(Kind.STAGE, "this step was already taken"),
    NOT_ACTIVE(Kind.STAGE, "activities, reports and evaluations are recorded only while the cooperation is active"),
    NOTHING_SIGNED(Kind.STAGE, "only a signed cooperation can be terminated, expired, amended or extended; withdraw an unsigned one"),
    ALREADY_SIGNED(Kind.STAGE, "a cooperation with a signed document cannot be withdrawn; terminate it"),
    // What the cooperation is
    TYPE_SUPPORTED(Kind.BUSINESS, "foreign cooperation (KSDPL, KSDLL) is not supported yet"),
    PARTNER_KIND_FITS_TYPE(Kind.BUSINESS, "the partner's kind must fit the cooperation type (PP 28/2018)"),
    PARTNER_REGION_DIFFERS(Kind.BUSINESS, "a region cannot cooperate with itself"),
    PARTNER_REGION_BORDERS(Kind.BUSINESS, "a mandatory KSDD needs a bordering region"),
    PARTNER_OFFER_FROM_THIRD_PARTY(Kind.BUSINESS, "only a third party (KSDPK) initiates by an offer"),
    // Preparation and assessment
    PREPARATION_COMPLETE(Kind.BUSINESS, "submission needs the terms of reference (or the partner's offer), a feasibility study for KSDPK, and a liaison officer"),
    PREPARATION_DOCUMENT_FITS(Kind.BUSINESS, "the partner's offer letter belongs only to a partner-initiated cooperation"),
    FINDINGS_BEFORE_CONCLUSION(Kind.BUSINESS, "the TKKSD records at least one finding before concluding"),
    SEPARATION_OF_DUTIES(Kind.BUSINESS, "whoever initiated, drafted or self-reported may not alone approve or review it"),
    DATES_IN_ORDER(Kind.BUSINESS, "business dates follow the procedure: no answer before its offer, no PKS before its KB, no implementation before the PKS (or Rencana Kerja) it implements was signed, no activity before implementation"),
    NOT_IN_FUTURE(Kind.BUSINESS, "a record of what happened (a letter, a signing, a decision, an activity, a reported or evaluated period) is not dated after today"),
    // Documents
    INSTRUMENT_FITS_TYPE(Kind.BUSINESS, "KB and PKS are for KSDD and KSDPK; a SYNERGY uses a Nota Kesepakatan and Rencana Kerja"),
    ONE_FRAMEWORK_DOCUMENT(Kind.BUSINESS, "a cooperation has one KB or one NK"),
    PARENT_DOCUMENT(Kind.BUSINESS, "a PKS belongs to the signed KB, a Rencana Kerja to the NK"),
    TERM_MAXIMUM(Kind.BUSINESS, "a term is at most the configured number of years unless a legal exception is recorded"),
    TERM_WITHIN_FRAMEWORK(Kind.BUSINESS, "a PKS or Rencana Kerja lies within the term of its KB or NK"),
    UNKNOWN_DOCUMENT(Kind.BUSINESS, "the document is not part of this cooperation"),
    SIGNED_DOCUMENT_IMMUTABLE(Kind.BUSINESS, "a signed document never changes; amend it by adendum"),
    DRAFT_APPROVED_BEFORE_SIGNING(Kind.BUSINESS, "only a draft approved by the TKKSD is signed"),
    DRAFT_REVISED_AFTER_REJECTION(Kind.BUSINESS, "a rejected draft must be revised before it is approved"),
    REGISTER_SIGNED_ONLY(Kind.BUSINESS, "only a signed document is registered and archived"),
    AMEND_SIGNED_ORIGINAL(Kind.BUSINESS, "an adendum amends a signed KB, PKS, NK or Rencana Kerja"),
    // The archive of document files
    FILE_MATCHES_RECORD(Kind.BUSINESS, "a document's file is archived only with the SHA-256 the cooperation recorded for it"),
    SIGNED_ORIGINAL_PDF(Kind.BUSINESS, "the file of a signed original is a PDF, by its content"),
    ARCHIVED_BY_RECORDER(Kind.BUSINESS, "a document's file is archived by a role that may record that document"),
    // Approval and signing
    DPRD_GATE(Kind.BUSINESS, "when DPRD approval is required, no PKS is signed and nothing becomes active without it"),
    SIGNING_AUTHORITY(Kind.BUSINESS, "the regional head (or an acting head) signs offers, KB and NK; a PKS also by an official holding a valid power of attorney"),
    SIGNATORIES_BOTH_PARTIES(Kind.BUSINESS, "a document is signed by both the region and the partner"),
    UNKNOWN_POWER_OF_ATTORNEY(Kind.BUSINESS, "the power of attorney is not part of this cooperation"),
    POWER_OF_ATTORNEY_COVERS_PKS(Kind.BUSINESS, "a power of attorney covers the PKS of this cooperation"),
    // Implementation and end
    NOTHING_TO_IMPLEMENT(Kind.BUSINESS, "implementation starts once a PKS (or the NK and its Rencana Kerja) is signed"),
    FINAL_EVALUATION_COMPLETE(Kind.BUSINESS, "a final evaluation grades all ten items and gives an overall rating"),
    ONE_SUCCESSOR(Kind.BUSINESS, "a cooperation that was implemented is extended once, by another cooperation"),
    TERMINATION_REASON_ACCEPTED(Kind.BUSINESS, "termination needs a reason from the accepted list"),
    TERM_OVER(Kind.BUSINESS, "a cooperation expires only after the last day of its term"),
    IMPORT_FRAMEWORK_ONLY(Kind.BUSINESS, "an import brings in a signed KB or NK"),
    // Flags and their answers
    NO_OPEN_FLAG(Kind.STAGE, "only an open dormancy flag is answered"),
    ACTION_PLAN_REQUIRED(Kind.BUSINESS, "a dormant cooperation is revived with an action plan: at least one action, each with an owner and a due date not in the past"),
    UNKNOWN_EVALUATION(Kind.BUSINESS, "the evaluation is not part of this cooperation"),
    UNKNOWN_FOLLOW_UP_ACTION(Kind.BUSINESS, "the evaluation has no follow-up action with that number (they count from 1)"),
    STOP_RECOMMENDATION_ONLY(Kind.BUSINESS, "a justification to continue answers an evaluation that recommended stopping"),
    // Audit findings by inspectors
    UNKNOWN_AUDIT_FINDING(Kind.BUSINESS, "the audit finding is not part of this cooperation"),
    AUDIT_FINDING_CLOSED(Kind.STAGE, "a closed audit finding takes no further follow-up and is not closed again"),
    FINDING_REFERS_TO_HISTORY(Kind.BUSINESS, "an audit finding refers to events of this cooperation's own history"),
    // Exemptions from the public register (UU 14/2008 art. 17 and 19)
    EXEMPTION_SIGNED_AGREEMENT(Kind.BUSINESS, "only a signed agreement (its KB or NK signed) is in the public register, so only its entry has exemptions"),
    EXEMPTED_DOCUMENT_SIGNED(Kind.BUSINESS, "only a signed document is in the public register, so only a signed one is exempted"),
    EXEMPTION_PERIOD(Kind.BUSINESS, "an exemption ends after its decision and not before today, at most 30 years after the decision (PP 61/2010)"),
    UNKNOWN_EXEMPTION(Kind.BUSINESS, "the exemption is not part of this cooperation"),
    EXEMPTION_ACTIVE(Kind.STAGE, "only an active exemption is lifted: not lifted already, its last day not past");

    public enum Kind { STAGE, BUSINESS }

    private final Kind kind;
    private final String description;

    Rule(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
