package org.practica.assessments.domain.question;

import org.practica.kernel.InvalidInput;

import java.util.Set;

/**
 * How an essay is to be answered, as Moodle sets it: the kind of field (rich editor, plain,
 * monospaced, none), whether text is required, the field's height in lines, how many attachments
 * are allowed and required (-1: any number), word limits, the largest file and its types, the
 * information for graders and the template the answer starts from.
 */
public record EssayResponse(String format, boolean required, int fieldLines, int attachments, int attachmentsRequired,
                            Integer minWords, Integer maxWords, long maxBytes, String fileTypes,
                            FormattedText graderInfo, FormattedText template) {

    public static final Set<String> FORMATS = Set.of("editor", "editorfilepicker", "plain", "monospaced", "noinline");

    public EssayResponse {
        format = format == null || format.isBlank() ? "editor" : format.strip();
        if (!FORMATS.contains(format)) {
            throw new InvalidInput("responseformat", "question.essay.format", format);
        }
        if (fieldLines < 0 || attachments < -1 || attachmentsRequired < 0 || maxBytes < 0) {
            throw new InvalidInput("attachments", "question.essay.limits");
        }
        if (minWords != null && maxWords != null && minWords > maxWords) {
            throw new InvalidInput("maxwordlimit", "question.essay.words", minWords, maxWords);
        }
        fileTypes = fileTypes == null ? "" : fileTypes.strip();
        graderInfo = graderInfo == null ? FormattedText.empty(TextFormat.HTML) : graderInfo;
        template = template == null ? FormattedText.empty(TextFormat.HTML) : template;
    }

    /** What Moodle's importer gives an essay that says nothing of its response. */
    public static EssayResponse defaults(TextFormat format) {
        return new EssayResponse("editor", true, 15, 0, 0, null, null, 0, "", FormattedText.empty(format), FormattedText.empty(format));
    }
}
