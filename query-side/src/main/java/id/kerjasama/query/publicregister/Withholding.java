package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.Exemption;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cooperation's public entry withholds on a given day: the exemptions that apply then, neither lifted nor past
 * their last day. An exemption's end by date is read here, from the day, rather than recorded by an event: its last
 * day is known from the decision, so the register is right on that very day, with no deadline that could run late.
 */
public final class Withholding {

    private final List<Exemption> applying;

    private Withholding(List<Exemption> applying) {
        this.applying = applying;
    }

    public static Withholding on(CooperationDetail detail, LocalDate day) {
        return new Withholding(detail.exemptions.stream().filter(e -> e.appliesOn(day)).toList());
    }

    /** The exemptions that apply, in the order they were recorded. */
    public List<Exemption> exemptions() {
        return applying;
    }

    public boolean withholds(PublicEntryField field) {
        return applying.stream().anyMatch(e -> e.fields.contains(field));
    }

    public boolean withholdsDocument(String documentId) {
        return applying.stream().anyMatch(e -> documentId.equals(e.documentId));
    }

    /** {@code value}, or null where {@code field} is withheld. */
    <T> T unless(PublicEntryField field, T value) {
        return withholds(field) ? null : value;
    }
}
