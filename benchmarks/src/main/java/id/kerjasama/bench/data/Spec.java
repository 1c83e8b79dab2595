package id.kerjasama.bench.data;

import id.kerjasama.bench.harness.Actor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** One cooperation's content and people, deterministic from its seed. */
public final class Spec {
    static final String TEMPLATE_REGION = "11.01";
    static final String TEMPLATE_PARTNER_REGION = "11.02";
    static final String TEMPLATE_AFFAIR = "CRYPTOGRAPHY";

    public String shape;
    public long seed;
    public String id;
    public CooperationType type;
    public Variant variant = Variant.NORMAL;
    public Region region;
    public Region partnerRegion;
    String partnerKind;
    public String partnerName;
    String partnerParent;
    public String title;
    public String unit;
    public String objective;
    public String headName;
    public String officerName;
    public String actorPrefix;
    public List<String> affairs;
    public String topic;

    Actor officer() {
        return new Actor(actorPrefix + "-pejabat-unit", "UNIT_OFFICER", region.code());
    }

    Actor tkksd() {
        return new Actor(actorPrefix + "-tkksd", "TKKSD_MEMBER", region.code());
    }

    public Actor secretariat() {
        return new Actor(actorPrefix + "-bagian-kerja-sama", "SECRETARIAT", region.code());
    }

    public Actor head() {
        return new Actor(actorPrefix + "-kepala-daerah", "REGIONAL_HEAD", region.code());
    }

    public static Spec template(String shape, CooperationType type, String partnerKind, Variant variant) {
        Spec s = new Spec();
        s.shape = shape;
        s.seed = shape.hashCode();
        s.id = UUID.nameUUIDFromBytes(("kerjasama-bench-template-" + shape).getBytes(StandardCharsets.UTF_8)).toString();
        s.type = type;
        s.variant = variant;
        s.region = new Region(TEMPLATE_REGION, "11", Marker.REGION_NAME.text);
        s.partnerKind = partnerKind;
        s.partnerRegion = partnerKind.equals("REGION") ? new Region(TEMPLATE_PARTNER_REGION, "11", "Kabupaten Aceh Tenggara") : null;
        s.partnerName = Marker.PARTNER.text;
        s.partnerParent = partnerKind.equals("VERTICAL_AGENCY") ? "Kementerian Kesehatan" : null;
        s.title = Marker.TITLE.text;
        s.unit = Marker.UNIT.text;
        s.objective = Marker.OBJECTIVE.text;
        s.headName = Marker.HEAD.text;
        s.officerName = Marker.OFFICER.text;
        s.actorPrefix = Marker.ACTOR.text;
        s.affairs = List.of(TEMPLATE_AFFAIR);
        s.topic = Marker.TOPIC.text;
        return s;
    }

    /** The same people and region, as a synergy that the benchmark imports with a signed NK. */
    public Spec asImportedSynergy() {
        type = CooperationType.SYNERGY;
        partnerKind = "VERTICAL_AGENCY";
        partnerRegion = null;
        partnerName = "Balai Besar Pelaksanaan Jalan Nasional " + region.place();
        partnerParent = "Kementerian Pekerjaan Umum";
        return this;
    }
}
