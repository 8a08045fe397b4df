package org.sawt.channel.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.sawt.sms.SmsEncoding;
import org.sawt.sms.SmsSegments;

/**
 * Plays a feature phone on Africa's Talking: dials the service code and answers screens, posting what the
 * provider posts (the session's whole input history joined with {@code *}) and checking every screen's length.
 */
public final class UssdPhone {

    private static final SmsEncoding ENCODING = new SmsEncoding();

    private final String baseUrl;
    private final String phone;
    private String sessionId;
    private final List<String> inputs = new ArrayList<>();
    private final List<String> screens = new ArrayList<>();

    public UssdPhone(int port, String phone) {
        this.baseUrl = "http://localhost:" + port;
        this.phone = phone;
    }

    /** Dials the code: a new session; returns the first screen. */
    public String dial() {
        sessionId = "ATUid_" + UUID.randomUUID().toString().replace("-", "");
        inputs.clear();
        return post();
    }

    /** Enters the input on the current screen and returns the next screen. */
    public String press(String input) {
        inputs.add(input);
        return post();
    }

    /** Sends the last request again, as the provider does when our answer was late. */
    public String retry() {
        return post();
    }

    /** Follows "99. More" until a page contains the text; returns that page. */
    public String pageTo(String wanted, String screen) {
        String page = screen;
        while (!page.contains(wanted)) {
            assertThat(page).as("no page shows " + wanted).contains("\n99. ");
            page = press("99");
        }
        return page;
    }

    public String sessionId() {
        return sessionId;
    }

    /** Every screen this phone received. */
    public List<String> screens() {
        return screens;
    }

    /** Posts the form with the current history; asserts 200, CON/END and the USSD limit. */
    private String post() {
        Map<String, String> form = Map.of("sessionId", sessionId, "serviceCode", "*384*1234#", "phoneNumber", phone,
                "networkCode", "99999", "text", String.join("*", inputs));
        ApiClient.Reply reply = send(form);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body()).matches("(?s)(CON|END) .*");
        assertFits(reply.body());
        screens.add(reply.body());
        return reply.body();
    }

    public ApiClient.Reply send(Map<String, String> form) {
        return post(baseUrl + AfricasTalkingUssdController.PATH + "?token=" + GatewayTest.USSD_TOKEN, form);
    }

    public static ApiClient.Reply post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return ApiClient.exchange(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
    }

    /** 182 GSM-7 characters, or 80 when the screen needs UCS-2, counting the CON/END prefix. */
    public static void assertFits(String screen) {
        SmsSegments analysed = ENCODING.analyse(screen);
        int limit = analysed.encoding() == SmsSegments.Encoding.GSM7 ? 182 : 80;
        assertThat(analysed.units()).as("length of screen\n" + screen).isLessThanOrEqualTo(limit);
    }
}
