package org.sawt.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** Lists the optional Idempotency-Key header on every POST of the OpenAPI document, since the filter serves them all. */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(255))
                        .description("Makes a retry safe: the same key and request within 24 h returns the first "
                                + "answer (Idempotent-Replayed: true) without doing the work again."));
            }
            return operation;
        };
    }
}
