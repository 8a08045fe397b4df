package org.sawt.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when the operator gave no Redis host or URL, so the gateway brings its own. */
class NoRedisConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        return !StringUtils.hasText(env.getProperty("spring.data.redis.host"))
                && !StringUtils.hasText(env.getProperty("spring.data.redis.url"));
    }
}
