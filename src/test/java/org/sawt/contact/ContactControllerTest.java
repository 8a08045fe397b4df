package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.shared.Caller;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.Language;
import org.sawt.shared.Role;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The HTTP shape of the contact API, on a mocked Contacts, without a Spring context. */
class ContactControllerTest {

    private final Contacts contacts = mock(Contacts.class);
    private final UUID agencyId = UUID.randomUUID();
    private Caller caller = new Caller(UUID.randomUUID(), agencyId, Role.AGENCY_ADMIN);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ContactController(contacts))
            .setCustomArgumentResolvers(new FixedCaller()).defaultRequest(get("/").accept(MediaType.APPLICATION_JSON))
            .build();
    private final Contact contact = new Contact(UUID.randomUUID(), agencyId, "p_abcdefghijklmnopqrst", Language.FA,
            "+962790123456", null, "a@example.org", false, Instant.parse("2025-01-02T03:04:05.123456Z"));

    @Test
    void createsInTheCallersAgencyAndAnswers201() throws Exception {
        when(contacts.create(eq(caller), eq(agencyId), eq(new NewContact("0790123456", null, "a@example.org", "fa"))))
                .thenReturn(contact);

        mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"0790123456\",\"email\":\"a@example.org\",\"language\":\"fa\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/contacts/" + contact.id()))
                .andExpect(jsonPath("$.id").value(contact.id().toString()))
                .andExpect(jsonPath("$.publicId").value("p_abcdefghijklmnopqrst"))
                .andExpect(jsonPath("$.language").value("fa"))
                .andExpect(jsonPath("$.phone").value("+962790123456"))
                .andExpect(jsonPath("$.optedOut").value(false));
    }

    @Test
    void aPlatformAdminMustNameTheAgency() {
        caller = new Caller(UUID.randomUUID(), null, Role.PLATFORM_ADMIN);

        assertThatThrownBy(() -> mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\":\"0790123456\"}")))
                .hasCauseInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("agencyId: is required with a platform-admin API key");
    }

    @Test
    void importsACsvBodyStreamedAsUtf8() throws Exception {
        when(contacts.importCsv(eq(caller), eq(agencyId), any(Reader.class))).thenAnswer(call -> {
            String firstRow = new BufferedReader(call.getArgument(2, Reader.class)).lines().skip(1).findFirst()
                    .orElseThrow();
            return new ImportReport(firstRow.equals("٠٧٩٠١٢٣٤٥٦") ? 1 : 0, 0,
                    List.of(new ImportReport.RowError(3, "phone: too short")));
        });

        mvc.perform(post("/api/v1/contacts/import").contentType("text/csv")
                        .content("phone\n٠٧٩٠١٢٣٤٥٦\n+96279\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected[0].line").value(3))
                .andExpect(jsonPath("$.rejected[0].message").value("phone: too short"));
    }

    @Test
    void optsOutWithTheGivenReason() throws Exception {
        when(contacts.optOut(caller, contact.id(), "asked at the counter")).thenReturn(contact);

        mvc.perform(post("/api/v1/contacts/{id}/opt-out", contact.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"asked at the counter\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(contact.id().toString()));
    }

    @Test
    void listsAPageWithItsCursor() throws Exception {
        when(contacts.list(caller, agencyId, null, 50)).thenReturn(new ContactPage(List.of(contact), "next"));

        mvc.perform(get("/api/v1/contacts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].email").value("a@example.org"))
                .andExpect(jsonPath("$.nextCursor").value("next"));
    }

    /** Stands in for the resolver that turns the Bearer key into a Caller. */
    private final class FixedCaller implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            return caller;
        }
    }
}
