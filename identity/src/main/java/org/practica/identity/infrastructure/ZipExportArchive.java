package org.practica.identity.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.practica.documents.PageText;
import org.practica.documents.PrintFonts;
import org.practica.documents.Wording;
import org.practica.documents.Wordings;
import org.practica.identity.domain.export.ExportArchive;
import org.practica.kernel.PersonalData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A person's data as one ZIP: {@code <part>.json} for programs (indented, UTF-8, times in UTC as
 * ISO 8601), {@code summary.pdf} for people (what each part holds, in their language and time
 * zone), and each part's documents as they were issued.
 */
@ApplicationScoped
public class ZipExportArchive implements ExportArchive {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true));

    @Inject
    Wordings wordings;

    @Override
    public byte[] write(Owner owner, Map<String, PersonalData.Records> parts, Instant preparedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "summary.pdf", summary(owner, parts, preparedAt));
            for (Map.Entry<String, PersonalData.Records> part : parts.entrySet()) {
                entry(zip, part.getKey() + ".json", JSON.toJson(part.getValue().data()).getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> file : new TreeMap<>(part.getValue().files()).entrySet()) {
                    entry(zip, file.getKey(), file.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private byte[] summary(Owner owner, Map<String, PersonalData.Records> parts, Instant preparedAt) {
        Wording words = wordings.in(owner.locale());
        Font title = PrintFonts.bold(16);
        Font heading = PrintFonts.bold(11);
        Font body = PrintFonts.regular(10);
        Font small = PrintFonts.muted(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(words.of("export.summary.title"));
        doc.addCreator(words.of("app.name"));
        doc.open();
        float width = PageSize.A4.getWidth() - 96;
        PageText.paragraph(doc, words, words.of("export.summary.title"), title, width, 0);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(owner.locale())
                .format(preparedAt.atZone(owner.zone()));
        PageText.paragraph(doc, words, words.of("export.summary.for", owner.displayName(), owner.username(), when, owner.zone().getId()), body, width, 0);
        PageText.paragraph(doc, words, words.of("export.summary.about"), small, width, 0);
        for (Map.Entry<String, PersonalData.Records> part : parts.entrySet()) {
            PageText.paragraph(doc, words, words.of("export.part." + part.getKey()) + " · " + part.getKey() + ".json", heading, width, 12);
            PdfPTable counts = PageText.table(words, new float[] {4, 1});
            for (Map.Entry<String, Integer> count : new TreeMap<>(part.getValue().counts()).entrySet()) {
                counts.addCell(cell(words.of("export.count." + count.getKey()), body));
                counts.addCell(cell(words.of("export.number", count.getValue()), body));
            }
            if (!part.getValue().files().isEmpty()) {
                counts.addCell(cell(words.of("export.count.files"), body));
                counts.addCell(cell(words.of("export.number", part.getValue().files().size()), body));
            }
            doc.add(counts);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new com.lowagie.text.Phrase(text, font));
        cell.setBorderWidth(0.3f);
        cell.setPadding(4);
        return cell;
    }
}
