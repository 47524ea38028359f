package org.kitabruecke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the team opens in a spreadsheet runs nothing: a cell that starts like a formula is exported as text. */
class CsvCellTest {

    @Test
    void aTextThatLooksLikeAFormulaIsExportedAsText() {
        assertThat(QuarterlyFigures.cell("=HYPERLINK(\"http://evil.example\",\"Mitte\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Mitte\"\")\"");
        assertThat(QuarterlyFigures.cell("+49 151")).isEqualTo("\"'+49 151\"");
        assertThat(QuarterlyFigures.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(QuarterlyFigures.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(QuarterlyFigures.cell("\tx")).isEqualTo("\"'\tx\"");
    }

    @Test
    void ordinaryTextsStayAsTheyAre() {
        assertThat(QuarterlyFigures.cell("Wattenscheid")).isEqualTo("Wattenscheid");
        assertThat(QuarterlyFigures.cell("Geld; Miete")).isEqualTo("\"Geld; Miete\"");
        assertThat(QuarterlyFigures.cell("Kurdisch (Sorani)")).isEqualTo("Kurdisch (Sorani)");
    }
}
