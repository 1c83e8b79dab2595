package id.kerjasama.bench.data;

/** Markers the template cooperations carry where every synthetic copy has its own value. */
public enum Marker {
    TITLE("XTITLEX"), PARTNER("XPARTNERX"), UNIT("XUNITX"), HEAD("XHEADX"), OFFICER("XOFFICERX"),
    OBJECTIVE("XOBJECTIVEX"), TOPIC("XTOPICX"), REGION_NAME("XREGIONNAMEX"), ACTOR("xactorx"),
    AFFAIR("\"" + Spec.TEMPLATE_AFFAIR + "\""), REGION("\"" + Spec.TEMPLATE_REGION + "\""),
    PARTNER_REGION("\"" + Spec.TEMPLATE_PARTNER_REGION + "\"");

    public final String text;

    Marker(String text) {
        this.text = text;
    }
}
