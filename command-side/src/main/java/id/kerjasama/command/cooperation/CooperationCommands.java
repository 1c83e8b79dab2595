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
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

import static id.kerjasama.actor.AuditMetadata.*;

/**
 * Sends a command if the caller may, with who sent it (and the version the client expects) as metadata, and waits
 * for the outcome.
 */
@Service
public class CooperationCommands {

    private final CommandGateway gateway;
    private final ActorSource actors;

    CooperationCommands(CommandGateway gateway, ActorSource actors) {
        this.gateway = gateway;
        this.actors = actors;
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
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
            // a creating command answers with the new aggregate's id, at version 0
            return result instanceof CommandOutcome outcome ? outcome : new CommandOutcome(result, 0);
        } catch (CommandExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
