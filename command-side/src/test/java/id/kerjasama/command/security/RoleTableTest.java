package id.kerjasama.command.security;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static id.kerjasama.command.docs.GeneratedDocSection.assertSection;

/** The table of docs/ACCESS.md saying which role sends which command is the one of {@link CommandPermissions}. */
class RoleTableTest {

    @Test
    void the_documented_roles_of_each_command_are_those_command_permissions_allows() {
        Map<String, String> rows = new TreeMap<>();
        CommandPermissions.table().forEach((command, roles) -> rows.put(name(command),
                roles.stream().sorted().map(ActorRole::name).collect(Collectors.joining(", "))));
        StringBuilder table = new StringBuilder("| command | roles |\n|---|---|\n");
        rows.forEach((command, roles) -> table.append("| `").append(command).append("` | ").append(roles).append(" |\n"));
        assertSection("ACCESS.md", "RoleTableTest", "CommandPermissions", table.toString());
    }

    /** A command is named by its class's simple name, whether the table is keyed by name or by class. */
    private static String name(Object command) {
        return command instanceof Class<?> type ? type.getSimpleName() : command.toString();
    }
}
