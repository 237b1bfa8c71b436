package org.responseplan.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;

/** The words and numbers of {@link PlanDiff#toText()}: names of things, values as programme staff read them. */
final class PlanDiffText {
  private static final int SHORT = 60;
  /** Percentages in text: one decimal, half up ({@code +9.0 %}). */
  private static final Rounding ONE_DECIMAL = new Rounding(1, RoundingMode.HALF_UP, "one decimal");
  private static final Map<PeopleMetric, String> METRICS = Map.of(PeopleMetric.TOTAL_POPULATION, "total population",
      PeopleMetric.AFFECTED, "affected", PeopleMetric.IN_NEED, "in need", PeopleMetric.TARGETED, "targeted",
      PeopleMetric.EXPECTED_REACH, "expected reach", PeopleMetric.REACHED, "reached");

  private PlanDiffText() {}

  /** One line per change. */
  static String line(PlanChange c) {
    return switch (c.kind()) {
      case ADDED -> c.what() + " added" + detail(c.newValue().orElseThrow(), ": ");
      case REMOVED -> c.what() + " removed" + detail(c.oldValue().orElseThrow(), " (was ")
          + (isWhole(c.oldValue().orElseThrow()) ? "" : ")");
      case CHANGED -> c.what() + ": " + changed(c);
    };
  }

  private static String detail(Object value, String prefix) {
    return isWhole(value) ? "" : prefix + value(value);
  }

  /** Objects added or removed as a whole are named in {@code what}; their contents are not spelled out. */
  private static boolean isWhole(Object v) {
    return v instanceof Objective || v instanceof Sector || v instanceof Activity || v instanceof PeopleCell
        || v instanceof Indicator || v instanceof Measurement || v instanceof Vocabulary || v instanceof Location
        || v instanceof PeopleFigures || v instanceof Funding;
  }

  private static String changed(PlanChange c) {
    Object a = c.oldValue().orElseThrow();
    Object b = c.newValue().orElseThrow();
    if (c.relativeChange().isEmpty()) {
      return value(a) + " -> " + value(b);
    }
    String pct = c.changePercent(ONE_DECIMAL)
        .map(p -> " (" + (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %)").orElse("");
    if (a instanceof Money x && b instanceof Money y) {
      if (!x.currency().equals(y.currency())) {
        return value(a) + " -> " + value(b) + " (in another currency: not compared)";
      }
      return number(x.amount()) + " -> " + number(y.amount()) + " " + y.currency() + pct;
    }
    String unit = c.unit().isEmpty() ? "" : " " + c.unit();
    return value(a) + " -> " + value(b) + unit + pct;
  }

  /** A value as text: numbers grouped by thousands, codes and places by name, text in quotes. */
  static String value(Object v) {
    if (v instanceof Money m) {
      return number(m.amount()) + " " + m.currency();
    } else if (v instanceof Long n) {
      return number(BigDecimal.valueOf(n));
    } else if (v instanceof BigDecimal d) {
      return number(d);
    } else if (v instanceof String s) {
      return "\"" + s + "\"";
    } else if (v instanceof Code code) {
      return name(code);
    } else if (v instanceof Location l) {
      return location(l);
    } else if (v instanceof Period p) {
      return p.start() + " to " + p.end();
    } else if (v instanceof RawJson j) {
      return j.json();
    } else if (v instanceof List<?> list) {
      return list.size() <= 5 ? list.stream().map(PlanDiffText::value).collect(Collectors.joining(", "))
          : list.size() + " items";
    }
    return String.valueOf(v);
  }

  static String number(BigDecimal v) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
    f.setMaximumFractionDigits(Math.max(0, v.stripTrailingZeros().scale()));
    return f.format(v);
  }

  static String shorten(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 3) + "...";
  }

  static String name(Code code) {
    return Vocabularies.displayName(code);
  }

  /** {@code COL}, {@code COL/CO11 (Bogotá)}. */
  static String location(Location l) {
    Optional<String> name = l.getAdmin2Name().or(l::getAdmin1Name);
    return l + name.map(n -> " (" + n + ")").orElse("");
  }

  static String metric(PeopleMetric m) {
    return METRICS.getOrDefault(m, m.jsonName());
  }

  /** A breakdown cell by its dimensions: {@code female, 0-17, Refugees, COL/CO11}. */
  static String cell(PeopleCell c) {
    StringBuilder b = new StringBuilder();
    c.getSex().ifPresent(s -> b.append(", ").append(s.jsonName()));
    c.getAgeBand().ifPresent(a -> b.append(", ").append(a));
    c.getPopulationGroup().ifPresent(g -> b.append(", ").append(name(g)));
    c.getLocation().ifPresent(l -> b.append(", ").append(location(l)));
    c.getSubset().ifPresent(x -> b.append(", subset ").append(name(x)));
    return b.substring(2);
  }

  static String measurementKey(Measurement m) {
    return m.getPeriod().start() + "/" + m.getPeriod().end() + m.getLocation().map(l -> " " + l).orElse("");
  }

  static String measurement(Measurement m) {
    return m.getPeriod().start() + " to " + m.getPeriod().end() + m.getLocation().map(l -> " " + location(l))
        .orElse("");
  }
}
