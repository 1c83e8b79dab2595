import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the two seed cooperations (README.md, "The seed cooperations") as real histories through the command API.
 * <p>
 * Run: {@code java tools/SeedLoader.java [baseUrl]} (default {@code http://localhost:8081}). It prints one line
 * per step and stops with exit code 1 and the problem body at the first refused step (2 if the server cannot be
 * reached). Each run creates new cooperations.
 * <p>
 * Only facts of the stories are used (parties, dates, places, scope). Whatever a story does not say is a
 * clearly marked placeholder or assumption: names and numbers read "(... tidak disebut dalam berita)", and
 * assumed dates are said in a comment and in a note or {@code X-Reason} recorded with the step.
 * <p>
 * The seed has no real files. Every {@code sha256} is the SHA-256 of the UTF-8 text {@code "seed:<fileName>"},
 * a deterministic placeholder: see {@link #file}.
 */
public class SeedLoader {

    private static final String UNNAMED = "(nama tidak disebut dalam berita)";
    private static final String NO_NUMBER = "(nomor tidak disebut dalam berita)";
    private static final String COOPERATIONS = "/api/cooperations";

    /**
     * Who sends a command: a demo user of the embedded default (its id is the user name, whose token the command
     * side prints at /dev/tokens/{user}), with its role and region for the reader, and an optional X-Reason.
     */
    record Actor(String id, String role, String region, String reason) {
        Actor(String id, String role, String region) {
            this(id, role, region, null);
        }

        Actor because(String why) {
            return new Actor(id, role, region, why);
        }
    }

    /** An accepted answer; {@link #field} reads one top-level value such as {@code id} or {@code documentId}. */
    record Reply(int status, String body) {
        String field(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+))").matcher(body);
            return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();
    private final String baseUrl;

    SeedLoader(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws InterruptedException {
        SeedLoader loader = new SeedLoader(args.length > 0 ? args[0] : "http://localhost:8081");
        try {
            loader.pangkalpinangPoltekkes();
            loader.lamandauRsudCbi();
        } catch (IOException e) {
            System.err.println("cannot reach " + loader.baseUrl + ": " + e);
            System.exit(2);
        }
    }

    // ---- Seed 1: Kota Pangkal Pinang - Poltekkes Kemenkes Pangkalpinang (Bangka Pos, 25 April 2025)

    /**
     * A kesepakatan bersama signed on Friday 25 April 2025, before the system existed: imported as signed. Poltekkes
     * is a Ministry of Health work unit, so the type is SYNERGY and the signed KB is a deviation the system records.
     * It is left alone afterwards: no PKS follows, so the product later flags it dormant.
     */
    void pangkalpinangPoltekkes() throws IOException, InterruptedException {
        Actor secretariat = new Actor("pangkalpinang-sekretariat", "SECRETARIAT", "19.71")
                .because("Seed import of an agreement signed before the system existed (news story, Bangka Pos)");
        LocalDate signedOn = weekday(LocalDate.of(2025, 4, 25), DayOfWeek.FRIDAY);
        // The story gives no term: assumed 5 years from the signing date, as the note says.
        LocalDate termEnd = signedOn.plusYears(5).minusDays(1);
        Reply imported = post("Pangkalpinang: import KB", secretariat, COOPERATIONS + "/imports", obj(
                "type", "SYNERGY",
                "reportedLabel", "Kesepakatan Bersama",
                "initiatingRegion", "19.71",
                "initiatingUnit", "Pemerintah Kota Pangkalpinang",
                "partner", obj("kind", "VERTICAL_AGENCY",
                        "name", "Politeknik Kesehatan Kementerian Kesehatan Pangkalpinang",
                        "parentInstitution", "Kementerian Kesehatan"),
                "affairs", List.of("HEALTH", "EDUCATION"),
                "kind", "KB",
                "documentNumber", NO_NUMBER,
                "content", content("Kesepakatan Bersama Pemerintah Kota Pangkalpinang dan Poltekkes Kemenkes Pangkalpinang"
                                + " tentang sinergi pembangunan daerah, khususnya peningkatan kualitas sumber daya manusia",
                        List.of("Penyediaan tenaga ahli", "Pertukaran informasi",
                                "Peningkatan kapasitas sumber daya manusia", "Penelitian dan pengembangan"),
                        signedOn, termEnd,
                        funding(true, "Pendanaan tidak disebut dalam berita: sumber diasumsikan", "APBD", "PARTNER")),
                "signatories", List.of(
                        signatory("REGION", "M. Unu Ibnudin", "Penjabat (Pj) Wali Kota Pangkalpinang", "ACTING_REGIONAL_HEAD", null),
                        partnerSignatory("Direktur Poltekkes Kemenkes Pangkalpinang")),
                "signedOn", signedOn,
                "signedAt", "Smart Room Center (SRC), lantai 2 Kantor Wali Kota Pangkalpinang",
                "signedFile", file("kb-pangkalpinang-poltekkes-2025-04-25.pdf"),
                "sourceDocument", file("berita-bangkapos-pangkalpinang-poltekkes-2025-04-25.html",
                        "Bangkapos.com / POSBELITUNG.CO, berita penandatanganan 25 April 2025"),
                "note", "Jangka waktu tidak disebut dalam berita: diasumsikan 5 tahun sejak penandatanganan ("
                        + signedOn + " s.d. " + termEnd + "). Nomor dokumen, nama Direktur Poltekkes, unit pemrakarsa"
                        + " dan pendanaan tidak disebut dalam berita. Berkas KB belum ada: digest SHA-256 adalah placeholder."));
        System.out.println("Pangkalpinang-Poltekkes: cooperation " + imported.field("id"));
    }

    // ---- Seed 2: Kabupaten Lamandau (RSUD Gusti Abdul Gani) - PT Citra Borneo Indah (CBI) Group (ANTARA)

    /**
     * A KSDPK health cooperation, reported as an "MoU", driven through the whole lifecycle. The story dates the
     * signing only "Kamis" (a Thursday) in Pangkalan Bun: ALL business dates below are ASSUMED, chosen to be
     * consistent (offer before KB, KB before PKS, power of attorney valid when the PKS is signed).
     */
    void lamandauRsudCbi() throws IOException, InterruptedException {
        LocalDate offerSent = LocalDate.of(2025, 4, 14);                                    // assumed
        LocalDate offerAccepted = LocalDate.of(2025, 4, 24);                                // assumed
        LocalDate kbSigned = weekday(LocalDate.of(2025, 5, 15), DayOfWeek.THURSDAY);        // assumed Thursday ("Kamis")
        LocalDate poaFrom = LocalDate.of(2025, 5, 19), poaUntil = LocalDate.of(2025, 12, 31); // assumed
        LocalDate pksSigned = LocalDate.of(2025, 6, 2);                                     // assumed
        LocalDate activityOn = LocalDate.of(2025, 6, 16);                                   // assumed

        String region = "62.09";
        Actor unit = new Actor("lamandau-opd", "UNIT_OFFICER", region);
        Actor tkksd = new Actor("lamandau-tkksd", "TKKSD_MEMBER", region);
        Actor secretariat = new Actor("lamandau-sekretariat", "SECRETARIAT", region);
        Actor bupati = new Actor("lamandau-bupati", "REGIONAL_HEAD", region);
        String rsud = "RSUD Gusti Abdul Gani Lamandau";
        Map<String, Object> bupatiSignature = signatory("REGION", "Rizky Aditya Putra", "Bupati Lamandau", "REGIONAL_HEAD", null);
        Map<String, Object> cbiSignature = partnerSignatory("Direktur PT Citra Borneo Indah (CBI) Group");
        Map<String, Object> rsudDirector = obj("name", UNNAMED, "position", "Direktur " + rsud);

        String id = post("Lamandau: initiate", unit, COOPERATIONS, obj(
                "type", "KSDPK",
                "title", "Kerja sama bidang kesehatan " + rsud + " dan PT Citra Borneo Indah (CBI) Group",
                "reportedLabel", "MoU",
                "initiatingRegion", region,
                "initiatingUnit", rsud,
                "initiator", "REGIONAL_UNIT",
                "partner", obj("kind", "BUSINESS", "name", "PT Citra Borneo Indah (CBI) Group"),
                "affairs", List.of("HEALTH"),
                "objective", "Meningkatkan mutu layanan kesehatan di Kabupaten Lamandau, termasuk bagi karyawan PT CBI Group,"
                        + " melalui sinergi sektor publik dan swasta")).field("id");
        String cooperation = COOPERATIONS + "/" + id + "/";

        post("Lamandau: appoint liaison officer", unit, cooperation + "appoint-liaison-officer",
                obj("officer", obj("name", UNNAMED, "position", "Pejabat penghubung, " + rsud)));
        for (String kind : List.of("TERMS_OF_REFERENCE", "FEASIBILITY_STUDY")) {
            post("Lamandau: attach " + kind, unit, cooperation + "attach-preparation-document",
                    obj("kind", kind, "file", file("lamandau-cbi-" + kind.toLowerCase() + ".pdf")));
        }
        post("Lamandau: submit for assessment", unit, cooperation + "submit-for-assessment", null);

        post("Lamandau: start assessment", tkksd, cooperation + "start-assessment", null);
        post("Lamandau: record finding", tkksd, cooperation + "record-assessment-finding", obj(
                "aspect", "Manfaat",
                "finding", "Mendukung peningkatan mutu layanan kesehatan daerah, termasuk layanan bagi karyawan mitra"));
        post("Lamandau: conclude FEASIBLE", tkksd, cooperation + "conclude-assessment", obj(
                "conclusion", "FEASIBLE", "rationale", "Layak: sesuai urusan kesehatan dan kebutuhan layanan di Lamandau"));

        post("Lamandau: send offer", bupati, cooperation + "send-offer", obj(
                "letter", file("surat-penawaran-bupati-lamandau-cbi.pdf"),
                "signedBy", bupatiSignature, "sentOn", offerSent));
        post("Lamandau: partner ACCEPTED", secretariat, cooperation + "record-partner-answer", obj(
                "answer", "ACCEPTED", "answeredOn", offerAccepted,
                "letter", file("surat-jawaban-pt-cbi-group.pdf")));

        // The secretariat drafts the KB, the initiating unit the PKS; the TKKSD approves both.
        // The KB runs 5 years from its (assumed) signing date; the PKS lies within it.
        Map<String, Object> kbFunding = funding(true, "Diasumsikan untuk data awal: tidak membebani, sudah dalam APBD", "APBD", "PARTNER");
        String kb = post("Lamandau: draft KB", secretariat, cooperation + "draft-agreement", obj(
                "kind", "KB",
                "content", content("Kesepakatan Bersama kerja sama bidang kesehatan Pemerintah Kabupaten Lamandau"
                                + " dan PT Citra Borneo Indah (CBI) Group",
                        List.of("Peningkatan mutu layanan kesehatan di Kabupaten Lamandau",
                                "Layanan kesehatan bagi karyawan PT CBI Group melalui " + rsud),
                        kbSigned, kbSigned.plusYears(5).minusDays(1), kbFunding))).field("documentId");
        post("Lamandau: approve KB", tkksd, cooperation + "approve-draft", obj("documentId", kb));
        Actor assumingKbDate = secretariat.because("Seed data, date assumed: the story says only that it was a Thursday (Kamis)");
        post("Lamandau: sign KB", assumingKbDate, cooperation + "sign-agreement", obj(
                "documentId", kb, "documentNumber", NO_NUMBER,
                "signatories", List.of(bupatiSignature, cbiSignature),
                "signedOn", kbSigned, "signedAt", "Pangkalan Bun",
                "signedFile", file("kb-lamandau-cbi.pdf")));

        // Assumed (the story is silent): not burdening the public and the region, funded in this year's APBD.
        post("Lamandau: DPRD approval not required", secretariat, cooperation + "determine-dprd-approval-requirement", obj(
                "burdensPublicAndRegion", false, "fundedInCurrentBudget", true,
                "rationale", "Tidak membebani masyarakat dan daerah; pendanaan dalam APBD tahun berjalan (diasumsikan untuk data awal)"));
        post("Lamandau: register KB", secretariat, cooperation + "register-signed-document", obj(
                "documentId", kb, "registrationNumber", "SEED-LMD-KB-2025-001 (nomor contoh data awal)",
                "archiveLocation", "Bagian Kerja Sama Sekretariat Daerah Kabupaten Lamandau (contoh data awal)"));

        String poa = post("Lamandau: grant power of attorney", bupati, cooperation + "grant-power-of-attorney", obj(
                "grantee", rsudDirector, "granteeUnit", rsud, "grantor", bupatiSignature,
                "validFrom", poaFrom, "validUntil", poaUntil,
                "letter", file("surat-kuasa-bupati-lamandau-direktur-rsud.pdf"))).field("powerOfAttorneyId");

        String pks = post("Lamandau: draft PKS", unit, cooperation + "draft-agreement", obj(
                "kind", "PKS", "parentDocumentId", kb,
                "content", content("Perjanjian Kerja Sama pelayanan kesehatan bagi karyawan PT CBI Group di " + rsud,
                        List.of("Pelayanan kesehatan bagi karyawan PT CBI Group di " + rsud),
                        pksSigned, pksSigned.plusYears(2).minusDays(1),
                        funding(true, "Diasumsikan untuk data awal", "PARTNER")))).field("documentId");
        post("Lamandau: approve PKS", tkksd, cooperation + "approve-draft", obj("documentId", pks));
        Actor assumingPksDate = secretariat.because("Seed data, date assumed: the story does not mention the PKS");
        post("Lamandau: sign PKS", assumingPksDate, cooperation + "sign-agreement", obj(
                "documentId", pks, "documentNumber", "SEED-LMD-PKS-2025-001 (nomor contoh data awal)",
                "signatories", List.of(
                        signatory("REGION", UNNAMED, "Direktur " + rsud, "MANDATED_OFFICIAL", poa), cbiSignature),
                "signedOn", pksSigned, "signedAt", rsud + " (tempat diasumsikan)",
                "signedFile", file("pks-lamandau-rsud-cbi.pdf")));

        post("Lamandau: start implementation", unit, cooperation + "start-implementation", obj("startedOn", pksSigned));
        post("Lamandau: record activity", unit, cooperation + "record-activity", obj(
                "date", activityOn, "unit", rsud,
                "description", "Pelayanan kesehatan bagi karyawan PT CBI Group (kegiatan contoh data awal; tanggal diasumsikan)"));
        System.out.println("Lamandau-RSUD-CBI: cooperation " + id);
    }

    // ---- Values of the API (records in shared-kernel/.../cooperation/)

    private static Map<String, Object> content(String title, List<String> scope, LocalDate start, LocalDate end,
                                               Map<String, Object> funding) {
        return obj("title", title, "scope", scope, "commitments", List.of(),
                "term", obj("start", start, "end", end), "funding", funding);
    }

    private static Map<String, Object> funding(boolean inCurrentBudget, String note, String... sources) {
        return obj("sources", List.of(sources), "inCurrentBudget", inCurrentBudget, "note", note);
    }

    private static Map<String, Object> signatory(String party, String name, String position, String capacity,
                                                 String powerOfAttorneyId) {
        return obj("party", party, "name", name, "position", position, "capacity", capacity,
                "powerOfAttorneyId", powerOfAttorneyId);
    }

    /** A partner's signatory whose name the story does not give. */
    private static Map<String, Object> partnerSignatory(String position) {
        return signatory("PARTNER", UNNAMED, position, "PARTNER_REPRESENTATIVE", null);
    }

    private static Map<String, Object> file(String fileName) {
        return file(fileName, null);
    }

    /** A file the seed does not have: its digest is the SHA-256 of the UTF-8 text "seed:&lt;fileName&gt;". */
    private static Map<String, Object> file(String fileName, String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("seed:" + fileName).getBytes(StandardCharsets.UTF_8));
            return obj("fileName", fileName, "sha256", HexFormat.of().formatHex(digest), "location", location);
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

    // ---- HTTP and JSON

    /** The demo user's bearer token, fetched once per user from the command side's demo issuer. */
    private String token(String user) throws IOException, InterruptedException {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dev/tokens/" + user)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            System.err.println("no demo token for " + user + " (HTTP " + response.statusCode() + "): the demo issuer exists only outside production");
            System.exit(1);
        }
        tokens.put(user, response.body().strip());
        return response.body().strip();
    }

    /** POSTs one command, prints "step -> status, version", and exits 1 with the problem body unless it is accepted. */
    private Reply post(String step, Actor actor, String path, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + token(actor.id()))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (actor.reason() != null) {
            request.header("X-Reason", actor.reason());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Reply reply = new Reply(response.statusCode(), response.body());
        String version = reply.field("version");
        System.out.printf("%-45s -> %d, version %s%n", step, reply.status(), version == null ? "-" : version);
        if (reply.status() / 100 != 2) {
            System.err.println(step + " refused: POST " + path + System.lineSeparator() + reply.body());
            System.exit(1);
        }
        return reply;
    }

    /** An ordered JSON object from alternating keys and values; null values are left out. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                object.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return object;
    }

    /** Maps, collections, numbers and booleans as JSON; anything else (text, dates) as a JSON string. */
    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringJoiner members = new StringJoiner(",", "{", "}");
            map.forEach((key, member) -> members.add(quote(key.toString()) + ":" + json(member)));
            return members.toString();
        }
        if (value instanceof Collection<?> items) {
            StringJoiner elements = new StringJoiner(",", "[", "]");
            items.forEach(item -> elements.add(json(item)));
            return elements.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return value == null ? "null" : quote(value.toString());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
