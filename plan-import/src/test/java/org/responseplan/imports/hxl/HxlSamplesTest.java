package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** libhxl-python's own test files (test resources, public domain), each read as libhxl reads it. */
class HxlSamplesTest {
  static Path file(String name) throws URISyntaxException {
    return Path.of(HxlSamplesTest.class.getResource("/hxl/" + name).toURI());
  }

  static ImportResult<HxlTable> read(String name) throws URISyntaxException {
    return HxlReader.create().readTable(file(name));
  }

  private static List<String> tags(HxlTable t) {
    List<String> tags = new ArrayList<>();
    for (HxlTable.Column c : t.columns()) {
      tags.add(c.tag() == null ? null : c.tag().toString());
    }
    return tags;
  }

  private static List<List<String>> values(HxlTable t) {
    return t.rows().stream().map(HxlTable.Row::values).toList();
  }

  private static final List<String> VALID_TAGS = java.util.Arrays.asList(null, "#sector+es", "#subsector+es",
      "#org+es", "#targeted+f", "#targeted+m", "#country", "#adm1", "#date+reported");
  private static final List<List<String>> VALID_CONTENT = List.of(
      List.of("001", "WASH", "Higiene", "ACNUR", "100", "100", "Panamá", "Los Santos", "1 March 2015"),
      List.of("002", "Salud", "Vacunación", "OMS", "", "", "Colombia", "Cauca", ""),
      List.of("003", "Educación", "Formación de enseñadores", "UNICEF", "250", "300", "Colombia", "Chocó", ""),
      List.of("004", "WASH", "Urbano", "OMS", "80", "95", "Venezuela", "Amazonas", ""));
  private static final List<String> VALID_HEADERS = List.of("Registro", "Sector/Cluster", "Subsector",
      "Organización", "Hombres", "Mujeres", "País", "Departamento/Provincia/Estado", "");

