package org.responseplan.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Severity;

/**
 * What an import did with its source, so that nothing is lost silently: what was mapped to the model and where,
 * what was given a default and why, what was kept as an extension, what was skipped and why, and the findings of
 * reading (malformed input). Lines with the same action, source field, target and reason are counted together, with
 * the first example, so that the report stays small on large inputs.
 */
public final class ImportReport {
  /** What happened to a source field. */
  public enum Action {
    /** Mapped to a field of the model. */
    MAPPED,
    /** The model field was given a default, or a value was derived; the reason says which and why. */
    DEFAULTED,
    /** Kept unchanged as an extension ({@code x-...}) of the model value. */
    KEPT,
    /** Not imported; the reason says why. */
    SKIPPED
  }

  /**
   * One kind of thing the import did.
   *
   * @param action what happened
   * @param source the source field or column, such as {@code plans[].revisedRequirements} or {@code #targeted+f}
   * @param target where it went in the model (a JSON Pointer pattern such as {@code /sectors/ * /requirements}), or
   *     empty when skipped
   * @param reason why, for defaults and skips; empty for plain mappings
   * @param count how many times
   * @param example the first place or value it happened at (a line, a pointer, a value)
   */
  public record Line(Action action, String source, String target, String reason, long count, String example) {}

  private record Key(Action action, String source, String target, String reason) {}

  private final Map<Key, long[]> counts = new LinkedHashMap<>();
  private final Map<Key, String> examples = new LinkedHashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private final String format;

  public ImportReport(String format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** The source format: {@code fts}, {@code hpc}, {@code hxl}. */
  public String format() {
    return format;
  }

  public void mapped(String source, String target) {
    record(Action.MAPPED, source, target, "", null);
  }

  public void defaulted(String source, String target, String reason, @Nullable String example) {
    record(Action.DEFAULTED, source, target, reason, example);
  }

  public void kept(String source, String target, @Nullable String example) {
    record(Action.KEPT, source, target, "", example);
  }

  public void skipped(String source, String reason, @Nullable String example) {
    record(Action.SKIPPED, source, "", reason, example);
  }

  /** A finding of reading the source (malformed input, a value that cannot be used). */
  public void finding(Finding f) {
    findings.add(f);
  }

  /**
   * Records {@code times} occurrences of one kind at once, as that many calls of {@link #mapped}, {@link #defaulted},
   * {@link #kept} or {@link #skipped} would (for readers that count as they stream); {@code example} is the first.
   */
  public void add(Action action, String source, String target, String reason, long times, @Nullable String example) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
    if (times == 0) {
      return;
    }
    Key k = new Key(action, source, target, reason);
    counts.computeIfAbsent(k, x -> new long[1])[0] += times;
    if (example != null) {
      examples.putIfAbsent(k, example);
    }
  }

  private void record(Action action, String source, String target, String reason, @Nullable String example) {
    Key k = new Key(action, source, target, reason);
    counts.computeIfAbsent(k, x -> new long[1])[0]++;
    if (example != null) {
      examples.putIfAbsent(k, example);
    }
  }

  /** Every line, in the order first met. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>(counts.size());
    counts.forEach((k, c) -> lines.add(new Line(k.action(), k.source(), k.target(), k.reason(), c[0],
        examples.getOrDefault(k, ""))));
    return lines;
  }

  /** The lines of one action. */
  public List<Line> lines(Action action) {
    return lines().stream().filter(l -> l.action() == action).toList();
  }

  /** How many times {@code action} happened to {@code source}. */
  public long count(Action action, String source) {
    return lines().stream().filter(l -> l.action() == action && l.source().equals(source))
        .mapToLong(Line::count).sum();
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** One line per entry, grouped by action, then the findings. */
  public String toText() {
    StringBuilder b = new StringBuilder("import from ").append(format).append('\n');
    for (Action a : Action.values()) {
      List<Line> lines = lines(a);
      if (lines.isEmpty()) {
        continue;
      }
      b.append(a.name().toLowerCase(java.util.Locale.ROOT)).append(":\n");
      for (Line l : lines) {
        b.append("  ").append(l.source());
        if (!l.target().isEmpty()) {
          b.append(" -> ").append(l.target());
        }
        b.append(" (").append(l.count()).append(l.count() == 1 ? " time" : " times").append(')');
        if (!l.reason().isEmpty()) {
          b.append(": ").append(l.reason());
        }
        if (!l.example().isEmpty()) {
          b.append(" [e.g. ").append(l.example()).append(']');
        }
        b.append('\n');
      }
    }
    for (Finding f : findings) {
      b.append(f).append('\n');
    }
    return b.toString();
  }
}
