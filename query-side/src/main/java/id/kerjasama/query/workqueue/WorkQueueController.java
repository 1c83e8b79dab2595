package id.kerjasama.query.workqueue;

import id.kerjasama.query.cooperation.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What awaits the TKKSD, the signatories and the DPRD in one region, oldest first. */
@RestController
@RequestMapping("/api/work-queues")
@Tag(name = "Work queues")
public class WorkQueueController {

    public record QueuedItem(String cooperationId, String documentId, String title, Instant since) {
    }

    public record WorkQueues(String region, Map<WorkQueue, List<QueuedItem>> queues) {
    }

    private final JdbcTemplate jdbc;
    private final ReadGuard guard;

    WorkQueueController(JdbcTemplate jdbc, ReadGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Every open work item of a region, by queue")
    public WorkQueues workQueues(@RequestParam RegionCode region) {
        if (!guard.scope().covers(region, null)) {
            throw new CooperationNotFound("No work queues for region " + region);
        }
        Map<WorkQueue, List<QueuedItem>> queues = new EnumMap<>(WorkQueue.class);
        for (WorkQueue queue : WorkQueue.values()) {
            queues.put(queue, jdbc.query("SELECT cooperation_id, document_id, title, since FROM query.work_item "
                            + "WHERE region_code = ? AND queue = ? ORDER BY since, cooperation_id",
                    (rs, n) -> new QueuedItem(rs.getString(1),
                            WorkItems.WHOLE_COOPERATION.equals(rs.getString(2)) ? null : rs.getString(2),
                            rs.getString(3), rs.getTimestamp(4).toInstant()),
                    region.value(), queue.name()));
        }
        return new WorkQueues(region.value(), queues);
    }
}
