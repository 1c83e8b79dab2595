package id.kerjasama.query.notification;

import id.kerjasama.query.axon.ProjectionBatch;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the notifier's processor survives an event it cannot handle: a failure of the database (unreachable, a deadlock,
 * a timeout) says nothing about the event, so it fails the batch and the processor tries again, keeping its place;
 * any other failure is logged with the event and passed, since one unreadable event must not stop every reminder.
 */
@Configuration
class NotifierConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotifierConfiguration.class);

    @Bean
    ConfigurerModule notifierErrorHandling() {
        ListenerInvocationErrorHandler handler = (exception, event, listener) -> {
            if (ProjectionBatch.isTransient(exception)) {
                throw exception;
            }
            log.error("The notifier passed event {} ({}) without reminding anyone: {}", event.getIdentifier(),
                    event.getPayloadType().getName(), exception.toString(), exception);
        };
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(Notifier.PROCESSING_GROUP, c -> handler));
    }
}
