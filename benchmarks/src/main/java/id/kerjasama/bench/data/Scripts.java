package id.kerjasama.bench.data;

import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Json;
import id.kerjasama.bench.harness.Step;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** The command scripts: a cooperation's lifecycle by type and variant, then its monitoring. */
public final class Scripts {
    public static final int IMPORTED_SYNERGY_EVENTS = 6;

    public static Map<String, Object> file(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("bench:" + name).getBytes(StandardCharsets.UTF_8));
            return Json.obj("fileName", name, "sha256", HexFormat.of().formatHex(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> content(String title, List<String> scope, LocalDate start, LocalDate end, String... sources) {
        return Json.obj("title", title, "scope", scope, "commitments", List.of(),
                "term", Json.obj("start", start, "end", end),
                "funding", Json.obj("sources", List.of(sources), "inCurrentBudget", true, "note", "Dibiayai sesuai kemampuan masing-masing pihak"));
    }

    static Map<String, Object> signatory(String party, String name, String position, String capacity, String poa) {
        return Json.obj("party", party, "name", name, "position", position, "capacity", capacity, "powerOfAttorneyId", poa);
    }

    public static Step step(String name, String endpoint, Actor actor, Map<String, Object> body) {
        return new Step(name, endpoint, actor, body == null ? null : Json.write(body));
    }

    public static List<Step> lifecycle(Spec s, LocalDate today, SplittableRandom r, int monitoring) {
        List<Step> steps = new ArrayList<>();
        String slug = s.id.substring(0, 8);
        Map<String, Object> partner = Json.obj("kind", s.partnerKind, "name", s.partnerName,
                "region", s.partnerRegion == null ? null : s.partnerRegion.code(), "parentInstitution", s.partnerParent);
        steps.add(step("initiate", "/api/cooperations", s.officer(), Json.obj("cooperationId", s.id, "type", s.type.name(),
                "title", s.title, "reportedLabel", "MoU", "initiatingRegion", s.region.code(), "initiatingUnit", s.unit,
                "initiator", "REGIONAL_UNIT", "partner", partner, "affairs", s.affairs, "objective", s.objective)));
        steps.add(step("appoint-liaison-officer", "appoint-liaison-officer", s.officer(),
                Json.obj("officer", Json.obj("name", s.officerName, "position", "Kepala Subbagian Umum, " + s.unit))));
        steps.add(step("attach-preparation-document", "attach-preparation-document", s.officer(),
                Json.obj("kind", "TERMS_OF_REFERENCE", "file", file("kak-" + slug + ".pdf"))));
        if (s.type == CooperationType.KSDPK) {
            steps.add(step("attach-preparation-document", "attach-preparation-document", s.officer(),
                    Json.obj("kind", "FEASIBILITY_STUDY", "file", file("studi-kelayakan-" + slug + ".pdf"))));
        }
        if (s.variant == Variant.WITHDRAW) {
            steps.add(step("withdraw-cooperation", "withdraw-cooperation", s.officer(),
                    Json.obj("reason", "Mitra mengundurkan diri sebelum pengkajian")));
            return steps;
        }
        steps.add(step("submit-for-assessment", "submit-for-assessment", s.officer(), null));
        steps.add(step("start-assessment", "start-assessment", s.tkksd(), null));
        String[] aspects = {"Aspek hukum", "Aspek manfaat", "Aspek pembiayaan"};
        int findings = 1 + (int) (Math.abs(s.seed) % 3);
        for (int i = 0; i < findings; i++) {
            steps.add(step("record-assessment-finding", "record-assessment-finding", s.tkksd(),
                    Json.obj("aspect", aspects[i], "finding", "Sesuai dengan PP 28/2018 dan kebutuhan daerah")));
        }
        if (s.variant == Variant.REJECT) {
            steps.add(step("conclude-assessment", "conclude-assessment", s.tkksd(),
                    Json.obj("conclusion", "REJECT", "rationale", "Tidak sesuai dengan prioritas pembangunan daerah")));
            return steps;
        }
        steps.add(step("conclude-assessment", "conclude-assessment", s.tkksd(),
                Json.obj("conclusion", "FEASIBLE", "rationale", "Layak: sesuai urusan dan prioritas daerah")));
        Map<String, Object> head = signatory("REGION", s.headName, "Kepala Daerah " + s.region.name(), "REGIONAL_HEAD", null);
        Map<String, Object> partnerRep = signatory("PARTNER", World.FIRST[(int) (Math.abs(s.seed) % World.FIRST.length)]
                + " " + World.LAST[(int) (Math.abs(s.seed / 7) % World.LAST.length)], "Pimpinan " + s.partnerName,
                "PARTNER_REPRESENTATIVE", null);
        String frameworkId = uuidFor(s, "framework");
        String childId = uuidFor(s, "child");
        LocalDate frameworkSigned = today.minusDays(60);
        LocalDate childSigned = today.minusDays(25);
        LocalDate started = today.minusDays(20);
        if (s.type == CooperationType.SYNERGY) {
            steps.add(step("draft-agreement", "draft-agreement", s.secretariat(), Json.obj("documentId", frameworkId, "kind", "NK",
                    "content", content("Nota Kesepakatan tentang " + s.topic, List.of(s.topic), frameworkSigned,
                            frameworkSigned.plusYears(5).minusDays(1), "APBD", "OTHER"))));
            steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", frameworkId)));
            steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", frameworkId,
                    "documentNumber", "NK/" + slug + "/" + frameworkSigned.getYear(), "signatories", List.of(head, partnerRep),
                    "signedOn", frameworkSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("nk-" + slug + ".pdf"))));
            steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", childId,
                    "kind", "RENCANA_KERJA", "parentDocumentId", frameworkId,
                    "content", content("Rencana Kerja " + s.topic, List.of("Kegiatan tahun pertama"), childSigned,
                            childSigned.plusYears(1).minusDays(1), "APBD"))));
            steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", childId)));
            steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", childId,
                    "documentNumber", "RK/" + slug + "/" + childSigned.getYear(), "signatories", List.of(head, partnerRep),
                    "signedOn", childSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("rk-" + slug + ".pdf"))));
        } else {
            steps.add(step("send-offer", "send-offer", s.head(), Json.obj("letter", file("penawaran-" + slug + ".pdf"),
                    "signedBy", head, "sentOn", today.minusDays(100))));
            steps.add(step("record-partner-answer", "record-partner-answer", s.secretariat(), Json.obj("answer", "ACCEPTED",
                    "answeredOn", today.minusDays(95), "letter", file("jawaban-" + slug + ".pdf"))));
            steps.add(step("draft-agreement", "draft-agreement", s.secretariat(), Json.obj("documentId", frameworkId, "kind", "KB",
                    "content", content("Kesepakatan Bersama tentang " + s.topic, List.of(s.topic), frameworkSigned,
                            frameworkSigned.plusYears(5).minusDays(1), "APBD", "PARTNER"))));
            steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", frameworkId)));
            steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", frameworkId,
                    "documentNumber", "KB/" + slug + "/" + frameworkSigned.getYear(), "signatories", List.of(head, partnerRep),
                    "signedOn", frameworkSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("kb-" + slug + ".pdf"))));
            boolean dprd = s.variant == Variant.DPRD;
            steps.add(step("determine-dprd-approval-requirement", "determine-dprd-approval-requirement", s.secretariat(),
                    Json.obj("burdensPublicAndRegion", dprd, "fundedInCurrentBudget", true,
                            "rationale", dprd ? "Membebani masyarakat dan daerah" : "Tidak membebani; dibiayai APBD tahun berjalan")));
            if (dprd) {
                steps.add(step("request-dprd-approval", "request-dprd-approval", s.secretariat(),
                        Json.obj("letter", file("permohonan-dprd-" + slug + ".pdf"), "requestedOn", today.minusDays(40))));
                steps.add(step("record-dprd-decision", "record-dprd-decision", s.secretariat(), Json.obj("decision", "APPROVED",
                        "decidedOn", today.minusDays(30), "decisionLetter", file("keputusan-dprd-" + slug + ".pdf"),
                        "note", "Disetujui dalam rapat paripurna")));
            }
            steps.add(step("register-signed-document", "register-signed-document", s.secretariat(), Json.obj("documentId", frameworkId,
                    "registrationNumber", "REG/" + slug, "archiveLocation", "Bagian Kerja Sama Setda " + s.region.name())));
            String poa = uuidFor(s, "poa");
            String director = s.officerName;
            steps.add(step("grant-power-of-attorney", "grant-power-of-attorney", s.head(), Json.obj("powerOfAttorneyId", poa,
                    "grantee", Json.obj("name", director, "position", "Kepala " + s.unit), "granteeUnit", s.unit,
                    "grantor", head, "validFrom", today.minusDays(35), "validUntil", today.plusDays(365),
                    "letter", file("surat-kuasa-" + slug + ".pdf"))));
            steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", childId, "kind", "PKS",
                    "parentDocumentId", frameworkId, "content", content("Perjanjian Kerja Sama " + s.topic,
                            List.of("Pelaksanaan " + s.topic), childSigned, childSigned.plusYears(2).minusDays(1), "APBD", "PARTNER"))));
            steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", childId)));
            steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", childId,
                    "documentNumber", "PKS/" + slug + "/" + childSigned.getYear(), "signatories", List.of(
                            signatory("REGION", director, "Kepala " + s.unit, "MANDATED_OFFICIAL", poa), partnerRep),
                    "signedOn", childSigned, "signedAt", "Kantor " + s.unit, "signedFile", file("pks-" + slug + ".pdf"))));
        }
        steps.add(step("start-implementation", "start-implementation", s.officer(), Json.obj("startedOn", started)));
        steps.addAll(monitoring(s, today, r, monitoring));
        return steps;
    }

    /** Monitoring of an active cooperation: activities, budget, reports, a self-report and its TKKSD review. */
    public static List<Step> monitoring(Spec s, LocalDate today, SplittableRandom r, int count) {
        List<Step> steps = new ArrayList<>();
        LocalDate started = today.minusDays(20);
        String[] pattern = {"activity", "activity", "budget", "report", "self-report", "activity", "review", "activity"};
        for (int i = 0; i < count; i++) {
            switch (pattern[i % pattern.length]) {
                case "activity" -> steps.add(activity(s, today, r));
                case "budget" -> steps.add(step("record-budget-realisation", "record-budget-realisation", s.officer(),
                        Json.obj("fiscalYear", today.getYear(), "source", "APBD", "amount", 5_000_000 + r.nextInt(95) * 1_000_000,
                                "description", "Realisasi anggaran " + s.topic)));
                case "report" -> steps.add(step("record-implementation-report", "record-implementation-report", s.officer(),
                        Json.obj("periodStart", started, "periodEnd", today.minusDays(1),
                                "summary", "Kegiatan " + s.topic + " berjalan sesuai rencana", "file", file("laporan-" + i + "-" + s.id.substring(0, 8) + ".pdf"))));
                case "self-report" -> steps.add(evaluation(s, "SELF_REPORT", s.officer(), started, today, r));
                default -> steps.add(evaluation(s, "TKKSD_REVIEW", s.tkksd(), started, today, r));
            }
        }
        return steps;
    }

    public static Step activity(Spec s, LocalDate today, SplittableRandom r) {
        LocalDate started = today.minusDays(20);
        return step("record-activity", "record-activity", s.officer(), Json.obj("date", started.plusDays(r.nextInt(20)),
                "description", pick(r, new String[]{"Rapat koordinasi", "Pelatihan petugas", "Monitoring lapangan",
                        "Sosialisasi kepada masyarakat", "Penyerahan bantuan peralatan"}) + " " + s.topic,
                "unit", s.unit));
    }

    static Step evaluation(Spec s, String kind, Actor by, LocalDate start, LocalDate today, SplittableRandom r) {
        Map<String, Object> grades = new LinkedHashMap<>();
        for (String criterion : new String[]{"FIT_WITH_OBJECTIVES", "TIMELINESS", "PARTNER_CONTRIBUTION", "COORDINATION",
                "INDICATOR_ACHIEVEMENT", "IMPACT", "BENEFIT_INNOVATION", "DOCUMENT_COMPLETENESS", "REGULAR_REPORTING",
                "RELEVANCE_TO_NEEDS"}) {
            grades.put(criterion, 3 + r.nextInt(3));
        }
        return step("record-evaluation", "record-evaluation", by, Json.obj("evaluationId", World.uuid(r), "kind", kind,
                "periodStart", start, "periodEnd", today.minusDays(1), "grades", grades, "overallRating", 3 + r.nextInt(3),
                "recommendation", r.nextBoolean() ? "CONTINUE" : "IMPROVE",
                "followUpActions", List.of(Json.obj("description", "Perbaiki jadwal pelaporan", "owner", s.unit,
                        "dueDate", today.plusDays(60))),
                "summary", "Evaluasi " + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + s.topic));
    }

    /** Import of a signed NK, Rencana Kerja drafted, approved and signed, implementation, one activity. */
    public static List<Step> importedSynergy(Spec s, LocalDate today) {
        String nk = uuidFor(s, "nk");
        String rk = uuidFor(s, "rk");
        String slug = s.id.substring(0, 8);
        LocalDate nkSigned = today.minusDays(60);
        LocalDate rkSigned = today.minusDays(25);
        Map<String, Object> head = signatory("REGION", s.headName, "Kepala Daerah " + s.region.name(), "REGIONAL_HEAD", null);
        Map<String, Object> partnerRep = signatory("PARTNER", "Kepala Balai", "Kepala " + s.partnerName, "PARTNER_REPRESENTATIVE", null);
        List<Step> steps = new ArrayList<>();
        steps.add(step("import", "/api/cooperations/imports", s.secretariat(), Json.obj("cooperationId", s.id,
                "type", "SYNERGY", "reportedLabel", "Nota Kesepakatan", "initiatingRegion", s.region.code(),
                "initiatingUnit", s.unit, "partner", Json.obj("kind", "VERTICAL_AGENCY", "name", s.partnerName,
                        "parentInstitution", s.partnerParent), "affairs", List.of("PUBLIC_WORKS_AND_SPATIAL_PLANNING"),
                "documentId", nk, "kind", "NK", "documentNumber", "NK/" + slug,
                "content", content("Nota Kesepakatan pembangunan jalan " + s.region.name(), List.of("Preservasi jalan"),
                        nkSigned, nkSigned.plusYears(5).minusDays(1), "APBD", "OTHER"),
                "signatories", List.of(head, partnerRep), "signedOn", nkSigned, "signedAt", "Kantor " + s.region.name(),
                "signedFile", file("nk-" + slug + ".pdf"), "sourceDocument", file("arsip-nk-" + slug + ".pdf"),
                "note", "Dimasukkan dari arsip Bagian Kerja Sama")));
        steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", rk, "kind", "RENCANA_KERJA",
                "parentDocumentId", nk, "content", content("Rencana Kerja preservasi jalan", List.of("Preservasi jalan"),
                        rkSigned, rkSigned.plusYears(1).minusDays(1), "APBD"))));
        steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", rk)));
        steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", rk,
                "documentNumber", "RK/" + slug, "signatories", List.of(head, partnerRep), "signedOn", rkSigned,
                "signedAt", "Kantor " + s.region.name(), "signedFile", file("rk-" + slug + ".pdf"))));
        steps.add(step("start-implementation", "start-implementation", s.officer(), Json.obj("startedOn", today.minusDays(20))));
        steps.add(activity(s, today, new SplittableRandom(s.seed)));
        return steps;
    }

    static String uuidFor(Spec s, String what) {
        return UUID.nameUUIDFromBytes((s.id + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }
}
