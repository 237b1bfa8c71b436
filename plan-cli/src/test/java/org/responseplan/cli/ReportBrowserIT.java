package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the seed plan's HTML report (made by the real jar) in headless Chromium: the page shows the expected
 * figures in its DOM, and a screenshot of it is not blank. CI installs Chromium (.ci/run); elsewhere, without
 * Chromium, the test is skipped and says why.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @BeforeAll
  static void needsChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("Chromium is missing at " + CHROMIUM + ": .ci/run installs Debian's chromium package");
      }
      Assumptions.abort("skipped: no Chromium at " + CHROMIUM + " (install Debian's chromium package to run it)");
    }
  }

  private static String chromium(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void theSeedReportShowsItsFiguresAndIsNotBlank(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("seed-report.html");
    CliIT.Run made = CliIT.run("", "report", "-o", html.toString());
    assertEquals(0, made.exit(), made.err());
    String source = Files.readString(html);
    assertTrue(!source.contains("http://") && !source.contains("https://"), "no network resources in the page");

    String dom = chromium(dir, "--dump-dom", html.toUri().toString());
    for (String expected : List.of("<html lang=\"en\">", "Regional Refugee and Migrant Response Plan",
        "371,069,846 USD", "152,138,637 USD", "41.00 %", "7,200,000", "1,391,766", "19.33 %",
        "Save lives and respond to needs", "51.50 %", "Argentina (ARG)", "Curaçao (CUW)",
        "The plan is valid: 0 errors, 0 warnings.", "role=\"img\"", "<caption")) {
      assertTrue(dom.contains(expected), "the rendered page shows " + expected);
    }

    Path png = dir.resolve("seed-report.png");
    chromium(dir, "--window-size=1200,1600", "--screenshot=" + png, html.toUri().toString());
    assertTrue(Files.size(png) > 20_000, "a screenshot was written");
    byte[] pixels = pngPixelData(Files.readAllBytes(png));
    long[] histogram = new long[256];
    for (byte b : pixels) {
      histogram[b & 0xFF]++;
    }
    long distinct = java.util.Arrays.stream(histogram).filter(n -> n > 0).count();
    long inked = pixels.length - histogram[0] - histogram[0xFF];
    // A blank page decodes to (almost) nothing but 0x00 and 0xFF bytes; text, bars and borders give many values.
    assertTrue(distinct > 100, "the screenshot has many shades, not one colour: " + distinct);
    assertTrue(inked > pixels.length / 200, "the screenshot is not blank: " + inked + " of " + pixels.length);
  }

  /** The inflated image data of a PNG (all IDAT chunks), enough to tell a blank page from a drawn one. */
  private static byte[] pngPixelData(byte[] png) throws java.util.zip.DataFormatException {
    assertEquals((byte) 0x89, png[0], "a PNG file");
    java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
    int at = 8;
    while (at + 8 <= png.length) {
      int length = java.nio.ByteBuffer.wrap(png, at, 4).getInt();
      String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("IDAT")) {
        idat.write(png, at + 8, length);
      }
      at += 12 + length;
    }
    java.util.zip.Inflater inflater = new java.util.zip.Inflater();
    inflater.setInput(idat.toByteArray());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        break;
      }
      out.write(buffer, 0, n);
    }
    inflater.end();
    return out.toByteArray();
  }

  @Test
  void theSpanishReportIsLabelledInSpanish(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("es.html");
    CliIT.Run made = CliIT.run("", "report", "--lang", "es", "-o", html.toString(),
        Path.of("..", "examples", "plans", "interagency-example-2023.json").toString());
    assertEquals(0, made.exit(), made.err());
    String dom = chromium(dir, "--dump-dom", html.toUri().toString());
    for (String expected : List.of("<html lang=\"es\">", "Cifras principales", "Financiamiento requerido",
        "120.000.000 USD", "43,58 %", "Presencia operacional", "Perú (PER)")) {
      assertTrue(dom.contains(expected), "the rendered page shows " + expected);
    }
  }
}
