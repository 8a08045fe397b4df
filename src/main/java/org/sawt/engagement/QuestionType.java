package org.sawt.engagement;

/** How a question is answered; the names are fixed because the portal and automation rely on them. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, RATING, NUMBER, FREE_TEXT;

    /** Whether the question lists its own options (the others have implicit ones, or none). */
    public boolean hasOwnOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
