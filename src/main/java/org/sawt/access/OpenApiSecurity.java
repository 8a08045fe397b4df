package org.sawt.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API and its bearer API-key authentication in the OpenAPI document (/v3/api-docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    @Bean
    OpenAPI sawtOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sawt participation gateway API").version("v1")
                        .description("Engagements, contacts, broadcasts, responses and results. "
                                + "Send an API key as 'Authorization: Bearer <key>'. Errors are application/problem+json."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
