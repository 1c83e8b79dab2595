package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.policy.UnknownMemberPolicy;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon refuses a command routed to a child entity that is not here before any handler runs; the cooperation turns
 * that into the rule of the missing part ({@link UnknownMemberPolicy#routedTo}), which has to know each such command.
 */
class ChildEntityCommandsTest {

    @Test
    void every_command_a_child_entity_handles_is_refused_by_its_rule_when_the_child_is_not_here() {
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
        // the commands UnknownMemberPolicyTest shows routedTo refusing
        assertThat(handledByChildren)
                .containsExactlyInAnyOrder(RegisterSignedDocument.class, RecordFindingFollowUp.class, CloseAuditFinding.class);
    }

    private static Class<?> memberType(Field field) {
        if (Map.class.isAssignableFrom(field.getType())) {
            return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1];
        }
        return field.getType();
    }
}
