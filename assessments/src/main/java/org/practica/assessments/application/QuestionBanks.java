package org.practica.assessments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.bank.Question;
import org.practica.assessments.domain.bank.QuestionBank;
import org.practica.assessments.domain.bank.QuestionBankRepository;
import org.practica.assessments.domain.bank.QuestionRepository;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.assessments.domain.quiz.QuizRepository;
import org.practica.assessments.domain.exchange.ExchangeFormat;
import org.practica.assessments.domain.exchange.ExportedQuestion;
import org.practica.assessments.domain.exchange.GiftLimits;
import org.practica.assessments.domain.exchange.ImportPreview;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.exchange.ImportedQuestion;
import org.practica.assessments.domain.exchange.QuestionFormats;
import org.practica.assessments.domain.question.Caution;
import org.practica.assessments.domain.question.QuestionDefinition;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.courses.application.CourseAuthoring;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.Conflict;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.time.Clock;
import java.util.List;

/**
 * Question banks of a course and the questions in them, for the course's trainers: opening banks,
 * importing GIFT and Moodle XML (a preview first; valid questions only when the trainer says so;
 * otherwise all or nothing), listing and exporting.
 */
@ApplicationScoped
@Transactional
public class QuestionBanks {

    /** About 20,000 questions of ordinary length; a larger file is almost certainly a mistake. */
    public static final int MAX_FILE_CHARS = 5 * 1024 * 1024;

    @Inject
    QuestionBankRepository banks;

    @Inject
    QuestionRepository questions;

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionFormats formats;

    @Inject
    CourseAuthoring authoring;

    @Inject
    QuestionFiles files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public BankView open(Actor trainer, CourseId course, String name) {
        authoring.requireAuthor(trainer, course);
        QuestionBank bank = new QuestionBank(course, name, trainer.username(), clock.instant());
        if (banks.nameTaken(course, bank.name())) {
            throw new Conflict("name", "bank.nameTaken");
        }
        banks.add(bank);
        audit.record(trainer.username(), "bank.opened", subject(bank.id()), bank.name());
        return new BankView(bank.id().value(), course.value(), bank.name(), 0);
    }

    /** A new name, unique in the course like the first. */
    public BankView rename(Actor trainer, BankId id, String name) {
        QuestionBank bank = authored(trainer, id);
        String wanted = QuestionBank.nameOf(name);
        // checked before the change, which a query would otherwise write first
        if (!wanted.equalsIgnoreCase(bank.name()) && banks.nameTaken(bank.courseId(), wanted)) {
            throw new Conflict("name", "bank.nameTaken");
        }
        bank.rename(wanted);
        audit.record(trainer.username(), "bank.renamed", subject(id), bank.name());
        return new BankView(id.value(), bank.courseId().value(), bank.name(), questions.count(id));
    }

