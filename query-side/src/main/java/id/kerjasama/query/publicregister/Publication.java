package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryEntry;
import id.kerjasama.query.cooperation.RegistryQuery;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public register (UU 14/2008 art. 11): signed agreements as the public may see them, minus what an exemption
 * withholds on the day they are read (art. 17), in the time zone of {@code kerjasama.time-zone}. The one place that
 * says whether a signed document may be published, for its entry and for the download of its signed original.
 */
@Service
public class Publication {

    private final CooperationStore store;
    private final PublicExemptionTable exemptions;
    private final Clock clock;

    Publication(CooperationStore store, PublicExemptionTable exemptions, Clock clock) {
        this.store = store;
        this.exemptions = exemptions;
        this.clock = clock;
    }

    /** A page of the register; a search by text does not find an entry by a title or partner name withheld. */
    public Page<PublicEntry> register(RegistryQuery query) {
        LocalDate today = LocalDate.now(clock);
        Page<RegistryEntry> entries = store.search(query,
                query.text() == null ? null : exemptions.notFoundByWithheldText(today));
        Map<String, Set<PublicEntryField>> withheld = exemptions.withheldOn(
                entries.items().stream().map(RegistryEntry::id).toList(), today);
        return new Page<>(entries.items().stream().map(e -> PublicEntry.of(e, withheld.get(e.id()))).toList(),
                entries.page(), entries.size(), entries.totalItems(), entries.totalPages());
    }

    /** The entry of a signed agreement; empty for any other cooperation, as for none. */
    public Optional<PublicCooperation> cooperation(String id) {
        LocalDate today = LocalDate.now(clock);
        return store.find(id).filter(PublicCooperation::isPublic)
                .map(d -> PublicCooperation.of(d, Withholding.on(d, today)));
    }

    /** The file of a document the public may download today ({@link PublicCooperation#published}); the download asks this alone. */
    public Optional<CooperationDetail.RecordedFile> publishedFile(String cooperationId, String documentId) {
        LocalDate today = LocalDate.now(clock);
        return store.find(cooperationId).map(d -> PublicCooperation.published(d, Withholding.on(d, today), documentId));
    }
}
