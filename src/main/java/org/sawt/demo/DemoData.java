package org.sawt.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.sawt.access.Agencies;
import org.sawt.contact.Contacts;
import org.sawt.contact.NewContact;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementDraft;
import org.sawt.engagement.EngagementDraft.QuestionDraft;
import org.sawt.engagement.EngagementType;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.QuestionType;
import org.sawt.shared.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Demo content for a first look: an agency, an open bilingual poll and questionnaire, and 20 simulated
 * contacts (+962790000001 to +962790000020). Loaded once; a second instance finds it already there.
 */
@Component
@ConditionalOnProperty(name = "sawt.demo.enabled", havingValue = "true")
@Order(2)
class DemoData implements ApplicationRunner {

    static final String AGENCY_NAME = "Demo Ministry of Municipal Affairs";
    static final int CONTACTS = 20;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Agencies agencies;
    private final Engagements engagements;
    private final Contacts contacts;
    private final String publicUrl;
    private final String adminKey;

    DemoData(Agencies agencies, Engagements engagements, Contacts contacts,
            @Value("${sawt.public-url}") String publicUrl, @Value("${sawt.bootstrap-api-key:}") String adminKey) {
        this.agencies = agencies;
        this.engagements = engagements;
        this.contacts = contacts;
        this.publicUrl = publicUrl;
        this.adminKey = adminKey;
    }

    /** Runs before the instance reports ready, so the tour works as soon as the readiness probe says so. */
    @Override
    public void run(ApplicationArguments args) {
        if (agencies.findByName(AGENCY_NAME).isEmpty()) {
            try {
                create();
            } catch (DuplicateKeyException e) {
                log.info("Another instance is loading the demo data");
            }
        }
        log.info("""

                ==============================================================
                  Sawt is running at {}
                  Swagger UI:  {}/swagger-ui.html
                  Admin API key: {}
                  Try: curl -H 'Authorization: Bearer {}' {}/api/v1/engagements
                  Simulated phones: +962790000001 ... +962790000020
                ==============================================================""",
                publicUrl, publicUrl, adminKey.isBlank() ? "(set SAWT_BOOTSTRAP_API_KEY)" : adminKey,
                adminKey, publicUrl);
    }

    private void create() {
        Caller system = Caller.system();
        Agencies.Agency agency = agencies.provision(AGENCY_NAME);
        Instant closes = Instant.now().plus(60, ChronoUnit.DAYS);
        Engagement poll = engagements.create(system, new EngagementDraft(agency.id(), EngagementType.POLL,
                Map.of("ar", "أولويات البلدية", "en", "Municipal priorities"), List.of("ar", "en"),
                Map.of("ar", "رأيك يهمنا.", "en", "Your opinion matters."),
                List.of(new QuestionDraft(QuestionType.SINGLE_CHOICE,
                        Map.of("ar", "ما الذي يجب أن تعطيه البلدية الأولوية هذا العام؟",
                                "en", "What should the municipality prioritise this year?"),
                        List.of(Map.of("ar", "الطرق", "en", "Roads"),
                                Map.of("ar", "المياه", "en", "Water"),
                                Map.of("ar", "الحدائق العامة", "en", "Public parks")))),
                null, closes, null));
        engagements.open(system, poll.id());
        Engagement questionnaire = engagements.create(system, new EngagementDraft(agency.id(),
                EngagementType.QUESTIONNAIRE,
                Map.of("ar", "تقييم خدمة جمع النفايات", "en", "Waste collection service"), List.of("ar", "en"),
                Map.of("ar", "ثلاثة أسئلة قصيرة.", "en", "Three short questions."),
                List.of(new QuestionDraft(QuestionType.YES_NO,
                                Map.of("ar", "هل تُجمع النفايات في حيك كل أسبوع؟",
                                        "en", "Is waste collected in your area every week?"), null),
                        new QuestionDraft(QuestionType.RATING,
                                Map.of("ar", "كيف تقيّم الخدمة؟", "en", "How do you rate the service?"), null),
                        new QuestionDraft(QuestionType.FREE_TEXT,
                                Map.of("ar", "ما الذي يمكن تحسينه؟", "en", "What could be improved?"), null)),
                null, closes, null));
        engagements.open(system, questionnaire.id());
        for (int i = 1; i <= CONTACTS; i++) {
            contacts.create(system, agency.id(),
                    new NewContact(String.format("+9627900000%02d", i), null, null, i % 2 == 0 ? "en" : "ar"));
        }
        log.info("Loaded demo data: agency {}, poll {}, questionnaire {}, {} contacts",
                agency.id(), poll.id(), questionnaire.id(), CONTACTS);
    }
}
