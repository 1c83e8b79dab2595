package id.kerjasama.query.workqueue.web;

import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.query.workqueue.QueuedItem;
import id.kerjasama.query.workqueue.WorkItemTable;
import id.kerjasama.query.workqueue.WorkQueue;
import id.kerjasama.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every step of the procedure waiting in one region, by step ({@link WorkQueue}), oldest first. */
@RestController
@RequestMapping("/api/work-queues")
@Tag(name = "Work queues")
public class WorkQueueController {

    public record WorkQueues(String region, Map<WorkQueue, List<QueuedItem>> queues) {
    }

    private final WorkItemTable items;
    private final ReadGuard guard;

    WorkQueueController(WorkItemTable items, ReadGuard guard) {
        this.items = items;
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
            queues.put(queue, items.queue(region, queue));
        }
        return new WorkQueues(region.value(), queues);
    }
}
