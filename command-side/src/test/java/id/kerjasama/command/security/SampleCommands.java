package id.kerjasama.command.security;

import id.kerjasama.contact.command.DirectoryCommand;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import static id.kerjasama.command.api.CommandApi.file;
import static java.util.Map.entry;

/**
 * A well-formed body for every command of the API, so that authorization can be probed past body parsing. The
 * bodies need not fit the cooperation's stage: what happens after authorization is not under test here.
 */
public final class SampleCommands {

    private static final String DOC = "\"documentId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\"";
    private static final String TERM = "\"term\":{\"start\":\"2025-06-01\",\"end\":\"2027-05-31\"}";
    private static final String CONTENT = "\"content\":{\"title\":\"Kesepakatan\",\"scope\":[\"Kesehatan\"]," + TERM
            + ",\"funding\":{\"sources\":[\"APBD\"],\"inCurrentBudget\":true}}";
    private static final String HEAD = "{\"party\":\"REGION\",\"name\":\"Bupati\",\"position\":\"Bupati Lamandau\",\"capacity\":\"REGIONAL_HEAD\"}";
    private static final String PARTNER = "{\"party\":\"PARTNER\",\"name\":\"Direktur\",\"position\":\"Direktur PT CBI\",\"capacity\":\"PARTNER_REPRESENTATIVE\"}";
    private static final String NEW_COOPERATION = "\"type\":\"KSDPK\",\"initiatingRegion\":\"62.09\",\"initiatingUnit\":\"RSUD\","
            + "\"partner\":{\"kind\":\"BUSINESS\",\"name\":\"PT CBI\"},\"affairs\":[\"HEALTH\"]";

    /** Body by command name; null for commands that take none. */
    /** The commands of a region's directory (contacts and webhooks), which no cooperation takes. */
    public static final Set<String> DIRECTORY_COMMANDS = Arrays.stream(DirectoryCommand.class.getPermittedSubclasses())
            .map(Class::getSimpleName).collect(Collectors.toSet());

