package org.responseplan.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.validation.Rule;

/**
 * {@link ReadLimits#maxObjects()} in the importers' JSON tree counts objects and arrays, as in the plan reader
 * ({@code ReadLimitsObjectsTest} of plan-io): a document with exactly the limit is read, one more is a finding.
 */
class JsonTreeLimitsTest {
  /** Objects: the root, two in the array, one in "x"; arrays: "a", the empty one in "x". Six in all. */
  private static final String SIX = "{\"a\": [{\"id\": 1}, {\"id\": 2}], \"x\": {\"e\": []}, \"s\": \"t\", \"n\": 1}";

  private static JsonTree.Parsed parse(String json, int maxObjects) {
    return JsonTree.parser(ReadLimits.DEFAULT.withMaxObjects(maxObjects))
        .parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDocumentWithExactlyTheLimitIsRead() {
    JsonTree.Parsed p = parse(SIX, 6);
    assertNull(p.failure());
    assertNotNull(p.root());
  }

  @Test
  void oneObjectOrArrayMoreIsAJsonLimitFinding() {
    JsonTree.Parsed p = parse(SIX, 5);
    assertNull(p.root());
    JsonTree.Failure f = p.failure();
    assertNotNull(f);
    assertEquals(Rule.JSON_LIMIT, f.rule());
    assertEquals("more than 5 objects and arrays in one document (ReadLimits.maxObjects)", f.detail());
    assertTrue(f.line() > 0);
  }

  @Test
  void emptyArraysCountAsMuchAsObjects() {
    // Eleven containers: the root array and ten empty arrays. The limit of ten stops it; with objects alone it would not.
    String arrays = "[[], [], [], [], [], [], [], [], [], []]";
    assertNull(parse(arrays, 11).failure());
    JsonTree.Failure f = parse(arrays, 10).failure();
    assertNotNull(f);
    assertEquals(Rule.JSON_LIMIT, f.rule());
  }
}