  @Test
  void samplesAreTheBytesOfTheirOrigin() throws Exception {
    Map<String, String> sha256 = Map.of(
        "test_io-input-valid.csv", "fed746f99ae5b726a1f3bb50b2f062ca308378c4b865d58ffaf7a4e64cc8322a",
        "test_io-input-valid-latin1.csv", "a0f81c99b176fb380d6555263841c6098c49c237b844cd1e834be61eda428183",
        "test_io-input-multiple-headers.csv", "3347a58e8b551efc5cbe8caf820be9882d0a010f3669c32386ee846c213731ba",
        "test_io-input-fuzzy.csv", "80f822534adfd17da3a7fb08d6f08e966c750613109d1bdc9cf19aeeb544b4a7",
        "test_io-input-invalid.csv", "624a45eb8f714b76b4f27a48ca3954280f3042a9b0a25c01fb22406e4198bcbb",
        "test_converters-wide-tagging-test.csv", "a4b7172af261f4afeef52b8bc989a5b1b10a637db664798cb84758a0aefc00c0",
        "test_scripts-input-simple.csv", "39c3383c70605c5b100516617c61890210d1b59aa0a42037d4fd2a2e22d1220a",
        "test_scripts-count-output-aggregated.csv",
        "7ac2f138aa243b0bf5759868df58a051f420ea773fc396a724537bd032f42d0a");
    for (Map.Entry<String, String> e : sha256.entrySet()) {
      assertEquals(e.getValue(), sha256(Files.readAllBytes(file(e.getKey()))), e.getKey());
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void validFile() throws Exception {
    ImportResult<HxlTable> r = read("test_io-input-valid.csv");
    HxlTable t = r.value();
    assertEquals(3, t.hashtagLine());
    assertEquals(2, t.headerRows().size());
    assertEquals(VALID_TAGS, tags(t));
    assertEquals(VALID_HEADERS, t.columns().stream().map(HxlTable.Column::header).toList());
    assertEquals(VALID_CONTENT, values(t));
    assertEquals(List.of(4L, 5L, 6L, 7L), t.rows().stream().map(HxlTable.Row::line).toList());
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
    // The untagged first column is kept in the table and reported as skipped.
    assertEquals(1, r.report().count(Action.SKIPPED, "column 1 \"Registro\""));
    assertEquals(2, r.report().count(Action.KEPT, "header row"));
    // Exact matching on a real file: #targeted+f is the women's column, never the men's.
    HxlTable.Column f = t.column(HxlTag.parse("#targeted+f")).orElseThrow();
    assertEquals(List.of(f), t.columns(HxlTag.parse("#targeted+f")));
    assertEquals(4, f.index());
    assertEquals("Hombres", f.header()); // sic: the sample tags its "men" column +f; the tag decides, not the header
    assertTrue(t.columns(HxlTag.parse("#targeted")).isEmpty());
    // +es is a language: a query for #sector finds #sector+es.
    assertEquals(1, t.columns(HxlTag.parse("#sector")).size());
  }

  @Test
  void latin1FileReadsTheSameCharacters() throws Exception {
    ImportResult<HxlTable> r = read("test_io-input-valid-latin1.csv");
    HxlTable t = r.value();
    assertEquals(VALID_TAGS, tags(t));
    assertEquals(VALID_CONTENT, values(t));
    assertEquals(VALID_HEADERS, t.columns().stream().map(HxlTable.Column::header).toList());
    assertEquals(List.of("Qué?", "", "", "Quién?", "Para quién?", "", "Dónde?", "Cuándo?"), t.headerRows().get(0));
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
  }

  @Test
  void multipleHeaderRows() throws Exception {
    ImportResult<HxlTable> r = read("test_io-input-multiple-headers.csv");
    HxlTable t = r.value();
    assertEquals(List.of(List.of("Junk", "Junk", "Junk", "Junk"), List.of("Org", "No hashtag", "Province",
        "Number affected")), t.headerRows());
    assertEquals(java.util.Arrays.asList("#org", null, "#adm1", "#affected"), tags(t));
    assertEquals(List.of("Org", "No hashtag", "Province", "Number affected"),
        t.columns().stream().map(HxlTable.Column::header).toList());
    // As libhxl: the source row number is the row number plus the two header rows and the hashtag row.
    assertEquals(List.of(4L, 5L), t.rows().stream().map(HxlTable.Row::line).toList());
    assertEquals(List.of(List.of("Org X", "xxx", "Coast", " 100"), List.of("Org Y", "yyy", "Mountains", " 200")),
        values(t));
    assertEquals(1, r.report().count(Action.SKIPPED, "column 2 \"No hashtag\""));
    // Numbers are read despite the leading space.
    HxlTable sums = HxlAggregate.sum(t, List.of(HxlTag.parse("#adm1")), HxlTag.parse("#affected")).value();
    assertEquals(List.of(List.of("Coast", "100"), List.of("Mountains", "200")), values(sums));
  }

  @Test
  void fuzzyHashtagRowIsReadAndItsFlawsReported() throws Exception {
    ImportResult<HxlTable> r = read("test_io-input-fuzzy.csv");
    HxlTable t = r.value();
    assertEquals(3, t.hashtagLine());
    assertEquals(java.util.Arrays.asList(null, "#sector+es", "#subsector+es", "#org+es", "#targeted+f",
        "#targeted+f", null, null), tags(t));
    List<Finding> findings = r.report().findings();
    assertEquals(3, findings.size(), r.report().toText());
    // "country" and "adm1" lack their '#': warnings, the columns are read as untagged.
    Finding country = findings.stream().filter(f -> "country".equals(f.value())).findFirst().orElseThrow();
    assertEquals(Rule.INVALID_VALUE, country.rule());
    assertEquals(Severity.WARNING, country.severity());
    assertEquals(3, country.line());
    assertEquals(7, country.column());
    assertTrue(country.message().contains("a hashtag starts with '#'"), country.message());
    // The repeated #targeted+f is reported, and named by its column.
    Finding dup = findings.stream().filter(f -> f.path().contains("#targeted+f")).findFirst().orElseThrow();
    assertEquals("line 3, #targeted+f (column 6)", dup.path());
    assertEquals(Rule.DUPLICATE_KEY, dup.rule());
    assertEquals(6, dup.column());
    assertEquals(Severity.WARNING, dup.severity());
    assertEquals("#targeted+f (column 6)", t.label(t.columns().get(5)));
    // A value to the right of the last column is not dropped silently.
    assertEquals(1, r.report().count(Action.SKIPPED, "column 9"));
    assertEquals("line 4: 1 March 2015", r.report().lines(Action.SKIPPED).stream()
        .filter(l -> l.source().equals("column 9")).findFirst().orElseThrow().example());
    // Both columns match the query; a mapping uses the first and reports the second.
    assertEquals(2, t.columns(HxlTag.parse("#targeted+f")).size());
    ImportResult<Map<String, PeopleFigures>> people = HxlReader.create().readPeopleFigures(
        file("test_io-input-fuzzy.csv"));
    PeopleFigures education = people.value().get("Educación");
    assertEquals(250, education.getBreakdown().get(0).getTargeted().orElseThrow()); // column 5, not 300 of column 6
    assertEquals(Sex.FEMALE, education.getBreakdown().get(0).getSex().orElseThrow());
    assertEquals(3, people.report().count(Action.SKIPPED, "#targeted+f (column 6)"));
    assertTrue(people.report().lines(Action.SKIPPED).stream()
        .filter(l -> l.source().equals("#targeted+f (column 6)"))
        .allMatch(l -> l.reason().contains("same figure as #targeted+f")), people.report().toText());
  }

  @Test
  void invalidFileIsAFindingNotAnException() throws Exception {
    ImportResult<HxlTable> r = read("test_io-input-invalid.csv");
    assertTrue(r.value().columns().isEmpty());
    assertTrue(r.value().rows().isEmpty());
    assertEquals(1, r.report().findings().size());
    Finding f = r.report().findings().get(0);
    assertEquals(Rule.UNREADABLE, f.rule());
    assertTrue(f.message().contains("no HXL hashtag row in the first 25 rows"), f.message());
    assertEquals(7, r.report().count(Action.SKIPPED, "row"));
    // Messages in Spanish on request.
    assertTrue(HxlReader.create().withLocale(java.util.Locale.forLanguageTag("es"))
        .readTable(file("test_io-input-invalid.csv")).report().findings().get(0).message()
        .startsWith("No se puede leer el documento"));
    // Every mapping says the same, and returns nothing rather than throwing.
    assertTrue(HxlReader.create().readActivityReports(file("test_io-input-invalid.csv")).value().isEmpty());
    assertTrue(HxlReader.create().readPeopleFigures(file("test_io-input-invalid.csv")).value().isEmpty());
    assertEquals(0, HxlReader.create().readIndicatorTable(file("test_io-input-invalid.csv")).value().size());
  }

  @Test
  void wideTaggingTestHasNoHashtagRow() throws Exception {
    ImportResult<HxlTable> r = read("test_converters-wide-tagging-test.csv");
    assertTrue(r.value().columns().isEmpty());
    assertEquals(Rule.UNREADABLE, r.report().findings().get(0).rule());
    assertEquals(2, r.report().count(Action.SKIPPED, "row")); // the header row of 192 cells and the data row
    assertTrue(r.report().hasErrors());
  }

  @Test
  void simpleInputIsALongTable() throws Exception {
    HxlTable t = read("test_scripts-input-simple.csv").value();
    assertEquals(List.of("#sector", "#subsector", "#org", "#population+sex", "#targeted", "#country", "#adm1"),
        tags(t));
    assertEquals(8, t.rows().size());
    assertEquals(List.of("Salud", "Vacunación", "OMS", "Hombres", "", "Colombia", "Cauca"), t.rows().get(2).values());
  }

  // ---- libhxl's count example ----

  @Test
  void countExampleIsReproducedExactly() throws Exception {
    HxlTable in = read("test_scripts-input-simple.csv").value();
    ImportResult<HxlTable> out = HxlAggregate.sum(in, List.of(HxlTag.parse("#org"), HxlTag.parse("#adm1")),
        HxlTag.parse("#targeted"));
    HxlTable expected = read("test_scripts-count-output-aggregated.csv").value();
    // Parsed cells: header row, hashtag row, rows and their order.
    assertEquals(expected.headerRows(), out.value().headerRows());
    assertEquals(List.of("#org", "#adm1", "#targeted+total"), tags(out.value()));
    assertEquals(tags(expected), tags(out.value()));
    assertEquals(values(expected), values(out.value()));
    assertEquals(List.of(List.of("ACNUR", "Los Santos", "200"), List.of("OMS", "Amazonas", "175"),
        List.of("OMS", "Cauca", ""), List.of("UNICEF", "Chocó", "550")), values(out.value()));
    // A group whose values are all blank gives a blank total, not 0.
    assertEquals("", out.value().rows().get(2).get(2));
    // And the bytes.
    assertArrayEquals(Files.readAllBytes(file("test_scripts-count-output-aggregated.csv")),
        HxlWriter.toHxl(out.value()).getBytes(StandardCharsets.UTF_8));
    assertTrue(out.report().findings().isEmpty(), out.report().toText());
    ImportReport report = out.report();
    assertEquals(6, report.count(Action.MAPPED, "#targeted"));
    assertEquals(2, report.count(Action.SKIPPED, "#targeted")); // the two blanks of OMS in Cauca
    assertEquals(8, report.count(Action.SKIPPED, "#sector")); // columns left out are reported, not dropped
  }

  @Test
  void aggregationReportsNonNumbersAndMissingColumns() throws Exception {
    String csv = "#org,#targeted\nA,10\nA,ten\nB,\nA,2.5\n";
    HxlTable t = HxlReader.create().readTable(stream(csv)).value();
    ImportResult<HxlTable> r = HxlAggregate.sum(t, List.of(HxlTag.parse("#org")), HxlTag.parse("#targeted"));
    assertEquals(List.of(List.of("A", "12.5"), List.of("B", "")), values(r.value()));
    assertEquals(1, r.report().findings().size());
    assertEquals("line 3, #targeted", r.report().findings().get(0).path());
    ImportResult<HxlTable> missing = HxlAggregate.sum(t, List.of(HxlTag.parse("#adm1")), HxlTag.parse("#targeted"));
    assertTrue(missing.value().columns().isEmpty());
    assertEquals(Rule.REQUIRED_FIELD, missing.report().findings().get(0).rule());
    // Exact: a sum of #targeted never takes #targeted+f.
    HxlTable wide = HxlReader.create().readTable(stream("#org,#targeted+f\nA,1\n")).value();
    assertFalse(HxlAggregate.sum(wide, List.of(HxlTag.parse("#org")), HxlTag.parse("#targeted")).report()
        .findings().isEmpty());
  }

  static InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "#org,#adm1\nACNUR,Chocó\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    ImportResult<HxlTable> r = HxlReader.create().readTable(new java.io.ByteArrayInputStream(all));
    assertEquals(List.of("#org", "#adm1"), tags(r.value()));
    assertEquals(List.of("ACNUR", "Chocó"), r.value().rows().get(0).values());
  }
}
