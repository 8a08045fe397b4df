package org.sawt.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes the Camel context depend on the embedded servers (and their pool), so on shutdown Camel finishes its
 * in-flight exchanges before PostgreSQL and Redis go away (otherwise a timer route waits on a dead database).
 */
class CamelStopsFirst implements BeanFactoryPostProcessor {

    private static final String CAMEL_CONTEXT = "camelContext";

    private final List<String> servers;

    CamelStopsFirst(String... servers) {
        this.servers = List.of(servers);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(CAMEL_CONTEXT)) {
            return;
        }
        BeanDefinition camel = beanFactory.getBeanDefinition(CAMEL_CONTEXT);
        List<String> dependsOn = new ArrayList<>(camel.getDependsOn() == null ? List.of()
                : Arrays.asList(camel.getDependsOn()));
        servers.stream().filter(beanFactory::containsBeanDefinition).forEach(dependsOn::add);
        camel.setDependsOn(dependsOn.toArray(String[]::new));
    }
}