    /** Deletes the bank and its questions; refused, naming them, while quizzes draw from it. */
    public void delete(Actor trainer, BankId id) {
        QuestionBank bank = authored(trainer, id);
        List<Quiz> drawing = quizzes.drawingFrom(id);
        if (!drawing.isEmpty()) {
            throw new Conflict("bank", "bank.inUse", drawing.size(),
                    drawing.stream().map(q -> "«" + q.title() + "»").collect(java.util.stream.Collectors.joining(", ")));
        }
        long count = questions.count(id);
        banks.remove(bank);
        audit.record(trainer.username(), "bank.deleted", subject(id), bank.name() + ", " + count + " question(s)");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankView> of(Actor trainer, CourseId course) {
        authoring.requireAuthor(trainer, course);
        return banks.of(course).stream()
                .map(b -> new BankView(b.id().value(), course.value(), b.name(), questions.count(b.id()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BankView bank(Actor trainer, BankId id) {
        QuestionBank bank = authored(trainer, id);
        return new BankView(id.value(), bank.courseId().value(), bank.name(), questions.count(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportOutcome preview(Actor trainer, BankId id, ExchangeFormat format, String content) {
        QuestionBank bank = authored(trainer, id);
        ImportPreview preview = files.checked(trainer, bank.courseId(), read(format, content));
        return new ImportOutcome(0, preview.questions().size(), preview.problems(), lines(trainer, bank, preview), false);
    }

    /**
     * Stores the questions of a file in one transaction. With problems in the file nothing is
     * stored unless {@code validOnly} says to store the questions that could be read.
     */
    public ImportOutcome importQuestions(Actor trainer, BankId id, ExchangeFormat format, String content,
                                         ContentLanguage language, boolean validOnly) {
        QuestionBank bank = authored(trainer, id);
        ImportPreview preview = files.checked(trainer, bank.courseId(), read(format, content));
        if (!preview.clean() && (!validOnly || preview.questions().isEmpty())) {
            return new ImportOutcome(0, preview.questions().size(), preview.problems(), lines(trainer, bank, preview), true);
        }
        for (ImportedQuestion q : preview.questions()) {
            questions.add(new Question(id, q.category(), language, files.stored(trainer, bank.courseId(), q), clock.instant()));
        }
        bank.describe(preview.categories());
        audit.record(trainer.username(), "bank.imported", subject(id),
                preview.questions().size() + " question(s) from " + format.code() + ", " + preview.problems().size() + " problem(s)");
        return new ImportOutcome(preview.questions().size(), preview.questions().size(), preview.problems(), lines(trainer, bank, preview), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> questions(Actor trainer, BankId id) {
        authored(trainer, id);
        return questions.of(id).stream().map(QuestionView::of).toList();
    }

    /** One question as the editor and the API read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView question(Actor trainer, BankId bank, long questionId) {
        authored(trainer, bank);
        return QuestionView.of(inBank(bank, questionId));
    }

    /** A new question written in the editor or sent to the API, in the language the trainer names. */
    public QuestionView write(Actor trainer, BankId bank, QuestionDraft draft, ContentLanguage language) {
        authored(trainer, bank);
        Question question = new Question(bank, draft.categoryPath(), language, draft.toDefinition(), clock.instant());
        questions.add(question);
        audit.record(trainer.username(), "question.written", "question:" + question.id(), question.definition().type().name());
        return QuestionView.of(question);
    }

    /**
     * Replaces a question with the trainer's new version. Attempts already started keep the
     * version they were given; translations that no longer fit are dropped and named in the reply.
     */
    public RevisedQuestion revise(Actor trainer, BankId bank, long questionId, QuestionDraft draft) {
        authored(trainer, bank);
        Question question = inBank(bank, questionId);
        // what the form does not show (hints, tags, penalty... from Moodle) stays as it was
        QuestionDefinition revised = draft.details() != null ? draft.toDefinition()
                : draft.toDefinition().withDetails(question.definition().options().details());
        java.util.Set<String> dropped = question.revise(revised, draft.categoryPath(), clock.instant());
        audit.record(trainer.username(), "question.revised", "question:" + questionId,
                dropped.isEmpty() ? "" : "translations dropped: " + String.join(",", dropped));
        return new RevisedQuestion(QuestionView.of(question), List.copyOf(dropped));
    }

    private Question inBank(BankId bank, long questionId) {
        return questions.find(questionId).filter(q -> q.bankId().equals(bank))
                .orElseThrow(() -> new NotFound("question.notFound"));
    }

    /** A question's words in another language, if it has been translated into it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<QuestionTexts> translation(Actor trainer, BankId bank, long questionId, ContentLanguage language) {
        authored(trainer, bank);
        return inBank(bank, questionId).translationIn(language);
    }

    /** Adds or replaces a question's words in another language. */
    public QuestionView translate(Actor trainer, BankId bank, long questionId, ContentLanguage into, QuestionTexts texts) {
        authored(trainer, bank);
        Question question = inBank(bank, questionId);
        if (texts == null) {
            throw new InvalidInput("body", "body.required");
        }
        question.translate(into, texts, clock.instant());
        audit.record(trainer.username(), "question.translated", "question:" + questionId, into.code());
        return QuestionView.of(question);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(Actor trainer, BankId id, ExchangeFormat format) {
        QuestionBank bank = authored(trainer, id);
        // GIFT has no way to carry files: its questions keep their links to this installation
        List<ExportedQuestion> all = questions.of(id).stream()
                .map(q -> format == ExchangeFormat.MOODLE_XML ? files.withFiles(trainer, bank.courseId(), q.category(), q.definition())
                        : new ExportedQuestion(q.category(), q.definition())).toList();
        return formats.writer(format).write(all, bank.categories());
    }

    /**
     * What exporting the bank in this format would lose, question by question: nothing for Moodle
     * XML; for GIFT, everything it has no words for ({@link GiftLimits}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Caution> exportLosses(Actor trainer, BankId id, ExchangeFormat format) {
        authored(trainer, id);
        if (format != ExchangeFormat.GIFT) {
            return List.of();
        }
        return questions.of(id).stream().flatMap(q -> GiftLimits.of(q.definition()).stream()).toList();
    }

    /** The bank, refused to anyone but the trainers who author its course (the check BankTranslations makes too). */
    QuestionBank authored(Actor trainer, BankId id) {
        QuestionBank bank = banks.find(id).orElseThrow(() -> new NotFound("bank.notFound"));
        authoring.requireAuthor(trainer, bank.courseId());
        return bank;
    }

    private ImportPreview read(ExchangeFormat format, String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidInput("file", "exchange.file.empty");
        }
        if (content.length() > MAX_FILE_CHARS) {
            throw new InvalidInput("file", "exchange.file.tooLarge", MAX_FILE_CHARS / (1024 * 1024));
        }
        ImportPreview read = formats.reader(format).read(content);
        if (read.questions().isEmpty() && read.problems().isEmpty()) {
            // a file of comments or categories only: nothing to store, which is not a success
            return ImportPreview.failed(ImportProblem.at(1, "exchange.file.noQuestions"));
        }
        return read;
    }

    private List<ImportOutcome.PreviewLine> lines(Actor trainer, QuestionBank bank, ImportPreview preview) {
        return preview.questions().stream().map(q -> new ImportOutcome.PreviewLine(q.line(), q.category().value(),
                q.definition().name(), q.definition().type().name(),
                QuestionPreview.of(q.definition()).showing(files.previewImages(trainer, bank.courseId(), q)))).toList();
    }

    private static String subject(BankId id) {
        return "question-bank:" + id.value();
    }
}
