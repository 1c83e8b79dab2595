package id.kerjasama.query.cooperation.web;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationHistory;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryEntry;
import id.kerjasama.query.cooperation.RegistryQuery;
import id.kerjasama.query.history.HistoryEntry;
import id.kerjasama.query.history.StoredEvents;
import id.kerjasama.query.live.ReadYourWrites;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Require;
import id.kerjasama.validation.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The registry, the detail of one cooperation (now, or as it stood at a moment or version), and what changed. */
@RestController
@RequestMapping("/api/cooperations")
@Tag(name = "Cooperations")
public class CooperationQueryController {

    /** A header alternative to {@code ?minVersion=}, for clients that add it to every read after a write. */
    public static final String MIN_VERSION_HEADER = "Kerjasama-Min-Version";

    private final CooperationStore store;
    private final StoredEvents storedEvents;
    private final ReadYourWrites readYourWrites;
    private final ReadGuard guard;

    CooperationQueryController(CooperationStore store, StoredEvents storedEvents, ReadYourWrites readYourWrites,
                               ReadGuard guard) {
        this.store = store;
        this.storedEvents = storedEvents;
        this.readYourWrites = readYourWrites;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "The registry: filter, sort and page through cooperations")
    public Page<RegistryEntry> registry(
            @Parameter(description = "a region code; matches cooperations where it is a party") @RequestParam(required = false) RegionCode region,
            @Parameter(description = "a province code; matches every region of the province") @RequestParam(required = false) RegionCode province,
            @RequestParam(required = false) List<CooperationType> type,
            @RequestParam(required = false) List<Stage> stage,
            @Parameter(description = "part of the partner's name") @RequestParam(required = false) String partner,
            @RequestParam(required = false) GovernmentAffair affair,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
            @Parameter(description = "term ends before this day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsBefore,
            @Parameter(description = "text in the title or the partner's name") @RequestParam(required = false) String q,
            @Parameter(description = "title, signedOn, termEnd, updatedAt, initiatedAt, stage or type; then ,asc or ,desc")
            @RequestParam(defaultValue = "updatedAt,desc") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return store.search(query(region, province, type, stage, partner, null, affair, signedFrom, signedTo,
                endsBefore, q, false, sort, page, size), guard.scope().condition());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cooperation: now, or exactly as it stood at a moment (asOf) or version (atVersion)")
    public ResponseEntity<CooperationDetail> detail(
            @PathVariable String id,
            @Parameter(description = "an ISO-8601 instant: replay the stored events up to it")
            @RequestParam(required = false) Instant asOf,
            @Parameter(description = "replay the stored events up to this version")
            @RequestParam(required = false) Long atVersion,
            @Parameter(description = "wait (bounded) until the read model reflects at least this version")
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(value = MIN_VERSION_HEADER, required = false) Long minVersionHeader) {
        if (asOf != null && atVersion != null) {
            throw new InvalidValueException("atVersion", "ONE_OF_AS_OF_AT_VERSION", "ask for asOf or atVersion, not both");
        }
        CooperationDetail detail;
        readYourWrites.await(id, minVersion != null ? minVersion : minVersionHeader);
        guard.requireReadable(id);
        if (asOf != null) {
            detail = replayed(id, event -> !event.getTimestamp().isAfter(asOf), "at " + asOf);
        } else if (atVersion != null) {
            detail = replayed(id, event -> event.getSequenceNumber() <= atVersion, "at version " + atVersion);
        } else {
            detail = store.find(id).orElseThrow(() -> new CooperationNotFound("No cooperation " + id));
        }
        return ResponseEntity.ok().eTag(Long.toString(detail.version)).body(detail);
    }

    /** What happened between two moments: the stage and version at each end and every event in between. */
    public record Changes(String cooperationId, Instant from, Instant to, Stage stageAtFrom, long versionAtFrom,
                          Stage stageAtTo, long versionAtTo, List<HistoryEntry> events) {
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "What changed between two moments (from exclusive, to inclusive)")
    public Changes changes(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to) {
        Require.notBefore(to, from, "to", "from");
        guard.requireReadable(id);
        List<DomainEventMessage<?>> events = eventsOf(id);
        CooperationDetail before = CooperationHistory.replay(events.stream().filter(e -> !e.getTimestamp().isAfter(from)).toList());
        CooperationDetail after = CooperationHistory.replay(events.stream().filter(e -> !e.getTimestamp().isAfter(to)).toList());
        List<HistoryEntry> between = events.stream()
                .filter(e -> e.getTimestamp().isAfter(from) && !e.getTimestamp().isAfter(to)).map(HistoryEntry::of).toList();
        return new Changes(id, from, to, before.stage, before.version, after.stage, after.version, between);
    }

    private CooperationDetail replayed(String id, Predicate<DomainEventMessage<?>> upTo, String when) {
        List<DomainEventMessage<?>> events = eventsOf(id).stream().filter(upTo).toList();
        if (events.isEmpty()) {
            throw new CooperationNotFound("Cooperation " + id + " did not exist yet " + when);
        }
        return CooperationHistory.replay(events);
    }

    private List<DomainEventMessage<?>> eventsOf(String id) {
        List<DomainEventMessage<?>> events = storedEvents.of(id);
        if (events.isEmpty()) {
            throw new CooperationNotFound("No cooperation " + id);
        }
        return events;
    }

    /** Builds a registry query from request parameters, parsing "field,direction" sorting; refuses with every refusal. */
    public static RegistryQuery query(RegionCode region, RegionCode province, List<CooperationType> types,
                                      List<Stage> stages, String partner, String partnerKey, GovernmentAffair affair,
                                      LocalDate signedFrom, LocalDate signedTo, LocalDate endsBefore, String text,
                                      boolean signedOnly, String sort, int page, int size) {
        String[] parts = sort.split(",", 2);
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
        return Violations.collect(() -> {
            Require.that(direction.equals("asc") || direction.equals("desc"), "sort", "DIRECTION",
                    "the sort direction is asc or desc");
            return new RegistryQuery(region, province, types, stages, blankToNull(partner), partnerKey, affair,
                    signedFrom, signedTo, endsBefore, blankToNull(text), signedOnly, parts[0].strip(),
                    direction.equals("desc"), page, size);
        }).orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