    public static final Map<String, String> BODIES = Map.ofEntries(
            entry("InitiateCooperation", "{" + NEW_COOPERATION + ",\"title\":\"Layanan\",\"initiator\":\"REGIONAL_UNIT\",\"objective\":\"x\"}"),
            entry("ImportSignedAgreement", "{" + NEW_COOPERATION + ",\"kind\":\"KB\",\"documentNumber\":\"KB/1\"," + CONTENT
                    + ",\"signatories\":[" + HEAD + "," + PARTNER + "],\"signedOn\":\"2025-04-25\",\"signedAt\":\"Nanga Bulik\","
                    + "\"signedFile\":" + file("kb.pdf", 'a') + ",\"sourceDocument\":" + file("arsip.pdf", 'b') + "}"),
            // a file, not JSON: the upload takes any body
            entry("ArchiveDocumentFile", "%PDF-1.7 not quite a file"),
            entry("AppointLiaisonOfficer", "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}"),
            entry("AttachPreparationDocument", "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":" + file("kak.pdf", 'a') + "}"),
            entry("SubmitForAssessment", ""),
            entry("StartAssessment", ""),
            entry("RecordAssessmentFinding", "{\"aspect\":\"hukum\",\"finding\":\"sesuai\"}"),
            entry("ConcludeAssessment", "{\"conclusion\":\"FEASIBLE\",\"rationale\":\"layak\"}"),
            entry("SendOffer", "{\"letter\":" + file("surat.pdf", 'c') + ",\"signedBy\":" + HEAD + ",\"sentOn\":\"2025-05-05\"}"),
            entry("RecordPartnerAnswer", "{\"answer\":\"ACCEPTED\",\"answeredOn\":\"2025-05-10\"}"),
            entry("DraftAgreement", "{\"kind\":\"KB\"," + CONTENT + "}"),
            entry("ReviseDraft", "{" + DOC + "," + CONTENT + "}"),
            entry("ApproveDraft", "{" + DOC + "}"),
            entry("RejectDraft", "{" + DOC + ",\"reason\":\"kurang lengkap\"}"),
            entry("DetermineDprdApprovalRequirement", "{\"burdensPublicAndRegion\":false,\"fundedInCurrentBudget\":true}"),
            entry("RequestDprdApproval", "{\"letter\":" + file("dprd.pdf", 'd') + ",\"requestedOn\":\"2025-06-10\"}"),
            entry("RecordDprdDecision", "{\"decision\":\"APPROVED\",\"decidedOn\":\"2025-07-10\"}"),
            entry("GrantPowerOfAttorney", "{\"grantee\":{\"name\":\"dr. X\",\"position\":\"Direktur RSUD\"},\"granteeUnit\":\"RSUD\","
                    + "\"grantor\":" + HEAD + ",\"validFrom\":\"2025-06-01\",\"validUntil\":\"2025-12-31\",\"letter\":" + file("kuasa.pdf", 'e') + "}"),
            entry("RevokePowerOfAttorney", "{\"powerOfAttorneyId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"revokedOn\":\"2025-08-01\",\"reason\":\"mutasi\"}"),
            entry("SignAgreement", "{" + DOC + ",\"documentNumber\":\"KB/1\",\"signatories\":[" + HEAD + "," + PARTNER
                    + "],\"signedOn\":\"2025-06-05\",\"signedAt\":\"Nanga Bulik\",\"signedFile\":" + file("kb.pdf", 'a') + "}"),
            entry("RegisterSignedDocument", "{" + DOC + ",\"registrationNumber\":\"REG-1\",\"archiveLocation\":\"Arsip\"}"),
            entry("StartImplementation", "{\"startedOn\":\"2025-07-01\"}"),
            entry("RecordActivity", "{\"date\":\"2025-08-01\",\"description\":\"Layanan\",\"unit\":\"RSUD\"}"),
            entry("RecordBudgetRealisation", "{\"fiscalYear\":2025,\"source\":\"APBD\",\"amount\":1000,\"description\":\"Biaya\"}"),
            entry("RecordImplementationReport", "{\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-12-31\",\"summary\":\"Laporan\"}"),
            entry("RecordEvaluation", "{\"kind\":\"SELF_REPORT\",\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-12-31\","
                    + "\"recommendation\":\"CONTINUE\",\"summary\":\"Baik\"}"),
            entry("AmendAgreement", "{\"amendedDocumentId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"changes\":\"Masa\"," + CONTENT + "}"),
            entry("ProposeExtension", "{\"title\":\"Lanjutan\",\"rationale\":\"Manfaat\"}"),
            entry("TerminateCooperation", "{\"reason\":\"MUTUAL_AGREEMENT\",\"effectiveOn\":\"2026-01-01\",\"explanation\":\"Sepakat\"}"),
            entry("ExpireCooperation", ""),
            entry("WithdrawCooperation", "{\"reason\":\"Batal\"}"),
            // the region in the body, as a new cooperation's: the matrix's own region is 62.09
            entry("RecordContact", "{\"region\":\"62.09\",\"contactId\":\"" + UUID.randomUUID() + "\",\"name\":\"Rina\","
                    + "\"role\":\"SECRETARIAT\",\"email\":\"rina@lamandaukab.go.id\"}"),
            entry("RegisterWebhook", "{\"region\":\"62.09\",\"webhookId\":\"" + UUID.randomUUID() + "\",\"name\":\"E-office\","
                    + "\"url\":\"https://eoffice.lamandaukab.go.id/kerjasama\"}"),
            entry("RemoveWebhook", "{\"region\":\"62.09\",\"webhookId\":\"" + UUID.randomUUID() + "\"}"),
            entry("RemoveContact", "{\"region\":\"62.09\",\"contactId\":\"" + UUID.randomUUID() + "\"}"),
            entry("AnswerDormancyFlag", "{\"reason\":\"NO_IMPLEMENTING_AGREEMENT\",\"answer\":\"TERMINATE\",\"explanation\":\"Tidak dilanjutkan\"}"),
            entry("CompleteFollowUpAction", "{\"evaluationId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"actionNumber\":1,\"completedOn\":\"2026-01-05\"}"),
            entry("JustifyContinuation", "{\"evaluationId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"justification\":\"Masih bermanfaat\"}"),
            entry("RecordAuditFinding", "{\"severity\":\"HIGH\",\"description\":\"Tidak ada PKS\",\"eventSequenceNumbers\":[0]}"),
            entry("RecordFindingFollowUp", "{\"findingId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"description\":\"Ditindaklanjuti\",\"followedUpOn\":\"2026-01-05\"}"),
            entry("CloseAuditFinding", "{\"findingId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"conclusion\":\"Selesai\"}"),
            entry("RecordPublicationExemption", "{" + DOC + ",\"ground\":\"INTELLECTUAL_PROPERTY_AND_COMPETITION\","
                    + "\"consequenceTest\":\"Membuka rincian tarif merugikan mitra\",\"decisionNumber\":\"PPID/1\","
                    + "\"decidedOn\":\"2026-01-05\",\"until\":\"2028-01-05\"}"),
            entry("LiftPublicationExemption", "{\"exemptionId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111\",\"reason\":\"Putusan Komisi Informasi\"}"));

    private SampleCommands() {
    }
}
