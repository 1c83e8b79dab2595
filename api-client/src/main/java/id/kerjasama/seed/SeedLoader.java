package id.kerjasama.seed;

import id.kerjasama.client.command.ApiClient;
import id.kerjasama.client.command.ApiException;
import id.kerjasama.client.command.ApiResponse;
import id.kerjasama.client.command.api.CommandApi;
import id.kerjasama.client.command.model.Accepted;
import id.kerjasama.client.command.model.AgreementContent;
import id.kerjasama.client.command.model.AppointLiaisonOfficer;
import id.kerjasama.client.command.model.ApproveDraft;
import id.kerjasama.client.command.model.AttachPreparationDocument;
import id.kerjasama.client.command.model.ConcludeAssessment;
import id.kerjasama.client.command.model.DetermineDprdApprovalRequirement;
import id.kerjasama.client.command.model.DocumentReference;
import id.kerjasama.client.command.model.DraftAgreement;
import id.kerjasama.client.command.model.Funding;
import id.kerjasama.client.command.model.GrantPowerOfAttorney;
import id.kerjasama.client.command.model.ImportSignedAgreement;
import id.kerjasama.client.command.model.InitiateCooperation;
import id.kerjasama.client.command.model.Partner;
import id.kerjasama.client.command.model.Person;
import id.kerjasama.client.command.model.Problem;
import id.kerjasama.client.command.model.RecordActivity;
import id.kerjasama.client.command.model.RecordAssessmentFinding;
import id.kerjasama.client.command.model.RecordPartnerAnswer;
import id.kerjasama.client.command.model.RegisterSignedDocument;
import id.kerjasama.client.command.model.SendOffer;
import id.kerjasama.client.command.model.SignAgreement;
import id.kerjasama.client.command.model.Signatory;
import id.kerjasama.client.command.model.StartImplementation;
import id.kerjasama.client.command.model.Term;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Loads the two seed cooperations (README.md, "The seed cooperations") as real histories through the command API,
 * with the client generated from its OpenAPI description ({@code docs/openapi/command-api.json}).
 * <p>
 * Run against a running command side: {@code java -jar api-client/target/api-client-0.1.0-SNAPSHOT-exec.jar
 * [baseUrl]} (default {@code http://localhost:8081}). It prints one line per step and stops with exit code 1 and
 * the problem at the first refused step (2 if the server cannot be reached). Each run creates new cooperations.
 * <p>
 * Only facts of the stories are used (parties, dates, places, scope). Whatever a story does not say is a
 * clearly marked placeholder or assumption: names and numbers read "(... tidak disebut dalam berita)", and
 * assumed dates are said in a comment and in a note or {@code X-Reason} recorded with the step.
 * <p>
 * The seed has no real files. Every {@code sha256} is the SHA-256 of the UTF-8 text {@code "seed:<fileName>"},
 * a deterministic placeholder: see {@link #file}.
 */
public final class SeedLoader {

    private static final String UNNAMED = "(nama tidak disebut dalam berita)";
    private static final String NO_NUMBER = "(nomor tidak disebut dalam berita)";

    /** The ids of the cooperations one run created. */
    public record Seeded(String pangkalpinangPoltekkes, String lamandauRsudCbi) {
    }

    /** A step the command side refused, with its problem as the API describes it (null if the body is none). */
    public static final class StepRefused extends Exception {

        private final int status;
        private final transient Problem problem;

        StepRefused(String step, ApiException cause, Problem problem) {
            super(step + " refused (HTTP " + cause.getCode() + ")"
                    + (cause.getResponseBody() == null ? "" : ": " + cause.getResponseBody()), cause);
            this.status = cause.getCode();
            this.problem = problem;
        }

        public int status() {
            return status;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Who sends a command: a demo user of the embedded default (the command side prints its token at
     * /dev/tokens/{user}), and an optional X-Reason recorded with the step.
     */
    record Actor(String userName, String reason) {
        Actor(String userName) {
            this(userName, null);
        }

        Actor because(String why) {
            return new Actor(userName, why);
        }
    }

    /** One call of the generated client, with the actor's reason for its X-Reason (null for none). */
    @FunctionalInterface
    interface Call {
        ApiResponse<Accepted> send(CommandApi commands, String reason) throws ApiException;
    }

    private final String baseUrl;
    private final PrintStream out;
    private final CommandApi demoTokens;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, CommandApi> clients = new HashMap<>();

    public SeedLoader(String baseUrl, PrintStream out) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.out = out;
        this.demoTokens = new CommandApi(client());
    }

    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8081";
        try {
            new SeedLoader(baseUrl, System.out).load();
        } catch (StepRefused e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (ApiException e) {
            // the generated client reports a failed connection as an ApiException without an HTTP status
            System.err.println(e.getCode() == 0 ? "cannot reach " + baseUrl + ": " + e.getCause() : e.getMessage());
            System.exit(e.getCode() == 0 ? 2 : 1);
        }
    }

    /** Loads both seed cooperations, in the order of the README. */
    public Seeded load() throws ApiException, StepRefused {
        return new Seeded(pangkalpinangPoltekkes(), lamandauRsudCbi());
    }

    // ---- Seed 1: Kota Pangkal Pinang - Poltekkes Kemenkes Pangkalpinang (Bangka Pos, 25 April 2025)

    /**
     * A kesepakatan bersama signed on Friday 25 April 2025, before the system existed: imported as signed. Poltekkes
     * is a Ministry of Health work unit, so the type is SYNERGY and the signed KB is a deviation the system records.
     * It is left alone afterwards: no PKS follows, so the product later flags it dormant.
     */
    String pangkalpinangPoltekkes() throws ApiException, StepRefused {
        Actor secretariat = new Actor("pangkalpinang-sekretariat")
                .because("Seed import of an agreement signed before the system existed (news story, Bangka Pos)");
        LocalDate signedOn = weekday(LocalDate.of(2025, 4, 25), DayOfWeek.FRIDAY);
        // The story gives no term: assumed 5 years from the signing date, as the note says.
        LocalDate termEnd = signedOn.plusYears(5).minusDays(1);
        ImportSignedAgreement agreement = new ImportSignedAgreement()
                .type(ImportSignedAgreement.TypeEnum.SYNERGY)
                .reportedLabel("Kesepakatan Bersama")
                .initiatingRegion("19.71")
                .initiatingUnit("Pemerintah Kota Pangkalpinang")
                .partner(new Partner().kind(Partner.KindEnum.VERTICAL_AGENCY)
                        .name("Politeknik Kesehatan Kementerian Kesehatan Pangkalpinang")
                        .parentInstitution("Kementerian Kesehatan"))
                .addAffairsItem(ImportSignedAgreement.AffairsEnum.HEALTH)
                .addAffairsItem(ImportSignedAgreement.AffairsEnum.EDUCATION)
                .kind(ImportSignedAgreement.KindEnum.KB)
                .documentNumber(NO_NUMBER)
                .content(content("Kesepakatan Bersama Pemerintah Kota Pangkalpinang dan Poltekkes Kemenkes Pangkalpinang"
                                + " tentang sinergi pembangunan daerah, khususnya peningkatan kualitas sumber daya manusia",
                        List.of("Penyediaan tenaga ahli", "Pertukaran informasi",
                                "Peningkatan kapasitas sumber daya manusia", "Penelitian dan pengembangan"),
                        signedOn, termEnd,
                        funding(true, "Pendanaan tidak disebut dalam berita: sumber diasumsikan",
                                Funding.SourcesEnum.APBD, Funding.SourcesEnum.PARTNER)))
                .signatories(List.of(
                        signatory(Signatory.PartyEnum.REGION, "M. Unu Ibnudin", "Penjabat (Pj) Wali Kota Pangkalpinang",
                                Signatory.CapacityEnum.ACTING_REGIONAL_HEAD, null),
                        partnerSignatory("Direktur Poltekkes Kemenkes Pangkalpinang")))
                .signedOn(signedOn)
                .signedAt("Smart Room Center (SRC), lantai 2 Kantor Wali Kota Pangkalpinang")
                .signedFile(file("kb-pangkalpinang-poltekkes-2025-04-25.pdf"))
                .sourceDocument(file("berita-bangkapos-pangkalpinang-poltekkes-2025-04-25.html",
                        "Bangkapos.com / POSBELITUNG.CO, berita penandatanganan 25 April 2025"))
                .note("Jangka waktu tidak disebut dalam berita: diasumsikan 5 tahun sejak penandatanganan ("
                        + signedOn + " s.d. " + termEnd + "). Nomor dokumen, nama Direktur Poltekkes, unit pemrakarsa"
                        + " dan pendanaan tidak disebut dalam berita. Berkas KB belum ada: digest SHA-256 adalah placeholder.");
        String id = step("Pangkalpinang: import KB", secretariat,
                (commands, reason) -> commands.importSignedAgreementWithHttpInfo(agreement, null, reason)).getId();
        out.println("Pangkalpinang-Poltekkes: cooperation " + id);
        return id;
    }

    // ---- Seed 2: Kabupaten Lamandau (RSUD Gusti Abdul Gani) - PT Citra Borneo Indah (CBI) Group (ANTARA)

    /**
     * A KSDPK health cooperation, reported as an "MoU", driven through the whole lifecycle. The story dates the
     * signing only "Kamis" (a Thursday) in Pangkalan Bun: ALL business dates below are ASSUMED, chosen to be
     * consistent (offer before KB, KB before PKS, power of attorney valid when the PKS is signed).
     */
    String lamandauRsudCbi() throws ApiException, StepRefused {
        LocalDate offerSent = LocalDate.of(2025, 4, 14);                                    // assumed
        LocalDate offerAccepted = LocalDate.of(2025, 4, 24);                                // assumed
        LocalDate kbSigned = weekday(LocalDate.of(2025, 5, 15), DayOfWeek.THURSDAY);        // assumed Thursday ("Kamis")
        LocalDate poaFrom = LocalDate.of(2025, 5, 19), poaUntil = LocalDate.of(2025, 12, 31); // assumed
        LocalDate pksSigned = LocalDate.of(2025, 6, 2);                                     // assumed
        LocalDate activityOn = LocalDate.of(2025, 6, 16);                                   // assumed

        String region = "62.09";
        Actor unit = new Actor("lamandau-opd");                   // UNIT_OFFICER of 62.09
        Actor tkksd = new Actor("lamandau-tkksd");                // TKKSD_MEMBER
        Actor secretariat = new Actor("lamandau-sekretariat");    // SECRETARIAT
        Actor bupati = new Actor("lamandau-bupati");              // REGIONAL_HEAD
        String rsud = "RSUD Gusti Abdul Gani Lamandau";
        Signatory bupatiSignature = signatory(Signatory.PartyEnum.REGION, "Rizky Aditya Putra", "Bupati Lamandau",
                Signatory.CapacityEnum.REGIONAL_HEAD, null);
        Signatory cbiSignature = partnerSignatory("Direktur PT Citra Borneo Indah (CBI) Group");
        Person rsudDirector = new Person().name(UNNAMED).position("Direktur " + rsud);

        InitiateCooperation initiation = new InitiateCooperation()
                .type(InitiateCooperation.TypeEnum.KSDPK)
                .title("Kerja sama bidang kesehatan " + rsud + " dan PT Citra Borneo Indah (CBI) Group")
                .reportedLabel("MoU")
                .initiatingRegion(region)
                .initiatingUnit(rsud)
                .initiator(InitiateCooperation.InitiatorEnum.REGIONAL_UNIT)
                .partner(new Partner().kind(Partner.KindEnum.BUSINESS).name("PT Citra Borneo Indah (CBI) Group"))
                .addAffairsItem(InitiateCooperation.AffairsEnum.HEALTH)
                .objective("Meningkatkan mutu layanan kesehatan di Kabupaten Lamandau, termasuk bagi karyawan PT CBI Group,"
                        + " melalui sinergi sektor publik dan swasta");
        String id = step("Lamandau: initiate", unit, (commands, reason) -> commands.initiateCooperationWithHttpInfo(initiation, null, reason))
                .getId();

        step("Lamandau: appoint liaison officer", unit, (commands, reason) -> commands.appointLiaisonOfficerWithHttpInfo(id,
                new AppointLiaisonOfficer().officer(new Person().name(UNNAMED).position("Pejabat penghubung, " + rsud)),
                null, null, reason));
        for (AttachPreparationDocument.KindEnum kind : List.of(AttachPreparationDocument.KindEnum.TERMS_OF_REFERENCE,
                AttachPreparationDocument.KindEnum.FEASIBILITY_STUDY)) {
            AttachPreparationDocument document = new AttachPreparationDocument().kind(kind)
                    .file(file("lamandau-cbi-" + kind.getValue().toLowerCase() + ".pdf"));
            step("Lamandau: attach " + kind.getValue(), unit,
                    (commands, reason) -> commands.attachPreparationDocumentWithHttpInfo(id, document, null, null, reason));
        }
        step("Lamandau: submit for assessment", unit, (commands, reason) -> commands.submitForAssessmentWithHttpInfo(id, null, null, reason));

        step("Lamandau: start assessment", tkksd, (commands, reason) -> commands.startAssessmentWithHttpInfo(id, null, null, reason));
        step("Lamandau: record finding", tkksd, (commands, reason) -> commands.recordAssessmentFindingWithHttpInfo(id,
                new RecordAssessmentFinding().aspect("Manfaat")
                        .finding("Mendukung peningkatan mutu layanan kesehatan daerah, termasuk layanan bagi karyawan mitra"),
                null, null, reason));
        step("Lamandau: conclude FEASIBLE", tkksd, (commands, reason) -> commands.concludeAssessmentWithHttpInfo(id,
                new ConcludeAssessment().conclusion(ConcludeAssessment.ConclusionEnum.FEASIBLE)
                        .rationale("Layak: sesuai urusan kesehatan dan kebutuhan layanan di Lamandau"),
                null, null, reason));

        step("Lamandau: send offer", bupati, (commands, reason) -> commands.sendOfferWithHttpInfo(id, new SendOffer()
                .letter(file("surat-penawaran-bupati-lamandau-cbi.pdf")).signedBy(bupatiSignature).sentOn(offerSent),
                null, null, reason));
        step("Lamandau: partner ACCEPTED", secretariat, (commands, reason) -> commands.recordPartnerAnswerWithHttpInfo(id,
                new RecordPartnerAnswer().answer(RecordPartnerAnswer.AnswerEnum.ACCEPTED).answeredOn(offerAccepted)
                        .letter(file("surat-jawaban-pt-cbi-group.pdf")),
                null, null, reason));

        // The secretariat drafts the KB, the initiating unit the PKS; the TKKSD approves both. The API names the id
        // of each draft (and of the power of attorney) it creates, and the following steps use it.
        // The KB runs 5 years from its (assumed) signing date; the PKS lies within it.
        Funding kbFunding = funding(true, "Diasumsikan untuk data awal: tidak membebani, sudah dalam APBD",
                Funding.SourcesEnum.APBD, Funding.SourcesEnum.PARTNER);
        String kb = step("Lamandau: draft KB", secretariat, (commands, reason) -> commands.draftAgreementWithHttpInfo(id, new DraftAgreement()
                .kind(DraftAgreement.KindEnum.KB)
                .content(content("Kesepakatan Bersama kerja sama bidang kesehatan Pemerintah Kabupaten Lamandau"
                                + " dan PT Citra Borneo Indah (CBI) Group",
                        List.of("Peningkatan mutu layanan kesehatan di Kabupaten Lamandau",
                                "Layanan kesehatan bagi karyawan PT CBI Group melalui " + rsud),
                        kbSigned, kbSigned.plusYears(5).minusDays(1), kbFunding)),
                null, null, reason)).getDocumentId();
        step("Lamandau: approve KB", tkksd, (commands, reason) -> commands.approveDraftWithHttpInfo(id,
                new ApproveDraft().documentId(kb), null, null, reason));
        Actor assumingKbDate = secretariat.because("Seed data, date assumed: the story says only that it was a Thursday (Kamis)");
        step("Lamandau: sign KB", assumingKbDate, (commands, reason) -> commands.signAgreementWithHttpInfo(id, new SignAgreement()
                .documentId(kb).documentNumber(NO_NUMBER)
                .signatories(List.of(bupatiSignature, cbiSignature))
                .signedOn(kbSigned).signedAt("Pangkalan Bun")
                .signedFile(file("kb-lamandau-cbi.pdf")),
                null, null, reason));

        // Assumed (the story is silent): not burdening the public and the region, funded in this year's APBD.
        step("Lamandau: DPRD approval not required", secretariat, (commands, reason) -> commands.determineDprdApprovalRequirementWithHttpInfo(id,
                new DetermineDprdApprovalRequirement().burdensPublicAndRegion(false).fundedInCurrentBudget(true)
                        .rationale("Tidak membebani masyarakat dan daerah; pendanaan dalam APBD tahun berjalan (diasumsikan untuk data awal)"),
                null, null, reason));
        step("Lamandau: register KB", secretariat, (commands, reason) -> commands.registerSignedDocumentWithHttpInfo(id,
                new RegisterSignedDocument().documentId(kb)
                        .registrationNumber("SEED-LMD-KB-2025-001 (nomor contoh data awal)")
                        .archiveLocation("Bagian Kerja Sama Sekretariat Daerah Kabupaten Lamandau (contoh data awal)"),
                null, null, reason));

        String poa = step("Lamandau: grant power of attorney", bupati, (commands, reason) -> commands.grantPowerOfAttorneyWithHttpInfo(id,
                new GrantPowerOfAttorney()
                        .grantee(rsudDirector).granteeUnit(rsud).grantor(bupatiSignature)
                        .validFrom(poaFrom).validUntil(poaUntil)
                        .letter(file("surat-kuasa-bupati-lamandau-direktur-rsud.pdf")),
                null, null, reason)).getPowerOfAttorneyId();

        String pks = step("Lamandau: draft PKS", unit, (commands, reason) -> commands.draftAgreementWithHttpInfo(id, new DraftAgreement()
                .kind(DraftAgreement.KindEnum.PKS).parentDocumentId(kb)
                .content(content("Perjanjian Kerja Sama pelayanan kesehatan bagi karyawan PT CBI Group di " + rsud,
                        List.of("Pelayanan kesehatan bagi karyawan PT CBI Group di " + rsud),
                        pksSigned, pksSigned.plusYears(2).minusDays(1),
                        funding(true, "Diasumsikan untuk data awal", Funding.SourcesEnum.PARTNER))),
                null, null, reason)).getDocumentId();
        step("Lamandau: approve PKS", tkksd, (commands, reason) -> commands.approveDraftWithHttpInfo(id,
                new ApproveDraft().documentId(pks), null, null, reason));
        Actor assumingPksDate = secretariat.because("Seed data, date assumed: the story does not mention the PKS");
        step("Lamandau: sign PKS", assumingPksDate, (commands, reason) -> commands.signAgreementWithHttpInfo(id, new SignAgreement()
                .documentId(pks).documentNumber("SEED-LMD-PKS-2025-001 (nomor contoh data awal)")
                .signatories(List.of(
                        signatory(Signatory.PartyEnum.REGION, UNNAMED, "Direktur " + rsud,
                                Signatory.CapacityEnum.MANDATED_OFFICIAL, poa),
                        cbiSignature))
                .signedOn(pksSigned).signedAt(rsud + " (tempat diasumsikan)")
                .signedFile(file("pks-lamandau-rsud-cbi.pdf")),
                null, null, reason));

        step("Lamandau: start implementation", unit, (commands, reason) -> commands.startImplementationWithHttpInfo(id,
                new StartImplementation().startedOn(pksSigned), null, null, reason));
        step("Lamandau: record activity", unit, (commands, reason) -> commands.recordActivityWithHttpInfo(id, new RecordActivity()
                .date(activityOn).unit(rsud)
                .description("Pelayanan kesehatan bagi karyawan PT CBI Group (kegiatan contoh data awal; tanggal diasumsikan)"),
                null, null, reason));
        out.println("Lamandau-RSUD-CBI: cooperation " + id);
        return id;
    }

    // ---- Values of the API

    private static AgreementContent content(String title, List<String> scope, LocalDate start, LocalDate end,
                                            Funding funding) {
        return new AgreementContent().title(title).scope(scope).commitments(List.of())
                .term(new Term().start(start).end(end)).funding(funding);
    }

    private static Funding funding(boolean inCurrentBudget, String note, Funding.SourcesEnum... sources) {
        Funding funding = new Funding().inCurrentBudget(inCurrentBudget).note(note);
        for (Funding.SourcesEnum source : sources) {
            funding.addSourcesItem(source);
        }
        return funding;
    }

    private static Signatory signatory(Signatory.PartyEnum party, String name, String position,
                                       Signatory.CapacityEnum capacity, String powerOfAttorneyId) {
        return new Signatory().party(party).name(name).position(position).capacity(capacity)
                .powerOfAttorneyId(powerOfAttorneyId);
    }

    /** A partner's signatory whose name the story does not give. */
    private static Signatory partnerSignatory(String position) {
        return signatory(Signatory.PartyEnum.PARTNER, UNNAMED, position, Signatory.CapacityEnum.PARTNER_REPRESENTATIVE, null);
    }

    private static DocumentReference file(String fileName) {
        return file(fileName, null);
    }

    /** A file the seed does not have: its digest is the SHA-256 of the UTF-8 text "seed:&lt;fileName&gt;". */
    static DocumentReference file(String fileName, String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("seed:" + fileName).getBytes(StandardCharsets.UTF_8));
            return new DocumentReference().fileName(fileName).sha256(HexFormat.of().formatHex(digest)).location(location);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate weekday(LocalDate date, DayOfWeek expected) {
        if (date.getDayOfWeek() != expected) {
            throw new IllegalStateException(date + " is a " + date.getDayOfWeek() + ", not a " + expected);
        }
        return date;
    }

    // ---- HTTP

    /** Sends one command as the actor and prints "step -> status, version"; a refusal ends the run as StepRefused. */
    Accepted step(String step, Actor actor, Call call) throws ApiException, StepRefused {
        ApiResponse<Accepted> response;
        try {
            response = call.send(commands(actor.userName()), actor.reason());
        } catch (ApiException e) {
            if (e.getCode() == 0) {
                throw e;
            }
            throw new StepRefused(step, e, problem(e));
        }
        out.printf("%-45s -> %d, version %d%n", step, response.getStatusCode(), response.getData().getVersion());
        return response.getData();
    }

    /** The problem in a refusal's body, read as the API describes it. */
    private static Problem problem(ApiException refusal) {
        String body = refusal.getResponseBody();
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ApiClient.createDefaultObjectMapper().readValue(body, Problem.class);
        } catch (IOException e) {
            return null;
        }
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        return client;
    }

    /** The API as the demo user: every request with its bearer token (one HTTP client per user). */
    private CommandApi commands(String user) throws ApiException {
        CommandApi commands = clients.get(user);
        if (commands == null) {
            String bearer = "Bearer " + token(user);
            commands = new CommandApi(client().setRequestInterceptor(request -> request.header("Authorization", bearer)));
            clients.put(user, commands);
        }
        return commands;
    }

    /** The demo user's bearer token, fetched once per user from the command side's demo issuer. */
    private String token(String user) throws ApiException {
        String cached = tokens.get(user);
        if (cached == null) {
            try {
                cached = demoTokens.token(user).strip();
            } catch (ApiException e) {
                if (e.getCode() == 0) {
                    throw e;
                }
                throw new ApiException(e.getCode(), "no demo token for " + user + " (HTTP " + e.getCode()
                        + "): the demo issuer exists only outside production");
            }
            tokens.put(user, cached);
        }
        return cached;
    }
}
