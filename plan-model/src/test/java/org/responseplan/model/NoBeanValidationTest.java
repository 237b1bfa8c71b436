package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * jakarta.validation is an optional dependency of plan-model: the model loads, builds and validates plans without it,
 * on the class path and on the module path ({@code requires static jakarta.validation}). Each test starts a JVM with
 * plan-model's classes and test classes only, and runs {@link WithoutBeanValidation}. The tests with Hibernate
 * Validator ({@code JakartaConstraintsTest}) show the other side: with the jar, the constraints apply.
 */
class NoBeanValidationTest {
  private static final String EXPECTED = String.join("\n",
      "jakarta.validation absent",
      "valid plan findings: 0",
      "lower-case country: true",
      "annotations on Location.getCountry: 0",
      "plan read back: true") + "\n";

  @Test
  void theModelRunsOnTheClassPathWithoutJakartaValidation() throws Exception {
    String classPath = location(Plan.class) + File.pathSeparator + location(WithoutBeanValidation.class);
    assertEquals(EXPECTED, run(List.of("-cp", classPath, WithoutBeanValidation.class.getName())));
  }

  @Test
  void theModelRunsOnTheModulePathWithoutJakartaValidation() throws Exception {
    assertEquals(EXPECTED, run(List.of(
        "--module-path", location(Plan.class).toString(),
        "--patch-module", "org.responseplan.model=" + location(WithoutBeanValidation.class),
        "-m", "org.responseplan.model/" + WithoutBeanValidation.class.getName())));
  }

  private static Path location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not end: " + out);
    }
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
