package org.responseplan.io.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The 318 JSONTestSuite parser cases (test resources, with their licence): every {@code n_} file is rejected with a
 * syntax or limit finding, no {@code y_} file is (a domain finding such as "expected an object" is fine), and
 * {@code i_} files are read without throwing; what the reader does with each is recorded in docs/hostile-input.md.
 */
class JsonTestSuiteTest {
  static Path suite() throws URISyntaxException {
    return Path.of(JsonTestSuiteTest.class.getResource("/json-test-suite/test_parsing").toURI());
  }

  static Stream<Path> cases(String prefix) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(suite())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList().stream();
    }
  }

  static Stream<Path> mustReject() throws Exception {
    return cases("n_");
  }

  static Stream<Path> mustAccept() throws Exception {
    return cases("y_");
  }

  static Stream<Path> eitherWay() throws Exception {
    return cases("i_");
  }

  private static List<Finding> read(Path file) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      List<Finding> strict = PlanJson.reader().read(file).validate().findings();
      PlanJson.reader().lenient().read(file).validate();
      return strict;
    });
  }

  private static boolean isSyntaxOrLimit(Finding f) {
    return f.rule() == Rule.JSON_SYNTAX || f.rule() == Rule.JSON_LIMIT;
  }

  @Test
  void theSuiteIsComplete() throws Exception {
    assertTrue(mustReject().count() == 188 && mustAccept().count() == 95 && eitherWay().count() == 35,
        "188 n_, 95 y_ and 35 i_ files");
  }

  @ParameterizedTest
  @MethodSource("mustReject")
  void everyInvalidDocumentIsRejectedWithAFinding(Path file) {
    List<Finding> findings = read(file);
    assertTrue(findings.stream().anyMatch(f -> isSyntaxOrLimit(f) && f.severity() == Severity.ERROR),
        file.getFileName() + ": " + findings);
  }

  @ParameterizedTest
  @MethodSource("mustAccept")
  void everyValidDocumentParses(Path file) {
    List<Finding> findings = read(file);
    assertFalse(findings.stream().anyMatch(JsonTestSuiteTest::isSyntaxOrLimit),
        file.getFileName() + ": " + findings);
  }

  @ParameterizedTest
  @MethodSource("eitherWay")
  void implementationDefinedDocumentsNeverThrow(Path file) {
    List<Finding> findings = read(file);
    assertFalse(findings.isEmpty(), "none of the i_ files is a plan, so each gives a finding");
  }
}
