package id.kerjasama.query.audit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.query.audit.AuditAccessLog;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.history.HistoryEntry;
import id.kerjasama.query.history.StoredEvents;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail of one cooperation: every stored event in order, with who, when and why, a one-line summary in
 * Indonesian and English, and the full payload; as JSON pages or as one CSV file.
 */
@RestController
@RequestMapping("/api/cooperations/{id}/history")
@Tag(name = "History (audit trail)")
public class HistoryController {

    public static final int MAX_PAGE_SIZE = 5000;
    private static final String TEXT_CSV = "text/csv";

    private final StoredEvents storedEvents;
    private final ObjectMapper json;
    private final ReadGuard guard;
    private final AuditAccessLog accessLog;

    HistoryController(StoredEvents storedEvents, ObjectMapper json, ReadGuard guard, AuditAccessLog accessLog) {
        this.storedEvents = storedEvents;
        this.json = json;
        this.guard = guard;
        this.accessLog = accessLog;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The history as JSON, filtered by time range and event type, in pages")
    public Page<HistoryEntry> history(@PathVariable String id,
                                      @RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @Parameter(description = "event type names, e.g. AgreementSigned")
                                      @RequestParam(required = false) List<String> type,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "500") int size) {
        accessLog.record(AuditAccessLog.Access.HISTORY_READ, id);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException(size < 1 || size > MAX_PAGE_SIZE ? "size" : "page", "RANGE",
                    "page counts from 0 and size is from 1 to " + MAX_PAGE_SIZE);
        }
        List<HistoryEntry> all = entries(id, from, to, type).toList();
        int fromIndex = (int) Math.min((long) page * size, all.size());
        return Page.of(all.subList(fromIndex, Math.min(fromIndex + size, all.size())), page, size, all.size());
    }

    @GetMapping(produces = TEXT_CSV)
    @Operation(summary = "The history as CSV (Accept: text/csv), same filters, all rows")
    public ResponseEntity<String> historyCsv(@PathVariable String id,
                                             @RequestParam(required = false) Instant from,
                                             @RequestParam(required = false) Instant to,
                                             @RequestParam(required = false) List<String> type) {
        accessLog.record(AuditAccessLog.Access.HISTORY_EXPORT, id);
        String header = "sequence_number,timestamp,type,summary_id,summary_en,actor_id,actor_role,actor_region,reason,"
                + "causation_id,correlation_id,event_id,payload\n";
        String rows = entries(id, from, to, type).map(this::csvRow).collect(Collectors.joining());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cooperation-" + id + "-history.csv\"")
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(header + rows);
    }

    private Stream<HistoryEntry> entries(String id, Instant from, Instant to, List<String> types) {
        Require.notBefore(to, from, "to", "from");
        guard.requireReadable(id);
        var events = storedEvents.of(id);
        if (events.isEmpty()) {
            throw new CooperationNotFound("No cooperation " + id);
        }
        return events.stream()
                .filter(e -> from == null || !e.getTimestamp().isBefore(from))
                .filter(e -> to == null || !e.getTimestamp().isAfter(to))
                .filter(e -> types == null || types.isEmpty() || types.contains(e.getPayloadType().getSimpleName()))
                .map(HistoryEntry::of);
    }

    private String csvRow(HistoryEntry entry) {
        return Stream.of(Long.toString(entry.sequenceNumber()), entry.timestamp().toString(), entry.type(),
                        entry.summary().id(), entry.summary().en(), entry.actorId(), entry.actorRole(),
                        entry.actorRegion(), entry.reason(), entry.causationId(), entry.correlationId(), entry.eventId(),
                        payloadJson(entry.payload()))
                .map(HistoryController::csvField).collect(Collectors.joining(",", "", "\n"));
    }

    private String payloadJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be written as JSON", e);
        }
    }

    /** RFC 4180: quote every field, double the quotes inside. */
    private static String csvField(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
