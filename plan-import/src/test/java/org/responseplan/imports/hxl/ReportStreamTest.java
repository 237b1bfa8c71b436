package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;

/**
 * {@link HxlReader#readActivityReports(Path, java.util.function.Consumer)}: report by report, in chunks, the same
 * reports in the same order and the very same import report (text included) as reading the whole file.
 */
class ReportStreamTest {
  @TempDir
  Path dir;

  private static void assertSameAsReadingAll(Path f) throws IOException {
    ImportResult<List<ActivityReport>> whole = HxlReader.create().readActivityReports(f);
    List<ActivityReport> streamed = new ArrayList<>();
    ImportReport report = HxlReader.create().readActivityReports(f, streamed::add);
    assertEquals(whole.value(), streamed, f.getFileName().toString());
    assertEquals(whole.report().toText(), report.toText(), f.getFileName().toString());
    assertEquals(whole.report(), report);
    if (Files.exists(f)) {
      List<ActivityReport> fromStream = new ArrayList<>();
      ImportReport r = HxlReader.create().readActivityReports(new ByteArrayInputStream(Files.readAllBytes(f)),
          fromStream::add);
      assertEquals(whole.value(), fromStream);
      assertEquals(whole.report().toText(), r.toText());
    }
  }

  @Test
  void theSamplesGiveWhatReadingTheWholeFileGives() throws IOException, URISyntaxException {
    for (String name : List.of("5w-wide.csv", "5w-long.csv", "5w-long-no-total.csv", "test_io-input-valid.csv",
        "test_io-input-invalid.csv", "test_io-input-fuzzy.csv", "test_io-input-multiple-headers.csv",
        "test_io-input-valid-latin1.csv", "people-by-area.csv")) {
      assertSameAsReadingAll(HxlSamplesTest.file(name));
    }
  }

  /**
   * A long-layout file whose rows of one report are far apart, with repeated rows, bad values, blank rows and a note
   * column no mapping reads: each row joins its report as it passes, and the reports and the report are those of
   * reading the whole file.
   */
  @Test
  void theLongLayoutStreamsRowByRowAndGivesWhatReadingTheWholeFileGives() throws IOException {
    java.util.Random r = new java.util.Random(5);
    String[] sexes = {"", "f", "m", "i", "x"};
    String[] ages = {"", "children", "adults"};
    StringBuilder b = new StringBuilder("#org+reporting,#sector+code,#country+code,#adm1+code,#date+month,"
        + "#population+sex,#population+age,#reached+new,#reached+total,#meta+note\n");
    for (int i = 0; i < 4 * ReportStream.CHUNK; i++) {
      int report = r.nextInt(300); // about 14 rows per report, anywhere in the file
      String count = r.nextInt(40) == 0 ? "-3" : r.nextInt(10) == 0 ? "" : Integer.toString(r.nextInt(500));
      b.append("ORG").append(report % 7).append(",WSH,").append(report % 2 == 0 ? "COL" : "PER").append(",A")
          .append(report % 13).append(",2024-").append(report % 9 + 1).append(',')
          .append(sexes[r.nextInt(sexes.length)]).append(',').append(ages[r.nextInt(ages.length)]).append(',')
          .append(count).append(',').append(r.nextInt(3) == 0 ? "" : Integer.toString(r.nextInt(900)))
          .append(',').append(r.nextInt(5) == 0 ? "note " + i : "").append('\n');
      if (r.nextInt(200) == 0) {
        b.append(",,,,,,,,,\n");
      }
    }
    Path f = dir.resolve("long.csv");
    Files.writeString(f, b.toString());
    assertSameAsReadingAll(f);
  }

  @Test
  void oddRowsAcrossManyChunksGiveWhatReadingTheWholeFileGives() throws IOException {
    Path f = dir.resolve("odd.csv");
    Files.writeString(f, ActivityStreamTest.file(11, 3 * ReportStream.CHUNK + 17));
    assertSameAsReadingAll(f);
  }

  @Test
  void unreadableAndUntaggedFilesAreReportedAsWhenReadWhole() throws IOException {
    Path unclosed = dir.resolve("unclosed.csv");
    Files.writeString(unclosed, HxlWriter.activityReportsToHxl(ActivityStreamTest.reports(3, 50))
        + "ORG1,IMPL1,WSH,\"open,COL\r\nmore\r\n");
    assertSameAsReadingAll(unclosed);
    Path noTags = dir.resolve("notags.csv");
    Files.writeString(noTags, "a,b\r\n1,2\r\n".repeat(30));
    assertSameAsReadingAll(noTags);
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, HxlWriter.activityReportsToHxl(ActivityStreamTest.reports(4, 50)).replace("ORG1", "Médicos")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertSameAsReadingAll(latin1);
    assertSameAsReadingAll(dir.resolve("missing.csv"));
  }

  @Test
  void aFailureOfTheConsumerIsItsOwnNotAFindingOfTheFile() throws IOException {
    Path f = dir.resolve("plain.csv");
    Files.writeString(f, HxlWriter.activityReportsToHxl(ActivityStreamTest.reports(5, 20)));
    IllegalStateException full = new IllegalStateException("disk full");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> HxlReader.create().readActivityReports(f, r -> {
          throw full;
        }));
    assertSame(full, thrown);
    assertTrue(HxlReader.create().readActivityReports(f, r -> { }).findings().isEmpty());
  }
}
