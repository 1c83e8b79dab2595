package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Stage;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the registry: enough to list, filter and open a cooperation. */
public record RegistryEntry(String id, String title, String reportedLabel, CooperationType type, Stage stage,
                            CooperationDetail.RegionView initiatingRegion, CooperationDetail.RegionView partnerRegion,
                            String partnerName, PartnerKind partnerKind, String partnerKey, LocalDate signedOn,
                            LocalDate termEnd, long version, Instant updatedAt) {
}
