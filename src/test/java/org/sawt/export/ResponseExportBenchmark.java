package org.sawt.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One million responses exported as CSV over HTTP in bounded memory (run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ResponseExportBenchmark -DargLine=-Xmx256m}). The rows are written
 * straight into PostgreSQL; while the client reads the export, the heap is measured after a full GC every 100,000
 * lines: it stays flat, where holding the rows would take several hundred megabytes.
 */
@Tag("benchmark")
class ResponseExportBenchmark extends GatewayTest {

    private static final int RESPONSES = Integer.getInteger("benchmark.responses", 1_000_000);
    private static final int SAMPLE_EVERY = 100_000;
    private static final long MEGABYTE = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsAMillionResponsesInBoundedMemory() throws Exception {
        ApiClient agency = newAgency("Export benchmark");
        String engagementId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        UUID agencyId = UUID.fromString(agency.get("/api/v1/me").text("agencyId"));
        long insertStart = System.nanoTime();
        insertResponses(agencyId, UUID.fromString(engagementId));
        System.out.printf("inserted %,d contacts and responses in %.1f s%n", RESPONSES,
                (System.nanoTime() - insertStart) / 1e9);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        long peak = baseline;
        long lines = 0;
        long bytes = 0;
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(agency.url("/api/v1/engagements/" + engagementId
                + "/responses.csv"))).header("Authorization", "Bearer " + agency.key()).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                bytes += line.length() + 2;
                if (lines % SAMPLE_EVERY == 0) {
                    peak = Math.max(peak, usedAfterGc(memory));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("exported %,d lines (%,d MB) in %.1f s (%,.0f rows/s); heap after GC: baseline %d MB,"
                        + " peak while streaming %d MB, growth %d MB; max heap %d MB%n", lines, bytes / MEGABYTE,
                seconds, RESPONSES / seconds, baseline / MEGABYTE, peak / MEGABYTE, (peak - baseline) / MEGABYTE,
                Runtime.getRuntime().maxMemory() / MEGABYTE);
        assertThat(lines).isEqualTo(RESPONSES + 1L);
        assertThat(peak - baseline).as("heap growth while streaming").isLessThan(64 * MEGABYTE);
    }

    private void insertResponses(UUID agencyId, UUID engagementId) {
        jdbc.sql("""
                insert into contact (id, agency_id, public_id, language, phone, birth_year, gender)
                select gen_random_uuid(), :agency, 'p_bench_' || :agency || '_' || g, 'ar',
                       '+1555' || lpad(g::text, 7, '0'), 1940 + g % 70, (array['female', 'male', 'other'])[1 + g % 3]
                  from generate_series(1, :n) g""")
                .params(Map.of("agency", agencyId, "n", RESPONSES)).update();
        jdbc.sql("""
                insert into response (id, engagement_id, contact_id, answers, channel, first_received_at, updated_at)
                select gen_random_uuid(), :engagement, c.id,
                       jsonb_build_object('q1', (1 + c.n % 3)::text, 'q2', case when c.n % 2 = 0 then 'yes' else 'no' end),
                       'simulator', now(), now()
                  from (select id, row_number() over (order by id) as n from contact where agency_id = :agency) c""")
                .params(Map.of("agency", agencyId, "engagement", engagementId)).update();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
