package org.sawt.engagement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.Language;

/** Checks a whole engagement draft and reports every problem by field path. */
final class EngagementValidator {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 20;
    static final int MAX_PORTAL_ID_LENGTH = 200;

    private EngagementValidator() {
    }

    static void validate(EngagementDraft draft) {
        FieldErrors errors = new FieldErrors();
        errors.check(draft.type() != null, "type", "is required (one of POLL, QUESTIONNAIRE, VOTE, RATING, IDEAS, CONSULTATION)");
        List<String> languages = validLanguages(draft.languages(), errors);
        texts(draft.title(), "title", languages, true, errors);
        if (draft.invitation() != null && !draft.invitation().isEmpty()) {
            texts(draft.invitation(), "invitation", languages, true, errors);
        }
        questions(draft.questions(), languages, errors);
        if (draft.portalExternalId() != null) {
            String portalId = draft.portalExternalId().strip();
            errors.check(!portalId.isEmpty() && portalId.length() <= MAX_PORTAL_ID_LENGTH
                    && portalId.codePoints().noneMatch(Character::isISOControl), "portalExternalId",
                    "must be 1 to " + MAX_PORTAL_ID_LENGTH + " characters without control characters");
        }
        if (draft.opensAt() != null && draft.closesAt() != null) {
            errors.check(draft.opensAt().isBefore(draft.closesAt()), "closesAt", "must be after opensAt");
        }
        errors.throwIfAny();
    }

    private static List<String> validLanguages(List<String> languages, FieldErrors errors) {
        if (!errors.check(languages != null && !languages.isEmpty(), "languages",
                "is required: the languages this engagement speaks (" + Language.supportedCodes() + ")")) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            errors.check(Language.fromCode(code).map(l -> l.code().equals(code)).orElse(false), "languages[" + i + "]",
                    "'" + code + "' is not supported; use one of " + Language.supportedCodes());
            errors.check(seen.add(code), "languages[" + i + "]", "'" + code + "' is listed twice");
        }
        return languages;
    }

    private static void texts(Map<String, String> texts, String field, List<String> languages, boolean required,
            FieldErrors errors) {
        if (texts == null || texts.isEmpty()) {
            errors.check(!required, field, "is required, as a map of language code to text");
            return;
        }
        for (String language : languages) {
            String text = texts.get(language);
            errors.check(text != null && !text.isBlank(), field + "." + language,
                    "is missing: every declared language needs its text");
        }
        for (String language : texts.keySet()) {
            errors.check(languages.contains(language), field + "." + language,
                    "is not one of the engagement's languages " + languages);
        }
    }

    private static void questions(List<EngagementDraft.QuestionDraft> questions, List<String> languages,
            FieldErrors errors) {
        if (!errors.check(questions != null && !questions.isEmpty(), "questions", "needs at least one question")) {
            return;
        }
        errors.check(questions.size() <= MAX_QUESTIONS, "questions", "has more than " + MAX_QUESTIONS + " questions");
        for (int i = 0; i < questions.size(); i++) {
            EngagementDraft.QuestionDraft q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                errors.add(at, "is empty");
                continue;
            }
            errors.check(q.type() != null, at + ".type",
                    "is required (SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, RATING, NUMBER, FREE_TEXT)");
            texts(q.text(), at + ".text", languages, true, errors);
            options(q, at, languages, errors);
        }
    }

    private static void options(EngagementDraft.QuestionDraft q, String at, List<String> languages, FieldErrors errors) {
        List<Map<String, String>> options = q.options() == null ? List.of() : q.options();
        if (q.type() == null) {
            return;
        }
        if (!q.type().hasOwnOptions()) {
            errors.check(options.isEmpty(), at + ".options", "must be empty for " + q.type() + " questions");
            return;
        }
        errors.check(options.size() >= 2 && options.size() <= MAX_OPTIONS, at + ".options",
                "needs between 2 and " + MAX_OPTIONS + " options for " + q.type());
        for (int o = 0; o < options.size(); o++) {
            texts(options.get(o), at + ".options[" + o + "]", languages, true, errors);
        }
    }
}
