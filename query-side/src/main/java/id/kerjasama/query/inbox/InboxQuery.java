package id.kerjasama.query.inbox;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.query.cooperation.RegistryQuery;
import id.kerjasama.validation.InvalidValueException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inbox's filters and page: the kinds of item ({@link InboxKind} codes) and the roles that must answer (any of
 * them may), both optional; an unknown kind, or a role that answers nothing, is refused naming the values allowed.
 */
public record InboxQuery(Set<String> kinds, Set<ActorRole> roles, int page, int size) {

    public InboxQuery {
        kinds = Set.copyOf(kinds);
        roles = Set.copyOf(roles);
        if (page < 0) {
            throw new InvalidValueException("page", "NOT_NEGATIVE", "page counts from 0");
        }
        if (size < 1 || size > RegistryQuery.MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "RANGE", "size must be from 1 to " + RegistryQuery.MAX_PAGE_SIZE);
        }
    }

    /** From the request's parameters, as given (null: no filter). */
    public static InboxQuery of(List<String> kind, List<String> role, int page, int size) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String code : kind == null ? List.<String>of() : kind) {
            if (!InboxKind.all().containsKey(code.strip())) {
                throw new InvalidValueException("kind", "ONE_OF", "kind must be one of " + InboxKind.all().keySet());
            }
            kinds.add(code.strip());
        }
        Set<ActorRole> answering = InboxKind.answeringRoles();
        Set<ActorRole> roles = new LinkedHashSet<>();
        for (String name : role == null ? List.<String>of() : role) {
            ActorRole found = answering.stream().filter(r -> r.name().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("role", "ONE_OF", "role must be one of " + answering));
            roles.add(found);
        }
        return new InboxQuery(kinds, roles, page, size);
    }

    /**
     * The kinds the filters leave, in the order of {@link InboxKind#all()}: those of {@code kinds} (all when none)
     * that one of {@code roles} answers (any when none).
     */
    List<String> selectedKinds() {
        return InboxKind.all().values().stream()
                .filter(kind -> kinds.isEmpty() || kinds.contains(kind.code()))
                .filter(kind -> roles.isEmpty() || kind.roles().stream().anyMatch(roles::contains))
                .map(InboxKind::code).toList();
    }
}
