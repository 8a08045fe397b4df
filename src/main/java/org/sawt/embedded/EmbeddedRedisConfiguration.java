package org.sawt.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import redis.embedded.RedisServer;

/** Starts a real Redis server in-process when no {@code spring.data.redis.host} or url is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoRedisConfigured.class)
class EmbeddedRedisConfiguration {

    @Bean
    static CamelStopsFirst camelStopsBeforeEmbeddedRedis() {
        return new CamelStopsFirst("embeddedRedis");
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisConfiguration.class);

    @Bean(destroyMethod = "stop")
    RedisServer embeddedRedis() throws IOException {
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(freePort())
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        log.info("No SPRING_DATA_REDIS_HOST set: started embedded Redis on port {}", server.ports().get(0));
        return server;
    }

    @Bean
    LettuceConnectionFactory redisConnectionFactory(RedisServer server) {
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", server.ports().get(0)),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
