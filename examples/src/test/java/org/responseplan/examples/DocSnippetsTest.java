package org.responseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the documentation (README.md, the modules' READMEs, docs/) compiles as shown, against the
 * library's modules: a snippet that uses a type it does not import, or an API that changed, fails here.
 *
 * <p>A snippet is either a whole compilation unit (it declares a top-level class or record), compiled as it is, or
 * imports followed by statements, which are compiled as the body of a method that may throw anything. Snippets are
 * compiled, not run: they read files the reader would have (the first example of the README is also run, by
 * {@code examples/consumer/run.sh}).
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");

  /** A snippet: where it is and its text. */
  record Snippet(String file, int line, String code) {}

  static List<Snippet> snippets() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    files.add(ROOT.resolve("examples/notebooks/README.md"));
    List<Snippet> out = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).lines().count() + 1;
        out.add(new Snippet(ROOT.relativize(f).toString(), line, m.group(1)));
      }
    }
    return out;
  }

  @Test
  void theDocumentationHasJavaSnippets() throws IOException {
    // The README's own examples and one per importer at least: a pattern that found none would test nothing.
    List<Snippet> all = snippets();
    assertTrue(all.size() >= 12, all.toString());
    assertTrue(all.stream().anyMatch(s -> s.file().equals("README.md")));
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAsShown(@TempDir Path out) throws IOException {
    return snippets().stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line(), () -> {
      String errors = compile(s, out);
      assertEquals("", errors, () -> s.file() + " line " + s.line() + ":\n" + s.code());
    }));
  }

  @Test
  void aSnippetWithoutItsImportsFails(@TempDir Path out) {
    // The law the test relies on: a snippet that does not import what it uses does not compile.
    String errors = compile(new Snippet("x.md", 1, "Plan plan = Plan.builder().id(\"p\").name(\"P\").build();\n"),
        out);
    assertTrue(errors.contains("cannot find symbol"), errors);
    assertEquals("", compile(new Snippet("x.md", 1, "import org.responseplan.model.Plan;\n\n"
        + "Plan plan = Plan.builder().id(\"p\").name(\"P\").build();\n"), out));
  }

  /** The compiler's errors for a snippet, empty when it compiles. */
  static String compile(Snippet s, Path out) {
    String source;
    String name;
    // A compilation unit when the first line after the imports (and any comment or annotation) declares a type.
    String first = s.code().lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("/") && !l.startsWith("*")
            && !l.startsWith("@"))
        .findFirst().orElse("");
    Matcher type = TOP_LEVEL_TYPE.matcher(first);
    if (type.find()) {
      source = s.code();
      name = type.group(1);
    } else {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      boolean head = true;
      for (String line : s.code().split("\n", -1)) {
        if (head && (line.startsWith("import ") || line.isBlank())) {
          imports.append(line).append('\n');
        } else {
          head = false;
          body.append("    ").append(line).append('\n');
        }
      }
      name = "Snippet";
      // The body's lines keep their numbers: the imports come first, then one line opens the method.
      source = imports + "class Snippet { static void run() throws Exception {\n" + body + "}}\n";
    }
    String classPath = String.join(File.pathSeparator,
        System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""));
    try {
      Path dir = Files.createTempDirectory(out, "snippet");
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
      StringWriter log = new StringWriter();
      int exit = javac.run(new PrintWriter(log), new PrintWriter(log), "--release", "17", "-proc:none",
          "-encoding", "UTF-8", "-classpath", classPath, "-d", dir.toString(), file.toString());
      return exit == 0 ? "" : log.toString().replace(file.toString(), s.file());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
