package id.kerjasama.command.eventstore;

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
 */
@Component("expectedVersionTargetResolver")
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        return new VersionedAggregateIdentifier(target.getIdentifierValue(),
                expected == null ? null : ((Number) expected).longValue());
    }

    /** Refuses a command whose expected version (if it names one) is not the aggregate's current version. */
    public static void requireExpected(String aggregateId, Long expectedVersion, Long currentVersion) {
        if (expectedVersion != null && !expectedVersion.equals(currentVersion)) {
            throw new ConflictingAggregateVersionException(aggregateId, expectedVersion,
                    currentVersion == null ? -1 : currentVersion);
        }
    }
}
