package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/**
 * Generated adversarial documents, streamed (never held in memory): each gives a clear finding or streams through,
 * within the 256 MB heap this module's tests run in (set in the pom; checked below).
 */
class HostileInputTest {
  private static final long MB = 1L << 20;

  /** prefix + unit x count + suffix, produced as it is read. */
  static InputStream generated(String prefix, String unit, long count, String suffix) {
    byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
    long total = p.length + u.length * count + s.length;
    return new InputStream() {
      long at;

      @Override
      public int read() {
        if (at >= total) {
          return -1;
        }
        long i = at++;
        if (i < p.length) {
          return p[(int) i] & 0xFF;
        }
        i -= p.length;
        if (i < u.length * count) {
          return u[(int) (i % u.length)] & 0xFF;
        }
        return s[(int) (i - u.length * count)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && at < total) {
          b[off + n++] = (byte) read();
        }
        return n;
      }
    };
  }

  private static Finding limitFinding(InputStream in) {
    PlanReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanJson.reader().read(in));
    assertFalse(r.plan().isPresent());
    Finding last = r.findings().get(r.findings().size() - 1);
    assertEquals(Rule.JSON_LIMIT, last.rule(), r.findings().toString());
    assertTrue(last.line() > 0, "the finding says where: " + last);
    return last;
  }

  @Test
  void theseTestsRunInASmallHeap() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 256 * MB,
        "plan-io's tests must run with -Xmx256m, not " + (Runtime.getRuntime().maxMemory() / MB) + " MB");
  }

  @Test
  void nesting100000DeepIsALimitFinding() {
    Finding f = limitFinding(generated("{\"id\": \"p\", \"name\": \"x\", \"x-deep\": ", "[", 100_000, ""));
    assertTrue(f.message().contains("nesting depth"), f.message());
    Finding root = limitFinding(generated("", "[", 100_000, "]"));
    assertTrue(root.message().contains("nesting depth"), root.message());
  }

  @Test
  void aFiftyMegabyteStringIsALimitFinding() {
    Finding f = limitFinding(generated("{\"id\": \"p\", \"name\": \"", "a", 50 * MB, "\"}"));
    assertTrue(f.message().contains("String value length"), f.message());
  }

  @Test
  void aNumberOfAMillionDigitsIsALimitFinding() {
    Finding f = limitFinding(generated("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": ", "7", 1_000_000,
        "}}"));
    assertTrue(f.message().contains("Number value length"), f.message());
  }

  @Test
  void aTwoHundredMegabyteArrayOfSmallObjectsIsALimitFindingWithoutExhaustingMemory() {
    long count = 200 * MB / 10;
    Finding root = limitFinding(generated("[", "{\"a\": 1},", count, "{}]"));
    assertTrue(root.message().contains("Document length"), root.message());
    // The same inside a plan: objectives are built as they come, so the object limit stops it first.
    Finding inside = limitFinding(generated("{\"id\": \"p\", \"name\": \"x\", \"objectives\": [",
        "{\"id\": \"o\", \"title\": \"t\"},", 200 * MB / 29, "{\"id\": \"z\", \"title\": \"t\"}]}"));
    assertTrue(inside.message().contains("objects and arrays in one document"), inside.message());
  }

  @Test
  void aLargeDocumentWithinTheLimitsStreamsThrough() {
    // About 40 MB of breakdown cells, read with a raised object limit: no finding, a plan with every cell.
    long cells = 400_000;
    ReadLimits roomy = ReadLimits.DEFAULT.withMaxObjects(1_000_000);
    PlanReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanJson.reader().withLimits(roomy)
        .read(generated("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"breakdown\": [",
            "{\"sex\": \"female\", \"inNeed\": 1},", cells, "{\"sex\": \"male\", \"inNeed\": 1}]}}")));
    assertEquals(List.of(), r.findings());
    assertEquals(cells + 1, r.plan().orElseThrow().getPeople().orElseThrow().getBreakdown().size());
  }

  @Test
  void nanInfinityAndTrailingCommasAreSyntaxFindings() {
    for (String doc : List.of("{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": NaN}}",
        "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": Infinity}}",
        "{\"id\": \"p\", \"name\": \"x\",}", "{'id': 'p'}", "{\"id\": \"p\" /* comment */}",
        "{\"id\": \"p\", \"name\": \"x\", \"people\": {\"inNeed\": 007}}")) {
      PlanReadResult r = PlanJson.reader().read(doc);
      assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_SYNTAX), doc + ": " + r.findings());
    }
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] body = "{\"id\": \"p\", \"name\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    PlanReadResult r = PlanJson.reader().read(withBom);
    assertEquals(List.of(), r.findings());
    assertEquals("x", r.plan().orElseThrow().getName());
  }

  @Test
  void loneSurrogatesInTextAreKeptAndWrittenEscaped() {
    PlanReadResult r = PlanJson.reader().read("{\"id\": \"p\", \"name\": \"a \\uD800 b\"}");
    assertEquals("a \uD800 b", r.plan().orElseThrow().getName());
    String written = PlanJson.writer().toJson(r.plan().orElseThrow());
    assertTrue(written.contains("a \\uD800 b"), written);
  }
}
