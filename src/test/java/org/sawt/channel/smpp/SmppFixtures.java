package org.sawt.channel.smpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.util.DefaultDecomposer;

/** Reads {@code fixtures/smpp_pdus.json} (see fixtures/SOURCES.md); decodes its PDUs with jSMPP, as the bind does. */
final class SmppFixtures {

    private static final JsonNode FIXTURE = read();

    private SmppFixtures() {
    }

    static JsonNode dlrParsingCases() {
        return FIXTURE.path("dlrParsingCases");
    }

    /** The fixture's deliver_sm PDUs from phones: all but the receipts (esm_class 0x04). */
    static List<JsonNode> mobileOriginatedDeliverSms() {
        return StreamSupport.stream(FIXTURE.path("pdus").spliterator(), false)
                .filter(pdu -> "deliver_sm".equals(pdu.path("decoded_computed").path("command").asText()))
                .filter(pdu -> !"0x04".equals(pdu.at("/decoded_computed/fields/esm_class").asText()))
                .toList();
    }

    static DeliverSm deliverSm(String hex) {
        try {
            return DefaultDecomposer.getInstance().deliverSm(HexFormat.of().parseHex(hex));
        } catch (PDUStringException e) {
            throw new IllegalArgumentException("Not a deliver_sm: " + hex, e);
        }
    }

    private static JsonNode read() {
        try (InputStream in = SmppFixtures.class.getResourceAsStream("/fixtures/smpp_pdus.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
