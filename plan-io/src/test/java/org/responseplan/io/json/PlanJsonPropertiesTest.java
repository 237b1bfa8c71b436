package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Laws of the JSON format, over generated plans and over randomly damaged documents. */
class PlanJsonPropertiesTest {

  @Test
  void writingThenReadingGivesAnEqualPlan() {
    qt().withExamples(300).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      byte[] json = PlanJson.writer().toBytes(plan);
      PlanReadResult read = PlanJson.reader().read(json);
      assertEquals(List.of(), read.findings(), () -> new String(json, StandardCharsets.UTF_8));
      assertEquals(plan, read.plan().orElseThrow());
    });
  }

  /**
   * The canonical form does not depend on the layout of what was read: the written document made compact (no
   * blanks, no line breaks) and read again writes the same bytes. (Writing what was read from the writer's own output
   * is implied by the round trip above; this reads another layout.)
   */
  @Test
  void anyLayoutOfADocumentWritesTheCanonicalForm() {
    qt().withExamples(200).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      byte[] canonical = PlanJson.writer().toBytes(plan);
      byte[] compact = compact(canonical);
      assertFalse(java.util.Arrays.equals(canonical, compact), "the compact layout differs from the canonical one");
      PlanReadResult read = PlanJson.reader().read(compact);
      assertEquals(List.of(), read.findings());
      String again = new String(PlanJson.writer().toBytes(read.plan().orElseThrow()), StandardCharsets.UTF_8);
      assertEquals(new String(canonical, StandardCharsets.UTF_8), again);
    });
  }

  private static byte[] compact(byte[] json) {
    JsonFactory f = PlanJson.jsonFactory(ReadLimits.DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), json);
        JsonGenerator g = f.createGenerator(ObjectWriteContext.empty(), out)) {
      p.nextToken();
      g.copyCurrentStructureExact(p); // numbers as written: 2.50 stays 2.50
    }
    return out.toByteArray();
  }

  /** An edit of the seed document: delete, insert or overwrite a few bytes at a position. */
  private record Edit(int kind, int position, int length, int fill) {
    byte[] apply(byte[] doc) {
      int at = Math.floorMod(position, doc.length);
      int len = Math.min(length, doc.length - at);
      byte[] filler = new byte[len];
      byte[] alphabet = "{}[]\",:-0123456789.eE truefalsnul\\\u00ff".getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < len; i++) {
        filler[i] = alphabet[Math.floorMod(fill + i * 7, alphabet.length)];
      }
      return switch (kind) {
        case 0 -> concat(slice(doc, 0, at), slice(doc, at + len, doc.length));
        case 1 -> concat(slice(doc, 0, at), filler, slice(doc, at, doc.length));
        default -> concat(slice(doc, 0, at), filler, slice(doc, at + len, doc.length));
      };
    }
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void damagedDocumentsAlwaysGiveAReportAndNeverThrow() throws IOException {
    byte[] seed = Files.readAllBytes(GoldenFilesTest.SEED);
    Gen<Edit> edit = integers().between(0, 2).zip(integers().between(0, seed.length - 1),
        integers().between(1, 40), integers().allPositive(), Edit::new);
    qt().withExamples(400).forAll(lists().of(edit).ofSizeBetween(1, 4)).checkAssert(edits -> {
      byte[] doc = seed;
      for (Edit e : edits) {
        doc = e.apply(doc);
      }
      for (PlanReader reader : List.of(PlanJson.reader(), PlanJson.reader().lenient())) {
        PlanReadResult read = reader.read(doc);
        ValidationReport report = read.validate();
        // A plan is returned exactly when reading found no error; a document without a plan explains why.
        boolean readingErrors = read.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        assertEquals(!readingErrors, read.plan().isPresent(), read.findings()::toString);
        report.findings().forEach(f -> assertFalse(f.message().isBlank(), "every finding has a message"));
      }
    });
  }

}
