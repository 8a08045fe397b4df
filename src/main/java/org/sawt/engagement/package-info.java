/** Engagements (polls, questionnaires, votes, ratings, ideas, consultations) and their lifecycle. */
package org.sawt.engagement;
