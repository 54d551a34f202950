package org.practica.server.api.assessments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practica.assessments.application.BankView;
import org.practica.assessments.application.ImportOutcome;
import org.practica.assessments.application.BankTranslations;
import org.practica.assessments.application.QuestionBanks;
import org.practica.documents.Xliff;
import org.practica.server.api.support.TranslationFiles;
import org.practica.assessments.application.QuestionDraft;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.application.RevisedQuestion;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.exchange.ExchangeFile;
import org.practica.assessments.domain.exchange.ExchangeFormat;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.question.QuestionTexts;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.Role;
import org.practica.server.api.support.Problem;
import org.practica.server.api.support.ProblemResponses;
import org.practica.server.api.support.RequestBody;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Question banks of a course: open, import GIFT or Moodle XML (preview first), list, export. */
@Path("/question-banks")
@Tag(name = "Question banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TRAINER_NAME)
public class QuestionBanksResource {

    @Inject
    QuestionBanks banks;

    @Inject
    BankTranslations translations;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record NewBank(Long courseId, String name) {
    }

    public record ImportError(int line, String message) {
    }

    /** warnings: what each question's trainer should look at again, though it was read (credits that do not add up...). */
    @JsonbPropertyOrder({"imported", "valid", "errors", "warnings", "questions"})
    public record ImportReply(int imported, int valid, List<ImportError> errors, List<ImportError> warnings,
                              List<ImportOutcome.PreviewLine> questions) {
    }

    /** A refused import is a problem (RFC 9457) that also lists what was wrong, line by line. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "imported", "valid", "errors"})
    public record ImportRefused(String type, String title, int status, String detail, String instance,
                                int imported, int valid, List<ImportError> errors) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a question bank in a course the caller authors")
    public Response open(NewBank body) {
        NewBank b = RequestBody.required(body);
        BankView bank = banks.open(caller.get(), new CourseId(RequestBody.required("courseId", b.courseId())), b.name());
        return Response.created(URI.create("question-banks/" + bank.id())).entity(bank).build();
    }

    @GET
    @Operation(summary = "The question banks of a course")
    public List<BankView> ofCourse(@QueryParam("course") Long course) {
        return banks.of(caller.get(), new CourseId(RequestBody.required("course", course)));
    }

    @GET
    @Path("/{bankId}")
    @Operation(summary = "One question bank")
    public BankView bank(@PathParam("bankId") long bankId) {
        return banks.bank(caller.get(), new BankId(bankId));
    }

    @PUT
    @Path("/{bankId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a question bank (the name stays unique in its course: 409 otherwise)")
    public BankView rename(@PathParam("bankId") long bankId, BankName body) {
        return banks.rename(caller.get(), new BankId(bankId), RequestBody.required(body).name());
    }

    @DELETE
    @Path("/{bankId}")
    @Operation(summary = "Delete a question bank with its questions; 409 naming the quizzes while any draws from it")
    public Response delete(@PathParam("bankId") long bankId) {
        banks.delete(caller.get(), new BankId(bankId));
        return Response.noContent().build();
    }

    /** A bank's new name. */
    public record BankName(String name) {
    }

    @POST
    @Path("/{bankId}/imports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import questions from a GIFT or Moodle XML file sent as the body. mode=preview reads and "
            + "reports without storing; mode=all (default) stores everything or, when any question has a problem, "
            + "nothing (422); mode=valid stores the questions that could be read")
    public Response importFile(@PathParam("bankId") long bankId, @QueryParam("format") String format,
                               @QueryParam("mode") @DefaultValue("all") String mode,
                               @QueryParam("language") String language, InputStream body) {
        ExchangeFormat f = ExchangeFormat.of(format);
        String content = limited(body);
        if (content == null) {
            return ProblemResponses.simple(413, "too-large", "problem.tooLarge", "exchange.file.tooLarge", headers, uri,
                    QuestionBanks.MAX_FILE_CHARS / (1024 * 1024));
        }
        BankId id = new BankId(bankId);
        ImportOutcome outcome = switch (mode) {
            case "preview" -> banks.preview(caller.get(), id, f, content);
            case "all", "valid" -> banks.importQuestions(caller.get(), id, f, content,
                    language == null || language.isBlank() ? caller.reader(null) : ContentLanguage.of("language", language),
                    mode.equals("valid"));
            default -> throw new InvalidInput("mode", "exchange.mode.unknown", mode);
        };
        Locale locale = ProblemResponses.locale(headers);
        List<ImportError> errors = outcome.problems().stream().map(p -> error(p, locale)).toList();
        if (outcome.refused()) {
            String title = Messages.get(locale, "problem.importRefused");
            String detail = Messages.get(locale, "exchange.refused", errors.size(), outcome.valid());
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportRefused(
                    "https://practica.example/problems/import-refused", title, 422, detail, uri.getRequestUri().getPath(),
                    0, outcome.valid(), errors)).build();
        }
        List<ImportError> warnings = outcome.questions().stream().flatMap(q -> q.preview().cautions().stream()
                .map(c -> new ImportError(q.line(), Messages.get(locale, c.messageKey(), c.arguments().toArray())))).toList();
        ImportReply reply = new ImportReply(outcome.imported(), outcome.valid(), errors, warnings, outcome.questions());
        return Response.status(mode.equals("preview") ? 200 : 201).entity(reply).build();
    }

    @GET
    @Path("/{bankId}/questions")
    @Operation(summary = "Every question of a bank with its answers, credits (fractions from -1 to 1) and feedback")
    public List<QuestionView> questions(@PathParam("bankId") long bankId) {
        return banks.questions(caller.get(), new BankId(bankId));
    }

    @POST
    @Path("/{bankId}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new question in the shape the questions are read in (type, text, format, answers with "
            + "fraction from -1 to 1 and feedback, pairs, units); language defaults to the trainer's")
    public Response write(@PathParam("bankId") long bankId, @QueryParam("language") String language, QuestionDraft body) {
        QuestionView written = banks.write(caller.get(), new BankId(bankId), RequestBody.required(body),
                language == null || language.isBlank() ? caller.reader(null) : ContentLanguage.of("language", language));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(written.id())).build()).entity(written).build();
    }

    @GET
    @Path("/{bankId}/translations/{language}")
    @Produces(Xliff.MEDIA_TYPE)
    @Operation(summary = "The bank's questions written in 'from' (else its most used language) as XLIFF 2.0, for translation "
            + "into the language given; words already translated come as targets")
    public Response exportTranslation(@PathParam("bankId") long bankId, @PathParam("language") String language,
                                      @QueryParam("from") String from) {
        return TranslationFiles.download(translations.export(caller.get(), new BankId(bankId), from, language), "bank-" + bankId, language);
    }

    @POST
    @Path("/{bankId}/translations")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Bring back a translated XLIFF 2.0 file as the questions' words in its target language. Units whose "
            + "source changed since the export are refused by id, and a question is translated only when all its units are")
    public Response importTranslation(@PathParam("bankId") long bankId, InputStream body) {
        return TranslationFiles.upload(body, BankTranslations.MAX_FILE_BYTES, headers, uri,
                file -> translations.importTranslation(caller.get(), new BankId(bankId), file));
    }

    @GET
    @Path("/{bankId}/questions/{questionId}")
    @Operation(summary = "One question of a bank")
    public QuestionView question(@PathParam("bankId") long bankId, @PathParam("questionId") long questionId) {
        return banks.question(caller.get(), new BankId(bankId), questionId);
    }

    @PUT
    @Path("/{bankId}/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a question with a new version; attempts already started keep theirs. Translations "
            + "that no longer fit (answers added or removed) are dropped and listed in translationsDropped")
    public RevisedQuestion revise(@PathParam("bankId") long bankId, @PathParam("questionId") long questionId, QuestionDraft body) {
        return banks.revise(caller.get(), new BankId(bankId), questionId, RequestBody.required(body));
    }

    @GET
    @Path("/{bankId}/questions/{questionId}/translations/{language}")
    @Operation(summary = "A question's words in another language, as they were given")
    public QuestionTexts translation(@PathParam("bankId") long bankId, @PathParam("questionId") long questionId,
                                     @PathParam("language") String language) {
        return banks.translation(caller.get(), new BankId(bankId), questionId, ContentLanguage.of("language", language))
                .orElseThrow(() -> new NotFound("question.translation.none"));
    }

    @PUT
    @Path("/{bankId}/questions/{questionId}/translations/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace a question's words in another language: text, general feedback, and each answer's "
            + "(or matching pair's) text and feedback in the original's order; credits stay the original's")
    public QuestionView translate(@PathParam("bankId") long bankId, @PathParam("questionId") long questionId,
                                  @PathParam("language") String language, QuestionTexts body) {
        return banks.translate(caller.get(), new BankId(bankId), questionId, ContentLanguage.of("language", language),
                RequestBody.required(body));
    }

    @GET
    @Path("/{bankId}/export")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML})
    @Operation(summary = "The bank as a Moodle XML file, which imports back to the same questions with their files, or as GIFT, "
            + "which cannot carry everything: see export-losses for what each question would lose")
    public Response export(@PathParam("bankId") long bankId, @QueryParam("format") String format) {
        ExchangeFormat f = ExchangeFormat.of(format);
        String file = banks.export(caller.get(), new BankId(bankId), f);
        return Response.ok(file, f.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"question-bank-" + bankId + f.extension() + "\"")
                .build();
    }

    /** One thing a question would lose in an export, said in the caller's language. */
    public record ExportLoss(String question, String message) {
    }

    @GET
    @Path("/{bankId}/export-losses")
    @Operation(summary = "What exporting the bank in a format would lose, question by question: nothing for Moodle XML; "
            + "for GIFT, hints, penalties, combined feedback, units, essay settings, files and the like")
    public List<ExportLoss> exportLosses(@PathParam("bankId") long bankId, @QueryParam("format") String format) {
        Locale locale = ProblemResponses.locale(headers);
        return banks.exportLosses(caller.get(), new BankId(bankId), ExchangeFormat.of(format)).stream()
                .map(c -> new ExportLoss(String.valueOf(c.arguments().get(0)), Messages.get(locale, c.messageKey(), c.arguments().toArray())))
                .toList();
    }

    private static ImportError error(ImportProblem p, Locale locale) {
        return new ImportError(p.line(), Messages.get(locale, p.messageKey(), p.arguments().toArray()));
    }

    /** The body as text, or null when it is larger than an import may be; never reads more than that. */
    private static String limited(InputStream body) {
        if (body == null) {
            throw new InvalidInput("file", "exchange.file.empty");
        }
        try {
            byte[] bytes = body.readNBytes(QuestionBanks.MAX_FILE_CHARS + 1);
            if (bytes.length > QuestionBanks.MAX_FILE_CHARS) {
                return null;
            }
            return ExchangeFile.decoded(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
