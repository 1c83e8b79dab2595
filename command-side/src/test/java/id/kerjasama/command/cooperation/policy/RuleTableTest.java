package id.kerjasama.command.cooperation.policy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.kerjasama.command.cooperation.Rule;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static id.kerjasama.command.docs.GeneratedDocSection.assertSection;
import static id.kerjasama.command.docs.GeneratedDocSection.cell;

/**
 * The table of docs/COMMAND-API.md listing every rule code is {@link Rule}: its codes in order, the refusal each
 * kind gives, the policy that decides it ({@link Decides}) and its description.
 */
class RuleTableTest {

    @Test
    void the_documented_rules_are_those_of_the_rule_enum_and_their_policies() {
        Map<Rule, TreeSet<String>> policies = new TreeMap<>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Decides.class.getPackageName()).stream()
                .filter(c -> c.isAnnotatedWith(Decides.class))
                .forEach(policy -> Arrays.stream(policy.reflect().getAnnotation(Decides.class).value())
                        .forEach(rule -> policies.computeIfAbsent(rule, r -> new TreeSet<>()).add(policy.getSimpleName())));
        StringBuilder table = new StringBuilder("| rule | refused with | decided by | description |\n|---|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            table.append("| `").append(rule.name()).append("` | ")
                    .append(rule.kind() == Rule.Kind.STAGE ? "409 `STAGE_CONFLICT`" : "422 `BUSINESS_RULE`").append(" | ")
                    .append(String.join(", ", policies.getOrDefault(rule, new TreeSet<>()).stream().map(p -> "`" + p + "`").toList()))
                    .append(" | ").append(cell(rule.description())).append(" |\n");
        }
        assertSection("COMMAND-API.md", "RuleTableTest", "Rule and the @Decides policies", table.toString());
    }
}
