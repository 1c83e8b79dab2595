package id.kerjasama.command.cooperation;

import id.kerjasama.command.actor.Actor;
import id.kerjasama.command.actor.ActorSource;
import id.kerjasama.actor.Caller;
import id.kerjasama.command.eventstore.ExpectedVersionTargetResolver;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.web.security.NotPermitted;
import id.kerjasama.contact.command.DirectoryCommand;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.command.InitiateCooperation;
import id.kerjasama.region.RegionCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.kerjasama.actor.AuditMetadata.*;

/**
 * Sends a command if the caller may, with who sent it (and the version the client expects) as metadata, and waits
 * for the outcome; a command without an expected version that lost the race for its cooperation to another instance
 * is decided again, and one whose expected version is ahead of the cooperation this instance had in memory is tried
 * once more on what the store holds. Refusals are counted by command and rule ({@code kerjasama.commands.refused}).
 */
@Service
public class CooperationCommands {

    /** How often a command without If-Match is tried when other instances keep winning the race for its cooperation. */
    static final int LOST_RACE_ATTEMPTS = 10;
    /** The longest pause before a retry grows by this much with each lost race (the pause is random below it). */
    private static final long LOST_RACE_PAUSE_STEP_MILLIS = 5;

    private final CommandGateway gateway;
    private final ActorSource actors;
    private final MeterRegistry meters;

    CooperationCommands(CommandGateway gateway, ActorSource actors, MeterRegistry meters) {
        this.gateway = gateway;
        this.actors = actors;
        this.meters = meters;
    }

    /**
     * @return the new version of the cooperation, and what the handler returned
     * @throws NotPermitted when the caller's role may not send the command (checked again here, whatever the way
     *                      in), or a new cooperation names another region than the caller's (existing cooperations
     *                      check their parties themselves)
     */
    public CommandOutcome send(Object command, Long expectedVersion) {
        Actor actor = actors.current();
        Caller caller = actor.caller();
        if (!CommandPermissions.allowed(command.getClass()).contains(caller.role())) {
            throw new NotPermitted(caller.role() + " may not " + command.getClass().getSimpleName());
        }
        // a new cooperation, or a region's contact directory, is only ever its own region's
        RegionCode ownRegion = command instanceof InitiateCooperation initiate ? initiate.initiatingRegion()
                : command instanceof ImportSignedAgreement imported ? imported.initiatingRegion()
                : command instanceof DirectoryCommand contact ? contact.region() : null;
        if (ownRegion != null && !caller.jurisdiction().is(ownRegion)) {
            throw new NotPermitted(caller.id() + " acts for " + caller.jurisdiction().code() + ", not for " + ownRegion);
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ACTOR_ID, caller.id());
        metadata.put(ACTOR_NAME, caller.name());
        metadata.put(ACTOR_ROLE, caller.role().name());
        metadata.put(ACTOR_REGION, caller.jurisdiction().code());
        if (actor.reason() != null) {
            metadata.put(REASON, actor.reason());
        }
        if (expectedVersion != null) {
            metadata.put(ExpectedVersionTargetResolver.EXPECTED_VERSION, expectedVersion);
        }
        String type = command.getClass().getSimpleName();
        // once a command with If-Match met a cooperation this instance kept in memory and found it stale or behind
        boolean decidedOnTheStore = false;
        for (int attempt = 1; ; attempt++) {
            try {
                Object result = dispatch(command, metadata);
                // a creating command answers with the new aggregate's id, at version 0
                return result instanceof CommandOutcome outcome ? outcome : new CommandOutcome(result, 0);
            } catch (ConcurrencyException lost) {
                // Another instance appended to the same cooperation first (the unique (aggregate, sequence) key):
                // nothing of this attempt was stored, and the rollback dropped this instance's copy of the
                // cooperation. One sent without If-Match is served by deciding again on the new state. One sent with
                // If-Match asked to decide on the version it saw: deciding once more, on what the store holds, tells
                // it that its version is stale and which one is current.
                if (expectedVersion != null) {
                    if (decidedOnTheStore) {
                        throw lost;
                    }
                    decidedOnTheStore = true;
                    continue;
                }
                if (attempt == LOST_RACE_ATTEMPTS) {
                    throw lost;
                }
                meters.counter("kerjasama.commands.retried", "command", type).increment();
                pauseAfterLostRace(attempt);
            } catch (ConflictingAggregateVersionException stale) {
                // a version ahead of the copy this instance kept was read from another instance's work: the copy is
                // behind (the rollback dropped it), not the client
                if (decidedOnTheStore || stale.getExpectedVersion() <= stale.getActualVersion()) {
                    throw stale;
                }
                decidedOnTheStore = true;
            } catch (CooperationRefused refused) {
                meters.counter("kerjasama.commands.refused", "command", type, "rule", refused.rule().name()).increment();
                throw refused;
            }
        }
    }

    /**
     * Instances that retried at once would meet again: a random pause, longer after each loss, lets one of them
     * through first (the others then decide on its event).
     */
    private static void pauseAfterLostRace(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(LOST_RACE_PAUSE_STEP_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command that lost a race", e);
        }
    }

    private Object dispatch(Object command, Map<String, Object> metadata) {
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        } catch (CommandExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
