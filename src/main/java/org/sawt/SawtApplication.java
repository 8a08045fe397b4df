package org.sawt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sawt participation gateway: channels in, conversations, responses, results out to the portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SawtApplication {

    public static void main(String[] args) {
        SpringApplication.run(SawtApplication.class, args);
    }
}
