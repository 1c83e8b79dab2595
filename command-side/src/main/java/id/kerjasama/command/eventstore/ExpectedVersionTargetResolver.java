package id.kerjasama.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the target aggregate from the command's {@code @TargetAggregateIdentifier} and the version the client
 * expects from the {@value #EXPECTED_VERSION} metadata (an HTTP {@code If-Match}), so that commands stay plain
 * records of the published language. Axon refuses a command whose expected version is stale.
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
}
