package org.practica.documents;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An XLSX workbook of plain tables, one sheet each, for spreadsheet programs. Numbers are written
 * as numbers, so a reader can sum and chart them; every other value as text, never as a formula.
 * Sheet names are made safe (Excel allows 31 characters and no {@code []:*?/\}) and unique.
 */
public final class SpreadsheetXlsx {

    /** One sheet: its name, the column headings, and the rows. */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private SpreadsheetXlsx() {
    }

    public static byte[] of(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle heading = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = book.createSheet(unique(WorkbookUtil.createSafeSheetName(table.name()), names));
                Row top = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = top.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(heading);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v != null) {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.header().get(c).length() + 2)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
