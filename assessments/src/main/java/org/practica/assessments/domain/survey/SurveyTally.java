package org.practica.assessments.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a survey's responses add up to: per question how many answered, how many picked each option
 * (or each point of a 0-10 rating), the mean (a scale's points counted 1 to n), and, for an
 * anonymous survey only, the free words in alphabetical order so the order they came in is lost;
 * and how many of those asked about their practice said it changed.
 */
public record SurveyTally(long responses, List<QuestionTally> questions, long practiceChanged, long practiceAnswered) {

    public record QuestionTally(int index, SurveyQuestion question, long answered, List<Long> counts, BigDecimal mean, List<String> words) {
    }

    public static SurveyTally of(Survey survey, List<List<SurveyAnswer>> responses) {
        List<QuestionTally> tallies = new ArrayList<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            tallies.add(question(survey, i, responses));
        }
        long changed = 0;
        long told = 0;
        for (List<SurveyAnswer> answers : responses) {
            Boolean said = survey.practiceChanged(answers);
            if (said != null) {
                told++;
                changed += said ? 1 : 0;
            }
        }
        return new SurveyTally(responses.size(), tallies, changed, told);
    }

    private static QuestionTally question(Survey survey, int index, List<List<SurveyAnswer>> responses) {
        SurveyQuestion question = survey.questions().get(index);
        int points = question.kind() == SurveyQuestionKind.RATING ? 11 : question.options().size();
        long[] counts = new long[points];
        long answered = 0;
        long sum = 0;
        List<String> words = new ArrayList<>();
        for (List<SurveyAnswer> response : responses) {
            SurveyAnswer answer = index < response.size() ? response.get(index) : SurveyAnswer.none();
            if (!answer.given()) {
                continue;
            }
            answered++;
            switch (question.kind()) {
                case RATING -> {
                    counts[answer.rating()]++;
                    sum += answer.rating();
                }
                case FREE_TEXT -> {
                    if (survey.anonymous()) {
                        words.add(answer.text());
                    }
                }
                default -> answer.picks().forEach(p -> {
                    if (p < counts.length) {
                        counts[p]++;
                    }
                });
            }
            if (question.kind() == SurveyQuestionKind.LIKERT) {
                sum += answer.picks().get(0) + 1;
            }
        }
        BigDecimal mean = answered == 0 || !(question.kind() == SurveyQuestionKind.LIKERT || question.kind() == SurveyQuestionKind.RATING) ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
        words.sort(String::compareTo);
        List<Long> countList = new ArrayList<>();
        for (long c : counts) {
            countList.add(c);
        }
        return new QuestionTally(index, question, answered, question.kind() == SurveyQuestionKind.FREE_TEXT ? List.of() : countList, mean, words);
    }
}
