package org.sawt.channel.smpp;

import org.apache.camel.CamelContext;
import org.apache.camel.component.smpp.SmppEndpoint;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/** Gives every smpp endpoint the {@link RawDeliverSmBinding} as Camel creates it (no endpoint option sets one). */
@Component
class RawDeliverSmBindingInstaller implements CamelContextConfiguration {

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getCamelContextExtension().registerEndpointCallback((uri, endpoint) -> {
            if (endpoint instanceof SmppEndpoint smpp) {
                smpp.setBinding(new RawDeliverSmBinding(smpp.getConfiguration()));
            }
            return endpoint;
        });
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // nothing to do once started
    }
}
