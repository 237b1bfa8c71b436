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
