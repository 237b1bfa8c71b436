package org.responseplan.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.responseplan.indicators.IndicatorTable;

/** HXL-tagged 5W CSV files made from {@link GeneratedFiveW} rows, with the untidy cells real files have. */
final class HxlFiles {
  private HxlFiles() {}

  static final List<String> WIDE_HEADERS = List.of("Reporting organisation", "Implementing partner", "Sector",
      "Activity", "Country", "Admin 1", "Admin 2", "Month", "Population type", "Modality", "New beneficiaries",
      "Total monthly beneficiaries", "Girls", "Boys", "Women", "Men", "Notes", "Comments");
  static final List<String> WIDE_TAGS = List.of("#org+reporting", "#org+impl", "#sector+code", "#activity+code",
      "#country+code", "#adm1+code", "#adm2+code", "#date+month", "#population+type", "#modality", "#reached+new",
      "#reached+total", "#reached+f+children", "#reached+m+children", "#reached+f+adults", "#reached+m+adults",
      "#meta+notes", "");
  static final String[] ORGS = {"IOM", "UNHCR", "WFP", "UNICEF", "NRC", "IRC", "Save the Children", "Caritas"};
  static final String[] MODALITIES = {"in-kind", "cash", "service", "capacity-building", "", "", "by helicopter"};

  /** A count as people write it: mostly plain, sometimes grouped by commas, rarely a decimal or a word. */
  static String count(Long v, SplittableRandom r) {
    if (v == null) {
      return "";
    }
    int k = r.nextInt(1000);
    if (k == 0) {
      return v + ".5";
    }
    if (k == 1) {
      return "about " + v;
    }
    if (v >= 1000 && k < 200) {
      return String.format("%,d", v);
    }
    return v.toString();
  }

  /** A wide 5W file of {@code n} generated rows, with a header row and a hashtag row. */
  static Path wide(Path dir, int n) throws IOException {
    Path file = dir.resolve("5w-wide-" + n + ".csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      line(w, WIDE_HEADERS);
      line(w, WIDE_TAGS);
      for (int id = 0; id < n; id++) {
        SplittableRandom r = new SplittableRandom(id * 31L + 7);
        if (id % 5000 == 4999) {
          line(w, WIDE_TAGS.stream().map(t -> "").toList());
          continue;
        }
        Row x = GeneratedFiveW.row(id);
        List<String> cells = new ArrayList<>();
        cells.add(ORGS[r.nextInt(ORGS.length)]);
        cells.add(r.nextInt(3) == 0 ? "" : ORGS[r.nextInt(ORGS.length)]);
        for (int i = 0; i < 4; i++) {
          if (i == 1) {
            cells.add("act-" + r.nextInt(40));
          }
          cells.add(x.isNullAt(i) ? "" : (r.nextInt(50) == 0 ? " " + x.getString(i) + " " : x.getString(i)));
        }
        cells.add(x.isNullAt(5) ? "" : x.getString(5));
        cells.add(x.getString(4));
        cells.add(MODALITIES[r.nextInt(MODALITIES.length)]);
        Long newB = x.isNullAt(6) ? null : x.getLong(6);
        cells.add(count(newB, r));
        cells.add(count(x.isNullAt(7) ? null : x.getLong(7), r));
        boolean split = newB != null && newB >= 0 && r.nextInt(4) == 0;
        long girls = split ? newB / 4 : 0;
        long boys = split ? newB / 4 : 0;
        long women = split ? newB / 4 : 0;
        long men = split ? newB - girls - boys - women + (r.nextInt(20) == 0 ? 1 : 0) : 0;
        for (long s : new long[] {girls, boys, women, men}) {
          cells.add(split ? Long.toString(s) : "");
        }
        cells.add(r.nextInt(100) == 0 ? "checked, see \"annex\"" : "");
        cells.add(r.nextInt(200) == 0 ? "call back" : "");
        line(w, cells);
      }
    }
    return file;
  }

  static final List<String> LONG_TAGS = List.of("#org+reporting", "#sector+code", "#country+code", "#adm1+code",
      "#adm2+code", "#date+month", "#population+group", "#population+sex", "#population+age", "#reached+new",
      "#reached+total");

  /**
   * A long 5W file: per report a row for all (most of the time) and rows per sex and age band, sometimes a
   * duplicate split row, sometimes a sex without an age band.
   */
  static Path longLayout(Path dir, int reports) throws IOException {
    Path file = dir.resolve("5w-long-" + reports + ".csv");
    String[][] cells = {{"f", "children"}, {"m", "children"}, {"f", "adults"}, {"m", "adults"}};
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      line(w, LONG_TAGS);
      for (int id = 0; id < reports; id++) {
        SplittableRandom r = new SplittableRandom(id * 17L + 3);
        Row x = GeneratedFiveW.row(id);
        List<String> key = new ArrayList<>();
        key.add(ORGS[r.nextInt(ORGS.length)]);
        for (int i : new int[] {0, 1, 2, 3, 5, 4}) {
          key.add(x.isNullAt(i) ? "" : x.getString(i));
        }
        Long newB = x.isNullAt(6) ? null : x.getLong(6);
        Long total = x.isNullAt(7) ? null : x.getLong(7);
        if (r.nextInt(5) != 0) {
          List<String> all = new ArrayList<>(key);
          all.addAll(List.of(r.nextInt(2) == 0 ? "" : "total", "", count(newB, r), count(total, r)));
          line(w, all);
        }
        int splits = r.nextInt(5);
        for (int s = 0; s < splits; s++) {
          String[] sa = cells[r.nextInt(cells.length)];
          List<String> row = new ArrayList<>(key);
          row.addAll(List.of(sa[0], r.nextInt(30) == 0 ? "" : sa[1], Long.toString(r.nextInt(300)),
              r.nextInt(3) == 0 ? Long.toString(r.nextInt(900)) : ""));
          line(w, row);
        }
      }
    }
    return file;
  }

  static void line(Writer w, List<String> cells) throws IOException {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(IndicatorTable.csvCell(c));
    }
    w.write(String.join(",", out));
    w.write("\r\n");
  }
}
