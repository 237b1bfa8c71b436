package org.responseplan.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;

/**
 * A modular application that {@code requires org.responseplan.jackson2} compiles and runs against this module with
 * Jackson 2's databind alone on the module path: no Jackson 3 databind (plan-io's Jackson 3 streaming core stays,
 * as plan-io reads with it), no test classes. It reads the seed plan through a Jackson 2 {@code JsonMapper} with
 * {@link ResponsePlanJackson2Module}, writes it back and reads that again. The jars are the ones
 * Maven gives the tests, filtered.
 */
class ModularApplicationTest {
  private static final String MODULE_INFO = "module app { requires org.responseplan.jackson2; }\n";
  private static final String MAIN = """
      package app;

      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.responseplan.jackson2.ResponsePlanJackson2Module;
      import org.responseplan.model.Plan;
      import com.fasterxml.jackson.databind.json.JsonMapper;

      public class Main {
        public static void main(String[] args) throws Exception {
          JsonMapper mapper = JsonMapper.builder().addModule(new ResponsePlanJackson2Module()).build();
          Plan plan;
          try (var in = Files.newInputStream(Path.of(args[0]))) {
            plan = mapper.readValue(in, Plan.class);
          }
          Plan again = mapper.readValue(mapper.writeValueAsString(plan), Plan.class);
          System.out.println("id " + plan.getId());
          System.out.println("objectives " + plan.getObjectives().size());
          System.out.println("written and read back equal " + plan.equals(again));
          System.out.println("jackson 3 databind " + ModuleLayer.boot().findModule("tools.jackson.databind")
              .isPresent());
          System.out.println("app is named " + Main.class.getModule().isNamed());
        }
      }
      """;

  @Test
  void aModularApplicationReadsTheSeedPlanWithJackson2Only(@TempDir Path dir) throws Exception {
    Path seed = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolveSibling("examples/plans/iom-venezuela-rmrp-2022.json");
    Plan expected = PlanJson.reader().read(seed).plan().orElseThrow();
    List<String> modulePath = modulePath();
    assertTrue(modulePath.stream().noneMatch(e -> e.contains("tools/jackson/core/jackson-databind")));
    assertTrue(modulePath.stream().anyMatch(e -> e.contains("com/fasterxml/jackson/core/jackson-databind")),
        modulePath::toString);

    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("app/Main.java"), MAIN);
    Path classes = dir.resolve("classes");
    String mp = String.join(File.pathSeparator, modulePath);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac(diagnostics, "--release", "17", "--module-path", mp, "-d", classes.toString(),
        src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString());
    assertEquals(0, compiled, diagnostics.toString(StandardCharsets.UTF_8));

    String out = run(List.of("--module-path", classes + File.pathSeparator + mp, "-m", "app/app.Main",
        seed.toString()));
    assertEquals(String.join("\n",
        "id " + expected.getId(),
        "objectives " + expected.getObjectives().size(),
        "written and read back equal true",
        "jackson 3 databind false",
        "app is named true") + "\n", out);
    assertFalse(expected.getObjectives().isEmpty(), "the seed plan has objectives to compare");
  }

  /** The test's own module path and class path, without test classes, test libraries and Jackson 3's databind. */
  static List<String> modulePath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String e : value.split(File.pathSeparator)) {
        String n = e.replace('\\', '/');
        if (e.isEmpty() || n.endsWith("/test-classes") || n.contains("/org/junit/") || n.contains("/org/opentest4j/")
            || n.contains("/org/apiguardian/") || n.contains("/surefire") || n.contains("/org/quicktheories/")
            || n.contains("tools/jackson/core/jackson-databind")) {
          continue;
        }
        entries.add(e);
      }
    }
    return new ArrayList<>(entries);
  }

  /**
   * {@code javax.tools.ToolProvider.getSystemJavaCompiler().run(...)}, called reflectively: the tests run patched
   * into this module, which does not read {@code java.compiler} (reflection needs no readability).
   */
  static int javac(OutputStream diagnostics, String... args) throws ReflectiveOperationException {
    Object compiler = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
    Method run = Class.forName("javax.tools.Tool")
        .getMethod("run", InputStream.class, OutputStream.class, OutputStream.class, String[].class);
    return (Integer) run.invoke(compiler, null, diagnostics, diagnostics, args);
  }

    private static String run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the application did not end: " + out);
    }
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
