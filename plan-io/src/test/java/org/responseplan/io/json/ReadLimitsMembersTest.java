package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/**
 * {@link ReadLimits#maxMembersPerObject()} and {@link ReadLimits#maxMembers()} in the plan reader: members are counted
 * as they are read, the document with exactly the limit is read, one more is a {@code json-limit} finding naming the
 * limit and the place. The hostile documents are generated as streams (the tests run in a 256 MB heap).
 */
class ReadLimitsMembersTest {
  private static String extensions(int n) {
    StringBuilder b = new StringBuilder("{\"id\": \"p\", \"name\": \"x\"");
    for (int i = 0; i < n; i++) {
      b.append(", \"x-").append(i).append("\": ").append(i);
    }
    return b.append('}').toString();
  }

  private static Finding onlyLimit(PlanReadResult r) {
    List<Finding> limits = r.findings().stream().filter(f -> f.rule() == Rule.JSON_LIMIT).toList();
    assertEquals(1, limits.size(), r.findings().toString());
    assertTrue(r.plan().isEmpty(), "no plan after a limit");
    return limits.get(0);
  }

  @Test
  void anObjectWithExactlyTheMostMembersIsReadAndOneMoreIsALimit() {
    PlanReader reader = PlanJson.reader().withLimits(ReadLimits.DEFAULT.withMaxMembersPerObject(5));
    PlanReadResult atLimit = reader.read(extensions(3)); // id, name and three extensions: five members
    assertEquals(List.of(), atLimit.findings());
    assertEquals(3, atLimit.plan().orElseThrow().getExtensions().size());
    Finding f = onlyLimit(reader.read(extensions(4)));
    assertTrue(f.message().contains("more than 5 members in one object (ReadLimits.maxMembersPerObject), at /"),
        f.message());
    assertEquals(1, f.line());
  }

  @Test
  void theMembersOfANestedObjectAreCountedWhereTheyAre() {
    PlanReader reader = PlanJson.reader().withLimits(ReadLimits.DEFAULT.withMaxMembersPerObject(3));
    Finding f = onlyLimit(reader.read("{\"id\": \"p\", \"name\": \"x\",\n \"people\": {\"inNeed\": 1, "
        + "\"targeted\": 1, \"reached\": 1, \"affected\": 1}}"));
    assertTrue(f.message().contains("at /people"), f.message());
    assertEquals(2, f.line());
  }

  @Test
  void membersAndArrayElementsCountTowardsTheTotal() {
    String doc = "{\"id\": \"p\", \"name\": \"x\", \"donors\": [\"a\", \"b\", \"c\"]}"; // 3 members, 3 elements
    assertEquals(List.of(), PlanJson.reader().withLimits(ReadLimits.DEFAULT.withMaxMembers(6)).read(doc)
        .findings());
    Finding f = onlyLimit(PlanJson.reader().withLimits(ReadLimits.DEFAULT.withMaxMembers(5)).read(doc));
    assertTrue(f.message().contains("more than 5 members and array elements in one document (ReadLimits.maxMembers), "
        + "at /donors"), f.message());
  }

  @Test
  void theMembersLimitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxMembers(0));
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxMembersPerObject(0));
    assertEquals(10_000, ReadLimits.DEFAULT.maxMembersPerObject());
    assertEquals(2_000_000, ReadLimits.DEFAULT.maxMembers());
  }

  @Test
  void twoMillionExtensionMembersAtTheTopAreALimitNotAnOutOfMemoryError() {
    // 32 MB: once 1.1 GB of heap with no limit on the members of an object.
    InputStream doc = HostileInputTest.generated("{\"id\": \"p\", \"name\": \"x\"", ", \"x-0000000\": 100",
        2_000_000, "}");
    Finding f = onlyLimit(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanJson.reader().read(doc)));
    assertTrue(f.message().contains("ReadLimits.maxMembersPerObject"), f.message());
  }

  @Test
  void manySmallObjectsOfExtensionsStopAtTheTotal() {
    // 64 MB of objectives, each with 50 extension members: the total of members stops it, not the heap.
    StringBuilder unit = new StringBuilder("{\"id\": \"o\", \"title\": \"t\"");
    for (int i = 0; i < 50; i++) {
      unit.append(", \"x-").append(i).append("\": 1");
    }
    unit.append("},");
    long count = (64L << 20) / unit.length();
    InputStream doc = HostileInputTest.generated("{\"id\": \"p\", \"name\": \"x\", \"objectives\": [",
        unit.toString(), count, "{\"id\": \"z\", \"title\": \"t\"}]}");
    Finding f = onlyLimit(assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> PlanJson.reader().lenient().read(doc)));
    assertTrue(f.message().contains("ReadLimits.maxMembers)"), f.message());
  }

  @Test
  void aHugeArrayOfWrongValuesStopsAtTheMostFindings() {
    // Each element is a wrong-type finding: 30 million of them without a bound.
    InputStream doc = HostileInputTest.generated("{\"id\": \"p\", \"name\": \"x\", \"objectives\": [", "1,",
        30_000_000L, "1]}");
    PlanReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanJson.reader().read(doc));
    Finding f = onlyLimit(r);
    assertTrue(f.message().contains("more than 100000 findings in one document (ReadLimits.MAX_FINDINGS), at "
        + "/objectives/100000"), f.message());
    assertEquals(ReadLimits.MAX_FINDINGS + 1, r.findings().size());
  }

  @Test
  void aHugeArrayOfValidValuesStopsAtTheTotal() {
    InputStream doc = HostileInputTest.generated("{\"id\": \"p\", \"name\": \"x\", \"donors\": [", "\"d\",",
        3_000_000L, "\"d\"]}");
    Finding f = onlyLimit(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanJson.reader().read(doc)));
    assertTrue(f.message().contains("more than 2000000 members and array elements in one document "
        + "(ReadLimits.maxMembers), at /donors"), f.message());
  }
}
