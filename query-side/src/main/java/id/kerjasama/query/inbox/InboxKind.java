package id.kerjasama.query.inbox;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.workqueue.WorkQueue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an inbox item can be: a step of the procedure waiting ({@link WorkQueue}) or a flag a deadline raised
 * ({@link FlagKind}), under its name as code, with its Indonesian and English name and the commands that answer it.
 * Who must answer is whoever may send one of those commands ({@link CommandPermissions}), so the inbox never
 * names a role the command side would refuse.
 */
public record InboxKind(String code, Category category, String term, String label,
                        List<Class<? extends CooperationCommand>> commands) {

    public enum Category { STEP, FLAG }

    private static final Map<String, InboxKind> ALL = new LinkedHashMap<>();

    static {
        Stream.concat(
                Stream.of(WorkQueue.values()).map(q -> new InboxKind(q.name(), Category.STEP, q.term(), q.label(), q.commands())),
                Stream.of(FlagKind.values()).map(k -> new InboxKind(k.name(), Category.FLAG, k.term(), k.label(), k.commands()))
        ).forEach(kind -> ALL.put(kind.code(), kind));
    }

    /** Every kind, steps first, by code. */
    public static Map<String, InboxKind> all() {
        return ALL;
    }

    public static InboxKind of(String code) {
        InboxKind kind = ALL.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("No inbox kind " + code);
        }
        return kind;
    }

    /** The roles that may send a command answering this kind. */
    public Set<ActorRole> roles() {
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        commands.forEach(command -> roles.addAll(CommandPermissions.allowed(command)));
        return roles;
    }

    /** The roles that answer some kind: the values the inbox's role filter takes. */
    public static Set<ActorRole> answeringRoles() {
        Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
        ALL.values().forEach(kind -> roles.addAll(kind.roles()));
        return roles;
    }
}
