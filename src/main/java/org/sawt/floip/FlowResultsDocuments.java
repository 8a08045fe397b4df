package org.sawt.floip;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON:API documents of the Flow Results API (FLOIP Flow Results specification 1.0.0-rc1, "API Access"). Links
 * are given at the top level, as JSON:API has them, and for responses also under {@code data.relationships.links},
 * where the specification's example and its reference client read them.
 */
final class FlowResultsDocuments {

    static final String PACKAGES = "packages";
    static final String RESPONSES = "responses";

    private FlowResultsDocuments() {
    }

    /** Pagination links; null when there is no such page. */
    record Links(String self, String next, String previous) {
    }

    record SelfLink(String self) {
    }

    /** GET /flow-results/packages. */
    record PackageList(Links links, List<PackageSummary> data) {
    }

    record PackageSummary(String type, String id, SummaryAttributes attributes) {
    }

    record SummaryAttributes(String title, String name, String created, String modified) {
    }

    /** GET /flow-results/packages/{id}: the descriptor as the resource's attributes. */
    record PackageDocument(SelfLink links, PackageData data) {
    }

    record PackageData(String type, String id, Descriptor attributes, Map<String, Relationship> relationships) {
    }

    /** A relationship's links, e.g. {@code related} (the responses of a package) or {@code self}. */
    record Relationship(Map<String, String> links) {
    }

    /**
     * A Flow Results descriptor (a Data Package). The specification's text names the version
     * {@code flow_results_specification_version}, its API examples {@code flow-results-specification}: both are
     * given so that clients written against either find it.
     */
    record Descriptor(String profile, String name,
            @JsonProperty("flow_results_specification_version") String specificationVersion,
            @JsonProperty("flow-results-specification") String specification,
            String created, String modified, String id, String title, List<Resource> resources) {
    }

    /** The one resource of a package: its rows are served by the API ({@code access_method} "api"), not a file. */
    record Resource(String profile, String name, String path, @JsonProperty("api-data-url") String apiDataUrl,
            @JsonProperty("access_method") String accessMethod, String mediatype, String encoding, Schema schema) {
    }

    /** {@code language} is the ISO 639-3 code of the labels. */
    record Schema(String language, List<Field> fields, Map<String, QuestionSchema> questions) {
    }

    record Field(String name, String title, String type) {
    }

    record QuestionSchema(String type, String label, @JsonProperty("type_options") Map<String, Object> typeOptions) {
    }

    /** GET /flow-results/packages/{id}/responses. */
    record ResponsesDocument(Links links, ResponsesData data) {
    }

    record ResponsesData(String type, String id, ResponsesAttributes attributes, ResponsesRelationships relationships) {
    }

    /** Rows of seven columns: timestamp, row_id, contact_id, session_id, question_id, response, response_metadata. */
    record ResponsesAttributes(List<List<Object>> responses) {
    }

    record ResponsesRelationships(Relationship descriptor, Links links) {
    }
}
