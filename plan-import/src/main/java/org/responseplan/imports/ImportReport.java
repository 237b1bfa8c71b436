package org.responseplan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>A report is immutable: importers fill a {@link Builder} and hand out what it {@linkplain Builder#build() builds}.
 * Reports of parts of one source (the chunks of a file read in parallel, the partitions of a Spark job) combine with
 * {@link #merge(ImportReport)}.
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
   * @param example the first place or value it happened at (a line, a pointer, a value), or empty
   */
  public record Line(Action action, String source, String target, String reason, long count, String example) {}

  private final String format;
  private final List<Line> lines;
  private final List<Finding> findings;

  private ImportReport(String format, List<Line> lines, List<Finding> findings) {
    this.format = format;
    this.lines = List.copyOf(lines);
    this.findings = List.copyOf(findings);
  }

  /**
   * A builder for the report of one import.
   *
   * @param format the source format, such as {@code fts}, {@code hpc} or {@code hxl}
   * @return an empty builder
   */
  public static Builder builder(String format) {
    return new Builder(format);
  }

  /**
   * The source format: {@code fts}, {@code hpc}, {@code hxl}.
   *
   * @return the format's short name
   */
  public String format() {
    return format;
  }

  /**
   * Every line, in the order first met.
   *
   * @return an unmodifiable list
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * The lines of one action, in the order first met.
   *
   * @param action the action
   * @return an unmodifiable list, empty when the action never happened
   */
  public List<Line> lines(Action action) {
    return lines.stream().filter(l -> l.action() == action).toList();
  }

  /**
   * How many times {@code action} happened to {@code source}, over all targets and reasons.
   *
   * @param action the action
   * @param source the source field or column
   * @return the count, 0 when it never happened
   */
  public long count(Action action, String source) {
    return lines.stream().filter(l -> l.action() == action && l.source().equals(source)).mapToLong(Line::count).sum();
  }

  /**
   * The findings of reading the source, in the order made.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether a finding is an error (the imported value may then be incomplete).
   *
   * @return true when any finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * This report and another of the same source combined: the counts of equal lines added, the first example kept
   * (this report's before the other's), the lines and findings of both in order, this report's first. Merging is
   * associative, so the reports of chunks combine in any grouping.
   *
   * @param other the report of another part of the same source
   * @return a new report; this one and {@code other} are unchanged
   * @throws IllegalArgumentException when the formats differ
   */
  public ImportReport merge(ImportReport other) {
    if (!format.equals(other.format)) {
      throw new IllegalArgumentException("cannot merge a " + other.format + " import report into a " + format
          + " one");
    }
    Builder b = new Builder(format);
    b.addAll(this);
    b.addAll(other);
    return b.build();
  }

  /**
   * One line per entry, grouped by action, then the findings.
   *
   * @return the report as text, each line ending with a line break
   */
  public String toText() {
    StringBuilder b = new StringBuilder("import from ").append(format).append('\n');
    for (Action a : Action.values()) {
      List<Line> of = lines(a);
      if (of.isEmpty()) {
        continue;
      }
      b.append(a.name().toLowerCase(Locale.ROOT)).append(":\n");
      for (Line l : of) {
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ImportReport r && format.equals(r.format) && lines.equals(r.lines)
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, lines, findings);
  }

  @Override
  public String toString() {
    return toText();
  }

  /**
   * Collects what one import does. Not thread-safe: one builder per reading thread, then
   * {@link ImportReport#merge(ImportReport)}.
   */
  public static final class Builder {
    private record Key(Action action, String source, String target, String reason) {}

    private final Map<Key, long[]> counts = new LinkedHashMap<>();
    private final Map<Key, String> examples = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final String format;

    private Builder(String format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * A source field mapped to a model field.
     *
     * @param source the source field or column
     * @param target a JSON Pointer pattern into the model
     */
    public void mapped(String source, String target) {
      add(Action.MAPPED, source, target, "", 1, null);
    }

    /**
     * A model field given a default or derived.
     *
     * @param source the source field or column
     * @param target a JSON Pointer pattern into the model
     * @param reason which default and why
     * @param example the first place or value, or null
     */
    public void defaulted(String source, String target, String reason, @Nullable String example) {
      add(Action.DEFAULTED, source, target, reason, 1, example);
    }

    /**
     * A source field kept unchanged as an extension.
     *
     * @param source the source field or column
     * @param target the extension's JSON Pointer pattern
     * @param example the first place or value, or null
     */
    public void kept(String source, String target, @Nullable String example) {
      add(Action.KEPT, source, target, "", 1, example);
    }

    /**
     * A source field not imported.
     *
     * @param source the source field or column
     * @param reason why
     * @param example the first place or value, or null
     */
    public void skipped(String source, String reason, @Nullable String example) {
      add(Action.SKIPPED, source, "", reason, 1, example);
    }

    /**
     * A finding of reading the source (malformed input, a value that cannot be used).
     *
     * @param f the finding
     */
    public void finding(Finding f) {
      findings.add(Objects.requireNonNull(f, "finding"));
    }

    /**
     * Records {@code times} occurrences of one kind at once, as that many calls of {@link #mapped},
     * {@link #defaulted}, {@link #kept} or {@link #skipped} would (for readers that count as they stream).
     *
     * @param action what happened
     * @param source the source field or column
     * @param target a JSON Pointer pattern into the model, or empty
     * @param reason why, or empty
     * @param times how many times; 0 records nothing
     * @param example the first place or value, or null
     * @throws IllegalArgumentException when {@code times} is negative
     */
    public void add(Action action, String source, String target, String reason, long times,
        @Nullable String example) {
      if (times < 0) {
        throw new IllegalArgumentException("times must not be negative: " + times);
      }
      if (times == 0) {
        return;
      }
      Key k = new Key(action, source, target, reason);
      counts.computeIfAbsent(k, x -> new long[1])[0] += times;
      if (example != null && !example.isEmpty()) {
        examples.putIfAbsent(k, example);
      }
    }

    /**
     * Everything of a finished report, as if its calls had been made on this builder.
     *
     * @param report a report of the same source
     */
    public void addAll(ImportReport report) {
      for (Line l : report.lines()) {
        add(l.action(), l.source(), l.target(), l.reason(), l.count(), l.example());
      }
      findings.addAll(report.findings());
    }

    /**
     * Whether an error has been recorded so far.
     *
     * @return true when any finding has severity {@link Severity#ERROR}
     */
    public boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The report as it stands; the builder can go on collecting.
     *
     * @return an immutable report
     */
    public ImportReport build() {
      List<Line> lines = new ArrayList<>(counts.size());
      counts.forEach((k, c) -> lines.add(new Line(k.action(), k.source(), k.target(), k.reason(), c[0],
          examples.getOrDefault(k, ""))));
      return new ImportReport(format, lines, findings);
    }
  }
}
