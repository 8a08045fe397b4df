package org.sawt.webhook;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.access.Agencies;
import org.sawt.audit.AuditLog;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook subscriptions: an agency's, or platform-wide when a platform admin creates one without an agency.
 * Every change is audited. The secret is shown only by {@link #create} and {@link #rotate}; it must be kept, since
 * every delivery is signed with it, so it is stored sealed ({@link SubscriptionSecrets}).
 */
@Service
public class Subscriptions {

    private static final String COLUMNS = """
            id, agency_id, url, event_types, enabled, disabled_reason, paused_until, previous_secret_expires_at,
            signing_public_key, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Agencies agencies;
    private final WebhookSettings settings;
    private final ReceiverGuard guard;
    private final SubscriptionSecrets secrets;

    Subscriptions(JdbcClient jdbc, AuditLog audit, Agencies agencies, WebhookSettings settings, ReceiverGuard guard,
            SubscriptionSecrets secrets) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
        this.settings = settings;
        this.guard = guard;
        this.secrets = secrets;
    }

    @Transactional
    public WithSecret create(Caller caller, SubscriptionRequest request) {
        UUID agencyId = owner(caller, request.agencyId());
        SubscriptionRequests.check(request, true, guard);
        UUID id = UUID.randomUUID();
        byte[] secret = WebhookSignatures.newSecret();
        Ed25519Signatures.KeyBytes keys = Boolean.TRUE.equals(request.ed25519()) ? Ed25519Signatures.newKeyPair() : null;
        jdbc.sql("""
                insert into webhook_subscription (id, agency_id, url, event_types, secret, signing_key,
                                                  signing_public_key, secrets_sealed)
                values (:id, :agencyId, :url, :events, :secret, :signingKey, :publicKey, true)""")
                .param("id", id).param("agencyId", agencyId).param("url", request.url())
                .param("events", SubscriptionRequests.events(request.events()).toArray(String[]::new))
                .param("secret", secrets.seal(id, secret))
                .param("signingKey", keys == null ? null : secrets.seal(id, keys.privatePkcs8()))
                .param("publicKey", keys == null ? null : keys.publicRaw())
                .update();
        Subscription created = find(id).orElseThrow();
        audit.record(caller, agencyId, "webhook.created", "webhook", id,
                Map.of("host", host(request.url()), "events", created.events()));
        return new WithSecret(created, WebhookSignatures.show(secret));
    }

    /** An agency's own subscriptions; for a platform admin every one, or one agency's with the filter. */
    public List<Subscription> list(Caller caller, UUID agencyFilter) {
        if (!caller.isPlatformAdmin()) {
            return query("where agency_id = :agency", caller.agencyId());
        }
        return agencyFilter == null ? query("", null) : query("where agency_id = :agency", agencyFilter);
    }

    /** The subscription if the caller may see it; another agency's is reported as not found. */
    public Subscription get(Caller caller, UUID id) {
        return find(id).filter(s -> s.platformWide() ? caller.isPlatformAdmin() : caller.canSee(s.agencyId()))
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    @Transactional
    public Subscription update(Caller caller, UUID id, SubscriptionRequest changes) {
        Subscription current = get(caller, id);
        if (changes.agencyId() != null || changes.ed25519() != null) {
            throw InvalidRequestException.of(changes.agencyId() != null ? "agencyId" : "ed25519",
                    "cannot be changed; create another webhook");
        }
        SubscriptionRequests.check(changes, false, guard);
        String url = changes.url() == null ? current.url() : changes.url();
        List<String> events = changes.events() == null ? current.events()
                : SubscriptionRequests.events(changes.events());
        boolean reenable = Boolean.TRUE.equals(changes.enabled()) && !current.enabled();
        boolean enabled = changes.enabled() == null ? current.enabled() : changes.enabled();
        jdbc.sql("""
                update webhook_subscription set url = :url, event_types = :events, enabled = :enabled,
                       disabled_reason = case when :enabled then null else coalesce(disabled_reason, :reason) end,
                       paused_until = case when :reenable then null else paused_until end, updated_at = now()
                 where id = :id""")
                .param("id", id).param("url", url).param("events", events.toArray(String[]::new))
                .param("enabled", enabled).param("reenable", reenable).param("reason", "disabled through the API")
                .update();
        audit.record(caller, current.agencyId(), "webhook.updated", "webhook", id,
                Map.of("host", host(url), "events", events, "enabled", enabled));
        return find(id).orElseThrow();
    }

    /** A new secret; the previous one keeps signing (a second signature) for {@code sawt.webhooks.rotation-overlap}. */
    @Transactional
    public WithSecret rotate(Caller caller, UUID id) {
        Subscription current = get(caller, id);
        byte[] secret = WebhookSignatures.newSecret();
        Instant previousExpires = Instant.now().plus(settings.rotationOverlap());
        secrets.sealRow(id); // the current secret becomes the previous one as stored: both sealed alike
        jdbc.sql("""
                update webhook_subscription set previous_secret = secret, previous_secret_expires_at = :expires,
                       secret = :secret, updated_at = now()
                 where id = :id""")
                .param("id", id).param("secret", secrets.seal(id, secret))
                .param("expires", Timestamp.from(previousExpires))
                .update();
        audit.record(caller, current.agencyId(), "webhook.secret-rotated", "webhook", id,
                Map.of("previousSecretExpiresAt", previousExpires.toString()));
        return new WithSecret(find(id).orElseThrow(), WebhookSignatures.show(secret));
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        Subscription current = get(caller, id);
        jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update();
        audit.record(caller, current.agencyId(), "webhook.deleted", "webhook", id, Map.of("host", host(current.url())));
    }

    /** The receiver answered 410 Gone: no more deliveries until someone enables the subscription again. */
    @Transactional
    void disable(UUID id, String reason) {
        int changed = jdbc.sql("""
                update webhook_subscription set enabled = false, disabled_reason = :reason, updated_at = now()
                 where id = :id and enabled""")
                .param("id", id).param("reason", reason).update();
        if (changed == 1) {
            audit.record("system", find(id).orElseThrow().agencyId(), "webhook.disabled", "webhook", id,
                    Map.of("reason", reason));
        }
    }

    /** The receiver asked to slow down: none of its lanes is delivered before {@code until}. */
    void pause(UUID id, Instant until) {
        jdbc.sql("update webhook_subscription set paused_until = :until where id = :id")
                .param("id", id).param("until", Timestamp.from(until)).update();
    }

    /** What a delivery needs: the subscription and the secrets signing now (the previous one during an overlap). */
    Optional<Endpoint> endpoint(UUID id) {
        return jdbc.sql("""
                select url, event_types, enabled, secret, signing_key, secrets_sealed,
                       case when previous_secret_expires_at > now() then previous_secret end as previous_secret
                  from webhook_subscription where id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    boolean sealed = rs.getBoolean("secrets_sealed");
                    List<byte[]> signing = new ArrayList<>();
                    signing.add(secrets.open(id, rs.getBytes("secret"), sealed));
                    byte[] previous = rs.getBytes("previous_secret");
                    if (previous != null) {
                        signing.add(secrets.open(id, previous, sealed));
                    }
                    return new Endpoint(id, URI.create(rs.getString("url")), types(rs), rs.getBoolean("enabled"),
                            List.copyOf(signing), secrets.open(id, rs.getBytes("signing_key"), sealed));
                })
                .optional();
    }

    private Optional<Subscription> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = :id").param("id", id)
                .query(Subscriptions::subscription).optional();
    }

    private List<Subscription> query(String where, UUID agency) {
        JdbcClient.StatementSpec query = jdbc.sql("select " + COLUMNS + " from webhook_subscription " + where
                + " order by created_at");
        if (agency != null) {
            query = query.param("agency", agency);
        }
        return query.query(Subscriptions::subscription).list();
    }

    private UUID owner(Caller caller, UUID requested) {
        if (!caller.isPlatformAdmin()) {
            if (requested != null && !requested.equals(caller.agencyId())) {
                throw new NotFoundException("Agency", requested);
            }
            return caller.agencyId();
        }
        return requested == null ? null : agencies.get(requested).id();
    }

    /** Audit entries name the host only: a URL's path or query may hold the receiver's own tokens. */
    private static String host(String url) {
        return URI.create(url).getHost();
    }

    private static List<String> types(ResultSet rs) throws SQLException {
        return Arrays.asList((String[]) rs.getArray("event_types").getArray());
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("url"), types(rs), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
                instant(rs, "paused_until"), instant(rs, "previous_secret_expires_at"),
                rs.getBytes("signing_public_key") == null ? null
                        : Ed25519Signatures.showPublicKey(rs.getBytes("signing_public_key")),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    /** A subscription and the secret to verify its deliveries, shown in this one response only. */
    public record WithSecret(@JsonUnwrapped Subscription subscription,
            String secret) {
    }

    /** A subscription as delivery sees it: HMAC secrets signing now, and the ed25519 private key if any. */
    record Endpoint(UUID id, URI url, List<String> events, boolean enabled, List<byte[]> secrets, byte[] signingKey) {

        /** The {@code webhook-signature} header of one attempt: v1 per secret, then v1a when there is a key. */
        String signatures(String id, long timestamp, String body) {
            String symmetric = WebhookSignatures.header(secrets, id, timestamp, body);
            return signingKey == null ? symmetric
                    : symmetric + " " + Ed25519Signatures.sign(signingKey, id, timestamp, body);
        }
    }
}
