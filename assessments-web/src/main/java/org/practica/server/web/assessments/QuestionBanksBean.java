package org.practica.server.web.assessments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.practica.assessments.application.BankView;
import org.practica.assessments.application.ImportOutcome;
import org.practica.assessments.application.QuestionBanks;
import org.practica.assessments.application.QuestionView;
import org.practica.assessments.domain.bank.BankId;
import org.practica.assessments.domain.exchange.ExchangeFile;
import org.practica.assessments.domain.exchange.ExchangeFormat;
import org.practica.assessments.domain.exchange.ImportProblem;
import org.practica.assessments.domain.question.Caution;
import org.practica.courses.domain.course.CourseId;
import org.practica.identity.application.Caller;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.server.web.support.FacesFeedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The question banks of a course (page author/questions.xhtml): opening a bank, importing a GIFT
 * or Moodle XML file after a preview, and the questions a bank holds.
 */
@Named("questionBanks")
@ViewScoped
public class QuestionBanksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBanks banks;

    @Inject
    transient Caller caller;

    private Long id;
    private Long bank;
    private String bankName;
    private String newName;
    private String format = ExchangeFormat.GIFT.code();
    private transient Part file;
    /** The file being previewed, kept until the trainer decides; never more than the import limit. */
    private String pending;
    private ImportOutcome preview;
    private String written;
    private transient List<BankView> all;
    private transient BankView current;
    private transient List<QuestionView> questions;
    private String search;

    public void load() {
        if (id == null) {
            FacesFeedback.error("course.notFound");
            return;
        }
        try {
            all = banks.of(caller.get(), new CourseId(id));
            if (bank != null) {
                current = banks.bank(caller.get(), new BankId(bank));
                if (current.courseId() != id) {
                    throw new NotFound("bank.notFound");
                }
                String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
                questions = banks.questions(caller.get(), new BankId(bank)).stream().filter(q -> holds(q, wanted)).toList();
            }
        } catch (InvalidInput | NotFound | NotPermitted e) {
            all = null;
            current = null;
            FacesFeedback.refused("bankForm", e);
        }
    }

    /** Whether the question's name, category or text holds the words searched for (lower-cased; blank holds everywhere). */
    private static boolean holds(QuestionView q, String wanted) {
        return wanted.isEmpty() || (q.name() + "\n" + q.category() + "\n" + q.text()).toLowerCase(Locale.ROOT).contains(wanted);
    }

    public String rename() {
        try {
            BankView renamed = banks.rename(caller.get(), new BankId(bank), newName);
            FacesFeedback.infoAfterRedirect("bank.renamed", renamed.name());
            return self(renamed.id());
        } catch (InvalidInput e) {
            FacesFeedback.refused("renameForm", e);
            return null;
        }
    }

    public String delete() {
        try {
            String name = banks.bank(caller.get(), new BankId(bank)).name();
            banks.delete(caller.get(), new BankId(bank));
            FacesFeedback.infoAfterRedirect("bank.deleted", name);
            return "/author/questions.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FacesFeedback.refused("deleteForm", e);
            return null;
        }
    }

    public String getNewName() { return newName == null && current != null ? current.name() : newName; }
    public void setNewName(String newName) { this.newName = newName; }

    public String open() {
        BankView opened = banks.open(caller.get(), new CourseId(id), bankName);
        FacesFeedback.infoAfterRedirect("bank.opened", opened.name());
        return self(opened.id());
    }

    /** Reads the chosen file and shows what it holds; nothing is stored yet. */
    public String previewFile() {
        preview = null;
        pending = null;
        if (file == null || file.getSize() == 0) {
            FacesFeedback.atField("importForm", new InvalidInput("file", "exchange.file.empty"));
            return null;
        }
        if (file.getSize() > QuestionBanks.MAX_FILE_CHARS) {
            FacesFeedback.atField("importForm", new InvalidInput("file", "exchange.file.tooLarge", QuestionBanks.MAX_FILE_CHARS / (1024 * 1024)));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            String content = ExchangeFile.decoded(in.readAllBytes());
            // a Moodle XML file chosen as GIFT is still read as what it is, and imported so too
            format = ExchangeFormat.recognised(format, content).code();
            preview = banks.preview(caller.get(), new BankId(bank), ExchangeFormat.of(format), content);
            pending = content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInput | NotFound | NotPermitted e) {
            FacesFeedback.refused("importForm", e);
        }
        return null;
    }

    public String importAll() {
        return importPending(false);
    }

    public String importValid() {
        return importPending(true);
    }

    private String importPending(boolean validOnly) {
        if (pending == null) {
            FacesFeedback.error("exchange.file.empty");
            return null;
        }
        ImportOutcome done = banks.importQuestions(caller.get(), new BankId(bank), ExchangeFormat.of(format), pending,
                caller.reader(null), validOnly);
        if (done.refused()) {
            preview = done;
            FacesFeedback.error("exchange.refused", done.problems().size(), done.valid());
            return null;
        }
        pending = null;
        preview = null;
        FacesFeedback.infoAfterRedirect("bank.imported", done.imported());
        return self(bank);
    }

    /** One question written by hand in GIFT, stored at once if it reads without problems. */
    public String addWritten() {
        if (written == null || written.isBlank()) {
            FacesFeedback.atField("writeForm", new InvalidInput("written", "validation.required"));
            return null;
        }
        ImportOutcome done = banks.importQuestions(caller.get(), new BankId(bank), ExchangeFormat.GIFT, written,
                caller.reader(null), false);
        if (done.refused() || done.imported() == 0) {
            ImportProblem first = done.problems().isEmpty() ? null : done.problems().get(0);
            FacesFeedback.atField("writeForm", first == null ? new InvalidInput("written", "exchange.file.empty")
                    : new InvalidInput("written", first.messageKey(), first.arguments().toArray()));
            return null;
        }
        FacesFeedback.infoAfterRedirect("bank.imported", done.imported());
        return self(bank);
    }

    public String getWritten() { return written; }
    public void setWritten(String written) { this.written = written; }

    public String cancelPreview() {
        pending = null;
        preview = null;
        return null;
    }

    /** A problem of the preview in the page's language. */
    public String caution(Caution c) {
        return FacesFeedback.text(c.messageKey(), c.arguments().toArray());
    }

    public String message(ImportProblem p) {
        return FacesFeedback.text(p.messageKey(), p.arguments().toArray());
    }

    private String self(long bankId) {
        return "/author/questions.xhtml?faces-redirect=true&id=" + id + "&bank=" + bankId;
    }

    /** What a GIFT export of the bank would lose, said beside its link. */
    public List<String> getGiftLosses() {
        if (giftLosses == null) {
            giftLosses = bank == null ? List.of() : banks.exportLosses(caller.get(), new BankId(bank), ExchangeFormat.GIFT).stream()
                    .map(this::caution).toList();
        }
        return giftLosses;
    }

    private List<String> giftLosses;

    public String exportUrl(String code) {
        return "/api/v1/question-banks/" + bank + "/export?format=" + code;
    }

    public List<BankView> getAll() { return all; }
    public BankView getCurrent() { return current; }
    public List<QuestionView> getQuestions() { return questions; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search == null || search.length() <= 200 ? search : search.substring(0, 200); }
    public ImportOutcome getPreview() { return preview; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getBank() { return bank; }
    public void setBank(Long bank) { this.bank = bank; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
