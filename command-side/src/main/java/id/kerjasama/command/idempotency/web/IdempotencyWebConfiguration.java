package id.kerjasama.command.idempotency.web;

import id.kerjasama.command.cooperation.web.CooperationController;
import id.kerjasama.command.idempotency.IdempotencySettings;
import id.kerjasama.command.idempotency.IdempotentRequests;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.time.Clock;

/** Safe retries of commands with an {@code Idempotency-Key}: the filter and the API description. */
@Configuration
class IdempotencyWebConfiguration {

    /** After Spring Security, which names the caller the keys belong to. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests,
                                                                PlatformTransactionManager transactionManager,
                                                                @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
                                                                IdempotencySettings settings, Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(requests, transactionManager, problems, settings, clock));
        registration.addUrlPatterns("/api/cooperations", "/api/cooperations/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Every command endpoint documents the header. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (CooperationController.class.isAssignableFrom(handler.getBeanType())
                    && handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_LENGTH).pattern("^[A-Za-z0-9._:-]+$"))
                        .description("Makes a retry safe: a repeat with the same key and the same request (endpoint and "
                                + "body) by the same caller gets the original answer (status, body, Location, ETag, "
                                + "and the header " + IdempotencyFilter.REPLAYED + ": true) instead of running again; "
                                + "with another request it is 422 IDEMPOTENCY_KEY_REUSED; while the first is still "
                                + "running, 409 IDEMPOTENCY_KEY_IN_USE. Keys are kept for kerjasama.idempotency.retention "
                                + "(24 hours by default). A refused command keeps no key. Up to "
                                + IdempotencyFilter.MAX_LENGTH + " letters, digits or . _ : - (a UUID fits)."));
            }
            return operation;
        };
    }
}
