package org.responseplan.indicators;

import java.util.Optional;

/** The dimensions a rollup can group by, with their column names in tidy tables. */
public enum Dimension {
  /** The plan as a whole: one row. */
  PLAN("plan"),
  /** Strategic objective, by identifier; plan-level sectors belong to none. */
  OBJECTIVE("objective"),
  /** Sector or cluster, by code. */
  SECTOR("sector"),
  /** Country, ISO 3166-1 alpha-3, from breakdown cells' and measurements' locations. */
  COUNTRY("country"),
  /** Admin-1 area, by p-code. */
  ADM1("adm1"),
  /** Admin-2 area, by p-code. */
  ADM2("adm2"),
  /** Population group, by code. */
  POPULATION_GROUP("population_group"),
  /** Sex, as a breakdown cell states it: {@code female}, {@code male}, {@code other}. */
  SEX("sex"),
  /** Age band, as a breakdown cell states it: {@code 0-17}, {@code 18-59}, {@code 60+}, ... */
  AGE("age"),
  /**
   * Subset, as a breakdown cell states it: people who are also counted in the other cells, such as
   * {@code disability}. Subset cells are used only by a table that asks for this dimension, and only they are.
   */
  SUBSET("subset"),
  /** Reporting period of indicator measurements. */
  PERIOD("period");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  /**
   * The column name.
   *
   * @return {@code plan}, {@code objective}, ..., {@code population_group}, {@code sex}, {@code age}, {@code subset},
   *     {@code period}
   */
  public String column() {
    return column;
  }

  /**
   * True for the dimensions of place and population group, across which people figures add up.
   *
   * @return whether this is {@code country}, {@code adm1}, {@code adm2} or {@code population_group}
   */
  public boolean isAreaOrGroup() {
    return this == COUNTRY || this == ADM1 || this == ADM2 || this == POPULATION_GROUP;
  }

  /**
   * True for the dimensions of a breakdown cell: place, population group, sex, age and subset. People figures by
   * these come from breakdown cells, and distinct values add up (distinct subsets do not: they may overlap).
   *
   * @return whether this is an area, the population group, sex, age or subset
   */
  public boolean isCellDimension() {
    return isAreaOrGroup() || this == SEX || this == AGE || this == SUBSET;
  }

  /**
   * The dimension of a column name.
   *
   * @param column a column name such as {@code adm1} (exact, lower case)
   * @return the dimension; empty when no dimension has that column
   */
  public static Optional<Dimension> fromColumn(String column) {
    for (Dimension d : values()) {
      if (d.column.equals(column)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
