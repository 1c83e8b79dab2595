package id.kerjasama.seed;

import id.kerjasama.client.command.ApiException;
import id.kerjasama.client.command.api.CommandApi;
import id.kerjasama.client.command.model.AttachPreparationDocument;
import id.kerjasama.client.command.model.DocumentReference;
import id.kerjasama.client.query.ApiClient;
import id.kerjasama.client.query.api.QueryApi;
import id.kerjasama.client.query.model.CooperationDetail;
import id.kerjasama.client.query.model.Document;
import id.kerjasama.client.query.model.Signatory;
import id.kerjasama.command.CommandSideApplication;
import id.kerjasama.query.QuerySideApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Runs the seed loader, through the client generated from the command API's description, against the real command
 * side, and reads what it made from the real query side through the client generated from the query API's
 * description: both started in this JVM on the database the subclass names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedLoaderTest {

    // static, so that it exists when @BeforeAll starts both sides (an instance field was still unset then)
    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;
    private String commandUrl;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private SeedLoader.Seeded seeded;

    abstract String databaseUrl();

    abstract String databaseUser();

    @BeforeAll
    void startBothSidesAndLoadTheSeed() throws Exception {
        List<String> common = List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=" + databaseUser(), "--kerjasama.data-dir=" + dataDir,
                "--spring.jmx.enabled=false", "--server.shutdown=immediate", "--kerjasama.db-pool-size=5",
                // the operators' ports on any free one, not the fixed defaults other applications may hold
                "--management.server.port=0");
        // the seed's dates are long past by the real clock: no deadline may add events while the test reads versions
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .run(with(common, "--db-scheduler.polling-interval=1d"));
        // the command side creates the event store the query side reads: it starts first
        querySide = new SpringApplicationBuilder(QuerySideApplication.class).run(with(common));
        commandUrl = "http://localhost:" + port(commandSide);
        seeded = new SeedLoader(commandUrl, new PrintStream(printed, true, StandardCharsets.UTF_8)).load();
    }

    @AfterAll
    void stopBothSides() {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void every_step_is_printed_with_its_status_and_the_new_version() {
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + 1 + 21 + 1);
        assertThat(lines.get(0)).matches("Pangkalpinang: import KB +-> 201, version 0");
        assertThat(lines.get(1)).isEqualTo("Pangkalpinang-Poltekkes: cooperation " + seeded.pangkalpinangPoltekkes());
        assertThat(lines.get(2)).matches("Lamandau: initiate +-> 201, version 0");
        assertThat(lines.get(22)).matches("Lamandau: record activity +-> 200, version 20");
        assertThat(lines.get(23)).isEqualTo("Lamandau-RSUD-CBI: cooperation " + seeded.lamandauRsudCbi());
    }

    @Test
    void pangkalpinang_is_imported_as_the_kb_signed_on_25_april_2025() throws Exception {
        CooperationDetail detail = read("pangkalpinang-sekretariat", seeded.pangkalpinangPoltekkes(), 0);

        assertThat(detail.getType()).hasToString("SYNERGY");
        assertThat(detail.getReportedLabel()).isEqualTo("Kesepakatan Bersama");
        assertThat(detail.getInitiatingRegion().getCode()).isEqualTo("19.71");
        assertThat(detail.getInitiatingUnit()).isEqualTo("Pemerintah Kota Pangkalpinang");
        assertThat(detail.getPartner().getKind()).hasToString("VERTICAL_AGENCY");
        assertThat(detail.getPartner().getName()).isEqualTo("Politeknik Kesehatan Kementerian Kesehatan Pangkalpinang");
        assertThat(detail.getPartner().getParentInstitution()).isEqualTo("Kementerian Kesehatan");
        assertThat(detail.getAffairs()).extracting(Object::toString).containsExactlyInAnyOrder("HEALTH", "EDUCATION");
        // a KB signed with a vertical agency is the deviation the import records for inspectors
        assertThat(detail.getImported().getDeviations()).isNotEmpty();
        assertThat(detail.getImported().getSourceDocument().getLocation())
                .isEqualTo("Bangkapos.com / POSBELITUNG.CO, berita penandatanganan 25 April 2025");
        assertThat(detail.getImported().getNote()).contains("diasumsikan 5 tahun", "2025-04-25 s.d. 2030-04-24");

        assertThat(detail.getDocuments()).hasSize(1);
        Document kb = detail.getDocuments().get(0);
        assertThat(kb.getKind()).hasToString("KB");
        assertThat(kb.getContent().getScope()).containsExactly("Penyediaan tenaga ahli", "Pertukaran informasi",
                "Peningkatan kapasitas sumber daya manusia", "Penelitian dan pengembangan");
        assertThat(kb.getContent().getTerm().getStart()).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(kb.getContent().getTerm().getEnd()).isEqualTo(LocalDate.of(2030, 4, 24));
        assertThat(kb.getSigning().getSignedOn()).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(kb.getSigning().getSignedAt()).isEqualTo("Smart Room Center (SRC), lantai 2 Kantor Wali Kota Pangkalpinang");
        assertThat(kb.getSigning().getDocumentNumber()).isEqualTo("(nomor tidak disebut dalam berita)");
        Signatory mayor = kb.getSigning().getSignatories().get(0);
        assertThat(mayor.getName()).isEqualTo("M. Unu Ibnudin");
        assertThat(mayor.getCapacity()).hasToString("ACTING_REGIONAL_HEAD");
        assertThat(kb.getSigning().getSignatories().get(1).getCapacity()).hasToString("PARTNER_REPRESENTATIVE");
        // the placeholder digest of a file the seed does not have: SHA-256 of "seed:<fileName>"
        DocumentReference placeholder = SeedLoader.file("kb-pangkalpinang-poltekkes-2025-04-25.pdf", null);
        assertThat(kb.getSigning().getSignedFile().getSha256()).isEqualTo(placeholder.getSha256()).hasSize(64);

        assertThat(metadataOf(seeded.pangkalpinangPoltekkes(), 0))
                .contains("Seed import of an agreement signed before the system existed (news story, Bangka Pos)");
    }

    @Test
    void lamandau_runs_from_its_preparation_to_the_first_activity() throws Exception {
        CooperationDetail detail = read("lamandau-sekretariat", seeded.lamandauRsudCbi(), 20);

        assertThat(detail.getVersion()).isEqualTo(20);
        assertThat(detail.getStage()).hasToString("IMPLEMENTATION");
        assertThat(detail.getType()).hasToString("KSDPK");
        assertThat(detail.getReportedLabel()).isEqualTo("MoU");
        assertThat(detail.getInitiatedBy()).isEqualTo("lamandau-opd");
        assertThat(detail.getPartner().getName()).isEqualTo("PT Citra Borneo Indah (CBI) Group");
        assertThat(detail.getLiaisonOfficer().getPosition()).isEqualTo("Pejabat penghubung, RSUD Gusti Abdul Gani Lamandau");
        assertThat(detail.getPreparationDocuments()).extracting(d -> d.getKind().toString())
                .containsExactly("TERMS_OF_REFERENCE", "FEASIBILITY_STUDY");
        assertThat(detail.getAssessment().getFindings()).hasSize(1);
        assertThat(detail.getAssessment().getConclusion()).hasToString("FEASIBLE");
        assertThat(detail.getAssessment().getConcludedBy()).isEqualTo("lamandau-tkksd");
        assertThat(detail.getOffer().getSentOn()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(detail.getOffer().getSignedBy().getName()).isEqualTo("Rizky Aditya Putra");
        assertThat(detail.getOffer().getAnswer()).hasToString("ACCEPTED");
        assertThat(detail.getOffer().getAnsweredOn()).isEqualTo(LocalDate.of(2025, 4, 24));

        Document kb = detail.getDocuments().get(0);
        assertThat(kb.getKind()).hasToString("KB");
        assertThat(kb.getDraftedBy()).isEqualTo("lamandau-sekretariat");
        assertThat(kb.getApproval().getBy()).isEqualTo("lamandau-tkksd");
        assertThat(kb.getSigning().getSignedOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(kb.getSigning().getSignedAt()).isEqualTo("Pangkalan Bun");
        assertThat(kb.getContent().getTerm().getEnd()).isEqualTo(LocalDate.of(2030, 5, 14));
        assertThat(kb.getRegistration().getRegistrationNumber()).isEqualTo("SEED-LMD-KB-2025-001 (nomor contoh data awal)");
        assertThat(detail.getDprd().getRequired()).isFalse();

        assertThat(detail.getPowersOfAttorney()).hasSize(1);
        String powerOfAttorney = detail.getPowersOfAttorney().get(0).getPowerOfAttorneyId();
        assertThat(detail.getPowersOfAttorney().get(0).getValidUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        Document pks = detail.getDocuments().get(1);
        assertThat(pks.getKind()).hasToString("PKS");
        assertThat(pks.getParentDocumentId()).isEqualTo(kb.getDocumentId());
        assertThat(pks.getDraftedBy()).isEqualTo("lamandau-opd");
        assertThat(pks.getSigning().getSignedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(pks.getSigning().getSignatories().get(0).getCapacity()).hasToString("MANDATED_OFFICIAL");
        assertThat(pks.getSigning().getSignatories().get(0).getPowerOfAttorneyId()).isEqualTo(powerOfAttorney);

        assertThat(detail.getImplementationStartedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(detail.getActivities()).hasSize(1);
        assertThat(detail.getActivities().get(0).getDate()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(detail.getActivities().get(0).getUnit()).isEqualTo("RSUD Gusti Abdul Gani Lamandau");

        // the assumed signing dates say so in the X-Reason recorded with each signing (versions 12 and 18)
        assertThat(metadataOf(seeded.lamandauRsudCbi(), 12))
                .contains("Seed data, date assumed: the story says only that it was a Thursday (Kamis)");
        assertThat(metadataOf(seeded.lamandauRsudCbi(), 18))
                .contains("Seed data, date assumed: the story does not mention the PKS");
    }

    @Test
    void a_refused_step_arrives_as_the_typed_problem_and_the_loader_stops() {
        SeedLoader loader = new SeedLoader(commandUrl, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        SeedLoader.Actor officer = new SeedLoader.Actor("lamandau-opd");

        SeedLoader.StepRefused outOfOrder = catchThrowableOfType(SeedLoader.StepRefused.class, () ->
                loader.step("submit again", officer, (commands, reason) -> commands.submitForAssessmentWithHttpInfo(
                        seeded.lamandauRsudCbi(), null, null, reason)));
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.problem().getCode()).isEqualTo("STAGE_CONFLICT");
        assertThat(outOfOrder.problem().getRule()).isEqualTo("STAGE_ORDER");
        assertThat(outOfOrder.getMessage()).startsWith("submit again refused (HTTP 409)");

        AttachPreparationDocument badDigest = new AttachPreparationDocument()
                .kind(AttachPreparationDocument.KindEnum.TERMS_OF_REFERENCE)
                .file(new DocumentReference().fileName("kak.pdf").sha256("not-a-digest"));
        SeedLoader.StepRefused invalid = catchThrowableOfType(SeedLoader.StepRefused.class, () ->
                loader.step("attach", officer, (commands, reason) -> commands.attachPreparationDocumentWithHttpInfo(
                        seeded.lamandauRsudCbi(), badDigest, null, null, reason)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problem().getCode()).isEqualTo("INVALID_FIELD");
        assertThat(invalid.problem().getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("file.sha256");
            assertThat(error.getRule()).isEqualTo("SHA256_HEX");
        });
    }

    @Test
    void a_command_side_out_of_reach_is_an_api_exception_without_a_status() {
        SeedLoader loader = new SeedLoader("http://127.0.0.1:1", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThatThrownBy(loader::load).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isZero());
    }

    /** The cooperation as the query side answers it once it has caught up with that version. */
    private CooperationDetail read(String user, String cooperationId, long version) throws Exception {
        id.kerjasama.client.command.ApiClient demoIssuer = new id.kerjasama.client.command.ApiClient();
        demoIssuer.updateBaseUri(commandUrl);
        String token = new CommandApi(demoIssuer).token(user).strip();
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port(querySide));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new QueryApi(client).detail(cooperationId, null, null, version, null);
    }

    /** The metadata the command side stored with an event: who, and the X-Reason given. */
    private String metadataOf(String cooperationId, long sequenceNumber) {
        byte[] metadata = commandSide.getBean(JdbcTemplate.class).queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                byte[].class, cooperationId, sequenceNumber);
        return new String(metadata, StandardCharsets.UTF_8);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String[] with(List<String> arguments, String... more) {
        return java.util.stream.Stream.concat(arguments.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
