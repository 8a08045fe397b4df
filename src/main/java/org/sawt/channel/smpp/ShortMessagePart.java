package org.sawt.channel.smpp;

import java.util.Arrays;
import org.apache.camel.component.smpp.SmppUtils;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;

/**
 * The text bytes of one deliver_sm and, when it is one part of a longer message, which part: from a concatenation
 * header in the UDH (8- or 16-bit reference) or from the SAR TLVs some SMSCs use instead.
 */
record ShortMessagePart(byte dataCoding, byte[] payload, Concatenation concatenation) {

    private static final int IEI_CONCATENATED_8BIT = 0x00;
    private static final int IEI_CONCATENATED_16BIT = 0x08;

    /** Part {@code sequence} of {@code total}, all sharing {@code reference}. */
    record Concatenation(int reference, int total, int sequence) {

        static Concatenation ifValid(int reference, int total, int sequence) {
            return total > 1 && sequence >= 1 && sequence <= total ? new Concatenation(reference, total, sequence)
                    : null;
        }
    }

    static ShortMessagePart of(DeliverSm deliverSm) {
        byte[] body = SmppUtils.getMessageBody(deliverSm);
        body = body == null ? new byte[0] : body;
        if (deliverSm.isUdhi() && body.length > 0) {
            int headerEnd = Math.min(body.length, 1 + (body[0] & 0xFF));
            return new ShortMessagePart(deliverSm.getDataCoding(), Arrays.copyOfRange(body, headerEnd, body.length),
                    concatenationIn(body, headerEnd));
        }
        return new ShortMessagePart(deliverSm.getDataCoding(), body, segmentationTlvs(deliverSm));
    }

    private static Concatenation concatenationIn(byte[] udh, int headerEnd) {
        int i = 1;
        while (i + 1 < headerEnd) {
            int iei = udh[i] & 0xFF;
            int length = udh[i + 1] & 0xFF;
            int data = i + 2;
            if (data + length > headerEnd) {
                return null;
            }
            if (iei == IEI_CONCATENATED_8BIT && length == 3) {
                return Concatenation.ifValid(udh[data] & 0xFF, udh[data + 1] & 0xFF, udh[data + 2] & 0xFF);
            }
            if (iei == IEI_CONCATENATED_16BIT && length == 4) {
                return Concatenation.ifValid(((udh[data] & 0xFF) << 8) | (udh[data + 1] & 0xFF),
                        udh[data + 2] & 0xFF, udh[data + 3] & 0xFF);
            }
            i = data + length;
        }
        return null;
    }

    private static Concatenation segmentationTlvs(DeliverSm deliverSm) {
        OptionalParameter.Sar_msg_ref_num reference =
                deliverSm.getOptionalParameter(OptionalParameter.Sar_msg_ref_num.class);
        OptionalParameter.Sar_total_segments total =
                deliverSm.getOptionalParameter(OptionalParameter.Sar_total_segments.class);
        OptionalParameter.Sar_segment_seqnum sequence =
                deliverSm.getOptionalParameter(OptionalParameter.Sar_segment_seqnum.class);
        if (reference == null || total == null || sequence == null) {
            return null;
        }
        return Concatenation.ifValid(reference.getValue() & 0xFFFF, total.getValue() & 0xFF,
                sequence.getValue() & 0xFF);
    }
}
