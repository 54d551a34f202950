package org.practica.documents;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetXlsxTest {

    @Test
    void tablesBecomeSheetsWithNumbersAsNumbersAndEverythingElseAsText() throws Exception {
        byte[] xlsx = SpreadsheetXlsx.of(List.of(
                new SpreadsheetXlsx.Table("People trained", List.of("Month", "People"), List.of(List.of("2026-11", 12), List.of("2026-12", "<5"))),
                new SpreadsheetXlsx.Table("People trained", List.of("Month", "People"), List.of()),
                new SpreadsheetXlsx.Table("Hours: per [month]?", List.of("Month", "Hours"), List.of(List.of("=SUM(A1)", 7.5)))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("People trained (2)", book.getSheetName(1), "names stay unique");
            Sheet trained = book.getSheetAt(0);
            assertEquals("People", trained.getRow(0).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, trained.getRow(1).getCell(1).getCellType());
            assertEquals(12.0, trained.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("<5", trained.getRow(2).getCell(1).getStringCellValue());
            Sheet hours = book.getSheetAt(2);
            assertEquals(CellType.STRING, hours.getRow(1).getCell(0).getCellType(), "a formula-like text stays text");
            assertEquals(7.5, hours.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(-1, book.getSheetName(2).indexOf('['), book.getSheetName(2));
        }
    }
}
