package org.sawt.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being turned against the gateway's own network (SSRF): a receiver's host must resolve to
 * public addresses only, unless the operator set {@code sawt.webhooks.allow-private-networks}. Checked when a URL is
 * set and again before every attempt, since DNS may change in between.
 */
@Component
class ReceiverGuard {

    static final String ALLOW_VARIABLE = "SAWT_WEBHOOKS_ALLOW_PRIVATE_NETWORKS";

    private final boolean allowPrivateNetworks;

    ReceiverGuard(WebhookSettings settings) {
        this.allowPrivateNetworks = settings.allowPrivateNetworks();
    }

    /**
     * Why the URL must not be called, or empty. Every address of the host counts, not just the first: a name that
     * also resolves to an internal address could lead there on any attempt. A host that does not resolve is not
     * refused here: the attempt fails on it anyway, and its DNS may still be on the way.
     */
    Optional<String> refusal(URI url) {
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = ForbiddenAddresses.kind(address);
            if (kind.isPresent()) {
                return Optional.of(url.getHost() + " resolves to " + address.getHostAddress() + ", " + kind.get()
                        + "; webhooks are only sent to public internet addresses. Use the receiver's public address"
                        + " (or an operator sets " + ALLOW_VARIABLE + "=true when receivers inside the gateway's"
                        + " network are intended)");
            }
        }
        return Optional.empty();
    }
}
