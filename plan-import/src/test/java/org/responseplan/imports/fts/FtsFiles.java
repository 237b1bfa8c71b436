package org.responseplan.imports.fts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Extensible;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;

/** The real FTS and HDX files in {@code src/test/resources/fts/} (see the README there) and helpers for the tests. */
final class FtsFiles {
  private FtsFiles() {}

  static final String OVERVIEW = "fts-plan-overview-progress-2020.json";
  static final String FLOWS_929 = "fts-flow-planid-929-groupby-cluster.json";
  static final String PLANS_CSV = "fts_requirements_funding_global.csv";
  static final String CLUSTERS_CSV = "fts_requirements_funding_cluster_global.csv";

  static Path path(String name) {
    URL url = FtsFiles.class.getResource("/fts/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource fts/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream stream(String name) {
    try {
      return Files.newInputStream(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed source document, read independently of the importers' mapping. */
  static JsonTree.Obj json(String name) {
    JsonTree.Parsed parsed = JsonTree.parser(org.responseplan.io.json.ReadLimits.DEFAULT).parse(stream(name));
    if (parsed.root() instanceof JsonTree.Obj o) {
      return o;
    }
    throw new IllegalStateException(name + " is not a JSON object: " + parsed.failure());
  }

  static JsonTree.Obj obj(JsonTree.Node node, String member) {
    return (JsonTree.Obj) ((JsonTree.Obj) node).members().get(member);
  }

  static List<JsonTree.Node> arr(JsonTree.Node node, String member) {
    return ((JsonTree.Arr) ((JsonTree.Obj) node).members().get(member)).items();
  }

  static BigDecimal num(JsonTree.Node node, String member) {
    return ((JsonTree.Num) ((JsonTree.Obj) node).members().get(member)).value();
  }

  static Optional<Money> fundingTotal(Plan p) {
    return p.getFunding().flatMap(Funding::getTotal);
  }

  static Optional<Money> fundingTotal(Sector s) {
    return s.getFunding().flatMap(Funding::getTotal);
  }

  /** An extension's value as a number, empty when it is JSON null. */
  static Optional<BigDecimal> numberExtension(Extensible e, String name) {
    RawJson raw = e.getExtensions().get(name);
    if (raw == null) {
      throw new AssertionError("no extension " + name + " in " + e.getExtensions().keySet());
    }
    return raw.json().equals("null") ? Optional.empty() : Optional.of(new BigDecimal(raw.json()));
  }

  static Money usd(long amount) {
    return Money.of(amount, "USD");
  }

  static Plan plan(List<Plan> plans, String id) {
    return plans.stream().filter(p -> p.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no plan " + id + " among " + plans.stream().map(Plan::getId).toList()));
  }

  static Sector sector(Plan plan, String id) {
    return plan.getSectors().stream().filter(s -> s.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no sector " + id + " in " + plan.getId()));
  }

  /**
   * True when the report has a line about {@code source} itself (any action), or a KEPT or SKIPPED line about a
   * field that contains it (the whole value was kept as an extension, or skipped with a reason).
   */
  static boolean accountedFor(ImportReport report, String source) {
    for (ImportReport.Line l : report.lines()) {
      String s = l.source();
      if (source.equals(s)) {
        return true;
      }
      boolean whole = l.action() == ImportReport.Action.KEPT || l.action() == ImportReport.Action.SKIPPED;
      if (whole && source.startsWith(s) && (source.charAt(s.length()) == '.' || source.charAt(s.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  /** Every leaf of a JSON value (a scalar, an empty array or object) by its generalized name, {@code a.b[].c}. */
  static java.util.Set<String> leaves(JsonTree.Node node, String name) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    collect(node, name, out);
    return out;
  }

  private static void collect(JsonTree.Node node, String name, java.util.Set<String> out) {
    if (node instanceof JsonTree.Obj o && !o.members().isEmpty()) {
      o.members().forEach((k, v) -> collect(v, name + "." + k, out));
    } else if (node instanceof JsonTree.Arr a && !a.items().isEmpty()) {
      a.items().forEach(v -> collect(v, name + "[]", out));
    } else {
      out.add(name);
    }
  }
}
