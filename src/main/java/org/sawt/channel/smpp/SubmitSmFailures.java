package org.sawt.channel.smpp;

import java.io.IOException;
import java.util.Set;
import org.jsmpp.extra.NegativeResponseException;
import org.sawt.channel.PermanentSendFailure;

/**
 * Sorts a failed submit_sm into "retry" and "give up": a negative submit_sm_resp is final unless its command_status
 * says the SMSC is busy or broken for now; no answer at all (I/O error, timeout) is always worth a retry.
 */
final class SubmitSmFailures {

    /** ESME_RINVBNDSTS, ESME_RSYSERR, ESME_RMSGQFUL, ESME_RSUBMITFAIL, ESME_RTHROTTLED, ESME_RX_T_APPN. */
    private static final Set<Integer> TEMPORARY_STATUSES = Set.of(0x04, 0x08, 0x14, 0x45, 0x58, 0x64);

    private SubmitSmFailures() {
    }

    /** Whether there was no bound session to submit on (camel-smpp is binding again), not an answer from the SMSC. */
    static boolean isLinkDown(Throwable failure) {
        boolean io = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NegativeResponseException) {
                return false;
            }
            io |= cause instanceof IOException;
        }
        return io;
    }

    static RuntimeException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NegativeResponseException refused) {
                String reason = String.format("SMSC refused submit_sm: command_status 0x%08X",
                        refused.getCommandStatus());
                return TEMPORARY_STATUSES.contains(refused.getCommandStatus())
                        ? new SmppTemporaryFailure(reason, failure) : new PermanentSendFailure(reason, failure);
            }
        }
        return new SmppTemporaryFailure("submit_sm failed: " + failure.getMessage(), failure);
    }
}
