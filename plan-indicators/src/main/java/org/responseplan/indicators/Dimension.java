package org.responseplan.indicators;

import java.util.Optional;

/** The dimensions a rollup can group by, with their column names in tidy tables. */
public enum Dimension {
  PLAN("plan"),
  OBJECTIVE("objective"),
  SECTOR("sector"),
  COUNTRY("country"),
  ADM1("adm1"),
  ADM2("adm2"),
  POPULATION_GROUP("population_group"),
  PERIOD("period");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  /** The column name: {@code plan}, {@code objective}, ..., {@code population_group}, {@code period}. */
  public String column() {
    return column;
  }

  /** True for the dimensions of place and population group, across which people figures add up. */
  public boolean isAreaOrGroup() {
    return this == COUNTRY || this == ADM1 || this == ADM2 || this == POPULATION_GROUP;
  }

  public static Optional<Dimension> fromColumn(String column) {
    for (Dimension d : values()) {
      if (d.column.equals(column)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
