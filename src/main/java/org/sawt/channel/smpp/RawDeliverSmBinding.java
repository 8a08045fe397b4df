package org.sawt.channel.smpp;

import org.apache.camel.CamelContext;
import org.apache.camel.component.smpp.SmppBinding;
import org.apache.camel.component.smpp.SmppConfiguration;
import org.apache.camel.component.smpp.SmppConstants;
import org.apache.camel.component.smpp.SmppMessage;
import org.apache.camel.component.smpp.SmppMessageType;
import org.jsmpp.bean.DeliverSm;

/**
 * Passes each deliver_sm on as it came (the jSMPP {@link DeliverSm} as the body) for our own reading. camel-smpp's
 * binding parses receipts with jSMPP, which rejects receipts without sub: or dlvrd: (real SMSCs send them; the
 * deliver_sm is then acknowledged and dropped), and decodes a multipart part's UDH as if it were text.
 */
class RawDeliverSmBinding extends SmppBinding {

    private final SmppConfiguration configuration;

    RawDeliverSmBinding(SmppConfiguration configuration) {
        super(configuration);
        this.configuration = configuration;
    }

    @Override
    public SmppMessage createSmppMessage(CamelContext camelContext, DeliverSm deliverSm) {
        SmppMessage message = new SmppMessage(camelContext, deliverSm, configuration);
        message.setBody(deliverSm);
        message.setHeader(SmppConstants.MESSAGE_TYPE, deliverSm.isSmscDeliveryReceipt()
                ? SmppMessageType.DeliveryReceipt.toString() : SmppMessageType.DeliverSm.toString());
        return message;
    }
}
