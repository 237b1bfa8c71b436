package org.responseplan.imports.hxl;

import org.jspecify.annotations.Nullable;

/**
 * Which column of a wide 5W file gives which field, as the mapping picked them, for {@link ActivityStream}'s fast
 * path: column indexes (-1 where none), and what each column is for counting its cells in the report.
 */
final class StreamLayout {
  /** Kinds of column, for counting cells. */
  static final int TEXT = 0;
  static final int FIGURE = 1;
  static final int CURRENCY = 2;
  static final int MODALITY = 3;
  static final int UNUSED = 4;
  private static final String[] SPLIT_TARGETS = {"/*/girls", "/*/boys", "/*/otherUnder18", "/*/women", "/*/men",
      "/*/otherAdults"};

  final HxlTable table;
  final ActivityMapping mapping;
  final int width;
  final int sectorCol;
  final int countryCol;
  final int adm1Col;
  final int adm2Col;
  final int groupCol;
  final int monthCol;
  final int modalityCol;
  final int newCol;
  final int totalCol;
  final int[] splitCol = new int[6];
  final int cashCol;
  final int currencyCol;
  final @Nullable String cashCurrency;
  /** Text columns that are only checked for being non-blank (organisations, activity), or -1. */
  final int[] plainTextCols;
  /** What each column is, for counting its cells. */
  final int[] kinds;

  private StreamLayout(HxlTable table, ActivityMapping mapping) {
    this.table = table;
    this.mapping = mapping;
    width = table.columns().size();
    sectorCol = index("sector");
    countryCol = index("country");
    adm1Col = index("adm1");
    adm2Col = index("adm2");
    groupCol = index("group");
    monthCol = index("month");
    modalityCol = index("modality");
    newCol = index("new");
    totalCol = index("total");
    for (int i = 0; i < 6; i++) {
      splitCol[i] = index("split" + i);
    }
    cashCol = index("cash");
    currencyCol = index("currency");
    cashCurrency = mapping.cashCurrency();
    plainTextCols = new int[] {index("reporting"), index("implementing"), index("activity")};
    kinds = new int[width];
    for (int c = 0; c < width; c++) {
      kinds[c] = !mapping.isUsed(table.columns().get(c)) ? UNUSED
          : c == newCol || c == totalCol || c == cashCol || isSplit(c) ? FIGURE
          : c == currencyCol ? CURRENCY : c == modalityCol ? MODALITY : TEXT;
    }
  }

  /**
   * The layout of a table whose mapping has {@link ActivityMapping#start() started}; null when the fast path is not
   * worth taking (every row would be reported).
   */
  static @Nullable StreamLayout of(HxlTable table, ActivityMapping mapping) {
    StreamLayout l = new StreamLayout(table, mapping);
    if (l.sectorCol < 0 || l.countryCol < 0 || l.monthCol < 0 || (l.newCol < 0 && l.totalCol < 0)) {
      return null;
    }
    for (String role : new String[] {"new", "total", "split0", "split1", "split2", "split3", "split4", "split5"}) {
      HxlTable.Column c = mapping.column(role);
      if (c != null && ActivityMapping.isPlainReached(c)) {
        return null; // a plain #reached is reported as an interpretation on every row
      }
    }
    return l;
  }

  private boolean isSplit(int c) {
    for (int s : splitCol) {
      if (s == c) {
        return true;
      }
    }
    return false;
  }

  private int index(String role) {
    HxlTable.Column c = mapping.column(role);
    return c == null ? -1 : c.index();
  }

  /** The model field a used column gives, as the mapping reports it. */
  String target(int c) {
    if (c == sectorCol) {
      return "/*/sector";
    } else if (c == countryCol) {
      return "/*/country";
    } else if (c == adm1Col) {
      return "/*/adm1";
    } else if (c == adm2Col) {
      return "/*/adm2";
    } else if (c == groupCol) {
      return "/*/populationGroup";
    } else if (c == monthCol) {
      return "/*/month";
    } else if (c == modalityCol) {
      return "/*/modality";
    } else if (c == newCol) {
      return "/*/newBeneficiaries";
    } else if (c == totalCol) {
      return "/*/totalMonthlyBeneficiaries";
    } else if (c == cashCol) {
      return "/*/cashTransferred";
    } else if (c == currencyCol) {
      return "/*/cashTransferred (currency)";
    } else if (c == plainTextCols[0]) {
      return "/*/reportingOrganisation";
    } else if (c == plainTextCols[1]) {
      return "/*/implementingOrganisation";
    } else if (c == plainTextCols[2]) {
      return "/*/activity";
    }
    for (int s = 0; s < 6; s++) {
      if (c == splitCol[s]) {
        return SPLIT_TARGETS[s];
      }
    }
    return "";
  }
}
