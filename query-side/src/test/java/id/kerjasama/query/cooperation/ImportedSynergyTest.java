package id.kerjasama.query.cooperation;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.*;
import id.kerjasama.cooperation.event.SignedAgreementImported;
import id.kerjasama.query.workqueue.WorkItems;
import id.kerjasama.query.workqueue.WorkQueue;
import id.kerjasama.region.RegionCode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail and the work queues place an imported agreement where the command side does. */
class ImportedSynergyTest {

    private static final CooperationId ID = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a121");

    @Test
    void the_imported_pangkalpinang_poltekkes_kb_stands_in_memorandum_and_waits_for_its_pks_not_the_dprd() {
        // the seed: Pemkot Pangkalpinang with Poltekkes Kemenkes Pangkalpinang (a SYNERGY), a KB signed on 25 April
        // 2025 by the acting mayor M. Unu Ibnudin, imported
        Signatory actingMayor = new Signatory(SigningParty.REGION, "M. Unu Ibnudin", "Penjabat Wali Kota Pangkalpinang",
                SigningCapacity.ACTING_REGIONAL_HEAD, null);
        AgreementContent content = new AgreementContent("Sinergi peningkatan kualitas SDM", List.of("Tenaga ahli"),
                List.of(), new Term(LocalDate.of(2025, 4, 25), LocalDate.of(2030, 4, 24), null),
                new Funding(Set.of(FundingSource.APBD), true, null));
        SignedAgreementImported imported = new SignedAgreementImported(ID, CooperationType.SYNERGY, "Kesepakatan Bersama",
                RegionCode.of("19.71"), "Bagian Kerja Sama Setda Kota Pangkalpinang",
                new Partner(PartnerKind.VERTICAL_AGENCY, "Poltekkes Kemenkes Pangkalpinang", null, "Kementerian Kesehatan", null),
                Set.of(GovernmentAffair.HEALTH), DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a122"), DocumentKind.KB,
                "KB/1/2025", content, List.of(actingMayor), LocalDate.of(2025, 4, 25), "Pangkalpinang",
                new DocumentReference("kb.pdf", "a".repeat(64), null), null, null,
                List.of("INSTRUMENT_FITS_TYPE: a KB was signed for a SYNERGY cooperation, which uses a NK"));
        CooperationDetail detail = CooperationHistory.replay(List.of(new GenericDomainEventMessage<>("Cooperation",
                ID.value(), 0, imported, Map.of(AuditMetadata.ACTOR_ID, "sekretariat", AuditMetadata.ACTOR_ROLE, "SECRETARIAT",
                AuditMetadata.ACTOR_REGION, "19.71"), "e1", Instant.parse("2025-04-28T02:00:00Z"))));

        assertThat(detail.stage).isEqualTo(Stage.MEMORANDUM);
        assertThat(WorkItems.of(detail)).extracting(WorkItems.Item::queue)
                .containsExactly(WorkQueue.AWAITING_IMPLEMENTING_DRAFT, WorkQueue.AWAITING_REGISTRATION);
    }
}
