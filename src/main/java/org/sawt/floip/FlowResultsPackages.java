package org.sawt.floip;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.Question;
import org.sawt.privacy.Pseudonyms;
import org.sawt.response.AnswerGiven;
import org.sawt.response.AnswerWindow;
import org.sawt.response.Responses;
import org.sawt.shared.Caller;
import org.sawt.shared.Language;
import org.springframework.stereotype.Service;

/**
 * Engagements as Flow Results packages. The package id is the engagement id; a row is one answer given (a
 * response revision, so a changed answer is a new row and row ids never change); {@code contact_id} is the
 * participant's pseudonym in this engagement and {@code session_id} their response in it.
 */
@Service
class FlowResultsPackages {

    static final String SPECIFICATION_VERSION = "1.0.0-rc1";

    /** RFC 3339 with an explicit +00:00 offset: the specification asks for it instead of "Z". */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private static final List<FlowResultsDocuments.Field> FIELDS = List.of(
            new FlowResultsDocuments.Field("timestamp", "Timestamp", "datetime"),
            new FlowResultsDocuments.Field("row_id", "Row ID", "string"),
            new FlowResultsDocuments.Field("contact_id", "Contact ID", "string"),
            new FlowResultsDocuments.Field("session_id", "Session ID", "string"),
            new FlowResultsDocuments.Field("question_id", "Question ID", "string"),
            new FlowResultsDocuments.Field("response", "Response", "any"),
            new FlowResultsDocuments.Field("response_metadata", "Response Metadata", "object"));

    private final Engagements engagements;
    private final Responses responses;
    private final Pseudonyms pseudonyms;
    private final FlowResultsQuestions questions;

    FlowResultsPackages(Engagements engagements, Responses responses, Pseudonyms pseudonyms,
            FlowResultsQuestions questions) {
        this.engagements = engagements;
        this.responses = responses;
        this.pseudonyms = pseudonyms;
        this.questions = questions;
    }

    FlowResultsDocuments.PackageList list(Caller caller, UUID afterId, int size, FlowResultsLinks links) {
        List<Engagement> page = engagements.pageAfter(caller, afterId, size + 1);
        boolean more = page.size() > size;
        List<Engagement> shown = more ? page.subList(0, size) : page;
        List<FlowResultsDocuments.PackageSummary> data = shown.stream()
                .map(e -> new FlowResultsDocuments.PackageSummary(FlowResultsDocuments.PACKAGES, e.id().toString(),
                        new FlowResultsDocuments.SummaryAttributes(title(e), name(e), timestamp(e.createdAt()),
                                timestamp(e.updatedAt()))))
                .toList();
        String next = more ? links.packagesAfter(size, shown.get(size - 1).id()) : null;
        return new FlowResultsDocuments.PackageList(
                new FlowResultsDocuments.Links(links.current(), next, null), data);
    }

    FlowResultsDocuments.PackageDocument descriptor(Caller caller, UUID id, FlowResultsLinks links) {
        Engagement engagement = engagements.get(caller, id);
        Language language = languageOf(engagement);
        Map<String, FlowResultsDocuments.QuestionSchema> schemas = new LinkedHashMap<>();
        engagement.questions().forEach(q -> schemas.put(q.key(), questions.schema(q, language)));
        FlowResultsDocuments.Resource resource = new FlowResultsDocuments.Resource("data-resource",
                name(engagement) + "-responses", null, links.responses(id), "api", "application/json", "utf-8",
                new FlowResultsDocuments.Schema(language.locale().getISO3Language(), FIELDS, schemas));
        FlowResultsDocuments.Descriptor descriptor = new FlowResultsDocuments.Descriptor("flow-results-package",
                name(engagement), SPECIFICATION_VERSION, SPECIFICATION_VERSION, timestamp(engagement.createdAt()),
                timestamp(engagement.updatedAt()), id.toString(), title(engagement), List.of(resource));
        return new FlowResultsDocuments.PackageDocument(new FlowResultsDocuments.SelfLink(links.descriptor(id)),
                new FlowResultsDocuments.PackageData(FlowResultsDocuments.PACKAGES, id.toString(), descriptor,
                        Map.of(FlowResultsDocuments.RESPONSES, new FlowResultsDocuments.Relationship(
                                Map.of("related", links.responses(id))))));
    }

    FlowResultsDocuments.ResponsesDocument responses(Caller caller, UUID id, AnswerWindow window, int size,
            FlowResultsLinks links) {
        Engagement engagement = engagements.get(caller, id);
        Language language = languageOf(engagement);
        Map<String, Question> byKey = new LinkedHashMap<>();
        engagement.questions().forEach(q -> byKey.put(q.key(), q));
        List<AnswerGiven> page = responses.answersGiven(id, window, size + 1);
        boolean more = page.size() > size;
        List<AnswerGiven> shown = !more ? page : window.beforeId() != null ? page.subList(1, page.size())
                : page.subList(0, size);
        List<List<Object>> rows = new ArrayList<>();
        for (AnswerGiven answer : shown) {
            rows.add(List.of(timestamp(answer.receivedAt()), Long.toString(answer.id()),
                    pseudonyms.participant(id, answer.contactId()), answer.responseId().toString(),
                    answer.questionKey(), questions.response(byKey.get(answer.questionKey()), answer.answer(), language),
                    Map.of("channel", answer.channel())));
        }
        FlowResultsDocuments.Links pageLinks = pageLinks(window, size, more, shown, id, links);
        return new FlowResultsDocuments.ResponsesDocument(pageLinks, new FlowResultsDocuments.ResponsesData(
                FlowResultsDocuments.RESPONSES, id.toString(), new FlowResultsDocuments.ResponsesAttributes(rows),
                new FlowResultsDocuments.ResponsesRelationships(
                        new FlowResultsDocuments.Relationship(Map.of("self", links.descriptor(id))), pageLinks)));
    }

    /** Next and previous pages from the rows shown; with no rows there is nothing to page from. */
    private static FlowResultsDocuments.Links pageLinks(AnswerWindow window, int size, boolean more,
            List<AnswerGiven> shown, UUID id, FlowResultsLinks links) {
        if (shown.isEmpty()) {
            return new FlowResultsDocuments.Links(links.current(), null, null);
        }
        long first = shown.get(0).id();
        long last = shown.get(shown.size() - 1).id();
        boolean backwards = window.beforeId() != null;
        boolean later = backwards || more;
        boolean earlier = backwards ? more : window.afterId() != null;
        return new FlowResultsDocuments.Links(links.current(),
                later ? links.responsesPage(id, window, size, "afterCursor", last) : null,
                earlier ? links.responsesPage(id, window, size, "beforeCursor", first) : null);
    }

    private static Language languageOf(Engagement engagement) {
        return Language.fromCode(engagement.languages().get(0)).orElseThrow();
    }

    private static String title(Engagement engagement) {
        return engagement.title().get(engagement.languages().get(0));
    }

    /** Lower case, url-usable and unique, as the Data Package {@code name} must be. */
    private static String name(Engagement engagement) {
        return "sawt-engagement-" + engagement.id();
    }

    static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }
}
