package id.kerjasama.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.History;
import id.kerjasama.audit.MerkleTree;
import id.kerjasama.audit.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line verifier: the history a bundle proves, and a refusal for any single changed byte. */
class AuditVerifierTest {

    private static final KeyPair KEY = SigningKeys.generate();
    private static final String OTHER_COOPERATION = "7d0c0000-0000-4000-8000-000000000000";

    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_bundle_verifies_with_the_public_key_file_and_its_proven_history_is_printed() throws Exception {
        int exit = AuditVerifier.run(new String[]{write("bundle.json", bundleJson(3, 3)), write("key.pem", publicKeyPem())},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Cooperation " + History.COOPERATION + ": VERIFIED")
                .contains("Checkpoint 9 of ")
                .contains("over 2 cooperations")
                .contains("Proven history: 3 events, sequence 0 to 2")
                .containsPattern("\\s2  2025-09-03T08:00:00.000Z\\s+ActivityRecorded\\s+siti \\(UNIT_OFFICER, 62.09\\)")
                .doesNotContain("NOT yet proven");
    }

    @Test
    void events_after_the_checkpoint_are_listed_as_not_yet_proven() {
        assertThat(verify(bundleJson(4, 2))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Proven history: 2 events, sequence 0 to 1")
                .contains("Chained after checkpoint 9 and NOT yet proven: 2 events");
    }

    @Test
    void any_single_changed_byte_makes_verification_fail() {
        assertEveryChangedByteIsNoticed(bundleJson(2, 2), KEY.getPublic());
    }

    @Test
    void a_changed_payload_byte_is_named_with_its_event() throws Exception {
        ObjectMapper json = new ObjectMapper();
        AuditBundle bundle = json.readValue(bundleJson(3, 3), AuditBundle.class);
        AuditBundle.Event event = bundle.events().get(1);
        byte[] payload = Base64.getDecoder().decode(event.payload());
        payload[3] ^= 1;
        List<AuditBundle.Event> events = new ArrayList<>(bundle.events());
        events.set(1, new AuditBundle.Event(1, event.eventIdentifier(), event.aggregateType(), event.payloadType(),
                event.payloadRevision(), event.timestamp(), Base64.getEncoder().encodeToString(payload), event.metaData()));

        int exit = verify(json.writeValueAsBytes(new AuditBundle(bundle.format(), bundle.cooperationId(), events,
                bundle.chain(), bundle.adoptions(), bundle.checkpoint(), bundle.inclusion())));

        assertThat(exit).isEqualTo(AuditVerifier.NOT_VERIFIED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("NOT VERIFIED")
                .contains("PAYLOAD_CHANGED at sequence 1, event " + event.eventIdentifier())
                .contains("Nothing in this bundle is proven");
    }

    @Test
    void adopted_events_are_reported_as_adopted_on_their_date_by_their_operator_never_as_proven_from_their_origin() {
        assertThat(verify(adoptedBundleJson())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Cooperation " + History.COOPERATION + ": VERIFIED")
                .contains("ADOPTED, not proven from their origin: sequence 1 to 3, adopted on 2025-10-02T03:04:05Z "
                        + "by operator-pusat after checkpoint 8")
                .contains("reason: Arsip lama dimigrasikan / migrated from the old archive")
                .containsPattern("\\s0  \\S+\\s+ActivityRecorded\\s+siti \\(UNIT_OFFICER, 62.09\\)\\n")
                .containsPattern("\\s3  \\S+\\s+ActivityRecorded\\s+siti \\(UNIT_OFFICER, 62.09\\)  "
                        + "\\[adopted on 2025-10-02T03:04:05Z by operator-pusat]");
    }

    @Test
    void any_single_changed_byte_of_a_bundle_with_an_adoption_makes_verification_fail() {
        assertEveryChangedByteIsNoticed(adoptedBundleJson(), KEY.getPublic());
    }

    /** A bundle the server wrote before adoptions existed, its key, and what the verifier of that time printed for it. */
    @Test
    void a_bundle_of_the_first_format_still_verifies_and_is_reported_as_before() throws Exception {
        int exit = AuditVerifier.run(new String[]{firstFormat("bundle.json").toString(), firstFormat("public-key.pem").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(Files.readString(firstFormat("report.txt")));
    }

    @Test
    void any_single_changed_byte_of_a_bundle_of_the_first_format_makes_verification_fail() throws Exception {
        assertEveryChangedByteIsNoticed(Files.readAllBytes(firstFormat("bundle.json")),
                SigningKeys.publicKey(Files.readString(firstFormat("public-key.pem"))));
    }

    /** What the server wrote before documents were listed: the same fields but {@code documents}. */
    @Test
    void a_bundle_of_the_second_format_still_verifies_but_may_not_list_documents() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode second = (ObjectNode) json.readTree(bundleJson(3, 3));
        second.remove("documents");
        second.put("format", AuditBundle.SECOND_FORMAT);
        assertThat(verify(json.writeValueAsBytes(second))).as(err.toString(StandardCharsets.UTF_8)).isZero();

        second.putArray("documents").addObject().put("documentId", "d").put("fileName", "kb.pdf")
                .put("sha256", "a".repeat(64)).put("archived", true);
        assertThat(verify(json.writeValueAsBytes(second))).isEqualTo(AuditVerifier.NOT_VERIFIED);
    }

    @Test
    void another_key_than_the_signers_is_a_checkpoint_signature_failure() {
        int exit = AuditVerifier.verify(bundleJson(2, 2), SigningKeys.generate().getPublic(), null, new PrintStream(out), new PrintStream(err));

        assertThat(exit).isEqualTo(AuditVerifier.NOT_VERIFIED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CHECKPOINT_SIGNATURE_INVALID");
    }

    @Test
    void what_is_not_a_bundle_is_refused_with_its_place() {
        assertThat(verify("{\"format\":\"kerjasama-audit-bundle/1\",".getBytes(StandardCharsets.UTF_8))).isEqualTo(AuditVerifier.NOT_VERIFIED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a valid audit bundle").contains("line 1");
    }

    @Test
    void the_wrong_number_of_arguments_shows_the_usage() {
        int exit = AuditVerifier.run(new String[]{"bundle.json"}, new PrintStream(out), new PrintStream(err));

        assertThat(exit).isEqualTo(AuditVerifier.NOT_VERIFIED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar audit-verifier.jar");
    }

    private static void assertEveryChangedByteIsNoticed(byte[] bundle, PublicKey key) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        // one verification per byte of the file: in parallel, as each stands alone
        List<Integer> unnoticed = IntStream.range(0, bundle.length).parallel().filter(position -> {
            byte[] changed = bundle.clone();
            changed[position] ^= 1;
            return AuditVerifier.verify(changed, key, null, discard, discard) != AuditVerifier.NOT_VERIFIED;
        }).boxed().toList();
        assertThat(unnoticed).as("positions whose change went unnoticed in %s", new String(bundle, StandardCharsets.UTF_8)).isEmpty();
    }

    private static Path firstFormat(String file) throws Exception {
        return Path.of(AuditVerifierTest.class.getResource("/first-format/" + file).toURI());
    }

    private int verify(byte[] bundle) {
        out.reset();
        err.reset();
        return AuditVerifier.verify(bundle, KEY.getPublic(), null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A cooperation of {@code length} events whose first {@code checkpointed} the checkpoint covers, as the server writes it. */
    private static byte[] bundleJson(int length, int checkpointed) {
        History history = History.of(length);
        History signed = History.of(checkpointed);
        MerkleTree tree = MerkleTree.of(List.of(signed.head(), History.of(OTHER_COOPERATION, 1).head()));
        Checkpoint checkpoint = Checkpoint.sign(9, Instant.parse("2025-10-01T00:00:00Z"), tree, KEY);
        AuditBundle bundle = AuditBundle.of(History.COOPERATION, history.events, history.links, List.of(), checkpoint,
                tree.inclusionOf(History.COOPERATION).orElseThrow(), List.of());
        try {
            return new ObjectMapper().writeValueAsBytes(bundle);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cooperation of 4 events whose events 1 to 3 an operator adopted after checkpoint 8; checkpoint 9 covers them. */
    private static byte[] adoptedBundleJson() {
        History other = History.of(OTHER_COOPERATION, 1);
        Checkpoint before = Checkpoint.sign(8, History.ADOPTED_AT.minusSeconds(1), MerkleTree.of(List.of(other.head())), KEY);
        History history = History.adopted(History.COOPERATION, 4, 1, "operator-pusat", before, KEY);
        MerkleTree tree = MerkleTree.of(List.of(history.head(), other.head()));
        Checkpoint checkpoint = Checkpoint.sign(9, History.ADOPTED_AT.plusSeconds(1), tree, KEY);
        AuditBundle bundle = AuditBundle.of(History.COOPERATION, history.events, history.links, history.adoptions,
                checkpoint, tree.inclusionOf(History.COOPERATION).orElseThrow(), List.of());
        try {
            return new ObjectMapper().writeValueAsBytes(bundle);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(String name, byte[] content) throws Exception {
        return Files.write(files.resolve(name), content).toString();
    }

    private static byte[] publicKeyPem() {
        return SigningKeys.pem(KEY.getPublic()).getBytes(StandardCharsets.US_ASCII);
    }
}
