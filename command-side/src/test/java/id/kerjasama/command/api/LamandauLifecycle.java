package id.kerjasama.command.api;

import java.util.UUID;
import java.util.function.Consumer;

import static id.kerjasama.command.api.CommandApi.file;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the Lamandau seed (RSUD Gusti Abdul Gani Lamandau with PT Citra Borneo Indah Group, KSDPK, health)
 * through the API, stage by stage, as the unit officer, the TKKSD and the secretariat would. Each step asserts
 * that it was accepted, so a test can stop at any stage and probe the next command.
 */
public final class LamandauLifecycle {

    static final String REGION = "62.09";
    public static final String BUPATI = "{\"party\":\"REGION\",\"name\":\"Rizky Aditya Putra\",\"position\":\"Bupati Lamandau\",\"capacity\":\"REGIONAL_HEAD\"}";
    static final String CBI = "{\"party\":\"PARTNER\",\"name\":\"Direktur PT CBI Group\",\"position\":\"Direktur\",\"capacity\":\"PARTNER_REPRESENTATIVE\"}";

    private final CommandApi api;
    private String id;
    private String kbId;
    private String powerOfAttorneyId;
    private String pksId;
    private long version;
    private boolean retryingStale;
    private boolean repeatingWithKeys;
    private Consumer<String> afterEachStep = command -> {
    };

    public LamandauLifecycle(CommandApi api) {
        this.api = api;
    }

    public String id() {
        return id;
    }

    public String kbId() {
        return kbId;
    }

    public String powerOfAttorneyId() {
        return powerOfAttorneyId;
    }

    public String pksId() {
        return pksId;
    }

    public LamandauLifecycle initiated() {
        asOfficer();
        id = accepted(send("/api/cooperations", """
                {"type":"KSDPK","title":"Kerja sama pelayanan kesehatan","reportedLabel":"MoU",
                 "initiatingRegion":"62.09","initiatingUnit":"RSUD Gusti Abdul Gani Lamandau","initiator":"REGIONAL_UNIT",
                 "partner":{"kind":"BUSINESS","name":"PT Citra Borneo Indah (CBI) Group"},
                 "affairs":["HEALTH"],"objective":"Meningkatkan mutu layanan kesehatan di Lamandau"}"""), 201).text("id");
        version = 0;
        afterEachStep.accept("initiate-cooperation");
        return this;
    }

    public LamandauLifecycle submitted() {
        initiated();
        step("appoint-liaison-officer", "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum RSUD\"}}");
        step("attach-preparation-document", "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":" + file("kak.pdf", 'a') + "}");
        step("attach-preparation-document", "{\"kind\":\"FEASIBILITY_STUDY\",\"file\":" + file("studi-kelayakan.pdf", 'b') + "}");
        step("submit-for-assessment", null);
        return this;
    }

    public LamandauLifecycle assessedFeasible() {
        submitted();
        asTkksd();
        step("start-assessment", null);
        step("record-assessment-finding", "{\"aspect\":\"hukum\",\"finding\":\"Sesuai PP 28/2018\"}");
        step("conclude-assessment", "{\"conclusion\":\"FEASIBLE\",\"rationale\":\"Layak dilanjutkan\"}");
        return this;
    }

    public LamandauLifecycle kbSigned() {
        assessedFeasible();
        asSecretariat();
        step("send-offer", "{\"letter\":" + file("penawaran.pdf", 'c') + ",\"signedBy\":" + BUPATI + ",\"sentOn\":\"2025-05-05\"}");
        step("record-partner-answer", "{\"answer\":\"ACCEPTED\",\"answeredOn\":\"2025-05-12\"}");
        kbId = step("draft-agreement", "{\"kind\":\"KB\",\"content\":" + content("Kesepakatan Bersama bidang kesehatan", "2025-06-01", "2028-05-31") + "}")
                .text("documentId");
        asTkksd();
        step("approve-draft", "{\"documentId\":\"" + kbId + "\"}");
        asSecretariat();
        step("sign-agreement", signing(kbId, "KB/001/RSUD/2025", BUPATI, "2025-06-05"));
        return this;
    }

    public LamandauLifecycle pksDrafted() {
        kbSigned();
        step("determine-dprd-approval-requirement", "{\"burdensPublicAndRegion\":false,\"fundedInCurrentBudget\":true}");
        powerOfAttorneyId = step("grant-power-of-attorney", """
                {"grantee":{"name":"dr. Direktur RSUD","position":"Direktur RSUD Gusti Abdul Gani Lamandau"},
                 "granteeUnit":"RSUD Gusti Abdul Gani Lamandau","grantor":%s,"validFrom":"2025-06-10",
                 "validUntil":"2026-06-10","letter":%s}""".formatted(BUPATI, file("surat-kuasa.pdf", 'd')))
                .text("powerOfAttorneyId");
        asOfficer();
        pksId = step("draft-agreement", "{\"kind\":\"PKS\",\"parentDocumentId\":\"" + kbId + "\",\"content\":"
                + content("PKS pelayanan kesehatan karyawan PT CBI Group", "2025-07-01", "2027-06-30") + "}").text("documentId");
        asTkksd();
        step("approve-draft", "{\"documentId\":\"" + pksId + "\"}");
        return this;
    }

