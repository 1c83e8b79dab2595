package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.policy.UnknownMemberPolicy;
import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.CompleteFollowUpAction;
import id.kerjasama.cooperation.command.JustifyContinuation;
import id.kerjasama.cooperation.command.LiftPublicationExemption;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.RejectDraft;
import id.kerjasama.cooperation.command.RevokePowerOfAttorney;
import id.kerjasama.cooperation.event.CooperationTerminated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon refuses a command routed to a child entity that is not here before any handler runs; the cooperation turns
 * that into what it said before ({@link UnknownMemberPolicy#routedTo}), which has to know each such command.
 */
class ChildEntityCommandsTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final DocumentId OTHER_DOCUMENT = DocumentId.of(uuid("lamandau-cbi/dokumen-lain"));
    private static final PowerOfAttorneyId OTHER_POWER = PowerOfAttorneyId.of(uuid("lamandau-cbi/kuasa-lain"));
    private static final EvaluationId OTHER_EVALUATION = EvaluationId.of(uuid("lamandau-cbi/evaluasi-lain"));
    private static final AuditFindingId OTHER_FINDING = AuditFindingId.of(uuid("lamandau-cbi/temuan-lain"));
    private static final ExemptionId OTHER_EXEMPTION = ExemptionId.of(uuid("lamandau-cbi/pengecualian-lain"));

    /** One of each command a child entity handles, naming a child that is not here, with the rule it breaks. */
    private static final Map<Object, Rule> NAMING_A_CHILD_NOT_HERE = Map.ofEntries(
            Map.entry(new ApproveDraft(LAMANDAU.id, OTHER_DOCUMENT), UNKNOWN_DOCUMENT),
            Map.entry(new RejectDraft(LAMANDAU.id, OTHER_DOCUMENT, "Belum lengkap"), UNKNOWN_DOCUMENT),
            Map.entry(new RegisterSignedDocument(LAMANDAU.id, OTHER_DOCUMENT, "KS/001/2025", "Arsip"), UNKNOWN_DOCUMENT),
            Map.entry(new RevokePowerOfAttorney(LAMANDAU.id, OTHER_POWER, LocalDate.of(2026, 2, 2), "Pejabat pindah"),
                    UNKNOWN_POWER_OF_ATTORNEY),
            Map.entry(new CompleteFollowUpAction(LAMANDAU.id, OTHER_EVALUATION, 1, LocalDate.of(2026, 2, 2), null),
                    UNKNOWN_EVALUATION),
            Map.entry(new JustifyContinuation(LAMANDAU.id, OTHER_EVALUATION, "Masih bermanfaat"), UNKNOWN_EVALUATION),
            Map.entry(new RecordFindingFollowUp(LAMANDAU.id, OTHER_FINDING, "Kajian", LocalDate.of(2026, 2, 2), null),
                    UNKNOWN_AUDIT_FINDING),
            Map.entry(new CloseAuditFinding(LAMANDAU.id, OTHER_FINDING, "Selesai"), UNKNOWN_AUDIT_FINDING),
            Map.entry(new LiftPublicationExemption(LAMANDAU.id, OTHER_EXEMPTION, "Dicabut"), UNKNOWN_EXEMPTION));

    /** The commands whose handler asks first whether the cooperation has ended. */
    private static final Set<Class<?>> REFUSED_ONCE_ENDED = Set.of(ApproveDraft.class, RejectDraft.class,
            RevokePowerOfAttorney.class, CompleteFollowUpAction.class, JustifyContinuation.class);

    @Test
    void every_command_a_child_entity_handles_is_known_to_the_refusal_of_a_child_that_is_not_here() {
        Set<Class<?>> handledByChildren = new HashSet<>();
        for (Field field : Cooperation.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(AggregateMember.class)) {
                for (Method method : memberType(field).getDeclaredMethods()) {
                    if (method.isAnnotationPresent(CommandHandler.class)) {
                        handledByChildren.add(method.getParameterTypes()[0]);
                    }
                }
            }
        }
        assertThat(handledByChildren).containsExactlyInAnyOrderElementsOf(
                NAMING_A_CHILD_NOT_HERE.keySet().stream().map(Object::getClass).toList());
    }

    @Test
    void a_command_naming_a_child_that_is_not_here_is_refused_under_the_rule_of_that_kind_of_part() {
        NAMING_A_CHILD_NOT_HERE.forEach((command, rule) -> fixture().given(LAMANDAU.active())
                .when(command, as(SECRETARIAT))
                .expectException(refusedUnder(rule)));
    }

    @Test
    void once_the_cooperation_has_ended_it_says_so_before_it_looks_for_the_child() {
        List<Object> ended = then(LAMANDAU.active(), new CooperationTerminated(LAMANDAU.id,
                TerminationReason.PURPOSE_ACHIEVED, LocalDate.of(2026, 1, 31), "Tujuan tercapai"));
        NAMING_A_CHILD_NOT_HERE.forEach((command, rule) -> fixture().given(ended)
                .when(command, as(SECRETARIAT))
                .expectException(refusedUnder(REFUSED_ONCE_ENDED.contains(command.getClass()) ? COOPERATION_ENDED : rule)));
    }

    private static Class<?> memberType(Field field) {
        if (Map.class.isAssignableFrom(field.getType())) {
            return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1];
        }
        return field.getType();
    }
}
