package id.kerjasama.bench.store;

import id.kerjasama.bench.data.CooperationType;
import id.kerjasama.bench.data.Marker;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.data.World;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic event store of figure 2: {@code cooperations} copies of the templates, each a prefix of one
 * template's history (so each stands at some stage), with {@code events} events in all, written in blocks of
 * 1,000 cooperations whose events interleave round by round, times spread over the past year.
 */
public final class Synthetic {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final int BLOCK = 1000;

    public record Row(String eventId, String aggregateId, long sequence, String type, String timestamp, String payloadType,
                      String payloadRevision, byte[] payload, byte[] metaData) {
    }

    public final List<Template> templates;
    public final World world;
    public final int events;
    public final int cooperations;
    public final long seed;
    public final byte[] templateOf;
    public final int[] length;

    public Synthetic(List<Template> templates, World world, int events, int cooperations, long seed) {
        this.templates = templates;
        this.world = world;
        this.events = events;
        this.cooperations = cooperations;
        this.seed = seed;
        this.templateOf = new byte[cooperations];
        this.length = new int[cooperations];
        SplittableRandom random = new SplittableRandom(seed ^ 0x2E8);
        int totalWeight = templates.stream().mapToInt(Template::weight).sum();
        long sum = 0;
        for (int i = 0; i < cooperations; i++) {
            int pick = random.nextInt(totalWeight);
            int t = 0;
            while (pick >= templates.get(t).weight()) {
                pick -= templates.get(t++).weight();
            }
            templateOf[i] = (byte) t;
            length[i] = 1 + random.nextInt(templates.get(t).events().size());
            sum += length[i];
        }
        // trim or extend random cooperations until the events add up exactly
        int guard = 0;
        while (sum != events && guard++ < 100_000_000) {
            int i = random.nextInt(cooperations);
            if (sum > events && length[i] > 1) {
                length[i]--;
                sum--;
            } else if (sum < events && length[i] < templates.get(templateOf[i]).events().size()) {
                length[i]++;
                sum++;
            }
        }
    }

    public Iterator<Row> rows() {
        return new Iterator<>() {
            final Instant first = Instant.now().minus(Duration.ofDays(400));
            final long step = Duration.ofDays(365).toMillis() * 1000 / Math.max(1, events); // microseconds
            int block = 0;
            String[][] values;
            int round;
            int inBlock;
            long emitted;
            Row next = advance();

            private Row advance() {
                while (block * BLOCK < cooperations) {
                    int from = block * BLOCK;
                    int to = Math.min(cooperations, from + BLOCK);
                    if (values == null) {
                        values = new String[to - from][];
                        for (int i = from; i < to; i++) {
                            values[i - from] = valuesFor(i);
                        }
                        round = 0;
                        inBlock = 0;
                    }
                    while (true) {
                        if (inBlock == to - from) {
                            inBlock = 0;
                            round++;
                            boolean any = false;
                            for (int i = from; i < to && !any; i++) {
                                any = length[i] > round;
                            }
                            if (!any) {
                                break;
                            }
                        }
                        int i = from + inBlock++;
                        if (round < length[i]) {
                            TemplateEvent e = templates.get(templateOf[i]).events().get(round);
                            String[] v = values[i - from];
                            Instant at = first.plusNanos(emitted++ * step * 1000);
                            return new Row(UUID.randomUUID().toString(), v[Marker.values().length], round, e.type(),
                                    TIME.format(at), e.payloadType(), e.payloadRevision(), e.payload().fill(v),
                                    e.metaData() == null ? null : e.metaData().fill(v));
                        }
                    }
                    values = null;
                    block++;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row row = next;
                next = advance();
                return row;
            }
        };
    }

    /** The marker values and fresh UUIDs of synthetic cooperation i (slot Marker.count is its id). */
    public String[] valuesFor(int i) {
        Template template = templates.get(templateOf[i]);
        SplittableRandom random = new SplittableRandom(World.mix(seed, i));
        Spec spec = world.spec(random, template.regionalPartner() ? CooperationType.KSDD_VOLUNTARY
                : template.name().startsWith("synergy") ? CooperationType.SYNERGY : CooperationType.KSDPK, i);
        String[] v = new String[Marker.values().length + template.uuidCount()];
        v[Marker.TITLE.ordinal()] = spec.title;
        v[Marker.PARTNER.ordinal()] = spec.partnerName;
        v[Marker.UNIT.ordinal()] = spec.unit;
        v[Marker.HEAD.ordinal()] = spec.headName;
        v[Marker.OFFICER.ordinal()] = spec.officerName;
        v[Marker.OBJECTIVE.ordinal()] = spec.objective;
        v[Marker.TOPIC.ordinal()] = spec.topic;
        v[Marker.REGION_NAME.ordinal()] = spec.region.name();
        v[Marker.AFFAIR.ordinal()] = "\"" + spec.affairs.get(0) + "\"";
        v[Marker.ACTOR.ordinal()] = spec.actorPrefix;
        v[Marker.REGION.ordinal()] = "\"" + spec.region.code() + "\"";
        v[Marker.PARTNER_REGION.ordinal()] = "\"" + (spec.partnerRegion == null ? spec.region.code() : spec.partnerRegion.code()) + "\"";
        for (int u = 0; u < template.uuidCount(); u++) {
            v[Marker.values().length + u] = World.uuid(random);
        }
        // the first UUID of every template is its cooperation id (the first token of its first payload)
        return v;
    }

    public static Instant parse(String timestamp) {
        return Instant.parse(timestamp);
    }
}
