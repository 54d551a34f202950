package org.practica.monitoring.application;

import org.practica.monitoring.domain.KnowledgeGain;

import java.util.List;

/**
 * What one pre-test/post-test pair shows: the course and the two quizzes by name, the gain of the
 * people who sat both, and the gain question by question (question i of each). A gain of fewer
 * than five people is {@link KnowledgeGain#suppressed()}: none of its numbers may be shown.
 */
public record PairGain(long postTest, String course, String postTestTitle, String preTestTitle, KnowledgeGain overall,
                       List<KnowledgeGain> perQuestion) {
}
