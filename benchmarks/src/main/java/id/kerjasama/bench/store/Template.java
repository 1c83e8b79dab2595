package id.kerjasama.bench.store;

import id.kerjasama.bench.data.Marker;
import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Step;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored events of a template cooperation and the commands that wrote them, one event per command, so
 * that a synthetic copy can be continued from wherever its history stops.
 */
public record Template(String name, List<TemplateEvent> events, List<TemplateStep> steps, int uuidCount, int weight,
                       boolean regionalPartner) {
    public static Template of(String name, String cooperationId, List<StoredRow> rows, List<Step> commands, int weight) {
        Map<String, Integer> uuids = new HashMap<>();
        List<TemplateEvent> events = new ArrayList<>();
        boolean regional = false;
        for (StoredRow row : rows) {
            events.add(new TemplateEvent(row.type(), row.payloadType(), row.payloadRevision(), Cut.of(row.payload(), uuids),
                    row.metaData() == null ? null : Cut.of(row.metaData(), uuids)));
            regional |= row.payload().contains(Marker.PARTNER_REGION.text);
        }
        List<TemplateStep> steps = new ArrayList<>();
        if (commands.size() == rows.size()) {
            for (Step step : commands) {
                steps.add(new TemplateStep(step.name(), Cut.of(step.path(cooperationId), uuids), step.actor().id(),
                        step.actor().role(), step.body() == null ? null : Cut.of(step.body(), uuids)));
            }
        }
        return new Template(name, events, steps, uuids.size(), weight, regional);
    }

    /** The {@code k}-th command of this template for a copy with these values. */
    public Step step(int k, String[] values) {
        TemplateStep t = steps.get(k);
        String region = values[Marker.REGION.ordinal()].replace("\"", "");
        return new Step(t.name(), new String(t.path().fill(values), StandardCharsets.UTF_8),
                new Actor(t.actorId().replace(Marker.ACTOR.text, values[Marker.ACTOR.ordinal()]), t.role(), region),
                t.body() == null ? null : new String(t.body().fill(values), StandardCharsets.UTF_8));
    }
}
