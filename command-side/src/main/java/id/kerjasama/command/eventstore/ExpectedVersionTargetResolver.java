package id.kerjasama.command.eventstore;

import id.kerjasama.cooperation.command.CooperationCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target aggregate from the command's {@code @TargetAggregateIdentifier} and the version the client
 * expects from the {@value #EXPECTED_VERSION} metadata (an HTTP {@code If-Match}), so that commands stay plain
 * records of the published language. Axon refuses a version ahead of the aggregate when it loads it, but a stale one
 * only when the unit of work commits, after the handler's rules ran: a retry of an applied command would hear that
 * its step was taken instead of that its version is stale. The aggregate therefore checks the version first too,
 * with {@link #requireExpected}.
 * <p>
 * A command on a cooperation names its target as {@link CooperationCommand#cooperationId()}, the component it marks
 * as the target; Axon's annotation resolver searches the fields and methods of the command's class by reflection on
 * every command (a twenty-fifth of a command's CPU in the lifecycle mix), so it is asked only for other commands.
 */
@Component("expectedVersionTargetResolver")
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object target = command.getPayload() instanceof CooperationCommand onCooperation
                ? onCooperation.cooperationId()
                : annotated.resolveTarget(command).getIdentifierValue();
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        return new VersionedAggregateIdentifier(target, expected == null ? null : ((Number) expected).longValue());
    }

    /** Refuses a command whose expected version (if it names one) is not the aggregate's current version. */
    public static void requireExpected(String aggregateId, Long expectedVersion, Long currentVersion) {
        if (expectedVersion != null && !expectedVersion.equals(currentVersion)) {
            throw new ConflictingAggregateVersionException(aggregateId, expectedVersion,
                    currentVersion == null ? -1 : currentVersion);
        }
    }
}
