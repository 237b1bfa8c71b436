package org.responseplan.imports.fts;

import java.math.BigDecimal;
import java.util.Locale;
import org.responseplan.imports.SourceValues;
import org.responseplan.model.Money;

/**
 * What is particular to FTS and HDX values: every amount is in US dollars, and rows that name no cluster have codes
 * of their own. Numbers, dates, codes and names are read by {@link SourceValues}, as every importer reads them.
 */
final class Values {
  private Values() {}

  /** FTS and HDX state every amount in US dollars. */
  static final String USD = "USD";

  static Money usd(BigDecimal amount) {
    return new Money(amount, USD);
  }

  /**
   * The code of an FTS row that names no cluster: {@code not-specified} for "Not specified", {@code shared} for
   * "Multiple clusters/sectors (shared)", else a code made from the name ({@link SourceValues#code}).
   */
  static String bucketCode(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return "unnamed";
    }
    if (n.equals("not specified")) {
      return FtsReader.NOT_SPECIFIED;
    }
    if (n.startsWith("multiple clusters") || n.endsWith("(shared)")) {
      return FtsReader.SHARED;
    }
    return SourceValues.code(name);
  }
}