    public LamandauLifecycle active() {
        pksDrafted();
        asSecretariat();
        String director = "{\"party\":\"REGION\",\"name\":\"dr. Direktur RSUD\",\"position\":\"Direktur RSUD\","
                + "\"capacity\":\"MANDATED_OFFICIAL\",\"powerOfAttorneyId\":\"" + powerOfAttorneyId + "\"}";
        step("sign-agreement", signing(pksId, "PKS/001/RSUD/2025", director, "2025-06-20"));
        step("register-signed-document", "{\"documentId\":\"" + kbId + "\",\"registrationNumber\":\"REG-2025-001\",\"archiveLocation\":\"Arsip Bagian Kerja Sama\"}");
        asOfficer();
        step("start-implementation", "{\"startedOn\":\"2025-07-01\"}");
        step("record-activity", "{\"date\":\"2025-08-01\",\"description\":\"Layanan kesehatan karyawan PT CBI Group\",\"unit\":\"RSUD Gusti Abdul Gani Lamandau\"}");
        return this;
    }

    /**
     * From now on each step is sent with the {@code If-Match} of the version it acts on and, once accepted, sent again
     * unchanged, as a client retries when it did not hear the answer: the retry must be refused {@code 409
     * STALE_VERSION}, whatever the step's own rules would say about a repeat.
     */
    public LamandauLifecycle retryingEachStepStale() {
        retryingStale = true;
        return this;
    }

    /**
     * From now on each request (the initiation too) is sent with an {@code Idempotency-Key} of its own and, once
     * accepted, sent again with the same key: the repeat must get the very same answer, replayed, not run again.
     */
    public LamandauLifecycle repeatingEachStepWithItsKey() {
        repeatingWithKeys = true;
        return this;
    }

    /**
     * The inspectorate records a finding on the first two events and the unit officer follows it up; the inspector
     * acts next, and the finding's id is returned.
     */
    public String auditFindingFollowedUp() {
        asInspector();
        String finding = step("record-audit-finding", """
                {"severity":"HIGH","description":"PKS ditandatangani sebelum surat kuasa berlaku","eventSequenceNumbers":[1,2]}""")
                .text("findingId");
        asOfficer();
        step("record-finding-follow-up", "{\"findingId\":\"" + finding
                + "\",\"description\":\"Surat kuasa diterbitkan ulang\",\"followedUpOn\":\"2026-02-16\"}");
        asInspector();
        return finding;
    }

    /** From now on {@code check} is called with the command's path segment after each accepted step. */
    public LamandauLifecycle afterEachStep(Consumer<String> check) {
        afterEachStep = check;
        return this;
    }

    public CommandApi.Answer step(String command, String body) {
        CommandApi.Answer answer = sendStep(command, body);
        afterEachStep.accept(command);
        return answer;
    }

    private CommandApi.Answer sendStep(String command, String body) {
        if (!retryingStale) {
            return versioned(accepted(send("/api/cooperations/" + id + "/" + command, body), 200));
        }
        api.header("If-Match", "\"" + version + "\"");
        try {
            CommandApi.Answer first = versioned(accepted(api.send(id, command, body), 200));
            CommandApi.Answer retry = api.send(id, command, body);
            assertThat(retry.status()).as(command + " retried: " + retry.body()).isEqualTo(409);
            assertThat(retry.text("code")).as(command + " retried: " + retry.body()).isEqualTo("STALE_VERSION");
            return first;
        } finally {
            api.header("If-Match", null);
        }
    }

    private CommandApi.Answer send(String path, String body) {
        if (!repeatingWithKeys) {
            return api.post(path, body);
        }
        api.header("Idempotency-Key", UUID.randomUUID().toString());
        try {
            CommandApi.Answer first = api.post(path, body);
            CommandApi.Answer repeat = api.post(path, body);
            assertThat(repeat.status()).as(path + " repeated: " + repeat.body()).isEqualTo(first.status());
            assertThat(repeat.body()).as(path + " repeated").isEqualTo(first.body());
            assertThat(repeat.header("ETag")).as(path + " repeated").isEqualTo(first.header("ETag"));
            assertThat(repeat.header("Location")).as(path + " repeated").isEqualTo(first.header("Location"));
            assertThat(repeat.header("Idempotent-Replayed")).as(path + " repeated").isEqualTo("true");
            return first;
        } finally {
            api.header("Idempotency-Key", null);
        }
    }

    private CommandApi.Answer versioned(CommandApi.Answer answer) {
        version = answer.body().path("version").asLong();
        return answer;
    }

    public void asOfficer() {
        api.as("officer-lamandau", "UNIT_OFFICER", REGION);
    }

    public void asTkksd() {
        api.as("tkksd-lamandau", "TKKSD_MEMBER", REGION);
    }

    public void asSecretariat() {
        api.as("secretariat-lamandau", "SECRETARIAT", REGION);
    }

    public void asInspector() {
        api.as("inspektorat-lamandau", "INSPECTOR", REGION);
    }

    public static String content(String title, String start, String end) {
        return """
                {"title":"%s","scope":["Pelayanan kesehatan","Rujukan pasien"],
                 "commitments":[{"party":"REGION","rights":["Menerima laporan"],"obligations":["Menyediakan layanan"]}],
                 "term":{"start":"%s","end":"%s"},"funding":{"sources":["PARTNER"],"inCurrentBudget":true}}"""
                .formatted(title, start, end);
    }

    public static String signing(String documentId, String number, String regionSignatory, String signedOn) {
        return """
                {"documentId":"%s","documentNumber":"%s","signatories":[%s,%s],"signedOn":"%s",
                 "signedAt":"Pangkalan Bun","signedFile":%s}""".formatted(documentId, number, regionSignatory, CBI,
                signedOn, file(number.replace('/', '-') + ".pdf", 'e'));
    }

    private static CommandApi.Answer accepted(CommandApi.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        return answer;
    }
}
