package id.kerjasama.command.cooperation;

import id.kerjasama.command.actor.Actor;
import id.kerjasama.command.actor.ActorSource;
import id.kerjasama.command.eventstore.ExpectedVersionTargetResolver;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

import static id.kerjasama.actor.AuditMetadata.*;

/** Sends a command with who sent it (and the version the client expects) as metadata, and waits for the outcome. */
@Service
public class CooperationCommands {

    private final CommandGateway gateway;
    private final ActorSource actors;

    CooperationCommands(CommandGateway gateway, ActorSource actors) {
        this.gateway = gateway;
        this.actors = actors;
    }

    /** @return the new version of the cooperation, and what the handler returned */
    public CommandOutcome send(Object command, Long expectedVersion) {
        Actor actor = actors.current();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ACTOR_ID, actor.id());
        metadata.put(ACTOR_ROLE, actor.role().name());
        metadata.put(ACTOR_REGION, actor.region().value());
        if (actor.reason() != null) {
            metadata.put(REASON, actor.reason());
        }
        if (expectedVersion != null) {
            metadata.put(ExpectedVersionTargetResolver.EXPECTED_VERSION, expectedVersion);
        }
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
            // a creating command answers with the new aggregate's id, at version 0
            return result instanceof CommandOutcome outcome ? outcome : new CommandOutcome(result, 0);
        } catch (CommandExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
