package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contact API over HTTP: creation, CSV import with per-line errors, paging and tenancy. */
class ContactApiTest extends GatewayTest {

    @Test
    void createNormalisesThePhoneAndRefusesADuplicate() {
        ApiClient agency = newAgency("Contacts");
        ApiClient.Reply created = agency.post("/api/v1/contacts", Map.of("phone", "٠٧٩٥٥٥١٢٣٤", "language", "fa"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("phone")).isEqualTo("+962795551234");
        assertThat(created.text("publicId")).startsWith("p_");

        ApiClient.Reply duplicate = agency.post("/api/v1/contacts", Map.of("phone", "+962795551234"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("detail")).contains(created.text("id"));
    }

    @Test
    void csvImportKeepsGoodRowsAndReportsBadOnesByLine() {
        ApiClient agency = newAgency("Import");
        String csv = "phone,language,email\n"
                + "0791110001,ar,\n"
                + "12345,en,\n"
                + "0791110002,xx,\n"
                + "0791110003,fr,someone@example.org\n";
        ApiClient.Reply report = agency.postText("/api/v1/contacts/import", csv, "text/csv");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.path("created").asInt()).isEqualTo(2);
        assertThat(json.path("rejected").findValuesAsText("line")).containsExactly("3", "4");

        JsonNode page = agency.get("/api/v1/contacts?limit=1").json();
        assertThat(page.path("items")).hasSize(1);
        JsonNode rest = agency.get("/api/v1/contacts?limit=5&cursor=" + page.path("nextCursor").asText()).json();
        assertThat(rest.path("items")).hasSize(1);
        assertThat(rest.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aPlatformAdminMustNameTheAgencyAndOthersCannotSeeIt() {
        ApiClient.Reply noAgency = admin.post("/api/v1/contacts", Map.of("phone", uniquePhone()));
        assertThat(noAgency.status()).isEqualTo(400);
        assertThat(noAgency.body()).contains("agencyId");

        ApiClient agency = newAgency("Owner");
        String id = agency.post("/api/v1/contacts", Map.of("phone", uniquePhone())).text("id");
        assertThat(newAgency("Stranger").get("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
    }

    @Test
    void demographicsAreOptionalAndCheckedLikeAnyField() {
        ApiClient agency = newAgency("Demographics");
        ApiClient.Reply created = agency.post("/api/v1/contacts",
                Map.of("phone", uniquePhone(), "birthYear", 1988, "gender", "Female"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("birthYear").asInt()).isEqualTo(1988);
        assertThat(created.text("gender")).isEqualTo("female");
        ApiClient.Reply unstated = agency.post("/api/v1/contacts", Map.of("phone", uniquePhone()));
        assertThat(unstated.json().path("birthYear").isNull()).isTrue();
        assertThat(unstated.json().path("gender").isNull()).isTrue();

        ApiClient.Reply invalid = agency.post("/api/v1/contacts",
                Map.of("phone", uniquePhone(), "birthYear", 1850, "gender", "unknown"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).containsExactly("birthYear", "gender");
        assertThat(invalid.body()).contains("must be a year between 1900", "must be one of female, male, other");
        ApiClient.Reply notANumber = agency.post("/api/v1/contacts", Map.of("phone", uniquePhone(), "birthYear", "old"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().path("errors").findValuesAsText("field")).containsExactly("birthYear");
    }

    @Test
    void csvImportReadsDemographicsAndRejectsBadOnesByLine() {
        ApiClient agency = newAgency("Demographics import");
        String csv = "phone,birthYear,gender\n"
                + "0791120001,1975,male\n"
                + "0791120002,,\n"
                + "0791120003,seventy,\n"
                + "0791120004,1990,robot\n";
        JsonNode report = agency.postText("/api/v1/contacts/import", csv, "text/csv").json();
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").findValuesAsText("line")).containsExactly("4", "5");
        assertThat(report.path("rejected").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("birthYear: 'seventy' is not a year"))
                .anySatisfy(m -> assertThat(m).contains("gender: must be one of female, male, other"));
        JsonNode items = agency.get("/api/v1/contacts").json().path("items");
        assertThat(items.findValuesAsText("gender")).containsExactlyInAnyOrder("male", "null");
    }
}
