package org.sawt.engagement;

/** The kinds of participation an agency can run. */
public enum EngagementType {
    POLL, QUESTIONNAIRE, VOTE, RATING, IDEAS, CONSULTATION
}
