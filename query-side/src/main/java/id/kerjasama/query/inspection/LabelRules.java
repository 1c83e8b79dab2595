package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.PartnerKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Label versus legal type (the kinds of cooperation of PP 28/2018): media and parties call everything an "MoU", but each
 * type has its instruments — KB and PKS for cooperation with regions and third parties, Nota Kesepakatan and
 * Rencana Kerja for a synergy with central government or a vertical agency, LoI/MoU only abroad — and each partner
 * kind calls for its type. A mismatch is not an error to refuse; it is something for an inspector to look at.
 */
public final class LabelRules {

    private LabelRules() {
    }

    /** The instruments a label can name. */
    public enum Instrument { KB, PKS, NK, RENCANA_KERJA, MOU, LOI }

    public enum MismatchKind {
        /** The reported label names an instrument the legal type does not use. */
        LABEL_NOT_INSTRUMENT_OF_TYPE,
        /** The partner's kind calls for another legal type than the one recorded. */
        PARTNER_NOT_OF_TYPE,
        /** A document of an instrument the legal type does not use was drafted or imported. */
        DOCUMENT_NOT_INSTRUMENT_OF_TYPE
    }

    /** One mismatch, with what was found, what the type (and the partner) call for, in Indonesian and English. */
    public record Mismatch(MismatchKind kind, String found, String expected, String id, String en) {
    }

    // phrases first, then the abbreviations as whole words; longest phrases win
    private static final Map<String, Instrument> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("kesepakatan bersama", Instrument.KB);
        PHRASES.put("perjanjian kerja sama", Instrument.PKS);
        PHRASES.put("perjanjian kerjasama", Instrument.PKS);
        PHRASES.put("nota kesepakatan", Instrument.NK);
        PHRASES.put("rencana kerja", Instrument.RENCANA_KERJA);
        PHRASES.put("nota kesepahaman", Instrument.MOU);
        PHRASES.put("memorandum of understanding", Instrument.MOU);
        PHRASES.put("letter of intent", Instrument.LOI);
        PHRASES.put("kb", Instrument.KB);
        PHRASES.put("pks", Instrument.PKS);
        PHRASES.put("nk", Instrument.NK);
        PHRASES.put("mou", Instrument.MOU);
        PHRASES.put("loi", Instrument.LOI);
    }

    /** The instrument a label names, if it names one we know (case, accents and punctuation aside). */
    public static Optional<Instrument> instrumentOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String words = " " + Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return PHRASES.entrySet().stream().filter(p -> words.contains(" " + p.getKey() + " "))
                .map(Map.Entry::getValue).findFirst();
    }

    public static Set<Instrument> instrumentsOf(CooperationType type) {
        return switch (type) {
            case SYNERGY -> EnumSet.of(Instrument.NK, Instrument.RENCANA_KERJA);
            case KSDPL, KSDLL -> EnumSet.of(Instrument.LOI, Instrument.MOU);
            default -> EnumSet.of(Instrument.KB, Instrument.PKS);
        };
    }

    /** The types a partner of this kind may have (PP 28/2018). */
    public static Set<CooperationType> typesFor(PartnerKind kind) {
        Set<CooperationType> types = EnumSet.noneOf(CooperationType.class);
        for (CooperationType type : CooperationType.values()) {
            if (type.partnerKinds().contains(kind)) {
                types.add(type);
            }
        }
        return types;
    }

    public static List<Mismatch> mismatches(CooperationType type, PartnerKind partnerKind, String reportedLabel,
                                            Collection<DocumentKind> documentKinds) {
        List<Mismatch> found = new ArrayList<>();
        Set<Instrument> ofType = instrumentsOf(type);
        if (!type.partnerKinds().contains(partnerKind)) {
            found.add(new Mismatch(MismatchKind.PARTNER_NOT_OF_TYPE, partnerKind.name(), typesFor(partnerKind).toString(),
                    "Mitra " + partnerKind.term() + " tidak sesuai dengan jenis " + type.term(),
                    "A partner of kind " + partnerKind.label() + " does not fit the type " + type.label()));
        }
        instrumentOf(reportedLabel).filter(instrument -> !ofType.contains(instrument)).ifPresent(instrument ->
                found.add(new Mismatch(MismatchKind.LABEL_NOT_INSTRUMENT_OF_TYPE, reportedLabel, ofType.toString(),
                        "Label \"" + reportedLabel + "\" (" + instrument + ") bukan instrumen " + type.term()
                                + " dengan " + partnerKind.term() + ", yang memakai " + ofType,
                        "Label \"" + reportedLabel + "\" (" + instrument + ") is not an instrument of a "
                                + type.label() + " with a " + partnerKind.label() + ", which uses " + ofType)));
        documentKinds.stream().filter(kind -> kind != DocumentKind.ADENDUM)
                .filter(kind -> !ofType.contains(Instrument.valueOf(kind.name()))).distinct().forEach(kind ->
                        found.add(new Mismatch(MismatchKind.DOCUMENT_NOT_INSTRUMENT_OF_TYPE, kind.name(), ofType.toString(),
                                kind.term() + " dibuat untuk " + type.term() + ", yang memakai " + ofType,
                                "A " + kind.label() + " was made for a " + type.label() + ", which uses " + ofType)));
        return found;
    }
}
