package id.kerjasama.bench.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The yardstick of the command figures: what a careful Axon 4 application does with one command, on the same
 * PostgreSQL. Axon's JDBC engine with bytea payloads (Axon's own PostgreSQL table layout, schema.sql), Jackson
 * for every serializer, no Axon Server; one aggregate whose creating command applies one event carrying the
 * request's JSON, so the row is as large as the command side's. It does less than the command side on purpose:
 * no token, no rules, no audit chain, no idempotency.
 */
@SpringBootApplication
public class AxonBaseline {

    public static void main(String[] args) {
        SpringApplication.run(AxonBaseline.class, args);
    }

    public record CreateThing(@TargetAggregateIdentifier String id, JsonNode body) {
    }

    @Revision("1")
    public record ThingCreated(String id, JsonNode body) {
    }

    @Aggregate
    public static class Thing {
        @AggregateIdentifier
        private String id;

        protected Thing() {
        }

        @CommandHandler
        public Thing(CreateThing command) {
            apply(new ThingCreated(command.id(), command.body()));
        }

        @EventSourcingHandler
        void on(ThingCreated event) {
            this.id = event.id();
        }
    }

    @RestController
    static class Things {
        private final CommandGateway commands;

        Things(CommandGateway commands) {
            this.commands = commands;
        }

        @PostMapping("/things/{id}")
        @ResponseStatus(HttpStatus.CREATED)
        String create(@PathVariable String id, @RequestBody JsonNode body) {
            return commands.sendAndWait(new CreateThing(id, body));
        }
    }
}
