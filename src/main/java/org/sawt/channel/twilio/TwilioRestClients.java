package org.sawt.channel.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Builds the SDK's REST client against {@code TWILIO_API_BASE_URL}. The SDK always addresses
 * {@code https://api.twilio.com/2010-04-01/...}; every request is re-aimed at the base URL (host, port, scheme
 * and path prefix), so Twilio, a Twilio-compatible provider and the tests' fake all run the same code.
 */
final class TwilioRestClients {

    private static final int MAX_CONNECTIONS = 50;
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    private static final long RESPONSE_TIMEOUT_SECONDS = 30;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private TwilioRestClients() {
    }

    static TwilioRestClient create(TwilioSettings settings) {
        URI base = settings.apiBaseUrl();
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        int port = base.getPort() != -1 ? base.getPort() : "https".equals(scheme) ? 443 : 80;
        HttpHost target = new HttpHost(scheme, base.getHost(), port);
        String pathPrefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        HttpClientBuilder http = HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                                .setSocketTimeout((int) RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build())
                .setRoutePlanner((ignoredTarget, context) -> new HttpRoute(target, null, "https".equals(scheme)))
                .addRequestInterceptorFirst((request, entity, context) -> {
                    request.setScheme(scheme);
                    request.setAuthority(new URIAuthority(base.getHost(), base.getPort()));
                    request.setPath(pathPrefix + request.getPath());
                });
        return new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                .httpClient(new SingleAttemptHttpClient(http))
                .build();
    }

    /**
     * The SDK's HTTP client without retries of its own (the SDK repeats 5xx answers, the HTTP client 429 and 503):
     * retrying, with backoff and then a dead letter, is the shared error handler's job. An answer that asks for a
     * retry becomes a {@link TwilioTemporaryFailure} here, where its HTTP status is still known; the SDK loses it
     * when the body is not Twilio's JSON error.
     */
    private static final class SingleAttemptHttpClient extends NetworkHttpClient {

        SingleAttemptHttpClient(HttpClientBuilder http) {
            super(http.disableAutomaticRetries());
        }

        @Override
        public Response reliableRequest(Request request) {
            Response response = makeRequest(request);
            int status = response.getStatusCode();
            if (status == TOO_MANY_REQUESTS || status >= SERVER_ERROR) {
                throw new TwilioTemporaryFailure("Twilio answered HTTP " + status + ", to be retried");
            }
            return response;
        }
    }
}
