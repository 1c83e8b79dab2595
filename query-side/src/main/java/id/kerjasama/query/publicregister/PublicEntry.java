package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.query.cooperation.RegistryEntry;

import java.time.LocalDate;
import java.util.Set;

/**
 * A line of the public register. A withheld title or partner name is null; {@code withholding} says that an
 * exemption withholds part of the entry (its detail says which part, why and until when).
 */
public record PublicEntry(String id, String title, CooperationType type, String region, String regionName,
                          String partnerName, LocalDate signedOn, LocalDate termEnd, boolean withholding) {

    /** The entry, {@code withheld} the fields withheld from it, or null where nothing is withheld. */
    static PublicEntry of(RegistryEntry e, Set<PublicEntryField> withheld) {
        Set<PublicEntryField> fields = withheld == null ? Set.of() : withheld;
        return new PublicEntry(e.id(), fields.contains(PublicEntryField.TITLE) ? null : e.title(), e.type(),
                e.initiatingRegion().code(), e.initiatingRegion().name(),
                fields.contains(PublicEntryField.PARTNER_NAME) ? null : e.partnerName(), e.signedOn(), e.termEnd(),
                withheld != null);
    }
}
