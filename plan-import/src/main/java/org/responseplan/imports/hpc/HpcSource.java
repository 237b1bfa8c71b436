package org.responseplan.imports.hpc;

import java.util.Locale;
import java.util.function.BiConsumer;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.Finding;

/**
 * What the parts of one HPC import share: the report, the reader's language, and where the answer's data is
 * ({@code /data}, or the root when the answer has no {@code data} wrapper).
 */
final class HpcSource {
  static final String EXT_SKIPPED = "x-hpc-skipped";
  static final String EXT_HOUSEHOLDS = "x-hpc-households";
  static final String EXT_NOT_IMPORTED = "x-hpc-not-imported";

  final Locale locale;
  final ImportReport.Builder report = ImportReport.builder("hpc");
  /** The JSON Pointer of the answer's data members. */
  String base = "/data";

  HpcSource(Locale locale) {
    this.locale = locale;
  }

  void finding(Finding f) {
    report.finding(f);
  }

  /** Keeps a source member the model has no field for as the extension {@code x-hpc-<kebab-case name>}. */
  void keep(BiConsumer<String, RawJson> into, String name, Node value, String source, String owner) {
    String ext = "x-hpc-" + SourceValues.kebab(name);
    into.accept(ext, JsonTree.raw(value));
    report.kept(source, (owner.endsWith("/") ? owner : owner + "/") + ext, null);
  }
}
