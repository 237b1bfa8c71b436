package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.hxl.HxlSamplesTest.file;
import static org.responseplan.imports.hxl.HxlSamplesTest.stream;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/** Bad input of every kind gives findings, never an exception. */
class MalformedInputTest {
  private static final HxlReader READER = HxlReader.create().withDefaultMonth(YearMonth.of(2022, 1));

  /** Every reader and the aggregation on the bytes; none may throw. */
  private static void readAll(byte[] bytes) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      ImportResult<HxlTable> t = READER.readTable(new ByteArrayInputStream(bytes));
      READER.readActivityReports(new ByteArrayInputStream(bytes));
      READER.readPeopleFigures(new ByteArrayInputStream(bytes));
      READER.readIndicatorTable(new ByteArrayInputStream(bytes));
      HxlTable table = t.value();
      for (HxlTable.Column c : table.columns()) {
        if (c.tag() != null) {
          HxlAggregate.sum(table, List.of(c.tag()), c.tag());
        }
      }
      HxlWriter.toHxl(table);
      t.report().toText();
    });
  }

  @Test
  void emptyAndNearlyEmptyInput() {
    for (String s : List.of("", "\n", "\r\n\r\n", ",,,\n,,,", "#", "# \n1", "\uFEFF", "#org", "#org\n\n\n",
        "#org,#org,#org\n,,\n", "#reached+new\n-0\n", "\"")) {
      readAll(s.getBytes(StandardCharsets.UTF_8));
    }
    ImportResult<HxlTable> empty = READER.readTable(stream(""));
    assertEquals(Rule.UNREADABLE, empty.report().findings().get(0).rule());
  }

  @Test
  void unclosedQuoteKeepsTheRowsBefore() {
    ImportResult<HxlTable> r = READER.readTable(stream("#org,#adm1\nA,B\nC,\"D\nE,F\n"));
    assertEquals(1, r.value().rows().size());
    Finding f = r.report().findings().get(0);
    assertEquals(Rule.UNREADABLE, f.rule());
    assertTrue(f.message().contains("not closed"), f.message());
  }

  @Test
  void aMissingFileIsAFinding() {
    ImportResult<HxlTable> r = READER.readTable(Path.of("no-such-dir", "no-such-file.csv"));
    assertTrue(r.value().columns().isEmpty());
    assertEquals(Rule.UNREADABLE, r.report().findings().get(0).rule());
    assertTrue(r.report().findings().get(0).message().contains("no-such-file.csv"));
  }

  @Test
  void strangeHashtagRows() {
    StringBuilder manyAttributes = new StringBuilder("#reached");
    for (int i = 0; i < 5000; i++) {
      manyAttributes.append("+a").append(i);
    }
    for (String s : List.of("#a+,#b\n1,2", "#1,#b\n1,2", "#org,#org+x+,#x_sex,#x_age\nA,1,zz,qq\n",
        manyAttributes + ",#country+code,#sector\n1,COL,x\n", "#population+sex,#population+age,#reached\nf,,1\n,5-2,1\n",
        "#sector,#country+code,#date+month,#reached+new\nx,COL,2022-02-30,1\nx,COL,99999-01,1\nx,COL,1899-12,1\n",
        "#sector,#country+code,#reached+new\nx,COL,99999999999999999999999999\nx,COL,1e5\nx,COL,1.0\n",
        "#inneed+f+m,#inneed+idps+refugees,#inneed+children+adults,#inneed+age200_300\n1,2,3,4\n")) {
      readAll(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void numbersThatAreNotCountsAreFindings() {
    ImportResult<?> r = READER.readActivityReports(stream(
        "#sector,#country+code,#reached+new\nx,COL,99999999999999999999999999\nx,COL,1e5\nx,COL,1.0\nx,COL,1.234\n"));
    // 1e5 and 1.0 are whole numbers, counts by the shared rules (docs/formats/values.md); the number too large for a
    // count and the fraction 1.234 are not.
    assertEquals(2, r.report().findings().stream().filter(f -> f.rule() == Rule.INVALID_VALUE).count(),
        r.report().toText());
    assertEquals(2, r.report().count(Action.SKIPPED, "#reached+new"));
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(20221128);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[random.nextInt(400)];
      random.nextBytes(b);
      readAll(b);
    }
  }

  @Test
  void damagedSamplesNeverThrow() throws Exception {
    Random random = new Random(42);
    for (String name : List.of("test_io-input-valid.csv", "test_io-input-fuzzy.csv", "5w-wide.csv", "5w-long.csv",
        "people-by-area.csv", "test_scripts-input-simple.csv")) {
      byte[] original = Files.readAllBytes(file(name));
      readAll(original);
      byte[] alphabet = "#+,\"\r\n -0123456789abcfmi".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 150; i++) {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
          b[random.nextInt(b.length)] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)]
              : (byte) random.nextInt(256);
        }
        readAll(b);
      }
    }
  }

  @Test
  void noHashtagRowInTheFirst25Rows() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      s.append("header ").append(i).append('\n');
    }
    s.append("#org\nA\n");
    ImportResult<HxlTable> r = READER.readTable(stream(s.toString()));
    assertTrue(r.value().columns().isEmpty());
    assertEquals(27, r.report().count(Action.SKIPPED, "row"));
    ImportResult<HxlTable> found = READER.readTable(stream(s.substring(s.indexOf("\n") + 1)));
    assertFalse(found.value().columns().isEmpty());
    assertEquals(25, found.value().hashtagLine());
  }
}
