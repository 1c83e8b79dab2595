package id.kerjasama.command.cooperation.policy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.kerjasama.command.cooperation.Rule;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader finds each {@link Rule} in one place: the one policy that declares it ({@link Decides}) and is the only
 * code of the command side that names it.
 */
class EveryRuleHasOnePolicyTest {

    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kerjasama.command");

    @Test
    void each_rule_is_declared_by_exactly_one_policy() {
        Map<Rule, Set<String>> declaredBy = new TreeMap<>();
        Arrays.stream(Rule.values()).forEach(rule -> declaredBy.put(rule, Set.of()));
        COMMAND_SIDE.stream()
                .filter(c -> c.isAnnotatedWith(Decides.class))
                .forEach(policy -> Arrays.stream(policy.reflect().getAnnotation(Decides.class).value())
                        .forEach(rule -> declaredBy.merge(rule, Set.of(policy.getSimpleName()), EveryRuleHasOnePolicyTest::union)));
        assertThat(declaredBy).allSatisfy((rule, policies) -> assertThat(policies).as(rule.name()).hasSize(1));
    }

    @Test
    void only_the_policy_that_declares_a_rule_refuses_under_it() {
        for (Rule rule : Rule.values()) {
            Set<String> naming = COMMAND_SIDE.stream()
                    .filter(c -> !c.isEquivalentTo(Rule.class) && names(c, rule))
                    .map(JavaClass::getName)
                    .collect(Collectors.toSet());
            Set<String> declaring = COMMAND_SIDE.stream()
                    .filter(c -> c.isAnnotatedWith(Decides.class)
                            && Arrays.asList(c.reflect().getAnnotation(Decides.class).value()).contains(rule))
                    .map(JavaClass::getName)
                    .collect(Collectors.toSet());
            assertThat(naming).as(rule.name()).isEqualTo(declaring);
        }
    }

    @Test
    void every_policy_lives_in_the_policy_package() {
        assertThat(COMMAND_SIDE.stream().filter(c -> c.isAnnotatedWith(Decides.class)))
                .allSatisfy(policy -> assertThat(policy.getPackageName()).isEqualTo(Decides.class.getPackageName()));
    }

    private static boolean names(JavaClass javaClass, Rule rule) {
        return javaClass.getFieldAccessesFromSelf().stream()
                .anyMatch(access -> access.getTarget().getOwner().isEquivalentTo(Rule.class)
                        && access.getTarget().getName().equals(rule.name()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
    }
}
