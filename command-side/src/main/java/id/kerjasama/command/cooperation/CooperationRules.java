package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.TerminationReason;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules DOMAIN.md marks as configurable, with the defaults of the national regulation. Set them as
 * {@code kerjasama.rules.*} properties or {@code KERJASAMA_RULES_*} environment variables.
 *
 * @param maxTermYears       the longest term without a recorded legal exception (default 5)
 * @param dprdResponseDays   days the DPRD has to answer a request for approval (default 45, the older rule)
 * @param terminationReasons the reasons a region accepts for ending a cooperation early (default: all eight)
 * @param additionalBorders  bordering region pairs beyond the shipped list, as {@code code-code}
 */
@ConfigurationProperties("kerjasama.rules")
public record CooperationRules(@DefaultValue("5") int maxTermYears,
                               @DefaultValue("45") int dprdResponseDays,
                               @DefaultValue({"MUTUAL_AGREEMENT", "PURPOSE_ACHIEVED", "FORCE_MAJEURE",
                                       "PARTY_FAILED_OBLIGATIONS", "REPLACED_BY_NEW_AGREEMENT", "NEW_LAW",
                                       "OBJECT_LOST", "HARM_TO_NATIONAL_INTEREST"})
                               Set<TerminationReason> terminationReasons,
                               @DefaultValue({}) List<String> additionalBorders) {

    public CooperationRules {
        if (maxTermYears < 1) {
            throw new IllegalArgumentException("kerjasama.rules.max-term-years must be at least 1");
        }
        if (dprdResponseDays < 1) {
            throw new IllegalArgumentException("kerjasama.rules.dprd-response-days must be at least 1");
        }
        terminationReasons = terminationReasons == null || terminationReasons.isEmpty()
                ? EnumSet.allOf(TerminationReason.class) : EnumSet.copyOf(terminationReasons);
        additionalBorders = additionalBorders == null ? List.of() : List.copyOf(additionalBorders);
    }

    /** The national defaults, as a region that configured nothing gets them. */
    public static CooperationRules defaults() {
        return new CooperationRules(5, 45, EnumSet.allOf(TerminationReason.class), List.of());
    }
}
